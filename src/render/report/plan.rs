//! The account plan in the portfolio report (FORMAT.md, "The account
//! plan"): per dossier its open objectives and overdue actions; for the
//! portfolio the overdue actions per owner, the resources requested and
//! granted per currency (exact decimals, with a line in the reporting
//! currency when `reporting:` is set), and the replication table.

use super::{Entry, days_text, esc, exact_cell, sums_cell, t};
use crate::account_plan::{self, PlanView};
use crate::i18n::term_of;
use crate::msg;
use crate::style::sanitize;
use std::fmt::Write as _;

/// A dash for an empty cell.
const NONE: &str = "<span class=\"none\">—</span>";

/// Name, or the id when a dossier has no client name.
fn client_of<'a>(client: &'a str, id: &'a str) -> &'a str {
    if client.is_empty() { id } else { client }
}

/// The plan block of one dossier's article: its open objectives (owner,
/// due, how many actions are open) and its overdue actions.
pub(super) fn dossier(out: &mut String, plan: &PlanView) {
    let _ = writeln!(
        out,
        "<div class=\"plan\">\n<h4>{}</h4>",
        t("report-plan-open-objectives")
    );
    if plan.open_objectives.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"none\">{}</p>",
            t("report-plan-no-objectives")
        );
    } else {
        let (objective, owner, due, actions) = (
            t("report-plan-objective"),
            t("report-plan-owner"),
            t("report-plan-due"),
            t("report-plan-open-actions"),
        );
        let _ = writeln!(
            out,
            "<div class=\"scroll\"><table class=\"cards objectives\">\n<thead><tr><th>{objective}</th><th>{owner}</th><th>{due}</th><th class=\"num\">{actions}</th></tr></thead>\n<tbody>"
        );
        for o in &plan.open_objectives {
            let _ = writeln!(
                out,
                "<tr><td class=\"client\">{}</td><td data-label=\"{owner}\">{}</td><td class=\"date\" data-label=\"{due}\">{}</td><td class=\"num{}\" data-label=\"{actions}\">{}</td></tr>",
                esc(&o.name),
                esc(&o.owner),
                o.due.map_or_else(|| NONE.to_owned(), |d| d.to_string()),
                if o.open_actions == 0 { " gap" } else { "" },
                o.open_actions
            );
        }
        out.push_str("</tbody>\n</table></div>\n");
    }
    if !plan.overdue_actions.is_empty() {
        let (due, days, owner, action, objective) = (
            t("report-plan-due"),
            t("report-plan-days-overdue"),
            t("report-plan-owner"),
            t("report-plan-action"),
            t("report-plan-objective"),
        );
        let _ = writeln!(
            out,
            "<h4>{}</h4>\n<div class=\"scroll\"><table class=\"cards overdue-actions\">\n<thead><tr><th>{action}</th><th>{due}</th><th class=\"num\">{days}</th><th>{owner}</th><th>{objective}</th></tr></thead>\n<tbody>",
            t("report-plan-overdue-actions")
        );
        for a in &plan.overdue_actions {
            let _ = writeln!(
                out,
                "<tr><td class=\"client\">{}</td><td class=\"date\" data-label=\"{due}\">{}</td><td class=\"num\" data-label=\"{days}\"><span class=\"status overdue\">{}</span></td><td data-label=\"{owner}\">{}</td><td data-label=\"{objective}\">{}</td></tr>",
                esc(&a.action),
                a.due,
                a.days_overdue,
                esc(&a.owner),
                esc(&a.objective)
            );
        }
        out.push_str("</tbody>\n</table></div>\n");
    }
    out.push_str("</div>\n");
}

/// The portfolio's section: overdue actions per owner, resources per
/// currency, replication of solutions. `clients` names every dossier read
/// (`(id, client)`), for the clients a solution went to.
pub(super) fn portfolio(
    out: &mut String,
    dossiers: &[Entry],
    clients: &[(String, String)],
    reporting: Option<&crate::reporting::Reporting>,
) {
    let plans = || dossiers.iter().filter_map(|entry| entry.plan.as_ref());
    let _ = writeln!(
        out,
        "<section id=\"plans\">\n<h2>{}</h2>",
        t("report-plans")
    );
    overdue_per_owner(out, plans());
    resources(out, &account_plan::resource_totals(plans()), reporting);
    let rows = account_plan::replications(
        dossiers.iter().filter_map(|entry| {
            let plan = entry.plan.as_ref()?;
            Some((entry.id.as_str(), entry.client.as_str(), plan))
        }),
        clients
            .iter()
            .map(|(id, client)| (id.as_str(), client.as_str())),
    );
    replication(out, &rows);
    out.push_str("</section>\n");
}

