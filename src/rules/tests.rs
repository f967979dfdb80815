use super::*;

const BASE: &str = "\
version: 1
client:
  name: ACME
company_view:
  account_manager: Ivan Petrov
  executive_sponsor: Olga Smirnova
  team:
    - name: Sergey Kim
  history:
    - date: 2024-03-15
      kind: tender
  opportunity:
    currency: RUB
    next_year: 100
    three_to_five_years: 500
decision_group:
  - name: Pavel Orlov
    roles: [decision_maker, economic]
    covered_by: Olga Smirnova
  - name: Anna Lee
    roles: [technical, supporter]
    reports_to: Pavel Orlov
    covered_by: sergey  kim
  - name: Maria
    roles: [gatekeeper]
competitors:
  - name: Status quo
    kind: inertia
plan:
  needs:
    - name: Marking codes
      source: Pavel Orlov
      confirmed: true
  objectives:
    - name: Win the rollout
      needs: [marking  CODES]
      owner: Ivan Petrov
      due: 2027-03-31
      actions:
        - name: Demo to the CFO
          owner: Sergey Kim
          department: Presales
          due: 2026-12-15
        - name: Kick-off
          owner: Olga Smirnova
          due: 2026-10-01
          status: done
          done_on: 2026-09-30
  resources:
    - name: Pilot licences
      from: Finance
      amount: 1500000
      currency: RUB
  solutions:
    - name: Marking module
      replicated_to: [nordhafen-foods]
review:
  last_reviewed: 2026-09-01
";

fn context() -> Context {
    Context {
        today: dates::parse_date("2026-11-28").unwrap(),
        latest_today: dates::parse_date("2026-11-28").unwrap(),
        default_interval: 3,
        max_file_size: crate::load::DEFAULT_MAX_FILE_SIZE,
        wanted: crate::rules::Wanted::Everything,
    }
}

fn findings(text: &str) -> Vec<Finding> {
    let dossier = crate::parse::parse(text).unwrap();
    check(&dossier, &context())
}

fn codes(text: &str) -> Vec<&'static str> {
    findings(text).iter().map(|f| f.code.as_str()).collect()
}

fn with(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from}");
    BASE.replacen(from, to, 1)
}

#[test]
fn complete_dossier_has_no_findings() {
    assert_eq!(codes(BASE), Vec::<&str>::new());
}

#[test]
fn empty_required_text_is_missing_key() {
    let found = findings(&with("name: ACME", "name: \"  \""));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::MissingKey);
    assert_eq!(found[0].key, "client.name");
    assert_eq!(found[0].position, Position::new(3, 9));
}

#[test]
fn amount_without_currency_is_missing_key() {
    let found = findings(&with("    currency: RUB\n", ""));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::MissingKey);
    assert_eq!(found[0].key, "company_view.opportunity.currency");
}

#[test]
fn negative_numbers_except_net_income() {
    let text = with(
        "  name: ACME\n",
        "  name: ACME\n  headcount: -1\n  financials:\n    - year: 2025\n      revenue: 5\n      net_income: -9\n      currency: EUR\n",
    );
    let found = findings(&text);
    assert_eq!(codes(&text), ["negative-number"]);
    assert_eq!(found[0].key, "client.headcount");
    assert_eq!(
        codes(&with("next_year: 100", "next_year: -100")),
        ["negative-number"]
    );
}

#[test]
fn currency_is_three_capital_letters() {
    assert_eq!(
        codes(&with("currency: RUB", "currency: rub")),
        ["bad-currency"]
    );
    assert_eq!(
        codes(&with("currency: RUB", "currency: RUBL")),
        ["bad-currency"]
    );
}

#[test]
fn impossible_and_future_dates() {
    assert_eq!(codes(&with("2024-03-15", "2024-02-30")), ["invalid-date"]);
    assert_eq!(codes(&with("2026-09-01", "2026-13-01")), ["invalid-date"]);
    assert_eq!(codes(&with("2026-09-01", "2026-11-29")), ["future-review"]);
    assert_eq!(codes(&with("2026-09-01", "2026-11-28")), Vec::<&str>::new());
}

