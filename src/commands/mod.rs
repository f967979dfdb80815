//! One module per subcommand: each ties settings, loading, rules and rendering together.

pub mod changes;
pub mod check;
pub mod completions;
pub mod init;
pub mod list;
pub mod log;
pub mod map;
pub mod new;
pub mod portfolio;
pub mod report;
pub mod review;
pub mod reviewed;
pub mod schema;
pub mod show;

use crate::cli::Cli;
use crate::load::{self, SourceFile};
use crate::settings::Settings;
use crate::style::Style;
use crate::style::sanitize;
use crate::suggest::did_you_mean;
use anyhow::bail;
use std::io::Write;
use std::path::PathBuf;

/// What every command gets: the parsed global flags and the settings in force.
pub struct Env {
    pub cwd: PathBuf,
    pub settings: Settings,
    pub style: Style,
}

impl Env {
    pub fn new(cli: &Cli) -> anyhow::Result<Env> {
        let cwd = std::env::current_dir()?;
        let dir = cli.dir.clone().or_else(|| {
            std::env::var_os("DOSSIER_DIR")
                .filter(|value| !value.is_empty())
                .map(PathBuf::from)
        });
        let settings = Settings::discover(&cwd, dir.as_deref())?;
        Ok(Env {
            cwd,
            settings,
            style: Style::for_stdout(cli.color),
        })
    }

    pub fn rules_context(&self) -> crate::rules::Context {
        crate::rules::Context {
            today: crate::dates::today(),
            default_interval: self.settings.interval_months,
            max_file_size: self.settings.max_file_size,
        }
    }

    /// The one dossier with this id (`acme`, or `acme.yaml` as a shell
    /// completes it). An unknown id is an error with a "did you mean"; an id
    /// two files share is an error naming both.
    pub fn find_dossier(&self, id: &str) -> anyhow::Result<SourceFile> {
        let folder = &self.settings.dossiers_dir;
        let discovery = load::discover(std::slice::from_ref(folder));
        for problem in &discovery.problems {
            eprintln!("dossier: warning: {}", sanitize(&problem.message));
        }
        let id = id.trim();
        let id = id
            .strip_suffix(".yaml")
            .or_else(|| id.strip_suffix(".yml"))
            .unwrap_or(id);
        let mut matches = discovery.files.iter().filter(|file| file.id == id);
        match (matches.next(), matches.next()) {
            (Some(file), None) => Ok(file.clone()),
            (Some(first), Some(second)) => bail!(
                "the id `{}` is used by {} and {}; ids (file names without extension) must be unique",
                sanitize(id),
                first.path.display(),
                second.path.display()
            ),
            (None, _) => {
                let hint = did_you_mean(id, discovery.files.iter().map(|file| file.id.as_str()));
                bail!(
                    "no dossier with the id `{}` in {}{hint}",
                    sanitize(id),
                    folder.display()
                )
            }
        }
    }
}

/// Writes a command's results to stdout through one buffer. A closed pipe
/// (`dossier review | head`) is the reader's choice, not trouble.
pub fn emit(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> anyhow::Result<()> {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut stdout).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(anyhow::Error::new(error).context("cannot write the results")),
    }
}

/// Pretty JSON of plain data, streamed rather than built as one string, so a
/// portfolio of 100k dossiers does not hold its whole output in memory.
pub fn emit_json<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    emit(|out| {
        serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
        out.write_all(b"\n")
    })
}

pub fn emit_text(text: &str) -> anyhow::Result<()> {
    emit(|out| out.write_all(text.as_bytes()))
}
