//! History as people read it: `log` commit by commit and the `changes`
//! digest, one line per change in plain words (FORMAT.md, "History from
//! git"): `Pavel Orlov: roles + opponent − supporter`,
//! `company_view.opportunity.next_year: 12,000,000 → 8,000,000 RUB`,
//! `history + 2026-10-02 tender «WMS for Chekhov» won`.

use super::money;
use crate::history::changes::{Digest, Dossier, Status};
use crate::history::log::{Entry, FileEvent};
use crate::history::meaning::{self, Change, ChangeKind, Step};
use crate::style::{Style, sanitize};
use serde_json::Value;
use std::fmt::Write as _;

/// Every word these renderings print, in one place: the message catalogue.
mod words {
    use crate::i18n::text;

    pub const ADDED: &str = "+";
    pub const REMOVED: &str = "−";
    pub const TO: &str = "→";

    pub fn no_meaning() -> String {
        text("history-no-meaning")
    }

    pub fn moved() -> String {
        text("history-moved")
    }

    pub fn new_file() -> String {
        text("history-new-file")
    }

    pub fn deleted_file() -> String {
        text("history-deleted-file")
    }

    pub fn unreadable() -> String {
        text("history-unreadable")
    }

    pub fn uncommitted() -> String {
        text("history-uncommitted")
    }

    pub fn no_history() -> String {
        text("history-no-history")
    }

    pub fn no_history_in_clone() -> String {
        text("history-no-history-shallow")
    }

    pub fn added_dossier() -> String {
        text("history-added-dossier")
    }

    pub fn removed_dossier() -> String {
        text("history-removed-dossier")
    }

    pub fn from_start() -> String {
        text("history-from-start")
    }

    /// `2 dossiers changed: FROM → TO`, `No dossier changed in meaning: …`;
    /// `Изменилось 2 досье: с FROM по TO`.
    pub fn heading(changed: usize, from: &str, to: &str) -> String {
        crate::msg!("history-heading", count = changed, from = from, to = to).to_string()
    }

    /// `by Anna Ivanova, Boris Petrov, 6 commits`; `авторы: …; 6 коммитов`.
    pub fn authors(names: &[String], commits: usize) -> String {
        crate::msg!(
            "history-authors",
            count = names.len(),
            names = names.join(", "),
            commits = crate::msg!("history-commits", count = commits).to_string()
        )
        .to_string()
    }
}

/// `log` as text: one block per commit, newest first. `shallow`: the history
/// ends where a shallow clone does, which a log with no commit says.
pub fn log(id: &str, entries: &[Entry], shallow: bool, style: Style) -> String {
    let mut out = String::new();
    if entries.is_empty() {
        let none = if shallow {
            words::no_history_in_clone()
        } else {
            words::no_history()
        };
        let _ = writeln!(out, "{}: {none}", sanitize(id));
        return out;
    }
    for entry in entries {
        let commit = entry.commit.as_deref().map_or_else(
            || words::uncommitted().to_owned(),
            |c| c[..c.len().min(10)].to_owned(),
        );
        let author = entry.author.as_deref().unwrap_or_default();
        let summary = if entry.commit.is_some() {
            entry.summary.as_str()
        } else {
            ""
        };
        let heading = [commit.as_str(), entry.date.as_str(), author, summary]
            .iter()
            .filter(|part| !part.is_empty())
            .map(|part| sanitize(part))
            .collect::<Vec<_>>()
            .join("  ");
        let _ = writeln!(out, "{}", style.bold(&heading));
        for line in entry_lines(entry) {
            let _ = writeln!(out, "    {line}");
        }
    }
    out
}

fn entry_lines(entry: &Entry) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some((from, to)) = &entry.moved {
        lines.push(format!(
            "{} {} {} {}",
            words::moved(),
            sanitize(from),
            words::TO,
            sanitize(to)
        ));
    }
    if let Some(error) = &entry.error {
        lines.push(format!(
            "{}: {}",
            words::unreadable(),
            sanitize(&error.to_string())
        ));
        return lines;
    }
    match entry.file {
        FileEvent::Added => lines.push(words::new_file().to_owned()),
        FileEvent::Removed => match &entry.renamed_to {
            Some(id) => {
                lines.push(crate::msg!("history-renamed-file", id = sanitize(id)).to_string())
            }
            None => lines.push(words::deleted_file().to_owned()),
        },
        FileEvent::Changed => {
            let changes = change_lines(&entry.changes);
            if changes.is_empty() && entry.moved.is_none() {
                lines.push(words::no_meaning().to_owned());
            }
            lines.extend(changes);
        }
    }
    lines
}