#[test]
fn interval_within_one_to_the_default() {
    let interval = |months: &str| {
        with(
            "  last_reviewed: 2026-09-01\n",
            &format!("  last_reviewed: 2026-09-01\n  interval_months: {months}\n"),
        )
    };
    assert_eq!(codes(&interval("4")), ["bad-interval"]);
    assert_eq!(codes(&interval("0")), ["bad-interval"]);
    assert_eq!(codes(&interval("2")), Vec::<&str>::new());
    let dossier = crate::parse::parse(&interval("3")).unwrap();
    let strict = Context {
        default_interval: 2,
        ..context()
    };
    let found: Vec<_> = check(&dossier, &strict).iter().map(|f| f.code).collect();
    assert_eq!(found, [Code::BadInterval]);
    assert_eq!(interval_months(&dossier, 2), 2);
    let dossier = crate::parse::parse(&interval("1")).unwrap();
    assert_eq!(interval_months(&dossier, 3), 1);
}

#[test]
fn members_are_unique_and_known() {
    let duplicate = with("name: Maria", "name: \" anna  LEE\"");
    let found = findings(&duplicate);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::DuplicateMember);
    assert_eq!(found[0].key, "decision_group[2].name");

    let unknown = with("reports_to: Pavel Orlov", "reports_to: Pavel Orlv");
    let found = findings(&unknown);
    assert_eq!(found[0].code, Code::UnknownMember);
    assert!(
        found[0]
            .message
            .to_string()
            .contains("did you mean `Pavel Orlov`"),
        "{}",
        found[0].message
    );

    let self_report = with("reports_to: Pavel Orlov", "reports_to: Anna Lee");
    assert_eq!(codes(&self_report), ["unknown-member"]);

    // A boss is known however the name's case and spaces are written.
    let cased = with("reports_to: Pavel Orlov", "reports_to: '  PAVEL   orlov'");
    assert_eq!(codes(&cased), Vec::<&str>::new());

    let outsider = with("covered_by: Olga Smirnova", "covered_by: Boris");
    let found = findings(&outsider);
    assert_eq!(found[0].code, Code::UnknownMember);
    assert_eq!(found[0].key, "decision_group[0].covered_by");
}

#[test]
fn supporter_and_opponent_conflict() {
    let text = with("[technical, supporter]", "[technical, supporter, opponent]");
    let found = findings(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::ConflictingStance);
    assert_eq!(found[0].key, "decision_group[1].roles");
}

#[test]
fn roles_are_required() {
    assert_eq!(
        codes(&with("roles: [gatekeeper]", "roles: []")),
        ["missing-key", "no-gatekeeper"]
    );
}

#[test]
fn unsupported_version() {
    assert_eq!(
        codes(&with("version: 1", "version: 2")),
        ["unsupported-version"]
    );
}

#[test]
fn gap_warnings_look_at_the_whole_group() {
    assert_eq!(
        codes(&with("  executive_sponsor: Olga Smirnova\n", "")).last(),
        Some(&"no-executive-sponsor")
    );
    assert_eq!(
        codes(&with("[decision_maker, economic]", "[user]")),
        ["no-decision-maker", "no-economic-role"]
    );
    assert_eq!(
        codes(&with("[technical, supporter]", "[advisor]")),
        ["no-technical-role", "no-supporter"]
    );
    assert_eq!(
        codes(&with("kind: inertia", "kind: budget")),
        ["no-indirect-competition"]
    );
    assert_eq!(
        codes(&with("kind: inertia", "kind: in_house")),
        Vec::<&str>::new()
    );
    assert_eq!(
        codes(&with("    next_year: 100\n", "")),
        ["no-opportunity-size"]
    );
    assert_eq!(
        codes(&with("    three_to_five_years: 500\n", "")),
        ["no-long-term-opportunity"]
    );
    assert_eq!(
        codes(&with(
            "  history:\n    - date: 2024-03-15\n      kind: tender\n",
            "  history: []\n"
        )),
        ["no-relationship-history"]
    );
}

