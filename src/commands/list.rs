//! `dossier list`: the portfolio, one row per dossier.

use super::Env;
use super::portfolio::Portfolio;
use crate::cli::{ListArgs, ReportFormat};
use crate::exit::ExitCode;
use crate::render::list::{self as render, ListRow};
use crate::summary::{self, Summary};

pub fn run(env: &Env, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let today = crate::dates::today();
    let portfolio = Portfolio::load(env, args.all, false)?;
    let code = portfolio.report_trouble(args.owner.as_deref(), |s| {
        (!s.readable).then_some("left-out-unreadable")
    });
    let summaries = match summary::filter_owner(portfolio.summaries, args.owner.as_deref(), |s| {
        &s.account_manager
    }) {
        Ok(summaries) => summaries,
        Err(message) => {
            crate::stderr_line!("dossier: {}: {message}", crate::i18n::text("error"));
            return Ok(ExitCode::Trouble);
        }
    };
    let left_out = summaries.iter().filter(|s| !s.readable).count();
    let mut rows: Vec<ListRow> = summaries
        .into_iter()
        .filter(|s| s.readable)
        .map(|s| row(s, env.settings.due_soon_days, today))
        .collect();
    rows.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.path.cmp(&b.path)));

    match args.format {
        ReportFormat::Table => {
            let reporting = env.settings.reporting.as_ref();
            super::emit_text(&render::table(&rows, left_out, reporting, env.style))?;
            if let Some(reporting) = reporting {
                super::note_missing_rates(reporting, &render::totals(&rows));
            }
        }
        ReportFormat::Json => super::emit_json(&rows)?,
        ReportFormat::Csv => super::emit_text(&render::csv(&rows))?,
    }
    Ok(code)
}

fn row(summary: Summary, due_soon_days: u32, today: chrono::NaiveDate) -> ListRow {
    let schedule = summary.schedule(due_soon_days, today);
    ListRow {
        id: summary.id,
        client: summary.client,
        account_manager: summary.account_manager,
        executive_sponsor: summary.executive_sponsor,
        opportunity: summary.opportunity,
        last_reviewed: summary.last_reviewed,
        due: schedule.map(|s| s.due),
        status: schedule.map(|s| s.status),
        days_overdue: schedule.map(|s| s.days_overdue),
        path: summary.path,
    }
}
