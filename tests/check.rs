//! `dossier check` end to end: runs the real binary on the dossiers in
//! `tests/fixtures/check` and reads its JSON report.
//!
//! Most fixtures are copies of `valid/complete.yaml` (no errors, no warnings)
//! with a few lines changed; removed lines became comments, so every line
//! number below is the line number of the same key in `valid/complete.yaml`.
//! Each fixture's first line says what it breaks and where.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use common::{Dossier, Run, Scratch, dossier, dossier_in, fixtures, scratch};
use serde_json::Value;

// ------------------------------------------------------------------ helpers

/// Absolute path of a fixture under `tests/fixtures/check`, as a string to
/// pass on the command line.
fn fixture(relative: &str) -> String {
    common::fixture("check", relative)
}

#[derive(Debug, Clone)]
struct Diagnostic {
    path: String,
    line: u64,
    column: u64,
    severity: String,
    code: String,
    key: String,
    message: String,
}

impl Diagnostic {
    fn from_json(value: &Value, run: &Run) -> Self {
        let text = |name: &str| {
            value[name]
                .as_str()
                .unwrap_or_else(|| {
                    panic!("diagnostic field `{name}` is not a string: {value}\n{run}")
                })
                .to_owned()
        };
        let number = |name: &str| {
            value[name].as_u64().unwrap_or_else(|| {
                panic!("diagnostic field `{name}` is not a whole number: {value}\n{run}")
            })
        };
        let diagnostic = Diagnostic {
            path: text("path"),
            line: number("line"),
            column: number("column"),
            severity: text("severity"),
            code: text("code"),
            key: text("key"),
            message: text("message"),
        };
        assert!(
            diagnostic.line >= 1 && diagnostic.column >= 1,
            "positions are 1-based: {value}"
        );
        assert!(
            diagnostic.severity == "error" || diagnostic.severity == "warning",
            "severity must be error or warning: {value}"
        );
        assert!(!diagnostic.code.is_empty(), "empty code: {value}");
        assert!(!diagnostic.message.is_empty(), "empty message: {value}");
        assert!(!diagnostic.path.is_empty(), "empty path: {value}");
        diagnostic
    }

    #[track_caller]
    fn assert_at(&self, line: u64, column: u64) -> &Self {
        assert_eq!(
            (self.line, self.column),
            (line, column),
            "position of {self:#?}"
        );
        self
    }

    #[track_caller]
    fn assert_line_in(&self, lines: std::ops::RangeInclusive<u64>) -> &Self {
        assert!(
            lines.contains(&self.line),
            "expected a line in {lines:?}: {self:#?}"
        );
        self
    }

    #[track_caller]
    fn assert_message_contains(&self, parts: &[&str]) -> &Self {
        for part in parts {
            assert!(
                self.message.contains(part),
                "message should contain {part:?}: {self:#?}"
            );
        }
        self
    }

    fn is_error(&self) -> bool {
        self.severity == "error"
    }
}

/// The parsed JSON report of one `check` run.
struct Report {
    run: Run,
    files: u64,
    valid: u64,
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    fn parse(run: Run) -> Self {
        let json: Value = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|error| panic!("stdout is not JSON ({error})\n{run}"));
        let count = |name: &str| {
            json[name]
                .as_u64()
                .unwrap_or_else(|| panic!("`{name}` is not a whole number\n{run}"))
        };
        let files = count("files");
        let valid = count("valid");
        let diagnostics = json["diagnostics"]
            .as_array()
            .unwrap_or_else(|| panic!("`diagnostics` is not an array\n{run}"))
            .iter()
            .map(|value| Diagnostic::from_json(value, &run))
            .collect();
        assert!(valid <= files, "more valid dossiers than files\n{run}");
        Report {
            run,
            files,
            valid,
            diagnostics,
        }
    }

    fn errors(&self) -> Vec<&Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error()).collect()
    }

    fn warnings(&self) -> Vec<&Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error()).collect()
    }

    fn with_code(&self, code: &str) -> Vec<&Diagnostic> {
        self.diagnostics.iter().filter(|d| d.code == code).collect()
    }

    fn codes(&self) -> BTreeSet<&str> {
        self.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    /// The only diagnostic with this code.
    #[track_caller]
    fn one(&self, code: &str) -> &Diagnostic {
        let found = self.with_code(code);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one `{code}`\n{}",
            self.run
        );
        found[0]
    }

    /// The only diagnostic with this code and key path.
    #[track_caller]
    fn one_at_key(&self, code: &str, key: &str) -> &Diagnostic {
        let found: Vec<_> = self
            .with_code(code)
            .into_iter()
            .filter(|d| d.key == key)
            .collect();
        assert_eq!(
            found.len(),
            1,
            "expected exactly one `{code}` at key `{key}`\n{}",
            self.run
        );
        found[0]
    }

    #[track_caller]
    fn assert_status(&self, status: i32) -> &Self {
        assert_eq!(self.run.status, status, "exit status\n{}", self.run);
        self
    }

    #[track_caller]
    fn assert_error_count(&self, count: usize) -> &Self {
        assert_eq!(self.errors().len(), count, "number of errors\n{}", self.run);
        self
    }

    #[track_caller]
    fn assert_no_diagnostics(&self) -> &Self {
        assert!(
            self.diagnostics.is_empty(),
            "expected no diagnostics\n{}",
            self.run
        );
        self
    }

    #[track_caller]
    fn assert_counts(&self, files: u64, valid: u64) -> &Self {
        assert_eq!(
            (self.files, self.valid),
            (files, valid),
            "(files, valid)\n{}",
            self.run
        );
        self
    }
}

/// `dossier check --format json [EXTRA...] PATHS...` with fixture paths.
fn check_with(extra: &[&str], relative_paths: &[&str]) -> Report {
    let paths: Vec<String> = relative_paths.iter().map(|p| fixture(p)).collect();
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    args.extend(paths.iter().map(String::as_str));
    Report::parse(dossier(&args))
}

fn check(relative_paths: &[&str]) -> Report {
    check_with(&[], relative_paths)
}

/// `dossier --dir DIR check --format json` on a fixture folder.
fn check_dir(relative_dir: &str) -> Report {
    let dir = fixture(relative_dir);
    Report::parse(dossier(&["--dir", &dir, "check", "--format", "json"]))
}

