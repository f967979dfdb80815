//! `dossier`: key-account dossiers as plain YAML files in git.
//!
//! The library reads, checks and reports; `main.rs` only calls [`run`].

// Output goes through `commands::emit` and `stderr_line!`, which never panic
// when the reader has gone (`dossier review 2>&1 | head -c 1`); `println!`
// and `eprintln!` would.
#![cfg_attr(not(test), warn(clippy::print_stdout, clippy::print_stderr))]

/// One line on stderr, as `eprintln!` writes it, but never a panic: when
/// stderr is a pipe whose reader has gone (`dossier review 2>&1 | head`),
/// the line is dropped, as results on a closed stdout are
/// ([`commands::emit`]).
#[macro_export]
macro_rules! stderr_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

pub mod account_plan;
pub mod cli;
pub mod commands;
pub mod count;
pub mod currency;
pub mod dates;
pub mod diag;
pub mod edit;
pub mod exit;
pub mod explain;
pub mod fast;
pub mod git;
pub mod history;
pub mod i18n;
pub mod load;
pub mod map;
pub mod model;
pub mod names;
pub mod opportunity;
pub mod parse;
pub mod render;
pub mod repair;
pub mod reporting;
pub mod rules;
pub mod scalar;
pub mod schema;
pub mod settings;
pub mod slug;
pub mod source;
pub mod spanned;
pub mod style;
pub mod suggest;
pub mod summary;
pub mod template;
pub mod usage;
pub mod vocabulary;
pub mod write;

/// Scratch folders for the unit tests, shared with the integration tests.
#[cfg(test)]
#[path = "../tests/common/scratch.rs"]
mod scratch;

use clap::Parser;
use cli::{Cli, Command};
use exit::ExitCode;

/// Runs the command line and returns the exit code; errors are printed here.
pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Usage errors speak the run's language too, so it is chosen before
    // clap parses (see `usage::language`).
    let lang = usage::language(&args);
    i18n::set_current(lang);
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => {
            match usage::message(&error, lang) {
                Some(text) => {
                    let lines: Vec<String> = text.lines().map(style::sanitize).collect();
                    stderr_line!("{}", lines.join("\n"));
                }
                None => {
                    let _ = error.print();
                }
            }
            return if error.use_stderr() {
                ExitCode::Trouble
            } else {
                ExitCode::Success
            };
        }
    };
    // The settings may name the language too; until they are read, the
    // flag, DOSSIER_LANG and the locale decide (see `commands::Env::new`).
    i18n::set_current(i18n::Lang::select(cli.lang, None));
    match dispatch(&cli) {
        Ok(code) => code,
        Err(error) => {
            match error.downcast_ref::<settings::Problems>() {
                Some(problems) => {
                    for problem in &problems.0 {
                        stderr_line!(
                            "dossier: {}: {}",
                            i18n::text("error"),
                            style::sanitize(&problem.to_string())
                        );
                    }
                }
                None => {
                    // Line by line: the message's own line breaks stay breaks.
                    let text = format!("{error:#}");
                    let lines: Vec<String> = text.lines().map(style::sanitize).collect();
                    stderr_line!("dossier: {}: {}", i18n::text("error"), lines.join("\n"));
                }
            }
            ExitCode::Trouble
        }
    }
}

fn dispatch(cli: &Cli) -> anyhow::Result<ExitCode> {
    let env = commands::Env::new(cli)?;
    match &cli.command {
        Command::Check(args) => commands::check::run(&env, args),
        Command::New(args) => commands::new::run(&env, args),
        Command::Reviewed(args) => commands::reviewed::run(&env, args),
        Command::Schema => commands::schema::run(),
        Command::Init(args) => commands::init::run(&env, args),
        Command::Completions(args) => commands::completions::run(args),
        Command::Review(args) => commands::review::run(&env, args),
        Command::Actions(args) => commands::actions::run(&env, args),
        Command::Calendar(args) => commands::calendar::run(&env, args),
        Command::List(args) => commands::list::run(&env, args),
        Command::Show(args) => commands::show::run(&env, args),
        Command::Map(args) => commands::map::run(&env, args),
        Command::Report(args) => commands::report::run(&env, args),
        Command::Log(args) => commands::log::run(&env, args),
        Command::Changes(args) => commands::changes::run(&env, args),
        Command::Export(args) => commands::export::run(&env, args),
    }
}

/// The scratch folders of every test: removed when the test ends, kept
/// when `DOSSIER_KEEP_SCRATCH` asks (tested here once, not in every test
/// binary that includes them).
#[cfg(test)]
mod scratch_tests {
    use crate::scratch::{KEEP_SCRATCH, scratch};
    use std::path::PathBuf;

    /// Set in the child process of [`kept_when_asked`].
    const CHILD: &str = "DOSSIER_SCRATCH_TEST_CHILD";

    #[test]
    fn removed_with_everything_in_it_when_dropped() {
        if std::env::var_os(CHILD).is_some() {
            return;
        }
        let dir = scratch("removed");
        std::fs::create_dir_all(dir.join("dossiers/emea")).unwrap();
        std::fs::write(dir.join("dossiers/emea/acme.yaml"), "version: 1\n").unwrap();
        let path = dir.to_path_buf();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("dossier-removed-"), "{name}");
        assert_eq!(path.parent(), Some(std::env::temp_dir().as_path()));
        drop(dir);
        assert!(!path.exists(), "{} is still there", path.display());
    }

    /// The test runs itself again in a child process with the variable set
    /// (setting it here would change it for every test running alongside):
    /// the child makes a scratch folder, prints its path and drops it.
    #[test]
    fn kept_when_asked() {
        if std::env::var_os(CHILD).is_some() {
            let dir = scratch("kept");
            println!("scratch: {}", dir.display());
            return;
        }
        let child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "scratch_tests::kept_when_asked", "--nocapture"])
            .env(CHILD, "1")
            .env(KEEP_SCRATCH, "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&child.stdout);
        let stderr = String::from_utf8_lossy(&child.stderr);
        assert!(child.status.success(), "{stdout}\n{stderr}");
        let path = stdout
            .lines()
            .find_map(|line| line.strip_prefix("scratch: "))
            .map(PathBuf::from)
            .unwrap_or_else(|| panic!("no path in {stdout}"));
        // Kept, and named on stderr so that a failing test shows where.
        assert!(path.is_dir(), "{} is gone\n{stdout}", path.display());
        assert!(stderr.contains(&*path.to_string_lossy()), "{stderr}");
        std::fs::remove_dir(&path).unwrap();
    }
}
