//! Drawing a decision-group [`Map`]: Mermaid for Markdown on git hosts,
//! Graphviz DOT, and a small SVG of our own for the HTML report.
//!
//! Every name is user text: each format gets its own escaping, and nodes get
//! generated ids (`m0`, `o0`) so no name ever has to be an identifier.

use crate::map::{Map, Member, OurPerson, Stance};
use std::fmt::Write as _;

/// Fill, border and text colour of a node.
struct Colours {
    fill: &'static str,
    stroke: &'static str,
    text: &'static str,
}

const SUPPORTER: Colours = Colours {
    fill: "#dcf2d4",
    stroke: "#2e7d32",
    text: "#14301a",
};
const OPPONENT: Colours = Colours {
    fill: "#fbdcdc",
    stroke: "#b71c1c",
    text: "#3d1010",
};
const NEITHER: Colours = Colours {
    fill: "#f0f0f0",
    stroke: "#6b6b6b",
    text: "#222222",
};
const OURS: Colours = Colours {
    fill: "#dde8fb",
    stroke: "#1e4fa3",
    text: "#0d2552",
};
/// The border of a member nobody on our side covers.
const UNCOVERED_STROKE: &str = "#e65100";
const REPORTS_STROKE: &str = "#555555";

/// Our group and the marks of the map, in the run's language; each caller
/// escapes them for the format at hand.
fn our_side() -> String {
    crate::i18n::text("map-our-side")
}

/// The line that marks a member nobody on our side covers.
pub fn not_covered() -> String {
    crate::i18n::text("map-not-covered")
}

fn nobody_yet() -> String {
    crate::i18n::text("map-nobody-yet")
}

fn colours(stance: Stance) -> &'static Colours {
    match stance {
        Stance::Supporter => &SUPPORTER,
        Stance::Opponent => &OPPONENT,
        Stance::Neither => &NEITHER,
    }
}

/// The lines of a member's label: name, title, roles and stance, coverage.
pub fn member_lines(member: &Member) -> Vec<String> {
    let mut lines = vec![member.name.clone()];
    lines.push(member.title.clone());
    lines.push(member.roles_line());
    if !member.covered {
        lines.push(not_covered());
    }
    lines.retain(|line| !line.is_empty());
    lines
}

pub fn our_lines(person: &OurPerson) -> Vec<String> {
    vec![person.name.clone(), person.roles.join(", ")]
}

// ------------------------------------------------------------------ Mermaid

/// Escapes text for a quoted Mermaid label with Mermaid's `#…;` entity codes.
/// Mermaid turns `\n` into a line break even after decoding entities, so a
/// backslash before an `n` is followed by an invisible word joiner.
pub fn mermaid_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("#quot;"),
            '\\' => {
                out.push_str("#92;");
                if chars.peek().is_some_and(|next| matches!(next, 'n' | 'N')) {
                    out.push_str("#8288;");
                }
            }
            '#' | '&' | '<' | '>' | '`' | '|' | '[' | ']' | '{' | '}' | ';' => {
                let _ = write!(out, "#{};", u32::from(c));
            }
            _ => out.push(c),
        }
    }
    out
}

fn mermaid_label(lines: &[String]) -> String {
    let escaped: Vec<String> = lines.iter().map(|line| mermaid_text(line)).collect();
    escaped.join("<br/>")
}