/// One invalid dossier whose errors all carry `code`.
#[track_caller]
fn check_invalid(relative_path: &str, code: &str) -> Report {
    let report = check(&[relative_path]);
    report.assert_status(1).assert_counts(1, 0);
    assert!(
        !report.with_code(code).is_empty(),
        "expected `{code}`\n{}",
        report.run
    );
    for error in report.errors() {
        assert_eq!(
            error.path,
            fixture(relative_path),
            "path as given: {error:#?}"
        );
    }
    report
}

/// One dossier that has no errors and exactly one warning, `code` at `key`.
#[track_caller]
fn check_only_warning(relative_path: &str, code: &str, key: &str) -> Diagnostic {
    let report = check(&[relative_path]);
    report
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_error_count(0);
    assert_eq!(
        report.diagnostics.len(),
        1,
        "expected only `{code}`\n{}",
        report.run
    );
    let warning = report.one(code).clone();
    assert_eq!(warning.severity, "warning", "{warning:#?}");
    assert_eq!(warning.key, key, "{warning:#?}");
    assert_eq!(warning.path, fixture(relative_path), "{warning:#?}");
    warning
}

/// Yaml and yml files directly inside a fixture folder.
fn dossier_files(relative_dir: &str) -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(fixtures("check").join(relative_dir))
        .expect("read a fixture folder")
        .map(|entry| entry.expect("read a folder entry").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml")
        })
        .map(|path| {
            format!(
                "{relative_dir}/{}",
                path.file_name().unwrap().to_str().unwrap()
            )
        })
        .collect();
    files.sort();
    files
}

fn subfolders(relative_dir: &str) -> BTreeSet<String> {
    fs::read_dir(fixtures("check").join(relative_dir))
        .expect("read a fixture folder")
        .map(|entry| entry.expect("read a folder entry").path())
        .filter(|path| path.is_dir())
        .map(|path| path.file_name().unwrap().to_str().unwrap().to_owned())
        .collect()
}

const ERROR_CODES: &[&str] = &[
    "yaml-syntax",
    "unknown-key",
    "wrong-type",
    "missing-key",
    "invalid-value",
    "invalid-date",
    "future-review",
    "bad-interval",
    "negative-number",
    "bad-currency",
    "duplicate-key",
    "duplicate-id",
    "duplicate-member",
    "duplicate-entry",
    "unknown-member",
    "unknown-reference",
    "conflicting-stance",
    "unsupported-version",
];

const WARNING_CODES: &[&str] = &[
    "no-executive-sponsor",
    "no-decision-maker",
    "no-economic-role",
    "no-technical-role",
    "no-gatekeeper",
    "no-supporter",
    "no-indirect-competition",
    "no-opportunity-size",
    "no-long-term-opportunity",
    "no-relationship-history",
    "no-needs",
    "no-objectives",
    "objective-without-actions",
    "overdue-action",
    "unanswered-need",
];

const ROLE_WARNINGS: &[&str] = &[
    "no-decision-maker",
    "no-economic-role",
    "no-technical-role",
    "no-gatekeeper",
    "no-supporter",
];

// ------------------------------------------------------------ the fixtures

#[test]
fn every_code_has_a_fixture_folder() {
    let errors = subfolders("errors");
    for code in ERROR_CODES.iter().filter(|code| **code != "duplicate-id") {
        assert!(errors.contains(*code), "no fixture folder errors/{code}");
    }
    assert!(
        fixtures("check").join("dup-ids").is_dir(),
        "duplicate-id lives in dup-ids/"
    );
    let warnings = subfolders("warnings");
    for code in WARNING_CODES {
        assert!(
            warnings.contains(*code),
            "no fixture folder warnings/{code}"
        );
    }
}

#[test]
fn every_error_fixture_reports_its_folder_code() {
    for code in subfolders("errors") {
        for file in dossier_files(&format!("errors/{code}")) {
            let report = check(&[&file]);
            assert_eq!(report.run.status, 1, "{file}\n{}", report.run);
            assert!(
                report.errors().iter().any(|d| d.code == code),
                "{file} should report error `{code}`\n{}",
                report.run
            );
        }
    }
}

#[test]
fn every_warning_fixture_reports_only_its_folder_code() {
    for code in subfolders("warnings") {
        for file in dossier_files(&format!("warnings/{code}")) {
            let report = check(&[&file]);
            assert_eq!(report.run.status, 0, "{file}\n{}", report.run);
            let codes: Vec<_> = report
                .diagnostics
                .iter()
                .map(|d| (d.severity.as_str(), d.code.as_str()))
                .collect();
            assert_eq!(
                codes,
                [("warning", code.as_str())],
                "{file}\n{}",
                report.run
            );
        }
    }
}

// ------------------------------------------------------------ valid files

#[test]
fn complete_dossier_has_no_diagnostics() {
    check(&["valid/complete.yaml"])
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_no_diagnostics();
}

#[test]
fn complete_dossier_found_through_dir() {
    check_dir("valid")
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_no_diagnostics();
}

#[test]
fn cyrillic_dossier_is_valid() {
    check(&["cyrillic/ромашка.yaml"])
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_no_diagnostics();
}

#[test]
fn yaml_1_2_no_yes_on_off_are_plain_strings() {
    check(&["yaml12/yaml12-scalars.yaml"])
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_no_diagnostics();
}

#[test]
fn byte_order_mark_is_allowed() {
    check(&["bom/complete-bom.yaml"])
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_no_diagnostics();
}

#[test]
fn byte_order_mark_is_not_a_column() {
    let report = check_invalid("bom/version-bom.yaml", "unsupported-version");
    report.assert_error_count(1);
    let error = report.one("unsupported-version");
    error.assert_at(1, 10);
    assert_eq!(error.key, "version");
}

#[test]
fn crlf_dossier_is_valid() {
    check(&["crlf/complete-crlf.yaml"])
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_no_diagnostics();
}

