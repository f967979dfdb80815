//! `dossier check`: validate dossiers and report every problem of every file.

use super::Env;
use crate::cli::{CheckArgs, CheckFormat};
use crate::diag::{Diagnostic, Severity};
use crate::exit::ExitCode;
use crate::load;
use crate::render::check::{self as render, CheckReport};
use crate::rules;
use crate::rules::duplicate_client::{self, ClientName};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub fn run(env: &Env, args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let roots = if args.paths.is_empty() {
        vec![env.settings.dossiers_dir.clone()]
    } else {
        args.paths.clone()
    };
    let context = env.rules_context_as_of(args.as_of);
    // `--staged`: the files as git's index has them, read from their blobs.
    let staged = if args.staged {
        Some(Staged::read(env, &roots)?)
    } else {
        None
    };
    let discovery = match &staged {
        Some(staged) => staged.discovery(),
        None if args.paths.is_empty() => load::discover_dossiers(&env.settings.dossiers_dir)?,
        None => load::discover(&roots),
    };
    discovery.print_notes(args.quiet);

    let mut duplicate_ids = load::duplicate_ids(&discovery.files);
    let mut report = CheckReport {
        files: discovery.files.len(),
        ..CheckReport::default()
    };
    // Per file, only its diagnostics are kept (with the lines they point at),
    // never the file's text: memory follows the findings, not the folder.
    // `replicated_to` may name any dossier of the folder, also when only
    // some files are checked (a pre-commit hook passes the staged ones).
    let folder;
    let ids = if args.paths.is_empty() {
        rules::Ids::of(&discovery.files)
    } else {
        folder = load::discover(std::slice::from_ref(&env.settings.dossiers_dir));
        rules::Ids::of(discovery.files.iter().chain(&folder.files))
    };
    let lines = match args.format {
        CheckFormat::Text => load::SourceLines::Keep,
        CheckFormat::Json => load::SourceLines::Drop,
    };
    // I/O trouble (unreadable, not a file, broken symlink, symlink loop) is a
    // finding like any other, in its file's place; it also makes the exit 2.
    // Folders that could not be walked are not in `files`: reported as they are.
    report.diagnostics.extend(
        discovery
            .problems
            .iter()
            .map(|problem| vec![problem.diagnostic()]),
    );
    let mut troubles = discovery.problems;
    // Each file's diagnostics are settled as it comes, in path order, which
    // is the order `duplicate-client` reads the files in.
    let mut first_clients = duplicate_client::FirstClients::default();
    let mut finish = |file: &load::SourceFile, result: Result<Checked, load::IoProblem>| {
        let (mut ours, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut duplicate_ids)
            .into_iter()
            .partition(|d| *d.path == *file.path);
        duplicate_ids = rest;
        match result {
            Ok((path, mut diagnostics, client)) => {
                // The file's own list is kept as made (no copy): a duplicate
                // id goes in front of it.
                diagnostics.splice(0..0, ours);
                diagnostics.extend(first_clients.next(&path, client));
                // Stable: a duplicate id (at 1:1) stays first.
                diagnostics.sort_by_key(|d| (d.line, d.column));
                ours = diagnostics;
            }
            Err(problem) => {
                ours.push(problem.diagnostic());
                troubles.push(problem);
            }
        }
        if args.strict {
            for d in &mut ours {
                d.severity = Severity::Error;
            }
        }
        if !ours.iter().any(Diagnostic::is_error) {
            report.valid += 1;
        }
        if args.quiet {
            // Only what fails the check: a pre-commit hook shows what blocks
            // the commit, not every gap of every dossier.
            ours.retain(Diagnostic::is_error);
        }
        if !ours.is_empty() {
            report.diagnostics.push(ours);
        }
    };
    match &staged {
        Some(staged) => {
            for (file, result) in discovery
                .files
                .iter()
                .zip(staged.load(&context, &ids, lines))
            {
                finish(file, result);
            }
        }
        None => load::load_in_order(
            &discovery.files,
            &context,
            |file, loaded| loaded.map(|loaded| diagnostics_and_client(file, loaded, &ids, lines)),
            &mut finish,
        ),
    }
    // Stable: each file's diagnostics keep their order; folders that could
    // not be walked fall in place among the files.
    fn path(group: &[Diagnostic]) -> Option<&std::path::Path> {
        group.first().map(|d| &*d.path)
    }
    if !report.diagnostics.is_sorted_by(|a, b| path(a) <= path(b)) {
        report.diagnostics.sort_by(|a, b| path(a).cmp(&path(b)));
    }
    match args.format {
        CheckFormat::Text if args.quiet => {
            super::emit_text(&render::findings(&report, env.style))?;
        }
        CheckFormat::Text => super::emit_text(&render::text(&report, env.style))?,
        CheckFormat::Json => super::emit_json(&report)?,
    }

    let mut code = if report.valid < report.files {
        ExitCode::Found
    } else {
        ExitCode::Success
    };
    if !troubles.is_empty() {
        let names: Vec<String> = troubles
            .iter()
            .take(3)
            .map(|t| crate::style::sanitize(&t.path.to_string_lossy()))
            .collect();
        let more = if troubles.len() > 3 { ", ..." } else { "" };
        let _ = writeln!(
            std::io::stderr(),
            "dossier: {}: {}",
            crate::i18n::text("error"),
            crate::msg!(
                "check-could-not-read",
                count = troubles.len(),
                paths = format!("{}{more}", names.join(", "))
            )
        );
        code = code.max(ExitCode::Trouble);
    }
    Ok(code)
}

