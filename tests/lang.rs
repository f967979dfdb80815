//! The language of what a person reads: chosen by `--lang`, `DOSSIER_LANG`,
//! `language` in dossier.yaml and the locale, in that order; what scripts
//! read never changes with it.

mod common;

use common::{Dossier, Run, Scratch, bundled, scratch};
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
fn settings_with_language(value: &str) -> Scratch {
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
            .contains("\n2 просрочено, 1 скоро срок, 2 в срок\n"),
        "{run}"
    );
}

/// Every amount written just before a currency code (` RUB`, ` EUR`,
/// ` USD`): the digits, group separators and decimal comma before it.
fn amounts_before_currencies(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut amounts = Vec::new();
    for (at, window) in chars.windows(4).enumerate() {
        let code: String = window[1..].iter().collect();
        if window[0] != ' ' || !["RUB", "EUR", "USD"].contains(&code.as_str()) {
            continue;
        }
        let start = chars[..at]
            .iter()
            .rposition(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | ',')))
            .map_or(0, |i| i + 1);
        let amount: String = chars[start..at].iter().collect();
        let amount = amount.trim_start_matches(' ');
        if amount.starts_with(|c: char| c.is_ascii_digit()) {
            amounts.push(amount.to_owned());
        }
    }
    amounts
}