#[test]
fn crlf_positions_match_lf_positions() {
    let pairs = [
        (
            "errors/unknown-key/unknown-key.yaml",
            "crlf/unknown-key-crlf.yaml",
            "unknown-key",
            (6, 3),
        ),
        (
            "crlf/negative-headcount-lf.yaml",
            "crlf/negative-headcount-crlf.yaml",
            "negative-number",
            (10, 14),
        ),
    ];
    for (lf, crlf, code, (line, column)) in pairs {
        let lf = check_invalid(lf, code);
        let crlf = check_invalid(crlf, code);
        lf.assert_error_count(1);
        crlf.assert_error_count(1);
        let (lf, crlf) = (lf.one(code), crlf.one(code));
        lf.assert_at(line, column);
        crlf.assert_at(line, column);
        assert_eq!(lf.key, crlf.key);
    }
}

// ----------------------------------------------------- structural errors

#[test]
fn unknown_key_suggests_the_close_key() {
    let report = check_invalid("errors/unknown-key/unknown-key.yaml", "unknown-key");
    report.assert_error_count(1);
    let error = report.one("unknown-key");
    error
        .assert_at(6, 3)
        .assert_message_contains(&["indstry", "did you mean", "`industry`"]);
    assert_eq!(error.key, "client.indstry");
}

#[test]
fn unknown_key_in_a_member_has_an_indexed_key_path() {
    let report = check_invalid("errors/unknown-key/member-typo.yaml", "unknown-key");
    report.assert_error_count(1);
    let error = report.one("unknown-key");
    error
        .assert_at(70, 5)
        .assert_message_contains(&["tittle", "did you mean", "`title`"]);
    assert_eq!(error.key, "decision_group[0].tittle");
}

#[test]
fn unknown_key_without_a_close_match_suggests_nothing() {
    let report = check_invalid("errors/unknown-key/no-suggestion.yaml", "unknown-key");
    let error = report.one("unknown-key");
    error
        .assert_at(7, 3)
        .assert_message_contains(&["favourite_colour"]);
    assert_eq!(error.key, "client.favourite_colour");
    assert!(!error.message.contains("did you mean"), "{error:#?}");
}

#[test]
fn wrong_type_text_for_a_number() {
    let report = check_invalid("errors/wrong-type/headcount-text.yaml", "wrong-type");
    report.assert_error_count(1);
    let error = report.one("wrong-type");
    error.assert_at(10, 14);
    assert_eq!(error.key, "client.headcount");
}

#[test]
fn wrong_type_string_for_a_list() {
    let report = check_invalid("errors/wrong-type/roles-string.yaml", "wrong-type");
    report.assert_error_count(1);
    let error = report.one("wrong-type");
    error.assert_at(71, 12);
    assert_eq!(error.key, "decision_group[0].roles");
}

#[test]
fn wrong_type_mapping_for_a_list() {
    let report = check_invalid(
        "errors/wrong-type/decision-group-mapping.yaml",
        "wrong-type",
    );
    report.assert_error_count(1);
    let error = report.one("wrong-type");
    error.assert_at(68, 17);
    assert_eq!(error.key, "decision_group");
}

#[test]
fn missing_key_absent_from_its_mapping() {
    // (fixture, key, lines of the enclosing block)
    let cases = [
        (
            "errors/missing-key/client-name-absent.yaml",
            "client.name",
            4..=35,
        ),
        (
            "errors/missing-key/account-manager-absent.yaml",
            "company_view.account_manager",
            37..=66,
        ),
        (
            "errors/missing-key/roles-absent.yaml",
            "decision_group[2].roles",
            82..=88,
        ),
        (
            "errors/missing-key/budget-without-currency.yaml",
            "company_view.relationship.purchase_budget.currency",
            56..=59,
        ),
        (
            "errors/missing-key/history-amount-without-currency.yaml",
            "company_view.history[0].currency",
            44..=49,
        ),
    ];
    for (file, key, lines) in cases {
        let report = check_invalid(file, "missing-key");
        report.assert_error_count(1);
        report.one_at_key("missing-key", key).assert_line_in(lines);
    }
}

#[test]
fn missing_key_top_level_is_reported_at_line_1() {
    for (file, key) in [
        ("errors/missing-key/competitors-absent.yaml", "competitors"),
        ("errors/missing-key/version-absent.yaml", "version"),
    ] {
        let report = check_invalid(file, "missing-key");
        report.assert_error_count(1);
        assert_eq!(
            report.one_at_key("missing-key", key).line,
            1,
            "{}",
            report.run
        );
    }
}

#[test]
fn missing_key_empty_string_points_at_the_value() {
    let report = check_invalid("errors/missing-key/name-empty.yaml", "missing-key");
    report.assert_error_count(1);
    report
        .one_at_key("missing-key", "client.name")
        .assert_at(5, 9);
}

#[test]
fn invalid_value_lists_the_allowed_values() {
    let report = check_invalid("errors/invalid-value/competitor-kind.yaml", "invalid-value");
    report.assert_error_count(1);
    report
        .one_at_key("invalid-value", "competitors[0].kind")
        .assert_at(92, 11)
        .assert_message_contains(&["rival", "direct", "budget", "inertia", "in_house"]);

    let report = check_invalid("errors/invalid-value/influence.yaml", "invalid-value");
    report.assert_error_count(1);
    report
        .one_at_key("invalid-value", "decision_group[0].influence")
        .assert_at(72, 16)
        .assert_message_contains(&["huge", "high", "medium", "low"]);
}

#[test]
fn invalid_value_suggests_the_close_role() {
    let report = check_invalid("errors/invalid-value/role-spelling.yaml", "invalid-value");
    report.assert_error_count(1);
    report
        .one_at_key("invalid-value", "decision_group[0].roles[0]")
        .assert_at(71, 13)
        .assert_message_contains(&["decision-maker", "did you mean", "`decision_maker`"]);
}

#[test]
fn duplicate_key_points_at_the_second_occurrence() {
    let report = check_invalid("errors/duplicate-key/duplicate-key.yaml", "duplicate-key");
    report.assert_error_count(1);
    let error = report.one("duplicate-key");
    error.assert_at(7, 3).assert_message_contains(&["industry"]);
    assert_eq!(error.key, "client.industry");
}

#[test]
fn yaml_syntax_errors() {
    for file in [
        "errors/yaml-syntax/unclosed-flow.yaml",
        "errors/yaml-syntax/bad-indentation.yaml",
    ] {
        let report = check_invalid(file, "yaml-syntax");
        report.assert_error_count(1);
        report.one("yaml-syntax");
    }
}

