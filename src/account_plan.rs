//! What the portfolio report takes from each dossier's account plan
//! (FORMAT.md, "The account plan"): per dossier its open objectives and
//! overdue actions; for the portfolio the overdue actions per owner, the
//! resources requested and granted per currency, and the replication table
//! (each solution, the client it was made for, the clients it has been
//! replicated to).
//!
//! A [`PlanView`] keeps a few fields of the plan, not the dossier, so the
//! report holds the portfolio's plans without holding its files.

use crate::model::{Dossier, Resource, ResourceStatus, SolutionStatus, Text, WorkStatus};
use crate::opportunity::Totals;
use crate::render::actions::ActionRow;
use crate::summary::Managed;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::Path;

/// One dossier's plan as the report shows it.
#[derive(Debug, Clone, Default)]
pub struct PlanView {
    /// The `open` objectives, in file order.
    pub open_objectives: Vec<OpenObjective>,
    /// The open actions of open objectives whose `due` is before the day
    /// of the report, most overdue first.
    pub overdue_actions: Vec<ActionRow>,
    /// Every resource asked of our company, in file order.
    pub resources: Vec<ResourceLine>,
    /// Every solution first made for this client, in file order.
    pub solutions: Vec<SolutionLine>,
}

/// An `open` objective.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenObjective {
    pub name: String,
    pub owner: String,
    /// `None` when not given (or not a date: `check` reports that).
    pub due: Option<NaiveDate>,
    /// How many of its actions are `open`.
    pub open_actions: usize,
}

/// A resource asked of our company.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceLine {
    pub name: String,
    pub status: ResourceStatus,
    /// A finite amount (the model refuses others), in `currency`.
    pub amount: Option<f64>,
    /// The ISO 4217 code as written; `None` only in an invalid dossier.
    pub currency: Option<String>,
}

/// A solution first made for this client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SolutionLine {
    pub name: String,
    pub status: SolutionStatus,
    /// Ids of the dossiers it has been replicated to, as written.
    pub replicated_to: Vec<String>,
}

impl ResourceLine {
    /// The resource as the plan's views read it.
    pub fn of(resource: &Resource) -> ResourceLine {
        ResourceLine {
            name: text(&resource.name),
            status: resource.status(),
            amount: resource.amount.as_ref().map(|a| a.value),
            currency: resource
                .currency
                .as_ref()
                .map(|c| c.value.trim().to_owned()),
        }
    }
}

fn text(value: &Option<Text>) -> String {
    value
        .as_ref()
        .map(|t| t.value.trim().to_owned())
        .unwrap_or_default()
}

impl PlanView {
    /// The plan of `dossier` (file `path`, id `id`) as of `as_of`; an
    /// empty view when it has none.
    pub fn of(dossier: &Dossier, id: &str, path: &Path, as_of: NaiveDate) -> PlanView {
        let Some(plan) = &dossier.plan else {
            return PlanView::default();
        };
        let plan = &plan.value;
        let open_objectives = plan
            .objectives
            .iter()
            .map(|o| &o.value)
            .filter(|o| o.status() == WorkStatus::Open)
            .map(|o| OpenObjective {
                name: text(&o.name),
                owner: text(&o.owner),
                due: o
                    .due
                    .as_ref()
                    .and_then(|d| crate::dates::parse_date(d.value.trim())),
                open_actions: o
                    .actions
                    .iter()
                    .filter(|a| a.value.status() == WorkStatus::Open)
                    .count(),
            })
            .collect();
        let mut overdue_actions: Vec<ActionRow> =
            crate::commands::actions::open_actions(dossier, id, path, as_of, 0)
                .into_iter()
                .filter(|action| action.status == crate::dates::Status::Overdue)
                .collect();
        crate::render::actions::sort(&mut overdue_actions);
        let resources = plan
            .resources
            .iter()
            .map(|r| ResourceLine::of(&r.value))
            .collect();
        let solutions = plan
            .solutions
            .iter()
            .map(|s| &s.value)
            .map(|s| SolutionLine {
                name: text(&s.name),
                status: s.status(),
                replicated_to: s
                    .replicated_to
                    .iter()
                    .map(|id| id.value.trim().to_owned())
                    .collect(),
            })
            .collect();
        PlanView {
            open_objectives,
            overdue_actions,
            resources,
            solutions,
        }
    }
}

/// The resources asked of our company, summed per currency in exact
/// decimals: the pair is (requested, granted); refused ones are not summed.
pub fn resource_totals<'a>(plans: impl IntoIterator<Item = &'a PlanView>) -> Totals {
    let mut totals = Totals::default();
    for resource in plans.into_iter().flat_map(|plan| &plan.resources) {
        let (requested, granted) = match resource.status {
            ResourceStatus::Requested => (resource.amount, None),
            ResourceStatus::Granted => (None, resource.amount),
            ResourceStatus::Refused => continue,
        };
        totals.add_pair(resource.currency.as_deref(), requested, granted);
    }
    totals
}

