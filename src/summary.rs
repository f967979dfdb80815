//! What `review` and `list` keep of each dossier: a few fields and its first
//! error, not the whole file, so memory does not grow with the folder.
//!
//! A dossier that does not parse (a typo in some key, a wrong type somewhere)
//! still has a review date a director wants to see. When the strict model
//! fails, a lenient second reading picks out only the fields kept here and
//! ignores everything else; only a file that is not YAML at all is lost.

use crate::dates::{self, Schedule};
use crate::diag::{Diagnostic, Severity};
use crate::load::{IoProblem, Loaded, SourceFile};
use crate::model::Dossier;
use crate::names;
use crate::rules::{self, MAX_INTERVAL_MONTHS};
use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::path::PathBuf;

/// One dossier, as the portfolio views need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub path: PathBuf,
    /// `client.name`; empty when it cannot be read.
    pub client: String,
    /// `company_view.account_manager`; empty when it cannot be read.
    pub account_manager: String,
    /// `company_view.executive_sponsor`; empty when there is none.
    pub executive_sponsor: String,
    pub opportunity: Opportunity,
    /// `None` when the date is absent or not a real date.
    pub last_reviewed: Option<NaiveDate>,
    /// The interval in force: the dossier's own, else the configured default.
    pub interval_months: u32,
    /// `status: archived`: left out of the portfolio views unless `--all`.
    pub archived: bool,
    /// Whether anything of the file could be read (it is YAML at least).
    pub readable: bool,
    /// The first error, when the dossier has any.
    pub problem: Option<Problem>,
}

pub use crate::opportunity::Opportunity;

/// Why a dossier could not be read or validated: its first error and how many follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `path:line:column: message [code]`, or an I/O message.
    pub first: String,
    pub more: usize,
}

impl Problem {
    fn from_diagnostic(diagnostic: &Diagnostic) -> Problem {
        Problem {
            first: format!(
                "{}:{}:{}: {} [{}]",
                diagnostic.path.display(),
                diagnostic.line,
                diagnostic.column,
                diagnostic.message,
                diagnostic.code
            ),
            more: 0,
        }
    }

    /// The line printed on stderr, after `dossier: error: `.
    pub fn describe(&self) -> String {
        match self.more {
            0 => self.first.clone(),
            more => crate::msg!("problem-and-more", first = self.first.as_str(), more = more)
                .to_string(),
        }
    }
}

impl Summary {
    /// Summarises one loaded file; `default_interval` comes from the settings.
    pub fn new(
        file: &SourceFile,
        loaded: Result<Loaded, IoProblem>,
        default_interval: u32,
    ) -> Summary {
        let mut summary = Summary {
            id: file.id.clone(),
            path: file.path.clone(),
            client: String::new(),
            account_manager: String::new(),
            executive_sponsor: String::new(),
            opportunity: Opportunity::default(),
            last_reviewed: None,
            interval_months: default_interval,
            archived: false,
            readable: false,
            problem: None,
        };
        let loaded = match loaded {
            Ok(loaded) => loaded,
            Err(io) => {
                summary.problem = Some(Problem {
                    first: io.message.to_string(),
                    more: 0,
                });
                return summary;
            }
        };
        let errors = || {
            loaded
                .findings
                .iter()
                .filter(|f| f.code.severity() == Severity::Error)
        };
        // The reason a file cannot be read at all comes first, wherever it
        // is in the file: it is why the file is left out.
        let first = errors()
            .find(|f| f.code.keeps_file_unread())
            .or_else(|| errors().next());
        if let Some(first) = first {
            let diagnostic = Diagnostic::from_finding(file.path.as_path(), first.clone());
            summary.problem = Some(Problem {
                more: errors().count() - 1,
                ..Problem::from_diagnostic(&diagnostic)
            });
        }
        match &loaded.dossier {
            Some(dossier) => {
                summary.fill_from_model(dossier, default_interval);
                summary.readable = true;
            }
            None if loaded.text.trim().is_empty() => {}
            None => {
                // At a YAML syntax break, what comes before it is read as any
                // broken file's is: the lines after it cannot be placed.
                let before_break = || {
                    let line = errors()
                        .find(|f| f.code == crate::diag::Code::YamlSyntax)?
                        .position
                        .line;
                    // Only when the lines before it name the client: a
                    // row needs a name to be told by.
                    read_leniently(before_line(&loaded.text, line)).filter(Loose::names_its_client)
                };
                if let Some(loose) = read_leniently(&loaded.text).or_else(before_break) {
                    summary.fill_from_loose(loose, default_interval);
                    summary.readable = true;
                }
            }
        }
        summary
    }

