//! Drawing a decision-group [`Map`]: Mermaid for Markdown on git hosts,
//! Graphviz DOT, and a small SVG of our own for the HTML report.
//!
//! Every name is user text: each format gets its own escaping, and nodes get
//! generated ids (`m0`, `o0`) so no name ever has to be an identifier.

use crate::map::{Map, Member, OurPerson, Stance};
use crate::render::map_layout::{Graph, Rect, place};
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

/// The width of a box, unless one word of its text needs more.
const NODE_WIDTH: f64 = 200.0;
/// Room between a box's border and its text.
const PAD_X: f64 = 9.0;
const PAD_Y: f64 = 7.0;
/// The double border of a decision maker takes this much more on each side.
const DOUBLE: f64 = 4.0;
const MARGIN: f64 = 12.0;
/// Room below our row for its caption.
const CAPTION: f64 = 24.0;
/// Font sizes of the name and of the other lines, and the line height.
const NAME_SIZE: f64 = 13.0;
const LINE_SIZE: f64 = 11.0;
const LEADING: f64 = 1.3;

/// A generous guess at a character's width in ems in a common sans-serif
/// font, Latin and Cyrillic alike: the page cannot measure text, so it errs
/// on the wide side and a line never runs out of its box.
fn em_width(c: char) -> f64 {
    match c {
        ' ' => 0.32,
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
        'f' | 't' | 'r' | '(' | ')' | '-' | '«' | '»' | '"' => 0.42,
        'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'м' | 'ы' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'М'
        | 'Ы' | 'Ф' | 'ф' | '—' | '@' | '%' => 0.92,
        c if c.is_lowercase() => 0.62,
        c if c.is_uppercase() => 0.74,
        _ => 0.68,
    }
}

/// The width of `text` in pixels at `size`, bold or not.
fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let scale = size * if bold { 1.07 } else { 1.0 };
    text.chars().map(em_width).sum::<f64>() * scale
}

/// Breaks `text` at spaces into lines that fit `room` pixels at `size`.
/// Nothing is ever cut: a word wider than `room` stands on a line of its own
/// and the box grows to hold it.
pub fn wrap(text: &str, size: f64, bold: bool, room: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if line.is_empty() {
            line.push_str(word);
            continue;
        }
        let longer = format!("{line} {word}");
        if text_width(&longer, size, bold) <= room {
            line = longer;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// One line of text in a box.
struct Line {
    text: String,
    size: f64,
    bold: bool,
    fill: &'static str,
}

/// The text of a box, wrapped, and the size of the box that holds it.
struct Label {
    lines: Vec<Line>,
    /// The label's lines as written, for the tooltip.
    whole: String,
    width: f64,
    height: f64,
}

/// Wraps a box's lines: the first (the name) bold and larger; the
/// "not covered" line in the uncovered colour.
fn label(lines: &[String], colours: &Colours, double: bool) -> Label {
    let inset = PAD_X + if double { DOUBLE } else { 0.0 };
    let room = NODE_WIDTH - 2.0 * inset;
    let uncovered = not_covered();
    let mut wrapped = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let (size, bold) = if n == 0 {
            (NAME_SIZE, true)
        } else {
            (LINE_SIZE, false)
        };
        let fill = if n > 0 && *line == uncovered {
            UNCOVERED_STROKE
        } else {
            colours.text
        };
        for text in wrap(line, size, bold, room) {
            wrapped.push(Line {
                text,
                size,
                bold,
                fill,
            });
        }
    }
    let widest = wrapped
        .iter()
        .map(|l| text_width(&l.text, l.size, l.bold))
        .fold(room, f64::max);
    let height = wrapped.iter().map(|l| l.size * LEADING).sum::<f64>()
        + 2.0 * (PAD_Y + if double { DOUBLE } else { 0.0 });
    Label {
        lines: wrapped,
        whole: lines.join(" — "),
        width: (widest + 2.0 * inset).ceil(),
        height: height.ceil(),
    }
}

/// An edge: a polyline from its tail to its head with an arrowhead there.
/// `data-from` and `data-to` name the boxes it joins (`m0`, `o1`).
fn edge(out: &mut String, route: &[(f64, f64)], ends: (&str, &str), colour: &str, dashed: bool) {
    let [.., before, head] = route else {
        return;
    };
    let (dx, dy) = (head.0 - before.0, head.1 - before.1);
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / length, dy / length);
    let mut points: Vec<String> = route
        .iter()
        .map(|(x, y)| format!("{:.1},{:.1}", x + MARGIN, y + MARGIN))
        .collect();
    // The line stops inside the arrowhead, so its end does not poke out.
    if let Some(last) = points.last_mut() {
        *last = format!(
            "{:.1},{:.1}",
            head.0 - ux * 6.0 + MARGIN,
            head.1 - uy * 6.0 + MARGIN
        );
    }
    let dash = if dashed {
        " stroke-dasharray=\"5 4\""
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<polyline class=\"edge\" data-from=\"{}\" data-to=\"{}\" points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.4\"{dash}/>",
        ends.0,
        ends.1,
        points.join(" ")
    );
    let (tip_x, tip_y) = (head.0 + MARGIN, head.1 + MARGIN);
    let base = (tip_x - ux * 9.0, tip_y - uy * 9.0);
    let (px, py) = (-uy * 4.5, ux * 4.5);
    let _ = writeln!(
        out,
        "<polygon points=\"{tip_x:.1},{tip_y:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{colour}\"/>",
        base.0 + px,
        base.1 + py,
        base.0 - px,
        base.1 - py
    );
}

