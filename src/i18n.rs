//! Every word a person reads, in English or Russian, from one catalogue.
//!
//! The catalogue is Project Fluent: `i18n/en.ftl` and `i18n/ru.ftl`, embedded
//! in the binary and parsed only when the first message is rendered (so
//! `dossier --version` never pays for it). Plural forms follow CLDR through
//! Fluent (`1 ошибка, 2 ошибки, 5 ошибок`); numbers in messages are grouped by
//! thousands (`12,000` in English, `12 000` with U+00A0 in Russian).
//!
//! A message is data until it is printed: a [`Message`] is an id and its
//! arguments, and only [`Message::render`] (or `Display`, in the language of
//! this run) turns it into words. What scripts read never goes through here:
//! JSON and CSV keys and values, check codes, `--help` (FORMAT.md, "Language").
//!
//! # Adding a message
//!
//! 1. Add `your-id = Text with { $arg }` to `i18n/en.ftl` and the same id,
//!    in Russian, to `i18n/ru.ftl` (ids are kebab-case, prefixed by the
//!    command or module: `review-summary`, `list-header-client`). Counts take
//!    Fluent's plural selector:
//!    `{ $count -> [one] { $count } dossier *[other] { $count } dossiers }`;
//!    Russian needs `[one]`, `[few]`, `[many]` and `*[other]`.
//! 2. In code, build it with [`msg!`](crate::msg):
//!    `msg!("review-summary", overdue = tally.overdue, due_soon = 3)`, and
//!    print it with `{}` (the run's language) or `.render(lang)`;
//!    [`text`] is the short form for a message without arguments. Numbers
//!    passed as integers select plural forms and are grouped; pass text
//!    (user values, paths via `.display().to_string()`) as strings.
//! 3. `cargo test --lib i18n` fails when an id is in one file and not the
//!    other, when code names an id the catalogue lacks, or when a Russian
//!    message still holds an English word of its English version outside
//!    backticks (keys, commands and values in backticks stay as written).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// The language of everything a person reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    /// The language a tag names: `en`, `ru`, or a locale such as
    /// `ru_RU.UTF-8` (the part before `_`, `-`, `.` or `@`, any case);
    /// `C` and `POSIX` are English. Anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let language = tag
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" | "c" | "posix" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// The BCP 47 tag, as in `<html lang="ru">`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The thousands separator of amounts and counts: `,` in English, a
    /// no-break space (U+00A0) in Russian.
    pub fn thousands_separator(self) -> char {
        match self {
            Lang::En => ',',
            Lang::Ru => '\u{a0}',
        }
    }

    /// The language of this run, in FORMAT.md's order: `--lang`, else
    /// `DOSSIER_LANG`, else `language` in `dossier.yaml` (`settings`), else
    /// the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set
    /// decides, `ru*` is Russian), else English. A `DOSSIER_LANG` that names
    /// neither language (or `auto`) is passed over, as an empty one is.
    pub fn select(flag: Option<Lang>, settings: Option<Lang>) -> Lang {
        let variable = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        flag.or_else(|| variable("DOSSIER_LANG").and_then(|v| Lang::from_tag(&v)))
            .or(settings)
            .or_else(|| {
                ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .into_iter()
                    .find_map(variable)
                    .map(|locale| Lang::from_tag(&locale).unwrap_or(Lang::En))
            })
            .unwrap_or_default()
    }

    fn index(self) -> usize {
        self as usize
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of this run (see [`Lang::select`]); English until set.
pub fn set_current(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language of this run.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Ru,
        _ => Lang::En,
    }
}

/// An argument of a message: text as written, a whole number (which
/// selects plural forms and is grouped by thousands when printed), or
/// another message, worded in the same language as the one holding it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Box<Message>),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize, u8, u16, i16);

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(text: Cow<'_, str>) -> Arg {
        Arg::Text(text.into_owned())
    }
}

