//! Output of `dossier list`: the portfolio, one row per dossier, with the
//! opportunity totals per currency under the table.

use super::money::{currency_label, exact_amount, money};
use super::review::serialize_optional_date;
use super::table::{self, Align, Tone};
use crate::dates::Status;
use crate::i18n::text;
use crate::msg;
use crate::opportunity::Opportunity;
use crate::opportunity::Totals;
use crate::reporting::{Converted, Reporting};
use crate::style::Style;
use chrono::NaiveDate;
use serde::Serialize;
use std::path::PathBuf;

/// One dossier in the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListRow {
    pub id: String,
    pub client: String,
    pub account_manager: String,
    pub executive_sponsor: String,
    pub opportunity: Opportunity,
    /// `None` when the review date cannot be read, and so for the next three.
    #[serde(serialize_with = "serialize_optional_date")]
    pub last_reviewed: Option<NaiveDate>,
    #[serde(serialize_with = "serialize_optional_date")]
    pub due: Option<NaiveDate>,
    pub status: Option<Status>,
    pub days_overdue: Option<i64>,
    #[serde(serialize_with = "super::serialize_path")]
    pub path: PathBuf,
}

/// Opportunity per currency: next year, then three to five years.
pub fn totals(rows: &[ListRow]) -> Totals {
    rows.iter().map(|row| &row.opportunity).collect()
}

/// The table, then the totals per currency and, with `reporting` set, a
/// line of the totals in the reporting currency (rounded to whole units;
/// currencies without a rate named in its label), and a count that names
/// the dossiers `left_out` (files nothing could be read from, named on stderr).
pub fn table(
    rows: &[ListRow],
    left_out: usize,
    reporting: Option<&Reporting>,
    style: Style,
) -> String {
    let mut out = String::new();
    if !rows.is_empty() {
        let mut table = table::new(
            &[
                (&text("list-id"), Align::Left),
                (&text("list-client"), Align::Left),
                (&text("list-account-manager"), Align::Left),
                (&text("list-executive-sponsor"), Align::Left),
                (&text("list-next-year"), Align::Right),
                (&text("list-three-to-five-years"), Align::Right),
                (&text("list-next-review"), Align::Left),
                (&text("list-status"), Align::Left),
            ],
            style,
        );
        for row in rows {
            let currency = row.opportunity.currency.as_deref();
            let sum = |value: Option<f64>| value.map(|v| money(v, currency)).unwrap_or_default();
            let (status, tone) = table::status_cell(row.status);
            table.add_row(vec![
                table::cell(&row.id, Tone::Plain),
                table::cell(&row.client, Tone::Plain),
                table::cell(&row.account_manager, Tone::Plain),
                table::cell(&row.executive_sponsor, Tone::Plain),
                table::cell(&sum(row.opportunity.next_year), Tone::Plain),
                table::cell(&sum(row.opportunity.three_to_five_years), Tone::Plain),
                table::cell(
                    &row.due.map(|d| d.to_string()).unwrap_or_default(),
                    Tone::Plain,
                ),
                table::cell(&status, tone),
            ]);
        }
        out.push_str(&table::finish(&table));
        out.push('\n');
    }
    let totals = totals(rows);
    if !totals.by_currency.is_empty() {
        let mut table = table::new(
            &[
                (&text("list-total"), Align::Left),
                (&text("list-next-year"), Align::Right),
                (&text("list-three-to-five-years"), Align::Right),
            ],
            style,
        );
        // A column no dossier gives an amount in stays blank: its total is
        // unknown, not zero.
        let sum = |sum: Option<rust_decimal::Decimal>, currency: &str| {
            sum.map(|sum| exact_amount(sum, Some(currency)))
                .unwrap_or_default()
        };
        for (currency, (next_year, long_term)) in &totals.by_currency {
            table.add_row(vec![
                table::cell(&currency_label(currency), Tone::Plain),
                table::cell(&sum(*next_year, currency), Tone::Plain),
                table::cell(&sum(*long_term, currency), Tone::Plain),
            ]);
        }
        if let Some(reporting) = reporting {
            let (next_year, long_term) = totals.in_reporting(reporting);
            let currency = reporting.currency.as_str();
            table.add_row(vec![
                table::cell(
                    &reporting_label(reporting, &next_year, &long_term),
                    Tone::Plain,
                ),
                table::cell(&sum(next_year.rounded(), currency), Tone::Plain),
                table::cell(&sum(long_term.rounded(), currency), Tone::Plain),
            ]);
        }
        out.push_str(&table::finish(&table));
        out.push('\n');
    }
    out.push_str(&msg!("count-dossiers", count = rows.len()).to_string());
    if left_out > 0 {
        out.push_str(&msg!("list-left-out", count = left_out).to_string());
    }
    out.push('\n');
    out
}

