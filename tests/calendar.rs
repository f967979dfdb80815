//! `dossier calendar` end to end: the feed is read back with Python's
//! `icalendar` package (a parser independent of the crate that writes it),
//! its UIDs stay the same from run to run, Cyrillic survives folding and
//! escaping, `--owner` compares names as people read them, archived dossiers
//! join only with `--all`, and `--output` writes the file atomically.

mod common;

use common::{Dossier, Run, fixtures, python_with, root, scratch};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// 2026-11-27 00:00 UTC.
const EPOCH: &str = "1795737600";

/// `dossier calendar ARGS` on `tests/fixtures/calendar`, with a fixed DTSTAMP.
fn calendar(args: &[&str]) -> Run {
    calendar_in(&fixtures("calendar").join("dossiers"), args)
}

fn calendar_in(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["calendar"];
    all.extend_from_slice(args);
    Dossier::new()
        .dir(dir)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .run(&all)
}

/// The feed as Python's `icalendar` reads it (`tests/read/ics.py`); `None`
/// when the package is missing outside CI.
fn parsed(feed: &str) -> Option<Value> {
    let python = python_with("icalendar")?;
    let folder = scratch("calendar-read");
    let path = folder.join("feed.ics");
    std::fs::write(&path, feed).unwrap();
    let output = Command::new(python)
        .arg(root().join("tests/read/ics.py"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "icalendar could not read the feed: {}\n{feed}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["errors"], Value::Array(Vec::new()), "{value}");
    for event in value["events"].as_array().unwrap() {
        assert_eq!(event["errors"], Value::Array(Vec::new()), "{event}");
    }
    Some(value)
}

fn events(feed: &Value) -> &Vec<Value> {
    feed["events"].as_array().unwrap()
}

fn uids(feed: &Value) -> Vec<&str> {
    events(feed)
        .iter()
        .map(|e| e["uid"].as_str().unwrap())
        .collect()
}

fn event<'a>(feed: &'a Value, uid: &str) -> &'a Value {
    events(feed)
        .iter()
        .find(|e| e["uid"] == uid)
        .unwrap_or_else(|| panic!("no event {uid} in {feed}"))
}

