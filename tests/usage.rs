//! Usage errors (the command line clap refuses) in the run's language:
//! every kind a person can reach, in English and Russian, exit 2, nothing
//! on stdout; `--help` and `--version` stay English.

mod common;

use common::{Dossier, Run};

/// One usage error: the arguments, then what the English and the Russian
/// message must hold (the first line, then the tips, in order).
struct Case {
    args: &'static [&'static str],
    en: &'static [&'static str],
    ru: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        args: &["review", "--frmat", "json"],
        en: &[
            "dossier: error: unexpected argument '--frmat' found",
            "  tip: a similar argument exists: '--format'",
            "Usage: dossier review --format <FORMAT>",
        ],
        ru: &[
            "dossier: ошибка: неизвестный аргумент `--frmat`",
            "  подсказка: может быть, `--format`?",
            "Использование: `dossier review --format <FORMAT>`",
        ],
    },
    Case {
        args: &["revew"],
        en: &[
            "dossier: error: unrecognized subcommand 'revew'",
            "  tip: some similar subcommands exist: 'reviewed', 'review'",
        ],
        ru: &[
            "dossier: ошибка: неизвестная команда `revew`",
            "  подсказка: может быть, одна из команд `reviewed`, `review`?",
        ],
    },
    Case {
        args: &["shwo"],
        en: &[
            "dossier: error: unrecognized subcommand 'shwo'",
            "  tip: a similar subcommand exists: 'show'",
        ],
        ru: &[
            "dossier: ошибка: неизвестная команда `shwo`",
            "  подсказка: может быть, команда `show`?",
        ],
    },
    Case {
        args: &["--format", "json", "review"],
        en: &[
            "dossier: error: unexpected argument '--format' found",
            "  tip: 'review --format' exists",
        ],
        ru: &[
            "dossier: ошибка: неизвестный аргумент `--format`",
            "  подсказка: есть `review --format`",
        ],
    },
    Case {
        args: &["new", "Acme", "-x"],
        en: &[
            "dossier: error: unexpected argument '-x' found",
            "  tip: to pass '-x' as a value, use '-- -x'",
        ],
        ru: &[
            "dossier: ошибка: неизвестный аргумент `-x`",
            "  подсказка: чтобы передать `-x` как значение, напишите `-- -x`",
        ],
    },
    Case {
        args: &["review", "--as-of", "30.11.2026"],
        en: &[
            "dossier: error: invalid value '30.11.2026' for '--as-of <DATE>': \
             `30.11.2026` is not a real date written YYYY-MM-DD",
        ],
        ru: &[
            "dossier: ошибка: недопустимое значение `30.11.2026` у `--as-of <DATE>`: \
             `30.11.2026` — не настоящая дата; нужна дата в виде ГГГГ-ММ-ДД",
        ],
    },
    Case {
        args: &["changes", "--since", "2026-02-30"],
        en: &["`2026-02-30` is not a real date written YYYY-MM-DD"],
        ru: &["`2026-02-30` — не настоящая дата; нужна дата в виде ГГГГ-ММ-ДД"],
    },
    Case {
        args: &["list", "--format", "xml"],
        en: &[
            "dossier: error: invalid value 'xml' for '--format <FORMAT>'",
            "  [possible values: table, json, csv]",
        ],
        ru: &[
            "dossier: ошибка: недопустимое значение `xml` у `--format <FORMAT>`",
            "  [допустимые значения: `table`, `json`, `csv`]",
        ],
    },
    Case {
        args: &["review", "--format", "jsn"],
        en: &["  tip: a similar value exists: 'json'"],
        ru: &["  подсказка: может быть, `json`?"],
    },
    Case {
        args: &["review", "--as-of"],
        en: &["dossier: error: a value is required for '--as-of <DATE>' but none was supplied"],
        ru: &["dossier: ошибка: у `--as-of <DATE>` нет значения"],
    },
    Case {
        args: &["review", "--as-of="],
        en: &["dossier: error: a value is required for '--as-of <DATE>' but none was supplied"],
        ru: &["dossier: ошибка: у `--as-of <DATE>` нет значения"],
    },
    Case {
        args: &["export"],
        en: &[
            "dossier: error: the following required arguments were not provided:",
            "  '--format <FORMAT>'",
            "  '--output <FILE>'",
        ],
        ru: &[
            "dossier: ошибка: не хватает обязательных аргументов:",
            "  `--format <FORMAT>`",
            "  `--output <FILE>`",
        ],
    },
    Case {
        args: &["review", "--owner", "a", "--owner", "b"],
        en: &["dossier: error: the argument '--owner <NAME>' cannot be used multiple times"],
        ru: &["dossier: ошибка: аргумент `--owner <NAME>` указан больше одного раза"],
    },
    Case {
        args: &["changes", "--since", "2026-01-01", "--from", "HEAD"],
        en: &["dossier: error: the argument '--since <DATE>' cannot be used with '--from <REV>'"],
        ru: &[
            "dossier: ошибка: аргумент `--since <DATE>` нельзя указывать вместе с `--from <REV>`",
        ],
    },
    Case {
        args: &["completions", "bash", "zsh"],
        en: &["dossier: error: unexpected argument 'zsh' found"],
        ru: &["dossier: ошибка: неизвестный аргумент `zsh`"],
    },
    Case {
        args: &["--dir", "dossiers"],
        en: &[
            "dossier: error: 'dossier' requires a subcommand but one was not provided",
            "  [subcommands: init, new, check, review,",
        ],
        ru: &[
            "dossier: ошибка: не указана команда для `dossier`",
            "  [команды: `init`, `new`, `check`, `review`,",
        ],
    },
];

