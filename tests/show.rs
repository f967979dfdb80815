//! `dossier show` end to end, on the bundled dossiers and the broken fixtures.

mod common;

use common::{Run, bundled, cells, columns, dossier, fixture, fixtures, scratch};
use std::path::Path;

fn show(dir: &str, id: &str, extra: &[&str]) -> Run {
    let mut args = vec!["--dir", dir, "show", id];
    args.extend_from_slice(extra);
    dossier(&args)
}

#[test]
fn sections_come_in_the_order_of_the_methodology() {
    let run = show(&bundled(), "romashka", &[]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.stderr, "", "{run}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "ООО «Ромашка»");
    assert!(lines[1].starts_with("romashka · "), "{run}");
    let headings = [
        "1. General information",
        "2. Our view",
        "3. Decision group",
        "4. Competition",
        "Review",
        "Gaps",
    ];
    let positions: Vec<usize> = headings
        .iter()
        .map(|h| {
            lines
                .iter()
                .position(|l| l == h)
                .unwrap_or_else(|| panic!("no heading {h}\n{run}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{run}");
    assert!(
        run.stdout
            .contains("  Industry            Дистрибуция продуктов питания\n"),
        "{run}"
    );
    assert!(
        run.stdout.contains("  Executive sponsor   (none)\n"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("    Next year         18,000,000 RUB\n"),
        "{run}"
    );
}

#[test]
fn the_decision_group_is_a_table() {
    let run = show(&bundled(), "romashka", &[]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "3. Decision group")
        .unwrap();
    let header = lines[at + 1];
    assert!(header.trim_start().starts_with("Name"), "{run}");
    for title in ["Title", "Roles", "Influence", "Reports to", "Covered by"] {
        assert!(header.contains(title), "{title}\n{run}");
    }
    let columns = columns(lines[at + 2].trim_start());
    let indent = lines[at + 2].len() - lines[at + 2].trim_start().len();
    let row = |n: usize| cells(&lines[at + 3 + n][indent..], &columns);
    assert_eq!(
        row(0),
        [
            "Николай Громов",
            "Генеральный директор, собственник",
            "decision maker",
            "high",
            "",
            "Иван Петров"
        ],
        "{run}"
    );
    assert_eq!(
        row(4),
        [
            "Виктор Морозов",
            "Начальник склада «Чехов»",
            "user, opponent",
            "low",
            "Андрей Лебедев",
            "Елена Соколова"
        ],
        "{run}"
    );
}

#[test]
fn competition_by_kind_with_the_unassessed_kinds_called_out() {
    let run = show(&bundled(), "romashka", &[]);
    let competition: Vec<&str> = run
        .stdout
        .split("4. Competition\n")
        .nth(1)
        .unwrap()
        .split("\n5. Account plan\n")
        .next()
        .unwrap()
        .lines()
        .collect();
    let kinds: Vec<&str> = competition
        .iter()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .copied()
        .collect();
    assert_eq!(
        kinds,
        [
            "  Direct rivals",
            "  Contenders for the same budget",
            "  The client's inertia",
            "  Nobody assessed: The client doing it itself"
        ],
        "{run}"
    );
    assert!(
        competition.contains(&"    - ООО «СкладСофт» (threat: medium)"),
        "{run}"
    );
}

#[test]
fn review_status_and_gap_warnings_close_it() {
    let run = show(&bundled(), "nordhafen-foods", &[]);
    assert_eq!(run.status, 0, "{run}");
    // Due 2026-10-10 (every 2 months): overdue on any day these tests run.
    let due = run
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("Due "))
        .unwrap();
    assert!(due.contains("2026-10-10 (overdue by "), "{run}");
    assert!(
        run.stdout.contains("  Interval            2 months\n"),
        "{run}"
    );

    let run = show(&bundled(), "romashka", &[]);
    let gaps = run.stdout.split("\nGaps\n").nth(1).unwrap();
    assert!(gaps.contains("warning[no-executive-sponsor]"), "{run}");
    assert!(gaps.contains("warning[no-gatekeeper]"), "{run}");
}

#[test]
fn json_is_the_data_with_review_status_and_warnings() {
    let run = show(&bundled(), "romashka", &["--format", "json"]);
    assert_eq!(run.status, 0, "{run}");
    let value = run.json();
    assert_eq!(value["id"], "romashka");
    assert!(
        Path::new(value["path"].as_str().unwrap()).ends_with("ru/romashka.yaml"),
        "{run}"
    );
    assert_eq!(value["version"], 1);
    assert_eq!(value["client"]["name"], "ООО «Ромашка»");
    assert_eq!(value["client"]["headcount"], 860);
    assert_eq!(value["company_view"]["account_manager"], "Иван Петров");
    assert_eq!(value["decision_group"][0]["roles"][0], "decision_maker");
    assert_eq!(value["competitors"][1]["kind"], "inertia");
    assert_eq!(value["review"]["last_reviewed"], "2026-10-20");
    assert_eq!(value["review"]["due"], "2027-01-20");
    assert!(
        ["ok", "due_soon", "overdue"].contains(&value["review"]["status"].as_str().unwrap()),
        "{run}"
    );
    assert!(value["review"]["days_overdue"].is_i64(), "{run}");
    let codes: Vec<&str> = value["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    // The plan's first action was due on 2026-11-20.
    assert_eq!(
        codes,
        ["no-executive-sponsor", "no-gatekeeper", "overdue-action"],
        "{run}"
    );
    assert_eq!(
        value["warnings"][0]["line"], 39,
        "points at `company_view:`"
    );
}

#[test]
fn an_unknown_id_suggests_the_closest() {
    let run = show(&bundled(), "romaska", &[]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("did you mean `romashka`?"), "{run}");
    // The file name works as well as the id.
    let run = show(&bundled(), "romashka.yaml", &[]);
    assert_eq!(run.status, 0, "{run}");
}

#[test]
fn a_dossier_with_errors_is_shown_with_exit_2() {
    let broken = fixture("review", "broken");
    let run = show(&broken, "negative", &[]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stdout.starts_with("Negative Numbers Ltd\n"), "{run}");
    assert!(run.stderr.contains("negative.yaml:6:14:"), "{run}");
    assert!(run.stderr.contains("[negative-number]"), "{run}");
    // Its review date cannot be read: the status says so instead of guessing.
    let run = show(&broken, "bad-date", &[]);
    assert_eq!(run.status, 2, "{run}");
    assert!(
        run.stdout
            .contains("unknown: the review date cannot be read"),
        "{run}"
    );
    let run = show(&broken, "bad-date", &["--format", "json"]);
    assert_eq!(run.json()["review"]["status"], serde_json::Value::Null);
}

#[test]
fn a_dossier_that_does_not_parse_cannot_be_shown() {
    let run = show(&fixture("review", "broken"), "syntax", &[]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stdout, "", "{run}");
    assert!(run.stderr.contains("syntax.yaml:"), "{run}");
}

#[test]
fn two_files_with_one_id_are_trouble() {
    let dir = fixtures("check").join("dup-ids");
    let run = show(dir.to_str().unwrap(), "acme", &[]);
    assert_eq!(run.status, 2, "{run}");
    assert!(
        run.stderr.contains("acme.yaml") && run.stderr.contains("acme.yml"),
        "{run}"
    );
}

#[test]
fn the_account_plan_follows_the_competition() {
    let run = show(&bundled(), "acme-logistics", &["--color", "never"]);
    assert_eq!(run.status, 0, "{run}");
    let out = &run.stdout;
    let plan = out.find("5. Account plan").expect("a plan section");
    assert!(
        out.find("4. Competition").is_some_and(|c| c < plan),
        "{run}"
    );
    assert!(out[plan..].find("\nReview").is_some(), "{run}");
    let section = &out[plan..];
    for expected in [
        "- One WMS for all 14 sites (confirmed; told by Markus Brandt)",
        "Answered by     Replace the Vistula WMS in 2027",
        "- Win back the yard management module (dropped; Daniel Weber)",
        "Totals            requested 180,000 EUR; granted 60,000 EUR",
        "Replicated to   nordhafen-foods",
    ] {
        assert!(section.contains(expected), "{expected}\n{run}");
    }
    // Due 2026-11-25 and still open: overdue, whatever day the test runs.
    let business_case = section
        .lines()
        .find(|l| l.contains("Business case with subscription pricing"))
        .expect("the action's row");
    assert!(business_case.contains("Sales"), "{business_case}");
    assert!(
        business_case.trim_end().ends_with("overdue"),
        "{business_case}"
    );
    let dinner = section
        .lines()
        .find(|l| l.contains("CEO-to-CEO dinner"))
        .unwrap();
    assert!(dinner.contains("(done 2026-10-07)"), "{dinner}");

    let run = show(
        &bundled(),
        "uraltekhsnab",
        &["--color", "never", "--lang", "ru"],
    );
    assert!(
        run.stdout.contains("5. План по клиенту\n  (плана пока нет"),
        "{run}"
    );

    let json = show(&bundled(), "acme-logistics", &["--format", "json"]).json();
    let action = &json["plan"]["objectives"][0]["actions"][0];
    assert_eq!(action["department"], "Sales");
    assert_eq!(json["plan"]["resources"][0]["amount"], 180000);
    assert_eq!(
        json["plan"]["solutions"][0]["replicated_to"][0],
        "nordhafen-foods"
    );
}

/// The plan's resources are summed in exact decimals, as `report` sums
/// them: 12,500 and 3,500.245 KWD make 16,000.245 (summed in `f64` they
/// made 16,000.244999999999), shown with the three decimals of KWD.
#[test]
fn resource_totals_are_exact_decimals() {
    let folder = scratch("show-exact-sums");
    let complete = std::fs::read_to_string(fixture("check", "valid/complete.yaml")).unwrap();
    let granted = "    - name: Pilot licences for two warehouses
      from: Finance
      status: granted
      amount: 1500000
      currency: RUB
";
    assert!(complete.contains(granted));
    let resources = "    - name: Pilot licences for two warehouses
      from: Finance
      amount: 12500
      currency: KWD
    - name: Integration work
      from: Project Office
      amount: 3500.245
      currency: KWD
    - name: Travel
      from: Finance
      status: refused
      amount: 0.1
      currency: KWD
    - name: Hotel
      from: Finance
      status: refused
      amount: 0.2
      currency: KWD
";
    std::fs::write(
        folder.join("kuwait.yaml"),
        complete.replace(granted, resources),
    )
    .unwrap();
    let dir = folder.to_str().unwrap();
    let run = show(dir, "kuwait", &[]);
    assert_eq!(run.status, 0, "{run}");
    let totals = run
        .stdout
        .lines()
        .find(|line| line.trim_start().starts_with("Totals"))
        .unwrap_or_else(|| panic!("no totals\n{run}"));
    assert_eq!(
        common::one_line(totals),
        "Totals requested 16,000.245 KWD; refused 0.300 KWD"
    );
    let run = show(dir, "kuwait", &["--lang", "ru"]);
    assert!(
        run.stdout
            .contains("запрошен 16\u{a0}000,245 KWD; отказано 0,300 KWD"),
        "{run}"
    );
}

/// A competitor's threat reads as Russian says it: «угроза» is feminine, so
/// its level is `высокая`, `средняя`, `низкая` (an influence stays
/// `высокое`).
#[test]
fn a_threat_agrees_with_its_noun_in_russian() {
    let run = show(&bundled(), "acme-logistics", &["--lang", "ru"]);
    assert_eq!(run.status, 0, "{run}");
    for expected in [
        "- StoreLogic (угроза: высокая)",
        "- Warehouse robotics programme (угроза: средняя)",
        "- Group IT in-house build (угроза: низкая)",
    ] {
        assert!(run.stdout.contains(expected), "{expected}\n{run}");
    }
    assert!(!run.stdout.contains("угроза: высокое"), "{run}");
    let english = show(&bundled(), "acme-logistics", &[]);
    assert!(
        english.stdout.contains("- StoreLogic (threat: high)"),
        "{english}"
    );
}

/// Every amount `show` prints has its currency's own decimals (ISO 4217:
/// none for JPY, three for KWD), in both languages; one written with more
/// decimals than its currency has (half a yen) is shown as written.
#[test]
fn amounts_take_their_currency_s_decimals() {
    let dir = fixture("money", "dossiers");
    let kuwait = show(&dir, "kuwait-ports", &[]);
    assert_eq!(kuwait.status, 0, "{kuwait}");
    let english = common::one_line(&kuwait.stdout);
    for expected in [
        "2025 revenue 3,500.245 KWD",
        "lost 12,500.500 KWD",
        "Purchase budget 450,000 KWD a year",
        "Next year 1,250,000.500 KWD",
        "(requested; asked of Product; 0.100 KWD)",
        "Totals requested 0.300 KWD",
    ] {
        assert!(english.contains(expected), "{expected}\n{kuwait}");
    }
    let tokyo = show(&dir, "tokyo-freight", &[]);
    let english = common::one_line(&tokyo.stdout);
    for expected in [
        "revenue 84,000,000,000 JPY; net income -1,200,000,000 JPY",
        "won 18,000,000 JPY",
        "Next year 150,000,000.5 JPY",
    ] {
        assert!(english.contains(expected), "{expected}\n{tokyo}");
    }

    let kuwait = show(&dir, "kuwait-ports", &["--lang", "ru"]);
    let russian = common::one_line(&kuwait.stdout.replace('\u{a0}', "_"));
    for expected in [
        "выручка 3_500,245 KWD",
        "12_500,500 KWD",
        "1_250_000,500 KWD",
        "запрошен 0,300 KWD",
    ] {
        assert!(russian.contains(expected), "{expected}\n{kuwait}");
    }
    let tokyo = show(&dir, "tokyo-freight", &["--lang", "ru"]);
    let russian = common::one_line(&tokyo.stdout.replace('\u{a0}', "_"));
    assert!(russian.contains("150_000_000,5 JPY"), "{tokyo}");
}

/// The terminal column where the value after `label` starts, for each line
/// of `out` that holds the field (the label, then two spaces or more).
fn value_columns(out: &str, label: &str) -> Vec<usize> {
    use unicode_width::UnicodeWidthStr;
    out.lines()
        .filter_map(|line| {
            let rest = line.trim_start().strip_prefix(label)?;
            let value = rest.trim_start_matches(' ');
            (rest.len() - value.len() >= 2 && !value.is_empty())
                .then(|| line[..line.len() - value.len()].width())
        })
        .collect()
}

/// Asserts that every field of `labels` (each at least once) starts its
/// value in one column.
fn assert_one_column(run: &Run, labels: &[&str]) {
    assert_one_column_in(&run.stdout, labels, run);
}

/// [`assert_one_column`] in part of a run's output.
fn assert_one_column_in(out: &str, labels: &[&str], run: &Run) {
    let columns: Vec<(&str, usize)> = labels
        .iter()
        .flat_map(|label| {
            let found = value_columns(out, label);
            assert!(!found.is_empty(), "no field {label}\n{run}");
            found.into_iter().map(move |column| (*label, column))
        })
        .collect();
    assert!(
        columns.iter().all(|(_, column)| *column == columns[0].1),
        "values in more than one column: {columns:?}\n{run}"
    );
}

/// The fields of one indent in a section start their values in one column,
/// after the longest label as a terminal shows it: long Russian labels
/// (`Покупали раньше у`, `Наше преимущество`) and long names no longer
/// push their own value out of line.
#[test]
fn values_line_up_after_the_longest_label_in_both_languages() {
    let russian = show(&bundled(), "romashka", &["--lang", "ru"]);
    assert_eq!(russian.status, 0, "{russian}");
    assert_one_column(
        &russian,
        &[
            "Сейчас",
            "Перспектива",
            "Бюджет закупок",
            "Покупали раньше у",
            "Принятие решений",
            "Ближайший год",
            "3–5 лет",
        ],
    );
    assert_one_column(
        &russian,
        &[
            "Предложение",
            "Сильные стороны",
            "Слабые стороны",
            "Наше преимущество",
        ],
    );
    assert_one_column(&russian, &["Последний обзор", "Интервал", "Срок"]);

    let english = show(&bundled(), "uraltekhsnab", &[]);
    assert_one_column(
        &english,
        &["Светлана Юрьевна Кравец", "Игорь Власов", "Павел Ершов"],
    );
    assert_one_column(&english, &["Last reviewed", "Interval", "Due"]);
    let english = show(&bundled(), "romashka", &[]);
    assert!(
        english
            .stdout
            .contains("    Previous vendors  самописная система на 1С\n"),
        "short English labels keep their column\n{english}"
    );
}

/// Labels are measured in terminal columns, not characters: a name in
/// Chinese characters takes two columns a character (nine of them, 18
/// columns, are wider than the default column).
#[test]
fn labels_are_measured_in_terminal_columns() {
    let folder = scratch("show-wide-labels");
    let dossier = std::fs::read_to_string(fixture("check", "valid/complete.yaml"))
        .unwrap()
        .replace("- name: Maria Volkova", "- name: 王小明王小明王小明")
        .replace("source: maria  volkova", "source: 王小明王小明王小明");
    std::fs::write(folder.join("wide.yaml"), dossier).unwrap();
    let run = show(folder.to_str().unwrap(), "wide", &[]);
    assert_eq!(run.status, 0, "{run}");
    let contacts: Vec<&str> = run
        .stdout
        .lines()
        .skip_while(|line| line.trim() != "Contacts and notes")
        .skip(1)
        .take_while(|line| line.starts_with("    "))
        .collect();
    let names: Vec<&str> = contacts
        .iter()
        .map(|line| line.split("  ").find(|part| !part.is_empty()).unwrap_or(""))
        .map(str::trim)
        .collect();
    assert_eq!(names, ["王小明王小明王小明", "Elena Sokolova"], "{run}");
    assert_one_column_in(&contacts.join("\n"), &names, &run);
}

/// A status in Russian agrees with what it is the status of: a need
/// («потребность») and an objective («цель») are feminine (`открыта`,
/// `выполнена`, `снята`), an action («действие») neuter (`открыто`,
/// `выполнено`), so one parenthesis never mixes `подтверждена` and `снято`.
#[test]
fn a_status_agrees_with_its_noun_in_russian() {
    let folder = scratch("show-status-ru");
    let complete = std::fs::read_to_string(fixture("check", "valid/complete.yaml")).unwrap();
    let objectives = "  objectives:\n";
    assert!(complete.contains(objectives));
    let dossier = complete
        .replace(
            "      status: addressed\n",
            "      status: addressed\n    - name: A second data centre\n      confirmed: true\n      status: dropped\n",
        )
        .replace(
            objectives,
            "  objectives:\n    - name: Sign the support contract\n      owner: Ivan Petrov\n      status: done\n    - name: Enter the yard tender\n      owner: Ivan Petrov\n      status: dropped\n",
        );
    std::fs::write(folder.join("statuses.yaml"), dossier).unwrap();
    let dir = folder.to_str().unwrap();
    let russian = show(dir, "statuses", &["--lang", "ru"]);
    assert_eq!(russian.status, 0, "{russian}");
    for expected in [
        "- A second data centre (подтверждена; снята)",
        "- Sign the support contract (выполнена; Ivan Petrov)",
        "- Enter the yard tender (снята; Ivan Petrov)",
        "- Win the WMS rollout at Chekhov and Podolsk (открыта; Olga Smirnova; 2099-03-31)",
    ] {
        assert!(russian.stdout.contains(expected), "{expected}\n{russian}");
    }
    let english = show(dir, "statuses", &[]);
    for expected in [
        "- A second data centre (confirmed; dropped)",
        "- Sign the support contract (done; Ivan Petrov)",
        "- Win the WMS rollout at Chekhov and Podolsk (open; Olga Smirnova; 2099-03-31)",
    ] {
        assert!(english.stdout.contains(expected), "{expected}\n{english}");
    }
}
