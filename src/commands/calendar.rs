//! `dossier calendar`: the portfolio's dates as an iCalendar feed (FORMAT.md,
//! "The account plan"): each dossier's next review and each open action of
//! an open objective as an all-day event, to subscribe to in Outlook,
//! Google or Apple calendars. Archived dossiers are left out unless `--all`.

use super::Env;
use super::portfolio::Portfolio;
use crate::cli::CalendarArgs;
use crate::exit::ExitCode;
use crate::names;
use crate::render::actions::ActionRow;
use crate::render::calendar::{self as render, ReviewItem};
use anyhow::Context as _;
use chrono::{DateTime, Utc};

pub fn run(env: &Env, args: &CalendarArgs) -> anyhow::Result<ExitCode> {
    let stamp = stamp()?;
    let today = crate::dates::today();
    let due_soon_days = env.settings.due_soon_days;
    let (portfolio, details) = Portfolio::load_with(
        env,
        args.all,
        false,
        crate::rules::Wanted::Errors,
        |file, dossier, _| Detail {
            actions: super::actions::open_actions(
                dossier,
                &file.id,
                &file.path,
                today,
                due_soon_days,
            ),
            our_side: super::portfolio::team_names(dossier),
        },
    )?;
    let code = portfolio.report_trouble(
        args.owner.as_deref(),
        crate::summary::Summary::left_out_without_review_date,
    );

    if let Some(owner) = args.owner.as_deref() {
        let teams = details.iter().flatten().map(|d| d.our_side.as_slice());
        if let Err(message) = portfolio.owner_on_our_side(owner, teams) {
            crate::stderr_line!("dossier: {}: {message}", crate::i18n::text("error"));
            return Ok(ExitCode::Trouble);
        }
    }
    let mine = |name: &str| {
        args.owner
            .as_deref()
            .is_none_or(|owner| names::same(name, owner))
    };

    let mut reviews = Vec::new();
    let mut actions: Vec<ActionRow> = Vec::new();
    for (summary, detail) in portfolio.summaries.into_iter().zip(details) {
        if let Some(detail) = detail {
            actions.extend(detail.actions.into_iter().filter(|a| mine(&a.owner)));
        }
        if !mine(&summary.account_manager) {
            continue;
        }
        if let Some(schedule) = summary.schedule(due_soon_days, today) {
            reviews.push(ReviewItem {
                id: summary.id,
                client: summary.client,
                account_manager: summary.account_manager,
                last_reviewed: schedule.last_reviewed,
                due: schedule.due,
                path: summary.path,
            });
        }
    }
    let feed = render::feed(&reviews, &actions, stamp);
    match &args.output {
        None => super::emit_text(&feed)?,
        Some(path) => super::write_output(path, feed.as_bytes())?,
    }
    Ok(code)
}

/// What the feed takes from a dossier that reads as a whole.
struct Detail {
    actions: Vec<ActionRow>,
    /// The names of `company_view.team`: with the account manager and the
    /// executive sponsor, the people `--owner` may name.
    our_side: Vec<String>,
}

/// Every event's `DTSTAMP`: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC)
/// when it is set, so a feed can be reproduced byte for byte, else now.
///
/// # Errors
/// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds in the
/// range of dates: the reproducible-builds convention is to stop rather
/// than fall back to the clock.
fn stamp() -> anyhow::Result<DateTime<Utc>> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH").filter(|v| !v.is_empty()) else {
        return Ok(Utc::now());
    };
    let text = value.to_string_lossy();
    text.trim()
        .parse::<i64>()
        .ok()
        .and_then(|seconds| DateTime::from_timestamp(seconds, 0))
        .with_context(|| crate::msg!("calendar-bad-epoch", value = crate::style::sanitize(&text)))
}