fn run_in(lang: &str, args: &[&str]) -> Run {
    Dossier::new().env("DOSSIER_LANG", lang).run(args)
}

/// `expected` are found in `text` in this order.
fn in_order(text: &str, expected: &[&str]) -> bool {
    let mut rest = text;
    expected.iter().all(|part| match rest.find(part) {
        Some(at) => {
            rest = &rest[at + part.len()..];
            true
        }
        None => false,
    })
}

#[test]
fn every_usage_error_is_worded_in_the_runs_language() {
    for case in CASES {
        for (lang, expected, more) in [
            ("en", case.en, "For more information, try '--help'."),
            ("ru", case.ru, "Подробнее: `--help`."),
        ] {
            let run = run_in(lang, case.args);
            let context = format!("{lang} {:?}\n{run}", case.args);
            assert_eq!(run.status, 2, "{context}");
            assert!(run.stdout.is_empty(), "{context}");
            assert!(in_order(&run.stderr, expected), "{context}");
            assert!(run.stderr.trim_end().ends_with(more), "{context}");
            // One prefix, on the first line only.
            assert_eq!(run.stderr.matches("dossier: ").count(), 1, "{context}");
        }
    }
}

/// The language is known before clap parses: `--lang ru`, `--lang=ru`
/// (before or after the subcommand), `DOSSIER_LANG` and the locale, and
/// `--lang` wins over the others.
#[test]
fn the_language_of_a_usage_error_comes_from_the_flag_the_variable_or_the_locale() {
    let russian = "dossier: ошибка: неизвестная команда `revew`";
    let english = "dossier: error: unrecognized subcommand 'revew'";
    type Words = &'static [&'static str];
    type Envs = &'static [(&'static str, &'static str)];
    let cases: [(Words, Envs, &str); 7] = [
        (&["--lang", "ru", "revew"], &[], russian),
        (&["--lang=ru", "revew"], &[], russian),
        (
            &["revew", "--lang", "ru"],
            &[("DOSSIER_LANG", "en")],
            russian,
        ),
        (&["revew"], &[("DOSSIER_LANG", "ru")], russian),
        (&["revew"], &[("LANG", "ru_RU.UTF-8")], russian),
        (
            &["--lang", "en", "revew"],
            &[("DOSSIER_LANG", "ru")],
            english,
        ),
        (
            &["revew"],
            &[("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")],
            english,
        ),
    ];
    for (args, envs, expected) in cases {
        let run = Dossier::new().envs(envs).run(args);
        assert_eq!(run.status, 2, "{args:?} {envs:?}\n{run}");
        assert!(run.stderr.starts_with(expected), "{args:?} {envs:?}\n{run}");
    }
}

