//! Finding every structural problem of a file, not only the first.
//!
//! serde stops at the first unknown key, wrong type or invalid value. To find
//! the next one, the mapping entry that holds the problem (its key, its value
//! and, in a flow mapping, the comma after it) is blanked out and the file is
//! read again. Blanking turns each character into a space and keeps every
//! line break, so every other line and column stays where it was. Entries are
//! found in the YAML events as written, not in the lines, so a problem inside
//! `{...}` or `[...]` is set aside exactly as one in block style, nested or
//! mixed with it. A block mapping left with no entry becomes `{}` (an empty
//! mapping, not a missing value), and a top-level section is never blanked,
//! so blanking cannot invent a problem the file does not have.

use crate::diag::{Code, Finding, Position};
use serde_saphyr::granit_parser::{Event, Marker, Parser, StructureStyle};

/// The text with the entry behind `finding` blanked out, or `None` when that
/// cannot be done without changing what the rest of the file means (a
/// top-level section, a problem that is not about one entry, an entry that
/// a YAML syntax error cuts off).
pub fn blank_entry(text: &str, finding: &Finding) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let entries = entries(text, &chars)?;
    let at = char_index(&chars, finding.position)?;
    let entry = match finding.code {
        // The finding points at the key itself (the second one of a duplicate).
        Code::UnknownKey | Code::DuplicateKey => entries.iter().find(|e| e.start == at)?,
        Code::WrongType | Code::InvalidValue => {
            // `decision_group[0].roles[1]` is about the entry `roles`.
            let path = finding
                .key
                .trim_end_matches(|c: char| c == ']' || c == '[' || c.is_ascii_digit());
            entries
                .iter()
                .find(|e| e.path == path && e.start <= at && at < e.end.max(e.start + 1))?
        }
        _ => return None,
    };
    // Removing a required section would report it missing; an optional
    // top-level key (`status`, `plan`) is set aside like any other entry.
    let top_level = !entry.path.contains(['.', '[']);
    if top_level
        && is_required_section(&entry.path)
        && matches!(finding.code, Code::WrongType | Code::InvalidValue)
    {
        return None;
    }
    Some(blank(chars, entry, &entries))
}

/// Whether `key` is a top-level key every dossier must have, as the
/// model's JSON Schema says (so no list of them is kept here).
fn is_required_section(key: &str) -> bool {
    static REQUIRED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    REQUIRED
        .get_or_init(|| {
            crate::schema::dossier_schema()
                .get("required")
                .and_then(serde_json::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|key| key.as_str().map(str::to_owned))
                .collect()
        })
        .iter()
        .any(|required| required == key)
}

/// One `key: value` pair of a mapping, as written.
#[derive(Debug)]
struct Entry {
    /// The key path of the entry (`decision_group[0].roles`).
    path: String,
    /// Character offsets: the key's first character, and one past the
    /// value's last (past the `:` when the value is empty).
    start: usize,
    end: usize,
    /// Which mapping holds it (the entries of one mapping share it).
    mapping: usize,
    /// Whether that mapping is written in flow style (`{...}`).
    flow: bool,
    /// Whether that mapping ends before the YAML breaks (if it does), so
    /// that all its entries are known.
    ended: bool,
}

/// A collection being walked.
enum Frame {
    /// A mapping, and its entry being read once the key is in: the key (a
    /// list or mapping as a key is `?`), where it starts and where it ends.
    Mapping {
        path: String,
        number: usize,
        flow: bool,
        key: Option<(String, Marker, Marker)>,
    },
    /// A list and the index of its next item.
    List { path: String, next: usize },
}

