//! Small helpers over the text of a dossier file: lines and tokens at a position.

use crate::diag::Position;

/// The 1-based `line` of `text`, without its line ending (`\n`, and any
/// `\r` before it): the line `str::lines` gives, found by `memchr`, as
/// this runs for every warning about a section.
pub fn line_at(text: &str, line: usize) -> Option<&str> {
    let index = line.checked_sub(1)?;
    let start = match index {
        0 => 0,
        _ => memchr::memchr_iter(b'\n', text.as_bytes()).nth(index - 1)? + 1,
    };
    // What follows a final line break is not a line.
    let rest = text.get(start..).filter(|rest| !rest.is_empty())?;
    let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
    Some(rest[..end].trim_end_matches('\r'))
}

/// The key or scalar that starts at the 1-based character `column` of `line`.
pub fn token_at(line: &str, column: usize) -> String {
    line.chars()
        .skip(column.saturating_sub(1))
        .take(token_width(line, column))
        .collect()
}

/// The key or scalar that starts at `at` in `text`, whole: as [`token_at`]
/// reads it on its line, unless that holds a `,`, `]` or `}`, which end a
/// value inside a `{...}` or `[...]` opened on an earlier line; then the
/// node as the YAML events of `text` place it (its first line).
pub fn token_in(text: &str, at: Position) -> String {
    let token = line_at(text, at.line)
        .map(|line| token_at(line, at.column))
        .unwrap_or_default();
    if token.contains([',', ']', '}']) {
        node_at(text, at).unwrap_or(token)
    } else {
        token
    }
}

/// The scalar or alias starting at `at`, as written (its first line), or
/// `None` when no node starts there or the text is not well-formed YAML.
fn node_at(text: &str, at: Position) -> Option<String> {
    use serde_saphyr::granit_parser::{Event, Parser};
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let starts_here = span.start.line() == at.line && span.start.col() + 1 == at.column;
        if starts_here && matches!(event, Event::Scalar(..) | Event::Alias(_)) {
            let length = span.end.index().saturating_sub(span.start.index());
            let node: String = text.chars().skip(span.start.index()).take(length).collect();
            return Some(
                node.lines()
                    .next()
                    .unwrap_or_default()
                    .trim_end()
                    .to_owned(),
            );
        }
        if span.start.line() > at.line {
            return None;
        }
    }
    None
}

/// How many characters the value or key at `column` spans, for the carets.
pub fn token_width(line: &str, column: usize) -> usize {
    let rest: Vec<char> = line.chars().skip(column.saturating_sub(1)).collect();
    let Some(&first) = rest.first() else {
        return 1;
    };
    let width = if first == '"' || first == '\'' {
        closing_quote(&rest).map_or(rest.len(), |end| end + 1)
    } else {
        // Only inside `[...]` or `{...}` do `,`, `]` and `}` end a plain
        // scalar; in block style `12,5` and `1,200` are one value.
        let flow = in_flow(line, column);
        let mut end = rest.len();
        for (i, &c) in rest.iter().enumerate() {
            let next = rest.get(i + 1).copied();
            let ends_key = c == ':' && next.is_none_or(char::is_whitespace);
            let ends_comment = c == '#' && i > 0 && rest[i - 1].is_whitespace();
            if ends_key || ends_comment || (flow && matches!(c, ',' | ']' | '}')) {
                end = i;
                break;
            }
        }
        rest[..end]
            .iter()
            .rposition(|c| !c.is_whitespace())
            .map_or(1, |last| last + 1)
    };
    width.max(1)
}

/// The index in `quoted` of the quote that closes the one it starts with
/// (`"` or `'`), as YAML reads them: in double quotes `\"` is a quote
/// within the text (as is any character after `\`), in single quotes `''`
/// is. `None` when the line ends first (the text goes on below).
fn closing_quote(quoted: &[char]) -> Option<usize> {
    let quote = *quoted.first()?;
    let mut index = 1;
    while let Some(&c) = quoted.get(index) {
        if quote == '"' && c == '\\' {
            index += 2;
            continue;
        }
        if c == quote {
            if quote == '\'' && quoted.get(index + 1) == Some(&'\'') {
                index += 2;
                continue;
            }
            return Some(index);
        }
        index += 1;
    }
    None
}

/// Whether the 1-based `column` of `line` is inside flow brackets opened on
/// that line (`- {name: A, kind: direct}`), outside quotes.
fn in_flow(line: &str, column: usize) -> bool {
    let mut depth = 0usize;
    let mut quote = None;
    let mut escaped = false;
    for c in line.chars().take(column.saturating_sub(1)) {
        if escaped {
            escaped = false;
            continue;
        }
        match (quote, c) {
            (Some('"'), '\\') => escaped = true,
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            (None, '#') => break,
            _ => {}
        }
    }
    depth > 0
}