    /// Why a command that needs the review date (`review`, `calendar`)
    /// leaves this dossier out, as a catalogue id: nothing of it can be read,
    /// or its review date cannot; `None` when it is shown.
    pub fn left_out_without_review_date(&self) -> Option<&'static str> {
        if !self.readable {
            Some("left-out-unreadable")
        } else {
            self.last_reviewed
                .is_none()
                .then_some("left-out-no-review-date")
        }
    }

    fn fill_from_model(&mut self, dossier: &Dossier, default_interval: u32) {
        let text = |value: &Option<crate::model::Text>| {
            value
                .as_ref()
                .map(|t| t.value.trim().to_owned())
                .unwrap_or_default()
        };
        let view = &dossier.company_view.value;
        self.archived = dossier.is_archived();
        self.client = text(&dossier.client.value.name);
        self.account_manager = text(&view.account_manager);
        self.executive_sponsor = text(&view.executive_sponsor);
        if let Some(opportunity) = &view.opportunity {
            self.opportunity = Opportunity::of(&opportunity.value);
        }
        let review = &dossier.review.value;
        self.last_reviewed = review
            .last_reviewed
            .as_ref()
            .and_then(|t| dates::parse_date(t.value.trim()));
        self.interval_months = rules::interval_months(dossier, default_interval);
    }

    fn fill_from_loose(&mut self, loose: Loose, default_interval: u32) {
        let trimmed = |value: Option<Lax<String>>| {
            value
                .and_then(Lax::get)
                .map(|t| t.trim().to_owned())
                .unwrap_or_default()
        };
        self.archived = loose
            .status
            .and_then(Lax::get)
            .is_some_and(|status| status.trim() == "archived");
        if let Some(client) = loose.client.and_then(|s| s.0) {
            self.client = trimmed(client.name);
        }
        if let Some(view) = loose.company_view.and_then(|s| s.0) {
            self.account_manager = trimmed(view.account_manager);
            self.executive_sponsor = trimmed(view.executive_sponsor);
            if let Some(o) = view.opportunity.and_then(|s| s.0) {
                self.opportunity = Opportunity {
                    currency: o.currency.and_then(Lax::get).map(|c| c.trim().to_owned()),
                    next_year: o.next_year.and_then(Lax::get).filter(|n| n.is_finite()),
                    three_to_five_years: o
                        .three_to_five_years
                        .and_then(Lax::get)
                        .filter(|n| n.is_finite()),
                };
            }
        }
        if let Some(review) = loose.review.and_then(|s| s.0) {
            self.last_reviewed = review
                .last_reviewed
                .and_then(Lax::get)
                .and_then(|t| dates::parse_date(t.trim()));
            let most = default_interval.min(MAX_INTERVAL_MONTHS);
            self.interval_months = review
                .interval_months
                .and_then(Lax::get)
                .and_then(|months| u32::try_from(months).ok())
                .filter(|months| (1..=most).contains(months))
                .unwrap_or(default_interval);
        }
    }

    /// Records an error found across files (a duplicate id); it comes first.
    pub fn add_error(&mut self, diagnostic: &Diagnostic) {
        let more = self.problem.as_ref().map_or(0, |p| p.more + 1);
        self.problem = Some(Problem {
            more,
            ..Problem::from_diagnostic(diagnostic)
        });
    }

    /// Where the dossier stands on its review schedule, when its date can be read.
    pub fn schedule(&self, due_soon_days: u32, as_of: NaiveDate) -> Option<Schedule> {
        self.last_reviewed
            .map(|last| Schedule::new(last, self.interval_months, due_soon_days, as_of))
    }

    /// Whether a portfolio view shows it: active dossiers always, archived
    /// ones only with `--all`.
    pub fn in_view(&self, all: bool) -> bool {
        all || !self.archived
    }

    /// Whether `owner` is this dossier's account manager, names compared as
    /// [`by_account_manager`] groups them.
    pub fn is_managed_by(&self, owner: &str) -> bool {
        names::key(&self.account_manager) == names::key(owner)
    }
}