fn overdue_per_owner<'a>(out: &mut String, plans: impl Iterator<Item = &'a PlanView>) {
    let _ = writeln!(out, "<h3>{}</h3>", t("report-plan-overdue-per-owner"));
    let groups = account_plan::overdue_by_owner(plans);
    if groups.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t("report-plan-no-overdue"));
        return;
    }
    let (owner, count, actions) = (
        t("report-plan-owner"),
        t("report-plan-overdue"),
        t("report-plan-actions"),
    );
    let _ = writeln!(
        out,
        "<div class=\"scroll\"><table id=\"overdue-per-owner\" class=\"cards\">\n<thead><tr><th>{owner}</th><th class=\"num\">{count}</th><th>{actions}</th></tr></thead>\n<tbody>"
    );
    for group in groups {
        let name = if group.name.is_empty() {
            format!("<span class=\"none\">{}</span>", t("show-none"))
        } else {
            esc(&group.name)
        };
        let lines: Vec<String> = group
            .items
            .iter()
            .map(|a| {
                // The date as a `<time>` that never breaks at its hyphens;
                // a placeholder keeps it apart from the escaped words.
                let line = esc(&msg!(
                    "report-plan-action-line",
                    action = sanitize(&a.label()),
                    client = sanitize(client_of(&a.client, &a.id)),
                    due = "\u{1}",
                    days = days_text(a.days_overdue)
                )
                .to_string());
                line.replacen(
                    '\u{1}',
                    &format!("<time datetime=\"{0}\">{0}</time>", a.due),
                    1,
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr><td class=\"client\">{name}</td><td class=\"num\" data-label=\"{count}\">{}</td><td data-label=\"{actions}\">{}</td></tr>",
            group.items.len(),
            lines.join("<br>")
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
}

fn resources(
    out: &mut String,
    totals: &crate::opportunity::Totals,
    reporting: Option<&crate::reporting::Reporting>,
) {
    let _ = writeln!(out, "<h3>{}</h3>", t("report-plan-resources"));
    if totals.by_currency.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t("report-plan-no-resources"));
        return;
    }
    let (requested, granted) = (t("report-plan-requested"), t("report-plan-granted"));
    let _ = writeln!(
        out,
        "<div class=\"scroll\"><table id=\"resources-currency\">\n<thead><tr><th>{}</th><th class=\"num\">{requested}</th><th class=\"num\">{granted}</th></tr></thead>\n<tbody>",
        t("report-currency")
    );
    for (currency, pair) in &totals.by_currency {
        let single = crate::opportunity::Totals {
            by_currency: std::iter::once((currency.clone(), *pair)).collect(),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&super::super::money::currency_label(currency)),
            sums_cell(&single, |pair| pair.0),
            sums_cell(&single, |pair| pair.1)
        );
    }
    out.push_str("</tbody>\n");
    if let Some(reporting) = reporting {
        let (asked, given) = totals.in_reporting(reporting);
        let label = crate::render::list::reporting_label(reporting, &asked, &given);
        let _ = writeln!(
            out,
            "<tfoot><tr><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td></tr></tfoot>",
            esc(&label),
            exact_cell(asked.rounded(), &reporting.currency),
            exact_cell(given.rounded(), &reporting.currency)
        );
    }
    let _ = writeln!(
        out,
        "</table></div>\n<p class=\"muted\">{}</p>",
        t("report-plan-resources-note")
    );
}

fn replication(out: &mut String, rows: &[account_plan::Replication]) {
    let _ = writeln!(out, "<h3>{}</h3>", t("report-plan-replication"));
    if rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t("report-plan-no-solutions"));
        return;
    }
    let (solution, made_for, replicated_to, status) = (
        t("report-plan-solution"),
        t("report-plan-made-for"),
        t("report-plan-replicated-to"),
        t("report-plan-status"),
    );
    let _ = writeln!(
        out,
        "<div class=\"scroll\"><table id=\"replication\" class=\"cards\">\n<thead><tr><th>{solution}</th><th>{made_for}</th><th>{replicated_to}</th><th>{status}</th></tr></thead>\n<tbody>"
    );
    for row in rows {
        let targets: Vec<String> = row
            .replicated_to
            .iter()
            .map(|(id, client)| match client {
                Some(client) => esc(client_of(client, id)),
                None => format!(
                    "<code>{}</code> <span class=\"none\">{}</span>",
                    esc(id),
                    t("report-plan-unknown-dossier")
                ),
            })
            .collect();
        let targets = if targets.is_empty() {
            NONE.to_owned()
        } else {
            targets.join("<br>")
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"client\">{}</td><td data-label=\"{made_for}\">{}</td><td data-label=\"{replicated_to}\">{targets}</td><td data-label=\"{status}\">{}</td></tr>",
            esc(&row.solution),
            esc(client_of(&row.made_for.1, &row.made_for.0)),
            esc(&term_of(&row.status))
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
}
