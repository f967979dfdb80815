//! A file that is not UTF-8 is an error file for every command, as for
//! `check`: left out, with its reason (`not-utf8`, and how to convert it)
//! on stderr, and never decoded with replacement characters, so no `�`
//! reaches a table, a feed, a page or a message.

mod common;

use common::{Dossier, Run, Scratch, scratch};
use std::path::Path;

/// A dossier in UTF-8 with an action due, so that every command has
/// something of it to show.
const VALID: &str = "version: 1
client:
  name: Nordhafen Foods A/S
company_view:
  account_manager: Daniel Weber
decision_group: []
competitors: []
plan:
  objectives:
    - name: Win the pilot
      owner: Daniel Weber
      actions:
        - name: Send the offer
          owner: Daniel Weber
          due: 2026-12-01
review:
  last_reviewed: 2026-09-01
";

/// The same kind of dossier written in Windows-1251: `ООО «Ромашка»`
/// managed by `Иван Петров`, as the bytes an old Windows editor saves.
const WINDOWS_1251: &[u8] = b"version: 1
client:
  name: \xce\xce\xce \xab\xd0\xee\xec\xe0\xf8\xea\xe0\xbb
company_view:
  account_manager: \xc8\xe2\xe0\xed \xcf\xe5\xf2\xf0\xee\xe2
decision_group: []
competitors: []
plan:
  objectives:
    - name: \xcf\xe8\xeb\xee\xf2
      owner: \xc8\xe2\xe0\xed \xcf\xe5\xf2\xf0\xee\xe2
      actions:
        - name: \xc4\xe5\xec\xee
          owner: \xc8\xe2\xe0\xed \xcf\xe5\xf2\xf0\xee\xe2
          due: 2026-12-01
review:
  last_reviewed: 2026-09-01
";

fn folder() -> Scratch {
    let dir = scratch("not-utf8");
    std::fs::write(dir.join("nordhafen.yaml"), VALID).unwrap();
    std::fs::write(dir.join("romashka.yaml"), WINDOWS_1251).unwrap();
    dir
}

fn run(dir: &Path, lang: &str, args: &[&str]) -> Run {
    Dossier::new()
        .dir(dir)
        .env("DOSSIER_LANG", lang)
        .env("SOURCE_DATE_EPOCH", "1764288000")
        .run(args)
}

/// Exit 2, the file named on stderr with its reason and nothing else of
/// it anywhere, no `�` in any output.
fn assert_left_out(run: &Run, what: &str) {
    assert_eq!(run.status, 2, "{what}: {run}");
    assert!(!run.stdout.contains('\u{fffd}'), "{what}: {run}");
    assert!(!run.stderr.contains('\u{fffd}'), "{what}: {run}");
    let reason = run
        .stderr
        .lines()
        .find(|line| line.contains("romashka.yaml"))
        .unwrap_or_else(|| panic!("{what}: no reason on stderr\n{run}"));
    assert!(
        reason.contains("romashka.yaml:3:9: ")
            && reason.contains("[not-utf8]")
            && reason.contains("Windows-1251")
            && reason.contains("iconv"),
        "{what}: {reason}"
    );
}

/// Why the portfolio commands leave it out: nothing of it is read (not
/// "its review date cannot be read").
fn assert_unreadable(run: &Run, what: &str) {
    let reason = run
        .stderr
        .lines()
        .find(|line| line.contains("romashka.yaml"))
        .unwrap_or_default();
    assert!(
        reason.ends_with("; left out: the file cannot be read until this is fixed")
            || reason.ends_with("; не вошло: файл не прочитать, пока это не исправлено"),
        "{what}: {reason}"
    );
}

#[test]
fn review_list_and_actions_leave_the_file_out_in_every_format() {
    let dir = folder();
    for lang in ["en", "ru"] {
        for args in [
            &["review", "--all", "--as-of", "2026-11-28"][..],
            &["list"],
            &["actions", "--all", "--as-of", "2026-11-28"],
        ] {
            for format in ["table", "json", "csv"] {
                let mut args = args.to_vec();
                args.extend(["--format", format]);
                let what = format!("{lang} {}", args.join(" "));
                let run = run(&dir, lang, &args);
                assert_left_out(&run, &what);
                assert_unreadable(&run, &what);
                assert!(run.stdout.contains("Nordhafen Foods"), "{what}: {run}");
                assert!(!run.stdout.contains("romashka"), "{what}: {run}");
            }
        }
    }
}

#[test]
fn review_counts_the_file_as_unreadable_not_as_a_dossier_of_nobody() {
    let dir = folder();
    let run = run(&dir, "en", &["review", "--all", "--as-of", "2026-11-28"]);
    assert_left_out(&run, "review");
    assert!(run.stdout.contains("1 unreadable"), "{run}");
}

#[test]
fn calendar_has_no_event_of_the_file() {
    let dir = folder();
    for lang in ["en", "ru"] {
        let run = run(&dir, lang, &["calendar", "--all"]);
        assert_left_out(&run, &format!("{lang} calendar"));
        assert_unreadable(&run, &format!("{lang} calendar"));
        assert!(run.stdout.contains("UID:review-nordhafen@dossier"), "{run}");
        assert!(!run.stdout.contains("romashka"), "{run}");
    }
}

#[test]
fn report_names_the_file_and_shows_nothing_of_it() {
    let dir = folder();
    let page = dir.join("report.html");
    let run = run(
        &dir,
        "ru",
        &["report", "--all", "--output", page.to_str().unwrap()],
    );
    assert_left_out(&run, "report");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains('\u{fffd}'), "a � in the page");
    assert!(html.contains("Nordhafen Foods"));
}

#[test]
fn show_and_map_of_the_file_exit_2_with_the_reason() {
    let dir = folder();
    for args in [
        &["show", "romashka"][..],
        &["show", "romashka", "--format", "json"],
        &["map", "romashka"],
        &["map", "romashka", "--format", "dot"],
    ] {
        let run = run(&dir, "ru", args);
        assert_left_out(&run, &args.join(" "));
        assert_eq!(run.stdout, "", "{run}");
    }
}

/// `check` shows the line with the bad bytes as escapes, the caret under
/// the first one.
#[test]
fn check_shows_the_bad_bytes_as_escapes() {
    let dir = folder();
    let run = run(&dir, "en", &["check", "--format", "text"]);
    assert_eq!(run.status, 1, "{run}");
    assert!(!run.stdout.contains('\u{fffd}'), "{run}");
    assert!(
        run.stdout
            .contains("3 |   name: \\xCE\\xCE\\xCE \\xAB\\xD0\\xEE\\xEC\\xE0\\xF8\\xEA\\xE0\\xBB\n  |         ^^^^\n"),
        "{run}"
    );
}
