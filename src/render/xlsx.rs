//! `dossier export --format xlsx`: the portfolio as one workbook
//! (FORMAT.md, "Exports and safety"), written with `rust_xlsxwriter`.
//!
//! One sheet per kind of entry, one row per entry with the dossier's id
//! first; dates are real dates (`yyyy-mm-dd`), amounts real numbers with
//! their ISO 4217 currency in the next column, the header row frozen and
//! filtered. Text is always written as text, so a value such as `=1+1`
//! never becomes a formula. Sheet names are fixed (scripts find them by
//! name); column headers are words a person reads, in the run's language.

use crate::dates::Schedule;
use crate::model::{Dossier, Plan, Text};
use chrono::NaiveDate;
use rust_xlsxwriter::{ColNum, Format, RowNum, Workbook, Worksheet, XlsxError};
use serde::Serialize;
use std::path::Path;

/// One cell of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// An amount with its number format ([`money_format`]).
    Money(f64, String),
    Date(NaiveDate),
}

impl Cell {
    fn text(value: Option<&Text>) -> Cell {
        match value.map(|t| t.value.trim()) {
            Some(text) if !text.is_empty() => Cell::Text(text.to_owned()),
            _ => Cell::Empty,
        }
    }

    fn number(value: Option<f64>) -> Cell {
        value
            .filter(|n| n.is_finite())
            .map_or(Cell::Empty, Cell::Number)
    }

    /// An amount in `currency`, a number shown as [`money_format`] says.
    fn money(value: Option<f64>, currency: Option<&Text>) -> Cell {
        let currency = currency.map(|c| c.value.as_str());
        value
            .filter(|n| n.is_finite())
            .map_or(Cell::Empty, |amount| {
                Cell::Money(amount, money_format(amount, currency))
            })
    }

    /// A date as a date when it is one; as the text written otherwise.
    fn date(value: Option<&Text>) -> Cell {
        match value.map(|t| t.value.trim()) {
            Some(text) => crate::dates::parse_date(text)
                .map_or_else(|| Cell::Text(text.to_owned()), Cell::Date),
            None => Cell::Empty,
        }
    }

    /// A list of names as one cell, comma-separated; empty when there are none.
    fn list(values: &[Text]) -> Cell {
        let names: Vec<&str> = values
            .iter()
            .map(|v| v.value.trim())
            .filter(|v| !v.is_empty())
            .collect();
        if names.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(names.join(", "))
        }
    }

    /// An enumerated value (`decision_maker`, `high`) as the file spells it.
    fn word<T: Serialize>(value: Option<&T>) -> Cell {
        match value.map(serde_json::to_value) {
            Some(Ok(serde_json::Value::String(word))) => Cell::Text(word),
            _ => Cell::Empty,
        }
    }
}

/// The number format of an amount in `currency`: digits grouped, and as
/// many decimals as the currency's ISO 4217 minor unit (`#,##0` for JPY,
/// `#,##0.00` for EUR, `#,##0.000` for KWD), or more when the amount is
/// written with more (`1.5 JPY` is `#,##0.0`), so a spreadsheet never
/// shows a rounded amount, nor a long one in scientific notation as its
/// General format does from twelve digits on.
pub fn money_format(amount: f64, currency: Option<&str>) -> String {
    let written = crate::reporting::exact(amount).map_or(0, |exact| exact.normalize().scale());
    let places = crate::currency::places(written, currency);
    if places == 0 {
        "#,##0".to_owned()
    } else {
        format!("#,##0.{}", "0".repeat(places as usize))
    }
}

