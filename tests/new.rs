//! `dossier new` end to end: ids from names in any script, files that always
//! land inside the dossiers folder, never over an existing dossier, and a new
//! file that `check` finds free of errors.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Dossier, NO_GIT_CONFIG, Run, git, scratch};
use serde_json::Value;

/// `dossier --color never ARGS` in `dir`, with no git identity, so the owner
/// is `$USER` unless `--owner` is given.
fn dossier(dir: &Path, args: &[&str]) -> Run {
    Dossier::new()
        .cwd(dir)
        .envs(NO_GIT_CONFIG)
        .env("USER", "tester")
        .run(args)
}

/// The file as JSON, read the way `check` reads YAML.
fn read_yaml(path: &Path) -> Value {
    let text = fs::read_to_string(path).expect("read the new dossier");
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options(&text, options).expect("the new dossier is YAML")
}

/// Creates a dossier and checks it: returns its path.
#[track_caller]
fn created(dir: &Path, args: &[&str], expected: &str) -> PathBuf {
    let result = dossier(dir, args);
    assert_eq!(result.status, 0, "{args:?}: {result}");
    assert_eq!(result.stdout, format!("{expected}\n"), "prints the path");
    let path = dir.join(expected);
    assert!(path.is_file(), "{}", path.display());
    let check = dossier(dir, &["check", "--format", "json", expected]);
    let report: Value = serde_json::from_str(&check.stdout).expect("check prints JSON");
    assert_eq!(report["valid"], 1, "the new file has no errors: {check}");
    path
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn cyrillic_name() {
    let dir = scratch("cyrillic");
    let path = created(
        &dir,
        &["new", "ООО «Ромашка»", "--owner", "Иван Петров"],
        "dossiers/ooo-romashka.yaml",
    );
    let dossier = read_yaml(&path);
    assert_eq!(dossier["client"]["name"], "ООО «Ромашка»");
    assert_eq!(dossier["company_view"]["account_manager"], "Иван Петров");
    assert_eq!(dossier["review"]["reviewed_by"], "Иван Петров");
    let today = chrono::Local::now().date_naive().to_string();
    assert_eq!(dossier["review"]["last_reviewed"], today.as_str());
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.starts_with("# yaml-language-server: $schema=../dossier.schema.json\n"),
        "editors find the schema"
    );
    assert!(
        text.contains("dossier reviewed ooo-romashka"),
        "the id is filled in"
    );
}

#[test]
fn german_name_and_the_russian_template() {
    let dir = scratch("german");
    let path = created(
        &dir,
        &["new", "Müller & Söhne GmbH", "--template", "ru"],
        "dossiers/muller-sohne-gmbh.yaml",
    );
    let dossier = read_yaml(&path);
    assert_eq!(dossier["client"]["name"], "Müller & Söhne GmbH");
    assert_eq!(
        dossier["company_view"]["account_manager"], "tester",
        "$USER"
    );
    assert!(
        fs::read_to_string(&path)
            .expect("read")
            .contains("Досье ключевого клиента")
    );
}

