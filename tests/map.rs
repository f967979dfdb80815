//! `dossier map` end to end: exact Mermaid and DOT snapshots of the fixtures
//! in `tests/fixtures/map/dossiers` (hostile names included), the errors,
//! and Graphviz reading every map of the bundled dossiers.
//!
//! Snapshots live in `tests/fixtures/map/expected/` and are compared byte for
//! byte. After a deliberate change, rewrite them with `DOSSIER_BLESS=1 cargo
//! test --test map` and review the diff.

mod common;

use common::{Run, available, dossier_dir, fixtures, root};
use std::io::Write as _;
use std::process::{Command, Stdio};

/// Compares with the snapshot byte for byte (or rewrites it when blessing).
fn assert_snapshot(name: &str, actual: &[u8]) {
    let path = fixtures("map").join("expected").join(name);
    if std::env::var_os("DOSSIER_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write the snapshot");
        return;
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("cannot read snapshot {}: {e}", path.display()));
    if expected != actual {
        let expected = String::from_utf8_lossy(&expected);
        let actual = String::from_utf8_lossy(actual);
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .map_or_else(
                || "line count or line endings differ".to_owned(),
                |i| format!("first difference at line {}", i + 1),
            );
        panic!(
            "{name} differs from {} ({line})\n--- expected ---\n{expected}\n--- actual ---\n{actual}",
            path.display()
        );
    }
}

fn map_of(id: &str, format: &str) -> Run {
    let run = dossier_dir(
        fixtures("map").join("dossiers"),
        &["map", id, "--format", format],
    );
    assert_eq!(run.status, 0, "{run}");
    assert!(run.stderr.is_empty(), "{run}");
    run
}

#[test]
fn mermaid_matches_the_snapshots() {
    for id in ["hostile", "cycle", "empty-group"] {
        assert_snapshot(&format!("{id}.mmd"), map_of(id, "mermaid").bytes());
    }
}

#[test]
fn dot_matches_the_snapshots() {
    for id in ["hostile", "cycle", "empty-group"] {
        assert_snapshot(&format!("{id}.dot"), map_of(id, "dot").bytes());
    }
}

#[test]
fn mermaid_is_the_default_format() {
    let run = dossier_dir(fixtures("map").join("dossiers"), &["map", "cycle"]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.stdout, map_of("cycle", "mermaid").stdout);
}