/// The UID of an action as FORMAT.md defines it, computed here with
/// Python's hashlib rather than the code under test.
fn action_uid(id: &str, objective: &str, action: &str) -> Option<String> {
    let python = python_with("hashlib")?;
    let output = Command::new(python)
        .args([
            "-c",
            "import hashlib, sys, unicodedata as u\n\
             n = lambda s: u.normalize('NFC', s)\n\
             h = hashlib.sha256((n(sys.argv[2]) + '\\n' + n(sys.argv[3])).encode()).hexdigest()[:16]\n\
             print(f'action-{n(sys.argv[1])}-{h}@dossier')",
            id,
            objective,
            action,
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    Some(String::from_utf8(output.stdout).unwrap().trim().to_owned())
}

#[test]
fn the_feed_reads_back_with_one_all_day_event_per_review_and_open_action() {
    let run = calendar(&[]);
    assert_eq!(run.status, 0, "{run}");
    // RFC 5545: CRLF line ends, no line longer than 75 octets.
    assert!(run.stdout.ends_with("END:VCALENDAR\r\n"), "{run}");
    for line in run.stdout.split("\r\n") {
        assert!(!line.contains('\n'), "a bare LF: {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let Some(feed) = parsed(&run.stdout) else {
        return;
    };
    assert_eq!(feed["version"], "2.0");
    assert!(feed["prodid"].as_str().unwrap().contains("dossier"));
    assert_eq!(feed["name"], "Key accounts: reviews and actions");
    // Two reviews (the archived dossier is left out) and four open actions
    // of open objectives: done actions and a dropped objective's are not.
    assert_eq!(
        uids(&feed),
        [
            "review-acme@dossier",
            "action-acme-1633bd85cf377060@dossier",
            "action-acme-61d8fd9e3dd071a3@dossier",
            "action-ромашка-20abb8f5fd73dcd5@dossier",
            "action-ромашка-f94405eb72de8e69@dossier",
            "review-ромашка@dossier",
        ],
        "{feed}"
    );
    for event in events(&feed) {
        assert_eq!(event["dtstart"]["date"], true, "{event}");
        assert_eq!(event["dtend"]["date"], true, "{event}");
        assert_eq!(event["dtstamp"]["value"], "2026-11-27T00:00:00+00:00");
        assert_eq!(event["transp"], "TRANSPARENT");
    }
    // A review falls on its due date, also when it has passed.
    let review = event(&feed, "review-acme@dossier");
    assert_eq!(review["dtstart"]["value"], "2026-11-05");
    assert_eq!(review["dtend"]["value"], "2026-11-06");
    assert_eq!(review["summary"], "Review due: ACME Logistics GmbH");
    let description = review["description"].as_str().unwrap();
    assert!(
        description.starts_with("Account manager: Daniel Weber\nLast reviewed: 2026-09-05\nFile: ")
            && description.ends_with("/tests/fixtures/calendar/dossiers/emea/acme.yaml"),
        "{review}"
    );
    // Text that RFC 5545 escapes comes back as written; a line break in a
    // name is one space in a title.
    let action = event(&feed, "action-acme-1633bd85cf377060@dossier");
    assert_eq!(action["dtstart"]["value"], "2026-11-25");
    assert_eq!(
        action["summary"],
        "Business case, pricing; options A\\B for the CFO — ACME Logistics GmbH"
    );
    let description = action["description"].as_str().unwrap();
    let lines: Vec<&str> = description.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "Objective: Replace the WMS; then the yard",
            "Owner: Daniel Weber",
            "Department: Sales"
        ],
        "{action}"
    );
    assert!(lines[3].starts_with("File: ") && lines[3].ends_with("emea/acme.yaml"));
    let action = event(&feed, "action-acme-61d8fd9e3dd071a3@dossier");
    assert_eq!(
        action["summary"],
        "Reference visit to Duisburg — ACME Logistics GmbH"
    );
}

#[test]
fn uids_are_the_ones_format_md_defines_and_two_runs_are_identical() {
    let first = calendar(&[]);
    let second = calendar(&[]);
    assert_eq!(first.status, 0, "{first}");
    assert_eq!(
        first.bytes(),
        second.bytes(),
        "same files, same DTSTAMP: same bytes"
    );
    let Some(expected) = action_uid(
        "ромашка",
        "Выиграть внедрение WMS в Чехове и Подольске до конца финансового года",
        "Коммерческое предложение на два склада",
    ) else {
        return;
    };
    assert_eq!(expected, "action-ромашка-f94405eb72de8e69@dossier");
    assert!(
        first.stdout.contains(&format!("UID:{expected}\r\n")),
        "{first}"
    );
    let Some(expected) = action_uid(
        "acme",
        "Replace the WMS; then the yard",
        "Business case, pricing; options A\\B for the CFO",
    ) else {
        return;
    };
    let Some(feed) = parsed(&first.stdout) else {
        return;
    };
    assert!(uids(&feed).contains(&expected.as_str()), "{feed}");

    // Without SOURCE_DATE_EPOCH the stamp is the time of the run; the UIDs
    // do not move.
    let now = Dossier::new()
        .dir(fixtures("calendar").join("dossiers"))
        .run(&["calendar"]);
    assert_eq!(now.status, 0, "{now}");
    let Some(now) = parsed(&now.stdout) else {
        return;
    };
    assert_eq!(uids(&now), uids(&feed));
    assert_ne!(
        events(&now)[0]["dtstamp"]["value"],
        "2026-11-27T00:00:00+00:00"
    );
}

#[test]
fn uids_do_not_move_when_a_file_moves_or_its_actions_change_dates() {
    let home = scratch("calendar-move");
    let dir = home.join("dossiers");
    std::fs::create_dir_all(&dir).unwrap();
    let source = fixtures("calendar").join("dossiers/emea/acme.yaml");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(dir.join("acme.yaml"), &text).unwrap();
    let before = calendar_in(&dir, &[]);
    std::fs::create_dir_all(dir.join("de")).unwrap();
    std::fs::remove_file(dir.join("acme.yaml")).unwrap();
    std::fs::write(
        dir.join("de/acme.yaml"),
        text.replace("due: 2026-11-25", "due: 2026-12-01").replace(
            "owner: Daniel Weber\n          department: Sales",
            "owner: Anna Schulz\n          department: Project Office",
        ),
    )
    .unwrap();
    let after = calendar_in(&dir, &[]);
    assert_eq!((before.status, after.status), (0, 0), "{before}\n{after}");
    let uid_lines = |run: &Run| {
        let mut uids: Vec<String> = run
            .stdout
            .lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect();
        uids.sort();
        uids
    };
    assert_eq!(uid_lines(&before), uid_lines(&after));
    assert!(
        after.stdout.contains("DTSTART;VALUE=DATE:20261201"),
        "{after}"
    );
}

#[test]
fn titles_follow_the_language_and_cyrillic_comes_back_whole() {
    let run = calendar(&["--owner", "ИВАН петров"]);
    assert_eq!(run.status, 0, "{run}");
    let ru = Dossier::new()
        .dir(fixtures("calendar").join("dossiers"))
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("DOSSIER_LANG", "ru")
        .run(&["calendar"]);
    assert_eq!(ru.status, 0, "{ru}");
    for line in ru.stdout.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let Some(feed) = parsed(&ru.stdout) else {
        return;
    };
    assert_eq!(feed["name"], "Ключевые клиенты: обзоры досье и действия");
    let review = event(&feed, "review-ромашка@dossier");
    assert_eq!(review["summary"], "Срок обзора досье: ООО «Ромашка»");
    assert_eq!(review["dtstart"]["value"], "2027-01-20");
    let description = review["description"].as_str().unwrap();
    assert!(description.starts_with("Менеджер: Иван Петров\nПоследний обзор: 2026-10-20\nФайл: "));
    assert!(description.ends_with("ru/ромашка.yaml"), "{description}");
    // Folded at 75 octets between characters, never inside one.
    let long = event(&feed, "action-ромашка-20abb8f5fd73dcd5@dossier");
    assert_eq!(
        long["summary"],
        "Показать модуль маркировки финансовому директору на складе «Чехов», с расчётом окупаемости — ООО «Ромашка»"
    );
    assert!(
        long["description"]
            .as_str()
            .unwrap()
            .starts_with("Цель: Выиграть внедрение WMS в Чехове и Подольске до конца финансового года\nОтветственный: Сергей Ким\nПодразделение: Пресейл\n"),
        "{long}"
    );
    // What scripts read stays the same: the UIDs do not follow the language.
    let en = parsed(&calendar(&[]).stdout).unwrap();
    assert_eq!(uids(&feed), uids(&en));
}

#[test]
fn owner_keeps_their_reviews_and_their_actions() {
    // The account manager: the review of the dossier he manages and the
    // action he owns (written `иван  петров` in the file), not his team's.
    let run = calendar(&["--owner", "  ИВАН   петров "]);
    assert_eq!(run.status, 0, "{run}");
    let Some(feed) = parsed(&run.stdout) else {
        return;
    };
    assert_eq!(
        uids(&feed),
        [
            "action-ромашка-f94405eb72de8e69@dossier",
            "review-ромашка@dossier"
        ],
        "{feed}"
    );
    // ё and е are one letter; a team member's actions only.
    let run = calendar(&["--owner", "сергей ким"]);
    let feed = parsed(&run.stdout).unwrap();
    assert_eq!(
        uids(&feed),
        ["action-ромашка-20abb8f5fd73dcd5@dossier"],
        "{feed}"
    );
    // Someone on our side with nothing dated: an empty, valid feed (a
    // subscription must not break when the last action is done).
    let run = calendar(&["--owner", "Петр Зуев"]);
    assert_eq!(run.status, 0, "{run}");
    let feed = parsed(&run.stdout).unwrap();
    assert!(events(&feed).is_empty(), "{feed}");
    assert!(run.stdout.contains("BEGIN:VCALENDAR\r\n"));
}

#[test]
fn an_owner_nobody_knows_exits_2_with_a_did_you_mean() {
    let run = calendar(&["--owner", "Schulz"]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stdout, "", "{run}");
    assert!(run.stderr.contains("`Schulz`"), "{run}");
    assert!(run.stderr.contains("did you mean `Anna Schulz`?"), "{run}");
}

#[test]
fn archived_dossiers_join_only_with_all() {
    let run = calendar(&[]);
    assert!(!run.stdout.contains("old-client"), "{run}");
    let run = calendar(&["--all"]);
    assert_eq!(run.status, 0, "{run}");
    let Some(feed) = parsed(&run.stdout) else {
        return;
    };
    let uids = uids(&feed);
    assert_eq!(uids.len(), 8, "{feed}");
    assert!(uids.contains(&"review-old-client@dossier"));
    assert_eq!(
        uids[0], "review-old-client@dossier",
        "the oldest date first"
    );
    assert!(
        uids.iter().any(|u| u.starts_with("action-old-client-")),
        "{feed}"
    );
}

#[test]
fn output_writes_the_file_atomically_and_prints_its_path() {
    let folder = scratch("calendar-output");
    let out = folder.join("team.ics");
    let target = out.to_str().unwrap();
    std::fs::write(&out, "old").unwrap();
    let run = calendar(&["--output", target]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.stdout.trim(), target);
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, calendar(&[]).stdout);
    // Never over something that is not a regular file.
    let run = calendar(&["--output", "/dev/null"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("/dev/null"), "{run}");
}

#[test]
fn a_broken_dossier_is_named_and_the_others_still_make_the_feed() {
    let home = scratch("calendar-broken");
    let dir = home.join("dossiers");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        fixtures("calendar").join("dossiers/emea/acme.yaml"),
        dir.join("acme.yaml"),
    )
    .unwrap();
    std::fs::write(dir.join("broken.yaml"), "version: 1\nclient: [\n").unwrap();
    let run = calendar_in(&dir, &[]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("broken.yaml"), "{run}");
    assert!(run.stdout.contains("UID:review-acme@dossier\r\n"), "{run}");
}

#[test]
fn a_source_date_epoch_that_is_not_a_number_is_refused() {
    let run = Dossier::new()
        .dir(fixtures("calendar").join("dossiers"))
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .run(&["calendar"]);
    assert_eq!(run.status, 2, "{run}");
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("SOURCE_DATE_EPOCH"), "{run}");
    assert!(run.stderr.contains("`yesterday`"), "{run}");
}