/// A Mermaid flowchart that renders where Markdown renders Mermaid.
pub fn mermaid(map: &Map) -> String {
    let mut out = String::from("flowchart TB\n");
    let _ = writeln!(
        out,
        "    subgraph client[\"{}\"]",
        mermaid_text(&map.client)
    );
    for (i, member) in map.members.iter().enumerate() {
        let label = mermaid_label(&member_lines(member));
        // Decision makers get the double-bordered shape.
        if member.is_decision_maker() {
            let _ = writeln!(out, "        m{i}[[\"{label}\"]]");
        } else {
            let _ = writeln!(out, "        m{i}[\"{label}\"]");
        }
    }
    if map.members.is_empty() {
        // An empty subgraph would render as a bare box with the client's name.
        let _ = writeln!(out, "        nobody[\"{}\"]", mermaid_text(&nobody_yet()));
    }
    out.push_str("    end\n");
    if !map.ours.is_empty() {
        let _ = writeln!(out, "    subgraph ours[\"{}\"]", mermaid_text(&our_side()));
        for (k, person) in map.ours.iter().enumerate() {
            let _ = writeln!(
                out,
                "        o{k}[\"{}\"]",
                mermaid_label(&our_lines(person))
            );
        }
        out.push_str("    end\n");
    }
    for &(boss, member) in &map.reports {
        let _ = writeln!(out, "    m{boss} --> m{member}");
    }
    for &(person, member) in &map.covers {
        let _ = writeln!(out, "    o{person} -.-> m{member}");
    }
    let classes = [
        ("supporter", &SUPPORTER),
        ("opponent", &OPPONENT),
        ("neither", &NEITHER),
        ("ours", &OURS),
    ];
    for (name, c) in classes {
        let _ = writeln!(
            out,
            "    classDef {name} fill:{},stroke:{},color:{}",
            c.fill, c.stroke, c.text
        );
    }
    let _ = writeln!(
        out,
        "    classDef uncovered stroke:{UNCOVERED_STROKE},stroke-width:3px,stroke-dasharray:6 3"
    );
    let ids = |pick: &dyn Fn(&Member) -> bool| -> Vec<String> {
        map.members
            .iter()
            .enumerate()
            .filter(|(_, m)| pick(m))
            .map(|(i, _)| format!("m{i}"))
            .collect()
    };
    let assignments = [
        ("supporter", ids(&|m| m.stance == Stance::Supporter)),
        ("opponent", ids(&|m| m.stance == Stance::Opponent)),
        ("neither", ids(&|m| m.stance == Stance::Neither)),
        (
            "ours",
            (0..map.ours.len()).map(|k| format!("o{k}")).collect(),
        ),
        ("uncovered", ids(&|m| !m.covered)),
    ];
    for (class, nodes) in assignments {
        if !nodes.is_empty() {
            let _ = writeln!(out, "    class {} {class}", nodes.join(","));
        }
    }
    out
}

// ------------------------------------------------------------------ DOT

/// Escapes text for a quoted DOT string. Backslashes are doubled, which also
/// keeps Graphviz from reading `\n` or `\N` in a name as its own escapes, and
/// `&` becomes `&amp;` because Graphviz decodes HTML entities in labels.
pub fn dot_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

fn dot_label(lines: &[String]) -> String {
    let escaped: Vec<String> = lines.iter().map(|line| dot_text(line)).collect();
    escaped.join("\\n")
}

/// A Graphviz digraph for `dot -Tsvg`.
pub fn dot(map: &Map) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", dot_text(&map.id));
    out.push_str("    graph [rankdir=TB, fontname=\"sans-serif\", fontsize=12];\n");
    out.push_str(
        "    node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\", fontsize=11];\n",
    );
    let _ = writeln!(out, "    edge [color=\"{REPORTS_STROKE}\", arrowsize=0.7];");
    out.push_str("    subgraph \"cluster_client\" {\n");
    let _ = writeln!(out, "        label=\"{}\";", dot_text(&map.client));
    out.push_str("        style=\"rounded\";\n        color=\"#999999\";\n");
    for (i, member) in map.members.iter().enumerate() {
        let c = colours(member.stance);
        let mut attributes = format!(
            "label=\"{}\", fillcolor=\"{}\", fontcolor=\"{}\"",
            dot_label(&member_lines(member)),
            c.fill,
            c.text
        );
        if member.covered {
            let _ = write!(attributes, ", color=\"{}\"", c.stroke);
        } else {
            let _ = write!(
                attributes,
                ", color=\"{UNCOVERED_STROKE}\", penwidth=3, style=\"rounded,filled,dashed\""
            );
        }
        if member.is_decision_maker() {
            attributes.push_str(", peripheries=2");
        }
        let _ = writeln!(out, "        \"m{i}\" [{attributes}];");
    }
    if map.members.is_empty() {
        // Graphviz draws no empty cluster.
        let _ = writeln!(
            out,
            "        \"nobody\" [label=\"{}\", shape=plaintext, style=\"\"];",
            dot_text(&nobody_yet())
        );
    }
    out.push_str("    }\n");
    if !map.ours.is_empty() {
        out.push_str("    subgraph \"cluster_ours\" {\n");
        let _ = writeln!(out, "        label=\"{}\";", dot_text(&our_side()));
        let _ = writeln!(
            out,
            "        style=\"rounded,dashed\";\n        color=\"{}\";",
            OURS.stroke
        );
        for (k, person) in map.ours.iter().enumerate() {
            let _ = writeln!(
                out,
                "        \"o{k}\" [label=\"{}\", fillcolor=\"{}\", color=\"{}\", fontcolor=\"{}\"];",
                dot_label(&our_lines(person)),
                OURS.fill,
                OURS.stroke,
                OURS.text
            );
        }
        out.push_str("    }\n");
    }
    for &(boss, member) in &map.reports {
        let _ = writeln!(out, "    \"m{boss}\" -> \"m{member}\";");
    }
    for &(person, member) in &map.covers {
        let _ = writeln!(
            out,
            "    \"o{person}\" -> \"m{member}\" [style=dashed, color=\"{}\"];",
            OURS.stroke
        );
    }
    out.push_str("}\n");
    out
}