/// Removes Mermaid's entity codes (`#quot;`, `#60;`) from a label.
fn strip_entity_codes(label: &str) -> String {
    let mut out = String::new();
    let mut rest = label;
    while let Some(hash) = rest.find('#') {
        out.push_str(&rest[..hash]);
        let after = &rest[hash + 1..];
        let name = after
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        if name > 0 && after[name..].starts_with(';') {
            rest = &after[name + 1..];
        } else {
            out.push('#');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Whatever a name holds, every Mermaid label stays one quoted string: no
/// quote, bracket, pipe, semicolon, backslash or markup survives unescaped.
#[test]
fn mermaid_labels_carry_no_raw_syntax() {
    let text = map_of("hostile", "mermaid").stdout;
    let mut labels = 0;
    for line in text.lines() {
        let Some(start) = line.find('"') else {
            continue;
        };
        let end = line.rfind('"').expect("a closing quote");
        assert!(end > start, "unbalanced label in {line:?}");
        let label = strip_entity_codes(&line[start + 1..end].replace("<br/>", ""));
        for raw in [
            '"', '<', '>', '[', ']', '{', '}', '|', ';', '#', '\\', '`', '&',
        ] {
            assert!(!label.contains(raw), "raw {raw:?} in label of {line:?}");
        }
        labels += 1;
    }
    // The client, four members, the "Our side" cluster and four of our people.
    assert_eq!(labels, 10, "{text}");
    assert!(
        text.contains("Иван «Ваня» Петров"),
        "Cyrillic stays as it is"
    );
}

#[test]
fn dot_strings_escape_quotes_and_backslashes() {
    let text = map_of("hostile", "dot").stdout;
    assert!(text.contains(r#"label="Anna \"The Hammer\" O'Neil\nCEO <script>alert('x')</script>\ndecision maker · supporter""#), "{text}");
    assert!(text.contains(r#"C:\\new\\table"#), "{text}");
    for line in text.lines() {
        // Outside escapes, quotes pair up on every line.
        let unescaped = line.replace("\\\\", "").replace("\\\"", "");
        assert_eq!(unescaped.matches('"').count() % 2, 0, "{line}");
    }
}

#[test]
fn uncovered_members_stand_out() {
    let mermaid = map_of("cycle", "mermaid").stdout;
    assert!(mermaid.contains("    class m0,m1 uncovered\n"), "{mermaid}");
    assert!(
        mermaid.contains("Alpha<br/>Director<br/>not covered"),
        "{mermaid}"
    );
    let dot = map_of("cycle", "dot").stdout;
    let alpha = dot
        .lines()
        .find(|l| l.contains("\"m0\" ["))
        .expect("a node for Alpha");
    assert!(alpha.contains("penwidth=3"), "{alpha}");
    assert!(alpha.contains("dashed"), "{alpha}");
}

#[test]
fn unknown_id_exits_2_with_a_suggestion() {
    let run = dossier_dir(fixtures("map").join("dossiers"), &["map", "hostle"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stdout.is_empty(), "{run}");
    assert!(
        run.stderr.contains("no dossier with the id `hostle` in ")
            && run.stderr.contains("(did you mean `hostile`?)"),
        "{run}"
    );
}

#[test]
fn unparsable_dossier_exits_2_with_its_error() {
    let run = dossier_dir(fixtures("map").join("dossiers"), &["map", "broken"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stdout.is_empty(), "{run}");
    assert!(run.stderr.contains("broken.yaml:8:3: "), "{run}");
    assert!(run.stderr.contains("[wrong-type]"), "{run}");
}

#[test]
fn an_id_used_twice_exits_2_naming_both() {
    let run = dossier_dir(fixtures("check").join("dup-ids"), &["map", "acme"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("is used by"), "{run}");
    assert!(
        run.stderr.contains("acme.yaml") && run.stderr.contains("acme.yml"),
        "{run}"
    );
}

fn bundled_ids() -> Vec<String> {
    let mut ids = Vec::new();
    let mut folders = vec![root().join("dossiers")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("read dossiers/") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                let stem = path.file_stem().expect("a file stem");
                ids.push(stem.to_string_lossy().into_owned());
            }
        }
    }
    ids.sort();
    ids
}

#[test]
fn graphviz_renders_every_map() {
    if !available("dot", "graphviz") {
        return;
    }
    let bundled = bundled_ids();
    assert!(bundled.len() >= 5, "{bundled:?}");
    let mut maps: Vec<(String, Vec<u8>)> = Vec::new();
    // In both languages: the Russian labels are Graphviz strings too.
    for lang in ["en", "ru"] {
        for id in &bundled {
            let run = common::Dossier::new()
                .dir(root().join("dossiers"))
                .run(&["--lang", lang, "map", id, "--format", "dot"]);
            assert_eq!(run.status, 0, "{id}: {run}");
            maps.push((format!("{id} ({lang})"), run.stdout.into_bytes()));
        }
    }
    let dir = fixtures("map").join("long-names");
    let run = dossier_dir(
        &dir,
        &["--lang", "ru", "map", "verkhnedneprovsk", "--format", "dot"],
    );
    assert_eq!(run.status, 0, "{run}");
    maps.push(("verkhnedneprovsk".to_owned(), run.stdout.into_bytes()));
    for id in ["hostile", "cycle", "empty-group"] {
        maps.push((id.to_owned(), map_of(id, "dot").stdout.into_bytes()));
    }
    for (id, map) in maps {
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start dot");
        child
            .stdin
            .take()
            .expect("dot's stdin")
            .write_all(&map)
            .expect("feed dot");
        let output = child.wait_with_output().expect("wait for dot");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && stderr.trim().is_empty(),
            "dot -Tsvg rejects the map of {id}: {stderr}\n{}",
            String::from_utf8_lossy(&map)
        );
        let svg = String::from_utf8_lossy(&output.stdout);
        assert!(svg.contains("<svg"), "{id}: {svg}");
    }
}

#[test]
fn a_dossier_with_errors_is_still_drawn_with_a_warning() {
    let run = dossier_dir(
        fixtures("check").join("errors/unknown-member"),
        &["map", "unknown-members"],
    );
    assert_eq!(run.status, 0, "{run}");
    assert!(run.stdout.starts_with("flowchart TB\n"), "{run}");
    assert!(
        run.stderr.contains("unknown-members.yaml has 3 errors"),
        "{run}"
    );
}

/// The README's Mermaid example is the real output for a bundled dossier.
#[test]
fn readme_example_is_current() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let run = dossier_dir(root().join("dossiers"), &["map", "nordhafen-foods"]);
    assert_eq!(run.status, 0, "{run}");
    let block = format!("```mermaid\n{}```\n", run.stdout);
    assert!(
        readme.contains(&block),
        "README.md should show this block:\n{block}"
    );
}

// ------------------------------------------------------------ the report's SVG maps
//
// The report draws each map as an SVG of its own: boxes (`<g class="node"
// data-node="m0">` with a `<rect>` and a `<text>` per line) and edges
// (`<polyline class="edge" data-from="o1" data-to="m0">`). These tests read
// that geometry back and hold it to what a reader on paper needs: every
// name and title whole, and no edge through a box it does not join.

/// A box of a rendered map: its `data-node` id, its rectangle and its lines.
struct SvgNode {
    id: String,
    rect: (f64, f64, f64, f64),
    lines: Vec<String>,
}

/// An edge of a rendered map: the boxes it joins and its polyline.
struct SvgEdge {
    from: String,
    to: String,
    points: Vec<(f64, f64)>,
}

/// The value of `name="…"` in `tag`.
fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + key.len();
    let end = tag[start..].find('"').expect("a closing quote") + start;
    &tag[start..end]
}

fn number(tag: &str, name: &str) -> f64 {
    attribute(tag, name)
        .parse()
        .unwrap_or_else(|e| panic!("{name} in {tag}: {e}"))
}

/// Text content with the markup escapes decoded.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every `<svg class="map">…</svg>` of a report page.
fn svg_maps(page: &str) -> Vec<&str> {
    page.match_indices("<svg class=\"map\"")
        .map(|(at, _)| {
            let end = page[at..].find("</svg>").expect("a closing </svg>");
            &page[at..at + end]
        })
        .collect()
}

fn svg_nodes(svg: &str) -> Vec<SvgNode> {
    svg.split("<g class=\"node\"")
        .skip(1)
        .map(|group| {
            let group = &group[..group.find("</g>").expect("a closing </g>")];
            let id = attribute(group, "data-node").to_owned();
            let rect = &group[group.find("<rect").expect("a rect")..];
            let rect = &rect[..rect.find("/>").expect("a closed rect")];
            let lines = group
                .split("<text")
                .skip(1)
                .map(|text| {
                    let start = text.find('>').expect("a text tag") + 1;
                    let end = text.find("</text>").expect("a closing </text>");
                    unescape(&text[start..end])
                })
                .collect();
            SvgNode {
                id,
                rect: (
                    number(rect, "x"),
                    number(rect, "y"),
                    number(rect, "width"),
                    number(rect, "height"),
                ),
                lines,
            }
        })
        .collect()
}

fn svg_edges(svg: &str) -> Vec<SvgEdge> {
    svg.split("<polyline class=\"edge\"")
        .skip(1)
        .map(|edge| {
            let edge = &edge[..edge.find("/>").expect("a closed polyline")];
            let points = attribute(edge, "points")
                .split(' ')
                .map(|pair| {
                    let (x, y) = pair.split_once(',').expect("x,y");
                    (x.parse().expect("x"), y.parse().expect("y"))
                })
                .collect();
            SvgEdge {
                from: attribute(edge, "data-from").to_owned(),
                to: attribute(edge, "data-to").to_owned(),
                points,
            }
        })
        .collect()
}

/// Whether the segment `a`–`b` meets the closed rectangle (Liang–Barsky).
fn segment_meets(a: (f64, f64), b: (f64, f64), (x, y, w, h): (f64, f64, f64, f64)) -> bool {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let mut t0: f64 = 0.0;
    let mut t1: f64 = 1.0;
    for (p, q) in [
        (-dx, a.0 - x),
        (dx, x + w - a.0),
        (-dy, a.1 - y),
        (dy, y + h - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    t0 <= t1
}

/// The distance from a point to a rectangle (0 on or inside it).
fn distance_to(point: (f64, f64), (x, y, w, h): (f64, f64, f64, f64)) -> f64 {
    let dx = (x - point.0).max(point.0 - (x + w)).max(0.0);
    let dy = (y - point.1).max(point.1 - (y + h)).max(0.0);
    (dx * dx + dy * dy).sqrt()
}

#[test]
fn segment_geometry_is_right() {
    let rect = (10.0, 10.0, 20.0, 10.0);
    assert!(segment_meets((0.0, 15.0), (40.0, 15.0), rect), "through");
    assert!(
        segment_meets((20.0, 0.0), (20.0, 10.0), rect),
        "touching the top"
    );
    assert!(segment_meets((15.0, 12.0), (16.0, 13.0), rect), "inside");
    assert!(!segment_meets((0.0, 0.0), (40.0, 5.0), rect), "above");
    assert!(!segment_meets((0.0, 0.0), (9.0, 40.0), rect), "beside");
    assert!(
        !segment_meets((0.0, 25.0), (12.0, 31.0), rect),
        "below the corner"
    );
    assert!(
        segment_meets((5.0, 5.0), (35.0, 25.0), rect),
        "diagonally across"
    );
    assert_eq!(distance_to((20.0, 4.0), rect), 6.0);
}

/// Holds one rendered map to the rules: no text cut, and each edge joins
/// its two boxes and meets no other.
fn assert_map_is_whole(svg: &str, context: &str) -> Vec<SvgNode> {
    let nodes = svg_nodes(svg);
    let texts: Vec<&str> = svg
        .split("<text")
        .skip(1)
        .map(|t| &t[..t.find("</text>").expect("a closing </text>")])
        .collect();
    for text in &texts {
        assert!(!text.contains('…'), "{context}: a cut label: {text}");
    }
    for edge in svg_edges(svg) {
        let find = |id: &str| {
            nodes
                .iter()
                .find(|n| n.id == id)
                .unwrap_or_else(|| panic!("{context}: no box {id} for an edge"))
        };
        let (from, to) = (find(&edge.from), find(&edge.to));
        let first = edge.points[0];
        let last = edge.points[edge.points.len() - 1];
        assert!(
            distance_to(first, from.rect) < 0.5,
            "{context}: the edge {}->{} starts away from its box",
            edge.from,
            edge.to
        );
        // The line stops inside its arrowhead, a few pixels short of the box.
        assert!(
            distance_to(last, to.rect) < 8.0,
            "{context}: the edge {}->{} ends away from its box",
            edge.from,
            edge.to
        );
        for pair in edge.points.windows(2) {
            for node in &nodes {
                if node.id == edge.from || node.id == edge.to {
                    continue;
                }
                assert!(
                    !segment_meets(pair[0], pair[1], node.rect),
                    "{context}: the edge {}->{} crosses the box {} ({:?}) between {:?} and {:?}\n{svg}",
                    edge.from,
                    edge.to,
                    node.id,
                    node.lines,
                    pair[0],
                    pair[1]
                );
            }
        }
    }
    nodes
}

/// The members' names and titles of every dossier in a folder, by client.
fn members_of(dir: &std::path::Path) -> Vec<(String, Vec<String>)> {
    let discovery = dossier::load::discover(&[dir.to_path_buf()]);
    let mut out = Vec::new();
    for file in &discovery.files {
        let bytes = std::fs::read(&file.path).expect("read a dossier");
        let text = dossier::parse::decode(&bytes).expect("UTF-8");
        let parsed = dossier::parse::parse(text).expect("the dossier parses");
        let client = parsed.client.value.name.as_ref().expect("a client name");
        let mut texts = Vec::new();
        for member in &parsed.decision_group.value {
            texts.extend(member.name.as_ref().map(|n| n.value.clone()));
            texts.extend(member.title.as_ref().map(|t| t.value.clone()));
        }
        out.push((client.value.clone(), texts));
    }
    out
}

/// Every map of the report on `dir`, in both languages: each name and title
/// whole in its box (wrapped across lines, never cut), and no edge through
/// another box.
fn assert_report_maps_are_whole(dir: &std::path::Path) {
    let dossiers = members_of(dir);
    for lang in ["en", "ru"] {
        let run = common::Dossier::new().dir(dir).run(&[
            "--lang",
            lang,
            "report",
            "--as-of",
            "2026-11-28",
        ]);
        assert_eq!(run.status, 0, "{run}");
        let maps = svg_maps(&run.stdout);
        assert_eq!(maps.len(), dossiers.len(), "one map per dossier");
        for svg in maps {
            let (client, texts) = dossiers
                .iter()
                .find(|(client, _)| {
                    let title = svg.lines().nth(1).unwrap_or_default();
                    title.starts_with("<title>") && unescape(title).contains(client.as_str())
                })
                .expect("a map names its client");
            let context = format!("{client} ({lang})");
            let nodes = assert_map_is_whole(svg, &context);
            let shown: Vec<String> = nodes.iter().map(|n| n.lines.join(" ")).collect();
            for text in texts {
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    shown.iter().any(|s| s.contains(&text)),
                    "{context}: `{text}` is not whole in any box: {shown:#?}"
                );
            }
        }
    }
}

#[test]
fn report_maps_of_the_bundled_dossiers_are_whole() {
    assert_report_maps_are_whole(&root().join("dossiers"));
}

#[test]
fn report_maps_keep_long_cyrillic_names_whole() {
    let dir = fixtures("map").join("long-names");
    assert_report_maps_are_whole(&dir);
    // The longest name is split across lines at its spaces, every word kept.
    let run =
        common::Dossier::new()
            .dir(&dir)
            .run(&["--lang", "ru", "report", "--as-of", "2026-11-28"]);
    let svg = svg_maps(&run.stdout)[0];
    let boss = svg_nodes(svg)
        .into_iter()
        .find(|n| n.lines[0] == "Константин")
        .expect("the longest name starts a box");
    assert_eq!(
        boss.lines[..3],
        [
            "Константин",
            "Константинович",
            "Верхнеднепровский-Старобельский"
        ]
    );
    // A word too long for a box widens the box rather than being cut.
    let wide = svg_nodes(svg)
        .into_iter()
        .find(|n| n.lines.iter().any(|l| l.contains("Западносибирск")))
        .expect("the long title");
    assert!(wide.rect.2 > 200.0, "{:?}", wide.rect);
    assert!(
        svg.contains("никто не ведёт"),
        "the uncovered member is marked"
    );
}

/// Measures, in the page as Chromium lays it out with its real fonts, every
/// line of every box against the box: a script added to a copy of the page
/// writes the lines that stick out into `<pre id="overflow">`.
const MEASURE_TEXT: &str = r#"<script>
window.addEventListener("load", () => {
  const out = [];
  let lines = 0;
  for (const node of document.querySelectorAll("svg.map g.node")) {
    const box = node.querySelector("rect").getBBox();
    for (const text of node.querySelectorAll("text")) {
      lines += 1;
      const t = text.getBBox();
      if (t.x < box.x + 2 || t.x + t.width > box.x + box.width - 2
          || t.y < box.y || t.y + t.height > box.y + box.height) {
        out.push(`${text.textContent} sticks out of its box`);
      }
    }
  }
  const pre = document.createElement("pre");
  pre.id = "overflow";
  pre.textContent = `lines ${lines}\n` + out.join("\n");
  document.body.appendChild(pre);
});
</script>"#;

#[test]
fn chromium_fits_every_line_in_its_box() {
    let folder = common::scratch("map-fit");
    for (dir, lang) in [
        (root().join("dossiers"), "ru"),
        (root().join("dossiers"), "en"),
        (fixtures("map").join("long-names"), "ru"),
    ] {
        let run = common::Dossier::new().dir(&dir).run(&[
            "--lang",
            lang,
            "report",
            "--as-of",
            "2026-11-28",
        ]);
        assert_eq!(run.status, 0, "{run}");
        let page = folder.join(format!("{lang}.html"));
        let measured = run
            .stdout
            .replace("</body>", &format!("{MEASURE_TEXT}</body>"));
        std::fs::write(&page, measured).expect("write the page");
        let Some(dom) = common::rendered_dom(&page) else {
            return;
        };
        let start = dom.find("<pre id=\"overflow\">").expect("the script ran") + 19;
        let report = &dom[start..start + dom[start..].find("</pre>").expect("</pre>")];
        let mut lines = report.lines();
        let count: usize = lines
            .next()
            .and_then(|l| l.strip_prefix("lines "))
            .and_then(|n| n.parse().ok())
            .expect("a count of lines");
        assert!(count > 20, "{}: {report}", dir.display());
        let overflowing: Vec<&str> = lines.collect();
        assert!(
            overflowing.is_empty(),
            "{} ({lang}): {overflowing:#?}",
            dir.display()
        );
    }
}
