//! The feed of `dossier calendar`: an iCalendar stream (RFC 5545) with one
//! all-day `VEVENT` per review due date and per open action (FORMAT.md, "The
//! account plan"), written with the `icalendar` crate, which folds lines at
//! 75 octets and escapes text as RFC 5545 section 3.3.11 says.
//!
//! The feed is meant to be subscribed to: a calendar that fetches it again
//! matches events by `UID`, so each UID is derived from what the event is
//! about, never from the run (see [`review_uid`] and [`action_uid`]), and
//! the events come in a fixed order. With a fixed `DTSTAMP` (the command
//! takes it from `SOURCE_DATE_EPOCH`) two runs on the same files give the
//! same bytes.

use super::actions::ActionRow;
use crate::i18n::{Message, text};
use crate::msg;
use crate::names::nfc;
use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::PathBuf;

/// A dossier's next review, as the feed shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    /// The dossier's id.
    pub id: String,
    /// `client.name`; the id stands in when it is empty.
    pub client: String,
    pub account_manager: String,
    pub last_reviewed: NaiveDate,
    /// `last_reviewed` plus the interval in force: the event's day, also
    /// when it has passed (an overdue review stays visible).
    pub due: NaiveDate,
    pub path: PathBuf,
}

/// The stable UID of a dossier's review event: `review-<id>@dossier`, the id
/// in NFC so that a file name written in NFD (as macOS writes it) gives the
/// same UID.
pub fn review_uid(id: &str) -> String {
    format!("review-{}@dossier", nfc(id))
}

/// The stable UID of an action's event: `action-<id>-<n>@dossier`, where
/// `n` is the first 16 hex digits of SHA-256 of the objective's name in NFC,
/// a line feed, and the action's name in NFC (FORMAT.md, "The account
/// plan"). Names are taken trimmed, as they compare. Renaming the action or
/// its objective makes a new event; moving it, changing its owner, due date
/// or department updates the same one.
pub fn action_uid(id: &str, objective: &str, action: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(nfc(objective.trim()).as_bytes());
    hash.update(b"\n");
    hash.update(nfc(action.trim()).as_bytes());
    let digest = hash.finalize();
    let n: String = digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("action-{}-{n}@dossier", nfc(id))
}

/// The feed: `VCALENDAR` with `VERSION:2.0`, a `PRODID`, the calendar's name
/// in the run's language, and the events in date order (then by dossier id,
/// the review before the actions, the actions in file order). `stamp` is
/// every event's `DTSTAMP`. An action whose UID an earlier one already has
/// (two actions of one name in one objective, a `duplicate-entry` error the
/// command reports) is left out, so a calendar never sees one UID twice.
/// Lines end in CRLF, as RFC 5545 asks.
pub fn feed(reviews: &[ReviewItem], actions: &[ActionRow], stamp: DateTime<Utc>) -> String {
    let mut events: Vec<(EventKey, Event)> = Vec::with_capacity(reviews.len() + actions.len());
    for review in reviews {
        let key = EventKey {
            date: review.due,
            id: review.id.clone(),
            order: 0,
        };
        events.push((key, review_event(review)));
    }
    for action in actions {
        let key = EventKey {
            date: action.due,
            id: action.id.clone(),
            order: action.order + 1,
        };
        events.push((key, action_event(action)));
    }
    events.sort_by(|a, b| a.0.cmp(&b.0));

    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            concat!("-//dossier//dossier ", env!("CARGO_PKG_VERSION"), "//EN"),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        // `X-WR-CALNAME` is escaped as text by the crate (RFC 7986's `NAME`
        // is not), and Outlook, Google and Apple all read it.
        .append_property(Property::new(
            "X-WR-CALNAME",
            one_line(&text("calendar-name")),
        ));
    let mut seen = HashSet::new();
    for (_, mut event) in events {
        let uid = event.get_uid().unwrap_or_default().to_owned();
        if seen.insert(uid) {
            calendar.push(event.timestamp(stamp).done());
        }
    }
    calendar.to_string()
}

