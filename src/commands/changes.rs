//! `dossier changes`: the portfolio's changes in meaning between two commits.

use super::Env;
use super::portfolio::Portfolio;
use crate::cli::{ChangesArgs, ShowFormat};
use crate::exit::ExitCode;
use crate::git::Repo;
use crate::history::Versions;
use crate::history::changes::{self, Filter, From};
use crate::history::id_key;
use crate::i18n::Message;
use crate::style::sanitize;
use crate::suggest::did_you_mean;
use crate::{git, load, msg, names, summary};
use anyhow::bail;
use std::collections::BTreeSet;

/// `--since` when neither it nor `--from` is given: a week.
pub const DEFAULT_DAYS: i64 = 7;

pub fn run(env: &Env, args: &ChangesArgs) -> anyhow::Result<ExitCode> {
    let repo = Repo::discover(&env.settings.dossiers_dir)?;
    if repo.head()?.is_none() {
        bail!(msg!(
            "changes-no-commits",
            path = repo.workdir().display().to_string()
        ));
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
    // `acme.yaml` as a shell completes it is the id `acme`, as for `log`.
    let ids: Vec<String> = args
        .ids
        .iter()
        .map(|id| load::strip_dossier_extension(id.trim()).to_owned())
        .collect();
    let filter = Filter {
        owner: args.owner.as_deref(),
        ids: &ids,
    };
    let mut versions = Versions::new(&repo, env.settings.max_file_size);
    let digest = changes::changes(&mut versions, &from, to, &filter)?;
    let unknown = unknown_choices(env, &mut versions, &digest, &ids, args.owner.as_deref())?;
    if !unknown.is_empty() {
        for message in unknown {
            crate::stderr_line!(
                "dossier: {}: {}",
                crate::i18n::text("error"),
                sanitize(&message.to_string())
            );
        }
        return Ok(ExitCode::Trouble);
    }
    if digest.shallow {
        crate::stderr_line!(
            "dossier: {}: {}",
            crate::i18n::text("note"),
            crate::i18n::text("history-shallow-range")
        );
    }
    let mut code = ExitCode::Success;
    for dossier in &digest.dossiers {
        if let Some(error) = &dossier.error {
            crate::stderr_line!(
                "dossier: {}: {}",
                crate::i18n::text("error"),
                crate::msg!(
                    "history-version-unreadable",
                    id = sanitize(&dossier.id),
                    why = sanitize(&error.to_string())
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

/// What the command line names that is in neither end of the range nor the
/// working copy: each such id, and an `--owner` who manages no dossier
/// there, as the message to print (with a "did you mean"). A typo is a
/// usage error, as it is for `log` and `review --owner`; an id or owner
/// that is there but did not change gives the empty digest.
fn unknown_choices(
    env: &Env,
    versions: &mut Versions<'_>,
    digest: &changes::Digest,
    ids: &[String],
    owner: Option<&str>,
) -> anyhow::Result<Vec<Message>> {
    let repo = versions.repo();
    let mut ends = vec![repo.commit(repo.resolve(&digest.to)?)?.folder];
    if let Some(from) = &digest.from {
        ends.push(repo.commit(repo.resolve(from)?)?.folder);
    }
    let mut unknown = Vec::new();
    if !ids.is_empty() {
        // A working folder that cannot be read adds no id: the range may
        // still hold the dossier.
        let mut known: Vec<String> = load::discover_dossiers(&env.settings.dossiers_dir)
            .map(|discovery| discovery.files)
            .unwrap_or_default()
            .into_iter()
            .map(|file| file.id)
            .collect();
        for folder in &ends {
            let files = repo.files(*folder)?;
            known.extend(files.iter().map(|file| git::id_of(&file.path).to_owned()));
        }
        let keys: BTreeSet<String> = known.iter().map(|id| id_key(id)).collect();
        for id in ids {
            if !keys.contains(&id_key(id)) {
                unknown.push(msg!(
                    "changes-no-such-id",
                    id = sanitize(id),
                    folder = env.settings.dossiers_dir.display().to_string(),
                    hint = did_you_mean(id, known.iter().map(String::as_str))
                ));
            }
        }
    }
    let Some(owner) = owner.filter(|_| digest.dossiers.is_empty()) else {
        return Ok(unknown);
    };
    // The working copy first: most often the owner is there and simply
    // changed nothing in the range, and the ends need not be read.
    let mut managers: Vec<String> = Portfolio::load(env, true, true)
        .map(|portfolio| portfolio.summaries)
        .unwrap_or_default()
        .into_iter()
        .map(|summary| summary.account_manager)
        .collect();
    if !managers.iter().any(|manager| names::same(manager, owner)) {
        for folder in &ends {
            for file in repo.files(*folder)? {
                if let Ok(meaning) = versions.get(file.blob) {
                    let manager = meaning.text("company_view.account_manager");
                    managers.extend(manager.map(str::to_owned));
                }
                versions.forget(file.blob);
            }
        }
    }
    if let Err(message) = summary::filter_owner(managers, Some(owner), String::as_str) {
        unknown.push(message);
    }
    Ok(unknown)
}
