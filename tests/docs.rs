//! The README is part of the contract: it must list every check code and the
//! exact commands a new user types.

mod common;

use common::root;

use dossier::diag::Code;

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md is in the repository")
}

#[test]
fn readme_lists_every_check_code() {
    let readme = readme();
    for code in Code::ALL {
        assert!(
            readme.contains(&format!("| `{}` |", code.as_str())),
            "README.md does not document `{code}` in a table row"
        );
    }
}

#[test]
fn readme_starts_with_the_test_command_ci_runs() {
    let readme = readme();
    let ci = std::fs::read_to_string(root().join(".ci/run")).expect(".ci/run is in the repository");
    let first_block: String = readme
        .split("```sh")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap_or_default()
        .to_owned();
    let test_command = first_block
        .lines()
        .find(|line| line.starts_with("cargo test"))
        .and_then(|line| line.split('#').next())
        .map(str::trim)
        .expect("the README's first block has the test command");
    assert!(
        ci.lines().any(|line| line.trim() == test_command),
        "`.ci/run` must run `{test_command}`"
    );
}

#[test]
fn the_format_tour_is_a_valid_dossier() {
    let readme = readme();
    let tour = readme
        .split("## A short tour of the format")
        .nth(1)
        .and_then(|rest| rest.split("```yaml").nth(1))
        .and_then(|rest| rest.split("```").next())
        .expect("the README has a format tour in a yaml block");
    let dir = common::scratch("tour");
    std::fs::write(dir.join("tour.yaml"), tour).expect("write the tour");
    let run = common::dossier_in(&dir, &["check", "--format", "json", "tour.yaml"]);
    assert_eq!(run.status, 0, "{run}");
    let report = run.json();
    let errors: Vec<_> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{run}");
}

/// Every README example that shows a command's output with `--as-of` or
/// `SOURCE_DATE_EPOCH=` (so that the output does not move with today's date
/// or the clock) prints exactly that output when run on the bundled
/// dossiers, environment variables and double-quoted words included
/// (`DOSSIER_LANG=ru dossier review --as-of 2026-11-28`). An iCalendar
/// feed's CRLF line ends are compared as the README's LF.
#[test]
fn readme_outputs_are_what_the_commands_print() {
    let readme = readme();
    let mut pinned = 0;
    for block in readme.split("```text\n").skip(1) {
        let block = block.split("```").next().unwrap_or_default();
        let Some((first, expected)) = block.split_once('\n') else {
            continue;
        };
        let Some(command) = first.strip_prefix("$ ") else {
            continue;
        };
        if !command.contains("--as-of") && !command.contains("SOURCE_DATE_EPOCH=") {
            continue;
        }
        let words = shell_words(command);
        let mut words = words.iter().map(String::as_str);
        let mut dossier = common::Dossier::new().cwd(root());
        let mut program = None;
        for word in words.by_ref() {
            match word.split_once('=') {
                Some((key, value)) if program.is_none() => dossier = dossier.env(key, value),
                _ => {
                    program = Some(word);
                    break;
                }
            }
        }
        assert_eq!(program, Some("dossier"), "{command}");
        let args: Vec<&str> = words.collect();
        let run = dossier.run(&args);
        assert_eq!(
            run.stdout.replace("\r\n", "\n"),
            expected,
            "README: `{command}`\n{run}"
        );
        pinned += 1;
    }
    assert!(
        pinned >= 3,
        "the README shows review in English and in Russian, and check"
    );
}

/// A command line's words as a shell splits them: at spaces, except inside
/// double quotes (which are removed).
fn shell_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    for c in command.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                word.get_or_insert_with(String::new);
            }
            c if c.is_whitespace() && !quoted => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// The lines of every README code block marked `lang`, block by block.
fn readme_blocks(lang: &str) -> Vec<String> {
    readme()
        .split(&format!("```{lang}\n"))
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .map(str::to_owned)
        .collect()
}

/// A home folder as the README's Install leaves it: `cargo install --locked
/// --path .` puts the binary in `~/.cargo/bin`.
fn home_after_install() -> common::Scratch {
    let home = common::scratch("home");
    let bin = home.join(".cargo/bin");
    std::fs::create_dir_all(&bin).expect("~/.cargo/bin");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_dossier"), bin.join("dossier"))
        .expect("install the binary");
    home
}

