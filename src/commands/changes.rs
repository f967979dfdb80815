//! `dossier changes`: the portfolio's changes in meaning between two commits.

use super::Env;
use crate::cli::{ChangesArgs, ShowFormat};
use crate::exit::ExitCode;
use crate::git::Repo;
use crate::history::Versions;
use crate::history::changes::{self, Filter, From};
use crate::style::sanitize;
use anyhow::bail;

/// `--since` when neither it nor `--from` is given: a week.
pub const DEFAULT_DAYS: i64 = 7;

pub fn run(env: &Env, args: &ChangesArgs) -> anyhow::Result<ExitCode> {
    let repo = Repo::discover(&env.settings.dossiers_dir)?;
    if repo.head()?.is_none() {
        bail!(
            "nothing to compare: the git repository at {} has no commits yet (commit the dossiers first)",
            repo.workdir().display()
        );
    }
    let to = repo.resolve(&args.to)?;
    let from = match &args.from {
        Some(revision) => From::Commit(repo.resolve(revision)?),
        None => {
            let since = args
                .since
                .unwrap_or_else(|| crate::dates::today() - chrono::Duration::days(DEFAULT_DAYS));
            From::Before(local_midnight(since))
        }
    };
    let filter = Filter {
        owner: args.owner.as_deref(),
        ids: &args.ids,
    };
    let mut versions = Versions::new(&repo, env.settings.max_file_size);
    let digest = changes::changes(&mut versions, &from, to, &filter)?;
    if digest.shallow {
        eprintln!(
            "dossier: {}: {}",
            crate::i18n::text("note"),
            crate::i18n::text("history-shallow-range")
        );
    }
    let mut code = ExitCode::Success;
    for dossier in &digest.dossiers {
        if let Some(error) = &dossier.error {
            eprintln!(
                "dossier: {}: {}",
                crate::i18n::text("error"),
                crate::msg!(
                    "history-version-unreadable",
                    id = sanitize(&dossier.id),
                    why = sanitize(error)
                )
            );
            code = ExitCode::Trouble;
        }
    }
    match args.format {
        ShowFormat::Json => super::emit_json(&digest)?,
        ShowFormat::Text => super::emit_text(&crate::render::history::digest(&digest, env.style))?,
    }
    Ok(code)
}

/// Seconds since the epoch of 00:00 local time on `day`.
fn local_midnight(day: chrono::NaiveDate) -> i64 {
    let midnight = day.and_time(chrono::NaiveTime::MIN);
    match midnight.and_local_timezone(chrono::Local) {
        chrono::LocalResult::Single(time) | chrono::LocalResult::Ambiguous(time, _) => {
            time.timestamp()
        }
        // A day that starts in a daylight-saving gap: its first real moment.
        chrono::LocalResult::None => midnight.and_utc().timestamp(),
    }
}
