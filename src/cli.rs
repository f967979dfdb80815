//! The command line, as clap derive definitions. Help text comes from the doc comments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Key-account dossiers as plain YAML files in git: validate them, see which
/// are due for their quarterly review, and keep them tidy.
#[derive(Debug, Parser)]
// `bin_name`: a copy under another name (`dossier-final`) still calls itself
// `dossier` in `--help` and in the "Usage:" line of a usage error.
#[command(
    name = "dossier",
    bin_name = "dossier",
    version,
    about,
    max_term_width = 100
)]
pub struct Cli {
    /// The dossiers folder [env: DOSSIER_DIR] [default: `dossiers_dir` from dossier.yaml, else ./dossiers]
    // DOSSIER_DIR is read in `commands::Env`, not by clap, so that an empty
    // value (`DOSSIER_DIR=` in a crontab) means "not set" instead of an error.
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// When to colour the output; `auto` colours only a terminal and honours NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// The language of what a person reads (tables, messages, the report); JSON, CSV and --help stay English [env: DOSSIER_LANG] [default: `language` from dossier.yaml, else the locale]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,

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
    /// Set up a dossier repository: dossier.yaml, dossiers/, templates/, the schema
    Init(InitArgs),
    /// Start a dossier for a new client from a template; prints the new file's path
    New(NewArgs),
    /// Validate dossiers: print every error and warning, exit 1 if any is invalid
    Check(CheckArgs),
    /// Overdue and due-soon dossiers, most overdue first; exit 1 if any is overdue
    Review(ReviewArgs),
    /// Record a full review: set review.last_reviewed (and reviewed_by) in place
    Reviewed(ReviewedArgs),
    /// The open actions of every account plan that are overdue or due soon,
    /// most overdue first; exit 1 if any is overdue
    Actions(ActionsArgs),
    /// An iCalendar (RFC 5545) feed of review due dates and open actions, to
    /// subscribe to in Outlook, Google or Apple calendars
    Calendar(CalendarArgs),
    /// One row per dossier: owner, sponsor, opportunity and next review
    List(ListArgs),
    /// One dossier, section by section, as a manager reads it before a meeting
    Show(ShowArgs),
    /// Draw a client's decision group as a graph (Mermaid for Markdown, or Graphviz DOT)
    Map(MapArgs),
    /// Write the portfolio as one self-contained HTML page: review status,
    /// opportunity, totals, gaps and every decision-group map
    Report(ReportArgs),
    /// A dossier's history from git: each commit that changed it, with what
    /// changed in meaning
    Log(LogArgs),
    /// What changed in meaning across the portfolio between two points of the
    /// git history: the weekly digest
    Changes(ChangesArgs),
    /// Write the whole portfolio to a file: an xlsx workbook for spreadsheets,
    /// or JSON for scripts
    Export(ExportArgs),
    /// Print the JSON Schema of the dossier format, for editors (yaml-language-server)
    Schema,
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The client's name, in any language
    #[arg(value_name = "NAME")]
    pub name: String,

    /// The id, which is the file name: a-z, 0-9 and `-` [default: NAME in ASCII kebab-case]
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,

    /// The account manager [default: `git config user.name`, else $USER]
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// The template: templates/NAME.yaml, else a built-in one (`default`, `ru`)
    /// [default: `default`; without templates/default.yaml, the built-in one
    /// in the run's language]
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReviewedArgs {
    /// The dossier's id (its file name without extension)
    #[arg(value_name = "ID")]
    pub id: String,

    /// The day of the review, YYYY-MM-DD; not in the future [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,

    /// Who reviewed it: sets review.reviewed_by
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,

    /// Accept a --date earlier than the current last_reviewed (to correct a mistake)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to set up [default: the current folder]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Also install a git pre-commit hook that runs `dossier check`
    #[arg(long)]
    pub git_hook: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check [default: the dossiers folder]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Treat warnings (gaps in the account work) as errors
    #[arg(long)]
    pub strict: bool,

    /// Check the dossiers as git's index has them (what the next commit
    /// records), not the working copy; settings still come from the working copy
    #[arg(long)]
    pub staged: bool,

    /// Judge overdue actions and future review dates as of this day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<chrono::NaiveDate>,

    /// Print only the findings that fail the check (errors; with --strict,
    /// warnings too), nothing when there are none, and no notes on stderr
    #[arg(long, short)]
    pub quiet: bool,

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
pub struct ReviewArgs {
    /// The day to review as of, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<chrono::NaiveDate>,

    /// Only dossiers whose account manager is NAME (case and spacing do not matter)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// List every dossier, archived ones included, not only the overdue and due-soon ones
    #[arg(long)]
    pub all: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// Print nothing when nothing is overdue or due soon (for cron mail)
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Judge due dates as of this day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<chrono::NaiveDate>,

    /// Only actions whose owner is NAME (case, spacing and ё/е do not matter)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// List every open action, not only the overdue and due-soon ones, and archived dossiers too
    #[arg(long)]
    pub all: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// Print nothing when no action is overdue or due soon (for cron mail)
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Only NAME's events: the reviews of the dossiers NAME manages and the
    /// actions NAME owns (case, spacing and ё/е do not matter)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// Also include archived dossiers (`status: archived`)
    #[arg(long)]
    pub all: bool,

    /// Write the feed to FILE (atomically; a symlink is written through)
    /// instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only dossiers whose account manager is NAME (case and spacing do not matter)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// Also list archived dossiers (`status: archived`)
    #[arg(long)]
    pub all: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The dossier's id: its file name without `.yaml`
    pub id: String,

    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

/// A date argument (`--as-of`, `--since`): YYYY-MM-DD, a real day. The
/// reason it is refused is a catalogue message (`usage-date`), worded in the
/// run's language by `usage::message`.
fn parse_date_arg(text: &str) -> Result<chrono::NaiveDate, crate::i18n::Message> {
    crate::dates::parse_date(text.trim()).ok_or_else(|| crate::msg!("usage-date", text = text))
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// xlsx: one workbook, a sheet per kind of entry; json: an array of whole dossiers
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: ExportFormat,

    /// The file to write (atomically; a symlink is written through)
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,

    /// Also include archived dossiers (`status: archived`)
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Xlsx,
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

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The dossier's id: its file name without `.yaml`
    #[arg(value_name = "ID")]
    pub id: String,

    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct ChangesArgs {
    /// Only these dossiers (ids) [default: every dossier]
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,

    /// Compare with the newest commit made before this day (YYYY-MM-DD, 00:00 local time) [default: 7 days ago]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, conflicts_with = "from")]
    pub since: Option<chrono::NaiveDate>,

    /// Compare with this commit (a revision: a branch, a tag, HEAD~5, a commit id)
    #[arg(long, value_name = "REV")]
    pub from: Option<String>,

    /// Up to this commit
    #[arg(long, value_name = "REV", default_value = "HEAD")]
    pub to: String,

    /// Only dossiers whose account manager is NAME (case and spacing do not matter)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    Mermaid,
    Dot,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Compute review status as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<chrono::NaiveDate>,

    /// Write the page to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// One account manager's page, for a one-to-one (case and spacing do not matter)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// Also include archived dossiers (`status: archived`)
    #[arg(long)]
    pub all: bool,
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