/// The sheets, in workbook order, with the catalogue ids of their column
/// headers (`export-<column>` in `i18n/*.ftl`).
const SHEETS: &[(&str, &[&str])] = &[
    (
        "Dossiers",
        &[
            "export-id",
            "export-client",
            "export-status",
            "export-industry",
            "export-headcount",
            "export-account-manager",
            "export-executive-sponsor",
            "export-next-year",
            "export-three-to-five-years",
            "export-currency",
            "export-last-reviewed",
            "export-next-review",
            "export-review-status",
            "export-path",
        ],
    ),
    (
        "Team",
        &[
            "export-id",
            "export-name",
            "export-role",
            "export-department",
        ],
    ),
    (
        "Decision group",
        &[
            "export-id",
            "export-name",
            "export-title",
            "export-roles",
            "export-influence",
            "export-reports-to",
            "export-covered-by",
            "export-email",
            "export-phone",
            "export-notes",
        ],
    ),
    (
        "Competitors",
        &[
            "export-id",
            "export-name",
            "export-kind",
            "export-offering",
            "export-strengths",
            "export-weaknesses",
            "export-our-advantage",
            "export-threat",
        ],
    ),
    (
        "History",
        &[
            "export-id",
            "export-date",
            "export-kind",
            "export-summary",
            "export-outcome",
            "export-amount",
            "export-currency",
        ],
    ),
    (
        "Needs",
        &[
            "export-id",
            "export-name",
            "export-source",
            "export-confirmed",
            "export-status",
            "export-notes",
        ],
    ),
    (
        "Objectives",
        &[
            "export-id",
            "export-name",
            "export-needs",
            "export-owner",
            "export-due",
            "export-status",
        ],
    ),
    (
        "Actions",
        &[
            "export-id",
            "export-objective",
            "export-name",
            "export-owner",
            "export-department",
            "export-due",
            "export-status",
            "export-done-on",
        ],
    ),
    (
        "Resources",
        &[
            "export-id",
            "export-name",
            "export-from",
            "export-status",
            "export-amount",
            "export-currency",
        ],
    ),
    (
        "Solutions",
        &[
            "export-id",
            "export-name",
            "export-status",
            "export-replicated-to",
            "export-notes",
        ],
    ),
];

const DOSSIERS: usize = 0;
const TEAM: usize = 1;
const DECISION_GROUP: usize = 2;
const COMPETITORS: usize = 3;
const HISTORY: usize = 4;
const NEEDS: usize = 5;
const OBJECTIVES: usize = 6;
const ACTIONS: usize = 7;
const RESOURCES: usize = 8;
const SOLUTIONS: usize = 9;

/// A workbook being filled, one dossier at a time.
pub struct Export {
    workbook: Workbook,
    /// The next free row of each sheet of [`SHEETS`].
    next_row: Vec<RowNum>,
    date: Format,
}

impl Export {
    /// An empty workbook with every sheet and its header row.
    pub fn new() -> Result<Export, XlsxError> {
        let mut workbook = Workbook::new();
        let header = Format::new().set_bold();
        for (name, headers) in SHEETS {
            let sheet = workbook.add_worksheet();
            sheet.set_name(*name)?;
            for (col, id) in headers.iter().enumerate() {
                let col = ColNum::try_from(col).unwrap_or(ColNum::MAX);
                let title = crate::i18n::text(id);
                sheet.write_string_with_format(0, col, &title, &header)?;
                sheet.set_column_width(col, column_width(id, &title))?;
            }
            sheet.set_freeze_panes(1, 0)?;
        }
        Ok(Export {
            workbook,
            next_row: vec![1; SHEETS.len()],
            date: Format::new().set_num_format("yyyy-mm-dd"),
        })
    }

