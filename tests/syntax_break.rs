//! A YAML syntax error never hides the file's other findings: one run of
//! `check` reports where the YAML breaks together with every problem before
//! the break, in file order, in text and in JSON; and `review` gives the
//! syntax error as the reason a file is left out.
//!
//! Every kind of break is set in one dossier that has an unknown key and a
//! wrong type before the break and an invalid value and an unknown key
//! after it. Past the break nothing is reported: which mapping a later line
//! belongs to depends on the lines the parser could not read.

mod common;

use common::{Run, Scratch, dossier_dir, dossier_in, scratch};
use std::path::Path;

/// A dossier with two problems before `{BREAK}` (lines 4 and 5) and two
/// after it (the competitor's `threat` and `ceo`).
const DOSSIER: &str = "version: 1
client:
  name: Молочный завод
  indusry: Молочная продукция
  headcount: many
company_view:
  account_manager: Марина Белова
decision_group:
  - name: Pavel Orlov
    roles: [decision_maker]
{BREAK}
competitors:
  - name: LogiSoft
    kind: direct
    threat: huge
    ceo: Ivan
review:
  last_reviewed: 2026-09-01
";

/// (code, key, line, column) of a finding.
type Found = (&'static str, &'static str, u64, u64);

/// The problems before every break.
const BEFORE: [Found; 2] = [
    ("unknown-key", "client.indusry", 4, 3),
    ("wrong-type", "client.headcount", 5, 14),
];

/// The problems after every break, found when nothing breaks.
const AFTER: [Found; 2] = [
    ("invalid-value", "competitors[0].threat", 16, 13),
    ("unknown-key", "competitors[0].ceo", 17, 5),
];

struct Break {
    name: &'static str,
    /// Lines 11 and 12 of the dossier.
    lines: &'static str,
    /// What is found from the break on, in file order.
    found: &'static [Found],
}

const BREAKS: &[Break] = &[
    Break {
        name: "tab",
        lines: "  - name: Anna Ivanova\n\ttitle: CFO",
        found: &[("yaml-syntax", "decision_group[1]", 12, 1)],
    },
    Break {
        name: "stray",
        lines: "  - name: Anna Ivanova\nstray line without colon",
        found: &[("yaml-syntax", "decision_group[1]", 12, 1)],
    },
    Break {
        name: "flow",
        lines: "  - name: [Anna Ivanova\n    title: CFO",
        // A list where a name belongs is a wrong type whatever follows it;
        // the break is named at the bracket never closed.
        found: &[
            ("wrong-type", "decision_group[1].name", 11, 11),
            ("yaml-syntax", "", 11, 11),
        ],
    },
    Break {
        name: "quote",
        lines: "  - name: Anna Ivanova\n    title: \"CFO",
        found: &[("yaml-syntax", "decision_group[1]", 12, 12)],
    },
    Break {
        name: "indent",
        lines: "  - name: Anna Ivanova\n     title: CFO",
        found: &[("yaml-syntax", "decision_group[1]", 12, 11)],
    },
    Break {
        name: "second-document",
        lines: "  - name: Anna Ivanova\n---\n    title: CFO",
        found: &[("yaml-syntax", "", 12, 1)],
    },
    // The end marker `...` with more after it: named at the `...`, not as
    // a `---` that is not there.
    Break {
        name: "document-end",
        lines: "  - name: Anna Ivanova\n...\n    title: CFO",
        found: &[("yaml-syntax", "", 12, 1)],
    },
];

/// A folder holding the dossier with `lines` in place of `{BREAK}`, as
/// `<name>.yaml`, next to a valid dossier.
fn folder(name: &str, lines: &str) -> Scratch {
    let dir = scratch(&format!("syntax-break-{name}"));
    std::fs::write(
        dir.join(format!("{name}.yaml")),
        DOSSIER.replace("{BREAK}", lines),
    )
    .unwrap();
    std::fs::write(
        dir.join("valid.yaml"),
        DOSSIER
            .replace("{BREAK}", "  - name: Anna Ivanova\n    title: CFO")
            .replace("  indusry: Молочная продукция\n  headcount: many\n", "")
            .replace("    threat: huge\n    ceo: Ivan\n", ""),
    )
    .unwrap();
    dir
}

