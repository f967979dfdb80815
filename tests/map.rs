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
    for id in &bundled {
        let run = dossier_dir(root().join("dossiers"), &["map", id, "--format", "dot"]);
        assert_eq!(run.status, 0, "{id}: {run}");
        maps.push((id.clone(), run.stdout.into_bytes()));
    }
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
