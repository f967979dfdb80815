//! The rules a parsed dossier must follow (errors) and the gaps in the account
//! work the methodology warns about (warnings).

use crate::dates;
use crate::diag::{Code, Finding, Position};
use crate::model::Spanned;
use crate::model::{Dossier, Text};
use crate::msg;
use crate::names::Roster;
use chrono::NaiveDate;
use std::borrow::Cow;

mod client;
mod company_view;
mod competitors;
mod decision_group;
pub mod duplicate_client;
mod gaps;
mod plan;

pub use plan::Ids;
mod review;

/// What the rules need to know beyond the file itself.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// The day the rules judge by: the local date, or `--as-of`.
    pub today: NaiveDate,
    /// The latest day a review may be dated: the date in UTC+14, the latest
    /// time zone on Earth (FORMAT.md, "Review dates"), so a review recorded
    /// in Vladivostok is not `future-review` for a colleague in Los Angeles;
    /// `--as-of` when given. Never before `today`.
    pub latest_today: NaiveDate,
    /// The configured default review interval; a dossier may only shorten it.
    pub default_interval: u32,
    /// Files larger than this many bytes are reported, not read (`max_file_size`).
    pub max_file_size: u64,
    /// Whether the gaps (the warnings) are looked for, or only errors.
    pub wanted: Wanted,
}

/// What the rules look for: every finding, or the errors alone for a
/// command that shows no warning (`review`, `list`, `actions`, `calendar`
/// name a dossier's errors only). The gaps of an account plan are most of
/// its findings (`overdue-action` once per overdue action, each with its
/// message's arguments and key path written out), and a command that
/// throws them away should not make them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    /// Errors and warnings: `check`, `show`, `report`, `export`, `map`.
    Everything,
    /// Errors only: warnings are not looked for at all.
    Errors,
}

/// Every version this build reads.
pub const SUPPORTED_VERSION: i64 = 1;

/// Review intervals are at most 3 months: the methodology's minimum cadence.
pub const MAX_INTERVAL_MONTHS: u32 = 3;

/// Checks a parsed dossier and returns every finding, errors and warnings
/// (errors only when [`Context::wanted`] says so).
pub fn check(dossier: &Dossier, context: &Context) -> Vec<Finding> {
    let mut checker = Checker {
        context,
        findings: Vec::new(),
    };
    checker.version(dossier);
    checker.client(dossier);
    checker.company_view(dossier);
    checker.decision_group(dossier);
    checker.competitors(dossier);
    checker.plan(dossier);
    checker.review(dossier);
    if context.wanted == Wanted::Everything {
        checker.gaps(dossier);
        checker.plan_gaps(dossier);
    }
    let mut findings = checker.findings;
    // A client we no longer work has no gaps to close: its errors only.
    if dossier.is_archived() {
        findings.retain(|f| f.code.severity() == crate::diag::Severity::Error);
    }
    findings
}

/// The interval a dossier is reviewed at: its own override, else the default.
/// An override the rules reject falls back to the default.
pub fn interval_months(dossier: &Dossier, default_interval: u32) -> u32 {
    dossier
        .review
        .value
        .interval_months
        .as_ref()
        .and_then(|months| u32::try_from(months.value).ok())
        .filter(|months| (1..=default_interval.min(MAX_INTERVAL_MONTHS)).contains(months))
        .unwrap_or(default_interval)
}

/// Names are compared the way people read them (see [`crate::names`]).
pub use crate::names::same as same_name;

fn at<T>(spanned: &Spanned<T>) -> Position {
    Position::from(spanned.referenced)
}

fn non_empty(text: &Option<Text>) -> Option<&Text> {
    text.as_ref().filter(|t| !t.value.trim().is_empty())
}

/// "Someone on our side" (FORMAT.md): the account manager, the executive
/// sponsor or a `team` member; blank names left out.
fn our_side(dossier: &Dossier) -> Roster<'_> {
    let view = &dossier.company_view.value;
    [
        view.account_manager.as_ref(),
        view.executive_sponsor.as_ref(),
    ]
    .into_iter()
    .flatten()
    .chain(view.team.iter().filter_map(|t| t.name.as_ref()))
    .map(|t| t.value.as_str())
    .filter(|name| !name.trim().is_empty())
    .collect::<Roster>()
}

/// One entry of a list whose entries must be unique: its index, what makes
/// it unique (a name's [`crate::names::key`], a year), where that stands and
/// how it reads in a message (written out only for a duplicate).
struct Entry<K, S> {
    index: usize,
    key: K,
    position: Position,
    shown: S,
}

/// A finding's key path (`plan.objectives[2].owner`), written out only when
/// there is a finding: the rules look at every entry of every list, and
/// writing each key path up front made two to six strings per entry,
/// nearly all of them thrown away.
/// Either a fixed path (`"review.last_reviewed"`, kept borrowed, as
/// [`Finding`]'s key is) or a closure that writes it.
trait KeyPath {
    fn key_path(self) -> Cow<'static, str>;
}

impl KeyPath for &'static str {
    fn key_path(self) -> Cow<'static, str> {
        Cow::Borrowed(self)
    }
}

impl<F: FnOnce() -> String> KeyPath for F {
    fn key_path(self) -> Cow<'static, str> {
        Cow::Owned(self())
    }
}

/// Entry `index` of the list at key path `list` (`plan.needs[3]`): a key
/// path written out only when a finding uses it.
#[derive(Clone, Copy)]
struct Item<L> {
    list: L,
    index: usize,
}

impl<L: std::fmt::Display> std::fmt::Display for Item<L> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.list, self.index)
    }
}

