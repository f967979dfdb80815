//! `dossier export` end to end on `tests/fixtures/portfolio`: the JSON read
//! back with serde_json, the workbook read back with Python's `openpyxl`
//! (an independent reader, installed by `.ci/run`).

mod common;

use common::{Run, Scratch, dossier_in, fixtures, python_with, root, scratch};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `dossier ARGS` in the fixture's folder, so its `dossier.yaml` applies.
fn here(args: &[&str]) -> Run {
    dossier_in(fixtures("portfolio"), args)
}

/// `export --format FORMAT EXTRA` into a scratch folder: the run, the
/// folder (removed when dropped) and the file written in it.
fn export(format: &str, extra: &[&str]) -> (Run, Scratch, PathBuf) {
    let folder = scratch("export");
    let out = folder.join(format!("portfolio.{format}"));
    let target = out.to_str().unwrap().to_owned();
    let mut args = vec!["export", "--format", format, "--output", target.as_str()];
    args.extend_from_slice(extra);
    (here(&args), folder, out)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn json_is_an_array_of_whole_dossiers_with_id_and_path() {
    let (run, _folder, out) = export("json", &[]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.stdout.trim(), out.to_str().unwrap());
    let dossiers = read_json(&out);
    let ids: Vec<&str> = dossiers
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "brightline-retail",
            "baltic-steel",
            "brightline-europe",
            "nordhafen-foods",
            "romashka",
            "uraltekhsnab"
        ],
        "path order, archived left out"
    );
    let romashka = &dossiers[4];
    assert_eq!(romashka["path"], "dossiers/ru/romashka.yaml");
    assert_eq!(romashka["client"]["name"], "ООО «Ромашка»");
    assert_eq!(
        romashka["decision_group"][1]["roles"],
        json!(["technical", "supporter"])
    );
    assert_eq!(
        romashka["company_view"]["history"][0]["amount"],
        4_500_000.5
    );
    assert_eq!(romashka["review"]["last_reviewed"], "2026-08-01");

    let (all, _folder, out) = export("json", &["--all"]);
    assert_eq!(all.status, 0, "{all}");
    let dossiers = read_json(&out);
    assert_eq!(dossiers.as_array().unwrap().len(), 7);
    assert_eq!(
        dossiers[1]["id"], "romashka-2019",
        "archive/ sorts after americas/"
    );
    assert_eq!(dossiers[1]["status"], "archived");
}

#[test]
fn an_unreadable_dossier_is_named_and_the_rest_exported() {
    let dir = scratch("export-broken");
    std::fs::create_dir_all(dir.join("dossiers")).unwrap();
    for entry in std::fs::read_dir(fixtures("portfolio").join("dossiers/ru")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("dossiers").join(entry.file_name())).unwrap();
    }
    std::fs::write(dir.join("dossiers/broken.yaml"), "version: 1\nclient: [\n").unwrap();
    let run = dossier_in(
        &dir,
        &["export", "--format", "json", "--output", "out.json"],
    );
    assert_eq!(run.status, 2, "{run}");
    assert!(
        run.stderr
            .starts_with("dossier: error: dossiers/broken.yaml:"),
        "{run}"
    );
    assert!(run.stderr.contains("left out of the export"), "{run}");
    let ids: Vec<String> = read_json(&dir.join("out.json"))
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["romashka", "uraltekhsnab"]);
}