// ------------------------------------------------------- semantic errors

#[test]
fn invalid_dates() {
    let report = check_invalid("errors/invalid-date/invalid-dates.yaml", "invalid-date");
    report.assert_error_count(2);
    report
        .one_at_key("invalid-date", "company_view.history[0].date")
        .assert_at(44, 13)
        .assert_message_contains(&["2026-02-30"]);
    report
        .one_at_key("invalid-date", "review.last_reviewed")
        .assert_at(106, 18)
        .assert_message_contains(&["2026-13-01"]);
}

#[test]
fn future_review() {
    let report = check_invalid("errors/future-review/future-review.yaml", "future-review");
    report.assert_error_count(1);
    report
        .one_at_key("future-review", "review.last_reviewed")
        .assert_at(106, 18);
}

#[test]
fn bad_interval_outside_1_to_3() {
    for file in [
        "errors/bad-interval/interval-four.yaml",
        "errors/bad-interval/interval-zero.yaml",
    ] {
        let report = check_invalid(file, "bad-interval");
        report.assert_error_count(1);
        report
            .one_at_key("bad-interval", "review.interval_months")
            .assert_at(108, 20);
    }
}

#[test]
fn bad_interval_above_the_configured_default() {
    // settings-interval/dossier.yaml sets review.interval_months to 2.
    let report = Report::parse(dossier_in(
        fixtures("check").join("settings-interval"),
        &["check", "--format", "json"],
    ));
    report
        .assert_status(1)
        .assert_counts(2, 1)
        .assert_error_count(1);
    let error = report.one_at_key("bad-interval", "review.interval_months");
    error.assert_at(108, 20);
    assert!(error.path.ends_with("acme.yaml"), "{error:#?}");
}

#[test]
fn negative_numbers_but_not_net_income() {
    let report = check_invalid(
        "errors/negative-number/negative-numbers.yaml",
        "negative-number",
    );
    report.assert_error_count(4);
    let cases = [
        ("client.headcount", (10, 14)),
        ("client.financials[0].revenue", (32, 16)),
        ("company_view.history[0].amount", (48, 15)),
        ("company_view.relationship.purchase_budget.amount", (57, 15)),
    ];
    for (key, (line, column)) in cases {
        report
            .one_at_key("negative-number", key)
            .assert_at(line, column);
    }
    assert!(
        report
            .diagnostics
            .iter()
            .all(|d| !d.key.contains("net_income")),
        "net_income may be negative\n{}",
        report.run
    );
}

#[test]
fn bad_currencies() {
    let report = check_invalid("errors/bad-currency/bad-currencies.yaml", "bad-currency");
    report.assert_error_count(2);
    report
        .one_at_key("bad-currency", "client.financials[0].currency")
        .assert_at(34, 17)
        .assert_message_contains(&["rub"]);
    report
        .one_at_key(
            "bad-currency",
            "company_view.relationship.purchase_budget.currency",
        )
        .assert_at(58, 17)
        .assert_message_contains(&["RUBL"]);
}

#[test]
fn duplicate_member_at_the_second_one() {
    let report = check_invalid(
        "errors/duplicate-member/duplicate-member.yaml",
        "duplicate-member",
    );
    report.assert_error_count(1);
    report
        .one_at_key("duplicate-member", "decision_group[2].name")
        .assert_at(82, 11)
        .assert_message_contains(&["Maria Volkova"]);
}

#[test]
fn unknown_members() {
    let report = check_invalid(
        "errors/unknown-member/unknown-members.yaml",
        "unknown-member",
    );
    report.assert_error_count(3);
    // A member of the client's group is not someone on our side.
    report
        .one_at_key("unknown-member", "decision_group[0].covered_by")
        .assert_at(73, 17)
        .assert_message_contains(&["Maria Volkova"]);
    report
        .one_at_key("unknown-member", "decision_group[1].reports_to")
        .assert_at(78, 17)
        .assert_message_contains(&["Pavel Orloff"]);
    report
        .one_at_key("unknown-member", "decision_group[2].covered_by")
        .assert_at(87, 17)
        .assert_message_contains(&["Someone Else"]);
}

#[test]
fn conflicting_stance() {
    let report = check_invalid(
        "errors/conflicting-stance/conflicting-stance.yaml",
        "conflicting-stance",
    );
    report.assert_error_count(1);
    assert_eq!(
        report
            .one_at_key("conflicting-stance", "decision_group[1].roles")
            .line,
        76
    );
}

#[test]
fn unsupported_version() {
    let report = check_invalid(
        "errors/unsupported-version/version-2.yaml",
        "unsupported-version",
    );
    report.assert_error_count(1);
    report
        .one_at_key("unsupported-version", "version")
        .assert_at(2, 10);
}

#[test]
fn every_semantic_error_of_a_file_is_reported() {
    let report = check(&["combined/several-errors.yaml"]);
    report
        .assert_status(1)
        .assert_counts(1, 0)
        .assert_error_count(9);
    report
        .one_at_key("missing-key", "client.name")
        .assert_at(5, 9);
    report
        .one_at_key("negative-number", "client.headcount")
        .assert_at(10, 14);
    report
        .one_at_key("bad-currency", "client.financials[0].currency")
        .assert_at(34, 17);
    report
        .one_at_key("invalid-date", "company_view.history[0].date")
        .assert_at(44, 13);
    assert_eq!(
        report
            .one_at_key("conflicting-stance", "decision_group[1].roles")
            .line,
        76
    );
    report
        .one_at_key("unknown-member", "decision_group[1].reports_to")
        .assert_at(78, 17);
    report
        .one_at_key("duplicate-member", "decision_group[2].name")
        .assert_at(82, 11);
    report
        .one_at_key("future-review", "review.last_reviewed")
        .assert_at(106, 18);
    report
        .one_at_key("bad-interval", "review.interval_months")
        .assert_at(108, 20);
}

