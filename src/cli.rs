//! The command line, as clap derive definitions. Help text comes from the doc comments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Key-account dossiers as plain YAML files in git: validate them, see which
/// are due for their quarterly review, and keep them tidy.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, max_term_width = 100)]
pub struct Cli {
    /// The dossiers folder [default: `dossiers_dir` from dossier.yaml, else ./dossiers]
    #[arg(long, global = true, env = "DOSSIER_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// When to colour the output; `auto` colours only a terminal and honours NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate dossiers: print every error and warning, exit 1 if any is invalid
    Check(CheckArgs),
    /// Draw a client's decision group as a graph (Mermaid for Markdown, or Graphviz DOT)
    Map(MapArgs),
    /// Write the portfolio as one self-contained HTML page: review status,
    /// opportunity, totals, gaps and every decision-group map
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check [default: the dossiers folder]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Treat warnings (gaps in the account work) as errors
    #[arg(long)]
    pub strict: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct MapArgs {
    /// The dossier's id: its file name without `.yaml`
    #[arg(value_name = "ID")]
    pub id: String,

    /// Output format: Mermaid pastes into Markdown; DOT renders with `dot -Tsvg`
    #[arg(long, value_enum, default_value_t = MapFormat::Mermaid)]
    pub format: MapFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    Mermaid,
    Dot,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Compute review status as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = report_date)]
    pub as_of: Option<chrono::NaiveDate>,

    /// Write the page to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn report_date(text: &str) -> Result<chrono::NaiveDate, String> {
    crate::dates::parse_date(text)
        .ok_or_else(|| format!("`{text}` is not a date written YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
