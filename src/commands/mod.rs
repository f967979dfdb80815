//! One module per subcommand: each ties settings, loading, rules and rendering together.

pub mod check;
pub mod completions;
pub mod init;
pub mod list;
pub mod map;
pub mod new;
pub mod portfolio;
pub mod report;
pub mod review;
pub mod reviewed;
pub mod schema;
pub mod show;

use crate::cli::Cli;
use crate::settings::Settings;
use crate::style::Style;
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
        let settings = Settings::discover(&cwd, cli.dir.as_deref())?;
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
}