#[test]
fn duplicate_id_names_both_files() {
    let report = check_dir("dup-ids");
    report.assert_status(1);
    assert_eq!(report.files, 2, "{}", report.run);
    let error = report.one("duplicate-id");
    assert_eq!(error.severity, "error");
    assert_eq!(error.key, "");
    assert!(
        error.path.ends_with("a/acme.yaml") || error.path.ends_with("b/acme.yml"),
        "{error:#?}"
    );
    error.assert_message_contains(&["a/acme.yaml", "b/acme.yml"]);
}

// ---------------------------------------------------------------- warnings

#[test]
fn role_warnings_point_at_the_decision_group() {
    for code in ROLE_WARNINGS {
        let file = format!("warnings/{code}/{code}.yaml");
        // The `decision_group:` key (68) or the start of its value (69).
        check_only_warning(&file, code, "decision_group").assert_line_in(68..=69);
    }
}

#[test]
fn no_executive_sponsor() {
    check_only_warning(
        "warnings/no-executive-sponsor/no-executive-sponsor.yaml",
        "no-executive-sponsor",
        "company_view.executive_sponsor",
    );
}

#[test]
fn no_indirect_competition() {
    let warning = check_only_warning(
        "warnings/no-indirect-competition/no-indirect-competition.yaml",
        "no-indirect-competition",
        "competitors",
    );
    // The `competitors:` key (90) or the start of its value (91).
    warning.assert_line_in(90..=91);
}

#[test]
fn no_opportunity_size() {
    check_only_warning(
        "warnings/no-opportunity-size/no-opportunity-size.yaml",
        "no-opportunity-size",
        "company_view.opportunity.next_year",
    );
}

#[test]
fn no_long_term_opportunity() {
    check_only_warning(
        "warnings/no-long-term-opportunity/no-long-term-opportunity.yaml",
        "no-long-term-opportunity",
        "company_view.opportunity.three_to_five_years",
    );
}

#[test]
fn no_relationship_history() {
    let empty = check_only_warning(
        "warnings/no-relationship-history/history-empty.yaml",
        "no-relationship-history",
        "company_view.history",
    );
    assert_eq!(empty.line, 43, "{empty:#?}");
    check_only_warning(
        "warnings/no-relationship-history/history-absent.yaml",
        "no-relationship-history",
        "company_view.history",
    );
}

#[test]
fn empty_group_and_competitors_are_valid_with_warnings() {
    let report = check(&["empty-sections/empty-sections.yaml"]);
    report
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_error_count(0);
    let mut expected: BTreeSet<&str> = ROLE_WARNINGS.iter().copied().collect();
    expected.insert("no-indirect-competition");
    assert_eq!(report.codes(), expected, "{}", report.run);
    for code in ROLE_WARNINGS {
        let warning = report.one(code);
        assert_eq!(
            (warning.key.as_str(), warning.line),
            ("decision_group", 68),
            "{warning:#?}"
        );
    }
    let warning = report.one("no-indirect-competition");
    assert_eq!(
        (warning.key.as_str(), warning.line),
        ("competitors", 90),
        "{warning:#?}"
    );
    assert_eq!(report.warnings().len(), 6, "{}", report.run);
}

// -------------------------------------------------------------- exit codes

#[test]
fn warnings_alone_exit_0() {
    check(&["warnings/no-supporter/no-supporter.yaml"]).assert_status(0);
}

#[test]
fn strict_makes_warnings_fail() {
    check_with(&["--strict"], &["warnings/no-supporter/no-supporter.yaml"]).assert_status(1);
}

#[test]
fn strict_passes_a_complete_dossier() {
    check_with(&["--strict"], &["valid/complete.yaml"])
        .assert_status(0)
        .assert_no_diagnostics();
}

#[test]
fn nonexistent_path_exits_2() {
    let missing = fixtures("check").join("no-such-folder/nothing.yaml");
    let run = dossier(&["check", "--format", "json", missing.to_str().unwrap()]);
    assert_eq!(run.status, 2, "{run}");
    assert!(
        !run.stderr.trim().is_empty(),
        "the trouble is explained on stderr\n{run}"
    );
}

// ------------------------------------------- one broken file hides nothing

fn assert_three_broken_of_four(report: &Report, root: &Path) {
    report.assert_status(1).assert_counts(4, 1);
    let broken: BTreeSet<PathBuf> = report
        .errors()
        .iter()
        .map(|d| PathBuf::from(&d.path))
        .collect();
    let expected: BTreeSet<PathBuf> = ["syntax.yaml", "typo.yml", "emea/negative.yaml"]
        .iter()
        .map(|p| root.join(p))
        .collect();
    assert_eq!(broken, expected, "{}", report.run);
    report.one("yaml-syntax");
    report.one("unknown-key").assert_at(6, 3);
    report.one("negative-number").assert_at(10, 14);
}

#[test]
fn several_broken_files_through_dir() {
    // Hidden entries (.hidden.yaml, .archive/) are broken too, and skipped.
    assert_three_broken_of_four(
        &check_dir("several-broken"),
        &fixtures("check").join("several-broken"),
    );
}

#[test]
fn several_broken_files_through_a_folder_path() {
    assert_three_broken_of_four(
        &check(&["several-broken"]),
        &fixtures("check").join("several-broken"),
    );
}

#[test]
fn several_broken_files_through_file_paths() {
    let report = check(&[
        "several-broken/typo.yml",
        "several-broken/good.yaml",
        "several-broken/syntax.yaml",
    ]);
    report
        .assert_status(1)
        .assert_counts(3, 1)
        .assert_error_count(2);
    report.one("yaml-syntax");
    report.one("unknown-key");
}

// ------------------------------------------------------------- text output

#[test]
fn text_output_names_code_location_and_summary() {
    let path = fixture("errors/unknown-key/unknown-key.yaml");
    let run = dossier(&["check", &path]);
    assert_eq!(run.status, 1, "{run}");
    assert!(run.stdout.contains("error[unknown-key]"), "{run}");
    let location = format!("--> {path}:6:3");
    assert!(
        run.stdout.lines().any(|line| line.trim() == location),
        "expected `{location}`\n{run}"
    );
    assert!(
        run.stdout.lines().any(|line| {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.len() < line.len()
                && (rest.starts_with(" dossiers:") || rest.starts_with(" dossier:"))
        }),
        "expected a summary line `N dossiers: ...`\n{run}"
    );
    assert!(
        !run.stdout.contains('\u{1b}'),
        "--color never prints no escape codes\n{run}"
    );
}

