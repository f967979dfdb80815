//! Section 5, the account plan (FORMAT.md, "The account plan"): needs,
//! objectives with their actions, resources and solutions, and the gaps in
//! that work the methodology asks about at every review.

use super::{Checker, Item, Under, at, non_empty, our_side};
use crate::dates;
use crate::diag::{Code, Position};
use crate::load::id_key;
use crate::model::{Action, Dossier, NeedStatus, Objective, Plan, WorkStatus};
use crate::msg;
use crate::names::Roster;

impl Checker<'_> {
    pub(super) fn plan(&mut self, dossier: &Dossier) {
        let Some(plan) = &dossier.plan else {
            return;
        };
        let plan = &plan.value;
        let our_side = our_side(dossier);
        let group: Roster = dossier
            .decision_group
            .value
            .iter()
            .filter_map(|m| non_empty(&m.name))
            .map(|n| n.value.as_str())
            .collect();
        let needs: Roster = plan
            .needs
            .iter()
            .filter_map(|n| non_empty(&n.value.name))
            .map(|n| n.value.as_str())
            .collect();

        for (i, need) in plan.needs.iter().enumerate() {
            let prefix = Item {
                list: "plan.needs",
                index: i,
            };
            self.required_text(&need.value.name, at(need), || format!("{prefix}.name"));
            if let Some(source) = non_empty(&need.value.source)
                && !group.contains(&source.value)
            {
                let hint = crate::suggest::did_you_mean(&source.value, group.names());
                let message = msg!(
                    "rule-unknown-source",
                    name = source.value.as_str(),
                    hint = hint
                );
                self.push(
                    at(source),
                    Code::UnknownMember,
                    format!("{prefix}.source"),
                    message,
                );
            }
        }
        self.unique_names(
            "plan.needs",
            plan.needs.iter().map(|n| n.value.name.as_ref()),
        );

        for (i, objective) in plan.objectives.iter().enumerate() {
            let prefix = Item {
                list: "plan.objectives",
                index: i,
            };
            self.objective(&needs, &objective.value, at(objective), prefix, &our_side);
        }
        self.unique_names(
            "plan.objectives",
            plan.objectives.iter().map(|o| o.value.name.as_ref()),
        );

        for (i, resource) in plan.resources.iter().enumerate() {
            let prefix = Item {
                list: "plan.resources",
                index: i,
            };
            let entry = &resource.value;
            self.required_text(&entry.name, at(resource), || format!("{prefix}.name"));
            self.required_text(&entry.from, at(resource), || format!("{prefix}.from"));
            self.not_negative(entry.amount.as_ref(), || format!("{prefix}.amount"));
            self.money(
                &[entry.amount.as_ref()],
                &entry.currency,
                at(resource),
                prefix,
            );
        }
        self.unique_names(
            "plan.resources",
            plan.resources.iter().map(|r| r.value.name.as_ref()),
        );

        for (i, solution) in plan.solutions.iter().enumerate() {
            let prefix = Item {
                list: "plan.solutions",
                index: i,
            };
            self.required_text(&solution.value.name, at(solution), || {
                format!("{prefix}.name")
            });
        }
        self.unique_names(
            "plan.solutions",
            plan.solutions.iter().map(|s| s.value.name.as_ref()),
        );
    }

    fn objective(
        &mut self,
        needs: &Roster,
        objective: &Objective,
        objective_at: Position,
        prefix: Item<&str>,
        our_side: &Roster,
    ) {
        self.required_text(&objective.name, objective_at, || format!("{prefix}.name"));
        self.required_text(&objective.owner, objective_at, || format!("{prefix}.owner"));
        if let Some(owner) = non_empty(&objective.owner) {
            self.on_our_side(owner, our_side, || format!("{prefix}.owner"));
        }
        if let Some(due) = non_empty(&objective.due) {
            self.date(due, || format!("{prefix}.due"));
        }
        for (j, need) in objective.needs.iter().enumerate() {
            if needs.contains(&need.value) {
                continue;
            }
            let hint = crate::suggest::did_you_mean(&need.value, needs.names());
            let message = msg!("rule-unknown-need", name = need.value.as_str(), hint = hint);
            self.push(
                at(need),
                Code::UnknownReference,
                format!("{prefix}.needs[{j}]"),
                message,
            );
        }

        for (j, action) in objective.actions.iter().enumerate() {
            let key = Item {
                list: Under(prefix, "actions"),
                index: j,
            };
            let entry = &action.value;
            self.required_text(&entry.name, at(action), || format!("{key}.name"));
            self.required_text(&entry.owner, at(action), || format!("{key}.owner"));
            if let Some(owner) = non_empty(&entry.owner) {
                self.on_our_side(owner, our_side, || format!("{key}.owner"));
            }
            self.required_text(&entry.due, at(action), || format!("{key}.due"));
            if let Some(due) = non_empty(&entry.due) {
                self.date(due, || format!("{key}.due"));
            }
            if let Some(done_on) = non_empty(&entry.done_on) {
                self.date(done_on, || format!("{key}.done_on"));
                let status = entry.status();
                if status != WorkStatus::Done {
                    let message = msg!("rule-done-on-not-done", status = status.as_str());
                    self.push(
                        at(done_on),
                        Code::InvalidValue,
                        format!("{key}.done_on"),
                        message,
                    );
                }
            }
        }
        self.unique_names(
            Under(prefix, "actions"),
            objective.actions.iter().map(|a| a.value.name.as_ref()),
        );
    }

    /// The plan's gaps: `no-needs`, `no-objectives`, `objective-without-actions`,
    /// `overdue-action` (as of [`super::Context::today`]) and `unanswered-need`.
    /// Only open objectives count, and only their open actions: a done or
    /// dropped objective closes its actions.
    pub(super) fn plan_gaps(&mut self, dossier: &Dossier) {
        let empty = Plan::default();
        let (plan_at, plan) = dossier
            .plan
            .as_ref()
            .map_or((Position::START, &empty), |plan| (at(plan), &plan.value));

        if plan.needs.is_empty() {
            self.push(plan_at, Code::NoNeeds, "plan.needs", msg!("gap-no-needs"));
        }
        let open: Vec<(usize, &Objective)> = plan
            .objectives
            .iter()
            .map(|o| &o.value)
            .enumerate()
            .filter(|(_, o)| o.status() == WorkStatus::Open)
            .collect();
        if open.is_empty() {
            self.push(
                plan_at,
                Code::NoObjectives,
                "plan.objectives",
                msg!("gap-no-objectives"),
            );
        }
        for &(i, objective) in &open {
            let name = non_empty(&objective.name).map_or("", |n| n.value.as_str());
            let open_actions: Vec<(usize, &Action)> = objective
                .actions
                .iter()
                .map(|a| &a.value)
                .enumerate()
                .filter(|(_, a)| a.status() == WorkStatus::Open)
                .collect();
            if open_actions.is_empty() {
                let position = objective.name.as_ref().map_or(at(&plan.objectives[i]), at);
                let message = msg!("gap-objective-without-actions", name = name);
                self.push(
                    position,
                    Code::ObjectiveWithoutActions,
                    format!("plan.objectives[{i}].name"),
                    message,
                );
            }
            for (j, action) in open_actions {
                let Some(due) = non_empty(&action.due) else {
                    continue;
                };
                let Some(date) = dates::parse_date(due.value.trim()) else {
                    continue;
                };
                let today = self.context.today;
                if date >= today {
                    continue;
                }
                let what = non_empty(&action.name).map_or("", |n| n.value.as_str());
                let message = msg!(
                    "gap-overdue-action",
                    name = what,
                    due = date.to_string(),
                    days = (today - date).num_days()
                );
                self.push(
                    at(due),
                    Code::OverdueAction,
                    format!("plan.objectives[{i}].actions[{j}].due"),
                    message,
                );
            }
        }
        // The needs the open objectives answer.
        let answered: Roster = open
            .iter()
            .flat_map(|(_, objective)| &objective.needs)
            .map(|listed| listed.value.as_str())
            .collect();
        for (i, need) in plan.needs.iter().enumerate() {
            let need = &need.value;
            let Some(name) = non_empty(&need.name) else {
                continue;
            };
            if need.confirmed != Some(true) || need.status() != NeedStatus::Open {
                continue;
            }
            if !answered.contains(&name.value) {
                let message = msg!("gap-unanswered-need", name = name.value.as_str());
                self.push(
                    at(name),
                    Code::UnansweredNeed,
                    format!("plan.needs[{i}].name"),
                    message,
                );
            }
        }
    }
}