    /// Adds one dossier's rows to every sheet.
    pub fn add(
        &mut self,
        id: &str,
        path: &Path,
        dossier: &Dossier,
        schedule: Option<Schedule>,
    ) -> Result<(), XlsxError> {
        let id = Cell::Text(id.to_owned());
        let client = &dossier.client.value;
        let view = &dossier.company_view.value;
        let opportunity = view.opportunity.as_ref().map(|o| &o.value);
        let status = if dossier.is_archived() {
            "archived"
        } else {
            "active"
        };
        self.row(
            DOSSIERS,
            vec![
                id.clone(),
                Cell::text(client.name.as_ref()),
                Cell::Text(status.to_owned()),
                Cell::text(client.industry.as_ref()),
                #[allow(clippy::cast_precision_loss)] // a headcount is far below 2^53
                Cell::number(client.headcount.as_ref().map(|h| h.value as f64)),
                Cell::text(view.account_manager.as_ref()),
                Cell::text(view.executive_sponsor.as_ref()),
                Cell::money(
                    opportunity.and_then(|o| o.next_year.as_ref().map(|n| n.value)),
                    opportunity.and_then(|o| o.currency.as_ref()),
                ),
                Cell::money(
                    opportunity.and_then(|o| o.three_to_five_years.as_ref().map(|n| n.value)),
                    opportunity.and_then(|o| o.currency.as_ref()),
                ),
                Cell::text(opportunity.and_then(|o| o.currency.as_ref())),
                Cell::date(dossier.review.value.last_reviewed.as_ref()),
                schedule.map_or(Cell::Empty, |s| Cell::Date(s.due)),
                schedule.map_or(Cell::Empty, |s| Cell::Text(s.status.as_str().to_owned())),
                Cell::Text(path.to_string_lossy().into_owned()),
            ],
        )?;
        for member in &view.team {
            self.row(
                TEAM,
                vec![
                    id.clone(),
                    Cell::text(member.name.as_ref()),
                    Cell::text(member.role.as_ref()),
                    Cell::text(member.department.as_ref()),
                ],
            )?;
        }
        for member in &dossier.decision_group.value {
            let roles: Vec<String> = member
                .roles
                .iter()
                .flat_map(|roles| roles.value.iter())
                .filter_map(|role| match Cell::word(Some(&role.value)) {
                    Cell::Text(word) => Some(word),
                    _ => None,
                })
                .collect();
            self.row(
                DECISION_GROUP,
                vec![
                    id.clone(),
                    Cell::text(member.name.as_ref()),
                    Cell::text(member.title.as_ref()),
                    if roles.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(roles.join(", "))
                    },
                    Cell::word(member.influence.as_ref().map(|l| &l.value)),
                    Cell::text(member.reports_to.as_ref()),
                    Cell::text(member.covered_by.as_ref()),
                    Cell::text(member.email.as_ref()),
                    Cell::text(member.phone.as_ref()),
                    Cell::text(member.notes.as_ref()),
                ],
            )?;
        }
        for competitor in &dossier.competitors.value {
            self.row(
                COMPETITORS,
                vec![
                    id.clone(),
                    Cell::text(competitor.name.as_ref()),
                    Cell::word(competitor.kind.as_ref().map(|k| &k.value)),
                    Cell::text(competitor.offering.as_ref()),
                    Cell::text(competitor.strengths.as_ref()),
                    Cell::text(competitor.weaknesses.as_ref()),
                    Cell::text(competitor.our_advantage.as_ref()),
                    Cell::word(competitor.threat.as_ref().map(|l| &l.value)),
                ],
            )?;
        }
        for event in view.history.iter().flat_map(|h| h.value.iter()) {
            let event = &event.value;
            self.row(
                HISTORY,
                vec![
                    id.clone(),
                    Cell::date(event.date.as_ref()),
                    Cell::word(event.kind.as_ref().map(|k| &k.value)),
                    Cell::text(event.summary.as_ref()),
                    Cell::word(event.outcome.as_ref().map(|o| &o.value)),
                    Cell::money(
                        event.amount.as_ref().map(|a| a.value),
                        event.currency.as_ref(),
                    ),
                    Cell::text(event.currency.as_ref()),
                ],
            )?;
        }
        if let Some(plan) = dossier.plan.as_ref().map(|p| &p.value) {
            self.add_plan(&id, plan)?;
        }
        Ok(())
    }

    /// The account plan's rows: needs, objectives, their actions, resources
    /// and solutions. A status left out is written as its default (`open`,
    /// `requested`, `candidate`), as `show` and `actions` read it.
    fn add_plan(&mut self, id: &Cell, plan: &Plan) -> Result<(), XlsxError> {
        for need in plan.needs.iter().map(|n| &n.value) {
            self.row(
                NEEDS,
                vec![
                    id.clone(),
                    Cell::text(need.name.as_ref()),
                    Cell::text(need.source.as_ref()),
                    Cell::Text(need.confirmed.unwrap_or(false).to_string()),
                    Cell::word(Some(&need.status())),
                    Cell::text(need.notes.as_ref()),
                ],
            )?;
        }
        for objective in plan.objectives.iter().map(|o| &o.value) {
            let needs = Cell::list(&objective.needs);
            self.row(
                OBJECTIVES,
                vec![
                    id.clone(),
                    Cell::text(objective.name.as_ref()),
                    needs,
                    Cell::text(objective.owner.as_ref()),
                    Cell::date(objective.due.as_ref()),
                    Cell::word(Some(&objective.status())),
                ],
            )?;
            for action in objective.actions.iter().map(|a| &a.value) {
                self.row(
                    ACTIONS,
                    vec![
                        id.clone(),
                        Cell::text(objective.name.as_ref()),
                        Cell::text(action.name.as_ref()),
                        Cell::text(action.owner.as_ref()),
                        Cell::text(action.department.as_ref()),
                        Cell::date(action.due.as_ref()),
                        Cell::word(Some(&action.status())),
                        Cell::date(action.done_on.as_ref()),
                    ],
                )?;
            }
        }
        for resource in plan.resources.iter().map(|r| &r.value) {
            self.row(
                RESOURCES,
                vec![
                    id.clone(),
                    Cell::text(resource.name.as_ref()),
                    Cell::text(resource.from.as_ref()),
                    Cell::word(Some(&resource.status())),
                    Cell::money(
                        resource.amount.as_ref().map(|a| a.value),
                        resource.currency.as_ref(),
                    ),
                    Cell::text(resource.currency.as_ref()),
                ],
            )?;
        }
        for solution in plan.solutions.iter().map(|s| &s.value) {
            self.row(
                SOLUTIONS,
                vec![
                    id.clone(),
                    Cell::text(solution.name.as_ref()),
                    Cell::word(Some(&solution.status())),
                    Cell::list(&solution.replicated_to),
                    Cell::text(solution.notes.as_ref()),
                ],
            )?;
        }
        Ok(())
    }

    fn row(&mut self, sheet: usize, cells: Vec<Cell>) -> Result<(), XlsxError> {
        let row = self.next_row[sheet];
        let date = self.date.clone();
        let worksheet = self.workbook.worksheet_from_index(sheet)?;
        for (col, cell) in cells.into_iter().enumerate() {
            let col = ColNum::try_from(col).unwrap_or(ColNum::MAX);
            write_cell(worksheet, row, col, cell, &date)?;
        }
        self.next_row[sheet] = row + 1;
        Ok(())
    }

    /// The workbook's bytes, with a filter over each sheet's rows.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        for (index, (_, headers)) in SHEETS.iter().enumerate() {
            let last_row = self.next_row[index] - 1;
            let last_col = ColNum::try_from(headers.len() - 1).unwrap_or(ColNum::MAX);
            self.workbook
                .worksheet_from_index(index)?
                .autofilter(0, 0, last_row, last_col)?;
        }
        self.workbook.save_to_buffer()
    }
}