#[test]
fn text_output_names_warnings() {
    let path = fixture("warnings/no-supporter/no-supporter.yaml");
    let run = dossier(&["check", &path]);
    assert_eq!(run.status, 0, "{run}");
    assert!(run.stdout.contains("warning[no-supporter]"), "{run}");
}

/// A structural problem (a role the format does not know) stops the model
/// from being read, yet the errors of values elsewhere (a negative
/// headcount and amount, an impossible date) are the file's all the same:
/// one run reports them all (FORMAT.md, "Checks"). No gap and no missing
/// key is made up from the entry set aside to read past the problem.
#[test]
fn value_errors_are_reported_past_a_structural_problem() {
    // The file starts with a comment line, so every line below is one further down.
    let report = check(&["combined/structural-and-values.yaml"]);
    report
        .assert_status(1)
        .assert_counts(1, 0)
        .assert_error_count(4);
    report
        .one_at_key("negative-number", "client.headcount")
        .assert_at(11, 14);
    report
        .one_at_key("negative-number", "company_view.opportunity.next_year")
        .assert_at(65, 16);
    report
        .one_at_key("invalid-value", "decision_group[0].roles[0]")
        .assert_at(72, 13);
    report
        .one_at_key("invalid-date", "review.last_reviewed")
        .assert_at(107, 18);
    assert_eq!(report.diagnostics.len(), 4, "{}", report.run);
}

#[test]
fn every_structural_problem_of_a_file_is_reported() {
    // The file starts with a comment line, so every line below is one further down.
    let report = check(&["combined/several-structural.yaml"]);
    report
        .assert_status(1)
        .assert_counts(1, 0)
        .assert_error_count(9);
    report
        .one_at_key("unknown-key", "client.indstry")
        .assert_at(5, 3);
    report
        .one_at_key("wrong-type", "client.headcount")
        .assert_at(6, 14);
    report
        .one_at_key("invalid-value", "company_view.history[0].kind")
        .assert_at(11, 13);
    report
        .one_at_key("unknown-key", "company_view.history[0].sumary")
        .assert_at(12, 7);
    report
        .one_at_key("invalid-value", "decision_group[0].roles[0]")
        .assert_at(15, 13);
    report
        .one_at_key("unknown-key", "decision_group[0].tittle")
        .assert_at(16, 5);
    report
        .one_at_key("invalid-value", "decision_group[0].influence")
        .assert_at(17, 16);
    report
        .one_at_key("invalid-value", "competitors[0].kind")
        .assert_at(20, 11);
    report
        .one_at_key("duplicate-key", "review.last_reviewed")
        .assert_at(23, 3);
}

/// (code, key, line, column, message) of every finding of a report.
fn findings(report: &Report) -> Vec<(String, String, u64, u64, String)> {
    report
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.clone(),
                d.key.clone(),
                d.line,
                d.column,
                d.message.clone(),
            )
        })
        .collect()
}

/// The same five typos written in block style and in flow style (`{...}`
/// spread over lines, at the same lines and columns) give the same five
/// findings: one problem never hides another in either style.
#[test]
fn flow_style_reports_every_problem_as_block_style_does() {
    let block = check(&["combined/five-typos-block.yaml"]);
    let flow = check(&["combined/five-typos-flow.yaml"]);
    block.assert_status(1).assert_error_count(5);
    flow.assert_status(1).assert_error_count(5);
    let expected = [
        ("unknown-key", "client.indstry", 5, 3),
        ("unknown-key", "decision_group[0].influense", 11, 6),
        ("invalid-value", "competitors[0].threat", 15, 14),
        ("unknown-key", "review.reviewd_by", 18, 3),
        ("wrong-type", "review.interval_months", 19, 20),
    ];
    let found: Vec<_> = findings(&block)
        .into_iter()
        .map(|(code, key, line, column, _)| (code, key, line, column))
        .collect();
    let expected: Vec<_> = expected
        .iter()
        .map(|(code, key, line, column)| ((*code).to_owned(), (*key).to_owned(), *line, *column))
        .collect();
    assert_eq!(found, expected, "{}", block.run);
    assert_eq!(findings(&flow), findings(&block), "{}", flow.run);
    // A value before a closing bracket is quoted without it.
    flow.one("wrong-type")
        .assert_message_contains(&["found `lots`,"]);
}

/// Flow style on one line, nested (`[{...}]`, `[[...]]`) and mixed with
/// block style: every problem is reported, at its own column.
#[test]
fn flow_style_on_one_line_nested_and_mixed_reports_every_problem() {
    let report = check(&["combined/flow-one-line.yaml"]);
    report.assert_status(1).assert_error_count(9);
    report
        .one_at_key("unknown-key", "client.indstry")
        .assert_at(3, 22);
    report
        .one_at_key("wrong-type", "client.headcount")
        .assert_at(3, 53);
    report
        .one_at_key("invalid-value", "company_view.history[0].kind")
        .assert_at(6, 38);
    report
        .one_at_key("unknown-key", "company_view.history[0].sumary")
        .assert_at(6, 45);
    report
        .one_at_key("invalid-value", "decision_group[0].roles[0]")
        .assert_at(7, 36);
    report
        .one_at_key("unknown-key", "decision_group[0].tittle")
        .assert_at(7, 53);
    report
        .one_at_key("invalid-value", "decision_group[1].influence")
        .assert_at(7, 88);
    // The issue's own example: a competitor in flow style and a typo
    // under `review` are two findings, not one.
    report
        .one_at_key("invalid-value", "competitors[0].threat")
        .assert_at(9, 44);
    report
        .one_at_key("unknown-key", "review.reviewd_by")
        .assert_at(10, 37);
}

#[test]
fn section_warnings_point_at_the_section_key() {
    let report = check(&["warnings/no-decision-maker/no-decision-maker.yaml"]);
    report
        .one_at_key("no-decision-maker", "decision_group")
        .assert_at(68, 1);
    let report = check(&["errors/missing-key/client-name-absent.yaml"]);
    let client_line = fs::read_to_string(fixture("errors/missing-key/client-name-absent.yaml"))
        .expect("read the fixture")
        .lines()
        .position(|line| line == "client:")
        .expect("the fixture has a client section")
        + 1;
    report
        .one_at_key("missing-key", "client.name")
        .assert_at(client_line as u64, 1);
}

