//! Writing user text into YAML as a scalar that reads back as exactly that text.

/// A double-quoted YAML scalar: always correct, whatever `text` holds.
/// Escapes `"`, `\` and every control or line-breaking character, so the
/// result is one line and safe in block and flow context alike.
pub fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A single-quoted scalar, when `text` is one line of printable characters.
pub fn single_quoted(text: &str) -> Option<String> {
    if text
        .chars()
        .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}'))
        || text.starts_with(' ')
        || text.ends_with(' ')
    {
        return None;
    }
    Some(format!("'{}'", text.replace('\'', "''")))
}

/// `text` unquoted when YAML reads it back as the same string in block and
/// flow context alike (conservatively: names and the like), else `None`.
pub fn plain(text: &str) -> Option<&str> {
    let first = text.chars().next()?;
    let safe_char = |c: char| {
        c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '(' | ')' | '/' | '+' | '@')
    };
    let looks_typed = matches!(
        text,
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" | "null" | "Null" | "NULL"
    );
    if looks_typed || !first.is_alphabetic() || !text.chars().all(safe_char) || text.ends_with(' ')
    {
        return None;
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(scalar: &str) -> String {
        #[derive(serde::Deserialize)]
        struct One {
            v: String,
        }
        let mut options = serde_saphyr::Options::default();
        options.strict_booleans = true;
        let block: One =
            serde_saphyr::from_str_with_options(&format!("v: {scalar}\n"), options.clone())
                .unwrap_or_else(|e| panic!("{scalar}: {e}"));
        let flow: One =
            serde_saphyr::from_str_with_options(&format!("{{v: {scalar}, w: 1}}"), options)
                .unwrap_or_else(|e| panic!("{scalar}: {e}"));
        assert_eq!(block.v, flow.v);
        block.v
    }

    const NASTY: &[&str] = &[
        "ООО «Ромашка»",
        "Müller & Söhne GmbH",
        "He said \"hi\"",
        "back\\slash",
        "two\nlines",
        "tab\there",
        "bell\u{7}",
        "escape\u{1b}[31m",
        "nel\u{85}ls\u{2028}ps\u{2029}",
        "bom\u{feff}",
        "# not a comment",
        "key: value",
        "a, b, [c] {d}",
        "&anchor *alias !tag",
        "'quoted'",
        "  padded  ",
        "",
        "true",
        "null",
        "~",
        "2026-11-28",
        "0x1F",
        "- dash",
        "? question",
        "|",
        ">",
        "%percent",
        "@at",
        "`tick`",
        "trailing:",
    ];

    #[test]
    fn double_quoted_reads_back_as_the_same_text() {
        for text in NASTY {
            let scalar = double_quoted(text);
            assert!(!scalar.contains('\n'), "{scalar}");
            assert_eq!(read_back(&scalar), *text, "{scalar}");
        }
    }

    #[test]
    fn single_quoted_reads_back_or_declines() {
        for text in NASTY {
            if let Some(scalar) = single_quoted(text) {
                assert_eq!(read_back(&scalar), *text, "{scalar}");
            }
        }
        assert_eq!(single_quoted("O'Hara").as_deref(), Some("'O''Hara'"));
    }

    #[test]
    fn plain_only_when_it_reads_back() {
        for text in NASTY {
            if let Some(scalar) = plain(text) {
                assert_eq!(read_back(scalar), *text, "{scalar}");
            }
        }
        assert_eq!(plain("Ivan Petrov"), Some("Ivan Petrov"));
        assert_eq!(plain("Иван Петров"), Some("Иван Петров"));
        assert_eq!(plain("true"), None);
        assert_eq!(plain("2026-11-28"), None);
        assert_eq!(plain("a: b"), None);
    }
}
