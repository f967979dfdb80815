//! Output of `dossier review`: a table with a summary line, the JSON of the
//! contract, or CSV with the same columns.

use super::table::{self, Align, Tone};
use crate::dates::Status;
use crate::i18n::text;
use crate::msg;
use crate::style::Style;
use chrono::NaiveDate;
use serde::Serialize;
use std::path::PathBuf;

/// One dossier on the review list; the JSON keys are the contract's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewRow {
    pub id: String,
    pub client: String,
    pub account_manager: String,
    #[serde(serialize_with = "serialize_date")]
    pub last_reviewed: NaiveDate,
    #[serde(serialize_with = "serialize_date")]
    pub due: NaiveDate,
    pub status: Status,
    /// Negative while the review is not yet due.
    pub days_overdue: i64,
    #[serde(serialize_with = "super::serialize_path")]
    pub path: PathBuf,
    /// How many open actions of the dossier's plan are overdue (see `actions`).
    pub actions_overdue: usize,
    /// Whether the last review changed nothing since the one before (see
    /// `crate::history::reviews`); `None` outside git or with no earlier review.
    pub review_without_changes: Option<bool>,
}

/// Dates in JSON are `YYYY-MM-DD` strings, as in the dossier files.
pub fn serialize_date<S: serde::Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

pub fn serialize_optional_date<S: serde::Serializer>(
    date: &Option<NaiveDate>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => s.collect_str(date),
        None => s.serialize_none(),
    }
}

/// How many dossiers stand where, over every dossier considered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub overdue: usize,
    pub due_soon: usize,
    pub current: usize,
    /// Dossiers that cannot be read at all (a syntax break, a wrong type at
    /// the top, not UTF-8).
    pub unreadable: usize,
    /// Dossiers that read, but whose review date cannot be (missing or not
    /// a date): the same two counts the report gives.
    pub undated: usize,
    /// Dossiers whose last review changed nothing.
    pub without_changes: usize,
    /// Of those, the ones whose rows the table leaves out (current, without
    /// `--all`): the summary says how to see them.
    pub without_changes_hidden: usize,
}

impl Tally {
    /// A dossier with no schedule: `readable` says whether the file reads.
    pub fn add_unscheduled(&mut self, readable: bool) {
        if readable {
            self.undated += 1;
        } else {
            self.unreadable += 1;
        }
    }

    /// `, 2 unreadable, 1 without a review date`: what is left out, when any.
    fn left_out(&self) -> String {
        let mut out = String::new();
        if self.unreadable > 0 {
            out.push_str(
                &msg!("review-summary-unreadable", unreadable = self.unreadable).to_string(),
            );
        }
        if self.undated > 0 {
            out.push_str(&msg!("review-summary-undated", count = self.undated).to_string());
        }
        out
    }

    pub fn add(&mut self, status: Status) {
        match status {
            Status::Overdue => self.overdue += 1,
            Status::DueSoon => self.due_soon += 1,
            Status::Ok => self.current += 1,
        }
    }

    /// `3 overdue, 1 due soon, 12 current`, plus `, 1 unreadable` and
    /// `, 1 without a review date` when so, in the run's language.
    pub fn summary(&self) -> String {
        let mut summary = msg!(
            "review-summary",
            overdue = self.overdue,
            due_soon = self.due_soon,
            current = self.current
        )
        .to_string();
        summary.push_str(&self.left_out());
        if self.without_changes > 0 {
            summary.push_str(
                &msg!(
                    "review-summary-without-changes",
                    count = self.without_changes
                )
                .to_string(),
            );
            if self.without_changes_hidden > 0 {
                summary.push_str(
                    &msg!(
                        "review-summary-without-changes-hidden",
                        hidden = self.without_changes_hidden
                    )
                    .to_string(),
                );
            }
        }
        summary
    }
}

/// Most overdue first; ties by id.
pub fn sort(rows: &mut [ReviewRow]) {
    rows.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// One account manager's counts, for the summary lines under the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagerTally {
    /// As the manager's first dossier (in path order) spells the name;
    /// empty for dossiers without one.
    pub manager: String,
    pub tally: Tally,
}

impl ManagerTally {
    /// `Марина Белова: 2 overdue, 1 due soon` (FORMAT.md, "Commands").
    pub fn line(&self) -> String {
        let manager = if self.manager.is_empty() {
            text("review-no-manager")
        } else {
            self.manager.clone()
        };
        let mut line = msg!(
            "review-manager",
            manager = manager,
            overdue = self.tally.overdue,
            due_soon = self.tally.due_soon
        )
        .to_string();
        line.push_str(&self.tally.left_out());
        line
    }
}