// ------------------------------------------------------------ the account plan

#[test]
fn duplicate_entry_points_at_the_second_and_names_the_first() {
    let report = check(&["errors/duplicate-entry/cyrillic-duplicates.yaml"]);
    report.assert_status(1).assert_error_count(1);
    report
        .one_at_key("duplicate-entry", "plan.resources[1].name")
        .assert_at(132, 13)
        .assert_message_contains(&["ПИЛОТНЫЕ  лицензии", "plan.resources[0]"]);

    let report = check(&["errors/duplicate-entry/plan-duplicates.yaml"]);
    report.assert_error_count(3);
    report.one_at_key("duplicate-entry", "plan.needs[1].name");
    report.one_at_key("duplicate-entry", "plan.objectives[0].actions[1].name");
    report.one_at_key("duplicate-entry", "competitors[2].name");
}

#[test]
fn plan_owners_and_sources_must_be_known() {
    let report = check(&["errors/unknown-member/cyrillic-action-owner.yaml"]);
    report.assert_error_count(1);
    report
        .one_at_key("unknown-member", "plan.objectives[0].actions[0].owner")
        .assert_at(126, 18)
        .assert_message_contains(&["Сергей Кимов", "did you mean `Сергей Ким`", "on our side"]);

    let report = check(&["errors/unknown-member/plan-owners.yaml"]);
    report.assert_error_count(2);
    report
        .one_at_key("unknown-member", "plan.needs[0].source")
        .assert_message_contains(&["Pavel Orlv", "did you mean `Pavel Orlov`"]);
    // A member of the client's group is not on our side.
    report
        .one_at_key("unknown-member", "plan.objectives[0].owner")
        .assert_message_contains(&["Maria Volkova", "on our side"]);
}

#[test]
fn objective_needs_must_be_needs_of_the_dossier() {
    let report = check(&["errors/unknown-reference/objective-needs.yaml"]);
    report.assert_error_count(1);
    report
        .one_at_key("unknown-reference", "plan.objectives[0].needs[1]")
        .assert_message_contains(&["did you mean `Marking codes at every warehouse`"]);
}

#[test]
fn done_on_needs_status_done() {
    let report = check(&["errors/invalid-value/done-on-not-done.yaml"]);
    report.assert_error_count(1);
    report
        .one_at_key("invalid-value", "plan.objectives[0].actions[1].done_on")
        .assert_message_contains(&["dropped", "status: done"]);
}

/// A folder of three dossiers whose `replicated_to` lists are `lists`.
fn replication_folder(lists: [&str; 3]) -> Scratch {
    let folder = scratch("replication");
    let complete = std::fs::read_to_string(fixture("valid/complete.yaml")).expect("fixture");
    for (id, list) in ["acme", "emea/nordhafen-foods", "Молоко"].iter().zip(lists) {
        let path = folder.join(format!("{id}.yaml"));
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        let text = complete
            .replace(
                "      status: candidate\n",
                &format!("      status: replicated\n      replicated_to: {list}\n"),
            )
            .replace("name: ACME Logistics LLC", &format!("name: Client {id}"));
        std::fs::write(path, text).expect("write");
    }
    folder
}

#[test]
fn replicated_to_names_other_dossiers_across_folders() {
    // Ids compare without regard to case; sub-folders do not matter.
    let folder = replication_folder(["[NORDHAFEN-FOODS, молоко]", "[acme]", "[]"]);
    let dir = folder.to_str().expect("UTF-8");
    let report = Report::parse(dossier(&["--dir", dir, "check", "--format", "json"]));
    report
        .assert_status(0)
        .assert_counts(3, 3)
        .assert_no_diagnostics();

    let folder = replication_folder(["[nordhafen-food]", "[nordhafen-foods]", "[]"]);
    let dir = folder.to_str().expect("UTF-8");
    let report = Report::parse(dossier(&["--dir", dir, "check", "--format", "json"]));
    report.assert_status(1).assert_counts(3, 1);
    let in_file = |name: &str| {
        let found: Vec<&Diagnostic> = report
            .with_code("unknown-reference")
            .into_iter()
            .filter(|d| d.path.ends_with(name))
            .collect();
        assert_eq!(found.len(), 1, "{name}\n{}", report.run);
        assert_eq!(found[0].key, "plan.solutions[0].replicated_to[0]");
        found[0]
    };
    in_file("acme.yaml")
        .assert_message_contains(&["nordhafen-food", "did you mean `nordhafen-foods`"]);
    let own = in_file("nordhafen-foods.yaml");
    assert!(own.message.contains("own id"), "{}", own.message);
}

#[test]
fn replicated_to_sees_the_whole_folder_when_one_file_is_checked() {
    let folder = replication_folder(["[nordhafen-foods]", "[]", "[]"]);
    let dir = folder.to_str().expect("UTF-8");
    let one = folder.join("acme.yaml");
    let run = dossier(&[
        "--dir",
        dir,
        "check",
        "--format",
        "json",
        one.to_str().expect("UTF-8"),
    ]);
    Report::parse(run)
        .assert_status(0)
        .assert_counts(1, 1)
        .assert_no_diagnostics();
}

#[test]
fn overdue_action_names_the_action_and_its_date() {
    let report = check(&["warnings/overdue-action/cyrillic-overdue.yaml"]);
    report
        .one_at_key("overdue-action", "plan.objectives[0].actions[0].due")
        .assert_at(128, 16)
        .assert_message_contains(&["Показать модуль маркировки", "2025-12-31"]);
}

#[test]
fn plan_gaps_point_at_the_plan_or_at_the_top() {
    let report = check(&["warnings/no-needs/needs-empty-ru.yaml"]);
    report
        .one_at_key("no-needs", "plan.needs")
        .assert_at(116, 3);
    let report = check(&["valid/complete.yaml"]);
    report.assert_no_diagnostics();
    let report = check(&["warnings/no-relationship-history/history-absent.yaml"]);
    assert!(report.with_code("no-needs").is_empty());
}