/// FORMAT.md: amounts group thousands with a no-break space (U+00A0) in
/// Russian, in tables as in prose; U+00A0 is one column, so the tables
/// still line up.
#[test]
fn russian_amounts_group_with_a_no_break_space_in_tables_and_prose() {
    let dir = bundled();
    let list = Dossier::new().dir(&dir).run(&["--lang", "ru", "list"]);
    assert_eq!(list.status, 0, "{list}");
    assert!(
        list.stdout.contains(
            "\nromashka           ООО «Ромашка»           Иван Петров                    \
             18\u{a0}000\u{a0}000 RUB  55\u{a0}000\u{a0}000 RUB  2027-01-20 "
        ),
        "{list}"
    );
    for total in [
        "\nEUR        1\u{a0}330\u{a0}000   5\u{a0}300\u{a0}000\n",
        "\nRUB       66\u{a0}000\u{a0}000  55\u{a0}000\u{a0}000\n",
    ] {
        assert!(list.stdout.contains(total), "{total:?}\n{list}");
    }
    for table in list.stdout.split("\n\n").filter(|t| t.contains("\n---")) {
        let lines: Vec<&str> = table.lines().collect();
        let columns = common::columns(lines[1]);
        for line in &lines[2..] {
            let cells = common::cells(line, &columns);
            assert_eq!(cells.len(), columns.len(), "{line}");
        }
    }
    let mut seen = 0;
    for id in [
        "acme-logistics",
        "brightline-retail",
        "nordhafen-foods",
        "romashka",
        "uraltekhsnab",
    ] {
        let show = Dossier::new().dir(&dir).run(&["--lang", "ru", "show", id]);
        assert_eq!(show.status, 0, "{show}");
        for amount in amounts_before_currencies(&show.stdout) {
            assert!(!amount.contains(' '), "{id}: {amount:?}\n{show}");
            seen += usize::from(amount.contains('\u{a0}'));
        }
    }
    assert!(
        seen > 20,
        "only {seen} grouped amounts in the five dossiers"
    );
    let romashka = Dossier::new()
        .dir(&dir)
        .run(&["--lang", "ru", "show", "romashka"]);
    assert!(
        romashka
            .stdout
            .lines()
            .any(|line| line.starts_with("    2023-05-18")
                && line.ends_with("      14\u{a0}500\u{a0}000 RUB")),
        "{romashka}"
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

/// A copy of the bundled `romashka` dossier with `from` replaced by `to`,
/// alone in a fresh folder.
fn romashka_with(name: &str, from: &str, to: &str) -> Scratch {
    let dir = scratch(name);
    let original = fs::read_to_string(format!("{}/ru/romashka.yaml", bundled())).unwrap();
    assert!(original.contains(from), "{from}");
    fs::write(dir.join("romashka.yaml"), original.replacen(from, to, 1)).unwrap();
    dir
}

/// What people type for a currency suggests the ISO 4217 code; a code that
/// is not on the active list is refused.
#[test]
fn currencies_people_type_suggest_the_code() {
    for (written, english) in [
        (
            "rub",
            "found `rub`, which is not an ISO 4217 currency code; write `RUB`",
        ),
        (
            "руб",
            "found `руб`, which is not an ISO 4217 currency code; write `RUB`",
        ),
        (
            "RUR",
            "found `RUR`, which is not an ISO 4217 currency code; write `RUB`",
        ),
        (
            "XYZ",
            "found `XYZ`, which is not an ISO 4217 currency code; write three capital letters such as `RUB`, `EUR` or `USD`",
        ),
    ] {
        let dir = romashka_with("currency", "currency: RUB", &format!("currency: {written}"));
        let run = Dossier::new().run(&["check", "--format", "json", dir.to_str().unwrap()]);
        assert_eq!(run.status, 1, "{run}");
        let found = &run.json()["diagnostics"][0];
        assert_eq!(found["code"], "bad-currency", "{run}");
        assert_eq!(found["message"], english, "{run}");
    }
    let dir = romashka_with("currency-ru", "currency: RUB", "currency: руб");
    let run = Dossier::new().run(&["--lang", "ru", "check", dir.to_str().unwrap()]);
    assert!(
        run.stdout.starts_with(
            "ошибка[bad-currency]: найдено `руб` — это не код валюты ISO 4217; напишите `RUB`\n"
        ),
        "{run}"
    );
}

/// check's text is in the run's language; its JSON `message` stays English.
#[test]
fn check_words_its_findings_in_the_language_and_json_stays_english() {
    let dir = bundled();
    // As of the README's date, so overdue actions do not change the count.
    let ru = Dossier::new().run(&["--lang", "ru", "check", "--as-of", "2026-11-28", &dir]);
    assert_eq!(ru.status, 0, "{ru}");
    assert!(
        ru.stdout
            .contains("предупреждение[no-indirect-competition]: не оценены ни инерция клиента"),
        "{ru}"
    );
    assert!(ru.stdout.contains("= ключ: competitors"), "{ru}");
    assert!(
        ru.stdout
            .ends_with("5 досье: без ошибок 5, с ошибками 0; 0 ошибок, 18 предупреждений\n"),
        "{ru}"
    );
    let messages = |lang: &str| -> Vec<String> {
        let json = Dossier::new().run(&["--lang", lang, "check", "--format", "json", &dir]);
        json.json()["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["message"].as_str().unwrap().to_owned())
            .collect()
    };
    let (ru, en) = (messages("ru"), messages("en"));
    assert_eq!(ru, en, "JSON messages stay English");
    // Only the names quoted from the dossiers are in Cyrillic.
    assert!(
        en.iter()
            .any(|m| m.starts_with("the action `Расчёт потерь")),
        "{en:?}"
    );
}

/// `check` of one file, in `lang`: its first finding line and the
/// `-->` line under it.
fn first_finding(dir: &std::path::Path, lang: &str) -> (String, String) {
    let run = Dossier::new().run(&["--lang", lang, "check", dir.to_str().unwrap()]);
    assert_eq!(run.status, 1, "{run}");
    let mut lines = run.stdout.lines();
    let finding = lines.next().unwrap_or_default().to_owned();
    let at = lines.next().unwrap_or_default().trim().to_owned();
    (finding, at)
}

/// Numbers written as on paper: the value quoted whole, in plain words,
/// with how to write it.
#[test]
fn numbers_with_a_comma_are_quoted_whole_with_how_to_write_them() {
    let dir = romashka_with("decimal-comma", "next_year: 18000000", "next_year: 12,5");
    assert_eq!(
        first_finding(&dir, "en").0,
        "error[wrong-type]: found `12,5`, expected a number: write `12.5` (digits only, with a `.` before any fraction)"
    );
    assert_eq!(
        first_finding(&dir, "ru").0,
        "ошибка[wrong-type]: найдено `12,5`, а ожидается число: напишите `12.5` (только цифры, перед дробной частью — `.`)"
    );
    let dir = romashka_with("thousands", "headcount: 860", "headcount: 1,200");
    let (finding, _) = first_finding(&dir, "en");
    assert!(
        finding
            .starts_with("error[wrong-type]: found `1,200`, expected a whole number: write `1200`"),
        "{finding}"
    );
}

/// A tab in the indentation is named at its own line and column.
#[test]
fn a_tab_is_named_where_it_indents() {
    let dir = romashka_with("tabulyaciya", "\n  website:", "\n\twebsite:");
    let (finding, at) = first_finding(&dir, "en");
    assert_eq!(
        finding,
        "error[yaml-syntax]: a tab indents this line; YAML indents with spaces only: replace the tab with spaces"
    );
    assert!(at.ends_with("romashka.yaml:8:1"), "{at}");
    let (finding, _) = first_finding(&dir, "ru");
    assert!(finding.contains("табуляцией"), "{finding}");
}

/// A second YAML document is reported in plain words at its `---`.
#[test]
fn a_second_document_is_named_at_its_marker() {
    let dir = romashka_with("two-documents", "\nreview:\n", "\n---\nreview:\n");
    let (finding, at) = first_finding(&dir, "en");
    assert!(
        finding.starts_with("error[yaml-syntax]: a second YAML document starts here (`---`)"),
        "{finding}"
    );
    assert!(!finding.contains("from_str_multiple"), "{finding}");
    let line = fs::read_to_string(dir.join("romashka.yaml"))
        .unwrap()
        .lines()
        .position(|l| l == "---")
        .unwrap()
        + 1;
    assert!(at.ends_with(&format!("romashka.yaml:{line}:1")), "{at}");
}

/// UTF-16 and Windows-1251 files are named as such, with the iconv command.
#[test]
fn other_encodings_are_named_with_how_to_convert() {
    let text = fs::read_to_string(format!("{}/ru/romashka.yaml", bundled())).unwrap();
    let dir = scratch("utf16");
    let utf16: Vec<u8> = "\u{feff}"
        .encode_utf16()
        .chain(text.encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    fs::write(dir.join("romashka.yaml"), utf16).unwrap();
    let (finding, _) = first_finding(&dir, "en");
    assert!(finding.contains("It looks like UTF-16"), "{finding}");
    assert!(
        finding.contains("`iconv -f UTF-16 -t UTF-8 old.yaml > new.yaml`"),
        "{finding}"
    );
    let (finding, _) = first_finding(&dir, "ru");
    assert!(finding.contains("Похоже на UTF-16"), "{finding}");

    // Windows-1251: one byte per Cyrillic letter (А is 0xC0, а is 0xE0).
    let cp1251: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'А'..='я' => u8::try_from(u32::from(c) - 0x410 + 0xC0).unwrap(),
            c if c.is_ascii() => c as u8,
            _ => b'?',
        })
        .collect();
    let dir = scratch("cp1251");
    fs::write(dir.join("romashka.yaml"), cp1251).unwrap();
    let (finding, _) = first_finding(&dir, "en");
    assert!(
        finding.contains("It looks like Windows-1251")
            && finding.contains("`iconv -f WINDOWS-1251 -t UTF-8 old.yaml > new.yaml`"),
        "{finding}"
    );
}

/// What people type suggests the key word: Russian role and level words,
/// a key indented too little, `[]` left above uncommented entries.
#[test]
fn suggestions_for_what_people_type() {
    let dir = romashka_with("ru-role", "roles: [decision_maker]", "roles: [ЛПР]");
    let (finding, _) = first_finding(&dir, "en");
    assert!(
        finding.starts_with(
            "error[invalid-value]: `ЛПР` is not allowed (did you mean `decision_maker`?)"
        ),
        "{finding}"
    );
    let (finding, _) = first_finding(&dir, "ru");
    assert!(
        finding.starts_with(
            "ошибка[invalid-value]: `ЛПР` — недопустимое значение (может быть, `decision_maker`?)"
        ),
        "{finding}"
    );
    let dir = romashka_with("ru-level", "influence: high", "influence: высокое");
    assert!(
        first_finding(&dir, "en")
            .0
            .contains("(did you mean `high`?)")
    );

    let dir = romashka_with("otstup", "\n  industry:", "\nindustry:");
    assert_eq!(
        first_finding(&dir, "en").0,
        "error[unknown-key]: `industry` is not a top-level key: it is `client.industry`, so indent it under `client:`"
    );

    let dir = romashka_with("empty-list", "decision_group:\n", "decision_group: []\n");
    let (finding, at) = first_finding(&dir, "en");
    assert_eq!(
        finding,
        "error[yaml-syntax]: `decision_group: []` says the list is empty, yet entries follow below: remove the `[]`"
    );
    assert!(at.contains("romashka.yaml:"), "{at}");
}

/// `Петр` and `Пётр` are one person (names compare with ё read as е).
#[test]
fn yo_and_ye_name_one_person() {
    let dir = romashka_with("yo", "covered_by: Иван Петров", "covered_by: Иван Пётров");
    let run = Dossier::new().run(&["check", dir.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{run}");
    assert!(!run.stdout.contains("unknown-member"), "{run}");
}

/// A broken template is named with the line and column of each problem,
/// one per line: cleaning user text never eats the tool's line breaks.
#[test]
fn a_broken_template_names_its_file_and_lines() {
    let dir = scratch("broken-template");
    fs::create_dir_all(dir.join("templates")).unwrap();
    fs::write(
        dir.join("templates/default.yaml"),
        "version: 1\nclient:\n  name: {{name}}\n  industry: [oops\n",
    )
    .unwrap();
    let run = Dossier::new()
        .cwd(&dir)
        .run(&["new", "ACME", "--owner", "Ann"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(!run.stderr.contains('\u{fffd}'), "{run}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines[0],
        "dossier: error: templates/default.yaml does not make a valid dossier, so nothing was written:",
        "{run}"
    );
    assert!(
        lines[1].starts_with("  templates/default.yaml:4:13: found `[oops`"),
        "{run}"
    );
    assert!(!run.stderr.contains('\u{1b}'), "{run}");
    assert!(
        !dir.join("dossiers").exists()
            || fs::read_dir(dir.join("dossiers")).unwrap().next().is_none()
    );
}

/// Errors on stderr are in the run's language; the exit code is the same.
#[test]
fn errors_on_stderr_follow_the_language() {
    let dir = romashka_with("stderr", "version: 1", "version: 1");
    let dir_arg = dir.to_str().unwrap();
    let run = |lang: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang, "--dir", dir_arg];
        all.extend_from_slice(args);
        Dossier::new().run(&all)
    };
    let future = ["reviewed", "romashka", "--date", "2999-01-01"];
    let (en, ru) = (run("en", &future), run("ru", &future));
    assert_eq!((en.status, ru.status), (2, 2), "{en}\n{ru}");
    assert!(
        en.stderr
            .starts_with("dossier: error: `--date 2999-01-01` is later than today"),
        "{en}"
    );
    assert!(
        ru.stderr
            .starts_with("dossier: ошибка: `--date 2999-01-01` позже сегодняшнего дня"),
        "{ru}"
    );
    let unknown = ["show", "romaska"];
    let ru = run("ru", &unknown);
    assert_eq!(ru.status, 2, "{ru}");
    assert!(
        ru.stderr
            .starts_with("dossier: ошибка: нет досье с id `romaska`")
            && ru.stderr.contains("(может быть, `romashka`?)"),
        "{ru}"
    );
}

/// Words of the English catalogue (outside backticks and placeables) that
/// the Russian catalogue never uses: a Russian run that prints one has left
/// something in English.
fn english_only_words() -> std::collections::BTreeSet<String> {
    fn words(catalogue: &str) -> std::collections::BTreeSet<String> {
        let mut words = std::collections::BTreeSet::new();
        for line in catalogue.lines() {
            let line = line.trim_start();
            if line.starts_with('#') || line.starts_with('[') || line.starts_with('*') {
                continue;
            }
            let text = line.split_once(" = ").map_or(line, |(_, text)| text);
            let mut plain = String::new();
            let mut depth = 0usize;
            for part in text.split('`').step_by(2) {
                for c in part.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth = depth.saturating_sub(1),
                        c if depth == 0 => plain.push(c),
                        _ => plain.push(' '),
                    }
                }
                plain.push(' ');
            }
            words.extend(
                plain
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| w.len() > 2)
                    .map(str::to_ascii_lowercase),
            );
        }
        words
    }
    let read = |name: &str| fs::read_to_string(common::root().join("i18n").join(name)).unwrap();
    let russian = words(&read("ru.ftl"));
    words(&read("en.ftl"))
        .into_iter()
        .filter(|w| !russian.contains(w))
        .collect()
}

/// The English words of `english` left in what a person reads of `run`:
/// quoted values (in backticks), paths (and the names of what `cwd` holds),
/// keys and the quoted lines of the file are the user's and are left out.
fn english_left(
    run: &Run,
    english: &std::collections::BTreeSet<String>,
    cwd: &std::path::Path,
) -> Vec<String> {
    let names: std::collections::BTreeSet<String> = fs::read_dir(cwd)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().to_ascii_lowercase())
                .collect()
        })
        .unwrap_or_default();
    let mut left = Vec::new();
    for line in run.stdout.lines().chain(run.stderr.lines()) {
        let trimmed = line.trim_start();
        let quoted_file = trimmed.starts_with(['|', '=']) || trimmed.starts_with("-->");
        let numbered = trimmed
            .split_once(" |")
            .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
        if quoted_file || numbered {
            continue;
        }
        for part in line.split('`').step_by(2) {
            for token in part.split_whitespace() {
                // Paths, keys, and codes such as `RUB` or `ISO` in capitals.
                let code = token.chars().any(|c| c.is_ascii_uppercase())
                    && !token.chars().any(|c| c.is_ascii_lowercase());
                if code || token.contains(['/', '.', '_', '[', '\\']) {
                    continue;
                }
                for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
                    let word = word.to_ascii_lowercase();
                    if english.contains(&word) && !names.contains(&word) {
                        left.push(format!("{word:?} in {line:?}"));
                    }
                }
            }
        }
    }
    left
}

