//! `dossier completions SHELL`: a static completion script for the shell.

use crate::cli::{Cli, CompletionsArgs};
use crate::exit::ExitCode;
use clap::CommandFactory;

/// Writes the script through [`super::emit`]: `clap_complete` panics on a
/// write error, and a closed pipe (`dossier completions bash | head`) is
/// the reader's choice, not trouble.
pub fn run(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "dossier", &mut script);
    super::emit(|out| out.write_all(&script))?;
    Ok(ExitCode::Success)
}
