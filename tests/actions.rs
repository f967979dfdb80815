//! `dossier actions` end to end on the bundled dossiers, pinned with `--as-of`:
//! the open actions of open objectives, most overdue first, in table, JSON
//! and CSV; `--owner` compares names as people read them; exit 1 when an
//! action is overdue.

mod common;

use common::{bundled, dossier, parse_csv, scratch};

const AS_OF: &str = "2026-11-28";

fn actions(extra: &[&str]) -> common::Run {
    let dir = bundled();
    let mut args = vec!["--dir", &dir, "actions", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    dossier(&args)
}

#[test]
fn overdue_and_due_soon_most_overdue_first_exit_1() {
    let run = actions(&["--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    let rows = run.json();
    let rows = rows.as_array().expect("an array");
    let seen: Vec<(&str, &str, i64)> = rows
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
                r["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("nordhafen-foods", "overdue", 12),
            ("romashka", "overdue", 8),
            ("acme-logistics", "overdue", 3),
            ("acme-logistics", "overdue", 1),
            ("nordhafen-foods", "due_soon", -5),
            ("romashka", "due_soon", -10),
            ("acme-logistics", "due_soon", -12),
        ],
        "{run}"
    );
    let first = &rows[0];
    // The columns of FORMAT.md, in its order.
    let columns = [
        "id",
        "client",
        "objective",
        "action",
        "owner",
        "department",
        "due",
        "status",
        "days_overdue",
        "path",
    ];
    let at: Vec<usize> = columns
        .iter()
        .map(|key| run.stdout.find(&format!("\"{key}\":")).expect(key))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{run}");
    assert_eq!(first.as_object().unwrap().len(), columns.len());
    assert_eq!(first["objective"], "Make the 2027 tender shortlist");
    assert_eq!(first["due"], "2026-11-16");
    // Done actions and the actions of a dropped objective are not listed.
    assert!(!run.stdout.contains("CEO-to-CEO dinner"), "{run}");
}

#[test]
fn all_lists_every_open_action_and_the_table_reads() {
    let run = actions(&["--all"]);
    assert_eq!(run.status, 1, "{run}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("Due "), "{run}");
    assert!(
        lines[2].starts_with("2026-11-16            12  overdue"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("Коммерческое предложение на два склада"),
        "{run}"
    );
    assert!(run.stdout.contains("Traceability demo"), "{run}");
    let json = actions(&["--all", "--format", "json"]).json();
    assert_eq!(json.as_array().unwrap().len(), 8);
    let rows = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("2026-"))
        .count();
    assert_eq!(rows, 8, "{run}");
}

#[test]
fn owner_matches_names_as_people_read_them() {
    let run = actions(&["--owner", "  сергей   КИМ ", "--format", "csv"]);
    assert_eq!(run.status, 0, "nothing of his is overdue: {run}");
    let rows = parse_csv(&run.stdout);
    assert_eq!(rows[0][0], "id");
    assert_eq!(rows.len(), 2, "{run}");
    assert_eq!(rows[1][3], "Показать WMS Морозову на складе «Чехов»");
    assert_eq!(rows[1][7], "due_soon");
    assert_eq!(rows[1][8], "-10");

    // ё and е are one letter in a name.
    let run = actions(&["--owner", "Елена Соколова", "--format", "json"]);
    assert_eq!(run.status, 1, "{run}");
    let run_yo = actions(&["--owner", "ЕЛЁНА соколова", "--format", "json"]);
    assert_eq!(run.json(), run_yo.json());
    assert_eq!(run.json().as_array().unwrap().len(), 1);
}

/// A name nobody on our side has is a typo, not a quiet week: exit 2 with a
/// "did you mean", as `review`, `list`, `changes` and `calendar` do, so the
/// per-manager cron line that mails `actions` does not mail "nothing due".
/// Someone on our side with no action of theirs is a quiet week.
#[test]
fn an_owner_nobody_on_our_side_has_exits_2_with_a_did_you_mean() {
    for format in ["table", "json", "csv"] {
        let run = actions(&["--owner", "Daniel Webber", "--format", format]);
        assert_eq!(run.status, 2, "{run}");
        assert_eq!(run.stdout, "", "{run}");
        assert!(
            run.stderr.contains(
                "nobody on our side of any dossier is `Daniel Webber`; did you mean `Daniel Weber`?"
            ),
            "{run}"
        );
    }
    let run = actions(&["--owner", "Сергей Кин", "--lang", "ru"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(
        run.stderr.contains(
            "ни в одном досье нет `Сергей Кин` с нашей стороны; может быть, `Сергей Ким`?"
        ),
        "{run}"
    );

    // A team member with no action: nothing to do, and no error.
    let run = actions(&["--owner", "kevin park", "--all", "--format", "json"]);
    assert_eq!((run.status, run.stderr.as_str()), (0, ""), "{run}");
    assert_eq!(run.json(), serde_json::json!([]), "{run}");
}

#[test]
fn quiet_prints_nothing_when_nothing_is_due_and_archived_are_left_out() {
    let home = scratch("actions");
    let folder = home.join("dossiers");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let romashka =
        std::fs::read_to_string(common::root().join("dossiers/ru/romashka.yaml")).expect("read");
    std::fs::write(
        folder.join("romashka.yaml"),
        romashka.replacen("version: 1\n", "version: 1\nstatus: archived\n", 1),
    )
    .expect("write");
    let dir = folder.to_str().expect("UTF-8");
    let run = dossier(&["--dir", dir, "actions", "--as-of", AS_OF, "--quiet"]);
    assert_eq!((run.status, run.stdout.as_str()), (0, ""), "{run}");
    let run = dossier(&[
        "--dir", dir, "actions", "--as-of", AS_OF, "--all", "--format", "json",
    ]);
    assert_eq!(run.status, 1, "{run}");
    assert_eq!(run.json().as_array().unwrap().len(), 3, "{run}");
}

/// The README shows this command's real output on the bundled dossiers.
#[test]
fn the_readme_example_is_true() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).expect("README");
    let shown = readme
        .split("$ dossier actions --as-of 2026-11-28\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README shows `dossier actions`");
    let run = actions(&[]);
    assert_eq!(run.stdout, shown, "{run}");
}

/// `review`'s JSON and CSV count each dossier's overdue actions.
#[test]
fn review_counts_overdue_actions() {
    let dir = bundled();
    let run = dossier(&[
        "--dir", &dir, "review", "--all", "--as-of", AS_OF, "--format", "json",
    ]);
    let counts: Vec<(String, u64)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["actions_overdue"].as_u64().unwrap(),
            )
        })
        .collect();
    for (id, count) in [
        ("acme-logistics", 2),
        ("romashka", 1),
        ("nordhafen-foods", 1),
        ("brightline-retail", 0),
    ] {
        assert!(counts.contains(&(id.to_owned(), count)), "{id}: {counts:?}");
    }
    let run = dossier(&[
        "--dir", &dir, "review", "--all", "--as-of", AS_OF, "--format", "csv",
    ]);
    let rows = parse_csv(&run.stdout);
    let column = rows[0]
        .iter()
        .position(|h| h == "actions_overdue")
        .expect("a column");
    let acme = rows
        .iter()
        .find(|r| r[0] == "acme-logistics")
        .expect("a row");
    assert_eq!(acme[column], "2");
}

