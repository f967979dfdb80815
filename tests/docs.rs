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
        pinned >= 2,
        "the README shows review in English and in Russian"
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
