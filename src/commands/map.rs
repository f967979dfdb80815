//! `dossier map ID`: one client's decision group as Mermaid or Graphviz DOT.

use super::Env;
use crate::cli::{MapArgs, MapFormat};
use crate::exit::ExitCode;
use crate::load::{self, SourceFile};
use crate::map::Map;
use crate::render::map as render;
use crate::style::sanitize;

pub fn run(env: &Env, args: &MapArgs) -> anyhow::Result<ExitCode> {
    let folder = &env.settings.dossiers_dir;
    let discovery = load::discover(std::slice::from_ref(folder));
    let matches: Vec<&SourceFile> = discovery
        .files
        .iter()
        .filter(|file| file.id == args.id)
        .collect();
    let file = match matches.as_slice() {
        [file] => *file,
        [] => {
            for problem in &discovery.problems {
                eprintln!("dossier: error: {}", sanitize(&problem.message));
            }
            let hint = crate::suggest::did_you_mean(
                &args.id,
                discovery.files.iter().map(|file| file.id.as_str()),
            );
            eprintln!(
                "dossier: error: no dossier with the id `{}` in {}{hint}",
                sanitize(&args.id),
                sanitize(&folder.to_string_lossy())
            );
            return Ok(ExitCode::Trouble);
        }
        [first, second, ..] => {
            eprintln!(
                "dossier: error: the id `{}` is used by {} and {}; ids (file names without extension) must be unique",
                sanitize(&args.id),
                sanitize(&first.path.to_string_lossy()),
                sanitize(&second.path.to_string_lossy())
            );
            return Ok(ExitCode::Trouble);
        }
    };

    let loaded = match load::load(file, &env.rules_context()) {
        Ok(loaded) => loaded,
        Err(problem) => {
            eprintln!("dossier: error: {}", sanitize(&problem.message));
            return Ok(ExitCode::Trouble);
        }
    };
    let path = sanitize(&file.path.to_string_lossy());
    let Some(dossier) = &loaded.dossier else {
        for finding in &loaded.findings {
            eprintln!(
                "dossier: error: {path}:{}:{}: {} [{}]",
                finding.position.line,
                finding.position.column,
                sanitize(&finding.message),
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
        eprintln!(
            "dossier: warning: {path} has {}; the map shows what could be read (`dossier check {path}` lists them)",
            crate::count::count(errors, "error", "errors")
        );
    }

    let map = Map::of(&file.id, dossier);
    let output = match args.format {
        MapFormat::Mermaid => render::mermaid(&map),
        MapFormat::Dot => render::dot(&map),
    };
    print!("{output}");
    Ok(ExitCode::Success)
}