/// With nothing to list, the table says what was asked for: nothing overdue
/// or due soon, or (`--all`) no open action with a due date at all.
#[test]
fn an_empty_list_says_what_was_asked_for() {
    let home = scratch("actions-none");
    let folder = home.join("dossiers");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let without_plan =
        std::fs::read_to_string(common::root().join("dossiers/americas/brightline-retail.yaml"))
            .expect("read");
    assert!(!without_plan.contains("\nplan:"));
    std::fs::write(folder.join("brightline-retail.yaml"), without_plan).expect("write");
    let dir = folder.to_str().expect("UTF-8");
    let said = |extra: &[&str]| {
        let mut args = vec!["--dir", dir, "actions", "--as-of", AS_OF];
        args.extend_from_slice(extra);
        let run = dossier(&args);
        assert_eq!(run.status, 0, "{run}");
        run.stdout
    };
    assert_eq!(said(&[]), "no open action is overdue or due soon\n");
    assert_eq!(said(&["--all"]), "no open action with a due date\n");
    assert_eq!(
        said(&["--all", "--lang", "ru"]),
        "нет открытых действий со сроком\n"
    );
}

/// Two objectives may each have an action of one name (FORMAT.md allows it:
/// `duplicate-entry` is one objective's): the table, the report and the
/// calendar show such an action with its objective, JSON keeps the name as
/// written with the objective in its own field.
#[test]
fn actions_of_one_name_are_told_apart_by_their_objective() {
    let home = scratch("actions-one-name");
    let folder = home.join("dossiers");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let romashka =
        std::fs::read_to_string(common::root().join("dossiers/ru/romashka.yaml")).expect("read");
    let second = "  resources:\n";
    assert!(romashka.contains(second));
    let romashka = romashka.replacen(
        second,
        "    - name: Продлить поддержку\n      owner: Иван Петров\n      actions:\n        \
         - name: Коммерческое предложение на два склада\n          owner: Иван Петров\n          \
         due: 2026-12-20\n  resources:\n",
        1,
    );
    std::fs::write(folder.join("romashka.yaml"), romashka).expect("write");
    let dir = folder.to_str().expect("UTF-8");

    let run = dossier(&["--dir", dir, "actions", "--as-of", AS_OF, "--all"]);
    assert!(
        run.stdout.contains(
            "Коммерческое предложение на два склада («Выиграть внедрение WMS в Чехове и Подольске»)"
        ),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("Коммерческое предложение на два склада («Продлить поддержку»)"),
        "{run}"
    );
    // An action whose name is its own reads as before.
    assert!(
        run.stdout
            .contains("Показать WMS Морозову на складе «Чехов»  "),
        "{run}"
    );

    let run = dossier(&[
        "--dir", dir, "actions", "--as-of", AS_OF, "--all", "--format", "json",
    ]);
    let rows = run.json();
    let named: Vec<(&str, &str)> = rows
        .as_array()
        .expect("array")
        .iter()
        .filter(|r| r["action"] == "Коммерческое предложение на два склада")
        .map(|r| {
            (
                r["objective"].as_str().unwrap(),
                r["action"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(named.len(), 2, "{run}");

    // The feed unfolded (RFC 5545 folds long lines at 75 octets).
    let run = dossier(&["--dir", dir, "calendar"]);
    let feed = run.stdout.replace("\r\n ", "");
    assert!(
        feed.contains("SUMMARY:Коммерческое предложение на два склада («Продлить поддержку»)"),
        "{feed}"
    );
}