/// A folder of broken dossiers, one per kind of trouble the loader and the
/// parser name: empty, a merge conflict, not UTF-8, too deep, syntax errors
/// of several kinds, typos in flow style, a folder and a broken symlink
/// named like dossiers.
fn broken_folder() -> Scratch {
    let dir = scratch("ru-broken");
    let good = fs::read_to_string(format!("{}/ru/romashka.yaml", bundled())).unwrap();
    let files: Vec<(&str, String)> = vec![
        ("pusto", String::new()),
        (
            "konflikt",
            good.replacen(
                "version: 1\n",
                "<<<<<<< HEAD\nversion: 1\n=======\nversion: 2\n>>>>>>> b\n",
                1,
            ),
        ),
        (
            "glubina",
            format!("version: 1\nclient: {}{}\n", "[".repeat(40), "]".repeat(40)),
        ),
        ("skobka", good.replacen("[Сбербанк]", "[Сбербанк", 1)),
        (
            "kavychka",
            good.replacen("headcount: 860", "headcount: \"860", 1),
        ),
        ("otstup", good.replacen("  industry:", "   industry:", 1)),
        (
            "yakor",
            good.replacen("head: Андрей Лебедев", "head: *boss", 1),
        ),
        (
            "tabulyaciya",
            good.replacen("\n  website:", "\n\twebsite:", 1),
        ),
        (
            "kommentariy",
            good.replacen("headcount: 860", "headcount: 860#staff", 1),
        ),
        (
            "potok",
            good.replacen("  headcount: 860\n", "  headcount: {a: 1, b: [}\n", 1),
        ),
        (
            "opechatki",
            good.replacen("kind: division", "{kind: divisin, hed: x}", 1)
                .replacen(
                    "- name: Дирекция по логистике\n      {",
                    "- {name: Дирекция по логистике, ",
                    1,
                ),
        ),
        ("da", good.replacen("confirmed: true", "confirmed: да", 1)),
    ];
    for (name, text) in files {
        fs::write(dir.join(format!("{name}.yaml")), text).unwrap();
    }
    fs::write(
        dir.join("kodirovka.yaml"),
        b"version: 1\nclient:\n  name: \xc0\xc1\xc2\n",
    )
    .unwrap();
    fs::create_dir_all(dir.join("papka.yaml")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("bitaya-ssylka.yaml")).unwrap();
    dir
}

