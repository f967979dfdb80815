//! Section 2, our company's view of the client: the owner, history and money.

use super::{Checker, Entry, Item, at, non_empty};
use crate::model::{Dossier, Text};
use std::collections::HashMap;

impl Checker<'_> {
    pub(super) fn company_view(&mut self, dossier: &Dossier) {
        let view = &dossier.company_view.value;
        self.required_text(
            &view.account_manager,
            at(&dossier.company_view),
            "company_view.account_manager",
        );
        if let Some(history) = &view.history {
            for (i, event) in history.value.iter().enumerate() {
                let prefix = Item {
                    list: "company_view.history",
                    index: i,
                };
                if let Some(date) = &event.value.date {
                    self.date(date, || format!("{prefix}.date"));
                }
                self.not_negative(event.value.amount.as_ref(), || format!("{prefix}.amount"));
                self.money(
                    &[event.value.amount.as_ref()],
                    &event.value.currency,
                    at(event),
                    prefix,
                );
            }
        }
        if let Some(budget) = view
            .relationship
            .as_ref()
            .and_then(|r| r.purchase_budget.as_ref())
        {
            let prefix = "company_view.relationship.purchase_budget";
            self.not_negative(budget.value.amount.as_ref(), || format!("{prefix}.amount"));
            self.money(
                &[budget.value.amount.as_ref()],
                &budget.value.currency,
                at(budget),
                prefix,
            );
        }
        if let Some(opportunity) = &view.opportunity {
            let prefix = "company_view.opportunity";
            let o = &opportunity.value;
            self.not_negative(o.next_year.as_ref(), || format!("{prefix}.next_year"));
            self.not_negative(o.three_to_five_years.as_ref(), || {
                format!("{prefix}.three_to_five_years")
            });
            self.money(
                &[o.next_year.as_ref(), o.three_to_five_years.as_ref()],
                &o.currency,
                at(opportunity),
                prefix,
            );
        }
        self.unique_names(
            "company_view.team",
            view.team.iter().map(|member| member.name.as_ref()),
        );
        if let Some(history) = &view.history {
            // An event is told apart by its date and summary together, so
            // only events that share their date with another can be the
            // same event: only their summaries are keyed (a summary is the
            // longest text the rules key).
            let dated: Vec<(usize, &Text, &Text)> = history
                .value
                .iter()
                .enumerate()
                .filter_map(|(index, event)| {
                    let date = non_empty(&event.value.date)?;
                    let summary = non_empty(&event.value.summary)?;
                    Some((index, date, summary))
                })
                .collect();
            let mut per_date: HashMap<&str, usize> = HashMap::new();
            for (_, date, _) in &dated {
                *per_date.entry(date.value.trim()).or_default() += 1;
            }
            let events = dated
                .iter()
                .filter(|(_, date, _)| per_date.get(date.value.trim()) > Some(&1))
                .map(|&(index, date, summary)| Entry {
                    index,
                    key: (date.value.trim(), crate::names::key(&summary.value)),
                    position: at(summary),
                    shown: DateAndSummary(date.value.trim(), &summary.value),
                });
            self.unique("company_view.history", "summary", events);
        }
    }
}

/// A history event as a duplicate's message shows it: `2026-01-18 Licence
/// expansion`.
struct DateAndSummary<'a>(&'a str, &'a str);

impl std::fmt::Display for DateAndSummary<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
}