/// One dossier's resources summed per status, then per currency, in exact
/// decimals as [`resource_totals`] sums them (`show`'s totals): statuses in
/// the order requested, granted, refused, each with its sums in currency
/// order (an amount without a currency under
/// [`crate::opportunity::NO_CURRENCY`]); a status with no amount is left out.
pub fn resource_totals_by_status<'a>(
    resources: impl IntoIterator<Item = &'a ResourceLine>,
) -> Vec<(ResourceStatus, Vec<(String, rust_decimal::Decimal)>)> {
    let mut by_status = [
        (ResourceStatus::Requested, Totals::default()),
        (ResourceStatus::Granted, Totals::default()),
        (ResourceStatus::Refused, Totals::default()),
    ];
    for resource in resources {
        if let Some((_, totals)) = by_status
            .iter_mut()
            .find(|(status, _)| *status == resource.status)
        {
            totals.add_pair(resource.currency.as_deref(), resource.amount, None);
        }
    }
    by_status
        .into_iter()
        .map(|(status, totals)| {
            let sums = totals
                .by_currency
                .into_iter()
                .filter_map(|(currency, (sum, _))| Some((currency, sum?)))
                .collect::<Vec<_>>();
            (status, sums)
        })
        .filter(|(_, sums)| !sums.is_empty())
        .collect()
}

/// The overdue actions of the portfolio grouped by owner, owners compared
/// as names are ([`crate::summary::by_account_manager`]'s grouping) and
/// sorted by that key; each owner's actions most overdue first.
pub fn overdue_by_owner<'a>(
    plans: impl IntoIterator<Item = &'a PlanView>,
) -> Vec<Managed<&'a ActionRow>> {
    let actions = plans.into_iter().flat_map(|plan| &plan.overdue_actions);
    let mut groups = crate::summary::by_account_manager(actions, |action| &action.owner);
    for group in &mut groups {
        group.items.sort_by(|a, b| {
            b.days_overdue
                .cmp(&a.days_overdue)
                .then_with(|| a.id.cmp(&b.id))
                .then_with(|| a.order.cmp(&b.order))
        });
    }
    groups
}

/// One row of the replication table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replication {
    pub solution: String,
    pub status: SolutionStatus,
    /// The client it was first made for: `(id, client name)`.
    pub made_for: (String, String),
    /// The dossiers it has been replicated to: `(id, client name)`, the
    /// name `None` for an id no dossier read has (an archived dossier
    /// without `--all`, or a `check` error).
    pub replicated_to: Vec<(String, Option<String>)>,
}

/// The replication table of `dossiers` (`(id, client, plan)` each):
/// every solution, in dossier order then file order. The clients it went
/// to are named from `clients` (`(id, client name)` of every dossier read,
/// which may be more than the report shows, as on one manager's page); ids
/// are matched as `check` matches them, in NFC and without regard to case.
pub fn replications<'a>(
    dossiers: impl IntoIterator<Item = (&'a str, &'a str, &'a PlanView)>,
    clients: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<Replication> {
    let clients: HashMap<String, &str> = clients
        .into_iter()
        .map(|(id, client)| (crate::load::id_key(id), client))
        .collect();
    let mut rows = Vec::new();
    for (id, client, plan) in dossiers {
        for solution in &plan.solutions {
            rows.push(Replication {
                solution: solution.name.clone(),
                status: solution.status,
                made_for: (id.to_owned(), client.to_owned()),
                replicated_to: solution
                    .replicated_to
                    .iter()
                    .map(|target| {
                        let name = clients
                            .get(&crate::load::id_key(target))
                            .map(|c| (*c).to_owned());
                        (target.clone(), name)
                    })
                    .collect(),
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opportunity::NO_CURRENCY;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn line(status: ResourceStatus, amount: Option<f64>, currency: Option<&str>) -> ResourceLine {
        ResourceLine {
            name: String::new(),
            status,
            amount,
            currency: currency.map(str::to_owned),
        }
    }

    #[test]
    fn resources_sum_per_status_in_their_order_exactly() {
        use ResourceStatus::{Granted, Refused, Requested};
        let lines = [
            line(Refused, Some(0.1), Some("EUR")),
            line(Requested, Some(12_500.0), Some("KWD")),
            line(Granted, None, Some("KWD")),
            line(Requested, Some(3_500.245), Some("KWD")),
            line(Requested, Some(0.1), Some("EUR")),
            line(Refused, Some(0.2), Some("EUR")),
            line(Requested, Some(5.0), None),
        ];
        let d = |text: &str| Decimal::from_str(text).unwrap();
        assert_eq!(
            resource_totals_by_status(&lines),
            [
                (
                    Requested,
                    vec![
                        (NO_CURRENCY.to_owned(), d("5")),
                        ("EUR".to_owned(), d("0.1")),
                        // 16000.244999999999 in f64.
                        ("KWD".to_owned(), d("16000.245")),
                    ]
                ),
                (Refused, vec![("EUR".to_owned(), d("0.3"))]),
            ]
        );
    }
}
