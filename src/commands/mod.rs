//! One module per subcommand: each ties settings, loading, rules and rendering together.

pub mod actions;
pub mod calendar;
pub mod changes;
pub mod check;
pub mod completions;
pub mod export;
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
    /// The language of this run (also set as `i18n::current`).
    pub lang: crate::i18n::Lang,
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
        let lang = crate::i18n::Lang::select(cli.lang, settings.language);
        crate::i18n::set_current(lang);
        Ok(Env {
            cwd,
            settings,
            lang,
            style: Style::for_stdout(cli.color),
        })
    }

    /// The rules' context as of today.
    pub fn rules_context(&self) -> crate::rules::Context {
        self.rules_context_as_of(None)
    }

    /// The rules' context as of `as_of` (`--as-of`), else today.
    pub fn rules_context_as_of(&self, as_of: Option<chrono::NaiveDate>) -> crate::rules::Context {
        crate::rules::Context {
            today: as_of.unwrap_or_else(crate::dates::today),
            latest_today: as_of.unwrap_or_else(crate::dates::latest_today),
            default_interval: self.settings.interval_months,
            max_file_size: self.settings.max_file_size,
            wanted: crate::rules::Wanted::Everything,
        }
    }

    /// The one dossier with this id (`acme`, or `acme.yaml` as a shell
    /// completes it). An unknown id is an error with a "did you mean"; an id
    /// two files share is an error naming both.
    pub fn find_dossier(&self, id: &str) -> anyhow::Result<SourceFile> {
        let folder = &self.settings.dossiers_dir;
        let discovery = load::discover_dossiers(folder)?;
        for problem in &discovery.problems {
            crate::stderr_line!(
                "dossier: {}: {}",
                crate::i18n::text("warning"),
                sanitize(&problem.message.to_string())
            );
        }
        let id = load::strip_dossier_extension(id);
        let wanted = load::id_key(id);
        // A symlink read once is still found by its own name.
        let mut matches = discovery
            .files
            .iter()
            .chain(discovery.read_once.iter().map(|once| &once.path))
            .filter(|file| load::id_key(&file.id) == wanted);
        match (matches.next(), matches.next()) {
            (Some(file), None) => Ok(file.clone()),
            (Some(first), Some(second)) => {
                bail!(
                    "{}",
                    sanitize(&load::duplicate_id_message(first, second).to_string())
                )
            }
            (None, _) => {
                let hint = did_you_mean(id, discovery.files.iter().map(|file| file.id.as_str()));
                bail!(crate::msg!(
                    "no-such-id",
                    id = sanitize(id),
                    folder = folder.display().to_string(),
                    hint = hint
                ))
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
        Err(error) => Err(anyhow::anyhow!(crate::msg!(
            "cannot-write-results",
            why = crate::load::describe_io(&error)
        ))),
    }
}

/// Pretty JSON of plain data, streamed rather than built as one string, so a
/// portfolio of 100k dossiers does not hold its whole output in memory.
pub fn emit_json<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    emit(|out| {
        crate::render::json::write_pretty(&mut *out, value)?;
        out.write_all(b"\n")
    })
}

pub fn emit_text(text: &str) -> anyhow::Result<()> {
    emit(|out| out.write_all(text.as_bytes()))
}

/// Prints one line of results (a path written, a file created) as [`emit`]
/// does: `dossier new … | head -c 1` closing the pipe is not trouble, and
/// never a panic as `println!` would give.
pub fn say(line: impl std::fmt::Display) -> anyhow::Result<()> {
    emit(|out| writeln!(out, "{line}"))
}

/// Writes `--output FILE` atomically ([`crate::write::write_atomic`]: through
/// a symlink to its target, never over a FIFO or a device) and prints its
/// path, as `report` and `calendar` do.
///
/// # Errors
/// The file could not be written; the message names it and why.
pub fn write_output(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::write::write_atomic(path, bytes).map_err(|error| {
        anyhow::anyhow!(crate::msg!(
            "cannot-write",
            path = path.display().to_string(),
            why = load::describe_io(&error)
        ))
    })?;
    say(sanitize(&path.to_string_lossy()))
}

/// Names on stderr the currencies that have no rate to the reporting
/// currency (their amounts are shown apart); the exit code does not change.
pub fn note_missing_rates(
    reporting: &crate::reporting::Reporting,
    totals: &crate::opportunity::Totals,
) {
    let missing = totals
        .by_currency
        .keys()
        .filter(|currency| reporting.rate(currency).is_none())
        .map(|currency| crate::render::money::currency_label(currency));
    if let Some(note) = reporting.missing_rates_note(missing) {
        crate::stderr_line!(
            "dossier: {}: {}",
            crate::i18n::text("warning"),
            sanitize(&note.to_string())
        );
    }
}
