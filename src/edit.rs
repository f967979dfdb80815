//! In-place edits of a dossier's text. `dossier reviewed` changes the bytes
//! of `review.last_reviewed` (and of `review.reviewed_by`) and nothing else:
//! comments, quoting, line endings, a byte order mark and a missing final
//! newline all stay as the user left them.
//!
//! The parser tells where each value stands (byte offsets into the text
//! after the byte order mark); an edit first checks that the bytes there
//! still read as the old value, and the result is parsed again to prove it
//! says what was meant.

use crate::i18n::Message;
use crate::msg;
use crate::scalar;
use crate::spanned::{Place, Spanned};
use serde::{Deserialize, Deserializer};
use std::fmt;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why an edit was not made, as a message of the catalogue (`edit-*`); the
/// file is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError(pub Message);

impl fmt::Display for EditError {
    /// The message in the language of this run.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for EditError {}

fn fail<T>(message: Message) -> Result<T, EditError> {
    Err(EditError(message))
}

/// The few keys an edit needs, with where they stand. A key that is present
/// with an empty value is `Some` with a `None` value, unlike an absent one.
#[derive(Deserialize)]
struct Document {
    review: Spanned<ReviewKeys>,
}

#[derive(Deserialize)]
struct ReviewKeys {
    #[serde(default, deserialize_with = "present")]
    last_reviewed: Option<Spanned<Option<String>>>,
    #[serde(default, deserialize_with = "present")]
    reviewed_by: Option<Spanned<Option<String>>>,
}

fn present<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Spanned<Option<String>>>, D::Error> {
    Spanned::<Option<String>>::deserialize(deserializer).map(Some)
}

fn read(text: &str) -> Result<Document, EditError> {
    serde_saphyr::from_str_with_options(text, crate::parse::options())
        .map_err(|_| EditError(Message::new("edit-review-unreadable")))
}

/// Bytes `start..end` become `text`.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Sets `review.last_reviewed` to `date` (`YYYY-MM-DD`) and, when `by` is
/// given, `review.reviewed_by` to `by` (added under `review:` when absent).
/// Returns the new bytes of the whole file.
pub fn mark_reviewed(bytes: &[u8], date: &str, by: Option<&str>) -> Result<Vec<u8>, EditError> {
    let bom = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let Ok(text) = std::str::from_utf8(&bytes[bom..]) else {
        return fail(Message::new("edit-not-utf8"));
    };
    let document = read(text)?;
    refuse_shared_values(text, by.is_some())?;
    let review = &document.review;
    let flow =
        span(text, &review.referenced).is_some_and(|(start, _)| text[start..].starts_with('{'));

    let mut edits = Vec::new();
    let Some(last) = &review.value.last_reviewed else {
        return fail(Message::new("edit-last-reviewed-missing"));
    };
    let Some(old_date) = &last.value else {
        return fail(Message::new("edit-last-reviewed-empty"));
    };
    let Some((start, end)) = span(text, &last.referenced) else {
        return fail(msg!("edit-not-found", key = "review.last_reviewed"));
    };
    let Some((value_start, value_end)) = unquoted(text, start, end, old_date) else {
        return fail(msg!(
            "edit-last-reviewed-form",
            written = crate::style::one_line(&text[start..end])
        ));
    };
    if old_date != date {
        edits.push(Edit {
            start: value_start,
            end: value_end,
            text: date.to_owned(),
        });
    }

    if let Some(by) = by {
        match &review.value.reviewed_by {
            Some(reviewed_by) => edits.extend(replace_reviewed_by(text, reviewed_by, by)?),
            None if flow => edits.push(Edit {
                start: end,
                end,
                text: format!(", reviewed_by: {}", render(by, "")),
            }),
            None => edits.push(insert_line(text, start, end, by)?),
        }
    }

    let mut new_text = text.to_owned();
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.start));
    for edit in &edits {
        new_text.replace_range(edit.start..edit.end, &edit.text);
    }
    verify(&new_text, date, by)?;

    let mut out = Vec::with_capacity(bom + new_text.len());
    out.extend_from_slice(&bytes[..bom]);
    out.extend_from_slice(new_text.as_bytes());
    Ok(out)
}

