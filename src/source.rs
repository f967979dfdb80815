//! Small helpers over the text of a dossier file: lines and tokens at a position.

/// The 1-based `line` of `text`, without its line ending.
pub fn line_at(text: &str, line: usize) -> Option<&str> {
    text.lines()
        .nth(line.checked_sub(1)?)
        .map(|l| l.trim_end_matches('\r'))
}

/// The key or scalar that starts at the 1-based character `column` of `line`.
pub fn token_at(line: &str, column: usize) -> String {
    line.chars()
        .skip(column.saturating_sub(1))
        .take(token_width(line, column))
        .collect()
}

/// How many characters the value or key at `column` spans, for the carets.
pub fn token_width(line: &str, column: usize) -> usize {
    let rest: Vec<char> = line.chars().skip(column.saturating_sub(1)).collect();
    let Some(&first) = rest.first() else {
        return 1;
    };
    let width = if first == '"' || first == '\'' {
        rest.iter()
            .skip(1)
            .position(|&c| c == first)
            .map_or(rest.len(), |end| end + 2)
    } else {
        let mut end = rest.len();
        for (i, &c) in rest.iter().enumerate() {
            let next = rest.get(i + 1).copied();
            let ends_key = c == ':' && next.is_none_or(char::is_whitespace);
            let ends_comment = c == '#' && i > 0 && rest[i - 1].is_whitespace();
            if ends_key || ends_comment || matches!(c, ',' | ']' | '}') {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carets_cover_the_token() {
        assert_eq!(token_width("  indstry: Logistics", 3), 7);
        assert_eq!(token_width("  kind: rival  # note", 9), 5);
        assert_eq!(token_width("  roles: [decision-maker, user]", 11), 14);
        assert_eq!(token_width("  name: \"Acme: the best\"", 9), 16);
        assert_eq!(token_width("  name: Ромашка", 9), 7);
        assert_eq!(token_width("", 1), 1);
    }

    #[test]
    fn finds_lines_and_tokens() {
        let text = "a: 1\r\nheadcount: many # guess\r\n";
        assert_eq!(line_at(text, 2), Some("headcount: many # guess"));
        assert_eq!(line_at(text, 0), None);
        assert_eq!(line_at(text, 9), None);
        assert_eq!(token_at("headcount: many # guess", 12), "many");
    }
}