/// Every mapping entry of `text` (as `chars`) in document order. Where the
/// text stops being well-formed YAML, the walk stops: the entries read whole
/// before that break are returned (an entry whose value the break cuts off
/// is not), so a problem before a syntax error can be set aside like any
/// other; the parse reports the break itself.
fn entries(text: &str, chars: &[char]) -> Option<Vec<Entry>> {
    let mut stack: Vec<Frame> = Vec::new();
    // Where each open collection starts and whether it is in flow style.
    let mut open: Vec<(Marker, bool)> = Vec::new();
    // The end of the last node read: where a block collection ends.
    let mut last_end = Marker::default();
    let mut entries = Vec::new();
    let mut mappings = 0;
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else { break };
        let (start, end, scalar) = match &event {
            Event::Scalar(value, ..) => (span.start, span.end, Some(value.as_ref())),
            Event::Alias(_) => (span.start, span.end, None),
            Event::MappingStart(style, ..) | Event::SequenceStart(style, ..) => {
                let flow = *style == StructureStyle::Flow;
                let path = child_path(&mut stack);
                open.push((span.start, flow));
                stack.push(if matches!(event, Event::MappingStart(..)) {
                    mappings += 1;
                    Frame::Mapping {
                        path,
                        number: mappings,
                        flow,
                        key: None,
                    }
                } else {
                    Frame::List { path, next: 0 }
                });
                continue;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                let (start, flow) = open.pop()?;
                // A flow collection ends at its bracket, a block one with
                // its last node.
                (start, if flow { span.end } else { last_end }, None)
            }
            _ => continue,
        };
        last_end = end;
        if scalar.is_some() || matches!(event, Event::Alias(_)) {
            // A list item's index was taken when it started; a scalar starts
            // and ends at once.
            if let Some(Frame::List { next, .. }) = stack.last_mut() {
                *next += 1;
            }
        }
        let Some(Frame::Mapping {
            path,
            number,
            flow,
            key,
        }) = stack.last_mut()
        else {
            continue;
        };
        match key.take() {
            None => *key = Some((scalar.unwrap_or("?").to_owned(), start, end)),
            Some((name, key_start, key_end)) => entries.push(Entry {
                path: join(path, &name),
                start: key_start.index(),
                end: end.index().max(colon_end(chars, key_end.index())),
                mapping: *number,
                flow: *flow,
                ended: true,
            }),
        }
    }
    // Mappings still open where the YAML broke may have entries past the break.
    for frame in &stack {
        if let Frame::Mapping { number, .. } = frame {
            for entry in entries.iter_mut().filter(|e| e.mapping == *number) {
                entry.ended = false;
            }
        }
    }
    Some(entries)
}

/// The path of a collection starting under the top of `stack` (taking a
/// list's next index).
fn child_path(stack: &mut [Frame]) -> String {
    match stack.last_mut() {
        Some(Frame::Mapping {
            path,
            key: Some((name, ..)),
            ..
        }) => join(path, name),
        // A list or mapping used as a key.
        Some(Frame::Mapping {
            path, key: None, ..
        }) => join(path, "?"),
        Some(Frame::List { path, next }) => {
            *next += 1;
            format!("{path}[{}]", *next - 1)
        }
        None => String::new(),
    }
}

/// One past the `:` after a key that ends at `from` (an empty value's own
/// span may sit anywhere after it).
fn colon_end(chars: &[char], from: usize) -> usize {
    let mut at = from;
    while let Some(c) = chars.get(at) {
        match c {
            ':' => return at + 1,
            ' ' | '\t' | '\n' | '\r' => at += 1,
            _ => break,
        }
    }
    from
}