impl From<Message> for Arg {
    /// A message inside another stays data, and is worded in the language
    /// the outer one is rendered in.
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

/// A message of the catalogue: its id and arguments, not yet words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the argument `{ $name }`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The words of this message in `lang`. An id missing from `lang` falls
    /// back to English, and one missing from both is printed as the id (the
    /// catalogue tests keep either from happening).
    pub fn render(&self, lang: Lang) -> String {
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                // Counts fit an f64 exactly up to 2^53; beyond that a
                // message has no business showing them.
                #[allow(clippy::cast_precision_loss)]
                Arg::Number(n) => args.set(*name, FluentValue::from(*n as f64)),
                Arg::Message(inner) => args.set(*name, FluentValue::from(inner.render(lang))),
            }
        }
        format(self.id, Some(&args), lang).unwrap_or_else(|| self.id.to_owned())
    }
}

fn format(id: &str, args: Option<&FluentArgs>, lang: Lang) -> Option<String> {
    [bundle(lang), bundle(Lang::En)]
        .into_iter()
        .find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
}

/// A value of one of the format's lists (a role, kind, level, outcome...)
/// as a person reads it, in the run's language: `decision_maker` is
/// `decision maker` in English and `ЛПР` in Russian (`term-<value>` in the
/// catalogue). A value the catalogue lacks is shown with spaces for `_`.
pub fn term(value: &str) -> String {
    format(&format!("term-{value}"), None, current()).unwrap_or_else(|| value.replace('_', " "))
}

/// [`term`] of a value of one of the format's enums, through the word
/// YAML writes for it (`SolutionStatus::NotReplicable` is `not_replicable`,
/// read `not replicable`); empty for anything that is not a plain word.
pub fn term_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(word)) => term(&word),
        _ => String::new(),
    }
}

/// A competitor's threat level (`high`, `medium`, `low`, as YAML writes
/// it) as a person reads it, in the run's language: one catalogue entry,
/// `threat-level`, for every place a threat is shown, since Russian agrees
/// the word with «угроза» (`высокая`) where [`term`] agrees it with
/// «влияние» (`высокое`). A word outside the list is shown as written.
pub fn threat_level(level: &str) -> String {
    Message::new("threat-level").arg("level", level).to_string()
}

/// A need's status (`open`, `addressed`, `dropped`, as YAML writes it) as
/// a person reads it: `need-status` in the catalogue, since Russian agrees
/// it with «потребность» (`снята`) where [`term`] agrees a status with
/// «действие» (`снято`). A word outside the list is shown as written.
pub fn need_status(status: &str) -> String {
    Message::new("need-status")
        .arg("status", status)
        .to_string()
}

/// An objective's status (`open`, `done`, `dropped`) as a person reads it:
/// `objective-status` in the catalogue, agreed with «цель» (`выполнена`).
pub fn objective_status(status: &str) -> String {
    Message::new("objective-status")
        .arg("status", status)
        .to_string()
}

impl fmt::Display for Message {
    /// The message in the language of this run.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(current()))
    }
}

impl std::error::Error for Message {}

/// A [`Message`] from an id and `name = value` arguments:
/// `msg!("review-summary", overdue = 2, due_soon = 1, current = 3)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The words of a message without arguments, in the language of this run.
pub fn text(id: &'static str) -> String {
    Message::new(id).render(current())
}

/// What a check code means (`code-<code>` in the catalogue), in the run's
/// language; the README's tables and `Code::description` are the English.
pub fn code_description(code: crate::diag::Code) -> String {
    format(&format!("code-{}", code.as_str()), None, current())
        .unwrap_or_else(|| code.description().to_owned())
}

const SOURCES: [&str; 2] = [
    include_str!("../i18n/en.ftl"),
    include_str!("../i18n/ru.ftl"),
];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang.index()].get_or_init(|| {
        let (resource, errors) = match FluentResource::try_new(SOURCES[lang.index()].to_owned()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        debug_assert!(errors.is_empty(), "{lang:?} catalogue: {errors:?}");
        let locale = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Isolation marks (U+2068, U+2069) would end up in tables and mail.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => |value, _| format_number(value, Lang::En),
            Lang::Ru => |value, _| format_number(value, Lang::Ru),
        }));
        // Each id is in the file once (the catalogue tests see to it).
        let _ = bundle.add_resource(resource);
        bundle
    })
}

fn format_number(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 => {
            Some(group_digits(&format!("{:.0}", number.value), lang))
        }
        _ => None,
    }
}

