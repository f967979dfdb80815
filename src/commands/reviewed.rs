//! `dossier reviewed ID`: record a full review by changing the bytes of
//! `review.last_reviewed` (and `reviewed_by`) and nothing else.

use super::Env;
use crate::cli::ReviewedArgs;
use crate::diag::Diagnostic;
use crate::exit::ExitCode;
use crate::i18n::Message;
use crate::load;
use crate::msg;
use crate::render::check::{self as render, CheckReport};
use crate::style::{Style, sanitize};
use crate::{dates, edit, write};
use anyhow::{anyhow, bail};

pub fn run(env: &Env, args: &ReviewedArgs) -> anyhow::Result<ExitCode> {
    let today = dates::today();
    let date = match &args.date {
        Some(text) => dates::parse_date(text.trim())
            .ok_or_else(|| anyhow!(msg!("reviewed-bad-date", date = sanitize(text))))?,
        None => today,
    };
    // Later than today anywhere on Earth (FORMAT.md, "Review dates"): the
    // reviewer may be a time zone ahead of this machine.
    let latest = dates::latest_today();
    if date > latest {
        bail!(msg!(
            "reviewed-future-date",
            date = date.to_string(),
            today = today.to_string(),
            latest = latest.to_string()
        ));
    }
    let by = match args.by.as_deref().map(str::trim) {
        Some("") => bail!(Message::new("reviewed-empty-by")),
        by => by,
    };

    let file = env.find_dossier(&args.id)?;
    let path = file.path.display().to_string();
    let bytes = std::fs::read(&file.path).map_err(|error| {
        anyhow!(msg!(
            "cannot-read",
            path = path.as_str(),
            why = load::describe_io(&error)
        ))
    })?;
    let context = env.rules_context();
    let loaded = load::load_bytes(&bytes, &context);
    if loaded.has_errors() {
        let diagnostics: Vec<Diagnostic> = loaded
            .into_diagnostics(&file.path.as_path().into(), load::SourceLines::Keep)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        let report = CheckReport {
            files: 1,
            valid: 0,
            diagnostics: vec![diagnostics],
        };
        let findings = render::text(&report, Style::PLAIN);
        // Never a panic on a closed stderr (see `stderr_line!`).
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), findings.as_bytes());
        bail!(msg!("reviewed-has-errors", path = sanitize(&path)));
    }
    let old = loaded
        .dossier
        .as_ref()
        .map(|d| &d.review.value)
        .map(|review| {
            (
                review.last_reviewed.as_ref().map(|t| t.value.clone()),
                review.reviewed_by.as_ref().map(|t| t.value.clone()),
            )
        })
        .unwrap_or_default();

    let current = old
        .0
        .as_deref()
        .and_then(|text| dates::parse_date(text.trim()));
    if let Some(current) = current
        && date < current
        && !args.force
    {
        bail!(msg!(
            "reviewed-earlier-date",
            date = date.to_string(),
            current = current.to_string(),
            path = sanitize(&path)
        ));
    }

    let date_text = date.to_string();
    let new_bytes = edit::mark_reviewed(&bytes, &date_text, by)
        .map_err(|error| anyhow!("{}: {error}", sanitize(&path)))?;
    if new_bytes == bytes {
        super::say(msg!(
            "reviewed-unchanged",
            path = sanitize(&path),
            date = date_text.as_str()
        ))?;
        return Ok(ExitCode::Success);
    }
    let reloaded = load::load_bytes(&new_bytes, &context);
    if reloaded.has_errors() {
        bail!(msg!("reviewed-edit-invalid", path = sanitize(&path)));
    }
    // An editor may have saved the file while we worked: never clobber that.
    if std::fs::read(&file.path).ok().as_deref() != Some(bytes.as_slice()) {
        bail!(msg!("reviewed-changed-meanwhile", path = sanitize(&path)));
    }
    write::write_atomic(&file.path, &new_bytes).map_err(|error| {
        anyhow!(msg!(
            "reviewed-cannot-write",
            path = path.as_str(),
            why = load::describe_io(&error)
        ))
    })?;

    let (old_date, old_by) = old;
    // Only what changed: `--by` alone on the day already recorded names
    // the reviewer, not a date that stayed as it was.
    let mut changes = Vec::new();
    if old_date.as_deref() != Some(date_text.as_str()) {
        changes.push(change(
            "review.last_reviewed",
            old_date.as_deref(),
            &date_text,
        ));
    }
    if let Some(by) = by
        && old_by.as_deref() != Some(by)
    {
        changes.push(change("review.reviewed_by", old_by.as_deref(), by));
    }
    let changes: Vec<String> = changes.iter().map(ToString::to_string).collect();
    super::say(msg!(
        "reviewed-done",
        path = sanitize(&path),
        changes = changes.join(", ")
    ))?;
    Ok(ExitCode::Success)
}

/// `` `review.last_reviewed` 2026-09-01 → 2026-11-30 ``: what the edit
/// changed, worded as `log` words a change; a value that was not there is
/// `(none)` in the run's language.
fn change(key: &str, old: Option<&str>, new: &str) -> Message {
    let old: crate::i18n::Arg = match old {
        Some(old) => sanitize(old).into(),
        None => Message::new("reviewed-none").into(),
    };
    msg!("reviewed-change", key = key, old = old, new = sanitize(new))
}