fn write_cell(
    sheet: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    cell: Cell,
    date: &Format,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        Cell::Text(text) => {
            sheet.write_string(row, col, text)?;
        }
        Cell::Number(number) => {
            sheet.write_number(row, col, number)?;
        }
        Cell::Money(amount, format) => {
            let format = Format::new().set_num_format(format);
            sheet.write_number_with_format(row, col, amount, &format)?;
        }
        Cell::Date(day) => {
            sheet.write_datetime_with_format(row, col, day, date)?;
        }
    }
    Ok(())
}

/// Wide enough for the header, and for a date or a client's name.
fn column_width(id: &str, header: &str) -> f64 {
    let wide = [
        "export-client",
        "export-name",
        "export-summary",
        "export-path",
        "export-notes",
        "export-offering",
    ];
    // An amount with its digits grouped: `120,000,000,000.00`.
    let amounts = [
        "export-next-year",
        "export-three-to-five-years",
        "export-amount",
    ];
    let chars = u16::try_from(header.chars().count()).unwrap_or(u16::MAX);
    let base = f64::from(chars) + 4.0;
    if wide.contains(&id) {
        base.max(28.0)
    } else if amounts.contains(&id) {
        base.max(20.0)
    } else {
        base.max(12.0)
    }
}

#[cfg(test)]
mod tests {
    use super::money_format;

    #[test]
    fn amounts_take_their_currency_s_decimals_or_more_as_written() {
        assert_eq!(money_format(150_000_000.0, Some("JPY")), "#,##0");
        assert_eq!(money_format(1.5, Some("JPY")), "#,##0.0");
        assert_eq!(money_format(950_000.0, Some("EUR")), "#,##0.00");
        assert_eq!(money_format(0.125, Some("EUR")), "#,##0.000");
        assert_eq!(money_format(12.5, Some("KWD")), "#,##0.000");
        assert_eq!(money_format(12.5, Some("руб")), "#,##0.0");
        assert_eq!(money_format(12.0, None), "#,##0");
    }
}
