//! The sales director's portfolio end to end, on `tests/fixtures/portfolio`:
//! three account managers (one written two ways), three currencies, an
//! archived dossier and one client with two dossiers. Reviews are judged
//! `--as-of 2026-11-28` so the answers never change.

mod common;

use common::{Run, Scratch, dossier_in, fixtures, scratch};
use serde_json::Value;
use std::path::PathBuf;

const AS_OF: &str = "2026-11-28";

fn home() -> PathBuf {
    fixtures("portfolio")
}

/// Runs `dossier ARGS` in the fixture's folder, so its `dossier.yaml` applies.
fn here(args: &[&str]) -> Run {
    dossier_in(home(), args)
}

fn ids(run: &Run) -> Vec<String> {
    run.json_ids()
}

// ------------------------------------------------------------ archived, --all

#[test]
fn an_archived_dossier_is_checked_for_errors_only() {
    let run = here(&["check", "--format", "json"]);
    assert_eq!(run.status, 0, "warnings only\n{run}");
    let json = run.json();
    assert_eq!(json["files"], 7);
    let archived: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"].as_str().unwrap().contains("archive/"))
        .collect();
    assert_eq!(archived, Vec::<&Value>::new(), "no warnings: {archived:?}");

    // Its errors still count.
    let dir = scratch("archived-error");
    std::fs::write(
        dir.join("old.yaml"),
        "version: 1\nstatus: archived\nclient: {name: Old}\ncompany_view: {account_manager: Y}\ndecision_group: []\ncompetitors: []\nreview: {last_reviewed: 2026-02-30}\n",
    )
    .unwrap();
    let run = dossier_in(&dir, &["check", "old.yaml", "--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    let json = run.json();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["invalid-date"]);
}

#[test]
fn a_status_outside_its_list_is_invalid_value_with_a_suggestion() {
    let dir = scratch("archived-typo");
    std::fs::write(
        dir.join("old.yaml"),
        "version: 1\nstatus: archive\nclient: {name: Old}\ncompany_view: {account_manager: Y}\ndecision_group: []\ncompetitors: []\nreview: {last_reviewed: 2026-01-30}\n",
    )
    .unwrap();
    let run = dossier_in(&dir, &["check", "old.yaml", "--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    let first = &run.json()["diagnostics"][0];
    assert_eq!(first["code"], "invalid-value");
    assert_eq!(first["key"], "status");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(2), Some(9))
    );
    let message = first["message"].as_str().unwrap();
    assert!(message.contains("did you mean `archived`"), "{message}");
    assert!(message.contains("`active`, `archived`"), "{message}");
}

#[test]
fn review_leaves_archived_dossiers_out_unless_all() {
    let run = here(&["review", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(run.stderr, "", "{run}");
    assert_eq!(
        ids(&run),
        [
            "baltic-steel",
            "romashka",
            "uraltekhsnab",
            "brightline-retail"
        ]
    );
    let run = here(&["review", "--as-of", AS_OF, "--format", "json", "--all"]);
    let ids = ids(&run);
    assert_eq!(ids.len(), 7, "{ids:?}");
    assert_eq!(ids[0], "romashka-2019", "archived, most overdue: {ids:?}");
}

#[test]
fn list_leaves_archived_dossiers_out_of_rows_and_totals_unless_all() {
    let active = here(&["list", "--format", "json"]);
    assert_eq!(active.status, 0, "{active}");
    assert_eq!(
        ids(&active),
        [
            "baltic-steel",
            "brightline-europe",
            "brightline-retail",
            "nordhafen-foods",
            "romashka",
            "uraltekhsnab"
        ]
    );
    let table = here(&["list"]);
    assert!(!table.stdout.contains("99,000,000"), "{table}");
    assert!(table.stdout.contains("6 dossiers"), "{table}");

    let all = here(&["list", "--all", "--format", "json"]);
    assert_eq!(ids(&all).len(), 7);
    assert!(ids(&all).contains(&"romashka-2019".to_owned()));
    let table = here(&["list", "--all"]);
    assert!(table.stdout.contains("99,000,000"), "{table}");
}

#[test]
fn report_leaves_archived_dossiers_out_unless_all() {
    let page = here(&["report", "--as-of", AS_OF]);
    assert_eq!(page.status, 0, "{page}");
    assert!(page.stdout.contains("Baltic Steel AS"));
    assert!(!page.stdout.contains("romashka-2019"), "archived shown");
    let page = here(&["report", "--as-of", AS_OF, "--all"]);
    assert!(page.stdout.contains("romashka-2019"), "archived missing");
}

// ------------------------------------------------------------ duplicate-client

fn diagnostics_with(run: &Run, code: &str) -> Vec<Value> {
    run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .cloned()
        .collect()
}

#[test]
fn duplicate_client_warns_at_the_second_in_path_order_naming_the_first() {
    let run = here(&["check", "--format", "json"]);
    let found = diagnostics_with(&run, "duplicate-client");
    assert_eq!(found.len(), 1, "{found:?}");
    let warning = &found[0];
    assert_eq!(warning["path"], "dossiers/emea/brightline-europe.yaml");
    assert_eq!(warning["severity"], "warning");
    assert_eq!(warning["key"], "client.name");
    assert_eq!(
        (warning["line"].as_u64(), warning["column"].as_u64()),
        (Some(5), Some(9))
    );
    assert_eq!(
        warning["message"],
        "dossiers/americas/brightline-retail.yaml already has the client `Brightline Retail Inc.`; keep one dossier per client (merge the two, or mark the old one `status: archived`)"
    );
    // The archived Ромашка does not warn against the active one, nor it against it.
    let text = here(&["check"]).stdout;
    assert!(text.contains("warning[duplicate-client]"), "{text}");
    assert!(
        text.contains("5 |   name: BRIGHTLINE  Retail Inc."),
        "{text}"
    );
}

#[test]
fn duplicate_client_is_an_error_with_strict_and_only_among_the_files_checked() {
    let strict = here(&["check", "--strict", "--format", "json"]);
    assert_eq!(strict.status, 1);
    let found = diagnostics_with(&strict, "duplicate-client");
    assert_eq!(found[0]["severity"], "error");

    let one = here(&[
        "check",
        "dossiers/emea/brightline-europe.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(
        diagnostics_with(&one, "duplicate-client"),
        Vec::<Value>::new()
    );
    let two = here(&[
        "check",
        "dossiers/emea/brightline-europe.yaml",
        "dossiers/americas",
        "--format",
        "json",
    ]);
    assert_eq!(diagnostics_with(&two, "duplicate-client").len(), 1);
}

#[test]
fn a_returning_client_does_not_warn_against_its_archived_dossier() {
    let dir = scratch("returning-client");
    let dossier = |status: &str| {
        format!(
            "version: 1\n{status}client: {{name: ООО «Ромашка»}}\ncompany_view: {{account_manager: Y}}\ndecision_group: []\ncompetitors: []\nreview: {{last_reviewed: 2026-01-30}}\n"
        )
    };
    std::fs::write(dir.join("a-old.yaml"), dossier("status: archived\n")).unwrap();
    std::fs::write(dir.join("b-new.yaml"), dossier("")).unwrap();
    let run = dossier_in(&dir, &["check", ".", "--format", "json"]);
    assert_eq!(
        diagnostics_with(&run, "duplicate-client"),
        Vec::<Value>::new()
    );
    // Made active again, the old one is the first and the new one warns.
    std::fs::write(dir.join("a-old.yaml"), dossier("status: active\n")).unwrap();
    let run = dossier_in(&dir, &["check", ".", "--format", "json"]);
    let found = diagnostics_with(&run, "duplicate-client");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["path"], "b-new.yaml");
}

// ------------------------------------------------------------ reporting currency

/// A scratch home whose `dossier.yaml` is `settings` and whose dossiers are the fixture's.
fn home_with(settings: &str) -> Scratch {
    let dir = scratch("reporting");
    let dossiers = home().join("dossiers");
    std::fs::write(
        dir.join("dossier.yaml"),
        format!("dossiers_dir: {}\n{settings}", dossiers.display()),
    )
    .unwrap();
    dir
}

#[test]
fn list_totals_gain_a_line_in_the_reporting_currency() {
    let run = here(&["list"]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.stderr, "", "{run}");
    let totals = run.stdout.split("\n\n").nth(1).unwrap();
    assert_eq!(
        totals,
        "Total           Next year    3-5 years
----------- -------------- -----------
EUR            700,000.25    2,000,000
RUB         30,500,000.50   55,000,000
USD               300,000    1,000,000
All in RUB    126,450,025  342,000,000"
    );
    // The README shows this very output.
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let example = readme
        .split("### One reporting currency")
        .nth(1)
        .and_then(|rest| rest.split("```text\n").nth(1))
        .and_then(|block| block.split("```").next())
        .unwrap();
    let shown = example.split("...\n").nth(1).unwrap();
    assert!(
        run.stdout.ends_with(shown),
        "README shows:\n{shown}\nbut list says:\n{}",
        run.stdout
    );
    let russian = here(&["--lang", "ru", "list"]);
    assert!(
        russian
            .stdout
            .contains("Всего в RUB    126\u{a0}450\u{a0}025  342\u{a0}000\u{a0}000"),
        "{russian}"
    );
    // 700,000.25 EUR x 98.5 = 68,950,024.625; + 30,500,000.50 + 27,000,000 = 126,450,025.125.
    let page = here(&["report", "--as-of", AS_OF]);
    assert!(
        page.stdout
            .contains("<tfoot><tr><th>All in RUB</th><td class=\"num\">126,450,025\u{a0}RUB</td>"),
        "{page}"
    );
}

#[test]
fn a_currency_without_a_rate_is_shown_apart_and_named_on_stderr() {
    let dir = home_with("reporting:\n  currency: RUB\n  rates:\n    EUR: 98.5\n");
    let run = dossier_in(&dir, &["list"]);
    assert_eq!(run.status, 0, "the exit code does not change\n{run}");
    assert!(
        run.stdout.contains(
            "USD                           300,000    1,000,000\nAll in RUB without USD     99,450,025  252,000,000"
        ),
        "{run}"
    );
    assert_eq!(
        run.stderr,
        "dossier: warning: dossier.yaml:5:5: no rate for USD in `reporting.rates`; amounts in it are shown apart, outside the RUB total (add `USD: …` under `rates:`, in RUB per one unit)\n"
    );
    let page = dossier_in(&dir, &["report"]);
    assert_eq!(page.status, 0, "{page}");
    assert!(page.stderr.contains("no rate for USD"), "{page}");
    assert!(page.stdout.contains("All in RUB without USD"), "{page}");
}

#[test]
fn bad_reporting_settings_name_their_place_and_exit_2() {
    let dir = home_with(
        "reporting:\n  currency: rub\n  rates:\n    EUR: 98,5\n    USD: 0\n    usd: 90\n",
    );
    let run = dossier_in(&dir, &["list"]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stdout, "", "{run}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{run}");
    assert_eq!(
        lines[0],
        "dossier: error: dossier.yaml:3:13: `reporting.currency` is `rub`, not an active ISO 4217 code (did you mean `RUB`?); write three capital letters such as `RUB`, `EUR` or `USD`"
    );
    assert_eq!(
        lines[1],
        "dossier: error: dossier.yaml:5:10: `reporting.rates.EUR` is `98,5`, expected a positive number: how many units of the reporting currency one `EUR` is worth; write 98.5"
    );
    assert!(lines[2].starts_with("dossier: error: dossier.yaml:6:10: `reporting.rates.USD` is `0`, expected a positive number"), "{run}");
    assert!(lines[3].starts_with("dossier: error: dossier.yaml:7:10: `reporting.rates.usd`: `usd` is not an active ISO 4217 code (did you mean `USD`?)"), "{run}");
}

#[test]
fn a_thousand_dossiers_total_to_the_kopeck() {
    // 500 dossiers of 0.10 EUR and 500 of 0.01 RUB at 98.55 RUB per EUR:
    // exactly 4,927.50 + 5.00 = 4,932.50, rounded half away from zero to
    // 4,933. Summed in f64 the EUR part is 49.99999999999929 and the total
    // 4,932.4999…, which would round to 4,932.
    let dir = scratch("kopecks");
    std::fs::write(
        dir.join("dossier.yaml"),
        "reporting:\n  currency: RUB\n  rates:\n    EUR: 98.55\n",
    )
    .unwrap();
    let dossiers = dir.join("dossiers");
    std::fs::create_dir_all(&dossiers).unwrap();
    for n in 0..1000 {
        let (currency, amount) = if n % 2 == 0 {
            ("EUR", "0.1")
        } else {
            ("RUB", "0.01")
        };
        std::fs::write(
            dossiers.join(format!("client-{n:04}.yaml")),
            format!(
                "version: 1\nclient: {{name: Client {n}}}\ncompany_view:\n  account_manager: Y\n  opportunity: {{currency: {currency}, next_year: {amount}}}\ndecision_group: []\ncompetitors: []\nreview: {{last_reviewed: 2026-11-01}}\n"
            ),
        )
        .unwrap();
    }
    let run = dossier_in(&dir, &["list"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let totals = run.stdout.split("\n\n").nth(1).unwrap();
    let rows: Vec<Vec<&str>> = totals
        .lines()
        .skip(2)
        .map(|line| {
            line.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    // No dossier gives three to five years: that column stays blank.
    assert_eq!(rows[0], ["EUR", "50"]);
    assert_eq!(rows[1], ["RUB", "5"]);
    assert_eq!(rows[2], ["All in RUB", "4,933"]);
}

// ------------------------------------------------------------ per manager

#[test]
fn review_ends_with_one_line_per_account_manager_in_table_format_only() {
    let run = here(&["review", "--as-of", AS_OF]);
    assert_eq!(run.status, 1, "{run}");
    let tail: Vec<&str> = run.stdout.lines().rev().take(4).collect();
    assert_eq!(
        tail,
        [
            "Марина Белова: 1 overdue, 1 due soon",
            "Ivan Petrov: 0 overdue, 1 due soon",
            "Daniel Weber: 1 overdue, 0 due soon",
            "2 overdue, 2 due soon, 2 current",
        ],
        "`марина  белова` is the same manager\n{run}"
    );
    // The README shows this very ending.
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let example = readme
        .split("### The Monday mail, per manager")
        .nth(1)
        .and_then(|rest| rest.split("```text\n").nth(1))
        .and_then(|block| block.split("```").next())
        .unwrap();
    let shown = example.split_once('\n').unwrap().1;
    assert_eq!(run.stdout, shown, "the README shows this output");
    let russian = here(&["--lang", "ru", "review", "--as-of", AS_OF]);
    assert!(
        russian
            .stdout
            .ends_with("Марина Белова: 1 просрочено, 1 скоро срок\n"),
        "{russian}"
    );
    let owner = here(&["review", "--as-of", AS_OF, "--owner", "МАРИНА белова"]);
    assert!(
        owner
            .stdout
            .ends_with("1 overdue, 1 due soon, 0 current\nМарина Белова: 1 overdue, 1 due soon\n"),
        "{owner}"
    );
    // Archived dossiers count only with --all.
    let all = here(&["review", "--as-of", AS_OF, "--all"]);
    assert!(
        all.stdout.contains("Ivan Petrov: 1 overdue, 1 due soon\n"),
        "{all}"
    );
    for format in ["json", "csv"] {
        let run = here(&["review", "--as-of", AS_OF, "--format", format]);
        assert!(!run.stdout.contains("Daniel Weber: "), "{format}\n{run}");
    }
}

#[test]
fn report_owner_is_one_managers_page() {
    let page = here(&["report", "--as-of", AS_OF, "--owner", "марина  белова"]);
    assert_eq!(page.status, 0, "{page}");
    assert!(
        page.stdout
            .contains("<h1>Key accounts of Марина Белова</h1>"),
        "{page}"
    );
    assert!(page.stdout.contains("id=\"dossier-romashka\""), "{page}");
    assert!(
        page.stdout.contains("id=\"dossier-uraltekhsnab\""),
        "{page}"
    );
    assert!(!page.stdout.contains("Baltic Steel AS"), "someone else's");
    assert!(!page.stdout.contains("romashka-2019"), "archived");
    // Her totals only: 18,000,000 + 12,500,000.50 RUB.
    assert!(
        page.stdout
            .contains("<tfoot><tr><th>All in RUB</th><td class=\"num\">30,500,001\u{a0}RUB</td>"),
        "{page}"
    );
}

#[test]
fn report_owner_who_manages_nothing_exits_2_with_a_suggestion() {
    let run = here(&["report", "--owner", "Ivan Petrof"]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stdout, "", "{run}");
    assert!(run.stderr.contains("did you mean `Ivan Petrov`?"), "{run}");
}