// ------------------------------------------------------------------ SVG

/// Escapes text for HTML and SVG, in element content and in quoted attributes.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const NODE_WIDTH: f64 = 220.0;
const NODE_HEIGHT: f64 = 70.0;
const GAP_X: f64 = 20.0;
const GAP_Y: f64 = 44.0;
const MARGIN: f64 = 12.0;
/// Extra room above our row for its caption.
const OURS_GAP: f64 = 64.0;
/// Room for text inside a node, and the sizes of the name and the other lines.
const TEXT_WIDTH: f64 = NODE_WIDTH - 14.0;
const NAME_SIZE: f64 = 13.0;
const LINE_SIZE: f64 = 11.0;

/// A generous guess at a character's width in ems in a common sans-serif
/// font: the page cannot measure text, so it errs on the wide side.
fn em_width(c: char) -> f64 {
    match c {
        ' ' => 0.32,
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
        'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'м' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'М' => {
            0.9
        }
        c if c.is_lowercase() => 0.6,
        c if c.is_uppercase() => 0.72,
        _ => 0.66,
    }
}

/// Cuts `text` with an ellipsis so that it fits `room` pixels at `size`.
fn fit(text: &str, size: f64, bold: bool, room: f64) -> String {
    let scale = size * if bold { 1.05 } else { 1.0 };
    let width = |t: &str| t.chars().map(em_width).sum::<f64>() * scale;
    if width(text) <= room {
        return text.to_owned();
    }
    let mut short = String::new();
    let mut used = em_width('…') * scale;
    for c in text.chars() {
        used += em_width(c) * scale;
        if used > room {
            break;
        }
        short.push(c);
    }
    let mut short = short.trim_end().to_owned();
    short.push('…');
    short
}

/// Where each node stands: top-left corners.
struct Layout {
    members: Vec<(f64, f64)>,
    ours: Vec<(f64, f64)>,
    ours_y: f64,
    width: f64,
    height: f64,
}