/// How a box is drawn: its colours, border, and whether the border is
/// dashed (not covered) or double (a decision maker).
struct Look<'a> {
    colours: &'a Colours,
    stroke: &'a str,
    dashed: bool,
    double: bool,
}

/// A box with its text. `data-node` names it for the edges (`m0`, `o1`).
fn node(out: &mut String, id: &str, rect: Rect, label: &Label, look: &Look) {
    let Look {
        colours,
        stroke,
        dashed,
        double,
    } = *look;
    let (x, y) = (rect.x + MARGIN, rect.y + MARGIN);
    let _ = writeln!(
        out,
        "<g class=\"node\" data-node=\"{id}\"><title>{}</title>",
        escape_markup(&label.whole)
    );
    let dash = if dashed {
        " stroke-width=\"3\" stroke-dasharray=\"6 3\""
    } else {
        " stroke-width=\"1.4\""
    };
    let _ = writeln!(
        out,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"8\" fill=\"{}\" stroke=\"{stroke}\"{dash}/>",
        rect.width, rect.height, colours.fill
    );
    if double {
        let _ = writeln!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"6\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"1\"/>",
            x + 3.5,
            y + 3.5,
            rect.width - 7.0,
            rect.height - 7.0
        );
    }
    let centre = x + rect.width / 2.0;
    let mut top = y + PAD_Y + if double { DOUBLE } else { 0.0 };
    for line in &label.lines {
        let height = line.size * LEADING;
        // The baseline sits where the line's capitals and descenders both fit.
        let baseline = top + height / 2.0 + line.size * 0.36;
        let weight = if line.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<text x=\"{centre:.1}\" y=\"{baseline:.1}\" font-size=\"{}\"{weight} fill=\"{}\" text-anchor=\"middle\">{}</text>",
            line.size,
            line.fill,
            escape_markup(&line.text)
        );
        top += height;
    }
    out.push_str("</g>\n");
}

