//! `dossier completions SHELL`: a static completion script for the shell.

use crate::cli::{Cli, CompletionsArgs};
use crate::exit::ExitCode;
use clap::CommandFactory;

pub fn run(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "dossier", &mut std::io::stdout());
    Ok(ExitCode::Success)
}
