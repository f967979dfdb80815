//! CSV as RFC 4180 spells it: a header row, fields quoted only when they must be.

/// One field: quoted when it holds a comma, a quote or a line break, with
/// quotes doubled inside.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One record, ended by a line feed.
pub fn record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("ACME"), "ACME");
        assert_eq!(field("ООО «Ромашка»"), "ООО «Ромашка»");
        assert_eq!(field("Smith, Jones"), "\"Smith, Jones\"");
        assert_eq!(field("the \"best\""), "\"the \"\"best\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn joins_a_record() {
        assert_eq!(record(&["a", "b,c", ""]), "a,\"b,c\",\n");
    }
}