fn check_json(dir: &Path, name: &str) -> (Run, Vec<(String, String, u64, u64)>) {
    let run = dossier_in(dir, &["check", &format!("{name}.yaml"), "--format", "json"]);
    let found = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["key"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    (run, found)
}

fn owned(found: &[Found]) -> Vec<(String, String, u64, u64)> {
    found
        .iter()
        .map(|(code, key, line, column)| ((*code).to_owned(), (*key).to_owned(), *line, *column))
        .collect()
}

/// Without a break, the four problems are all found: the ones past a break
/// below are left out because of the break, not because they are not there.
#[test]
fn without_a_break_every_problem_is_found() {
    let dir = folder("whole", "  - name: Anna Ivanova\n    title: CFO");
    let (run, found) = check_json(&dir, "whole");
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(found, owned(&[BEFORE[0], BEFORE[1], AFTER[0], AFTER[1]]));
}

#[test]
fn check_json_reports_the_break_and_every_problem_before_it_in_file_order() {
    for case in BREAKS {
        let dir = folder(case.name, case.lines);
        let (run, found) = check_json(&dir, case.name);
        assert_eq!(run.status, 1, "{}: {run}", case.name);
        let mut expected = owned(&BEFORE);
        expected.extend(owned(case.found));
        assert_eq!(found, expected, "{}: {run}", case.name);
    }
}

#[test]
fn check_text_reports_the_same_findings_in_the_same_order() {
    for case in BREAKS {
        let dir = folder(case.name, case.lines);
        let run = dossier_in(&dir, &["check", &format!("{}.yaml", case.name)]);
        assert_eq!(run.status, 1, "{}: {run}", case.name);
        let at: Vec<&str> = run
            .stdout
            .lines()
            .filter_map(|line| line.trim_start().strip_prefix("--> "))
            .collect();
        let expected: Vec<String> = BEFORE
            .iter()
            .chain(case.found)
            .map(|(_, _, line, column)| format!("{}.yaml:{line}:{column}", case.name))
            .collect();
        assert_eq!(at, expected, "{}: {run}", case.name);
        assert!(run.stdout.contains("error[yaml-syntax]"), "{run}");
        let errors = BEFORE.len() + case.found.len();
        assert!(
            run.stdout.contains(&format!("1 invalid; {errors} errors")),
            "{}: {run}",
            case.name
        );
    }
}

/// `review` names the syntax error as the reason the file is left out, not
/// the first of its other problems, and still reviews the valid dossier.
#[test]
fn review_gives_the_syntax_error_as_the_reason_a_file_is_left_out() {
    for case in BREAKS {
        let dir = folder(case.name, case.lines);
        let run = dossier_dir(&dir, &["review", "--all", "--as-of", "2026-11-28"]);
        assert_eq!(run.status, 2, "{}: {run}", case.name);
        let (_, _, line, column) = case.found[case.found.len() - 1];
        let reason = run
            .stderr
            .lines()
            .find(|l| l.contains(&format!("{}.yaml", case.name)))
            .unwrap_or_else(|| panic!("{}: no reason on stderr\n{run}", case.name));
        assert!(
            reason.contains(&format!("{}.yaml:{line}:{column}: ", case.name))
                && reason.contains("[yaml-syntax]"),
            "{}: {reason}",
            case.name
        );
        let more = BEFORE.len() + case.found.len() - 1;
        assert!(
            reason.contains(&format!("and {more} more errors")),
            "{reason}"
        );
        assert!(run.stdout.contains("Марина Белова"), "{run}");
        let list = dossier_dir(&dir, &["list"]);
        assert!(
            list.stderr.contains("[yaml-syntax]") && !list.stderr.contains("[unknown-key]"),
            "{}: {list}",
            case.name
        );
    }
}

/// What comes before a syntax break is read as any broken file's is: a
/// dossier whose break comes after its client and review date is listed by
/// `review` and `list` (with the break on stderr, exit 2), as one with a
/// misspelt key is; one whose break comes before its client's name is left
/// out, since a row needs a name.
#[test]
fn the_lines_before_a_break_are_read_for_the_portfolio() {
    let dir = scratch("syntax-break-portfolio");
    let late = DOSSIER.replace("{BREAK}\n", "") + "extra: [unclosed\n";
    std::fs::write(dir.join("late.yaml"), late).unwrap();
    let early = DOSSIER.replace("{BREAK}\n", "").replace(
        "client:\n  name: Молочный завод",
        "client: {name: Молочный завод",
    );
    std::fs::write(dir.join("early.yaml"), early).unwrap();

    let review = dossier_dir(
        &dir,
        &[
            "review",
            "--all",
            "--as-of",
            "2026-11-28",
            "--format",
            "json",
        ],
    );
    assert_eq!(review.status, 2, "{review}");
    let rows = review.json();
    let ids: Vec<&str> = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|row| row["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["late"], "{review}");
    assert_eq!(rows[0]["client"], "Молочный завод", "{review}");
    assert_eq!(rows[0]["last_reviewed"], "2026-09-01", "{review}");
    let late_line = review
        .stderr
        .lines()
        .find(|line| line.contains("late.yaml"))
        .expect("late named");
    assert!(
        late_line.contains("[yaml-syntax]") && !late_line.contains("left out"),
        "{review}"
    );
    let early_line = review
        .stderr
        .lines()
        .find(|line| line.contains("early.yaml"))
        .expect("early named");
    assert!(
        early_line.contains("[yaml-syntax]")
            && early_line.ends_with("left out: the file cannot be read until this is fixed"),
        "{review}"
    );

    let list = dossier_dir(&dir, &["list", "--format", "json"]);
    assert_eq!(list.status, 2, "{list}");
    let rows = list.json();
    let listed: Vec<&str> = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|row| row["id"].as_str().expect("id"))
        .collect();
    assert_eq!(listed, ["late"], "{list}");
}

/// `...` ends the one document of a file; with nothing but comments after
/// it the file is well-formed (YAML 1.2, "Document Markers"), and with more
/// after it the message names the `...` it found, in either language.
#[test]
fn an_end_marker_alone_ends_the_document() {
    let dir = folder("end", "  - name: Anna Ivanova\n    title: CFO");
    let valid = std::fs::read_to_string(dir.join("valid.yaml")).unwrap();
    let before = dossier_in(&dir, &["check", "valid.yaml"]);
    std::fs::write(dir.join("valid.yaml"), format!("{valid}...\n# the end\n")).unwrap();
    let run = dossier_in(&dir, &["check", "valid.yaml"]);
    assert_eq!(
        (run.status, &run.stdout),
        (before.status, &before.stdout),
        "{run}"
    );

    std::fs::write(dir.join("valid.yaml"), format!("{valid}...\nnotes: x\n")).unwrap();
    let run = dossier_in(&dir, &["check", "valid.yaml"]);
    assert!(run.stdout.contains("error[yaml-syntax]"), "{run}");
    assert!(
        run.stdout
            .contains("the document ends here (`...`) and more follows"),
        "{run}"
    );
    assert!(!run.stdout.contains("(`---`)"), "{run}");
    let run = dossier_in(&dir, &["--lang", "ru", "check", "valid.yaml"]);
    assert!(
        run.stdout
            .contains("здесь документ YAML заканчивается (`...`)"),
        "{run}"
    );
}