/// Runs `script` with `/bin/sh` in nothing but the environment given, as
/// cron does (cron sets `HOME`, `LOGNAME`, `SHELL` and `PATH=/usr/bin:/bin`).
fn sh_with(script: &str, envs: &[(&str, &std::ffi::OsStr)]) -> common::Run {
    let output = std::process::Command::new("/bin/sh")
        .args(["-c", script])
        .env_clear()
        .envs(envs.iter().copied())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run /bin/sh");
    common::Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Every cron line of the README runs under cron's `PATH=/usr/bin:/bin`
/// after the README's own Install step: `dossier` is found, every `%` is
/// escaped (cron turns a bare one into a line break), and each job does its
/// work on a clone of a dossier repository standing in for
/// `/srv/key-accounts`.
#[test]
fn readme_cron_lines_run_after_the_readme_s_install() {
    let home = home_after_install();
    let work = common::scratch("cron");
    let git = |dir: &std::path::Path, args: &[&str]| {
        let run = common::git(dir, args);
        assert_eq!(run.status, 0, "git {args:?}: {run}");
    };
    let origin = work.join("origin");
    std::fs::create_dir_all(&origin).expect("origin");
    let copied = std::process::Command::new("cp")
        .args(["-R", "--"])
        .arg(common::fixtures("portfolio").join("."))
        .arg(&origin)
        .status()
        .expect("run cp");
    assert!(copied.success());
    git(&origin, &["init", "-q"]);
    git(&origin, &["add", "."]);
    git(&origin, &["commit", "-q", "-m", "the portfolio"]);
    let clone = work.join("key-accounts");
    git(
        &work,
        &["clone", "-q", "origin", clone.to_str().expect("UTF-8")],
    );
    let calendars = work.join("calendars");
    std::fs::create_dir_all(&calendars).expect("calendars");

    let mut jobs = 0;
    for block in readme_blocks("crontab") {
        for line in block.lines() {
            // A job starts with its time fields; other lines are comments
            // and variables (`MAILTO=…`).
            if !line.starts_with(|c: char| c.is_ascii_digit() || c == '*') {
                continue;
            }
            let mut command = line;
            for _ in 0..5 {
                let field = command.trim_start();
                let end = field.find(' ').expect("five time fields, then the command");
                command = &field[end..];
            }
            let command = command.trim_start();
            assert!(
                !command.replace("\\%", "").contains('%'),
                "cron turns a bare % into a line break: `{line}`"
            );
            let script = format!(
                "mail() {{ cat >/dev/null; }}\n{}",
                command
                    .replace("\\%", "%")
                    .replace("/srv/key-accounts", clone.to_str().expect("UTF-8"))
                    .replace("/var/www/calendars", calendars.to_str().expect("UTF-8"))
            );
            let run = sh_with(
                &script,
                &[
                    ("HOME", home.as_os_str()),
                    ("LOGNAME", "director".as_ref()),
                    ("SHELL", "/bin/sh".as_ref()),
                    ("PATH", "/usr/bin:/bin".as_ref()),
                ],
            );
            assert!(
                run.status != 126 && run.status != 127 && !run.stderr.contains("not found"),
                "`{line}`\n{run}"
            );
            assert!(!run.stderr.contains("dossier: error"), "`{line}`\n{run}");
            jobs += 1;
        }
    }
    assert!(jobs >= 4, "the README's cron lines: {jobs}");
    for feed in ["key-accounts.ics", "marina.ics"] {
        let text = std::fs::read_to_string(calendars.join(feed)).expect("the feed is written");
        assert!(text.starts_with("BEGIN:VCALENDAR"), "{feed}");
    }
}

/// The README's completion lines work for a user who has never had bash
/// completions of their own (no `~/.local/share/bash-completion` yet).
#[test]
fn readme_completion_lines_work_in_a_fresh_home() {
    let home = home_after_install();
    let lines: Vec<String> = readme_blocks("sh")
        .iter()
        .flat_map(|block| block.lines().map(str::to_owned).collect::<Vec<_>>())
        .filter(|line| line.contains("bash-completion"))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    let path = format!("{}/.cargo/bin:/usr/bin:/bin", home.to_str().expect("UTF-8"));
    let run = sh_with(
        &format!("set -e\n{}", lines.join("\n")),
        &[("HOME", home.as_os_str()), ("PATH", path.as_ref())],
    );
    assert_eq!(run.status, 0, "{run}");
    let script =
        std::fs::read_to_string(home.join(".local/share/bash-completion/completions/dossier"))
            .expect("the completion script is written");
    assert!(script.contains("complete -F"), "{script}");
}