/// Layers by `reports_to` depth, each member under its boss where it can be,
/// rows centred; our people in one row below.
fn layout(map: &Map) -> Layout {
    let depths = map.depths();
    let layers = depths.iter().max().map_or(0, |d| d + 1);
    let boss_of = |member: usize| {
        map.reports
            .iter()
            .find(|&&(_, m)| m == member)
            .map(|&(b, _)| b)
    };
    let mut slot = vec![0usize; map.members.len()];
    let mut rows: Vec<Vec<usize>> = Vec::with_capacity(layers);
    for layer in 0..layers {
        let mut row: Vec<usize> = (0..map.members.len())
            .filter(|&i| depths[i] == layer)
            .collect();
        // Children follow the order of their bosses in the row above.
        row.sort_by_key(|&i| {
            let boss = boss_of(i).filter(|&b| layer > 0 && depths[b] + 1 == layer);
            (boss.map_or(usize::MAX, |b| slot[b]), i)
        });
        for (position, &i) in row.iter().enumerate() {
            slot[i] = position;
        }
        rows.push(row);
    }
    let widest = rows
        .iter()
        .map(Vec::len)
        .chain([map.ours.len(), 1])
        .max()
        .unwrap_or(1);
    let step_x = NODE_WIDTH + GAP_X;
    let width = MARGIN * 2.0 + widest as f64 * step_x - GAP_X;
    let row_x = |len: usize, position: usize| {
        MARGIN + (widest - len) as f64 * step_x / 2.0 + position as f64 * step_x
    };
    let mut members = vec![(0.0, 0.0); map.members.len()];
    for (layer, row) in rows.iter().enumerate() {
        let y = MARGIN + layer as f64 * (NODE_HEIGHT + GAP_Y);
        for (position, &i) in row.iter().enumerate() {
            members[i] = (row_x(row.len(), position), y);
        }
    }
    let group_height = if layers == 0 {
        NODE_HEIGHT
    } else {
        layers as f64 * (NODE_HEIGHT + GAP_Y) - GAP_Y
    };
    let ours_y = MARGIN + group_height + OURS_GAP;
    let ours = (0..map.ours.len())
        .map(|k| (row_x(map.ours.len(), k), ours_y))
        .collect();
    let height = if map.ours.is_empty() {
        MARGIN * 2.0 + group_height
    } else {
        ours_y + NODE_HEIGHT + MARGIN
    };
    Layout {
        members,
        ours,
        ours_y,
        width,
        height,
    }
}

fn arrow(out: &mut String, from: (f64, f64), to: (f64, f64), colour: &str, dashed: bool) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / length, dy / length);
    let dash = if dashed {
        " stroke-dasharray=\"5 4\""
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"1.4\"{dash}/>",
        from.0,
        from.1,
        to.0 - ux * 6.0,
        to.1 - uy * 6.0
    );
    let base = (to.0 - ux * 9.0, to.1 - uy * 9.0);
    let (px, py) = (-uy * 4.5, ux * 4.5);
    let _ = writeln!(
        out,
        "<polygon points=\"{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{colour}\"/>",
        to.0,
        to.1,
        base.0 + px,
        base.1 + py,
        base.0 - px,
        base.1 - py
    );
}

fn node(
    out: &mut String,
    (x, y): (f64, f64),
    lines: &[String],
    colours: &Colours,
    stroke: &str,
    dashed: bool,
    double: bool,
) {
    let _ = writeln!(
        out,
        "<g><title>{}</title>",
        escape_markup(&lines.join(" — "))
    );
    let dash = if dashed {
        " stroke-width=\"3\" stroke-dasharray=\"6 3\""
    } else {
        " stroke-width=\"1.4\""
    };
    let _ = writeln!(
        out,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{NODE_WIDTH}\" height=\"{NODE_HEIGHT}\" rx=\"8\" fill=\"{}\" stroke=\"{stroke}\"{dash}/>",
        colours.fill
    );
    if double {
        let _ = writeln!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"1\"/>",
            x + 3.5,
            y + 3.5,
            NODE_WIDTH - 7.0,
            NODE_HEIGHT - 7.0
        );
    }
    let centre = x + NODE_WIDTH / 2.0;
    let room = if double { TEXT_WIDTH - 8.0 } else { TEXT_WIDTH };
    for (n, line) in lines.iter().enumerate() {
        let (size, bold) = if n == 0 {
            (NAME_SIZE, true)
        } else {
            (LINE_SIZE, false)
        };
        let weight = if bold { " font-weight=\"bold\"" } else { "" };
        let fill = if *line == not_covered() {
            UNCOVERED_STROKE
        } else {
            colours.text
        };
        let _ = writeln!(
            out,
            "<text x=\"{centre:.1}\" y=\"{:.1}\" font-size=\"{size}\"{weight} fill=\"{fill}\" text-anchor=\"middle\">{}</text>",
            y + 18.0 + 15.5 * n as f64,
            escape_markup(&fit(line, size, bold, room))
        );
    }
    out.push_str("</g>\n");
}