/// A `--lang` clap refuses is itself a usage error, in the language the
/// rest of the run would have.
#[test]
fn a_wrong_lang_is_reported_in_the_fallback_language() {
    let run = run_in("ru", &["--lang", "fr", "review"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(
        run.stderr
            .starts_with("dossier: ошибка: недопустимое значение `fr` у `--lang <LANG>`\n  [допустимые значения: `en`, `ru`]"),
        "{run}"
    );
}

/// `--help` and `--version` are not errors: English, on stdout, exit 0,
/// whatever the language.
#[test]
fn help_and_version_stay_english() {
    for lang in ["en", "ru"] {
        for args in [&["--help"][..], &["review", "--help"], &["help", "review"]] {
            let run = run_in(lang, args);
            assert_eq!(run.status, 0, "{lang} {args:?}\n{run}");
            assert!(run.stderr.is_empty(), "{lang} {args:?}\n{run}");
            assert!(
                run.stdout.contains("Usage: dossier"),
                "{lang} {args:?}\n{run}"
            );
            assert!(run.stdout.contains("Options:"), "{lang} {args:?}\n{run}");
        }
        let run = run_in(lang, &["--version"]);
        assert_eq!(run.status, 0, "{run}");
        assert!(run.stdout.starts_with("dossier "), "{run}");
    }
}

/// The README's usage error is what the binary prints, on stderr.
#[test]
fn readme_usage_error_is_what_the_binary_prints() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let command = "$ dossier --lang ru review --frmat json\n";
    let at = readme
        .find(command)
        .expect("the README shows a usage error");
    let rest = &readme[at + command.len()..];
    let expected = &rest[..rest.find("```").unwrap()];
    let run = Dossier::new().run(&["--lang", "ru", "review", "--frmat", "json"]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stderr, expected, "{run}");
}

/// An argument that is not UTF-8 (a file name in another encoding) is a
/// usage error worded like the others.
#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_worded_too() {
    use std::os::unix::ffi::OsStrExt;
    for (lang, expected) in [
        (
            "en",
            "dossier: error: invalid UTF-8 was detected in one or more arguments\n",
        ),
        (
            "ru",
            "dossier: ошибка: в аргументах есть байты, которые не читаются как UTF-8\n",
        ),
    ] {
        let output = Dossier::new()
            .env("DOSSIER_LANG", lang)
            .command(&["show"])
            .arg(std::ffi::OsStr::from_bytes(b"caf\xe9"))
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(output.stdout.is_empty(), "{stderr}");
        assert!(stderr.starts_with(expected), "{stderr}");
    }
}

/// A copy of the binary under another name (`dossier-final`) still calls
/// itself `dossier`: in the "Usage:" line of a usage error, in both
/// languages, and in `--help`, as in every other message.
#[cfg(unix)]
#[test]
fn a_renamed_binary_still_calls_itself_dossier() {
    let dir = common::scratch("renamed");
    let renamed = dir.join("dossier-final");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_dossier"), &renamed).expect("a link");
    let cases: [(&str, &[&str], &str); 5] = [
        (
            "en",
            &["review", "--frmat", "json"],
            "\nUsage: dossier review --format <FORMAT>\n",
        ),
        (
            "ru",
            &["review", "--frmat", "json"],
            "\nИспользование: `dossier review --format <FORMAT>`\n",
        ),
        ("en", &[], "\nUsage: dossier [OPTIONS] <COMMAND>\n"),
        ("en", &["--help"], "\nUsage: dossier [OPTIONS] <COMMAND>\n"),
        (
            "ru",
            &["review", "--help"],
            "\nUsage: dossier review [OPTIONS]\n",
        ),
    ];
    for (lang, args, usage) in cases {
        let output = std::process::Command::new(&renamed)
            .args(args)
            .current_dir(common::neutral_dir())
            .env("DOSSIER_LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LANG")
            .output()
            .expect("run the renamed binary");
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(said.contains(usage), "{lang} {args:?}\n{said}");
        assert!(!said.contains("dossier-final"), "{lang} {args:?}\n{said}");
    }
}