/// Refuses an edit of a value whose bytes other values share (FORMAT.md,
/// "Exports and safety"): `review`, `review.last_reviewed` or (with `--by`)
/// `review.reviewed_by` carrying an anchor (`&qbr`, which aliases elsewhere
/// read) or being an alias (`*qbr`, whose bytes stand elsewhere), and a
/// `last_reviewed` that only a merge key (`<<`) brings into `review`.
fn refuse_shared_values(text: &str, with_by: bool) -> Result<(), EditError> {
    let changed = |path: &str| {
        path == "review"
            || path == "review.last_reviewed"
            || (with_by && path == "review.reviewed_by")
    };
    let mut written_in_review = false;
    let shared = crate::parse::for_each_node(text, |node| {
        if node.is_key {
            written_in_review |=
                node.path == "review" && node.plain_scalar == Some("last_reviewed");
            return None;
        }
        if !changed(node.path) || !(node.alias || node.anchored) {
            return None;
        }
        let line = crate::source::line_at(text, node.position.line).unwrap_or_default();
        let (key, line_number) = (node.path.to_owned(), node.position.line.to_string());
        Some(if node.alias {
            let alias = crate::source::token_at(line, node.position.column);
            let name = alias.trim_start_matches('*').to_owned();
            crate::msg!(
                "edit-shared-alias",
                key = key,
                line = line_number,
                alias = alias,
                name = name
            )
        } else {
            let anchor = anchor_on(line).unwrap_or("&…");
            crate::msg!(
                "edit-shared-anchor",
                key = key,
                line = line_number,
                anchor = anchor,
                name = anchor.trim_start_matches('&')
            )
        })
    });
    if let Some(message) = shared {
        return fail(message);
    }
    if !written_in_review && memchr::memmem::find(text.as_bytes(), b"<<").is_some() {
        return fail(Message::new("edit-merged"));
    }
    Ok(())
}