/// A Russian run starts from the Russian template when no `--template` and
/// no `templates/default.yaml` say otherwise; `templates/default.yaml`,
/// when there, is the team's choice in either language, and `--template`
/// picks as before.
#[test]
fn a_russian_run_starts_from_the_russian_template() {
    let russian = "Досье ключевого клиента";
    let dir = scratch("new-lang");
    for (args, expected, in_russian) in [
        (
            &["--lang", "ru", "new", "ООО «Ёлка»"][..],
            "dossiers/ooo-elka.yaml",
            true,
        ),
        (&["new", "Elka Ltd"][..], "dossiers/elka-ltd.yaml", false),
        (
            &["--lang", "ru", "new", "Ель", "--template", "default"][..],
            "dossiers/el.yaml",
            false,
        ),
    ] {
        let path = created(&dir, args, expected);
        let text = fs::read_to_string(&path).expect("read");
        assert_eq!(text.contains(russian), in_russian, "{args:?}: {text}");
    }

    // The team's own default wins over the language.
    fs::create_dir_all(dir.join("templates")).expect("mkdir");
    let english = fs::read_to_string(common::root().join("templates/default.yaml")).expect("read");
    fs::write(dir.join("templates/default.yaml"), english).expect("template");
    let path = created(
        &dir,
        &["--lang", "ru", "new", "Сосна"],
        "dossiers/sosna.yaml",
    );
    assert!(!fs::read_to_string(&path).expect("read").contains(russian));

    // A broken built-in choice is named in the run's language.
    let result = dossier(&dir, &["--lang", "ru", "new", "Дуб", "--template", "нет"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("ошибка"), "{result}");
}

#[test]
fn names_with_yaml_syntax_in_them_stay_text() {
    let dir = scratch("quotes");
    let name = "He said \"no\" \\ # not a comment: {x}\nsecond line";
    let path = created(
        &dir,
        &["new", name, "--id", "quotes", "--owner", "O'Hara, \"Jr.\""],
        "dossiers/quotes.yaml",
    );
    let dossier = read_yaml(&path);
    assert_eq!(dossier["client"]["name"], name);
    assert_eq!(
        dossier["company_view"]["account_manager"],
        "O'Hara, \"Jr.\""
    );
}

#[test]
fn punctuation_only_needs_an_id() {
    let dir = scratch("punctuation");
    let result = dossier(&dir, &["new", "«—» !?"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("--id"), "{result}");
    assert!(files_under(&dir).is_empty(), "nothing written");
    created(
        &dir,
        &["new", "«—» !?", "--id", "dash"],
        "dossiers/dash.yaml",
    );
}

#[test]
fn path_like_names_and_ids_stay_inside_the_folder() {
    let dir = scratch("paths");
    created(
        &dir,
        &["new", "../../etc/passwd"],
        "dossiers/etc-passwd.yaml",
    );
    created(
        &dir,
        &["new", "/tmp/evil.yaml"],
        "dossiers/tmp-evil-yaml.yaml",
    );
    for bad in [
        "../evil", "a/b", "/tmp/x", "Evil", "-x", "x.yaml", ".hidden", "",
    ] {
        let result = dossier(&dir, &["new", "Evil Corp", "--id", bad]);
        assert_eq!(result.status, 2, "--id {bad:?}: {result}");
    }
    let result = dossier(
        &dir,
        &["new", "Evil Corp", "--template", "../../etc/passwd"],
    );
    assert_eq!(result.status, 2, "{result}");
    assert_eq!(
        files_under(&dir),
        [
            dir.join("dossiers/etc-passwd.yaml"),
            dir.join("dossiers/tmp-evil-yaml.yaml")
        ]
    );
}

#[test]
fn never_overwrites_and_ids_are_unique_across_sub_folders() {
    let dir = scratch("exists");
    let path = created(
        &dir,
        &["new", "ACME Logistics"],
        "dossiers/acme-logistics.yaml",
    );
    fs::write(&path, "# hand-edited\n").expect("edit");
    let before = fs::metadata(&path)
        .expect("stat")
        .modified()
        .expect("mtime");
    let result = dossier(&dir, &["new", "ACME Logistics", "--owner", "Someone Else"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(
        result.stderr.contains("dossiers/acme-logistics.yaml"),
        "{result}"
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), "# hand-edited\n");
    assert_eq!(
        fs::metadata(&path)
            .expect("stat")
            .modified()
            .expect("mtime"),
        before
    );

    fs::create_dir_all(dir.join("dossiers/emea")).expect("mkdir");
    fs::write(dir.join("dossiers/emea/nordhafen.yml"), "# elsewhere\n").expect("write");
    let result = dossier(&dir, &["new", "Nordhafen"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("emea/nordhafen.yml"), "{result}");
    assert!(!dir.join("dossiers/nordhafen.yaml").exists());
}

#[test]
fn owner_from_git_config() {
    let dir = scratch("git-owner");
    let init = git(&dir, &["init", "-q"]);
    assert_eq!(init.status, 0, "{init}");
    let config = git(&dir, &["config", "user.name", "Anna Schulz"]);
    assert_eq!(config.status, 0, "{config}");
    let path = created(&dir, &["new", "Brightline"], "dossiers/brightline.yaml");
    assert_eq!(
        read_yaml(&path)["company_view"]["account_manager"],
        "Anna Schulz"
    );
}

#[test]
fn user_templates_and_the_settings_file() {
    let dir = scratch("settings");
    fs::write(
        dir.join("dossier.yaml"),
        "dossiers_dir: accounts\ntemplates_dir: skeletons\n",
    )
    .expect("settings");
    fs::create_dir_all(dir.join("skeletons")).expect("mkdir");
    fs::write(
        dir.join("skeletons/short.yaml"),
        "# {{id}} from a short template; {{unknown}} stays\nversion: 1\nclient: {name: {{name}}}\n\
         company_view: {account_manager: {{owner}}}\ndecision_group: []\ncompetitors: []\n\
         review: {last_reviewed: {{today}}}\n",
    )
    .expect("template");
    let path = created(
        &dir,
        &[
            "new",
            "Kühne, Nagel & Co",
            "--template",
            "short",
            "--owner",
            "A, B",
        ],
        "accounts/kuhne-nagel-co.yaml",
    );
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.starts_with("# kuhne-nagel-co from a short template; {{unknown}} stays\n"));
    assert_eq!(read_yaml(&path)["client"]["name"], "Kühne, Nagel & Co");

    let result = dossier(&dir, &["new", "X", "--template", "shrot"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("did you mean `short`?"), "{result}");

    // A template that does not make a valid dossier writes nothing.
    fs::write(
        dir.join("skeletons/broken.yaml"),
        "version: 1\nclient: {name: {{name}}}\n",
    )
    .expect("template");
    let result = dossier(&dir, &["new", "Broken", "--template", "broken"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(
        result.stderr.contains("missing required section"),
        "{result}"
    );
    assert!(!dir.join("accounts/broken.yaml").exists());
}

#[test]
fn the_schema_modeline_follows_the_dossiers_folder() {
    let dir = scratch("modeline");
    fs::write(dir.join("dossier.yaml"), "dossiers_dir: accounts/emea\n").expect("settings");
    fs::create_dir_all(dir.join("sub")).expect("mkdir");
    let result = dossier(&dir.join("sub"), &["new", "Nordhafen Foods"]);
    assert_eq!(result.status, 0, "{result}");
    let path = dir.join("accounts/emea/nordhafen-foods.yaml");
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.starts_with("# yaml-language-server: $schema=../../dossier.schema.json\n"),
        "{}",
        text.lines().next().unwrap_or_default()
    );
}

/// Both templates carry a commented account plan; uncommented as it
/// stands, it is a valid plan with needs and an open objective.
#[test]
fn the_plan_skeleton_is_a_valid_plan_once_uncommented() {
    for (template, name, expected) in [
        ("default", "Plan Test AG", "dossiers/plan-test-ag.yaml"),
        ("ru", "ООО «План»", "dossiers/ooo-plan.yaml"),
    ] {
        let dir = scratch("plan-skeleton");
        let path = created(
            &dir,
            &[
                "new",
                name,
                "--template",
                template,
                "--owner",
                "Ivan Petrov",
            ],
            expected,
        );
        let text = fs::read_to_string(&path).expect("read");
        let mut in_plan = false;
        let uncommented: Vec<String> = text
            .lines()
            .map(|line| {
                in_plan = (in_plan && !line.is_empty()) || line == "# plan:";
                match line.strip_prefix("# ") {
                    Some(rest) if in_plan => rest.to_owned(),
                    _ => line.to_owned(),
                }
            })
            .collect();
        assert!(uncommented.iter().any(|l| l == "plan:"), "{template}");
        fs::write(&path, uncommented.join("\n") + "\n").expect("write");
        let check = dossier(&dir, &["check", "--format", "json", expected]);
        let report: Value = serde_json::from_str(&check.stdout).expect("check prints JSON");
        assert_eq!(report["valid"], 1, "{template}: {check}");
        let codes: Vec<&str> = report["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter_map(|d| d["code"].as_str())
            .collect();
        for gap in [
            "no-needs",
            "no-objectives",
            "objective-without-actions",
            "unanswered-need",
        ] {
            assert!(!codes.contains(&gap), "{template}: {gap}\n{check}");
        }
    }
}
