//! `dossier export --format xlsx|json --output FILE [--all]`: the whole
//! portfolio for spreadsheets and scripts (FORMAT.md, "Exports and safety").
//!
//! Dossiers are read a batch at a time (in parallel within a batch) and
//! handed to the workbook or the JSON array in path order, so memory holds
//! one batch of parsed dossiers plus the output, never the whole folder's
//! dossiers at once.

use super::Env;
use crate::cli::{ExportArgs, ExportFormat};
use crate::dates::{self, Schedule};
use crate::exit::ExitCode;
use crate::load::{self, SourceFile};
use crate::model::Dossier;
use crate::render::xlsx;
use crate::style::sanitize;
use serde::Serialize;
use std::path::Path;

/// Files read at once: enough to keep every core busy, few enough that
/// their parsed dossiers are a small part of the output.
const BATCH: usize = 256;

pub fn run(env: &Env, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let today = dates::today();
    let discovery = load::discover_dossiers(&env.settings.dossiers_dir)?;
    let mut troubles: Vec<String> = discovery
        .problems
        .into_iter()
        .map(|p| p.message.to_string())
        .collect();
    let context = env.rules_context();
    let settings = &env.settings;
    let schedule_of = |dossier: &Dossier| {
        let last = dossier.review.value.last_reviewed.as_ref()?;
        let last = dates::parse_date(last.value.trim())?;
        let interval = crate::rules::interval_months(dossier, settings.interval_months);
        Some(Schedule::new(last, interval, settings.due_soon_days, today))
    };

    let mut sink = match args.format {
        ExportFormat::Xlsx => Sink::Xlsx(Box::new(xlsx::Export::new()?)),
        ExportFormat::Json => Sink::json(),
    };
    for batch in discovery.files.chunks(BATCH) {
        let loaded = load::load_each(batch, &context, |file, loaded| match loaded {
            Err(problem) => Err(problem.message.to_string()),
            Ok(loaded) => match loaded.dossier {
                Some(dossier) => Ok(dossier),
                None => Err(first_error(file, &loaded.findings)),
            },
        });
        for (file, result) in batch.iter().zip(loaded) {
            match result {
                Ok(dossier) if dossier.is_archived() && !args.all => {}
                Ok(dossier) => {
                    sink.add(file, &dossier, schedule_of(&dossier))?;
                }
                Err(message) => troubles.push(message),
            }
        }
    }
    let bytes = sink.finish()?;
    crate::write::write_atomic(&args.output, &bytes).map_err(|error| {
        anyhow::anyhow!(crate::msg!(
            "cannot-write",
            path = args.output.display().to_string(),
            why = load::describe_io(&error)
        ))
    })?;
    super::say(sanitize(&args.output.to_string_lossy()))?;
    for trouble in &troubles {
        crate::stderr_line!(
            "dossier: {}: {}",
            crate::i18n::text("error"),
            sanitize(&crate::msg!("export-left-out", problem = trouble.as_str()).to_string())
        );
    }
    Ok(if troubles.is_empty() {
        ExitCode::Success
    } else {
        ExitCode::Trouble
    })
}

/// `path:line:column: message [code]` of a file that does not parse.
fn first_error(file: &SourceFile, findings: &[crate::diag::Finding]) -> String {
    findings.first().map_or_else(
        || crate::msg!("export-unreadable", path = file.path.display().to_string()).to_string(),
        |f| {
            format!(
                "{}:{}:{}: {} [{}]",
                file.path.display(),
                f.position.line,
                f.position.column,
                f.message,
                f.code
            )
        },
    )
}

/// Where the exported dossiers go.
enum Sink {
    Xlsx(Box<xlsx::Export>),
    Json(JsonArray),
}

/// A JSON array written one dossier at a time.
struct JsonArray {
    out: Vec<u8>,
    count: usize,
}

/// One dossier of the JSON export: its id and path, then the dossier as
/// its file has it.
#[derive(Serialize)]
struct Exported<'a> {
    id: &'a str,
    #[serde(serialize_with = "crate::render::serialize_path")]
    path: &'a Path,
    #[serde(flatten)]
    dossier: &'a Dossier,
}

impl Sink {
    fn json() -> Sink {
        Sink::Json(JsonArray {
            out: Vec::new(),
            count: 0,
        })
    }

    fn add(
        &mut self,
        file: &SourceFile,
        dossier: &Dossier,
        schedule: Option<Schedule>,
    ) -> anyhow::Result<()> {
        match self {
            Sink::Xlsx(workbook) => workbook.add(&file.id, &file.path, dossier, schedule)?,
            Sink::Json(array) => {
                array
                    .out
                    .extend_from_slice(if array.count == 0 { b"[\n" } else { b",\n" });
                let entry = Exported {
                    id: &file.id,
                    path: &file.path,
                    dossier,
                };
                let value = crate::render::json::to_string_pretty(&entry);
                for (n, line) in value.lines().enumerate() {
                    if n > 0 {
                        array.out.push(b'\n');
                    }
                    array.out.extend_from_slice(b"  ");
                    array.out.extend_from_slice(line.as_bytes());
                }
                array.count += 1;
            }
        }
        Ok(())
    }

    fn finish(self) -> anyhow::Result<Vec<u8>> {
        match self {
            Sink::Xlsx(workbook) => Ok(workbook.finish()?),
            Sink::Json(mut array) => {
                array
                    .out
                    .extend_from_slice(if array.count == 0 { b"[]\n" } else { b"\n]\n" });
                Ok(array.out)
            }
        }
    }
}
