//! Plain words for what the YAML parser reports in its own terms: a number
//! written with a comma, a tab in the indentation, a second document, a file
//! in another encoding, a key indented too little, `[]` with entries below.
//! Each function looks at the file's text (or bytes) around the parser's
//! finding and returns a better message and position, or `None`.

use crate::diag::Position;
use crate::i18n::Message;

/// How to write a number that was written as people write it on paper:
/// `12,5` (a decimal comma) is `12.5`; `1,200` or `1 200` (thousands
/// separators) is `1200`; `12 000 000 RUB` drops the currency. `whole` is
/// true where only a whole number fits (a headcount). `None` when `found`
/// does not look like a number at all.
pub fn number(found: &str, whole: bool) -> Option<String> {
    let found = found.trim();
    let digits_only = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    // Drop a currency or unit after the digits: `12000000 RUB`, `12 млн`.
    let numeric_end = found
        .char_indices()
        .rfind(|(_, c)| c.is_ascii_digit())
        .map(|(i, c)| i + c.len_utf8())?;
    let number = found[..numeric_end].trim_start_matches('+');
    let (sign, number) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let groups: Vec<&str> = number
        .split([' ', '\u{a0}', '\u{202f}', '\''])
        .filter(|g| !g.is_empty())
        .collect();
    let joined = groups.concat();
    // `1,200,000` and `1 200 000`: groups of three after the first.
    let thousands = |parts: &[&str]| {
        parts.len() > 1
            && parts[0].len() <= 3
            && digits_only(parts[0])
            && parts[1..].iter().all(|p| p.len() == 3 && digits_only(p))
    };
    let comma_parts: Vec<&str> = joined.split(',').collect();
    let written = if digits_only(&joined) {
        joined.clone()
    } else if thousands(&comma_parts) && (whole || comma_parts.len() > 2) {
        comma_parts.concat()
    } else if comma_parts.len() == 2 && digits_only(comma_parts[0]) && digits_only(comma_parts[1]) {
        if whole {
            return None;
        }
        format!("{}.{}", comma_parts[0], comma_parts[1])
    } else if let Some((int, frac)) = joined.split_once('.')
        && digits_only(&int.replace(',', ""))
        && digits_only(frac)
    {
        format!("{}.{frac}", int.replace(',', ""))
    } else {
        return None;
    };
    (written != found).then(|| format!("{sign}{written}"))
}

/// Where a tab indents a line: the first line whose leading blank space
/// holds a tab, at the tab. YAML indents with spaces only, and the parser
/// notices the tab later, often on another line.
pub fn tab_in_indentation(text: &str) -> Option<Position> {
    let mut in_block_scalar: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let content = &line[indent..];
        if let Some(block_indent) = in_block_scalar {
            if content.is_empty() || indent > block_indent {
                continue;
            }
            in_block_scalar = None;
        }
        if let Some(tab) = line[..indent].find('\t')
            && !content.is_empty()
        {
            return Some(Position::new(n + 1, line[..tab].chars().count() + 1));
        }
        let value = content.trim_end();
        if value.ends_with('|')
            || value.ends_with('>')
            || value.ends_with("|-")
            || value.ends_with(">-")
        {
            in_block_scalar = Some(indent);
        }
    }
    None
}

/// Where a second YAML document starts, when the first one already had
/// content, with the catalogue id of the message that says so: at its
/// `---` (`parse-second-document`), or at the end marker `...` of the first
/// when more than comments follow it (`parse-after-document-end`). A `...`
/// with nothing after it only ends the one document: that is well-formed.
pub fn second_document(text: &str) -> Option<(Position, &'static str)> {
    let mut content = false;
    let mut ended: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        let blank = line.trim().is_empty() || line.trim_start().starts_with('#');
        if line == "---" || line.starts_with("--- ") {
            if content {
                return Some((Position::new(n + 1, 1), "parse-second-document"));
            }
            continue;
        }
        if line == "..." || line.starts_with("... ") {
            if content && ended.is_none() {
                ended = Some(n + 1);
            }
            continue;
        }
        if blank {
            continue;
        }
        if let Some(end) = ended {
            return Some((Position::new(end, 1), "parse-after-document-end"));
        }
        if !line.starts_with('%') {
            content = true;
        }
    }
    None
}

