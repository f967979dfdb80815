//! `dossier list` end to end on the fixtures under `tests/fixtures/review`.
//! `list` has no `--as-of`: statuses are checked against today's date.

mod common;

use chrono::NaiveDate;
use common::{Run, cells, columns, dossier, fixture, one_line, parse_csv};

fn list(folder: &str, extra: &[&str]) -> Run {
    let dir = fixture("review", folder);
    let mut args = vec!["--dir", dir.as_str(), "list"];
    args.extend_from_slice(extra);
    dossier(&args)
}

/// The status the contract gives a due date today, with the default 14-day window.
fn status_today(due: &str) -> &'static str {
    let due = NaiveDate::parse_from_str(due, "%Y-%m-%d").unwrap();
    let today = chrono::Local::now().date_naive();
    let days_left = (due - today).num_days();
    if days_left < 0 {
        "overdue"
    } else if days_left <= 14 {
        "due_soon"
    } else {
        "ok"
    }
}

#[test]
fn one_row_per_dossier_sorted_by_id() {
    let run = list("portfolio", &["--format", "json"]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.stderr, "", "{run}");
    assert_eq!(
        run.json_ids(),
        [
            "acme-europe",
            "baltic-steel",
            "brightline-retail",
            "nordhafen-foods",
            "romashka",
            "severstroy",
            "uraltekhsnab"
        ]
    );
}

#[test]
fn json_rows_carry_owner_sponsor_opportunity_and_next_review() {
    let run = list("portfolio", &["--format", "json"]);
    let rows = run.json();
    let baltic = &rows[1];
    assert_eq!(baltic["client"], "Baltic Steel AS");
    assert_eq!(baltic["account_manager"], "Daniel Weber");
    assert_eq!(baltic["executive_sponsor"], "Claire Dubois");
    assert_eq!(baltic["opportunity"]["currency"], "EUR");
    assert_eq!(baltic["opportunity"]["next_year"], 500_000.0);
    assert_eq!(baltic["opportunity"]["three_to_five_years"], 2_000_000.0);
    assert_eq!(baltic["last_reviewed"], "2026-06-20");
    assert_eq!(baltic["due"], "2026-09-20");
    assert_eq!(baltic["status"], "overdue");

    for row in rows.as_array().unwrap() {
        let due = row["due"].as_str().unwrap();
        assert_eq!(row["status"], status_today(due), "{row}");
    }
    let romashka = &rows[4];
    assert_eq!(romashka["executive_sponsor"], "", "none given");
    assert_eq!(romashka["due"], "2026-11-30");
    let brightline = &rows[2];
    assert_eq!(
        brightline["opportunity"]["next_year"],
        serde_json::Value::Null
    );
}

