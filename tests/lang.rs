//! The language of what a person reads: chosen by `--lang`, `DOSSIER_LANG`,
//! `language` in dossier.yaml and the locale, in that order; what scripts
//! read never changes with it.

mod common;

use common::{Dossier, Run, bundled, scratch};
use std::fs;

const AS_OF: &str = "2026-11-28";
const RU_HEADER: &str = "Клиент";
const EN_HEADER: &str = "Client";

fn review(dossier: Dossier, extra: &[&str]) -> Run {
    let dir = bundled();
    let mut args = vec!["--dir", dir.as_str()];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["review", "--as-of", AS_OF]);
    dossier.run(&args)
}

fn is_russian(run: &Run) -> bool {
    assert_eq!(run.status, 1, "{run}");
    match (
        run.stdout.starts_with(RU_HEADER),
        run.stdout.starts_with(EN_HEADER),
    ) {
        (true, false) => true,
        (false, true) => false,
        _ => panic!("neither language\n{run}"),
    }
}

/// A folder whose dossier.yaml says `language: VALUE`, with the bundled
/// dossiers as its dossiers folder.
fn settings_with_language(value: &str) -> std::path::PathBuf {
    let dir = scratch("lang-settings");
    fs::write(
        dir.join("dossier.yaml"),
        format!("dossiers_dir: {}\nlanguage: {value}\n", bundled()),
    )
    .unwrap();
    dir
}

#[test]
fn english_without_any_choice() {
    assert!(!is_russian(&review(Dossier::new(), &[])));
}

#[test]
fn the_flag_the_variable_and_the_locale_each_choose_russian() {
    assert!(is_russian(&review(Dossier::new(), &["--lang", "ru"])));
    assert!(is_russian(&review(
        Dossier::new().env("DOSSIER_LANG", "ru"),
        &[]
    )));
    for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        assert!(
            is_russian(&review(Dossier::new().env(variable, "ru_RU.UTF-8"), &[])),
            "{variable}"
        );
    }
}

#[test]
fn the_flag_wins_over_the_variable_which_wins_over_the_locale() {
    let both = Dossier::new()
        .env("DOSSIER_LANG", "ru")
        .env("LANG", "en_US.UTF-8");
    assert!(!is_russian(&review(both, &["--lang", "en"])));
    let both = Dossier::new()
        .env("DOSSIER_LANG", "en")
        .env("LANG", "ru_RU.UTF-8");
    assert!(!is_russian(&review(both, &[])));
    // The first locale variable that is set decides, as POSIX says.
    let both = Dossier::new()
        .env("LC_ALL", "en_US.UTF-8")
        .env("LANG", "ru_RU.UTF-8");
    assert!(!is_russian(&review(both, &[])));
    // An empty or unknown DOSSIER_LANG is passed over.
    for value in ["", "auto", "de"] {
        let run = review(
            Dossier::new()
                .env("DOSSIER_LANG", value)
                .env("LANG", "ru_RU.UTF-8"),
            &[],
        );
        assert!(is_russian(&run), "DOSSIER_LANG={value:?}");
    }
}

#[test]
fn the_settings_file_chooses_between_the_variable_and_the_locale() {
    let ru = settings_with_language("ru");
    assert!(is_russian(
        &Dossier::new().cwd(&ru).run(&["review", "--as-of", AS_OF])
    ));
    let beaten = Dossier::new().cwd(&ru).env("DOSSIER_LANG", "en");
    assert!(!is_russian(&beaten.run(&["review", "--as-of", AS_OF])));
    let en = settings_with_language("en");
    let over_locale = Dossier::new().cwd(&en).env("LANG", "ru_RU.UTF-8");
    assert!(!is_russian(&over_locale.run(&["review", "--as-of", AS_OF])));
    let auto = settings_with_language("auto");
    let locale = Dossier::new().cwd(&auto).env("LANG", "ru_RU.UTF-8");
    assert!(is_russian(&locale.run(&["review", "--as-of", AS_OF])));
}