/// A key written `key: []` (or `{}`) on the line above `line`, with
/// entries indented under it: someone uncommented a template's example
/// entries and kept the `[]` that said "none yet". The position of the
/// brackets, and the key.
pub fn empty_flow_before(text: &str, line: usize) -> Option<(Position, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let current = lines.get(line.checked_sub(1)?)?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let above = lines[..line - 1]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let (index, text_above) = above;
    let trimmed = text_above.trim_end();
    let brackets = ["[]", "{}"]
        .into_iter()
        .find(|b| trimmed.ends_with(&format!(": {b}")))?;
    if indent(current) < indent(text_above) {
        return None;
    }
    let key = trimmed[..trimmed.len() - brackets.len()]
        .trim()
        .trim_end_matches(':')
        .trim_start_matches("- ")
        .to_owned();
    let column = trimmed[..trimmed.len() - 2].chars().count() + 1;
    Some((Position::new(index + 1, column), key))
}

/// A `[` or `{` opened on a line above the YAML break at `line` and never
/// closed before it: `name: [LogiSoft` with the next line `kind: direct`
/// reads that line as more of the list, and breaks there. The bracket's
/// position and the bracket.
pub fn unclosed_bracket_before(text: &str, line: usize) -> Option<(Position, char)> {
    use serde_saphyr::granit_parser::{Event, Parser, StructureStyle};
    // Where each open collection starts, and its bracket when it is in flow style.
    let mut open: Vec<Option<(Position, char)>> = Vec::new();
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else { break };
        match event {
            Event::SequenceStart(style, ..) | Event::MappingStart(style, ..) => {
                let bracket = if matches!(event, Event::SequenceStart(..)) {
                    '['
                } else {
                    '{'
                };
                let at = Position::new(span.start.line(), span.start.col() + 1);
                open.push((style == StructureStyle::Flow).then_some((at, bracket)));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                open.pop();
            }
            _ => {}
        }
    }
    open.into_iter()
        .rev()
        .find_map(|collection| collection)
        .filter(|(at, _)| at.line < line)
}

/// What bytes that are not UTF-8 look like, and how to convert them: a
/// UTF-16 file (a byte order mark `FF FE` or `FE FF`, or every other byte
/// zero) or a Windows-1251 one (Cyrillic letters as single bytes from
/// `0xC0` up). `None` when it looks like neither.
pub fn encoding(bytes: &[u8]) -> Option<Message> {
    let head = &bytes[..bytes.len().min(4096)];
    let zeros = head.iter().filter(|&&b| b == 0).count();
    let utf16 = head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
        || (head.len() >= 4 && zeros * 3 >= head.len());
    if utf16 {
        return Some(Message::new("explain-utf16"));
    }
    let high = head.iter().filter(|&&b| b >= 0xC0).count();
    let invalid_utf8 = std::str::from_utf8(head).is_err();
    // Windows-1251 writes Cyrillic letters as single bytes in 0xC0..=0xFF;
    // a letter after a letter is never valid UTF-8.
    let runs = head
        .windows(2)
        .filter(|w| w[0] >= 0xC0 && w[1] >= 0xC0)
        .count();
    if invalid_utf8 && high > 0 && runs > 0 {
        return Some(Message::new("explain-windows-1251"));
    }
    None
}

