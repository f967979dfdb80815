//! `dossier report`: the portfolio as one self-contained HTML page.

use super::Env;
use crate::cli::ReportArgs;
use crate::dates::{self, Schedule};
use crate::diag::{Code, Severity};
use crate::exit::ExitCode;
use crate::load::{self, SourceFile};
use crate::map::{Map, clean};
use crate::model::Dossier;
use crate::opportunity::Opportunity;
use crate::render::report::{self as render, Entry, Report, Unreadable};
use crate::settings::Settings;
use crate::style::sanitize;
use chrono::NaiveDate;

pub fn run(env: &Env, args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let as_of = args.as_of.unwrap_or_else(dates::today);
    let discovery = load::discover(std::slice::from_ref(&env.settings.dossiers_dir));
    let mut unreadable: Vec<Unreadable> = discovery
        .problems
        .into_iter()
        .map(|problem| Unreadable {
            path: problem.path,
            message: problem.message,
        })
        .collect();

    let settings = &env.settings;
    let results = load::load_each(&discovery.files, &env.rules_context(), |file, loaded| {
        let loaded = loaded.map_err(|problem| Unreadable {
            path: problem.path,
            message: problem.message,
        })?;
        match &loaded.dossier {
            Some(dossier) => Ok(entry(file, dossier, &loaded.findings, settings, as_of)),
            None => {
                let reasons: Vec<String> = loaded
                    .findings
                    .iter()
                    .map(|f| {
                        format!(
                            "{}:{}:{}: {} [{}]",
                            file.path.display(),
                            f.position.line,
                            f.position.column,
                            f.message,
                            f.code
                        )
                    })
                    .collect();
                Err(Unreadable {
                    path: file.path.clone(),
                    message: reasons.join("; "),
                })
            }
        }
    });
    let mut dossiers = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(entry) => dossiers.push(entry),
            Err(problem) => unreadable.push(problem),
        }
    }
    // Reviews without changes, from git's history (none outside git).
    let current: Vec<crate::history::reviews::Current> = dossiers
        .iter()
        .map(|entry| crate::history::reviews::Current {
            id: entry.id.clone(),
            path: entry.path.clone(),
            last_reviewed: entry
                .schedule
                .map_or_else(String::new, |s| s.last_reviewed.to_string()),
        })
        .collect();
    let marks = crate::history::reviews::without_changes(
        &env.settings.dossiers_dir,
        env.settings.max_file_size,
        &current,
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
    };
    let page = render::html(&report);
    match &args.output {
        None => super::emit_text(&page)?,
        Some(path) => {
            crate::write::write_atomic(path, page.as_bytes()).map_err(|error| {
                anyhow::anyhow!(
                    "cannot write {}: {}",
                    path.display(),
                    load::describe_io(&error)
                )
            })?;
            println!("{}", sanitize(&path.to_string_lossy()));
        }
    }
    for problem in &report.unreadable {
        eprintln!("dossier: error: {}", sanitize(&problem.message));
    }
    Ok(if report.unreadable.is_empty() {
        ExitCode::Success
    } else {
        ExitCode::Trouble
    })
}

fn entry(
    file: &SourceFile,
    dossier: &Dossier,
    findings: &[crate::diag::Finding],
    settings: &Settings,
    as_of: NaiveDate,
) -> Entry {
    let view = &dossier.company_view.value;
    let text =
        |value: Option<&crate::model::Text>| value.map(|t| clean(&t.value)).unwrap_or_default();
    let schedule = dossier
        .review
        .value
        .last_reviewed
        .as_ref()
        .and_then(|t| dates::parse_date(t.value.trim()))
        .map(|last| {
            let interval = crate::rules::interval_months(dossier, settings.interval_months);
            Schedule::new(last, interval, settings.due_soon_days, as_of)
        });
    let opportunity = view
        .opportunity
        .as_ref()
        .map(|o| Opportunity::of(&o.value))
        .unwrap_or_default();
    let mut gaps: Vec<Code> = findings
        .iter()
        .map(|f| f.code)
        .filter(|code| code.severity() == Severity::Warning)
        .collect();
    gaps.sort();
    gaps.dedup();
    let map = Map::of(&file.id, dossier);
    Entry {
        id: file.id.clone(),
        path: file.path.clone(),
        client: map.client.clone(),
        account_manager: text(view.account_manager.as_ref()),
        executive_sponsor: text(view.executive_sponsor.as_ref()),
        schedule,
        opportunity,
        gaps,
        errors: findings
            .iter()
            .filter(|f| f.code.severity() == Severity::Error)
            .count(),
        review_without_changes: None,
        map,
    }
}
