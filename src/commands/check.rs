//! `dossier check`: validate dossiers and report every problem of every file.

use super::Env;
use crate::cli::{CheckArgs, CheckFormat};
use crate::diag::{Diagnostic, Severity};
use crate::exit::ExitCode;
use crate::load::{self, IoProblem};
use crate::render::check::{self as render, CheckReport};

pub fn run(env: &Env, args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let roots = if args.paths.is_empty() {
        vec![env.settings.dossiers_dir.clone()]
    } else {
        args.paths.clone()
    };
    let discovery = load::discover(&roots);
    let mut troubles: Vec<IoProblem> = discovery.problems;
    let context = env.rules_context();

    let mut duplicate_ids = load::duplicate_ids(&discovery.files);
    let mut report = CheckReport {
        files: discovery.files.len(),
        ..CheckReport::default()
    };
    let per_file = load::load_each(&discovery.files, &context, |file, loaded| {
        let loaded = loaded?;
        let lines: Vec<&str> = loaded.text.lines().collect();
        let diagnostics: Vec<Diagnostic> = loaded
            .findings
            .into_iter()
            .map(|finding| {
                let mut diagnostic = Diagnostic::from_finding(&file.path, finding);
                diagnostic.source_line = lines
                    .get(diagnostic.line.wrapping_sub(1))
                    .map(|line| line.trim_end_matches('\r').to_owned());
                diagnostic
            })
            .collect();
        Ok(diagnostics)
    });

    for (file, result) in discovery.files.iter().zip(per_file) {
        match result {
            Ok(mut diagnostics) => {
                let (mut ours, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut duplicate_ids)
                    .into_iter()
                    .partition(|d| d.path == file.path);
                duplicate_ids = rest;
                ours.append(&mut diagnostics);
                if args.strict {
                    for d in &mut ours {
                        d.severity = Severity::Error;
                    }
                }
                if !ours.iter().any(Diagnostic::is_error) {
                    report.valid += 1;
                }
                report.diagnostics.append(&mut ours);
            }
            Err(problem) => troubles.push(problem),
        }
    }

    for trouble in &troubles {
        eprintln!(
            "dossier: error: {}",
            crate::style::sanitize(&trouble.message)
        );
    }
    let output = match args.format {
        CheckFormat::Text => render::text(&report, env.style),
        CheckFormat::Json => render::json(&report) + "\n",
    };
    print!("{output}");

    let mut code = if report.valid < report.files {
        ExitCode::Found
    } else {
        ExitCode::Success
    };
    if !troubles.is_empty() {
        code = code.max(ExitCode::Trouble);
    }
    Ok(code)
}
