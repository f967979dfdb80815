//! Tables for people: plain columns under a dashed header line, which read
//! well on a terminal and in a cron mail alike.

use crate::dates::Status;
use crate::style::{Style, one_line, sanitize};
use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ContentArrangement, LineStyle, Table, TableStyle,
};

/// Columns two spaces apart, the header underlined with dashes:
///
/// ```text
/// Client         Account manager  Due
/// -------------- ---------------- ----------
/// ООО «Ромашка»  Иван Петров      2027-01-20
/// ```
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

/// How a column lines up its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// What a cell means, for colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Bad,
    Warn,
}

/// Builds a table with the given header. Width comes from the content alone:
/// no terminal look-up, no wrapping, colour only when `style` says so.
pub fn new(headers: &[(&str, Align)], style: Style) -> Table {
    let mut table = Table::new();
    table
        .load_style(PLAIN)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Disabled);
    if style.enabled() {
        table.enforce_styling();
        table.style_text_only();
    }
    table.set_header(headers.iter().map(|(title, _)| {
        let cell = Cell::new(title);
        if style.enabled() {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    let last = headers.len().saturating_sub(1);
    for (index, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, u16::from(index != last)));
        if headers.get(index).is_some_and(|(_, a)| *a == Align::Right) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// A cell of user text, made safe to print and kept on one line: a tab or
/// line break inside a value would break the columns. No-break spaces stay
/// (a Russian amount groups its thousands with U+00A0, one column wide).
pub fn cell(text: &str, tone: Tone) -> Cell {
    let cell = Cell::new(sanitize(&one_line(text)));
    match tone {
        Tone::Plain => cell,
        Tone::Bad => cell.fg(Color::Red).add_attribute(Attribute::Bold),
        Tone::Warn => cell.fg(Color::Yellow).add_attribute(Attribute::Bold),
    }
}

/// The table's lines without trailing spaces, ending in a line feed.
pub fn finish(table: &Table) -> String {
    let mut out = table.trim_fmt();
    out.push('\n');
    out
}

/// How a review status reads in a table, and its colour; `None` is a
/// dossier whose review date cannot be read.
/// The words are the run's language (`просрочено`, `скоро срок`, `в срок`).
pub fn status_cell(status: Option<Status>) -> (String, Tone) {
    let (id, tone) = match status {
        Some(Status::Overdue) => ("status-overdue", Tone::Bad),
        Some(Status::DueSoon) => ("status-due-soon", Tone::Warn),
        Some(Status::Ok) => ("status-ok", Tone::Plain),
        None => ("status-unknown", Tone::Bad),
    };
    (crate::i18n::text(id), tone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_on_one_line() {
        let mut table = new(&[("A", Align::Left), ("B", Align::Right)], Style::PLAIN);
        table.add_row(vec![
            cell("two\nlines\tand a tab", Tone::Plain),
            cell("1", Tone::Bad),
        ]);
        assert_eq!(
            finish(&table),
            "A                    B\n-------------------- -\ntwo lines and a tab  1\n"
        );
    }
}