/// `All in RUB`, or `All in RUB without CNY` when CNY has no rate.
pub fn reporting_label(
    reporting: &Reporting,
    next_year: &Converted,
    long_term: &Converted,
) -> String {
    let mut missing: Vec<&str> = next_year
        .without_rate
        .keys()
        .chain(long_term.without_rate.keys())
        .map(String::as_str)
        .collect();
    missing.sort_unstable();
    missing.dedup();
    let currency = reporting.currency.as_str();
    if missing.is_empty() {
        msg!("list-all-in", currency = currency).to_string()
    } else {
        msg!(
            "list-all-in-without",
            currency = currency,
            missing = missing.join(", ")
        )
        .to_string()
    }
}

pub fn csv(rows: &[ListRow]) -> String {
    use super::csv::{Cell, header, record};
    let mut out = header(&[
        "id",
        "client",
        "account_manager",
        "executive_sponsor",
        "currency",
        "next_year",
        "three_to_five_years",
        "last_reviewed",
        "due",
        "status",
        "days_overdue",
        "path",
    ]);
    let date =
        |value: Option<NaiveDate>| Cell::text(&value.map(|d| d.to_string()).unwrap_or_default());
    for row in rows {
        let o = &row.opportunity;
        out.push_str(&record(&[
            Cell::text(&row.id),
            Cell::text(&row.client),
            Cell::text(&row.account_manager),
            Cell::text(&row.executive_sponsor),
            Cell::text(o.currency.as_deref().unwrap_or_default()),
            Cell::maybe_number(o.next_year),
            Cell::maybe_number(o.three_to_five_years),
            date(row.last_reviewed),
            date(row.due),
            Cell::text(row.status.map(|s| s.as_str()).unwrap_or_default()),
            Cell::maybe_number(row.days_overdue),
            Cell::text(&row.path.to_string_lossy()),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, currency: Option<&str>, next: Option<f64>, long: Option<f64>) -> ListRow {
        ListRow {
            id: id.to_owned(),
            client: id.to_uppercase(),
            account_manager: "Иван Петров".to_owned(),
            executive_sponsor: String::new(),
            opportunity: Opportunity {
                currency: currency.map(str::to_owned),
                next_year: next,
                three_to_five_years: long,
            },
            last_reviewed: None,
            due: None,
            status: None,
            days_overdue: None,
            path: PathBuf::from(format!("{id}.yaml")),
        }
    }

    #[test]
    fn totals_per_currency() {
        let rows = [
            row("a", Some("RUB"), Some(18e6), Some(55e6)),
            row("b", Some("RUB"), Some(48e6), None),
            row("c", Some("EUR"), Some(950_000.0), Some(4.2e6)),
            row("d", Some("USD"), None, None),
        ];
        let totals = totals(&rows).by_currency;
        let d = rust_decimal::Decimal::from;
        assert_eq!(totals.len(), 2);
        assert_eq!(totals["RUB"], (Some(d(66_000_000)), Some(d(55_000_000))));
        assert_eq!(totals["EUR"], (Some(d(950_000)), Some(d(4_200_000))));
        let out = table(&rows, 0, None, Style::PLAIN);
        assert!(out.contains("66,000,000"), "{out}");
        assert!(out.contains("18,000,000 RUB"), "{out}");
        assert!(out.ends_with("4 dossiers\n"), "{out}");
    }
}