#[test]
fn table_shows_amounts_and_totals_per_currency() {
    let run = list("portfolio", &[]);
    assert_eq!(run.status, 0, "{run}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    let columns = columns(lines[1]);
    assert_eq!(columns.len(), 8, "{run}");
    let json = list("portfolio", &["--format", "json"]).json();
    for (line, row) in lines[2..9].iter().zip(json.as_array().unwrap()) {
        let cells = cells(line, &columns);
        assert_eq!(cells[0], row["id"].as_str().unwrap(), "{run}");
        assert_eq!(cells[1], row["client"].as_str().unwrap(), "{run}");
        assert_eq!(
            cells[2],
            one_line(row["account_manager"].as_str().unwrap()),
            "{run}"
        );
        assert_eq!(
            cells[3],
            row["executive_sponsor"].as_str().unwrap(),
            "{run}"
        );
        assert_eq!(cells[6], row["due"].as_str().unwrap(), "{run}");
        assert_eq!(
            cells[7],
            row["status"].as_str().unwrap().replace('_', " "),
            "{run}"
        );
    }
    let baltic = cells(lines[3], &columns);
    assert_eq!(baltic[4..6], ["500,000 EUR", "2,000,000 EUR"], "{run}");
    let severstroy = cells(lines[7], &columns);
    assert_eq!(severstroy[4..6], ["2,500,000.50 RUB", ""], "{run}");

    // Totals: every currency with an amount, in a table of its own.
    let totals_at = lines.iter().position(|l| l.starts_with("Total")).unwrap();
    let total_columns = common::columns(lines[totals_at + 1]);
    let totals: Vec<Vec<String>> = lines[totals_at + 2..totals_at + 4]
        .iter()
        .map(|l| cells(l, &total_columns))
        .collect();
    assert_eq!(
        totals,
        [
            ["EUR", "1,830,000", "7,300,000"],
            ["RUB", "68,500,000.50", "55,000,000"]
        ],
        "{run}"
    );
    assert_eq!(lines.last(), Some(&"7 dossiers"), "{run}");
}

#[test]
fn csv_is_flat_with_a_header() {
    let run = list("portfolio", &["--format", "csv"]);
    let records = parse_csv(&run.stdout);
    assert_eq!(
        records[0],
        [
            "id",
            "client",
            "account_manager",
            "executive_sponsor",
            "currency",
            "next_year",
            "three_to_five_years",
            "last_reviewed",
            "due",
            "status",
            "days_overdue",
            "path"
        ]
    );
    assert_eq!(records.len(), 8, "{run}");
    assert_eq!(records[1][1], "ACME, Logistics \"Europe\" GmbH");
    assert_eq!(records[1][5..7], ["950000", "4200000"]);
    let brightline = &records[3];
    assert_eq!(brightline[3], "James O'Connor");
    assert_eq!(brightline[4..7], ["", "", ""], "no opportunity given");
}

#[test]
fn owner_filters_ignoring_case() {
    let run = list("portfolio", &["--owner", "ИВАН ПЕТРОВ", "--format", "json"]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.json_ids(), ["romashka", "severstroy"]);
    let run = list("portfolio", &["--owner", "Daniel Webber"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("did you mean `Daniel Weber`?"), "{run}");
}

#[test]
fn a_broken_file_is_named_and_the_others_still_listed() {
    let run = list("broken", &["--format", "json"]);
    assert_eq!(run.status, 2, "{run}");
    // Only the file that is not YAML at all is left out; an unreadable date leaves its row without one.
    assert_eq!(run.json_ids(), ["bad-date", "good", "negative", "typo"]);
    let rows = run.json();
    assert_eq!(rows[0]["client"], "Bad Date GmbH");
    assert_eq!(rows[0]["due"], serde_json::Value::Null);
    assert_eq!(rows[0]["status"], serde_json::Value::Null);
    assert_eq!(rows[3]["client"], "Typo Trading");
    assert_eq!(rows[3]["due"], "2026-11-30");
    assert_eq!(run.stderr.lines().count(), 4, "{run}");
    assert!(
        run.stderr
            .lines()
            .any(|l| l.contains("syntax.yaml") && l.contains("left out")),
        "{run}"
    );
    assert!(
        run.stderr
            .lines()
            .any(|l| l.contains("bad-date.yaml") && !l.contains("left out")),
        "{run}"
    );

    let table = list("broken", &[]);
    let line = table
        .stdout
        .lines()
        .find(|l| l.starts_with("bad-date"))
        .unwrap();
    assert!(line.ends_with("unknown"), "{table}");
}

/// `list` on `tests/fixtures/money`: JPY (no minor unit), KWD and BHD
/// (three decimals), with `reporting` in USD and no rate for BHD.
fn list_money(lang: &str) -> Run {
    let dir = fixture("money", "dossiers");
    dossier(&["--dir", dir.as_str(), "--lang", lang, "list"])
}

/// The opportunity cells and the totals table of a `list` table, as text.
fn amounts_and_totals(run: &Run) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let lines: Vec<&str> = run.stdout.lines().collect();
    let rows_columns = columns(lines[1]);
    let amounts = lines[2..5]
        .iter()
        .map(|line| cells(line, &rows_columns)[4..6].to_vec())
        .collect();
    let totals_at = lines[5..]
        .iter()
        .position(|l| l.starts_with('-'))
        .map(|at| at + 5)
        .unwrap_or_else(|| panic!("no totals table\n{run}"));
    let total_columns = columns(lines[totals_at]);
    let totals = lines[totals_at + 1..totals_at + 5]
        .iter()
        .map(|line| cells(line, &total_columns))
        .collect();
    (amounts, totals)
}

/// Each amount has its currency's own decimals (ISO 4217: none for JPY,
/// three for KWD and BHD), and one written with more (half a yen) is shown
/// as written, never rounded; a total no dossier gives an amount for (three
/// to five years in JPY and KWD; in USD, where only BHD has one and no rate)
/// is blank, not `0`.
#[test]
fn amounts_take_their_currency_s_decimals_and_totals_of_nothing_stay_blank() {
    let run = list_money("en");
    assert_eq!(run.status, 0, "{run}");
    let (amounts, totals) = amounts_and_totals(&run);
    assert_eq!(
        amounts,
        [
            ["80,000.125 BHD", "400,000 BHD"],
            ["1,250,000.500 KWD", ""],
            ["150,000,000.5 JPY", ""],
        ],
        "{run}"
    );
    assert_eq!(
        totals,
        [
            ["BHD", "80,000.125", "400,000"],
            ["JPY", "150,000,000.5", ""],
            ["KWD", "1,250,000.500", ""],
            ["All in USD without BHD", "5,037,502", ""],
        ],
        "{run}"
    );

    let run = list_money("ru");
    assert_eq!(run.status, 0, "{run}");
    let (amounts, totals) = amounts_and_totals(&run);
    let nbsp = |text: &str| text.replace(' ', "\u{a0}");
    assert_eq!(
        amounts,
        [
            [nbsp("80 000,125") + " BHD", nbsp("400 000") + " BHD"],
            [nbsp("1 250 000,500") + " KWD", String::new()],
            [nbsp("150 000 000,5") + " JPY", String::new()],
        ],
        "{run}"
    );
    assert_eq!(
        totals,
        [
            ["BHD".to_owned(), nbsp("80 000,125"), nbsp("400 000")],
            ["JPY".to_owned(), nbsp("150 000 000,5"), String::new()],
            ["KWD".to_owned(), nbsp("1 250 000,500"), String::new()],
            [
                "Всего в USD без BHD".to_owned(),
                nbsp("5 037 502"),
                String::new()
            ],
        ],
        "{run}"
    );

    // What scripts read keeps the amounts as the files write them.
    let dir = fixture("money", "dossiers");
    let csv = dossier(&["--dir", dir.as_str(), "list", "--format", "csv"]);
    let records = parse_csv(&csv.stdout);
    let opportunity: Vec<&[String]> = records[1..].iter().map(|r| &r[4..7]).collect();
    assert_eq!(
        opportunity,
        [
            ["BHD", "80000.125", "400000"],
            ["KWD", "1250000.5", ""],
            ["JPY", "150000000.5", ""],
        ],
        "{csv}"
    );
}
