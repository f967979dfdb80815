//! What `dossier` says of a wrong `dossier.yaml`: every problem in the order
//! of the file's lines, the file named one way whatever the problem, and
//! `reporting:` worded as every other message is, in English and Russian.

mod common;

use common::{Dossier, Run, Scratch, scratch};
use std::path::Path;

/// A scratch home with `settings` as its `dossier.yaml` and an empty
/// dossiers folder with a sub-folder `emea`.
fn home_with(settings: &str) -> Scratch {
    let dir = scratch("settings");
    std::fs::create_dir_all(dir.join("dossiers/emea")).unwrap();
    std::fs::write(dir.join("dossier.yaml"), settings).unwrap();
    dir
}

/// `dossier --lang LANG list` run in `cwd`.
fn list_in(cwd: &Path, lang: &str) -> Run {
    Dossier::new().cwd(cwd).run(&["--lang", lang, "list"])
}

/// The `path:line:column` each error line of stderr starts with.
fn places(run: &Run) -> Vec<String> {
    run.stderr
        .lines()
        .map(|line| {
            let rest = line
                .strip_prefix("dossier: error: ")
                .or_else(|| line.strip_prefix("dossier: ошибка: "))
                .unwrap_or_else(|| panic!("not an error line: {line}\n{run}"));
            let mut parts = rest.splitn(4, ':');
            let place: Vec<&str> = parts.by_ref().take(3).collect();
            place.join(":")
        })
        .collect()
}

/// Keys written in an order of their own, and rates out of alphabetical
/// order: the problems come in the order of the lines, as `check` lists
/// a dossier's, not in the order the keys are read in.
#[test]
fn problems_are_listed_in_the_order_of_the_lines() {
    let dir = home_with(
        "reporting:\n  currency: RUB\n  rates:\n    USD: abc\n    EUR: 0\n    rub: 1\n\
         language: fr\nreview:\n  due_soon_days: -3\n  interval_months: 9\n\
         max_file_size: lots\n",
    );
    for lang in ["en", "ru"] {
        let run = list_in(&dir, lang);
        assert_eq!(run.status, 2, "{run}");
        assert_eq!(
            places(&run),
            [
                "dossier.yaml:4:10",
                "dossier.yaml:5:10",
                "dossier.yaml:6:10",
                "dossier.yaml:7:11",
                "dossier.yaml:9:18",
                "dossier.yaml:10:20",
                "dossier.yaml:11:16",
            ],
            "{run}"
        );
    }
}

/// A syntax problem and a wrong value name the file the same way: as
/// every path the tool prints, relative to the working folder when it is
/// in it, else whole.
#[test]
fn a_syntax_problem_and_a_wrong_value_name_the_file_alike() {
    let dir = home_with("");
    let sub = dir.join("dossiers/emea");
    let whole = std::fs::canonicalize(dir.join("dossier.yaml")).unwrap();
    let whole = whole.display();
    for (settings, place) in [
        ("review: [\n", "1:9"),
        ("review:\n  interval_months: 9\n", "2:20"),
        ("reporting:\n  currency: XYZ\n", "2:13"),
    ] {
        std::fs::write(dir.join("dossier.yaml"), settings).unwrap();
        for lang in ["en", "ru"] {
            let run = list_in(&dir, lang);
            assert_eq!(places(&run), [format!("dossier.yaml:{place}")], "{run}");
            let run = list_in(&sub, lang);
            assert_eq!(places(&run), [format!("{whole}:{place}")], "{run}");
        }
    }
}

/// `reporting.*` keys in backticks, as every other key in a message; a
/// currency that is not a valid code is never repeated as the unit of a
/// rate.
#[test]
fn reporting_problems_quote_their_keys_and_never_reuse_a_bad_currency() {
    let dir = home_with("reporting:\n  currency: XYZ\n  rates:\n    EUR: abc\n");
    let run = list_in(&dir, "en");
    assert_eq!(
        run.stderr,
        "dossier: error: dossier.yaml:2:13: `reporting.currency` is `XYZ`, not an active ISO 4217 \
         code; write three capital letters such as `RUB`, `EUR` or `USD`\n\
         dossier: error: dossier.yaml:4:10: `reporting.rates.EUR` is `abc`, expected a positive \
         number: how many units of the reporting currency one `EUR` is worth (such as 98.5)\n",
        "{run}"
    );
    let run = list_in(&dir, "ru");
    assert_eq!(
        run.stderr,
        "dossier: ошибка: dossier.yaml:2:13: `reporting.currency` равно `XYZ`, это не действующий код \
         ISO 4217; напишите три заглавные буквы, например `RUB`, `EUR` или `USD`\n\
         dossier: ошибка: dossier.yaml:4:10: `reporting.rates.EUR` равно `abc`, а нужно положительное \
         число: сколько единиц валюты итогов стоит один `EUR` (например, 98.5)\n",
        "{run}"
    );
    // A valid currency is the rate's unit.
    std::fs::write(
        dir.join("dossier.yaml"),
        "reporting:\n  currency: RUB\n  rates:\n    EUR: 98,5\n",
    )
    .unwrap();
    let run = list_in(&dir, "en");
    assert_eq!(
        run.stderr,
        "dossier: error: dossier.yaml:4:10: `reporting.rates.EUR` is `98,5`, expected a positive \
         number: how many `RUB` one `EUR` is worth; write 98.5\n",
        "{run}"
    );
    let run = list_in(&dir, "ru");
    assert_eq!(
        run.stderr,
        "dossier: ошибка: dossier.yaml:4:10: `reporting.rates.EUR` равно `98,5`, а нужно \
         положительное число: сколько `RUB` стоит один `EUR`; напишите 98.5\n",
        "{run}"
    );
    // Rates without a currency name the place of `rates`.
    std::fs::write(
        dir.join("dossier.yaml"),
        "reporting:\n  rates:\n    EUR: 98.5\n",
    )
    .unwrap();
    let run = list_in(&dir, "en");
    assert!(
        run.stderr.starts_with(
            "dossier: error: dossier.yaml:3:5: `reporting.rates` needs `reporting.currency`"
        ),
        "{run}"
    );
}
