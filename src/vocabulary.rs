//! The words people type for the format's values, in Russian (the
//! methodology's own terms and their short forms) and plain English, and
//! the value each one means: `ЛПР` is `decision_maker`, `высокое` is `high`.

/// The value of one of the format's lists that `word` names, if any.
/// Words are compared as names are (case, spacing, `ё`/`е` aside), and
/// `-` or `_` read as a space.
pub fn key_word(word: &str) -> Option<&'static str> {
    let wanted = crate::names::key(&word.replace(['-', '_'], " "));
    WORDS
        .iter()
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
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_words_name_the_values() {
        assert_eq!(key_word("ЛПР"), Some("decision_maker"));
        assert_eq!(key_word("лпр"), Some("decision_maker"));
        assert_eq!(key_word("Сторонник"), Some("supporter"));
        assert_eq!(key_word("высокое"), Some("high"));
        assert_eq!(key_word("инерция"), Some("inertia"));
        assert_eq!(key_word("in-house"), Some("in_house"));
        assert_eq!(key_word("huge"), None);
    }

    /// No word means two values, and the values are the format's.
    #[test]
    fn each_word_means_one_value() {
        let mut seen = std::collections::HashMap::new();
        for (words, value) in WORDS {
            for word in *words {
                let key = crate::names::key(word);
                assert_eq!(*seen.entry(key).or_insert(*value), *value, "{word}");
            }
        }
    }
}