/// `changes` as text: a heading, then one block per dossier.
pub fn digest(digest: &Digest, style: Style) -> String {
    let mut out = String::new();
    let from = match (&digest.from, digest.from_date) {
        (Some(id), Some(date)) => format!("{} ({date})", &id[..id.len().min(10)]),
        _ => words::from_start().to_owned(),
    };
    let to = format!(
        "{} ({})",
        &digest.to[..digest.to.len().min(10)],
        digest.to_date
    );
    let _ = writeln!(out, "{}", words::heading(digest.dossiers.len(), &from, &to));
    for dossier in &digest.dossiers {
        let _ = writeln!(out);
        let mut heading = sanitize(&dossier.id);
        let who = match (
            dossier.client.is_empty(),
            dossier.account_manager.is_empty(),
        ) {
            (false, false) => format!(
                " — {} ({})",
                sanitize(&dossier.client),
                sanitize(&dossier.account_manager)
            ),
            (false, true) => format!(" — {}", sanitize(&dossier.client)),
            (true, false) => format!(" ({})", sanitize(&dossier.account_manager)),
            (true, true) => String::new(),
        };
        heading.push_str(&who);
        let _ = writeln!(out, "{}", style.bold(&heading));
        if !dossier.authors.is_empty() {
            let authors: Vec<String> = dossier.authors.iter().map(|a| sanitize(a)).collect();
            let _ = writeln!(out, "  {}", words::authors(&authors, dossier.commits));
        }
        let mut lines = Vec::new();
        if let Some(error) = &dossier.error {
            lines.push(format!(
                "{}: {}",
                words::unreadable(),
                sanitize(&error.to_string())
            ));
        }
        match (dossier.status, renamed(digest, dossier)) {
            (Status::Added, Some(old)) => {
                lines.push(crate::msg!("history-added-renamed", id = sanitize(old)).to_string())
            }
            (Status::Removed, Some(new)) => {
                lines.push(crate::msg!("history-removed-renamed", id = sanitize(new)).to_string())
            }
            (Status::Added, None) => lines.push(words::added_dossier().to_owned()),
            (Status::Removed, None) => lines.push(words::removed_dossier().to_owned()),
            (Status::Changed, _) => lines.extend(change_lines(&dossier.changes)),
        }
        for line in lines {
            let _ = writeln!(out, "    {line}");
        }
    }
    out
}

/// For a dossier added or removed in the digest, the id of the one removed
/// or added in the same range for the same client (names compared as names
/// are): a file renamed, which gives the dossier a new id. A removed dossier
/// is not a lost client when its client is in the new one.
fn renamed<'a>(digest: &'a Digest, dossier: &Dossier) -> Option<&'a str> {
    let other = match dossier.status {
        Status::Added => Status::Removed,
        Status::Removed => Status::Added,
        Status::Changed => return None,
    };
    if dossier.client.trim().is_empty() {
        return None;
    }
    let mut same = digest
        .dossiers
        .iter()
        .filter(|d| d.status == other && crate::names::same(&d.client, &dossier.client));
    // Two candidates: which one it became is not known.
    match (same.next(), same.next()) {
        (Some(one), None) => Some(one.id.as_str()),
        _ => None,
    }
}

