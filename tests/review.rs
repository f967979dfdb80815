//! `dossier review` end to end, always `--as-of 2026-11-28` so the answers
//! never change. Each fixture's first line says where its dossier stands.

mod common;

use common::{
    Dossier, Run, bundled, cells, columns, dossier, dossier_in, fixture, fixtures, one_line,
    parse_csv, root, strip_ansi,
};
use serde_json::Value;

const AS_OF: &str = "2026-11-28";

fn review(folder: &str, extra: &[&str]) -> Run {
    let dir = fixture("review", folder);
    let mut args = vec!["--dir", dir.as_str(), "review", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    dossier(&args)
}

/// (id, status, days_overdue) of every JSON row, in order.
fn standings(run: &Run) -> Vec<(String, String, i64)> {
    run.json()
        .as_array()
        .unwrap_or_else(|| panic!("not a JSON array\n{run}"))
        .iter()
        .map(|row| {
            (
                row["id"].as_str().unwrap().to_owned(),
                row["status"].as_str().unwrap().to_owned(),
                row["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn owned(rows: &[(&str, &str, i64)]) -> Vec<(String, String, i64)> {
    rows.iter()
        .map(|&(id, status, days)| (id.to_owned(), status.to_owned(), days))
        .collect()
}

#[test]
fn most_overdue_first_with_ties_by_id() {
    let run = review("portfolio", &["--format", "json"]);
    assert_eq!(run.status, 1, "something is overdue\n{run}");
    assert_eq!(run.stderr, "", "{run}");
    assert_eq!(
        standings(&run),
        owned(&[
            ("baltic-steel", "overdue", 69),
            ("uraltekhsnab", "overdue", 69),
            ("nordhafen-foods", "overdue", 49),
            ("romashka", "due_soon", -2),
            ("brightline-retail", "due_soon", -7),
        ])
    );
}

#[test]
fn json_rows_have_exactly_the_contract_keys() {
    let run = review("portfolio", &["--format", "json"]);
    let rows = run.json();
    let first = &rows[0];
    let keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "id",
        "client",
        "account_manager",
        "last_reviewed",
        "due",
        "status",
        "days_overdue",
        "path",
        "actions_overdue",
        "review_without_changes",
    ];
    let mut keys_sorted = keys.clone();
    keys_sorted.sort_unstable();
    expected.sort_unstable();
    assert_eq!(keys_sorted, expected, "{run}");
    assert_eq!(first["client"], "Baltic Steel AS");
    assert_eq!(first["account_manager"], "Daniel Weber");
    assert_eq!(first["last_reviewed"], "2026-06-20");
    assert_eq!(first["due"], "2026-09-20");
    let path = first["path"].as_str().unwrap();
    assert!(path.ends_with("portfolio/emea/baltic-steel.yaml"), "{path}");
    // Month-end clamping and a per-dossier interval, as the contract computes them.
    let romashka = &rows[3];
    assert_eq!(romashka["client"], "ООО «Ромашка»");
    assert_eq!(romashka["due"], "2026-11-30");
    assert_eq!(rows[2]["due"], "2026-10-10", "interval_months: 2");
}

#[test]
fn all_lists_every_dossier() {
    let run = review("portfolio", &["--all", "--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(
        standings(&run),
        owned(&[
            ("baltic-steel", "overdue", 69),
            ("uraltekhsnab", "overdue", 69),
            ("nordhafen-foods", "overdue", 49),
            ("romashka", "due_soon", -2),
            ("brightline-retail", "due_soon", -7),
            ("severstroy", "ok", -53),
            ("acme-europe", "ok", -79),
        ])
    );
}

#[test]
fn owner_ignores_case_and_spacing() {
    // One dossier spells the manager `иван   петров`, the other `Иван Петров`.
    let run = review(
        "portfolio",
        &["--owner", "  ИВАН  Петров ", "--all", "--format", "json"],
    );
    assert_eq!(run.status, 0, "nothing of his is overdue\n{run}");
    assert_eq!(
        standings(&run),
        owned(&[("romashka", "due_soon", -2), ("severstroy", "ok", -53)])
    );

    let run = review(
        "portfolio",
        &["--owner", "daniel weber", "--format", "json"],
    );
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(run.json_ids(), ["baltic-steel", "nordhafen-foods"]);
}

#[test]
fn an_unknown_owner_is_an_error_with_a_suggestion() {
    let run = review("portfolio", &["--owner", "Maria Lopes"]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stdout, "", "{run}");
    assert!(run.stderr.contains("did you mean `Maria Lopez`?"), "{run}");
}

#[test]
fn table_has_a_summary_line() {
    let run = review("portfolio", &[]);
    assert_eq!(run.status, 1, "{run}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        [
            "Client", "Account", "manager", "Last", "reviewed", "Due", "Days", "overdue", "Status"
        ],
        "{run}"
    );
    assert_eq!(
        lines.len(),
        2 + 5 + 2 + 4,
        "header, dashes, rows, blank, summary, one line per account manager\n{run}"
    );
    assert_eq!(lines[7], "", "{run}");
    assert_eq!(lines[8], "3 overdue, 2 due soon, 2 current", "{run}");
    assert!(
        !run.stdout.contains('\x1b'),
        "no colour off a terminal\n{run}"
    );
}

/// The table's columns, cut where the dashes under the header say, give back
/// exactly the JSON's values, with Cyrillic and Latin names side by side.
#[test]
fn table_columns_line_up_with_cyrillic_names() {
    let table = review("portfolio", &["--all"]);
    let json = review("portfolio", &["--all", "--format", "json"]).json();
    let lines: Vec<&str> = table.stdout.lines().collect();
    let columns = columns(lines[1]);
    assert_eq!(columns.len(), 6, "{table}");
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 7);
    for (line, row) in lines[2..9].iter().zip(rows) {
        let status = match row["status"].as_str().unwrap() {
            "due_soon" => "due soon",
            other => other,
        };
        let expected = [
            row["client"].as_str().unwrap().to_owned(),
            one_line(row["account_manager"].as_str().unwrap()),
            row["last_reviewed"].as_str().unwrap().to_owned(),
            row["due"].as_str().unwrap().to_owned(),
            row["days_overdue"].to_string(),
            status.to_owned(),
        ];
        assert_eq!(cells(line, &columns), expected, "{table}");
    }
    // Every line that holds a Cyrillic name has more bytes than characters,
    // so a byte-counting table would have failed above.
    assert!(lines.iter().any(|l| l.len() > l.chars().count() + 10));
}

#[test]
fn colour_only_when_asked_and_alignment_unchanged() {
    let dir = fixture("review", "portfolio");
    let plain = dossier(&["--dir", &dir, "review", "--as-of", AS_OF]);
    let coloured = Dossier::new().color_from_args().run(&[
        "--color", "always", "--dir", &dir, "review", "--as-of", AS_OF,
    ]);
    let line = |name: &str| {
        coloured
            .stdout
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no {name}\n{coloured}"))
    };
    let red = "\x1b[38;5;9m";
    let yellow = "\x1b[38;5;11m";
    assert!(line("Baltic Steel").contains(red), "{coloured}");
    assert!(line("Brightline").contains(yellow), "{coloured}");
    assert!(!line("Brightline").contains(red), "{coloured}");
    assert_eq!(strip_ansi(&coloured.stdout), plain.stdout);

    // `auto` off a terminal, and NO_COLOR even with `auto`: no colour.
    let auto = Dossier::new()
        .color_from_args()
        .env("NO_COLOR", "1")
        .run(&["--dir", &dir, "review", "--as-of", AS_OF]);
    assert_eq!(auto.stdout, plain.stdout);
}

#[test]
fn csv_has_a_header_and_quotes_what_needs_quoting() {
    let run = review("portfolio", &["--all", "--format", "csv"]);
    assert_eq!(run.status, 1, "{run}");
    let records = parse_csv(&run.stdout);
    assert_eq!(
        records[0],
        [
            "id",
            "client",
            "account_manager",
            "last_reviewed",
            "due",
            "status",
            "days_overdue",
            "path",
            "actions_overdue",
            "review_without_changes"
        ]
    );
    assert_eq!(records.len(), 1 + 7, "{run}");
    let acme = records.iter().find(|r| r[0] == "acme-europe").unwrap();
    assert_eq!(acme[1], "ACME, Logistics \"Europe\" GmbH");
    assert_eq!(acme[5], "ok");
    assert_eq!(acme[6], "-79");
    assert!(
        run.stdout
            .contains("\"ACME, Logistics \"\"Europe\"\" GmbH\""),
        "{run}"
    );
    let ural = &records[2];
    assert_eq!(
        ural[..7],
        [
            "uraltekhsnab",
            "АО «Уралтехснаб»",
            "Марина Белова",
            "2026-06-20",
            "2026-09-20",
            "overdue",
            "69"
        ]
    );
}

#[test]
fn quiet_prints_nothing_when_all_is_current() {
    let run = review("quiet", &["--quiet"]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.stdout, "", "{run}");
    assert_eq!(run.stderr, "", "{run}");
    for format in ["json", "csv"] {
        let run = review("quiet", &["--quiet", "--all", "--format", format]);
        assert_eq!((run.status, run.stdout.as_str()), (0, ""), "{run}");
    }
    // Without --quiet the summary still says where things stand.
    let run = review("quiet", &[]);
    assert!(
        run.stdout.starts_with("0 overdue, 0 due soon, 2 current\n"),
        "{run}"
    );
}

#[test]
fn quiet_prints_the_usual_report_when_there_is_work() {
    let quiet = review("portfolio", &["--quiet"]);
    let loud = review("portfolio", &[]);
    assert_eq!(quiet.status, 1);
    assert_eq!(quiet.stdout, loud.stdout);
    // Due soon alone is work too, though nothing is overdue (exit 0).
    let run = review("portfolio", &["--quiet", "--owner", "Maria Lopez"]);
    assert_eq!(run.status, 0, "{run}");
    assert!(run.stdout.contains("Brightline Retail Inc."), "{run}");
}

#[test]
fn a_broken_file_is_named_and_the_others_still_reviewed() {
    let run = review("broken", &["--all", "--format", "json"]);
    assert_eq!(run.status, 2, "{run}");
    // The typo and the negative headcount do not hide their review dates.
    assert_eq!(
        standings(&run),
        owned(&[
            ("good", "overdue", 69),
            ("typo", "due_soon", -2),
            ("negative", "due_soon", -7),
        ])
    );
    let stderr: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(stderr.len(), 4, "one line per broken dossier\n{run}");
    let line = |name: &str| {
        *stderr
            .iter()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is not named\n{run}"))
    };
    assert!(line("typo.yaml:6:3:").contains("[unknown-key]"), "{run}");
    assert!(!line("typo.yaml").contains("left out"), "{run}");
    assert!(
        line("negative.yaml:6:14:").contains("[negative-number]"),
        "{run}"
    );
    assert!(line("syntax.yaml:").contains("[yaml-syntax]"), "{run}");
    assert!(line("syntax.yaml").contains("left out"), "{run}");
    assert!(
        line("bad-date.yaml:14:18:").contains("[invalid-date]"),
        "{run}"
    );
    assert!(line("bad-date.yaml").contains("left out"), "{run}");
    assert!(stderr.iter().all(|l| l.starts_with("dossier: error: ")));

    let table = review("broken", &[]);
    assert_eq!(table.status, 2);
    assert!(
        table.stdout.contains(
            "\n1 overdue, 2 due soon, 0 current, 1 unreadable, 1 without a review date\n"
        ),
        "{table}"
    );
    // The report counts the same two apart.
    let dir = fixture("review", "broken");
    let report = dossier(&["--dir", &dir, "report", "--as-of", AS_OF]);
    assert!(
        report
            .stdout
            .contains("1 could not be read · 1 without a review date</p>"),
        "{report}"
    );
}

#[test]
fn quiet_still_reports_trouble() {
    // Nothing overdue for Maria Lopez's one broken dossier, but it is broken: cron must mail.
    let run = review("broken", &["--quiet", "--owner", "Maria Lopez"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("negative.yaml"), "{run}");
    assert!(
        !run.stderr.contains("typo.yaml"),
        "another manager's dossier\n{run}"
    );
    // The unreadable ones may be anybody's, so they are named.
    assert!(run.stderr.contains("syntax.yaml"), "{run}");
}

#[test]
fn settings_are_found_from_a_sub_folder() {
    // dossier.yaml two levels up: dossiers_dir `accounts`, every 2 months, a 30-day window.
    let sub = fixtures("review").join("settings/accounts/emea");
    let run = dossier_in(&sub, &["review", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(
        standings(&run),
        owned(&[("north", "overdue", 8), ("south", "due_soon", -22)])
    );
    let rows = run.json();
    assert!(
        rows[0]["path"]
            .as_str()
            .unwrap()
            .ends_with("settings/accounts/emea/north.yaml"),
        "{run}"
    );
}

#[test]
fn dossier_dir_from_the_environment() {
    let dir = fixture("review", "portfolio");
    let run = Dossier::new()
        .color_from_args()
        .env("DOSSIER_DIR", &dir)
        .run(&["review", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(run.json_ids().len(), 5, "{run}");
    // --dir beats DOSSIER_DIR.
    let quiet = fixture("review", "quiet");
    let run = Dossier::new()
        .color_from_args()
        .env("DOSSIER_DIR", &dir)
        .run(&[
            "--dir", &quiet, "review", "--as-of", AS_OF, "--format", "json",
        ]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.json(), Value::Array(Vec::new()));
    // An empty DOSSIER_DIR (as a crontab may set it) is not set at all:
    // ./dossiers is used.
    let home = common::scratch("empty-dossier-dir");
    std::fs::create_dir_all(home.join("dossiers")).expect("create dossiers/");
    // (ACME's plan names nordhafen-foods: alone, it would not be valid.)
    std::fs::copy(
        common::root().join("dossiers/ru/romashka.yaml"),
        home.join("dossiers/romashka.yaml"),
    )
    .expect("copy a dossier");
    let run = Dossier::new()
        .color_from_args()
        .cwd(&home)
        .env("DOSSIER_DIR", "")
        .run(&["review", "--all", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.json_ids(), ["romashka"], "{run}");
}

#[test]
fn a_bad_date_is_a_usage_error() {
    let dir = fixture("review", "portfolio");
    let run = dossier(&["--dir", &dir, "review", "--as-of", "2026-02-30"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("2026-02-30"), "{run}");
    assert_eq!(run.stdout, "");
}

#[test]
fn a_missing_folder_is_trouble() {
    let run = dossier(&["--dir", "no-such-folder", "review", "--as-of", AS_OF]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("no-such-folder"), "{run}");
}

/// The bundled example dossiers, as a director would see them on 2026-11-28.
#[test]
fn the_bundled_dossiers_make_a_useful_table() {
    let dir = bundled();
    let run = dossier(&["--dir", &dir, "review", "--as-of", AS_OF]);
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(run.stderr, "", "the examples are valid\n{run}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    let columns = columns(lines[1]);
    let rows: Vec<Vec<String>> = lines[2..5].iter().map(|l| cells(l, &columns)).collect();
    assert_eq!(
        rows,
        [
            [
                "АО «Уралтехснаб»",
                "Марина Белова",
                "2026-06-20",
                "2026-09-20",
                "69",
                "overdue"
            ],
            [
                "Nordhafen Foods A/S",
                "Daniel Weber",
                "2026-08-10",
                "2026-10-10",
                "49",
                "overdue"
            ],
            [
                "Brightline Retail Inc.",
                "Maria Lopez",
                "2026-09-05",
                "2026-12-05",
                "-7",
                "due soon"
            ],
        ]
    );
    assert!(
        lines.contains(&"2 overdue, 1 due soon, 2 current"),
        "{lines:?}"
    );

    // And today, whatever day that is: a table or a summary, never trouble.
    let today = dossier(&["--dir", &dir, "review"]);
    assert!(matches!(today.status, 0 | 1), "{today}");
    assert!(today.stdout.contains(" overdue, "), "{today}");
}

/// The README shows real output: the review example is what the binary prints.
#[test]
fn the_readme_example_is_real_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("read README.md");
    let prompt = "$ dossier review --as-of 2026-11-28\n";
    let start = readme
        .find(prompt)
        .expect("the README shows `dossier review`")
        + prompt.len();
    let shown = &readme[start..start + readme[start..].find("```").unwrap()];
    let run = dossier_in(root(), &["review", "--as-of", AS_OF]);
    assert_eq!(run.stdout, shown, "{run}");
}
