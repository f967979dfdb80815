//! `dossier schema` against `dossier check`: every dossier the schema sees,
//! converted from YAML to JSON, is judged the way `check` judges it.
//!
//! A schema cannot know about cross-references (`reports_to`, `covered_by`,
//! an objective's `needs`, `replicated_to`),
//! duplicates (keys, ids, members) or dates relative to today, so files whose
//! only errors are of those kinds must still be accepted; every other error
//! must make the schema reject the file.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use common::{Run, dossier_in, root, scratch};
use serde_json::Value;

/// Error codes a JSON Schema cannot express.
const BEYOND_A_SCHEMA: &[&str] = &[
    "yaml-syntax",
    "duplicate-key",
    "duplicate-id",
    "duplicate-member",
    "duplicate-entry",
    "unknown-member",
    "unknown-reference",
    "future-review",
];

fn validator() -> jsonschema::Validator {
    let Run { status, stdout, .. } = dossier_in(scratch("print"), &["schema"]);
    assert_eq!(status, 0);
    let schema: Value = serde_json::from_str(&stdout).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "draft 2020-12"
    );
    jsonschema::draft202012::new(&schema).expect("the schema is a valid draft 2020-12 schema")
}

/// The YAML file as JSON, read the way `check` reads YAML (1.2 booleans);
/// `None` when it is not YAML a JSON value can hold.
fn as_json(path: &Path) -> Option<Value> {
    let bytes = fs::read(path).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options(text, options).ok()
}

/// Error codes `check` reports, per file, for every dossier under `folder`.
fn check_errors(folder: &Path) -> BTreeMap<PathBuf, BTreeSet<String>> {
    let Run { status, stdout, .. } = dossier_in(
        scratch("check"),
        &[
            "check",
            "--format",
            "json",
            folder.to_str().expect("UTF-8 path"),
        ],
    );
    assert!(status <= 1, "check ran: {status}\n{stdout}");
    let report: Value = serde_json::from_str(&stdout).expect("check prints JSON");
    let mut errors: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    for diagnostic in report["diagnostics"].as_array().expect("diagnostics") {
        if diagnostic["severity"] == "error" {
            errors
                .entry(PathBuf::from(diagnostic["path"].as_str().expect("path")))
                .or_default()
                .insert(diagnostic["code"].as_str().expect("code").to_owned());
        }
    }
    errors
}