/// One line per change; the elements of one set that changed together are
/// one line (`Pavel Orlov: roles + opponent − supporter`). A whole section
/// added or removed at once reads as its keys and entries added or removed
/// one by one ([`meaning::parts`]).
pub fn change_lines(changes: &[Change]) -> Vec<String> {
    let changes: Vec<Change> = changes.iter().flat_map(meaning::parts).collect();
    let changes = changes.as_slice();
    let mut lines: Vec<String> = Vec::new();
    let mut index = 0;
    while index < changes.len() {
        let change = &changes[index];
        let (prefix, label) = describe_path(&change.steps);
        let field = last_key(&change.steps);
        let list = entry_list(&change.steps);
        if change.element {
            let mut parts = Vec::new();
            while let Some(next) = changes.get(index) {
                if !next.element || next.key != change.key {
                    break;
                }
                let (mark, value) = match next.change {
                    ChangeKind::Removed => (words::REMOVED, &next.old),
                    _ => (words::ADDED, &next.new),
                };
                parts.push(format!("{mark} {}", field_text(list, field, value, None)));
                index += 1;
            }
            lines.push(sanitize(&format!("{prefix}{label} {}", parts.join(" "))));
            continue;
        }
        let line = match change.change {
            ChangeKind::Changed => {
                let currency = change.currency.as_deref();
                let old = match (change.old_currency.as_deref(), &change.old) {
                    // The currency changed too: each amount in its own.
                    (Some(own), _) if Some(own) != currency => {
                        field_text(list, field, &change.old, Some(own))
                    }
                    // `12,000,000 → 8,000,000 RUB`: the currency once, at
                    // the end; both amounts in its decimals.
                    (_, Value::Number(number)) if currency.is_some() => number
                        .as_f64()
                        .map_or_else(|| number.to_string(), |f| money::amount(f, currency)),
                    _ => field_text(list, field, &change.old, currency.map(|_| "")),
                };
                let new = field_text(list, field, &change.new, currency);
                if prefix.is_empty() {
                    format!("{label}: {old} {} {new}", words::TO)
                } else {
                    format!("{prefix}{label} {old} {} {new}", words::TO)
                }
            }
            ChangeKind::Added => format!(
                "{prefix}{label} {} {}",
                words::ADDED,
                entry_text(&change.steps, &change.new, change.currency.as_deref())
            ),
            ChangeKind::Removed => format!(
                "{prefix}{label} {} {}",
                words::REMOVED,
                entry_text(&change.steps, &change.old, change.currency.as_deref())
            ),
        };
        lines.push(sanitize(&line));
        index += 1;
    }
    lines
}

/// A change's path as a person says it: the innermost named entry first
/// (`Pavel Orlov: `, `competitors «LogiSoft»: `), then the rest of the key.
/// A change of a whole entry is shown by its list (`history`).
fn describe_path(steps: &[Step]) -> (String, String) {
    let Some(last_entry) = steps.iter().rposition(|s| matches!(s, Step::Entry(_))) else {
        return (String::new(), crate::history::meaning::key_of(steps));
    };
    let entry_is_last = last_entry + 1 == steps.len();
    // The entry that holds the change (the one before, when the change is a whole entry).
    let holder = if entry_is_last {
        steps[..last_entry]
            .iter()
            .rposition(|s| matches!(s, Step::Entry(_)))
    } else {
        Some(last_entry)
    };
    let list_of = |index: usize| match index.checked_sub(1).map(|i| &steps[i]) {
        Some(Step::Key(list)) => list.clone(),
        _ => String::new(),
    };
    // Every entry down to the holder, outermost first, so an action is
    // named with its objective (`objectives «WMS», actions «Demo»: `).
    let prefix = match holder {
        Some(holder) => {
            let entries: Vec<String> = steps[..=holder]
                .iter()
                .enumerate()
                .filter_map(|(index, step)| match step {
                    Step::Entry(name) if index == 1 && list_of(index) == "decision_group" => {
                        Some(name.clone())
                    }
                    Step::Entry(name) => Some(format!("{} «{name}»", list_of(index))),
                    _ => None,
                })
                .collect();
            format!("{}: ", entries.join(", "))
        }
        None => String::new(),
    };
    let label = if entry_is_last {
        list_of(last_entry)
    } else {
        crate::history::meaning::key_of(&steps[last_entry + 1..])
    };
    (prefix, label)
}

/// A whole added or removed value: an entry by what identifies it
/// (`2026-10-02 tender «WMS for Chekhov» won`), anything else as a value.
fn entry_text(steps: &[Step], value: &Value, currency: Option<&str>) -> String {
    let Value::Object(entry) = value else {
        return field_text(entry_list(steps), last_key(steps), value, currency);
    };
    let list = entry_list(steps);
    let text = |key: &str| entry.get(key).map(|v| field_text(list, key, v, None));
    if matches!(steps.last(), Some(Step::Entry(_))) {
        if let (Some(date), Some(summary)) = (text("date"), text("summary")) {
            let mut parts = vec![date];
            parts.extend(text("kind"));
            parts.push(format!("«{summary}»"));
            parts.extend(text("outcome"));
            parts.extend(entry_amount(entry));
            return parts.join(" ");
        }
        if let Some(name) = text("name").or_else(|| text("year")) {
            let mut detail: Vec<String> = [
                "title", "role", "kind", "roles", "from", "owner", "due", "status",
            ]
            .iter()
            .filter_map(|key| text(key))
            .collect();
            detail.extend(entry_amount(entry));
            return if detail.is_empty() {
                name
            } else {
                format!("{name} ({})", detail.join("; "))
            };
        }
    }
    value_text(value, currency)
}

