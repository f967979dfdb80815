//! `dossier show ID`: one dossier, readable, section by section.

use super::Env;
use crate::cli::{ShowArgs, ShowFormat};
use crate::diag::{Diagnostic, Severity};
use crate::exit::ExitCode;
use crate::load;
use crate::render::show::{self as render, ShowView};
use crate::style::sanitize;
use anyhow::bail;

pub fn run(env: &Env, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let file = &env.find_dossier(&args.id)?;

    let context = env.rules_context();
    let loaded = match load::load(file, &context) {
        Ok(loaded) => loaded,
        Err(problem) => bail!("{}", problem.message),
    };
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) = loaded
        .findings
        .into_iter()
        .map(|finding| Diagnostic::from_finding(file.path.as_path(), finding))
        .partition(|d| d.severity == Severity::Error);
    for error in &errors {
        crate::stderr_line!(
            "dossier: {}: {}",
            crate::i18n::text("error"),
            sanitize(&format!(
                "{}:{}:{}: {} [{}]",
                error.path.display(),
                error.line,
                error.column,
                error.message,
                error.code
            ))
        );
    }
    let Some(dossier) = &loaded.dossier else {
        return Ok(ExitCode::Trouble);
    };

    let interval_months = crate::rules::interval_months(dossier, env.settings.interval_months);
    let schedule = dossier
        .review
        .value
        .last_reviewed
        .as_ref()
        .and_then(|t| crate::dates::parse_date(t.value.trim()))
        .map(|last| {
            crate::dates::Schedule::new(
                last,
                interval_months,
                env.settings.due_soon_days,
                crate::dates::today(),
            )
        });
    let view = ShowView {
        id: &file.id,
        path: &file.path,
        dossier,
        schedule,
        interval_months,
        warnings: &warnings,
        today: context.today,
    };
    let output = match args.format {
        ShowFormat::Text => render::text(&view, env.style),
        ShowFormat::Json => render::json(&view),
    };
    super::emit_text(&output)?;
    Ok(if errors.is_empty() {
        ExitCode::Success
    } else {
        ExitCode::Trouble
    })
}