/// The first anchor (`&name`) written on `line`.
fn anchor_on(line: &str) -> Option<&str> {
    let start = line.find('&')?;
    let rest = &line[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '{' | '}'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The byte range of a value, checked to lie on character boundaries.
fn span(text: &str, place: &Place) -> Option<(usize, usize)> {
    let (start, len) = place.bytes?;
    let start = usize::try_from(start).ok()?;
    let end = start.checked_add(usize::try_from(len).ok()?)?;
    text.get(start..end).map(|_| (start, end))
}

/// The range of `old` itself inside `start..end`: the whole range for a
/// plain scalar, inside the quotes for a quoted one; `None` when the bytes
/// there are not `old` written simply.
fn unquoted(text: &str, start: usize, end: usize, old: &str) -> Option<(usize, usize)> {
    let current = &text[start..end];
    if current == old {
        return Some((start, end));
    }
    let quoted = current.len() >= 2
        && ((current.starts_with('"') && current.ends_with('"'))
            || (current.starts_with('\'') && current.ends_with('\'')));
    (quoted && &current[1..current.len() - 1] == old).then_some((start + 1, end - 1))
}

/// `value` as a scalar in the style of `like` (the old value's text): plain
/// stays plain and quotes stay quotes where the new text allows it.
fn render(value: &str, like: &str) -> String {
    if like.starts_with('"') {
        scalar::double_quoted(value)
    } else if like.starts_with('\'') {
        scalar::single_quoted(value).unwrap_or_else(|| scalar::double_quoted(value))
    } else {
        scalar::plain(value).map_or_else(|| scalar::double_quoted(value), str::to_owned)
    }
}

fn replace_reviewed_by(
    text: &str,
    reviewed_by: &Spanned<Option<String>>,
    by: &str,
) -> Result<Option<Edit>, EditError> {
    let Some((start, end)) = span(text, &reviewed_by.referenced) else {
        return fail(msg!("edit-not-found", key = "review.reviewed_by"));
    };
    let current = &text[start..end];
    match &reviewed_by.value {
        Some(old) if old == by => Ok(None),
        Some(old) => {
            // Only a scalar right after `reviewed_by:` is ours to replace; a
            // block scalar (`|`, `>`), a tag or an anchor is left to the user.
            let after_colon = text[..start].trim_end_matches([' ', '\t', '\r', '\n']);
            if !after_colon.ends_with(':') || read_back(current).as_deref() != Some(old.as_str()) {
                return fail(Message::new("edit-reviewed-by-form"));
            }
            Ok(Some(Edit {
                start,
                end,
                text: render(by, current),
            }))
        }
        // `reviewed_by:` with nothing after it: the parser points at the colon.
        None if current.is_empty() && text[start..].starts_with(':') => Ok(Some(Edit {
            start: start + 1,
            end: start + 1,
            text: format!(" {}", render(by, "")),
        })),
        None if matches!(current, "~" | "null" | "Null" | "NULL") => Ok(Some(Edit {
            start,
            end,
            text: render(by, ""),
        })),
        None => fail(msg!("edit-not-found", key = "review.reviewed_by")),
    }
}

/// How a scalar's text reads in YAML, to check it is the value we expect.
fn read_back(scalar_text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct One {
        v: String,
    }
    serde_saphyr::from_str_with_options::<One>(
        &format!("v: {scalar_text}\n"),
        crate::parse::options(),
    )
    .ok()
    .map(|one| one.v)
}

/// A new `reviewed_by:` line under the `last_reviewed` key (whose value is at
/// `start..end`), indented like that key, ending like that line.
fn insert_line(text: &str, start: usize, end: usize, by: &str) -> Result<Edit, EditError> {
    let cannot = || EditError(Message::new("edit-indent-unknown"));
    let key = text[..start].rfind("last_reviewed").ok_or_else(cannot)?;
    let line_start = text[..key].rfind('\n').map_or(0, |i| i + 1);
    let indent = text[line_start..key].trim_end_matches(['"', '\'']);
    if !indent.bytes().all(|b| b == b' ') {
        return Err(cannot());
    }
    let (at, eol) = match text[end..].find('\n') {
        Some(i) if text[..end + i].ends_with('\r') => (end + i - 1, "\r\n"),
        Some(i) => (end + i, "\n"),
        None if text.contains("\r\n") => (text.len(), "\r\n"),
        None => (text.len(), "\n"),
    };
    Ok(Edit {
        start: at,
        end: at,
        text: format!("{eol}{indent}reviewed_by: {}", render(by, "")),
    })
}

/// The edited text must read back with the new values, or nothing is saved.
fn verify(text: &str, date: &str, by: Option<&str>) -> Result<(), EditError> {
    let document = read(text).map_err(|_| EditError(Message::new("edit-would-break")))?;
    let review = document.review.value;
    let last = review.last_reviewed.and_then(|s| s.value);
    let reviewed_by = review.reviewed_by.and_then(|s| s.value);
    if last.as_deref() != Some(date) || (by.is_some() && reviewed_by.as_deref() != by) {
        return fail(Message::new("edit-not-as-intended"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(text: &str, by: Option<&str>) -> String {
        let out = mark_reviewed(text.as_bytes(), "2026-11-20", by).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn replaces_only_the_date() {
        let text = "review:\n  last_reviewed: 2026-09-01 # quarterly\n  reviewed_by: Ivan\n";
        assert_eq!(
            edit(text, None),
            "review:\n  last_reviewed: 2026-11-20 # quarterly\n  reviewed_by: Ivan\n"
        );
    }

    #[test]
    fn keeps_quotes_around_the_date() {
        assert_eq!(
            edit("review:\n  last_reviewed: '2026-09-01'\n", None),
            "review:\n  last_reviewed: '2026-11-20'\n"
        );
        assert_eq!(
            edit("review:\n  last_reviewed: \"2026-09-01\"\n", None),
            "review:\n  last_reviewed: \"2026-11-20\"\n"
        );
    }

    #[test]
    fn fills_an_empty_reviewed_by() {
        assert_eq!(
            edit(
                "review:\n  last_reviewed: 2026-09-01\n  reviewed_by:   # who\n",
                Some("Olga")
            ),
            "review:\n  last_reviewed: 2026-11-20\n  reviewed_by: Olga   # who\n"
        );
        assert_eq!(
            edit(
                "review:\n  last_reviewed: 2026-09-01\n  reviewed_by: ~\n",
                Some("Olga")
            ),
            "review:\n  last_reviewed: 2026-11-20\n  reviewed_by: Olga\n"
        );
    }

    #[test]
    fn quotes_a_name_that_needs_it_in_the_old_style() {
        assert_eq!(
            edit(
                "review:\n  last_reviewed: 2026-09-01\n  reviewed_by: 'Ivan'\n",
                Some("O'Hara")
            ),
            "review:\n  last_reviewed: 2026-11-20\n  reviewed_by: 'O''Hara'\n"
        );
        assert_eq!(
            edit(
                "review:\n  last_reviewed: 2026-09-01\n  reviewed_by: Ivan\n",
                Some("a: b # c")
            ),
            "review:\n  last_reviewed: 2026-11-20\n  reviewed_by: \"a: b # c\"\n"
        );
    }

    #[test]
    fn adds_reviewed_by_under_a_key_on_its_own_line() {
        assert_eq!(
            edit(
                "review:\n    last_reviewed:\n      2026-09-01\nx: 1\n",
                Some("Olga")
            ),
            "review:\n    last_reviewed:\n      2026-11-20\n    reviewed_by: Olga\nx: 1\n"
        );
    }

    #[test]
    fn adds_reviewed_by_to_a_multi_line_flow_mapping() {
        assert_eq!(
            edit(
                "review: {\n  last_reviewed: 2026-09-01,\n  interval_months: 3\n}\n",
                Some("Olga")
            ),
            "review: {\n  last_reviewed: 2026-11-20, reviewed_by: Olga,\n  interval_months: 3\n}\n"
        );
    }

    #[test]
    fn keeps_a_byte_order_mark() {
        let out = mark_reviewed(
            b"\xEF\xBB\xBFreview:\r\n  last_reviewed: 2026-09-01\r\n",
            "2026-11-20",
            None,
        )
        .unwrap();
        assert_eq!(
            out,
            b"\xEF\xBB\xBFreview:\r\n  last_reviewed: 2026-11-20\r\n"
        );
    }

    #[test]
    fn refuses_a_block_scalar_reviewed_by() {
        let error = mark_reviewed(
            b"review:\n  last_reviewed: 2026-09-01\n  reviewed_by: |\n    Ivan\n",
            "2026-11-20",
            Some("Olga"),
        )
        .unwrap_err();
        assert_eq!(error.0, Message::new("edit-reviewed-by-form"));
    }

    #[test]
    fn unchanged_values_change_nothing() {
        let text = "review:\n  last_reviewed: 2026-11-20\n  reviewed_by: \"Olga\"\n";
        assert_eq!(edit(text, Some("Olga")), text);
    }
}