/// The character offset of a 1-based line and column.
fn char_index(chars: &[char], at: Position) -> Option<usize> {
    let mut line = 1;
    let mut line_start = 0;
    for (index, c) in chars.iter().enumerate() {
        if line == at.line {
            break;
        }
        if *c == '\n' {
            line += 1;
            line_start = index + 1;
        }
    }
    (line == at.line).then(|| line_start + at.column.saturating_sub(1))
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// The text of `chars` with `entry` blanked (see the module's documentation).
fn blank(mut chars: Vec<char>, entry: &Entry, entries: &[Entry]) -> String {
    let mut end = entry.end.min(chars.len());
    if entry.flow {
        let comma = chars[end..]
            .iter()
            .position(|c| !c.is_whitespace())
            .map(|skipped| end + skipped);
        if let Some(comma) = comma.filter(|&at| chars[at] == ',') {
            end = comma + 1;
        }
    }
    for c in &mut chars[entry.start..end] {
        if !matches!(c, '\n' | '\r') {
            *c = ' ';
        }
    }
    let alone = entry.ended
        && entries
            .iter()
            .filter(|e| e.mapping == entry.mapping)
            .count()
            == 1;
    // The key and its `:` are at least two characters on the key's line.
    if alone && !entry.flow && end - entry.start >= 2 && chars[entry.start + 1] == ' ' {
        chars[entry.start] = '{';
        chars[entry.start + 1] = '}';
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(line: usize, column: usize, code: Code, key: &str) -> Finding {
        Finding::new(
            Position::new(line, column),
            code,
            key.to_owned(),
            crate::i18n::Message::new("hint-none"),
        )
    }

    #[test]
    fn blanks_an_unknown_key_with_its_block() {
        let text = "client:\n  indstry: |\n    long\n    text\n  name: X\nreview: {}\n";
        let out = blank_entry(text, &finding(2, 3, Code::UnknownKey, "client.indstry")).unwrap();
        assert_eq!(
            out,
            "client:\n            \n        \n        \n  name: X\nreview: {}\n"
        );
    }

    #[test]
    fn keeps_the_sequence_marker_and_crlf() {
        let text = "group:\r\n  - tittle: x\r\n    name: A\r\n";
        let out = blank_entry(text, &finding(2, 5, Code::UnknownKey, "group[0].tittle")).unwrap();
        assert_eq!(out, "group:\r\n  -          \r\n    name: A\r\n");
    }

    #[test]
    fn blanks_the_key_of_a_bad_value() {
        let text = "a:\n  - name: A\n    roles: [decision-maker]\n    title: CEO\n";
        let out = blank_entry(text, &finding(3, 13, Code::InvalidValue, "a[0].roles[0]")).unwrap();
        assert_eq!(
            out,
            format!("a:\n  - name: A\n{}\n    title: CEO\n", " ".repeat(27))
        );
    }

    #[test]
    fn blanks_an_entry_of_a_flow_mapping_with_its_comma() {
        let text = "c:\n  - {name: L, kind: direct, threat: huge}\n";
        let out = blank_entry(text, &finding(2, 40, Code::InvalidValue, "c[0].threat")).unwrap();
        assert_eq!(out, "c:\n  - {name: L, kind: direct,             }\n");
        let out = blank_entry(text, &finding(2, 6, Code::UnknownKey, "c[0].name")).unwrap();
        assert_eq!(out, "c:\n  - {         kind: direct, threat: huge}\n");
    }

    #[test]
    fn flow_entries_over_several_lines_keep_their_brackets() {
        let text = "client: {name: X,\n  indstry: y}\nreview: {}\n";
        let out = blank_entry(text, &finding(2, 3, Code::UnknownKey, "client.indstry")).unwrap();
        assert_eq!(out, "client: {name: X,\n            }\nreview: {}\n");
    }

    #[test]
    fn a_block_mapping_left_empty_is_an_empty_mapping() {
        let text = "review:\n  reviewd_by: X\n";
        let out = blank_entry(text, &finding(2, 3, Code::UnknownKey, "review.reviewd_by")).unwrap();
        assert_eq!(out, "review:\n  {}           \n");
        let text = "g:\n  - tittle: X\n";
        let out = blank_entry(text, &finding(2, 5, Code::UnknownKey, "g[0].tittle")).unwrap();
        assert_eq!(out, "g:\n  - {}       \n");
    }

    #[test]
    fn an_empty_value_goes_with_its_key() {
        let text = "client:\n  indstry:\n  name: X\n";
        let out = blank_entry(text, &finding(2, 3, Code::UnknownKey, "client.indstry")).unwrap();
        assert_eq!(out, "client:\n          \n  name: X\n");
    }

    #[test]
    fn leaves_sections_and_what_is_not_an_entry_alone() {
        let section = "decision_group: {}\n";
        assert_eq!(
            blank_entry(section, &finding(1, 17, Code::WrongType, "decision_group")),
            None
        );
        let item = "competitors:\n  - LogiSoft\n";
        assert_eq!(
            blank_entry(item, &finding(2, 5, Code::WrongType, "competitors[0]")),
            None
        );
        let missing = "client: {}\n";
        assert_eq!(
            blank_entry(missing, &finding(1, 1, Code::MissingKey, "review")),
            None
        );
    }

    /// An optional top-level key with a bad value (`status: в работе`) is
    /// set aside like any entry, so it hides no other problem.
    #[test]
    fn blanks_an_optional_top_level_key() {
        let text = "version: 1\nstatus: archivd\nclient: {}\n";
        let out = blank_entry(text, &finding(2, 9, Code::InvalidValue, "status")).unwrap();
        assert_eq!(out, "version: 1\n               \nclient: {}\n");
        let text = "version: x\n";
        assert_eq!(
            blank_entry(text, &finding(1, 10, Code::WrongType, "version")),
            None
        );
    }
}