/// Dossier files as `check` finds them: `.yaml`/`.yml`, hidden ones skipped.
fn dossier_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("read a fixture folder") {
            let path = entry.expect("folder entry").path();
            let name = path.file_name().expect("a name").to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Judges every file under `folder` with `check` and with the schema; returns
/// how many were accepted and how many rejected by the schema.
fn agree(folder: &Path, validator: &jsonschema::Validator) -> (usize, usize) {
    let errors = check_errors(folder);
    let files = dossier_files(folder);
    assert!(!files.is_empty(), "no dossiers under {}", folder.display());
    let (mut accepted, mut rejected) = (0, 0);
    let mut disagreements = Vec::new();
    for file in &files {
        let codes = errors.get(file).cloned().unwrap_or_default();
        let expressible: Vec<&String> = codes
            .iter()
            .filter(|code| !BEYOND_A_SCHEMA.contains(&code.as_str()))
            .collect();
        let Some(json) = as_json(file) else {
            assert!(
                codes.contains("yaml-syntax") || codes.contains("duplicate-key"),
                "{} is not YAML for JSON, but check found {codes:?}",
                file.display()
            );
            continue;
        };
        let schema_errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        let schema_accepts = schema_errors.is_empty();
        if schema_accepts {
            accepted += 1;
        } else {
            rejected += 1;
        }
        if expressible.is_empty() != schema_accepts {
            disagreements.push(format!(
                "{}: check errors {codes:?}, schema errors {schema_errors:?}",
                file.display()
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "schema and check disagree:\n{}",
        disagreements.join("\n")
    );
    (accepted, rejected)
}

#[test]
fn accepts_every_example_dossier() {
    let (accepted, rejected) = agree(&root().join("dossiers"), &validator());
    assert_eq!((accepted, rejected), (5, 0));
}

#[test]
fn judges_every_check_fixture_like_check() {
    let (accepted, rejected) = agree(&root().join("tests/fixtures/check"), &validator());
    // 25 fixtures have no errors, or only errors beyond a schema; 32 have
    // errors a schema expresses (more may be added: these are floors).
    assert!(accepted >= 25, "accepted {accepted}");
    assert!(rejected >= 32, "rejected {rejected}");
}

/// One-line changes to a complete dossier, each judged by both.
#[test]
fn agrees_with_check_on_small_changes() {
    let base = fs::read_to_string(root().join("tests/fixtures/check/valid/complete.yaml"))
        .expect("the complete fixture");
    let variants: &[(&str, &str, &str, bool)] = &[
        // (name, from, to, valid for check and schema)
        ("unchanged", "version: 1", "version: 1", true),
        (
            "quoted-headcount",
            "headcount: 1200",
            "headcount: \"1200\"",
            true,
        ),
        ("number-as-text", "title: CEO", "title: 2024", true),
        ("boolean-as-text", "title: CEO", "title: true", true),
        ("empty-optional", "title: CEO", "title:", true),
        ("null-optional", "influence: high", "influence: ~", true),
        ("loss", "net_income: 90000000", "net_income: -5", true),
        (
            "quoted-amount",
            "amount: 30000000",
            "amount: '30000000'",
            true,
        ),
        ("yes-is-text", "industry: Logistics", "industry: yes", true),
        (
            "unknown-key",
            "industry: Logistics",
            "indstry: Logistics",
            false,
        ),
        ("bad-kind", "kind: direct", "kind: rival", false),
        (
            "bad-role",
            "roles: [gatekeeper]",
            "roles: [gate-keeper]",
            false,
        ),
        ("no-roles", "roles: [gatekeeper]", "roles: []", false),
        (
            "roles-text",
            "roles: [gatekeeper]",
            "roles: gatekeeper",
            false,
        ),
        (
            "both-stances",
            "roles: [gatekeeper]",
            "roles: [gatekeeper, supporter, opponent]",
            false,
        ),
        (
            "headcount-text",
            "headcount: 1200",
            "headcount: many",
            false,
        ),
        (
            "headcount-fraction",
            "headcount: 1200",
            "headcount: 12.5",
            false,
        ),
        (
            "negative-headcount",
            "headcount: 1200",
            "headcount: -1",
            false,
        ),
        (
            "negative-revenue",
            "revenue: 1200000000",
            "revenue: -1",
            false,
        ),
        ("lower-currency", "currency: RUB", "currency: rub", false),
        ("long-currency", "currency: RUB", "currency: RUBL", false),
        (
            "no-currency",
            "      currency: RUB\n      notes: Audited.",
            "      notes: Audited.",
            false,
        ),
        (
            "interval-zero",
            "interval_months: 3",
            "interval_months: 0",
            false,
        ),
        (
            "interval-four",
            "interval_months: 3",
            "interval_months: 4",
            false,
        ),
        (
            "month-13",
            "last_reviewed: 2026-10-01",
            "last_reviewed: 2026-13-01",
            false,
        ),
        (
            "february-30",
            "last_reviewed: 2026-10-01",
            "last_reviewed: 2026-02-30",
            false,
        ),
        ("date-shape", "date: 2024-03-15", "date: 15.03.2024", false),
        (
            "blank-name",
            "name: ACME Logistics LLC",
            "name: \"  \"",
            false,
        ),
        ("null-name", "name: ACME Logistics LLC", "name:", false),
        ("version-2", "version: 1", "version: 2", false),
        (
            "text-is-list",
            "industry: Logistics",
            "industry: [a, b]",
            false,
        ),
        ("no-review-date", "  last_reviewed: 2026-10-01\n", "", false),
        (
            "no-account-manager",
            "  account_manager: Ivan Petrov\n",
            "",
            false,
        ),
    ];
    let folder = scratch("variants");
    for (name, from, to, _) in variants {
        assert!(
            base.contains(from),
            "{name}: `{from}` is not in the fixture"
        );
        fs::write(
            folder.join(format!("{name}.yaml")),
            base.replacen(from, to, 1),
        )
        .expect("write a variant");
    }
    let errors = check_errors(&folder);
    let validator = validator();
    for (name, _, _, valid) in variants {
        let path = folder.join(format!("{name}.yaml"));
        let codes = errors.get(&path).cloned().unwrap_or_default();
        let expressible = codes
            .iter()
            .filter(|code| !BEYOND_A_SCHEMA.contains(&code.as_str()))
            .count();
        assert_eq!(expressible == 0, *valid, "{name}: check found {codes:?}");
        let json = as_json(&path).expect("the variant is YAML");
        let schema_errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            schema_errors.is_empty(),
            *valid,
            "{name}: schema errors {schema_errors:?}"
        );
    }
}

#[test]
fn describes_keys_for_editors() {
    let Run { stdout, .. } = dossier_in(scratch("describe"), &["schema"]);
    let schema: Value = serde_json::from_str(&stdout).expect("JSON");
    let definitions = &schema["$defs"];
    let member = &definitions["Member"];
    assert_eq!(member["additionalProperties"], false);
    assert_eq!(member["required"], serde_json::json!(["name", "roles"]));
    assert_eq!(member["properties"]["roles"]["minItems"], 1);
    assert!(
        member["properties"]["covered_by"]["description"]
            .as_str()
            .is_some_and(|d| d.contains("our side")),
        "hover text for covered_by"
    );
    let review = &definitions["Review"]["properties"];
    assert_eq!(review["interval_months"]["minimum"], 1);
    assert_eq!(review["interval_months"]["maximum"], 3);
    assert_eq!(
        definitions["Budget"]["properties"]["currency"]["pattern"],
        "^[A-Z]{3}$"
    );
    for section in [
        "version",
        "client",
        "company_view",
        "decision_group",
        "competitors",
        "review",
    ] {
        assert!(
            schema["required"]
                .as_array()
                .is_some_and(|keys| keys.iter().any(|k| k == section)),
            "{section} is required"
        );
        assert!(
            schema["properties"][section]["description"].is_string(),
            "{section} has hover text"
        );
    }
}

#[test]
fn accepts_new_dossiers_from_every_built_in_template() {
    let dir = scratch("new");
    for (template, name) in [("default", "Müller & Söhne GmbH"), ("ru", "ООО «Ромашка»")]
    {
        let Run { status, stdout, .. } = dossier_in(
            &dir,
            &[
                "new",
                name,
                "--template",
                template,
                "--owner",
                "Ivan \"the\" Petrov",
            ],
        );
        assert_eq!(status, 0, "{template}: {stdout}");
    }
    let (accepted, rejected) = agree(&dir.join("dossiers"), &validator());
    assert_eq!((accepted, rejected), (2, 0));
}
