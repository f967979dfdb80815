//! `dossier map ID`: one client's decision group as Mermaid or Graphviz DOT.

use super::Env;
use crate::cli::{MapArgs, MapFormat};
use crate::exit::ExitCode;
use crate::load;
use crate::map::Map;
use crate::render::map as render;
use crate::style::sanitize;

pub fn run(env: &Env, args: &MapArgs) -> anyhow::Result<ExitCode> {
    let file = &env.find_dossier(&args.id)?;

    let loaded = match load::load(file, &env.rules_context()) {
        Ok(loaded) => loaded,
        Err(problem) => {
            crate::stderr_line!(
                "dossier: {}: {}",
                crate::i18n::text("error"),
                sanitize(&problem.message.to_string())
            );
            return Ok(ExitCode::Trouble);
        }
    };
    let path = sanitize(&file.path.to_string_lossy());
    let Some(dossier) = &loaded.dossier else {
        for finding in &loaded.findings {
            crate::stderr_line!(
                "dossier: {}: {path}:{}:{}: {} [{}]",
                crate::i18n::text("error"),
                finding.position.line,
                finding.position.column,
                sanitize(&finding.message.to_string()),
                finding.code
            );
        }
        return Ok(ExitCode::Trouble);
    };
    let errors = loaded
        .findings
        .iter()
        .filter(|f| f.code.severity() == crate::diag::Severity::Error)
        .count();
    if errors > 0 {
        crate::stderr_line!(
            "dossier: {}: {}",
            crate::i18n::text("warning"),
            crate::msg!(
                "map-has-errors",
                path = path.as_str(),
                errors = crate::msg!("count-errors", count = errors)
            )
        );
    }

    let map = Map::of(&file.id, dossier);
    let output = match args.format {
        MapFormat::Mermaid => render::mermaid(&map),
        MapFormat::Dot => render::dot(&map),
    };
    super::emit_text(&output)?;
    Ok(ExitCode::Success)
}