/// The section that has `key` among its keys, when `key` was written at the
/// top level: `industry` belongs in `client`. Found in the format's own
/// JSON Schema, so it follows the model.
pub fn section_of(key: &str) -> Option<String> {
    let schema = serde_json::to_value(crate::schema::dossier_schema()).ok()?;
    let definitions = schema.get("$defs").or_else(|| schema.get("definitions"));
    let top = schema.get("properties")?.as_object()?;
    for (section, property) in top {
        let mut node = property;
        // Follow `$ref`, and `allOf`/`anyOf` of one reference, to the section's keys.
        for _ in 0..4 {
            if let Some(reference) = node.get("$ref").and_then(|r| r.as_str()) {
                let name = reference.rsplit('/').next()?;
                node = definitions?.get(name)?;
            } else if let Some(first) = ["allOf", "anyOf", "oneOf"].iter().find_map(|k| {
                node.get(*k)
                    .and_then(|v| v.as_array())
                    .and_then(|a| a.first())
            }) {
                node = first;
            } else {
                break;
            }
        }
        let items = node.get("items").unwrap_or(node);
        let mut item = items;
        if let Some(reference) = item.get("$ref").and_then(|r| r.as_str()) {
            item = definitions?.get(reference.rsplit('/').next()?)?;
        }
        if item
            .get("properties")
            .and_then(|p| p.as_object())
            .is_some_and(|p| p.contains_key(key))
        {
            return Some(format!("{section}.{key}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_written_on_paper() {
        assert_eq!(number("12,5", false).as_deref(), Some("12.5"));
        assert_eq!(number("1,200", true).as_deref(), Some("1200"));
        assert_eq!(number("1 200", true).as_deref(), Some("1200"));
        assert_eq!(number("12 000 000", false).as_deref(), Some("12000000"));
        assert_eq!(
            number("12\u{a0}000\u{a0}000 RUB", false).as_deref(),
            Some("12000000")
        );
        assert_eq!(number("1,200,000", false).as_deref(), Some("1200000"));
        assert_eq!(number("1,200,000.50", false).as_deref(), Some("1200000.50"));
        assert_eq!(number("12,5", true), None);
        assert_eq!(number("many", false), None);
        assert_eq!(number("-3,5", false).as_deref(), Some("-3.5"));
    }

    #[test]
    fn a_tab_is_found_where_it_indents() {
        let text = "client:\n  name: A\n\tindustry: B\n";
        assert_eq!(tab_in_indentation(text), Some(Position::new(3, 1)));
        let text = "client:\n  name: A\n  \tindustry: B\n";
        assert_eq!(tab_in_indentation(text), Some(Position::new(3, 3)));
        assert_eq!(tab_in_indentation("a: |\n  x\n\n  \ty\nb: 1\n"), None);
        assert_eq!(tab_in_indentation("a: b\tc\n"), None);
    }

    #[test]
    fn the_second_document_starts_at_its_marker() {
        assert_eq!(
            second_document("---\na: 1\n---\nb: 2\n"),
            Some((Position::new(3, 1), "parse-second-document"))
        );
        assert_eq!(second_document("# x\n---\na: 1\n"), None);
        // `...` ends the document: only what follows it makes a second one.
        assert_eq!(second_document("a: 1\n...\n"), None);
        assert_eq!(second_document("a: 1\n...\n# done\n\n"), None);
        assert_eq!(
            second_document("a: 1\n...\nb: 2\n"),
            Some((Position::new(2, 1), "parse-after-document-end"))
        );
        assert_eq!(
            second_document("a: 1\n...\n---\nb: 2\n"),
            Some((Position::new(3, 1), "parse-second-document"))
        );
    }

    #[test]
    fn brackets_that_said_none_yet() {
        let text = "decision_group: []\n  - name: A\n";
        assert_eq!(
            empty_flow_before(text, 2),
            Some((Position::new(1, 17), "decision_group".to_owned()))
        );
        assert_eq!(
            empty_flow_before("a: []\nb: 1\n", 2).map(|(_, k)| k),
            Some("a".to_owned())
        );
        assert_eq!(empty_flow_before("a: 1\n  b: 2\n", 2), None);
    }

    #[test]
    fn a_bracket_left_open_above_the_break() {
        let text = "g:\n  - name: [Anna\n    title: CFO\n";
        assert_eq!(
            unclosed_bracket_before(text, 3),
            Some((Position::new(2, 11), '['))
        );
        let text = "a: {b: 1,\n  c: [x\nd: 1\n";
        assert_eq!(
            unclosed_bracket_before(text, 3),
            Some((Position::new(2, 6), '['))
        );
        // Closed over two lines, before a break of another kind.
        let text = "roles: [a,\n  b]\nx: \"open\n";
        assert_eq!(unclosed_bracket_before(text, 3), None);
        // Opened on the line of the break: the parser's own words say it.
        assert_eq!(unclosed_bracket_before("a: [x: y: z\n", 1), None);
    }

    #[test]
    fn encodings_other_than_utf8() {
        let utf16: Vec<u8> = "\u{feff}version: 1\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(encoding(&utf16).map(|m| m.id()), Some("explain-utf16"));
        // "Ромашка" in Windows-1251.
        let cp1251 = b"client: \xd0\xee\xec\xe0\xf8\xea\xe0\n";
        assert_eq!(
            encoding(cp1251).map(|m| m.id()),
            Some("explain-windows-1251")
        );
        assert_eq!(encoding(b"a: \xff\n"), None);
    }

    #[test]
    fn keys_indented_too_little_belong_to_a_section() {
        assert_eq!(section_of("industry").as_deref(), Some("client.industry"));
        assert_eq!(
            section_of("last_reviewed").as_deref(),
            Some("review.last_reviewed")
        );
        assert_eq!(section_of("nonsense"), None);
    }
}