/// Every command run in Russian on broken inputs prints no English word
/// of the English catalogue: the loader's and the parser's problems, YAML
/// syntax errors and limits are worded in Russian too.
#[test]
fn russian_runs_on_broken_inputs_print_no_english() {
    let english = english_only_words();
    for word in ["unknown", "file", "empty", "bracket"] {
        assert!(english.contains(word), "{word} {english:?}");
    }
    let dir = broken_folder();
    let dir = dir.to_str().unwrap();
    let mut left = Vec::new();
    for args in [
        vec!["check", dir],
        vec!["--dir", dir, "review", "--as-of", AS_OF],
        vec!["--dir", dir, "list"],
        vec!["--dir", dir, "actions", "--as-of", AS_OF],
        vec!["--dir", dir, "show", "opechatki"],
        vec!["--dir", dir, "show", "papka"],
        vec!["--dir", dir, "map", "potok"],
    ] {
        let run = Dossier::new().env("DOSSIER_LANG", "ru").run(&args);
        assert!(run.status != 0, "{args:?}\n{run}");
        assert!(!run.stdout.is_empty() || !run.stderr.is_empty(), "{args:?}");
        left.extend(
            english_left(&run, &english, &common::neutral_dir())
                .into_iter()
                .map(|l| format!("{args:?}: {l}")),
        );
    }
    assert!(
        left.is_empty(),
        "English in Russian runs:\n{}",
        left.join("\n")
    );
}