/// One account manager's share of the portfolio: what [`by_account_manager`] returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Managed<T> {
    /// The manager's name as the first item (in the given order) spells it,
    /// trimmed; empty for items without an account manager.
    pub name: String,
    /// The items of this manager, in the given order.
    pub items: Vec<T>,
}

/// The portfolio grouped by account manager, with names compared as people
/// read them ([`names::key`]: case, spacing, NFC and `ё`/`е` do not matter,
/// FORMAT.md "A dossier file"), so `Анна Кузнецова` and `анна  кузнецова`
/// are one manager. This is the one grouping of the portfolio: the report's
/// per-manager table, `--owner` (through [`filter_owner`]) and review's
/// per-manager lines all use it.
///
/// Groups come sorted by that key (so the output is the same on every run,
/// whatever the file order); items without a manager form one group with an
/// empty name, sorted first.
pub fn by_account_manager<T>(
    items: impl IntoIterator<Item = T>,
    manager: impl Fn(&T) -> &str,
) -> Vec<Managed<T>> {
    let mut groups: BTreeMap<String, Managed<T>> = BTreeMap::new();
    for item in items {
        let name = manager(&item).trim();
        let group = groups.entry(names::key(name)).or_insert_with(|| Managed {
            name: name.to_owned(),
            items: Vec::new(),
        });
        group.items.push(item);
    }
    groups.into_values().collect()
}

/// Keeps only the items (summaries, or summaries with what a command adds
/// to them) `--owner` selects: the group of [`by_account_manager`] the
/// owner's name falls in, in the given order; `manager` names an item's
/// account manager. `Err` carries the message for an owner who manages no
/// dossier at all, with the full names that hold the name typed, else a
/// "did you mean".
pub fn filter_owner<T>(
    items: Vec<T>,
    owner: Option<&str>,
    manager: impl Fn(&T) -> &str,
) -> Result<Vec<T>, crate::i18n::Message> {
    let Some(owner) = owner else {
        return Ok(items);
    };
    let wanted = names::key(owner);
    let mut managers = Vec::new();
    let mut kept = Vec::new();
    for group in by_account_manager(items, manager) {
        if names::key(&group.name) == wanted {
            kept = group.items;
        } else {
            managers.push(group.name);
        }
    }
    if kept.is_empty() {
        return Err(unknown_owner(
            owner,
            &managers,
            ["owner-unknown", "owner-unknown-did-you-mean"],
        ));
    }
    Ok(kept)
}

/// The message for an `owner` none of `known` is: `ids[0]` with the name as
/// typed, or `ids[1]` with the full names that hold it, else the closest by
/// spelling ([`owner_suggestions`]), as a "did you mean". The two ids take
/// `owner`, and the second `count` and `names` too.
pub fn unknown_owner(
    owner: &str,
    known: &[String],
    ids: [&'static str; 2],
) -> crate::i18n::Message {
    let names = owner_suggestions(owner, known);
    let owner = crate::style::sanitize(owner.trim());
    if names.is_empty() {
        crate::i18n::Message::new(ids[0]).arg("owner", owner)
    } else {
        crate::i18n::Message::new(ids[1])
            .arg("owner", owner)
            .arg("count", names.len())
            .arg("names", names.join("`, `"))
    }
}

/// The account managers someone typing `owner` may have meant: every full
/// name that has `owner` as one or more of its words (`Кузнецова` for
/// `Анна Кузнецова`; words compared as names are), else the closest by
/// spelling. Sorted, each once.
pub fn owner_suggestions(owner: &str, managers: &[String]) -> Vec<String> {
    let wanted = crate::names::key(owner);
    let wanted_words: Vec<&str> = wanted.split(' ').collect();
    let managers = managers.iter().map(|m| m.trim()).filter(|m| !m.is_empty());
    let mut names: Vec<String> = Vec::new();
    for manager in managers.clone() {
        let key = crate::names::key(manager);
        let words: Vec<&str> = key.split(' ').collect();
        let holds =
            !wanted.is_empty() && words.windows(wanted_words.len()).any(|w| w == wanted_words);
        if holds && !names.iter().any(|n| crate::names::same(n, manager)) {
            names.push(manager.to_owned());
        }
    }
    if names.is_empty() {
        names.extend(crate::suggest::closest(&wanted, managers).map(str::to_owned));
    }
    names.sort();
    names
}

/// A value that may have the wrong type: then it is simply not known.
#[derive(Deserialize)]
#[serde(untagged)]
enum Lax<T> {
    Value(T),
    Other(IgnoredAny),
}

impl<T> Lax<T> {
    fn get(self) -> Option<T> {
        match self {
            Lax::Value(value) => Some(value),
            Lax::Other(_) => None,
        }
    }
}

/// A section that may not be a mapping: then it is simply not known. Unlike
/// [`Lax`] it reads the mapping directly, not from a buffered copy that
/// would reject a duplicate key.
struct Section<T>(Option<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Section<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SectionVisitor(PhantomData))
    }
}

