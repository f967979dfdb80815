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