/// Settings problems, `init`, `new` and history outside git, run in
/// Russian: no English word of the English catalogue either.
#[test]
fn russian_settings_init_and_history_print_no_english() {
    let english = english_only_words();
    let mut left = Vec::new();
    let mut check = |args: &[&str], cwd: &std::path::Path| {
        let run = Dossier::new().env("DOSSIER_LANG", "ru").cwd(cwd).run(args);
        assert!(!run.stdout.is_empty() || !run.stderr.is_empty(), "{args:?}");
        left.extend(
            english_left(&run, &english, cwd)
                .into_iter()
                .map(|l| format!("{args:?}: {l}")),
        );
        run
    };
    for settings in [
        "reporting:\n  currency: rub\n  rates:\n    EUR: \"98,5\"\n    usd: 1\n    RUB: 2\n",
        "reporting:\n  rates:\n    EUR: 98.5\n",
        "dossiers_dri: x\n",
        "review:\n  interval_months: 7\n",
        "max_file_size: lots\n",
        "max_file_size: 0\n",
        "review: [\n",
        "reporting:\n  currency: RUB\n",
    ] {
        let dir = scratch("ru-settings");
        fs::write(
            dir.join("dossier.yaml"),
            format!("dossiers_dir: {}\n{settings}", bundled()),
        )
        .unwrap();
        let run = check(&["list"], &dir);
        assert!(!run.stderr.is_empty(), "{settings}\n{run}");
    }
    let fresh = scratch("ru-init");
    let run = check(&["init"], &fresh);
    assert_eq!(run.status, 0, "{run}");
    assert!(run.stdout.contains("создано: "), "{run}");
    let run = check(&["init"], &fresh);
    assert!(run.stdout.contains("оставлено: "), "{run}");
    let run = check(&["init", "--git-hook"], &fresh);
    assert_eq!(run.status, 2, "{run}");
    let run = check(
        &["new", "ACME", "--owner", "Ann", "--template", "nope"],
        &fresh,
    );
    assert_eq!(run.status, 2, "{run}");
    let run = check(&["log", "romashka"], &fresh);
    assert_eq!(run.status, 2, "{run}");
    let run = check(&["changes"], &fresh);
    assert_eq!(run.status, 2, "{run}");
    // A repository with no commits yet, then a revision git cannot resolve.
    assert_eq!(common::git(&fresh, &["init", "-q"]).status, 0);
    let run = check(&["changes"], &fresh);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("ещё нет коммитов"), "{run}");
    assert_eq!(common::git(&fresh, &["add", "."]).status, 0);
    assert_eq!(
        common::git(&fresh, &["commit", "-q", "-m", "init"]).status,
        0
    );
    for revision in ["nosuch", "HEAD~999"] {
        let run = check(&["changes", "--from", revision], &fresh);
        assert_eq!(run.status, 2, "{run}");
        assert!(run.stderr.contains("не коммит этого репозитория"), "{run}");
    }
    assert!(
        left.is_empty(),
        "English in Russian runs:\n{}",
        left.join("\n")
    );
}