/// Groups the digits of a whole number by thousands: `-1234567` is
/// `-1,234,567` in English and `-1 234 567` (U+00A0) in Russian.
pub fn group_digits(digits: &str, lang: Lang) -> String {
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let mut grouped = String::with_capacity(sign.len() + digits.len() * 2);
    grouped.push_str(sign);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(lang.thousands_separator());
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Words that read the same in both catalogues: names of formats,
    /// standards and programs.
    const SAME_IN_BOTH: &[&str] = &[
        "yaml", "json", "csv", "html", "iso", "utf", "git", "iconv", "dossier", "id", "rfc",
        "mermaid", "dot", "graphviz", "windows", "no_color", "kib", "mib", "gib", "utc",
    ];

    /// Each message's literal text (every variant of every selector),
    /// keyed by id.
    fn texts(lang: Lang) -> BTreeMap<String, String> {
        let resource = FluentResource::try_new(SOURCES[lang.index()].to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{lang:?} catalogue: {errors:?}"));
        let mut texts = BTreeMap::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut text = String::new();
                if let Some(pattern) = &message.value {
                    collect(pattern, &mut text);
                }
                let previous = texts.insert(message.id.name.to_owned(), text);
                assert!(previous.is_none(), "{lang:?}: {} twice", message.id.name);
            }
        }
        texts
    }

    fn collect(pattern: &ast::Pattern<&str>, out: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    out.push(' ');
                    if let ast::Expression::Select { variants, .. } = expression {
                        for variant in variants {
                            collect(&variant.value, out);
                            out.push(' ');
                        }
                    }
                }
            }
        }
    }

    /// Lower-case ASCII words outside backticks.
    fn english_words(text: &str) -> BTreeSet<String> {
        text.split('`')
            .step_by(2)
            .flat_map(|part| part.split(|c: char| !(c.is_ascii_alphabetic() || c == '_')))
            .filter(|word| word.len() > 1)
            .map(str::to_ascii_lowercase)
            .filter(|word| !SAME_IN_BOTH.contains(&word.as_str()))
            .collect()
    }

    #[test]
    fn both_catalogues_have_the_same_ids() {
        let en: BTreeSet<String> = texts(Lang::En).into_keys().collect();
        let ru: BTreeSet<String> = texts(Lang::Ru).into_keys().collect();
        let only_en: Vec<_> = en.difference(&ru).collect();
        let only_ru: Vec<_> = ru.difference(&en).collect();
        assert!(only_en.is_empty(), "missing in i18n/ru.ftl: {only_en:?}");
        assert!(only_ru.is_empty(), "missing in i18n/en.ftl: {only_ru:?}");
    }

    #[test]
    fn russian_messages_hold_no_english_words_of_their_english_version() {
        let en = texts(Lang::En);
        let mut left = Vec::new();
        for (id, ru) in texts(Lang::Ru) {
            let english = english_words(en.get(&id).map_or("", String::as_str));
            let shared: Vec<String> = english_words(&ru).intersection(&english).cloned().collect();
            if !shared.is_empty() {
                left.push(format!("{id}: {shared:?}"));
            }
        }
        assert!(
            left.is_empty(),
            "English left in i18n/ru.ftl:\n{}",
            left.join("\n")
        );
    }

    /// Every `msg!("id"`, `Message::new("id"` and `text("id"` in the source
    /// names an id of the catalogue.
    #[test]
    fn every_id_the_code_names_is_in_the_catalogue() {
        let en = texts(Lang::En);
        let mut missing = Vec::new();
        let mut folders = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                for opener in ["msg!(\"", "Message::new(\"", "i18n::text(\""] {
                    for (at, _) in source.match_indices(opener) {
                        let rest = &source[at + opener.len()..];
                        let id = &rest[..rest.find('"').unwrap_or(0)];
                        if id != "id" && !id.is_empty() && !en.contains_key(id) {
                            missing.push(format!("{}: {id}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "ids not in i18n/en.ftl: {missing:?}");
    }

    #[test]
    fn every_check_code_has_a_description() {
        let en = texts(Lang::En);
        let missing: Vec<&str> = crate::diag::Code::ALL
            .iter()
            .map(|code| code.as_str())
            .filter(|code| !en.contains_key(&format!("code-{code}")))
            .collect();
        assert!(
            missing.is_empty(),
            "no code-<code> in i18n/en.ftl for {missing:?}"
        );
    }

    /// Every value of the format's lists has its words in the catalogue.
    #[test]
    fn every_listed_value_has_a_term() {
        fn walk(value: &serde_json::Value, out: &mut BTreeSet<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, value) in map {
                        match (key.as_str(), value) {
                            ("const", serde_json::Value::String(word)) => {
                                out.insert(word.clone());
                            }
                            ("enum", serde_json::Value::Array(words)) => {
                                out.extend(
                                    words.iter().filter_map(|w| w.as_str().map(str::to_owned)),
                                );
                            }
                            _ => walk(value, out),
                        }
                    }
                }
                serde_json::Value::Array(values) => values.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let schema = serde_json::to_value(crate::schema::dossier_schema()).unwrap();
        let mut words = BTreeSet::new();
        walk(&schema, &mut words);
        assert!(words.contains("decision_maker"), "{words:?}");
        let en = texts(Lang::En);
        let missing: Vec<_> = words
            .iter()
            .filter(|w| !en.contains_key(&format!("term-{w}")))
            .collect();
        assert!(
            missing.is_empty(),
            "no term-<value> in i18n/en.ftl for {missing:?}"
        );
    }

    #[test]
    fn russian_counts_agree_with_their_numbers() {
        let errors = |n: usize| msg!("count-errors", count = n).render(Lang::Ru);
        assert_eq!(errors(1), "1 ошибка");
        assert_eq!(errors(2), "2 ошибки");
        assert_eq!(errors(5), "5 ошибок");
        assert_eq!(errors(21), "21 ошибка");
        assert_eq!(errors(12_000), "12\u{a0}000 ошибок");
        assert_eq!(msg!("count-errors", count = 1).render(Lang::En), "1 error");
        assert_eq!(
            msg!("count-errors", count = 12_000).render(Lang::En),
            "12,000 errors"
        );
    }

    /// A word that names how many things a list holds (`автор`/`авторы`,
    /// `может быть, X?`/`один из`) goes by the count itself: Russian's
    /// plural category `one` also holds 21, 31, 101.
    #[test]
    fn russian_lists_of_one_are_told_by_the_number_not_its_category() {
        let authors = |n: usize| {
            msg!("history-authors", count = n, names = "…", commits = "…").render(Lang::Ru)
        };
        assert!(authors(1).starts_with("автор: "));
        assert!(authors(21).starts_with("авторы: "));
        for id in [
            "owner-unknown-did-you-mean",
            "our-side-owner-unknown-did-you-mean",
        ] {
            let hint = |n: usize| {
                Message::new(id)
                    .arg("owner", "x")
                    .arg("count", n)
                    .arg("names", "…")
                    .render(Lang::Ru)
            };
            assert!(!hint(1).contains("один из"), "{id}");
            assert!(hint(21).contains("один из"), "{id}");
        }
        let rates = |n: usize| {
            msg!(
                "reporting-no-rate",
                place = "p",
                missing = "m",
                count = n,
                currency = "RUB",
                rates = "r"
            )
            .render(Lang::Ru)
        };
        assert!(rates(1).contains("этой валюте"));
        assert!(rates(21).contains("этих валютах"));
    }

    #[test]
    fn digits_grouped_by_thousands() {
        assert_eq!(group_digits("0", Lang::En), "0");
        assert_eq!(group_digits("999", Lang::En), "999");
        assert_eq!(group_digits("1000", Lang::En), "1,000");
        assert_eq!(group_digits("-1234567", Lang::En), "-1,234,567");
        assert_eq!(group_digits("12000000", Lang::Ru), "12\u{a0}000\u{a0}000");
    }

    #[test]
    fn tags_and_locales_name_a_language() {
        assert_eq!(Lang::from_tag("ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("ru_RU.UTF-8"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de_DE"), None);
        assert_eq!(Lang::from_tag("auto"), None);
    }

    #[test]
    fn an_unknown_id_prints_as_itself_and_arguments_need_no_marks() {
        let unknown = "no-such-message";
        assert_eq!(Message::new(unknown).render(Lang::Ru), unknown);
        let rendered = msg!("count-dossiers", count = 3).render(Lang::En);
        assert!(!rendered.contains('\u{2068}'), "{rendered:?}");
    }
}