/// Run where there is no dossiers folder (the first mistake of a new user),
/// every command that reads the portfolio says where `dossier` looks for
/// it, in the run's language, and nothing else: no empty summary on stdout
/// (a cron mail would read "0 overdue"), no `--output` file written or
/// replaced, exit 2, in every format. A path named on the command line is
/// reported as it is, among `check`'s findings.
#[test]
fn a_missing_dossiers_folder_says_where_dossier_looks_and_prints_nothing() {
    let here = scratch("no-dossiers-here");
    let hint = "cannot read dossiers: no such folder; dossier reads the folder that `--dir` \
                names, else `DOSSIER_DIR`, else `dossiers_dir` of `dossier.yaml`, else \
                `dossiers` in the current folder";
    // Files a scheduled job published earlier: a failed run leaves them be.
    let published = ["out.json", "out.xlsx", "out.html", "out.ics"];
    for name in published {
        std::fs::write(here.join(name), "published earlier").unwrap();
    }
    let commands: &[&[&str]] = &[
        &["review"],
        &["review", "--all"],
        &["review", "--quiet"],
        &["review", "--format", "json"],
        &["review", "--format", "csv"],
        &["list"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["actions"],
        &["actions", "--all"],
        &["actions", "--format", "json"],
        &["actions", "--format", "csv"],
        &["calendar"],
        &["calendar", "--output", "out.ics"],
        &["report"],
        &["report", "--output", "out.html"],
        &["export", "--format", "json", "--output", "out.json"],
        &["export", "--format", "xlsx", "--output", "out.xlsx"],
        &["check"],
        &["check", "--strict"],
        &["check", "--quiet"],
        &["check", "--format", "json"],
        &["show", "acme"],
        &["show", "acme", "--format", "json"],
        &["map", "acme"],
        &["map", "acme", "--format", "dot"],
        &["reviewed", "acme"],
    ];
    for args in commands {
        let run = dossier_in(&here, args);
        assert_eq!(run.status, 2, "{args:?}: {run}");
        assert_eq!(run.stdout, "", "{args:?}: {run}");
        assert_eq!(
            run.stderr,
            format!("dossier: error: {hint}\n"),
            "{args:?}: {run}"
        );
    }
    for name in published {
        let text = std::fs::read_to_string(here.join(name)).unwrap();
        assert_eq!(text, "published earlier", "{name}");
    }
    let russian = dossier_in(&here, &["--lang", "ru", "review"]);
    assert_eq!(russian.stdout, "", "{russian}");
    assert!(
        russian.stderr.contains(
            "не удалось прочитать dossiers: такой папки нет; dossier читает папку, которую \
             называет `--dir`, иначе `DOSSIER_DIR`"
        ),
        "{russian}"
    );
    let named = dossier_in(&here, &["check", "missing.yaml"]);
    assert_eq!(named.status, 2, "{named}");
    assert!(
        named
            .stdout
            .contains("cannot read missing.yaml: no such file or folder"),
        "{named}"
    );
}

/// The folder is named as `dossier` resolved it: relative to the working
/// folder when it lies below it, else in full (`DOSSIER_DIR` of a cron job;
/// `dossiers_dir` of a `dossier.yaml` found further up). A folder that is
/// there but cannot be read (here: a path through a file) says why, and
/// stops the command as a missing one does.
#[test]
fn a_dossiers_folder_that_cannot_be_read_is_named_as_resolved() {
    let here = scratch("dossiers-dir-given");
    let absolute = here.join("key-accounts");
    let absolute = absolute.to_str().unwrap();
    let from_variable = Dossier::new().env("DOSSIER_DIR", absolute).run(&["review"]);
    assert_eq!(from_variable.status, 2, "{from_variable}");
    assert_eq!(from_variable.stdout, "", "{from_variable}");
    assert!(
        from_variable.stderr.starts_with(&format!(
            "dossier: error: cannot read {absolute}: no such folder;"
        )),
        "{from_variable}"
    );
    std::fs::write(here.join("dossier.yaml"), "dossiers_dir: accounts\n").unwrap();
    std::fs::create_dir(here.join("sub")).unwrap();
    let from_settings = dossier_in(here.join("sub"), &["list"]);
    assert_eq!(from_settings.stdout, "", "{from_settings}");
    assert!(
        from_settings.stderr.starts_with(&format!(
            "dossier: error: cannot read {}: no such folder;",
            here.join("accounts").display()
        )),
        "{from_settings}"
    );
    std::fs::write(here.join("notes.txt"), "not a folder\n").unwrap();
    for args in [&["review"][..], &["check"], &["list", "--format", "json"]] {
        let run = dossier_in(&here, &[&["--dir", "notes.txt/dossiers"], args].concat());
        assert_eq!(run.status, 2, "{args:?}: {run}");
        assert_eq!(run.stdout, "", "{args:?}: {run}");
        assert_eq!(
            run.stderr,
            "dossier: error: cannot read notes.txt/dossiers: a part of the path is not a folder\n",
            "{args:?}: {run}"
        );
    }
}

/// The carets stand under the offending value as a terminal shows the
/// line: a Chinese or Japanese character takes two columns, so the text
/// before the value and the value itself are measured in columns, not
/// characters.
#[test]
fn carets_stand_under_wide_characters() {
    let folder = scratch("check-wide-carets");
    let dossier = "version: 1
client:
  name: 東京物流
company_view:
  account_manager: 佐藤健二
decision_group:
  - {name: 山田太郎, title: 社長, roles: [decision_maker], influence: 高い}
competitors: []
review:
  last_reviewed: 2026-10-01
";
    fs::write(folder.join("tokyo.yaml"), dossier).unwrap();
    let run = dossier_in(&folder, &["--dir", ".", "check"]);
    assert_eq!(run.status, 1, "{run}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.contains("influence: 高い}"))
        .unwrap_or_else(|| panic!("no source line\n{run}"));
    let source = lines[at];
    let carets = lines[at + 1];
    let before_value = &source[..source.find("高い").unwrap()];
    let before_carets = &carets[..carets
        .find('^')
        .unwrap_or_else(|| panic!("no carets\n{run}"))];
    use unicode_width::UnicodeWidthStr;
    assert_eq!(before_carets.width(), before_value.width(), "{run}");
    assert_eq!(carets.trim_start_matches(before_carets), "^^^^", "{run}");
}