/// The table, the summary line, then one line per account manager.
pub fn table(rows: &[ReviewRow], tally: Tally, managers: &[ManagerTally], style: Style) -> String {
    let mut out = String::new();
    if !rows.is_empty() {
        let marked = rows
            .iter()
            .any(|row| row.review_without_changes == Some(true));
        let mut columns = vec![
            (text("review-header-client"), Align::Left),
            (text("review-header-account-manager"), Align::Left),
            (text("review-header-last-reviewed"), Align::Left),
            (text("review-header-due"), Align::Left),
            (text("review-header-days-overdue"), Align::Right),
            (text("review-header-status"), Align::Left),
        ];
        if marked {
            columns.push((text("review-header-note"), Align::Left));
        }
        let columns: Vec<(&str, Align)> = columns
            .iter()
            .map(|(name, align)| (name.as_str(), *align))
            .collect();
        let mut table = table::new(&columns, style);
        for row in rows {
            let (status, tone) = table::status_cell(Some(row.status));
            let client = if row.client.is_empty() {
                &row.id
            } else {
                &row.client
            };
            let mut cells = vec![
                table::cell(client, Tone::Plain),
                table::cell(&row.account_manager, Tone::Plain),
                table::cell(&row.last_reviewed.to_string(), Tone::Plain),
                table::cell(&row.due.to_string(), Tone::Plain),
                table::cell(&row.days_overdue.to_string(), tone),
                table::cell(&status, tone),
            ];
            if marked {
                let note = if row.review_without_changes == Some(true) {
                    text("review-without-changes")
                } else {
                    String::new()
                };
                cells.push(table::cell(&note, Tone::Plain));
            }
            table.add_row(cells);
        }
        out.push_str(&table::finish(&table));
        out.push('\n');
    }
    out.push_str(&tally.summary());
    out.push('\n');
    for manager in managers {
        out.push_str(&manager.line());
        out.push('\n');
    }
    out
}

pub fn csv(rows: &[ReviewRow]) -> String {
    use super::csv::{Cell, header, record};
    let mut out = header(&[
        "id",
        "client",
        "account_manager",
        "last_reviewed",
        "due",
        "status",
        "days_overdue",
        "path",
        "actions_overdue",
        "review_without_changes",
    ]);
    for row in rows {
        out.push_str(&record(&[
            Cell::text(&row.id),
            Cell::text(&row.client),
            Cell::text(&row.account_manager),
            Cell::text(&row.last_reviewed.to_string()),
            Cell::text(&row.due.to_string()),
            Cell::text(row.status.as_str()),
            Cell::number(row.days_overdue),
            Cell::text(&row.path.to_string_lossy()),
            Cell::number(row.actions_overdue),
            Cell::text(
                &row.review_without_changes
                    .map_or_else(String::new, |flag| flag.to_string()),
            ),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_date;

    fn row(id: &str, client: &str, manager: &str, days: i64, status: Status) -> ReviewRow {
        ReviewRow {
            actions_overdue: 0,
            id: id.to_owned(),
            client: client.to_owned(),
            account_manager: manager.to_owned(),
            last_reviewed: parse_date("2026-08-28").unwrap(),
            due: parse_date("2026-11-28").unwrap(),
            status,
            days_overdue: days,
            path: PathBuf::from(format!("dossiers/{id}.yaml")),
            review_without_changes: None,
        }
    }

    #[test]
    fn most_overdue_first_then_by_id() {
        let mut rows = vec![
            row("b", "B", "x", 3, Status::Overdue),
            row("c", "C", "x", -2, Status::DueSoon),
            row("a", "A", "x", 3, Status::Overdue),
            row("d", "D", "x", 40, Status::Overdue),
        ];
        sort(&mut rows);
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["d", "a", "b", "c"]);
    }

    /// Every data line, cut at the columns of the dashed header line, gives
    /// back exactly the values put in: Cyrillic letters are one column wide.
    #[test]
    fn cyrillic_and_latin_columns_line_up() {
        let rows = vec![
            row(
                "romashka",
                "ООО «Ромашка»",
                "Иван Петров",
                12,
                Status::Overdue,
            ),
            row(
                "acme",
                "ACME Logistics GmbH",
                "Daniel Weber",
                -3,
                Status::DueSoon,
            ),
            row(
                "ural",
                "АО «Уралтехснаб»",
                "Марина Белова",
                -100,
                Status::Ok,
            ),
        ];
        let out = table(&rows, Tally::default(), &[], Style::PLAIN);
        let lines: Vec<Vec<char>> = out.lines().map(|l| l.chars().collect()).collect();
        let dashes = &lines[1];
        let mut columns = Vec::new();
        let mut start = 0;
        for (i, &c) in dashes.iter().enumerate() {
            if c == ' ' {
                columns.push(start..i);
                start = i + 1;
            }
        }
        columns.push(start..dashes.len());
        assert_eq!(columns.len(), 6, "{out}");
        for (line, row) in lines[2..5].iter().zip(&rows) {
            let cut = |k: usize| -> String {
                let range = columns[k].clone();
                line[range.start.min(line.len())..range.end.min(line.len())]
                    .iter()
                    .collect::<String>()
                    .trim()
                    .to_owned()
            };
            assert_eq!(cut(0), row.client, "{out}");
            assert_eq!(cut(1), row.account_manager, "{out}");
            assert_eq!(cut(4), row.days_overdue.to_string(), "{out}");
            for boundary in &columns[1..] {
                assert_eq!(line[boundary.start - 1], ' ', "{out}");
            }
        }
    }

    #[test]
    fn summary_counts_every_status() {
        let mut tally = Tally::default();
        for status in [
            Status::Overdue,
            Status::Overdue,
            Status::DueSoon,
            Status::Ok,
        ] {
            tally.add(status);
        }
        assert_eq!(tally.summary(), "2 overdue, 1 due soon, 1 current");
        tally.unreadable = 2;
        assert_eq!(
            tally.summary(),
            "2 overdue, 1 due soon, 1 current, 2 unreadable"
        );
        // A file that reads but has no review date is counted apart, as
        // the report counts it.
        tally.add_unscheduled(true);
        tally.add_unscheduled(false);
        assert_eq!(
            tally.summary(),
            "2 overdue, 1 due soon, 1 current, 3 unreadable, 1 without a review date"
        );
    }
}