/// An inline SVG (no external references) for the HTML report: every name
/// and title whole, wrapped to fit its box, and every edge routed around the
/// boxes (see [`super::map_layout`]).
pub fn svg(map: &Map) -> String {
    let member_labels: Vec<Label> = map
        .members
        .iter()
        .map(|m| label(&member_lines(m), colours(m.stance), m.is_decision_maker()))
        .collect();
    let our_labels: Vec<Label> = map
        .ours
        .iter()
        .map(|p| label(&our_lines(p), &OURS, false))
        .collect();
    let placed = place(&Graph {
        members: member_labels.iter().map(|l| (l.width, l.height)).collect(),
        ours: our_labels.iter().map(|l| (l.width, l.height)).collect(),
        reports: map.reports.clone(),
        covers: map.covers.clone(),
        depths: map.depths(),
    });
    let empty_line = if map.members.is_empty() {
        text_width(&nobody_yet(), NAME_SIZE, false) + 2.0 * MARGIN
    } else {
        0.0
    };
    let caption = if map.ours.is_empty() { 0.0 } else { CAPTION };
    let (width, height) = if map.members.is_empty() && map.ours.is_empty() {
        (empty_line, 2.0 * MARGIN + NAME_SIZE * LEADING)
    } else {
        (
            (placed.width + 2.0 * MARGIN).max(empty_line),
            placed.height + 2.0 * MARGIN + caption,
        )
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg class=\"map\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\" role=\"img\" font-family=\"inherit\">"
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
            MARGIN + NAME_SIZE,
            escape_markup(&nobody_yet())
        );
    }
    for (&(boss, member), route) in map.reports.iter().zip(&placed.reports) {
        let ends = (format!("m{boss}"), format!("m{member}"));
        edge(&mut out, route, (&ends.0, &ends.1), REPORTS_STROKE, false);
    }
    for (&(person, member), route) in map.covers.iter().zip(&placed.covers) {
        let ends = (format!("o{person}"), format!("m{member}"));
        edge(&mut out, route, (&ends.0, &ends.1), OURS.stroke, true);
    }
    for (i, ((member, label), &rect)) in map
        .members
        .iter()
        .zip(&member_labels)
        .zip(&placed.members)
        .enumerate()
    {
        let c = colours(member.stance);
        let (stroke, dashed) = if member.covered {
            (c.stroke, false)
        } else {
            (UNCOVERED_STROKE, true)
        };
        let look = Look {
            colours: c,
            stroke,
            dashed,
            double: member.is_decision_maker(),
        };
        node(&mut out, &format!("m{i}"), rect, label, &look);
    }
    if let Some(first) = placed.ours.iter().min_by(|a, b| a.x.total_cmp(&b.x)) {
        let bottom = placed.ours.iter().map(Rect::bottom).fold(0.0, f64::max);
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"bold\" fill=\"{}\">{}</text>",
            first.x + MARGIN,
            bottom + MARGIN + 17.0,
            OURS.stroke,
            escape_markup(&our_side())
        );
    }
    for (k, (label, &rect)) in our_labels.iter().zip(&placed.ours).enumerate() {
        let look = Look {
            colours: &OURS,
            stroke: OURS.stroke,
            dashed: false,
            double: false,
        };
        node(&mut out, &format!("o{k}"), rect, label, &look);
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
    fn long_text_wraps_at_spaces_and_is_never_cut() {
        assert_eq!(wrap("Ромашка", 11.0, false, 182.0), ["Ромашка"]);
        let long = "Помощник генерального директора по связям с общественностью";
        let lines = wrap(long, 11.0, false, 182.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), long, "every word, in order");
        for line in &lines {
            assert!(text_width(line, 11.0, false) <= 182.0, "{line}");
        }
        // A word wider than the room stands alone and whole.
        let word = "Гиперзвуковоймашиностроительныйкомбинат";
        assert_eq!(
            wrap(&format!("ООО {word}"), 13.0, true, 100.0),
            ["ООО", word]
        );
        assert!(wrap("  ", 11.0, false, 100.0).is_empty());
    }

    #[test]
    fn a_box_grows_to_hold_its_longest_word() {
        let word = "Гиперзвуковоймашиностроительныйкомбинат";
        let wide = label(&[word.to_owned()], &NEITHER, false);
        assert!(wide.width >= text_width(word, NAME_SIZE, true) + 2.0 * PAD_X);
        let short = label(&["Ann".to_owned(), "CEO".to_owned()], &NEITHER, true);
        assert_eq!(short.width, NODE_WIDTH);
        assert_eq!(short.lines.len(), 2);
    }
}