struct SectionVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for SectionVisitor<T> {
    type Value = Section<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(|value| Section(Some(value)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Section(None))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Section(None))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Section(None))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Section(None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Section(None))
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Section(None))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Section(None))
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Section(None))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Loose {
    status: Option<Lax<String>>,
    client: Option<Section<LooseClient>>,
    company_view: Option<Section<LooseView>>,
    review: Option<Section<LooseReview>>,
}

impl Loose {
    /// Whether `client.name` is there, as text that is not blank.
    fn names_its_client(&self) -> bool {
        let name = self.client.as_ref().and_then(|section| section.0.as_ref());
        matches!(
            name.and_then(|client| client.name.as_ref()),
            Some(Lax::Value(name)) if !name.trim().is_empty()
        )
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LooseClient {
    name: Option<Lax<String>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LooseView {
    account_manager: Option<Lax<String>>,
    executive_sponsor: Option<Lax<String>>,
    opportunity: Option<Section<LooseOpportunity>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LooseOpportunity {
    currency: Option<Lax<String>>,
    next_year: Option<Lax<f64>>,
    three_to_five_years: Option<Lax<f64>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LooseReview {
    last_reviewed: Option<Lax<String>>,
    interval_months: Option<Lax<i64>>,
}

/// The lenient second reading: unknown keys ignored, wrong types forgotten,
/// the first of duplicate keys kept. `None` only when the text is not YAML.
fn read_leniently(text: &str) -> Option<Loose> {
    let mut options = crate::parse::options();
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::FirstWins;
    serde_saphyr::from_str_with_options(text, options).ok()
}

/// The lines of `text` before its (1-based) line `line`: all of it when it
/// has fewer lines.
fn before_line(text: &str, line: usize) -> &str {
    if line <= 1 {
        return "";
    }
    let end = text
        .match_indices('\n')
        .nth(line - 2)
        .map_or(text.len(), |(at, _)| at + 1);
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Context;

    fn summarize(text: &str) -> Summary {
        let file = SourceFile {
            path: PathBuf::from("dossiers/acme.yaml"),
            id: "acme".to_owned(),
        };
        let context = Context {
            today: dates::parse_date("2026-11-28").unwrap(),
            latest_today: dates::parse_date("2026-11-28").unwrap(),
            default_interval: 3,
            max_file_size: crate::load::DEFAULT_MAX_FILE_SIZE,
            wanted: crate::rules::Wanted::Everything,
        };
        let loaded = crate::load::load_bytes(text.as_bytes(), &context);
        Summary::new(&file, Ok(loaded), 3)
    }

    const BROKEN_ELSEWHERE: &str = "version: 1
client:
  name: ACME
  indstry: Logistics
  headcount: many
company_view:
  account_manager: Ivan Petrov
  opportunity: {currency: EUR, next_year: 1000, three_to_five_years: lots}
decision_group: []
competitors: []
review:
  last_reviewed: 2026-09-01
  interval_months: 2
";

    #[test]
    fn reads_the_review_date_of_a_file_that_does_not_parse() {
        let summary = summarize(BROKEN_ELSEWHERE);
        assert_eq!(summary.client, "ACME");
        assert_eq!(summary.account_manager, "Ivan Petrov");
        assert_eq!(summary.last_reviewed, dates::parse_date("2026-09-01"));
        assert_eq!(summary.interval_months, 2);
        assert_eq!(summary.opportunity.next_year, Some(1000.0));
        assert_eq!(summary.opportunity.three_to_five_years, None);
        let problem = summary.problem.expect("the typo is an error");
        assert!(problem.first.contains("indstry"), "{}", problem.first);
        assert!(problem.first.starts_with("dossiers/acme.yaml:4:3:"));
    }

    #[test]
    fn archived_is_read_from_a_valid_file_and_a_broken_one() {
        assert!(!summarize(BROKEN_ELSEWHERE).archived);
        let broken = BROKEN_ELSEWHERE.replace("version: 1\n", "version: 1\nstatus: archived\n");
        let summary = summarize(&broken);
        assert!(summary.archived && summary.problem.is_some());
        assert!(!summary.in_view(false) && summary.in_view(true));
    }

    #[test]
    fn a_file_that_is_not_yaml_has_no_date() {
        let summary = summarize("version: 1\nreview: [last_reviewed: 2026-09-01\n");
        assert_eq!(summary.last_reviewed, None);
        assert!(summary.problem.is_some());
    }

    #[test]
    fn a_rejected_interval_falls_back_to_the_default() {
        let text = BROKEN_ELSEWHERE.replace("interval_months: 2", "interval_months: 6");
        assert_eq!(summarize(&text).interval_months, 3);
        let text = BROKEN_ELSEWHERE.replace("interval_months: 2", "interval_months: two");
        assert_eq!(summarize(&text).interval_months, 3);
    }

    #[test]
    fn duplicate_keys_keep_the_first() {
        let text = BROKEN_ELSEWHERE.replace(
            "  interval_months: 2\n",
            "  interval_months: 2\n  last_reviewed: 2026-10-01\n",
        );
        let summary = summarize(&text);
        assert_eq!(summary.last_reviewed, dates::parse_date("2026-09-01"));
    }

    #[test]
    fn a_section_of_the_wrong_shape_is_skipped() {
        let text = BROKEN_ELSEWHERE.replace("client:\n  name: ACME\n", "client: ACME\nclient_:\n");
        let summary = summarize(&text);
        assert_eq!(summary.client, "");
        assert_eq!(summary.last_reviewed, dates::parse_date("2026-09-01"));
    }

    #[test]
    fn a_surname_alone_suggests_every_full_name_holding_it() {
        let managers: Vec<String> = [
            "Анна Кузнецова",
            "Ольга Кузнецова",
            "анна  кузнецова",
            "Пётр Кузнецов",
            "Марина Белова",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(
            owner_suggestions("кузнецова", &managers),
            ["Анна Кузнецова", "Ольга Кузнецова"]
        );
        assert_eq!(owner_suggestions("Петр", &managers), ["Пётр Кузнецов"]);
        assert_eq!(
            owner_suggestions("Марина Белова", &managers),
            ["Марина Белова"]
        );
        assert_eq!(owner_suggestions("Белва", &managers), Vec::<String>::new());
        assert_eq!(
            owner_suggestions("Марина Белва", &managers),
            ["Марина Белова"]
        );
    }

    #[test]
    fn managers_group_as_names_compare() {
        let items = [
            "b",
            "  Анна  Кузнецова",
            "",
            "анна кузнецова",
            "Boris",
            "Борис",
        ];
        let groups = by_account_manager(items.iter().enumerate(), |(_, name)| name);
        let shown: Vec<(&str, Vec<usize>)> = groups
            .iter()
            .map(|g| (g.name.as_str(), g.items.iter().map(|(i, _)| *i).collect()))
            .collect();
        assert_eq!(
            shown,
            [
                ("", vec![2]),
                ("b", vec![0]),
                ("Boris", vec![4]),
                ("Анна  Кузнецова", vec![1, 3]),
                ("Борис", vec![5]),
            ]
        );
    }

    #[test]
    fn owners_match_ignoring_case_and_spacing() {
        let summary = summarize(BROKEN_ELSEWHERE);
        assert!(summary.is_managed_by("  ivan   PETROV "));
        assert!(!summary.is_managed_by("Ivan Petrova"));
        let error =
            filter_owner(vec![summary], Some("Ivan Petrof"), |s| &s.account_manager).unwrap_err();
        let error = error.render(crate::i18n::Lang::En);
        assert!(error.contains("did you mean `Ivan Petrov`"), "{error}");
    }
}
