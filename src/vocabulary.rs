//! The words people type for the format's values, in Russian (the
//! methodology's own terms and their short forms, and the words `show` and
//! the report print for each value) and plain English, and the value each
//! one means: `ЛПР` is `decision_maker`, `высокое` is `high`, `выполнено`
//! is `done`.

/// The value of the list `allowed` (a role, kind, level or status list)
/// that `word` names, if any. Words are compared as names are (case,
/// spacing, `ё`/`е` aside), and `-` or `_` read as a space. A word may mean
/// different values in different lists (`снято` is `dropped` for a need or
/// an action; `отменено` is `cancelled` for a tender and `dropped` for an
/// objective), never two values of one list.
pub fn key_word(word: &str, allowed: &[&str]) -> Option<&'static str> {
    let wanted = crate::names::key(&word.replace(['-', '_'], " "));
    WORDS
        .iter()
        .filter(|(_, value)| allowed.contains(value))
        .find(|(words, _)| words.iter().any(|w| crate::names::key(w) == wanted))
        .map(|(_, value)| *value)
}

/// Each value with the words that mean it. A word means one value only.
const WORDS: &[(&[&str], &str)] = &[
    (
        &[
            "ЛПР",
            "лицо, принимающее решение",
            "лицо принимающее решение",
            "человек, принимающий решение",
            "принимает решение",
            "decision maker",
            "decider",
        ],
        "decision_maker",
    ),
    (&["привратник", "ключник", "секретарь"], "gatekeeper"),
    (
        &["технический", "технический специалист", "технарь", "tech"],
        "technical",
    ),
    (
        &[
            "экономический",
            "экономический специалист",
            "финансист",
            "finance",
            "financial",
        ],
        "economic",
    ),
    (&["пользователь"], "user"),
    (&["сторонник", "союзник", "champion", "ally"], "supporter"),
    (&["оппонент", "противник", "opponent", "enemy"], "opponent"),
    (
        &["советник", "консультант", "эксперт", "adviser"],
        "advisor",
    ),
    (&["информатор", "осведомитель"], "informant"),
    (&["высокое", "высокий", "высокая", "высоко"], "high"),
    (
        &["среднее", "средний", "средняя", "средне", "mid", "moderate"],
        "medium",
    ),
    (&["низкое", "низкий", "низкая", "низко"], "low"),
    (
        &["прямой", "прямые конкуренты", "прямой конкурент", "прямые"],
        "direct",
    ),
    (
        &[
            "бюджет",
            "претенденты на тот же бюджет",
            "тот же бюджет",
            "same budget",
        ],
        "budget",
    ),
    (
        &["инерция", "инерция клиента", "do nothing", "status quo"],
        "inertia",
    ),
    (
        &[
            "собственными силами",
            "своими силами",
            "сами",
            "inhouse",
            "in house",
            "diy",
        ],
        "in_house",
    ),
    (
        &[
            "открыто",
            "открыта",
            "открыт",
            "открытая",
            "открытое",
            "открытый",
            "в работе",
            "не начато",
            "todo",
            "to do",
            "pending",
        ],
        "open",
    ),
    (
        &[
            "закрыта",
            "закрыто",
            "закрыт",
            "решена",
            "решено",
            "учтена",
            "учтено",
            "closed",
            "answered",
            "solved",
        ],
        "addressed",
    ),
    (
        &[
            "снято",
            "снята",
            "снят",
            "отменено",
            "отменена",
            "отменён",
            "отказались",
            "не актуально",
            "неактуально",
            "cancelled",
            "canceled",
            "abandoned",
        ],
        "dropped",
    ),
    (
        &[
            "выполнено",
            "выполнена",
            "выполнен",
            "сделано",
            "сделана",
            "готово",
            "достигнута",
            "достигнуто",
            "done",
            "completed",
            "complete",
            "finished",
        ],
        "done",
    ),
    (
        &[
            "запрошен",
            "запрошено",
            "запрошена",
            "запрос",
            "запросили",
            "asked",
            "pending",
        ],
        "requested",
    ),
    (
        &[
            "выделен",
            "выделено",
            "выделена",
            "выделили",
            "одобрен",
            "одобрено",
            "дали",
            "approved",
            "given",
        ],
        "granted",
    ),
    (
        &[
            "отказано",
            "отказ",
            "отклонён",
            "отклонено",
            "не дали",
            "rejected",
            "denied",
            "declined",
        ],
        "refused",
    ),
    (
        &[
            "кандидат на тиражирование",
            "кандидат",
            "можно тиражировать",
            "proposed",
        ],
        "candidate",
    ),
    (
        &[
            "тиражировано",
            "тиражирована",
            "тиражирован",
            "тиражируется",
            "reused",
            "rolled out",
        ],
        "replicated",
    ),
    (
        &[
            "не тиражируется",
            "не тиражировать",
            "нельзя тиражировать",
            "уникальное",
            "unique",
            "one off",
            "not replicated",
        ],
        "not_replicable",
    ),
    (&["выиграли", "выиграно", "выигран", "победа", "win"], "won"),
    (
        &["проиграли", "проиграно", "проигран", "поражение", "lose"],
        "lost",
    ),
    (
        &[
            "ждём решения",
            "ждем решения",
            "ожидание",
            "ожидает",
            "в ожидании",
            "open",
        ],
        "pending",
    ),
    (
        &["отменено", "отменён", "отменена", "отмена", "canceled"],
        "cancelled",
    ),
    (&["год", "в год", "ежегодно", "annual", "yearly"], "year"),
    (&["квартал", "в квартал", "quarterly"], "quarter"),
    (&["месяц", "в месяц", "monthly"], "month"),
    (&["проект", "на проект"], "project"),
    (&["департамент", "дирекция", "dept"], "department"),
    (&["отдел", "подразделение", "дивизион"], "division"),
    (&["филиал", "отделение", "office"], "branch"),
    (
        &[
            "дочерняя структура",
            "дочерняя компания",
            "дочернее общество",
            "дочка",
            "subsidiary company",
        ],
        "subsidiary",
    ),
    (&["другое", "прочее", "иное", "misc"], "other"),
    (&["поставка", "внедрение", "отгрузка"], "delivery"),
    (&["тендер", "конкурс", "закупка", "bid"], "tender"),
    (&["договор", "контракт", "deal"], "contract"),
    (&["встреча", "совещание", "переговоры", "call"], "meeting"),
    (
        &["в работе", "активно", "активный", "действующий", "current"],
        "active",
    ),
    (
        &["в архиве", "архив", "архивный", "архивировано", "archive"],
        "archived",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list of the format, from the JSON Schema's definitions (the
    /// schema is derived from the model, so no list is typed here).
    fn lists() -> Vec<(String, Vec<String>)> {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::schema::dossier_schema_json()).unwrap_or_default();
        let mut lists = Vec::new();
        for (name, definition) in schema["$defs"].as_object().into_iter().flatten() {
            let values: Vec<String> = match definition.get("enum") {
                Some(values) => values.as_array().into_iter().flatten().collect::<Vec<_>>(),
                None => definition["oneOf"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|one| &one["const"])
                    .collect(),
            }
            .into_iter()
            .filter_map(|value| value.as_str().map(str::to_owned))
            .collect();
            if !values.is_empty() {
                lists.push((name.clone(), values));
            }
        }
        lists
    }

    fn allowed(list: &[String]) -> Vec<&str> {
        list.iter().map(String::as_str).collect()
    }

    #[test]
    fn russian_words_name_the_values() {
        let roles = ["decision_maker", "supporter", "opponent"];
        assert_eq!(key_word("ЛПР", &roles), Some("decision_maker"));
        assert_eq!(key_word("лпр", &roles), Some("decision_maker"));
        assert_eq!(key_word("Сторонник", &roles), Some("supporter"));
        assert_eq!(key_word("высокое", &["high", "low"]), Some("high"));
        assert_eq!(key_word("инерция", &["inertia"]), Some("inertia"));
        assert_eq!(key_word("in-house", &["in_house"]), Some("in_house"));
        assert_eq!(key_word("huge", &["high", "low"]), None);
        // A word names a value only where that value is allowed.
        assert_eq!(key_word("ЛПР", &["high", "low"]), None);
    }

    #[test]
    fn plan_statuses_in_russian_name_their_values() {
        let work = ["open", "done", "dropped"];
        assert_eq!(key_word("выполнено", &work), Some("done"));
        assert_eq!(key_word("Сделано", &work), Some("done"));
        assert_eq!(key_word("в работе", &work), Some("open"));
        assert_eq!(key_word("отменено", &work), Some("dropped"));
        assert_eq!(
            key_word("отменено", &["won", "lost", "pending", "cancelled"]),
            Some("cancelled")
        );
        let need = ["open", "addressed", "dropped"];
        assert_eq!(key_word("закрыта", &need), Some("addressed"));
        let resource = ["requested", "granted", "refused"];
        assert_eq!(key_word("выделено", &resource), Some("granted"));
        assert_eq!(key_word("отказ", &resource), Some("refused"));
        let solution = ["candidate", "replicated", "not_replicable"];
        assert_eq!(key_word("тиражировано", &solution), Some("replicated"));
        assert_eq!(
            key_word("не тиражируется", &solution),
            Some("not_replicable")
        );
        assert_eq!(
            key_word("в архиве", &["active", "archived"]),
            Some("archived")
        );
    }

    /// What `show` and the report print for a value in Russian
    /// (`term-<value>` in `i18n/ru.ftl`), typed back into a file, suggests
    /// that value: for every value of every list.
    #[test]
    fn every_russian_term_of_every_list_names_its_value() {
        let catalogue = include_str!("../i18n/ru.ftl");
        let term = |value: &str| {
            catalogue.lines().find_map(|line| {
                let (id, words) = line.split_once(" = ")?;
                (id.trim() == format!("term-{value}")).then(|| words.trim().to_owned())
            })
        };
        let lists = lists();
        assert!(lists.len() >= 12, "{lists:?}");
        for (name, values) in &lists {
            for value in values {
                let word = term(value).unwrap_or_else(|| panic!("no term-{value} in ru.ftl"));
                assert_eq!(
                    key_word(&word, &allowed(values)),
                    Some(value.as_str()),
                    "`{word}` in {name}"
                );
            }
        }
    }

    /// No word means two values of one list, and every value is one of the
    /// format's.
    #[test]
    fn each_word_means_one_value_per_list() {
        let lists = lists();
        for (words, value) in WORDS {
            assert!(
                lists
                    .iter()
                    .any(|(_, values)| values.iter().any(|v| v == value)),
                "{value} is in no list"
            );
            for word in *words {
                for (name, values) in &lists {
                    let meanings: Vec<&str> = WORDS
                        .iter()
                        .filter(|(_, v)| values.iter().any(|allowed| allowed == v))
                        .filter(|(ws, _)| {
                            ws.iter()
                                .any(|w| crate::names::key(w) == crate::names::key(word))
                        })
                        .map(|(_, v)| *v)
                        .collect();
                    assert!(meanings.len() <= 1, "`{word}` means {meanings:?} in {name}");
                }
            }
        }
    }
}
