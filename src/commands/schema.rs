//! `dossier schema`: the JSON Schema of the format, for editors.

use crate::exit::ExitCode;

pub fn run() -> anyhow::Result<ExitCode> {
    super::emit_text(&crate::schema::dossier_schema_json())?;
    Ok(ExitCode::Success)
}