/// The page's text as lines, for [`english_left`]: tags and styles gone,
/// `<code>` kept in backticks as the user's words, and check codes
/// (kebab-case identifiers such as `no-needs`) too.
fn page_text(page: &str) -> String {
    let mut text = String::new();
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start + 1..start + end];
        let name = tag.split_whitespace().next().unwrap_or("");
        match name {
            "code" | "/code" => text.push('`'),
            "style" => {
                let close = rest[start..].find("</style>").expect("a closed style");
                rest = &rest[start + close + "</style>".len()..];
                continue;
            }
            _ => text.push('\n'),
        }
        rest = &rest[start + end + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    text.lines()
        .map(|line| {
            line.split(' ')
                .map(|token| {
                    let kebab = token.contains('-')
                        && token.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                    if kebab {
                        format!("`{token}`")
                    } else {
                        token.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The values a calendar shows (name, titles, descriptions), unfolded and
/// unescaped, one per line.
fn calendar_text(feed: &str) -> String {
    let unfolded = feed.replace("\r\n ", "").replace("\r\n", "\n");
    unfolded
        .lines()
        .filter_map(|line| {
            ["X-WR-CALNAME:", "SUMMARY:", "DESCRIPTION:"]
                .iter()
                .find_map(|name| line.strip_prefix(name))
        })
        .map(|value| value.replace("\\n", "\n").replace("\\", ""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The double-quoted strings that follow `opening` (`label="` of DOT, `"`
/// of Mermaid), one per line, line breaks (`\n`, `<br/>`) made lines.
fn quoted_after(text: &str, opening: &str) -> String {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(opening) {
        rest = &rest[start + opening.len()..];
        let Some(end) = rest.find('"') else {
            break;
        };
        found.push(rest[..end].replace("\\n", "\n").replace("<br/>", "\n"));
        rest = &rest[end + 1..];
    }
    found.join("\n")
}

/// Every command that shows the bundled Russian dossiers, run in Russian:
/// no English word of the English catalogue in what a person reads (the
/// labels, statuses, headings, legends and summaries of every renderer).
#[test]
fn russian_runs_on_the_bundled_dossiers_print_no_english() {
    let english = english_only_words();
    let ru = format!("{}/ru", bundled());
    let mut runs: Vec<(Vec<&str>, Run)> = Vec::new();
    let commands: Vec<Vec<&str>> = vec![
        vec!["review", "--all", "--as-of", AS_OF],
        vec!["list"],
        vec!["list", "--all"],
        vec!["actions", "--all", "--as-of", AS_OF],
        vec!["check", "--as-of", AS_OF],
        vec!["calendar"],
        vec!["show", "romashka"],
        vec!["show", "uraltekhsnab"],
        vec!["map", "romashka"],
        vec!["map", "uraltekhsnab", "--format", "dot"],
        vec!["report", "--as-of", AS_OF],
        vec!["report", "--as-of", AS_OF, "--owner", "Иван Петров"],
    ];
    for args in commands {
        let mut all = vec!["--dir", ru.as_str()];
        all.extend(&args);
        let mut run = Dossier::new().env("DOSSIER_LANG", "ru").run(&all);
        assert!(run.status <= 1, "{args:?}\n{run}");
        // What a person reads of each format; the rest is syntax.
        run.stdout = match (args[0], args.last()) {
            ("report", _) => page_text(&run.stdout),
            ("calendar", _) => calendar_text(&run.stdout),
            ("map", Some(&"dot")) => quoted_after(&run.stdout, "label=\""),
            ("map", _) => quoted_after(&run.stdout, "\""),
            _ => run.stdout,
        };
        let russian = run.stdout.chars().any(|c| ('а'..='я').contains(&c));
        assert!(russian, "{args:?}\n{}", run.stdout);
        runs.push((args, run));
    }
    let left: Vec<String> = runs
        .iter()
        .flat_map(|(args, run)| {
            english_left(run, &english, &common::neutral_dir())
                .into_iter()
                .map(move |l| format!("{args:?}: {l}"))
        })
        .collect();
    assert!(
        left.is_empty(),
        "English in Russian runs:\n{}",
        left.join("\n")
    );
}

/// Amounts without a currency (an invalid dossier, still shown) are
/// totalled under words in the run's language, in `list`, `show` and the
/// report alike.
#[test]
fn amounts_without_a_currency_are_totalled_under_words_of_the_language() {
    let dir = scratch("no-currency");
    let complete = fs::read_to_string(common::fixture("check", "valid/complete.yaml")).unwrap();
    let text = complete
        .replacen("  opportunity:\n    currency: RUB\n", "  opportunity:\n", 1)
        .replacen(
            "      amount: 1500000\n      currency: RUB\n",
            "      amount: 1500000\n",
            1,
        );
    assert_ne!(text, complete);
    fs::write(dir.join("nocur.yaml"), text).unwrap();
    let dir = dir.to_str().unwrap();
    for (lang, label) in [("ru", "(валюта не указана)"), ("en", "(no currency)")] {
        for args in [
            &["list"][..],
            &["show", "nocur"],
            &["report", "--as-of", AS_OF],
        ] {
            let run = Dossier::new()
                .dir(dir)
                .run(&[&["--lang", lang][..], args].concat());
            assert_eq!(run.status, 2, "{args:?}\n{run}");
            assert!(run.stdout.contains(label), "{lang} {args:?}\n{run}");
            if lang == "ru" {
                assert!(!run.stdout.contains("no currency"), "{args:?}\n{run}");
            }
        }
    }
}

/// Usage errors (what clap refuses on the command line) run in Russian:
/// no English word of the English catalogue, and none of clap's own.
#[test]
fn russian_usage_errors_print_no_english() {
    let mut english = english_only_words();
    // clap's English, which usage errors no longer print.
    english.extend(
        [
            "unexpected",
            "argument",
            "found",
            "tip",
            "similar",
            "exists",
            "unrecognized",
            "subcommand",
            "subcommands",
            "invalid",
            "value",
            "possible",
            "values",
            "required",
            "supplied",
            "following",
            "provided",
            "cannot",
            "used",
            "multiple",
            "times",
            "requires",
            "usage",
            "information",
            "try",
            "pass",
            "use",
        ]
        .map(String::from),
    );
    let mut left = Vec::new();
    for args in [
        &["review", "--frmat", "json"][..],
        &["revew"],
        &["--format", "json", "review"],
        &["new", "Acme", "-x"],
        &["review", "--as-of", "30.11.2026"],
        &["list", "--format", "xml"],
        &["review", "--format", "jsn"],
        &["review", "--as-of"],
        &["review", "--as-of="],
        &["help", "revew"],
        &["export"],
        &["show"],
        &["review", "--owner", "a", "--owner", "b"],
        &["changes", "--since", "2026-01-01", "--from", "HEAD"],
        &["completions", "bash", "zsh"],
        &["--dir", "dossiers"],
        &["--lang", "fr", "review"],
    ] {
        let run = Dossier::new().env("DOSSIER_LANG", "ru").run(args);
        assert_eq!(run.status, 2, "{args:?}\n{run}");
        assert!(run.stdout.is_empty(), "{args:?}\n{run}");
        left.extend(
            english_left(&run, &english, &common::neutral_dir())
                .into_iter()
                .map(|l| format!("{args:?}: {l}")),
        );
    }
    assert!(
        left.is_empty(),
        "English in Russian usage errors:\n{}",
        left.join("\n")
    );
}