/// The ids of every dossier of the portfolio, for `replicated_to`: the one
/// rule that reads across files. Only the ids are kept (taken from the file
/// names, without reading the files), so memory follows the number of
/// files, never their contents. Ids are compared as FORMAT.md says: in
/// Unicode NFC and without regard to case ([`crate::load::id_key`], as
/// `duplicate-id` compares them).
///
/// The ids are compared only when a dossier names one, so they are made
/// then, once, and a portfolio without `replicated_to` (at 100,000 files
/// about 5 MB of them) never makes them.
#[derive(Debug, Default)]
pub struct Ids<'a> {
    files: Vec<&'a crate::load::SourceFile>,
    keys: std::sync::OnceLock<std::collections::BTreeSet<String>>,
}

impl<'a> Ids<'a> {
    /// The ids of `files`.
    pub fn of(files: impl IntoIterator<Item = &'a crate::load::SourceFile>) -> Ids<'a> {
        Ids {
            files: files.into_iter().collect(),
            keys: std::sync::OnceLock::new(),
        }
    }

    fn keys(&self) -> &std::collections::BTreeSet<String> {
        self.keys
            .get_or_init(|| self.files.iter().map(|file| id_key(&file.id)).collect())
    }

    /// `unknown-reference` for every `replicated_to` of `dossier` (whose own
    /// id is `own_id`) that names no other dossier of the portfolio.
    pub fn check_replicated_to(
        &self,
        dossier: &Dossier,
        own_id: &str,
    ) -> Vec<crate::diag::Finding> {
        let Some(plan) = &dossier.plan else {
            return Vec::new();
        };
        let own = id_key(own_id);
        let mut findings = Vec::new();
        for (i, solution) in plan.value.solutions.iter().enumerate() {
            for (j, target) in solution.value.replicated_to.iter().enumerate() {
                let id = target.value.trim();
                let wanted = id_key(id);
                let message = if wanted == own {
                    msg!("rule-replicated-to-itself", id = id)
                } else if self.keys().contains(&wanted) {
                    continue;
                } else {
                    let hint = crate::suggest::did_you_mean(
                        &wanted,
                        self.keys().iter().map(String::as_str),
                    );
                    msg!("rule-unknown-dossier", id = id, hint = hint)
                };
                findings.push(crate::diag::Finding::new(
                    at(target),
                    Code::UnknownReference,
                    format!("plan.solutions[{i}].replicated_to[{j}]"),
                    message,
                ));
            }
        }
        findings
    }
}