/// The key that owns the value starting at (`line`, `column`): the nearest
/// line at or above it whose key is indented less than the value, provided
/// that key is one of the segments of `key_path`. Findings about a whole
/// section or list point there, at `decision_group:`, rather than at its
/// first item.
pub fn owning_key(
    text: &str,
    line: usize,
    column: usize,
    key_path: &str,
) -> Option<(usize, usize)> {
    let names: Vec<&str> = key_path
        .split('.')
        .filter_map(|segment| segment.split('[').next())
        .filter(|name| !name.is_empty())
        .collect();
    let lines: Vec<&str> = text.lines().take(line).collect();
    for (index, candidate) in lines.iter().enumerate().rev() {
        let content = candidate.trim_end_matches('\r');
        let mut rest = content.trim_start_matches(' ');
        while let Some(after) = rest.strip_prefix("- ") {
            rest = after.trim_start_matches(' ');
        }
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        let key_column = content[..content.len() - rest.len()].chars().count() + 1;
        // A parent key is indented less than the value (or, on the value's
        // own line, stands before it).
        if key_column >= column {
            continue;
        }
        let name = rest.split(':').next().unwrap_or_default();
        let is_key = rest[name.len()..].starts_with(':');
        return (is_key && names.contains(&name)).then_some((index + 1, key_column));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value is quoted whole (FORMAT.md, "Checks"): a quote escaped in
    /// the text (`\"` in double quotes, `''` in single ones) does not end it.
    #[test]
    fn a_quoted_value_is_whole_up_to_its_own_closing_quote() {
        let line = r#"  headcount: "12 \" 000" # people"#;
        assert_eq!(token_at(line, 14), r#""12 \" 000""#);
        assert_eq!(token_at(r#""a\\": b"#, 1), r#""a\\""#);
        assert_eq!(token_at("  name: 'O''Brien' x", 9), "'O''Brien'");
        assert_eq!(token_at(r#"x: "open \"#, 4), r#""open \"#);
        // An escaped quote opens no flow context either.
        assert!(in_flow(r#"{a: "\"}", b: c}"#, 12));
        assert!(!in_flow(r#"a: "\"[x", b"#, 12));
    }

    #[test]
    fn line_at_is_the_line_str_lines_gives() {
        let texts = [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\nb\n",
            "a\r\nb\r\n",
            "a\r\r\nb\r",
            "\n\n",
            "a\n\nb",
            "Пётр\nИванов\n",
            "\r",
            "x\r\n\r\n",
        ];
        for text in texts {
            for line in 0..6_usize {
                let expected = line
                    .checked_sub(1)
                    .and_then(|index| text.lines().nth(index))
                    .map(|l| l.trim_end_matches('\r'));
                assert_eq!(line_at(text, line), expected, "{text:?} line {line}");
            }
        }
    }

    #[test]
    fn carets_cover_the_token() {
        assert_eq!(token_width("  indstry: Logistics", 3), 7);
        assert_eq!(token_width("  kind: rival  # note", 9), 5);
        assert_eq!(token_width("  roles: [decision-maker, user]", 11), 14);
        assert_eq!(token_width("  name: \"Acme: the best\"", 9), 16);
        assert_eq!(token_width("  name: Ромашка", 9), 7);
        assert_eq!(token_width("", 1), 1);
        // A comma ends a value only inside brackets.
        assert_eq!(token_width("    next_year: 12,5", 16), 4);
        assert_eq!(token_width("  headcount: 1,200 # staff", 14), 5);
        assert_eq!(token_width("  banks: [Sber, VTB]", 11), 4);
        assert_eq!(token_width("  - {name: A, threat: huge}", 23), 4);
    }

    #[test]
    fn finds_lines_and_tokens() {
        let text = "a: 1\r\nheadcount: many # guess\r\n";
        assert_eq!(line_at(text, 2), Some("headcount: many # guess"));
        assert_eq!(line_at(text, 0), None);
        assert_eq!(line_at(text, 9), None);
        assert_eq!(token_at("headcount: many # guess", 12), "many");
    }

    #[test]
    fn a_value_in_brackets_opened_lines_above_ends_at_the_bracket() {
        let text = "review: {\n  reviewed_by: X,\n  interval_months: lots}\n";
        assert_eq!(token_in(text, Position::new(3, 20)), "lots");
        assert_eq!(token_in(text, Position::new(2, 16)), "X");
        let block = "headcount: 1,200}\n";
        assert_eq!(token_in(block, Position::new(1, 12)), "1,200}");
        let quoted = "a: {b: \"x, y\"}\n";
        assert_eq!(token_in(quoted, Position::new(1, 8)), "\"x, y\"");
    }

    #[test]
    fn finds_the_key_that_owns_a_section() {
        let text = "version: 1\ncompany_view:\n  # who\n  account_manager: Ivan\ndecision_group: []\nlist:\n  - name: A\n";
        assert_eq!(
            owning_key(text, 4, 3, "company_view.executive_sponsor"),
            Some((2, 1))
        );
        assert_eq!(owning_key(text, 5, 17, "decision_group"), Some((5, 1)));
        assert_eq!(owning_key(text, 7, 3, "list"), Some((6, 1)));
        assert_eq!(owning_key(text, 4, 3, "client.name"), None);
        assert_eq!(owning_key(text, 1, 10, "version"), Some((1, 1)));
    }
}
