//! `dossier review`: which dossiers are past, or close to, their review date.

use super::Env;
use super::portfolio::Portfolio;
use crate::cli::{ReportFormat, ReviewArgs};
use crate::dates::Status;
use crate::exit::ExitCode;
use crate::history::reviews;
use crate::render::review::{self as render, ManagerTally, ReviewRow, Tally};
use crate::summary::{self, Summary};

pub fn run(env: &Env, args: &ReviewArgs) -> anyhow::Result<ExitCode> {
    let as_of = args.as_of.unwrap_or_else(crate::dates::today);
    // Reviews without changes, from git's history (null outside git): the
    // history is walked while the dossiers are read.
    let history = reviews::Pending::start(&env.settings);
    let (portfolio, overdue_actions) = Portfolio::load_with(
        env,
        args.all,
        args.quiet,
        crate::rules::Wanted::Errors,
        |_, dossier, _| super::actions::overdue_action_count(dossier, as_of),
    )?;
    let mut code =
        portfolio.report_trouble(args.owner.as_deref(), Summary::left_out_without_review_date);
    // Each summary with its count of overdue actions, side by side.
    let overdue_actions: Vec<usize> = overdue_actions
        .into_iter()
        .map(|count| count.unwrap_or(0))
        .collect();
    let (summaries, overdue_actions) = match args.owner.as_deref() {
        None => (portfolio.summaries, overdue_actions),
        Some(owner) => {
            let items: Vec<(Summary, usize)> = portfolio
                .summaries
                .into_iter()
                .zip(overdue_actions)
                .collect();
            match summary::filter_owner(items, Some(owner), |(s, _)| &s.account_manager) {
                Ok(kept) => kept.into_iter().unzip(),
                Err(message) => {
                    crate::stderr_line!("dossier: {}: {message}", crate::i18n::text("error"));
                    return Ok(ExitCode::Trouble);
                }
            }
        }
    };

    let without_changes = history.finish(
        summaries
            .iter()
            .map(|s| (s.id.as_str(), s.path.as_path(), s.last_reviewed)),
        args.quiet,
    );

    // Counted per account manager, names grouped as names compare.
    let managers: Vec<ManagerTally> =
        summary::by_account_manager(&summaries, |s| s.account_manager.as_str())
            .into_iter()
            .map(|group| {
                let mut tally = Tally::default();
                for summary in group.items {
                    match summary.schedule(env.settings.due_soon_days, as_of) {
                        Some(schedule) => tally.add(schedule.status),
                        None => tally.add_unscheduled(summary.readable),
                    }
                }
                ManagerTally {
                    manager: group.name,
                    tally,
                }
            })
            .collect();

    let mut tally = Tally::default();
    let mut rows: Vec<ReviewRow> = Vec::with_capacity(if args.all { summaries.len() } else { 0 });
    for ((summary, without_changes), actions_overdue) in summaries
        .into_iter()
        .zip(without_changes)
        .zip(overdue_actions)
    {
        let Some(schedule) = summary.schedule(env.settings.due_soon_days, as_of) else {
            tally.add_unscheduled(summary.readable);
            continue;
        };
        tally.add(schedule.status);
        let shown = args.all || schedule.status != Status::Ok;
        if without_changes == Some(true) {
            tally.without_changes += 1;
            if !shown {
                tally.without_changes_hidden += 1;
            }
        }
        if shown {
            rows.push(row(summary, schedule, without_changes, actions_overdue));
        }
    }
    render::sort(&mut rows);

    if tally.overdue > 0 {
        code = code.max(ExitCode::Found);
    }
    if args.quiet && tally.overdue == 0 && tally.due_soon == 0 {
        return Ok(code);
    }
    match args.format {
        ReportFormat::Table => {
            super::emit_text(&render::table(&rows, tally, &managers, env.style))?
        }
        ReportFormat::Json => super::emit_json(&rows)?,
        ReportFormat::Csv => super::emit_text(&render::csv(&rows))?,
    }
    Ok(code)
}

fn row(
    summary: Summary,
    schedule: crate::dates::Schedule,
    review_without_changes: Option<bool>,
    actions_overdue: usize,
) -> ReviewRow {
    ReviewRow {
        actions_overdue,
        id: summary.id,
        client: summary.client,
        account_manager: summary.account_manager,
        last_reviewed: schedule.last_reviewed,
        due: schedule.due,
        status: schedule.status,
        days_overdue: schedule.days_overdue,
        path: summary.path,
        review_without_changes,
    }
}