/// Key `name` under key path `parent` (`plan.objectives[2].actions`),
/// written out only when used.
#[derive(Clone, Copy)]
struct Under<P>(P, &'static str);

impl<P: std::fmt::Display> std::fmt::Display for Under<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

struct Checker<'a> {
    context: &'a Context,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    fn push(
        &mut self,
        position: Position,
        code: Code,
        key: impl Into<Cow<'static, str>>,
        message: impl Into<crate::i18n::Message>,
    ) {
        self.findings
            .push(Finding::new(position, code, key, message));
    }

    /// A required text: absent, or present but blank, is `missing-key`.
    fn required_text(&mut self, text: &Option<Text>, parent: Position, key: impl KeyPath) {
        match text {
            None => {
                let key = key.key_path();
                let message = msg!("rule-missing-key", key = last_segment(&key));
                self.push(parent, Code::MissingKey, key, message);
            }
            Some(value) if value.value.trim().is_empty() => {
                let key = key.key_path();
                let message = msg!("rule-empty", key = last_segment(&key));
                self.push(at(value), Code::MissingKey, key, message);
            }
            Some(_) => {}
        }
    }

    fn not_negative(&mut self, number: Option<&Spanned<f64>>, key: impl KeyPath) {
        if let Some(number) = number
            && number.value < 0.0
        {
            let message = msg!("rule-negative-number", found = number.value.to_string());
            self.push(at(number), Code::NegativeNumber, key.key_path(), message);
        }
    }

    /// Money is an amount plus a three-letter ISO 4217 currency.
    fn money(
        &mut self,
        amounts: &[Option<&Spanned<f64>>],
        currency: &Option<Text>,
        parent: Position,
        prefix: impl std::fmt::Display,
    ) {
        match currency {
            Some(currency) => {
                let code = currency.value.as_str();
                if crate::currency::lookup(code).is_none() {
                    let message = match crate::currency::suggest(code) {
                        Some(suggestion) => msg!(
                            "rule-bad-currency-did-you-mean",
                            found = code,
                            suggestion = suggestion
                        ),
                        None => msg!("rule-bad-currency", found = code),
                    };
                    self.push(
                        at(currency),
                        Code::BadCurrency,
                        format!("{prefix}.currency"),
                        message,
                    );
                }
            }
            None => {
                if amounts.iter().any(Option::is_some) {
                    self.push(
                        parent,
                        Code::MissingKey,
                        format!("{prefix}.currency"),
                        msg!("rule-currency-missing"),
                    );
                }
            }
        }
    }

    fn date(&mut self, text: &Text, key: impl KeyPath) -> Option<NaiveDate> {
        let parsed = dates::parse_date(text.value.trim());
        if parsed.is_none() {
            let message = msg!("rule-invalid-date", found = text.value.as_str());
            self.push(at(text), Code::InvalidDate, key.key_path(), message);
        }
        parsed
    }

    /// `duplicate-entry` at every entry of `list` whose key an earlier entry
    /// already has, naming the first; `field` is the key path of what
    /// makes an entry unique within the entry (`name`, `year`).
    fn unique<K: Eq + std::hash::Hash, S: std::fmt::Display>(
        &mut self,
        list: impl std::fmt::Display,
        field: &str,
        entries: impl IntoIterator<Item = Entry<K, S>>,
    ) {
        let mut first: std::collections::HashMap<K, usize> = std::collections::HashMap::new();
        for entry in entries {
            match first.get(&entry.key) {
                Some(&earlier) => {
                    let message = msg!(
                        "rule-duplicate-entry",
                        name = entry.shown.to_string(),
                        first = format!("{list}[{earlier}]")
                    );
                    self.push(
                        entry.position,
                        Code::DuplicateEntry,
                        format!("{list}[{}].{field}", entry.index),
                        message,
                    );
                }
                None => {
                    first.insert(entry.key, entry.index);
                }
            }
        }
    }

    /// [`Self::unique`] for entries told apart by their name, compared as
    /// names are ([`crate::names::key`]); entries without a name are left
    /// to the required-key rule.
    fn unique_names<'t>(
        &mut self,
        list: impl std::fmt::Display,
        names: impl IntoIterator<Item = Option<&'t Text>>,
    ) {
        let named: Vec<(usize, &Text)> = names
            .into_iter()
            .enumerate()
            .filter_map(|(index, name)| Some((index, name?)))
            .filter(|(_, name)| !name.value.trim().is_empty())
            .collect();
        // One name is unique without a key (plans hold many such lists).
        if named.len() < 2 {
            return;
        }
        let entries = named.into_iter().map(|(index, name)| Entry {
            index,
            key: crate::names::key(&name.value),
            position: at(name),
            shown: name.value.as_str(),
        });
        self.unique(list, "name", entries);
    }

    /// `unknown-member` unless `name` is someone on our side (see [`our_side`]).
    fn on_our_side(&mut self, name: &Text, our_side: &Roster, key: impl KeyPath) {
        if our_side.contains(&name.value) {
            return;
        }
        let key = key.key_path();
        let hint = crate::suggest::did_you_mean(&name.value, our_side.names());
        let message = msg!(
            "rule-unknown-owner",
            name = name.value.as_str(),
            hint = hint,
            key = last_segment(&key)
        );
        self.push(at(name), Code::UnknownMember, key, message);
    }

    fn version(&mut self, dossier: &Dossier) {
        if dossier.version.value != SUPPORTED_VERSION {
            let message = msg!(
                "rule-unsupported-version",
                found = dossier.version.value.to_string(),
                supported = SUPPORTED_VERSION.to_string()
            );
            self.push(
                at(&dossier.version),
                Code::UnsupportedVersion,
                "version",
                message,
            );
        }
    }
}

fn last_segment(key: &str) -> &str {
    key.rsplit('.').next().unwrap_or(key)
}

#[cfg(test)]
mod tests;