/// Where an event stands in the feed.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct EventKey {
    date: NaiveDate,
    id: String,
    /// 0 for the review, 1 + the action's place in its dossier.
    order: usize,
}

fn review_event(review: &ReviewItem) -> Event {
    let client = shown_client(&review.client, &review.id);
    let mut lines = Vec::new();
    if !review.account_manager.is_empty() {
        lines.push(msg!(
            "calendar-account-manager",
            name = review.account_manager.as_str()
        ));
    }
    lines.push(msg!(
        "calendar-last-reviewed",
        date = review.last_reviewed.to_string()
    ));
    lines.push(msg!("calendar-file", path = review.path.to_string_lossy()));
    all_day(
        &review_uid(&review.id),
        review.due,
        &msg!("calendar-review", client = client),
        &lines,
    )
}

fn action_event(action: &ActionRow) -> Event {
    let client = shown_client(&action.client, &action.id);
    let mut lines = vec![
        msg!("calendar-objective", name = action.objective.as_str()),
        msg!("calendar-owner", name = action.owner.as_str()),
    ];
    if let Some(department) = &action.department {
        lines.push(msg!("calendar-department", name = department.as_str()));
    }
    lines.push(msg!("calendar-file", path = action.path.to_string_lossy()));
    all_day(
        &action_uid(&action.id, &action.objective, &action.action),
        action.due,
        &msg!("calendar-action", action = action.label(), client = client),
        &lines,
    )
}

/// An all-day event on `date`: `DTSTART;VALUE=DATE` and the next day as the
/// (exclusive) `DTEND`, the form Outlook, Google and Apple all write for a
/// one-day event; transparent, so it never marks anyone busy.
fn all_day(uid: &str, date: NaiveDate, summary: &Message, lines: &[Message]) -> Event {
    let description: Vec<String> = lines
        .iter()
        .map(|line| one_line(&line.to_string()))
        .collect();
    let mut event = Event::new();
    event
        .uid(uid)
        .starts(date)
        .summary(&one_line(&summary.to_string()))
        .description(&description.join("\n"))
        .add_property("TRANSP", "TRANSPARENT");
    if let Some(next_day) = date.succ_opt() {
        event.ends(next_day);
    }
    event.done()
}

fn shown_client<'a>(client: &'a str, id: &'a str) -> &'a str {
    if client.is_empty() { id } else { client }
}

/// Text as one line of an event: white space that breaks lines (line breaks
/// included; no-break spaces stay) folded to one space, and no control
/// character, which RFC 5545 section 3.3.11 allows in no TEXT value but as
/// an escaped line break.
fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    crate::style::one_line(&spaced)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_follow_the_format() {
        assert_eq!(review_uid("acme"), "review-acme@dossier");
        let uid = action_uid("acme", "Win the rollout", "Demo to the CFO");
        let n = uid
            .strip_prefix("action-acme-")
            .and_then(|rest| rest.strip_suffix("@dossier"))
            .unwrap_or_default();
        assert_eq!(n.len(), 16, "{uid}");
        assert!(
            n.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        // SHA-256 of "Win the rollout\nDemo to the CFO", first 8 bytes.
        let mut hash = Sha256::new();
        hash.update(b"Win the rollout\nDemo to the CFO");
        let expected: String = hash.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(n, expected);
    }

    #[test]
    fn uids_read_names_in_nfc() {
        // `й` as one code point and as `и` plus a combining breve.
        let composed = action_uid("йошкар", "Цель", "Пилот на складе й");
        let decomposed = action_uid("и\u{306}ошкар", "Цель", "Пилот на складе и\u{306}");
        assert_eq!(composed, decomposed);
        assert_eq!(review_uid("йошкар"), review_uid("и\u{306}ошкар"));
        // The line feed keeps objective and action apart.
        assert_ne!(action_uid("a", "ab", "c"), action_uid("a", "a", "bc"));
    }

    #[test]
    fn control_characters_never_reach_a_content_line() {
        assert_eq!(one_line(" a\r\nb\rc\u{7}d\te  f "), "a b c d e f");
    }
}
