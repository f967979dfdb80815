//! `dossier actions`: the portfolio's to-do list: the open actions of the
//! open objectives of every plan, most overdue first (FORMAT.md, "The
//! account plan"). Exit 1 when an action is overdue, so the cron line that
//! mails `review` can mail this too.

use super::Env;
use super::portfolio::Portfolio;
use crate::cli::{ActionsArgs, ReportFormat};
use crate::dates::Status;
use crate::exit::ExitCode;
use crate::model::{Action, Dossier, Objective, WorkStatus};
use crate::render::actions::{self as render, ActionRow};
use chrono::NaiveDate;

pub fn run(env: &Env, args: &ActionsArgs) -> anyhow::Result<ExitCode> {
    let as_of = args.as_of.unwrap_or_else(crate::dates::today);
    let due_soon_days = env.settings.due_soon_days;
    let (portfolio, details) = Portfolio::load_with(
        env,
        args.all,
        args.quiet,
        crate::rules::Wanted::Errors,
        |file, dossier, _| {
            (
                open_actions(dossier, &file.id, &file.path, as_of, due_soon_days),
                super::portfolio::team_names(dossier),
            )
        },
    )?;
    let mut code =
        portfolio.report_trouble(None, |s| (!s.readable).then_some("left-out-unreadable"));
    if let Some(owner) = args.owner.as_deref() {
        let teams = details.iter().flatten().map(|(_, team)| team.as_slice());
        if let Err(message) = portfolio.owner_on_our_side(owner, teams) {
            crate::stderr_line!("dossier: {}: {message}", crate::i18n::text("error"));
            return Ok(ExitCode::Trouble);
        }
    }

    let mut rows: Vec<ActionRow> = details
        .into_iter()
        .flatten()
        .flat_map(|(rows, _)| rows)
        .filter(|row| {
            args.owner
                .as_deref()
                .is_none_or(|owner| crate::names::same(&row.owner, owner))
        })
        .collect();
    let overdue = rows.iter().filter(|r| r.status == Status::Overdue).count();
    if !args.all {
        rows.retain(|row| row.status != Status::Ok);
    }
    render::sort(&mut rows);
    if overdue > 0 {
        code = code.max(ExitCode::Found);
    }
    if args.quiet && rows.is_empty() {
        return Ok(code);
    }
    match args.format {
        ReportFormat::Table => super::emit_text(&render::table(&rows, env.style, args.all))?,
        ReportFormat::Json => super::emit_json(&rows)?,
        ReportFormat::Csv => super::emit_text(&render::csv(&rows))?,
    }
    Ok(code)
}

/// The open actions of the open objectives of `dossier` (a done or dropped
/// objective closes its actions) that have a due date, in file order:
/// `(objective, order within it, action, due)`. Actions whose due date
/// cannot be read are left to `check`.
fn dated_open_actions(
    dossier: &Dossier,
) -> impl Iterator<Item = (&Objective, usize, &Action, NaiveDate)> {
    dossier
        .plan
        .iter()
        .flat_map(|plan| plan.value.objectives.iter().map(|o| &o.value))
        .filter(|objective| objective.status() == WorkStatus::Open)
        .flat_map(|objective| {
            objective
                .actions
                .iter()
                .map(|a| &a.value)
                .enumerate()
                .filter(|(_, action)| action.status() == WorkStatus::Open)
                .filter_map(move |(order, action)| {
                    let due = crate::dates::parse_date(action.due.as_ref()?.value.trim())?;
                    Some((objective, order, action, due))
                })
        })
}

/// The open actions of the open objectives of `dossier`, with their status
/// as of `as_of` (see [`dated_open_actions`]).
pub fn open_actions(
    dossier: &Dossier,
    id: &str,
    path: &std::path::Path,
    as_of: NaiveDate,
    due_soon_days: u32,
) -> Vec<ActionRow> {
    let text =
        |t: &Option<crate::model::Text>| t.as_ref().map_or("", |t| t.value.trim()).to_owned();
    let client = text(&dossier.client.value.name);
    let mut rows = dated_open_actions(dossier)
        .map(|(objective, order, action, due)| {
            let (status, days_overdue) = crate::dates::standing(due, due_soon_days, as_of);
            ActionRow {
                id: id.to_owned(),
                client: client.clone(),
                objective: text(&objective.name),
                action: text(&action.name),
                owner: text(&action.owner),
                department: action
                    .department
                    .as_ref()
                    .map(|d| d.value.trim().to_owned()),
                due,
                status,
                days_overdue,
                path: path.to_path_buf(),
                order,
                shared_name: false,
            }
        })
        .collect::<Vec<_>>();
    // Two objectives may each have an action of one name: those are told
    // apart by their objective wherever people read them.
    let keys: Vec<String> = rows
        .iter()
        .map(|row| crate::names::key(&row.action))
        .collect();
    for (i, row) in rows.iter_mut().enumerate() {
        row.shared_name = keys
            .iter()
            .enumerate()
            .any(|(j, key)| j != i && *key == keys[i]);
    }
    rows
}

/// How many of the actions [`open_actions`] lists are overdue as of `as_of`
/// (what `review` shows per dossier), without building the rows.
pub fn overdue_action_count(dossier: &Dossier, as_of: NaiveDate) -> usize {
    dated_open_actions(dossier)
        .filter(|&(_, _, _, due)| crate::dates::standing(due, 0, as_of).0 == Status::Overdue)
        .count()
}