#[test]
fn every_warning_is_a_gap_code() {
    let empty = "version: 1\nclient: {name: X}\ncompany_view: {account_manager: Y}\ndecision_group: []\ncompetitors: []\nreview: {last_reviewed: 2026-01-01}\n";
    let found = codes(empty);
    assert_eq!(found.len(), 12, "{found:?}");
    assert!(found.iter().all(|code| code.starts_with("no-")));
}

#[test]
fn an_archived_dossier_gets_its_errors_only() {
    let empty = "version: 1\nstatus: archived\nclient: {name: X}\ncompany_view: {account_manager: Y}\ndecision_group: []\ncompetitors: []\nreview: {last_reviewed: 2026-01-01}\n";
    assert_eq!(codes(empty), Vec::<&str>::new());
    let broken = empty.replace("2026-01-01", "2026-02-30");
    assert_eq!(codes(&broken), ["invalid-date"]);
    let active = empty.replace("archived", "active");
    assert_eq!(codes(&active).len(), 12);
}

#[test]
fn names_compare_without_case_or_spacing() {
    assert!(same_name(" Анна  Иванова", "анна иванова"));
    assert!(!same_name("Anna", "Anne"));
}

#[test]
fn plan_entries_are_unique_by_name() {
    let found = findings(&with(
        "    - name: Pilot licences\n",
        "    - name: Pilot licences\n      from: Finance\n    - name: \" pilot  LICENCES\"\n",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::DuplicateEntry);
    assert_eq!(found[0].key, "plan.resources[1].name");
    assert!(
        found[0].message.to_string().contains("plan.resources[0]"),
        "{}",
        found[0].message
    );

    let actions = with(
        "        - name: Kick-off\n",
        "        - name: Demo to the CFO\n",
    );
    let found = findings(&actions);
    assert_eq!(codes(&actions), ["duplicate-entry"]);
    assert_eq!(found[0].key, "plan.objectives[0].actions[1].name");
}

#[test]
fn other_lists_are_unique_too() {
    let team = with(
        "    - name: Sergey Kim\n",
        "    - name: Sergey Kim\n    - name: SERGEY KIM\n",
    );
    assert_eq!(codes(&team), ["duplicate-entry"]);
    let competitors = with(
        "    kind: inertia\n",
        "    kind: inertia\n  - name: status  quo\n    kind: direct\n",
    );
    assert_eq!(codes(&competitors), ["duplicate-entry"]);
    let history = with(
        "      kind: tender\n",
        "      kind: tender\n      summary: WMS\n    - date: 2024-03-15\n      summary: wms\n",
    );
    let found = findings(&history);
    assert_eq!(codes(&history), ["duplicate-entry"]);
    assert_eq!(found[0].key, "company_view.history[1].summary");
    // Only the date and the summary together make an event the same.
    let history = with(
        "      kind: tender\n",
        concat!(
            "      kind: tender\n      summary: WMS\n",
            "    - date: 2024-04-01\n      summary: WMS\n",
            "    - date: 2024-03-15\n      summary: Pilot\n",
            "    - date: '2024-03-15 '\n      summary: ' wms'\n",
        ),
    );
    let found = findings(&history);
    assert_eq!(codes(&history), ["duplicate-entry"]);
    assert_eq!(found[0].key, "company_view.history[3].summary");
    let years = with(
        "  name: ACME\n",
        "  name: ACME\n  financials:\n    - year: 2025\n    - year: 2024\n    - year: 2025\n",
    );
    let found = findings(&years);
    assert_eq!(codes(&years), ["duplicate-entry"]);
    assert_eq!(found[0].key, "client.financials[2].year");
}

#[test]
fn plan_names_people_and_needs_that_exist() {
    let source = with("source: Pavel Orlov", "source: Pavel Orlv");
    let found = findings(&source);
    assert_eq!(found[0].code, Code::UnknownMember);
    assert_eq!(found[0].key, "plan.needs[0].source");
    assert!(
        found[0]
            .message
            .to_string()
            .contains("did you mean `Pavel Orlov`"),
        "{}",
        found[0].message
    );

    let owner = with("owner: Sergey Kim", "owner: Pavel Orlov");
    let found = findings(&owner);
    assert_eq!(found[0].code, Code::UnknownMember);
    assert_eq!(found[0].key, "plan.objectives[0].actions[0].owner");

    let objective_owner = with("owner: Ivan Petrov", "owner: Иван Петров");
    assert_eq!(codes(&objective_owner), ["unknown-member"]);

    let need = with("needs: [marking  CODES]", "needs: [marking  CODES, Speed]");
    let found = findings(&need);
    assert_eq!(codes(&need), ["unknown-reference"]);
    assert_eq!(found[0].key, "plan.objectives[0].needs[1]");
}

#[test]
fn done_on_only_with_done() {
    let text = with("          status: done\n", "");
    let found = findings(&text);
    assert_eq!(codes(&text), ["invalid-value", "overdue-action"]);
    assert_eq!(found[0].key, "plan.objectives[0].actions[1].done_on");
    assert_eq!(codes(&with("2026-09-30", "2026-09-31")), ["invalid-date"]);
}

#[test]
fn required_plan_keys() {
    let text = with("          due: 2026-12-15\n", "");
    let found = findings(&text);
    assert_eq!(codes(&text), ["missing-key"]);
    assert_eq!(found[0].key, "plan.objectives[0].actions[0].due");
    assert_eq!(codes(&with("      from: Finance\n", "")), ["missing-key"]);
}

#[test]
fn plan_gaps() {
    let no_plan =
        BASE[..BASE.find("plan:").unwrap()].to_owned() + "review:\n  last_reviewed: 2026-09-01\n";
    let found = findings(&no_plan);
    assert_eq!(codes(&no_plan), ["no-needs", "no-objectives"]);
    assert_eq!(found[0].position, Position::START);

    let overdue = with("due: 2026-12-15", "due: 2026-11-27");
    let found = findings(&overdue);
    assert_eq!(codes(&overdue), ["overdue-action"]);
    assert!(
        found[0].message.to_string().contains("1 day ago"),
        "{}",
        found[0].message
    );
    assert_eq!(
        codes(&with("due: 2026-12-15", "due: 2026-11-28")),
        Vec::<&str>::new()
    );

    let closed = with(
        "      due: 2027-03-31\n",
        "      due: 2027-03-31\n      status: done\n",
    );
    assert_eq!(codes(&closed), ["no-objectives", "unanswered-need"]);

    let idle = with(
        "          department: Presales\n          due: 2026-12-15\n",
        "          department: Presales\n          due: 2026-12-15\n          status: dropped\n",
    );
    assert_eq!(codes(&idle), ["objective-without-actions"]);

    let unanswered = with("needs: [marking  CODES]", "needs: []");
    let found = findings(&unanswered);
    assert_eq!(codes(&unanswered), ["unanswered-need"]);
    assert_eq!(found[0].key, "plan.needs[0].name");
    let unconfirmed =
        with("      confirmed: true\n", "").replace("needs: [marking  CODES]", "needs: []");
    assert_eq!(codes(&unconfirmed), Vec::<&str>::new());
}

/// Looking for errors alone finds exactly the errors of a full check, on
/// every dossier the tests and the README use (errors, gaps and plans of
/// every kind among them).
#[test]
fn errors_alone_are_the_errors_of_a_full_check() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let errors_only = Context {
        wanted: Wanted::Errors,
        ..context()
    };
    let mut checked = 0;
    let mut with_both = 0;
    for folder in ["tests/fixtures", "dossiers"] {
        for entry in walkdir::WalkDir::new(root.join(folder)) {
            let entry = entry.unwrap();
            if !crate::load::is_dossier_file(entry.path()) {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let Ok(dossier) = crate::parse::parse(&text) else {
                continue;
            };
            let all = check(&dossier, &context());
            let errors: Vec<Finding> = all
                .iter()
                .filter(|f| f.code.severity() == crate::diag::Severity::Error)
                .cloned()
                .collect();
            if !errors.is_empty() && errors.len() < all.len() {
                with_both += 1;
            }
            assert_eq!(
                check(&dossier, &errors_only),
                errors,
                "{}",
                entry.path().display()
            );
            checked += 1;
        }
    }
    assert!(checked > 100 && with_both > 5, "{checked} {with_both}");
}