/// An entry's `amount` with its `currency`: `1,500,000 RUB`.
fn entry_amount(entry: &serde_json::Map<String, Value>) -> Option<String> {
    let amount = entry.get("amount")?.as_f64()?;
    Some(money::money(
        amount,
        entry.get("currency").and_then(Value::as_str),
    ))
}

/// A value as text: amounts grouped (`12,000,000 RUB`), lists joined,
/// mappings as `key value` pairs.
fn value_text(value: &Value, currency: Option<&str>) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => crate::style::one_line(text),
        Value::Number(number) => match (number.as_f64(), currency) {
            (Some(amount), Some("")) => money::amount(amount, None),
            (Some(amount), Some(currency)) => money::money(amount, Some(currency)),
            (Some(amount), None) if number.is_f64() => money::amount(amount, None),
            _ => number.to_string(),
        },
        Value::Bool(flag) => flag.to_string(),
        Value::Array(items) => items
            .iter()
            .map(|item| value_text(item, None))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) => {
            let currency = map.get("currency").and_then(Value::as_str);
            map.iter()
                .filter(|(key, _)| key.as_str() != "currency" || !has_amount(map))
                .map(|(key, value)| {
                    let inner = if value.is_object() {
                        format!("{{{}}}", value_text(value, None))
                    } else {
                        field_text("", key, value, currency.filter(|_| is_amount(key)))
                    };
                    format!("{key} {inner}")
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

/// The value of `key` of an entry of `list` (`needs`; empty outside one) as
/// text ([`value_text`]); a value of one of the format's lists (a role,
/// kind, level, outcome, period or status) as `show` prints it, in the
/// run's language ([`crate::i18n::term`]: `decision_maker` is «лицо,
/// принимающее решение» in Russian), a threat level and the status of a
/// need or an objective agreed with their nouns.
fn field_text(list: &str, key: &str, value: &Value, currency: Option<&str>) -> String {
    let listed = matches!(
        key,
        "roles" | "influence" | "threat" | "kind" | "outcome" | "period" | "status"
    );
    match value {
        Value::String(level) if key == "threat" => crate::i18n::threat_level(level),
        Value::String(status) if key == "status" && list == "needs" => {
            crate::i18n::need_status(status)
        }
        Value::String(status) if key == "status" && list == "objectives" => {
            crate::i18n::objective_status(status)
        }
        Value::String(word) if listed => crate::i18n::term(word),
        Value::Array(items) if listed => items
            .iter()
            .map(|item| field_text(list, key, item, None))
            .collect::<Vec<_>>()
            .join(", "),
        _ => value_text(value, currency),
    }
}

/// The list of the innermost entry of a path (`needs` of
/// `plan.needs[Pilot].status` and of `plan.needs[Pilot]`); empty when
/// the path has no entry.
fn entry_list(steps: &[Step]) -> &str {
    let Some(entry) = steps.iter().rposition(|s| matches!(s, Step::Entry(_))) else {
        return "";
    };
    match entry.checked_sub(1).map(|i| &steps[i]) {
        Some(Step::Key(list)) => list.as_str(),
        _ => "",
    }
}

/// The last key of a path (`roles` of `decision_group[Pavel Orlov].roles`);
/// empty when it has none.
fn last_key(steps: &[Step]) -> &str {
    steps
        .iter()
        .rev()
        .find_map(|step| match step {
            Step::Key(key) => Some(key.as_str()),
            _ => None,
        })
        .unwrap_or("")
}

fn is_amount(key: &str) -> bool {
    matches!(
        key,
        "next_year" | "three_to_five_years" | "amount" | "revenue" | "net_income"
    )
}

fn has_amount(map: &serde_json::Map<String, Value>) -> bool {
    map.keys().any(|key| is_amount(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::meaning::{Meaning, diff};
    use serde_json::json;

    fn lines(old: Value, new: Value) -> Vec<String> {
        change_lines(&diff(&Meaning::from_json(old), &Meaning::from_json(new)))
    }

    /// Both amounts of a change in their currency's decimals; when the
    /// currency changed with the amount, each amount with its own.
    #[test]
    fn an_old_amount_reads_in_its_own_currency() {
        let opportunity = |currency: &str, next_year: f64| json!({"company_view": {"opportunity": {"currency": currency, "next_year": next_year}}});
        assert_eq!(
            lines(opportunity("KWD", 1000.5), opportunity("KWD", 1000.25)),
            ["company_view.opportunity.next_year: 1,000.500 → 1,000.250 KWD"]
        );
        assert_eq!(
            lines(opportunity("KWD", 1000.5), opportunity("EUR", 12.5)),
            [
                "company_view.opportunity.currency: KWD → EUR",
                "company_view.opportunity.next_year: 1,000.500 KWD → 12.50 EUR"
            ]
        );
    }

    /// A change inside an action names the objective that holds it: two
    /// objectives may each have an action of one name.
    #[test]
    fn an_action_is_named_with_its_objective() {
        let plan = |status: &str| {
            json!({"plan": {"objectives": [
                {"name": "Win the WMS rollout", "actions": [{"name": "Demo", "status": "open"}]},
                {"name": "Renew support", "actions": [{"name": "Demo", "status": status}]},
            ]}})
        };
        assert_eq!(
            lines(plan("open"), plan("done")),
            ["objectives «Renew support», actions «Demo»: status open → done"]
        );
    }

    /// Values of the format's lists read as `show` prints them (here in
    /// English; `tests/history.rs` has the Russian), in a change, a set and
    /// a whole entry.
    #[test]
    fn listed_values_read_as_show_prints_them() {
        assert_eq!(
            lines(
                json!({"decision_group": [{"name": "Pavel Orlov", "roles": ["user"]}]}),
                json!({"decision_group": [
                    {"name": "Pavel Orlov", "roles": ["decision_maker", "user"]},
                    {"name": "Olga Orlova", "roles": ["decision_maker"], "influence": "high"},
                ]}),
            ),
            [
                "Pavel Orlov: roles + decision maker",
                "decision_group + Olga Orlova (decision maker)",
            ]
        );
        assert_eq!(
            lines(
                json!({"competitors": [{"name": "Own IT", "kind": "direct"}]}),
                json!({"competitors": [{"name": "Own IT", "kind": "in_house"}]}),
            ),
            ["competitors «Own IT»: kind direct → in house"]
        );
    }

    #[test]
    fn the_examples_of_the_format() {
        assert_eq!(
            lines(
                json!({"decision_group": [{"name": "Pavel Orlov", "roles": ["supporter", "technical"]}]}),
                json!({"decision_group": [{"name": "Pavel Orlov", "roles": ["opponent", "technical"]}]}),
            ),
            ["Pavel Orlov: roles + opponent − supporter"]
        );
        assert_eq!(
            lines(
                json!({"company_view": {"opportunity": {"currency": "RUB", "next_year": 12000000.0}}}),
                json!({"company_view": {"opportunity": {"currency": "RUB", "next_year": 8000000.0}}}),
            ),
            ["company_view.opportunity.next_year: 12,000,000 → 8,000,000 RUB"]
        );
        assert_eq!(
            lines(
                json!({"company_view": {"account_manager": "A", "history": []}}),
                json!({"company_view": {"account_manager": "A", "history": [{"date": "2026-10-02", "kind": "tender", "summary": "WMS for Chekhov", "outcome": "won"}]}}),
            ),
            ["history + 2026-10-02 tender «WMS for Chekhov» won"]
        );
    }

    #[test]
    fn changes_inside_entries_name_the_entry() {
        assert_eq!(
            lines(
                json!({"decision_group": [{"name": "Pavel Orlov", "influence": "low"}], "competitors": [{"name": "LogiSoft", "threat": "low"}]}),
                json!({"decision_group": [{"name": "Pavel Orlov", "influence": "high"}], "competitors": [{"name": "LogiSoft", "threat": "high"}]}),
            ),
            [
                "Pavel Orlov: influence low → high",
                "competitors «LogiSoft»: threat low → high"
            ]
        );
        assert_eq!(
            lines(
                json!({"decision_group": []}),
                json!({"decision_group": [{"name": "Olga Smirnova", "title": "CFO", "roles": ["economic"]}]}),
            ),
            ["decision_group + Olga Smirnova (CFO; economic)"]
        );
    }
}