#[test]
fn output_is_required() {
    let run = here(&["export", "--format", "json"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("--output"), "{run}");
}

#[test]
fn output_goes_through_a_symlink_and_never_over_a_fifo() {
    let dir = scratch("export-fifo");
    let fifo = dir.join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let run = here(&[
        "export",
        "--format",
        "json",
        "--output",
        fifo.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("never replaced"), "{run}");
    {
        use std::os::unix::fs::FileTypeExt as _;
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );
    }

    let target = dir.join("real.xlsx");
    std::fs::write(&target, b"old").unwrap();
    let link = dir.join("latest.xlsx");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let run = here(&[
        "export",
        "--format",
        "xlsx",
        "--output",
        link.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 0, "{run}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read(&target).unwrap().starts_with(b"PK"),
        "a zip file"
    );
}

// ------------------------------------------------------------ the workbook

/// The workbook's sheets in order, as FORMAT.md names them in every language.
const SHEETS: [&str; 10] = [
    "Dossiers",
    "Team",
    "Decision group",
    "Competitors",
    "History",
    "Needs",
    "Objectives",
    "Actions",
    "Resources",
    "Solutions",
];

/// The workbook as openpyxl reads it: `{"sheets": [{"name", "freeze",
/// "filter", "rows": [[[type, value], ...], ...]}]}`.
fn read_workbook(path: &Path) -> Option<Value> {
    let python = python_with("openpyxl")?;
    let reader = root().join("tests/read/xlsx.py");
    let output = Command::new(python).arg(reader).arg(path).output().unwrap();
    assert!(
        output.status.success(),
        "openpyxl could not read the workbook: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

fn sheet<'a>(book: &'a Value, name: &str) -> &'a Value {
    book["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

/// One row as `[type, value]` pairs.
fn row(sheet: &Value, n: usize) -> Vec<(String, Value)> {
    sheet["rows"][n]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c[0].as_str().unwrap().to_owned(), c[1].clone()))
        .collect()
}

fn text(s: &str) -> (String, Value) {
    ("text".to_owned(), json!(s))
}

/// openpyxl reads a whole number back as an int.
fn number(n: f64) -> (String, Value) {
    #[allow(clippy::cast_possible_truncation)]
    let value = if n.fract() == 0.0 {
        json!(n as i64)
    } else {
        json!(n)
    };
    ("number".to_owned(), value)
}

fn date(s: &str) -> (String, Value) {
    ("date".to_owned(), json!(s))
}

fn empty() -> (String, Value) {
    ("empty".to_owned(), Value::Null)
}

#[test]
fn the_workbook_has_its_sheets_rows_and_cell_types() {
    let (run, _folder, out) = export("xlsx", &[]);
    assert_eq!(run.status, 0, "{run}");
    let Some(book) = read_workbook(&out) else {
        return;
    };
    let names: Vec<&str> = book["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, SHEETS);
    for sheet in book["sheets"].as_array().unwrap() {
        assert_eq!(sheet["freeze"], "A2", "header frozen on {}", sheet["name"]);
        let rows = sheet["rows"].as_array().unwrap().len();
        let filter = sheet["filter"].as_str().unwrap();
        assert!(
            filter.starts_with("A1:") && filter.ends_with(&rows.to_string()),
            "{} filters {filter} over {rows} rows",
            sheet["name"]
        );
    }

    let dossiers = sheet(&book, "Dossiers");
    assert_eq!(
        dossiers["rows"].as_array().unwrap().len(),
        7,
        "header and six active"
    );
    assert_eq!(
        row(dossiers, 0)
            .iter()
            .map(|c| c.1.as_str().unwrap())
            .collect::<Vec<_>>(),
        [
            "Id",
            "Client",
            "Status",
            "Industry",
            "Headcount",
            "Account manager",
            "Executive sponsor",
            "Next year",
            "3-5 years",
            "Currency",
            "Last reviewed",
            "Next review",
            "Review status",
            "Path"
        ]
    );
    let romashka = row(dossiers, 5);
    assert_eq!(
        romashka[..12],
        [
            text("romashka"),
            text("ООО «Ромашка»"),
            text("active"),
            text("Дистрибуция продуктов"),
            number(1200.0),
            text("Марина Белова"),
            text("Ольга Смирнова"),
            number(18_000_000.0),
            number(55_000_000.0),
            text("RUB"),
            date("2026-08-01"),
            date("2026-11-01"),
        ]
    );
    assert_eq!(romashka[13], text("dossiers/ru/romashka.yaml"));
    let uraltekhsnab = row(dossiers, 6);
    assert_eq!(uraltekhsnab[7], number(12_500_000.5));
    assert_eq!(uraltekhsnab[8], empty());

    let group = sheet(&book, "Decision group");
    assert_eq!(
        row(group, 1)[..5],
        [
            text("romashka"),
            text("Павел Орлов"),
            text("Генеральный директор"),
            text("decision_maker, economic"),
            text("high"),
        ]
    );
    // Text that looks like a formula stays text.
    assert_eq!(
        row(group, 2)[9],
        text("=1+1 is what she typed in the last survey")
    );
    let history = sheet(&book, "History");
    assert_eq!(
        row(history, 1),
        [
            text("romashka"),
            date("2024-03-15"),
            text("tender"),
            text("Внедрение WMS"),
            text("won"),
            number(4_500_000.5),
            text("RUB"),
        ]
    );
    assert_eq!(
        row(sheet(&book, "Team"), 1),
        [
            text("romashka"),
            text("Сергей Ким"),
            text("пресейл-инженер"),
            empty()
        ]
    );
    assert_eq!(
        row(sheet(&book, "Competitors"), 1)[..3],
        [text("romashka"), text("Ничего не менять"), text("inertia")]
    );
}

#[test]
fn the_workbook_takes_archived_dossiers_with_all() {
    let (run, _folder, out) = export("xlsx", &["--all"]);
    assert_eq!(run.status, 0, "{run}");
    let Some(book) = read_workbook(&out) else {
        return;
    };
    let dossiers = sheet(&book, "Dossiers");
    assert_eq!(dossiers["rows"].as_array().unwrap().len(), 8);
    let archived = row(dossiers, 2);
    assert_eq!(archived[0], text("romashka-2019"));
    assert_eq!(archived[2], text("archived"));
}

#[test]
fn headers_follow_the_language_and_sheet_names_do_not() {
    let folder = scratch("export-ru");
    let out = folder.join("portfolio.xlsx");
    let run = here(&[
        "--lang",
        "ru",
        "export",
        "--format",
        "xlsx",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 0, "{run}");
    let Some(book) = read_workbook(&out) else {
        return;
    };
    let names: Vec<&str> = book["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, SHEETS);
    assert_eq!(
        row(sheet(&book, "Dossiers"), 0)[..3],
        [text("Id"), text("Клиент"), text("Статус")]
    );
    assert_eq!(
        row(sheet(&book, "History"), 0)[5..],
        [text("Сумма"), text("Валюта")]
    );
}

#[test]
fn the_account_plan_has_its_sheets() {
    let folder = scratch("export-plan");
    let out = folder.join("plan.xlsx");
    let run = dossier_in(
        root(),
        &[
            "--dir",
            "dossiers",
            "export",
            "--format",
            "xlsx",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{run}");
    let Some(book) = read_workbook(&out) else {
        return;
    };
    let team = sheet(&book, "Team");
    assert_eq!(row(team, 0)[3], text("Department"));
    let actions = sheet(&book, "Actions");
    assert_eq!(
        row(actions, 0)
            .iter()
            .map(|c| c.1.as_str().unwrap())
            .collect::<Vec<_>>(),
        [
            "Id",
            "Objective",
            "Name",
            "Owner",
            "Department",
            "Due",
            "Status",
            "Done on"
        ]
    );
    let rows = actions["rows"].as_array().unwrap();
    assert!(rows.len() > 4, "the bundled plans have actions: {rows:?}");
    for n in 1..rows.len() {
        let cells = row(actions, n);
        assert_eq!(cells[5].0, "date", "due is a date: {cells:?}");
        assert_eq!(cells[6].0, "text", "status is written: {cells:?}");
    }
    let resources = sheet(&book, "Resources");
    let cells = row(resources, 1);
    assert_eq!(cells[4].0, "number", "{cells:?}");
    assert_eq!(cells[5].0, "text", "{cells:?}");
    let solutions = sheet(&book, "Solutions");
    assert!(
        solutions["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r.to_string().contains("nordhafen-foods")),
        "a solution replicated to nordhafen-foods: {solutions}"
    );
    for name in ["Needs", "Objectives"] {
        assert!(
            sheet(&book, name)["rows"].as_array().unwrap().len() > 1,
            "{name} has rows"
        );
    }
}

/// Amounts in the workbook are numbers shown with their currency's own
/// decimals (ISO 4217: none for JPY, three for KWD and BHD) and grouped
/// digits, or with more decimals when written with more (half a yen), so a
/// spreadsheet shows neither a rounded amount nor a long one in scientific
/// notation; their columns are wide enough for twelve digits and decimals.
#[test]
fn amounts_are_formatted_with_their_currency_s_decimals() {
    let folder = scratch("export-money");
    let out = folder.join("money.xlsx");
    let run = dossier_in(
        fixtures("money"),
        &[
            "export",
            "--format",
            "xlsx",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{run}");
    let Some(book) = read_workbook(&out) else {
        return;
    };
    let dossiers = sheet(&book, "Dossiers");
    // Rows in path order: bahrain-retail, kuwait-ports, tokyo-freight;
    // H and I are the opportunity's next year and three to five years.
    assert_eq!(row(dossiers, 3)[7], number(150_000_000.5));
    assert_eq!(
        dossiers["number_formats"],
        json!({
            "H2": "#,##0.000", "I2": "#,##0.000",
            "H3": "#,##0.000",
            "H4": "#,##0.0",
        })
    );
    let history = sheet(&book, "History");
    assert_eq!(
        history["number_formats"],
        json!({"F2": "#,##0.000", "F3": "#,##0"})
    );
    let resources = sheet(&book, "Resources");
    assert_eq!(
        resources["number_formats"],
        json!({"E2": "#,##0.000", "E3": "#,##0.000"})
    );
    // (openpyxl reads columns H and I of Dossiers, of one width, as one.)
    for (sheet_name, column) in [("Dossiers", "H"), ("History", "F"), ("Resources", "E")] {
        let width = sheet(&book, sheet_name)["widths"][column].as_f64().unwrap();
        assert!(width >= 20.0, "{sheet_name} {column}: {width}");
    }
}