#[test]
fn a_language_the_tool_does_not_speak_is_refused_in_settings() {
    let dir = settings_with_language("de");
    let run = Dossier::new().cwd(&dir).run(&["review", "--as-of", AS_OF]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("language"), "{run}");
}

#[test]
fn russian_review_uses_the_methodology_statuses_and_counts() {
    let run = review(Dossier::new(), &["--lang", "ru"]);
    for word in ["просрочено", "скоро срок"] {
        assert!(run.stdout.contains(word), "{word}\n{run}");
    }
    assert!(
        run.stdout
            .ends_with("2 просрочено, 1 скоро срок, 2 в срок\n"),
        "{run}"
    );
}

/// JSON and CSV are for scripts: the same bytes in every language.
#[test]
fn json_and_csv_are_the_same_bytes_in_both_languages() {
    let dir = bundled();
    for command in [
        vec!["review", "--as-of", AS_OF, "--all"],
        vec!["list"],
        vec!["check"],
    ] {
        for format in ["json", "csv"] {
            if command[0] == "check" && format == "csv" {
                continue;
            }
            let run = |lang: &str| {
                let mut args = vec!["--dir", dir.as_str(), "--lang", lang];
                args.extend_from_slice(&command);
                args.extend_from_slice(&["--format", format]);
                Dossier::new().run(&args)
            };
            let (en, ru) = (run("en"), run("ru"));
            assert!(!en.stdout.is_empty(), "{command:?} {format}\n{en}");
            assert_eq!(en.bytes(), ru.bytes(), "{command:?} {format}");
            assert_eq!(en.status, ru.status, "{command:?} {format}");
        }
    }
}

#[test]
fn help_stays_english() {
    let en = Dossier::new().run(&["review", "--help"]);
    let ru = Dossier::new()
        .env("DOSSIER_LANG", "ru")
        .run(&["review", "--help"]);
    assert_eq!(en.stdout, ru.stdout);
}

fn review_fixture(folder: &str) -> String {
    common::fixture("review", folder)
}

/// The count under the list says how many it left out, in both languages.
#[test]
fn the_list_count_names_what_it_left_out() {
    let dir = review_fixture("broken");
    let en = Dossier::new().dir(&dir).run(&["list"]);
    assert_eq!(en.status, 2, "{en}");
    assert!(
        en.stdout
            .ends_with("\n4 dossiers, and 1 more that could not be read (named in the errors)\n"),
        "{en}"
    );
    let ru = Dossier::new().dir(&dir).run(&["--lang", "ru", "list"]);
    assert!(
        ru.stdout.ends_with(
            "\n4 досье, и ещё 1 не удалось прочитать (названы в сообщениях об ошибках)\n"
        ),
        "{ru}"
    );
    let whole = Dossier::new().dir(bundled()).run(&["list"]);
    assert!(whole.stdout.ends_with("\n5 dossiers\n"), "{whole}");
}

/// A surname alone suggests the full names that hold it, in both languages.
#[test]
fn a_surname_alone_suggests_the_full_names() {
    let dir = scratch("owner-surname");
    let original = fs::read_to_string(format!("{}/ru/uraltekhsnab.yaml", bundled())).unwrap();
    for (id, manager) in [
        ("a", "Марина Белова"),
        ("b", "Анна Белова"),
        ("c", "Иван Петров"),
    ] {
        let text = original.replace("Марина Белова", manager);
        fs::write(dir.join(format!("{id}.yaml")), text).unwrap();
    }
    let run = Dossier::new()
        .dir(&dir)
        .run(&["review", "--as-of", AS_OF, "--owner", "белова"]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(
        run.stderr,
        "dossier: error: no dossier has `белова` as its account manager; \
         did you mean one of `Анна Белова`, `Марина Белова`?\n",
        "{run}"
    );
    let run = Dossier::new()
        .dir(&dir)
        .run(&["--lang", "ru", "list", "--owner", "Петров"]);
    assert_eq!(
        run.stderr,
        "dossier: ошибка: нет досье с менеджером `Петров`; может быть, `Иван Петров`?\n",
        "{run}"
    );
}
