//! `dossier report`: the portfolio as one self-contained HTML page.

use super::Env;
use super::portfolio::Portfolio;
use crate::account_plan::PlanView;
use crate::cli::ReportArgs;
use crate::dates;
use crate::diag::{Code, Severity};
use crate::exit::ExitCode;
use crate::map::{Map, clean};
use crate::render::report::{self as render, Entry, Report, Unreadable};
use crate::settings::Settings;
use crate::summary::{self, Problem, Summary};
use chrono::NaiveDate;

pub fn run(env: &Env, args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let as_of = args.as_of.unwrap_or_else(dates::today);
    // Reviews without changes, from git's history (none outside git): the
    // history is walked while the dossiers are read.
    let history = crate::history::reviews::Pending::start(&env.settings);
    // Read as `review` reads: a dossier with an error somewhere still has
    // its review date, owner and opportunity; only one that is not YAML at
    // all (or cannot be read) is left out.
    let (portfolio, details) = Portfolio::load_with(
        env,
        args.all,
        false,
        crate::rules::Wanted::Everything,
        |file, dossier, findings| Detail {
            gaps: gaps(findings),
            map: Map::of(&file.id, dossier),
            plan: PlanView::of(dossier, &file.id, &file.path, as_of),
        },
    )?;
    let code = portfolio.report_trouble(args.owner.as_deref(), |s| {
        (!s.readable).then_some("left-out-report")
    });
    let Portfolio {
        summaries,
        problems,
    } = portfolio;
    // Every client read, for the replication table of one manager's page.
    let clients: Vec<(String, String)> = summaries
        .iter()
        .map(|s| (s.id.clone(), clean(&s.client)))
        .collect();
    // `--owner`: one account manager's page, the group `review --owner` picks.
    let (summaries, details, owner) = match args.owner.as_deref() {
        None => (summaries, details, None),
        Some(owner) => {
            let items: Vec<(Summary, Option<Detail>)> =
                summaries.into_iter().zip(details).collect();
            match summary::filter_owner(items, Some(owner), |(s, _)| &s.account_manager) {
                Err(message) => {
                    crate::stderr_line!("dossier: {}: {message}", crate::i18n::text("error"));
                    return Ok(ExitCode::Trouble);
                }
                Ok(kept) => {
                    let name = kept
                        .first()
                        .map(|(s, _)| s.account_manager.trim().to_owned());
                    let (summaries, details): (Vec<Summary>, Vec<Option<Detail>>) =
                        kept.into_iter().unzip();
                    (summaries, details, name)
                }
            }
        }
    };
    let mut unreadable: Vec<Unreadable> = problems
        .iter()
        .map(|problem| Unreadable {
            path: problem.path.clone(),
            message: problem.message.to_string(),
        })
        .collect();
    let mut dossiers = Vec::with_capacity(summaries.len());
    for (summary, detail) in summaries.into_iter().zip(details) {
        if summary.readable {
            dossiers.push(entry(summary, detail, &env.settings, as_of));
        } else {
            unreadable.push(Unreadable {
                message: summary
                    .problem
                    .as_ref()
                    .map(Problem::describe)
                    .unwrap_or_default(),
                path: summary.path,
            });
        }
    }
    let marks = history.finish(
        dossiers.iter().map(|entry| {
            let date = entry.schedule.map(|s| s.last_reviewed);
            (entry.id.as_str(), entry.path.as_path(), date)
        }),
        false,
    );
    for (entry, mark) in dossiers.iter_mut().zip(marks) {
        entry.review_without_changes = mark;
    }
    // Most overdue first; a dossier without a review date is the most urgent.
    dossiers.sort_by(|a, b| {
        let days = |e: &Entry| e.schedule.map_or(i64::MAX, |s| s.days_overdue);
        days(b).cmp(&days(a)).then_with(|| a.id.cmp(&b.id))
    });

    let report = Report {
        as_of,
        dossiers,
        unreadable,
        reporting: env.settings.reporting.clone(),
        owner,
        clients,
    };
    let page = render::html(&report);
    if let Some(reporting) = &report.reporting {
        super::note_missing_rates(reporting, &render::totals_by_currency(&report.dossiers));
    }
    match &args.output {
        None => super::emit_text(&page)?,
        Some(path) => super::write_output(path, page.as_bytes())?,
    }
    Ok(code)
}

/// What the report takes from a dossier that reads as a whole.
struct Detail {
    gaps: Vec<Code>,
    map: Map,
    plan: PlanView,
}

/// The gap warnings among `findings`, each once, in [`Code`] order.
fn gaps(findings: &[crate::diag::Finding]) -> Vec<Code> {
    let mut gaps: Vec<Code> = findings
        .iter()
        .map(|f| f.code)
        .filter(|code| code.severity() == Severity::Warning)
        .collect();
    gaps.sort();
    gaps.dedup();
    gaps
}

fn entry(summary: Summary, detail: Option<Detail>, settings: &Settings, as_of: NaiveDate) -> Entry {
    let schedule = summary.schedule(settings.due_soon_days, as_of);
    let errors = summary.problem.as_ref().map_or(0, |p| p.more + 1);
    let (gaps, map, plan) = match detail {
        Some(detail) => (detail.gaps, Some(detail.map), Some(detail.plan)),
        None => (Vec::new(), None, None),
    };
    Entry {
        client: clean(&summary.client),
        account_manager: clean(&summary.account_manager),
        executive_sponsor: clean(&summary.executive_sponsor),
        id: summary.id,
        path: summary.path,
        schedule,
        opportunity: summary.opportunity,
        gaps,
        errors,
        review_without_changes: None,
        map,
        plan,
    }
}