/// The dossier files of git's index (what the next commit records) under
/// the folders checked: `check --staged`.
struct Staged {
    repo: crate::git::Repo,
    files: Vec<(load::SourceFile, gix::ObjectId)>,
}

impl Staged {
    fn read(env: &Env, roots: &[PathBuf]) -> anyhow::Result<Staged> {
        let folder = &env.settings.dossiers_dir;
        let repo = crate::git::Repo::discover(folder)?;
        let absolute = |path: &PathBuf| std::path::absolute(path).unwrap_or_else(|_| path.clone());
        let roots: Vec<PathBuf> = roots.iter().map(absolute).collect();
        let files = repo
            .staged_files()?
            .into_iter()
            .filter_map(|file| {
                let path = folder.join(&file.path);
                let inside = roots.iter().any(|root| absolute(&path).starts_with(root));
                inside.then(|| (load::source_file(path), file.blob))
            })
            .collect();
        Ok(Staged { repo, files })
    }

    fn discovery(&self) -> load::Discovery {
        load::Discovery {
            files: self.files.iter().map(|(file, _)| file.clone()).collect(),
            ..load::Discovery::default()
        }
    }

    /// Each staged file's diagnostics and client name, read from its blob.
    fn load(
        &self,
        context: &crate::rules::Context,
        ids: &rules::Ids,
        lines: load::SourceLines,
    ) -> Vec<Result<Checked, load::IoProblem>> {
        self.files
            .iter()
            .map(|(file, blob)| {
                let bytes = self.repo.blob(*blob).map_err(|error| load::IoProblem {
                    path: file.path.clone(),
                    message: crate::msg!(
                        "check-index-unreadable",
                        path = file.path.display().to_string(),
                        why = format!("{error:#}")
                    ),
                    code: crate::diag::Code::Unreadable,
                })?;
                Ok(diagnostics_and_client(
                    file,
                    load::load_bytes(&bytes, context),
                    ids,
                    lines,
                ))
            })
            .collect()
    }
}

/// What `check` keeps of one file: its path (shared by its diagnostics),
/// its diagnostics, and its client's name for `duplicate-client`.
type Checked = (Arc<Path>, Vec<Diagnostic>, Option<ClientName>);

/// A file's diagnostics, and its client's name for `duplicate-client`.
fn diagnostics_and_client(
    file: &load::SourceFile,
    mut loaded: load::Loaded,
    ids: &rules::Ids,
    lines: load::SourceLines,
) -> Checked {
    loaded.check_across(&file.id, ids);
    let text = (lines == load::SourceLines::Keep).then_some(loaded.text.as_str());
    let client = loaded
        .dossier
        .as_ref()
        .and_then(|dossier| ClientName::of(dossier, text));
    let path: Arc<Path> = file.path.as_path().into();
    (path.clone(), loaded.into_diagnostics(&path, lines), client)
}