/// An inline SVG (no external references) for the HTML report.
pub fn svg(map: &Map) -> String {
    let at = layout(map);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg class=\"map\" viewBox=\"0 0 {w:.0} {h:.0}\" width=\"{w:.0}\" height=\"{h:.0}\" role=\"img\" font-family=\"inherit\">",
        w = at.width,
        h = at.height
    );
    let _ = writeln!(
        out,
        "<title>{}</title>",
        escape_markup(&crate::msg!("map-title", client = map.client.as_str()).to_string())
    );
    if map.members.is_empty() {
        let _ = writeln!(
            out,
            "<text x=\"{MARGIN}\" y=\"{:.1}\" font-size=\"13\" fill=\"#6b6b6b\">{}</text>",
            MARGIN + NODE_HEIGHT / 2.0,
            escape_markup(&nobody_yet())
        );
    }
    for &(boss, member) in &map.reports {
        let (bx, by) = at.members[boss];
        let (mx, my) = at.members[member];
        let from = (bx + NODE_WIDTH / 2.0, by + NODE_HEIGHT);
        let to = if my > by {
            (mx + NODE_WIDTH / 2.0, my)
        } else {
            // A cycle in reports_to points back up: end at the side of the box.
            (mx + NODE_WIDTH / 2.0, my + NODE_HEIGHT)
        };
        arrow(&mut out, from, to, REPORTS_STROKE, false);
    }
    for &(person, member) in &map.covers {
        let (px, py) = at.ours[person];
        let (mx, my) = at.members[member];
        arrow(
            &mut out,
            (px + NODE_WIDTH / 2.0, py),
            (mx + NODE_WIDTH / 2.0, my + NODE_HEIGHT),
            OURS.stroke,
            true,
        );
    }
    for (member, &corner) in map.members.iter().zip(&at.members) {
        let c = colours(member.stance);
        let (stroke, dashed) = if member.covered {
            (c.stroke, false)
        } else {
            (UNCOVERED_STROKE, true)
        };
        node(
            &mut out,
            corner,
            &member_lines(member),
            c,
            stroke,
            dashed,
            member.is_decision_maker(),
        );
    }
    if !map.ours.is_empty() {
        let _ = writeln!(
            out,
            "<text x=\"{MARGIN}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"bold\" fill=\"{}\">{}</text>",
            at.ours_y - 10.0,
            OURS.stroke,
            escape_markup(&our_side())
        );
    }
    for (person, &corner) in map.ours.iter().zip(&at.ours) {
        node(
            &mut out,
            corner,
            &our_lines(person),
            &OURS,
            OURS.stroke,
            false,
            false,
        );
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mermaid_escapes_with_entity_codes() {
        assert_eq!(
            mermaid_text("A \"B\" <i> [x] {y} a|b; c#d & e `f`"),
            "A #quot;B#quot; #60;i#62; #91;x#93; #123;y#125; a#124;b#59; c#35;d #38; e #96;f#96;"
        );
        assert_eq!(mermaid_text(r"C:\new\table"), "C:#92;#8288;new#92;table");
        assert_eq!(mermaid_text("Иван «Ваня»"), "Иван «Ваня»");
    }

    #[test]
    fn dot_escapes_quotes_and_backslashes() {
        assert_eq!(dot_text(r#"say "hi" C:\new"#), r#"say \"hi\" C:\\new"#);
        assert_eq!(dot_text("R&D &amp;"), "R&amp;D &amp;amp;");
        assert_eq!(dot_text("<b>Ромашка</b>"), "<b>Ромашка</b>");
    }

    #[test]
    fn markup_escapes_all_five() {
        assert_eq!(
            escape_markup("<script>a&b</script> \"q\" 'x'"),
            "&lt;script&gt;a&amp;b&lt;/script&gt; &quot;q&quot; &#39;x&#39;"
        );
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(fit("Ромашка", 11.0, false, 194.0), "Ромашка");
        let long = "Помощник генерального директора по связям с общественностью";
        let cut = fit(long, 11.0, false, 194.0);
        assert!(cut.ends_with('…') && cut.chars().count() < 30, "{cut}");
        assert!(long.starts_with(cut.trim_end_matches('…')));
    }
}
