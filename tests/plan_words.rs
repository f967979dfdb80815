//! The words people type for the account plan's statuses, in Russian as
//! `show` prints them, suggest the key word: every one of a file is
//! reported, in block and flow style, with its key and position.

mod common;

use common::{Dossier, fixture};

#[test]
fn russian_plan_statuses_suggest_their_key_words() {
    let file = fixture("plan-words", "statuses.yaml");
    let run = common::dossier(&["check", "--format", "json", &file]);
    assert_eq!(run.status, 1, "{run}");
    let report = run.json();
    let found: Vec<(u64, u64, &str, &str)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            assert_eq!(d["code"], "invalid-value", "{d}");
            (
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["key"].as_str().unwrap(),
                d["message"].as_str().unwrap(),
            )
        })
        .collect();
    let expected = [
        (4, 9, "status", "в работе", "active"),
        (15, 34, "plan.needs[0].status", "закрыта", "addressed"),
        (19, 15, "plan.objectives[0].status", "отменено", "dropped"),
        (
            24,
            19,
            "plan.objectives[0].actions[0].status",
            "Выполнено",
            "done",
        ),
        (26, 56, "plan.resources[0].status", "выделено", "granted"),
        (
            29,
            15,
            "plan.solutions[0].status",
            "тиражировано",
            "replicated",
        ),
    ];
    assert_eq!(found.len(), expected.len(), "{run}");
    for ((line, column, key, message), (l, c, k, word, value)) in found.iter().zip(expected) {
        assert_eq!((*line, *column, *key), (l, c, k), "{message}");
        assert!(
            message.starts_with(&format!(
                "`{word}` is not allowed (did you mean `{value}`?)"
            )),
            "{message}"
        );
    }

    // The same in a Russian run's text.
    let run = Dossier::new()
        .env("DOSSIER_LANG", "ru")
        .run(&["check", &file]);
    assert!(
        run.stdout
            .contains("`Выполнено` — недопустимое значение (может быть, `done`?)"),
        "{run}"
    );
}
