//! `dossier init` and `dossier completions` end to end.

mod common;

use std::fs;
use std::path::Path;

use common::{Dossier, NO_GIT_CONFIG, Run, git, root, scratch};

/// `dossier --color never ARGS` in `dir`, with no git configuration.
fn dossier(dir: &Path, args: &[&str]) -> Run {
    Dossier::new().cwd(dir).envs(NO_GIT_CONFIG).run(args)
}

#[test]
fn sets_up_a_repository_that_new_and_check_work_in() {
    let dir = scratch("fresh");
    let result = dossier(&dir, &["init", "sales"]);
    assert_eq!(result.status, 0, "{result}");
    let root = dir.join("sales");
    for created in [
        "sales/dossiers/",
        "sales/dossier.yaml",
        "sales/templates/default.yaml",
        "sales/dossier.schema.json",
    ] {
        assert!(
            result.stdout.contains(&format!("created {created}\n")),
            "{created}: {result}"
        );
    }
    assert!(root.join("dossiers").is_dir());
    let schema = dossier(&dir, &["schema"]);
    assert_eq!(
        fs::read_to_string(root.join("dossier.schema.json")).expect("schema file"),
        schema.stdout
    );
    assert_eq!(
        fs::read_to_string(root.join("templates/default.yaml")).expect("template"),
        fs::read_to_string(common::root().join("templates/default.yaml"))
            .expect("the shipped template")
    );

    // From inside, the settings file is found and a new dossier passes check.
    let result = dossier(&root, &["new", "ООО «Ромашка»", "--owner", "Иван Петров"]);
    assert_eq!(result.status, 0, "{result}");
    assert_eq!(result.stdout, "dossiers/ooo-romashka.yaml\n");
    let result = dossier(&root, &["check"]);
    assert_eq!(result.status, 0, "{result}");
    assert!(result.stdout.contains("1 dossier: 1 valid"), "{result}");
}

#[test]
fn never_overwrites_and_can_run_again() {
    let dir = scratch("again");
    fs::write(dir.join("dossier.yaml"), "# ours\ndossiers_dir: dossiers\n").expect("settings");
    let result = dossier(&dir, &["init"]);
    assert_eq!(result.status, 0, "{result}");
    assert!(
        result.stdout.contains("kept ./dossier.yaml (already there"),
        "{result}"
    );
    assert!(
        result.stdout.contains("created ./dossier.schema.json"),
        "{result}"
    );
    assert_eq!(
        fs::read_to_string(dir.join("dossier.yaml")).expect("read"),
        "# ours\ndossiers_dir: dossiers\n"
    );
    fs::write(dir.join("templates/default.yaml"), "# my template\n").expect("edit");
    let result = dossier(&dir, &["init"]);
    assert_eq!(result.status, 0, "{result}");
    assert!(!result.stdout.contains("created"), "{result}");
    assert_eq!(
        fs::read_to_string(dir.join("templates/default.yaml")).expect("read"),
        "# my template\n"
    );
}

#[test]
fn git_hook_needs_a_repository() {
    let dir = scratch("no-git");
    let result = dossier(&dir, &["init", "--git-hook"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("git init"), "{result}");
    assert_eq!(
        fs::read_dir(&dir).expect("list").count(),
        0,
        "nothing created"
    );
}

#[test]
fn git_hook_refuses_a_commit_while_a_dossier_has_errors() {
    let dir = scratch("hook");
    let init = git(&dir, &["init", "-q"]);
    assert_eq!(init.status, 0, "{init}");
    // The dossier repository is a sub-folder of the git work tree.
    let result = dossier(&dir, &["init", "accounts", "--git-hook"]);
    assert_eq!(result.status, 0, "{result}");
    let hook = dir.join(".git/hooks/pre-commit");
    assert!(result.stdout.contains("created"), "{result}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&hook).expect("hook").permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "executable");
    }
    let script = fs::read_to_string(&hook).expect("hook");
    assert!(script.contains("cd 'accounts'"), "{script}");
    assert!(script.contains("exec dossier check"), "{script}");

    let new = dossier(&dir.join("accounts"), &["new", "ACME", "--owner", "Ivan"]);
    assert_eq!(new.status, 0, "{new}");
    let dossier_path = dir.join("accounts/dossiers/acme.yaml");
    let good = fs::read_to_string(&dossier_path).expect("read");
    fs::write(&dossier_path, good.replace("version: 1", "version: 2")).expect("break it");
    assert_eq!(git(&dir, &["add", "."]).status, 0);
    let commit = git(&dir, &["commit", "-q", "-m", "broken"]);
    assert_ne!(commit.status, 0, "the hook refuses: {commit}");
    // git shows a hook's output on stderr.
    assert!(commit.stderr.contains("unsupported-version"), "{commit}");

    fs::write(&dossier_path, &good).expect("fix it");
    assert_eq!(git(&dir, &["add", "."]).status, 0);
    let commit = git(&dir, &["commit", "-q", "-m", "fixed"]);
    assert_eq!(commit.status, 0, "warnings do not block: {commit}");

    // An existing hook is kept.
    let again = dossier(&dir, &["init", "accounts", "--git-hook"]);
    assert_eq!(again.status, 0, "{again}");
    assert!(
        again.stdout.contains("hooks/pre-commit (already there"),
        "{again}"
    );
}

#[test]
fn completions_for_every_shell() {
    let dir = scratch("completions");
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let result = dossier(&dir, &["completions", shell]);
        assert_eq!(result.status, 0, "{shell}: {result}");
        for word in ["reviewed", "schema", "template"] {
            assert!(result.stdout.contains(word), "{shell} completes {word}");
        }
    }
    let result = dossier(&dir, &["completions", "tcsh"]);
    assert_eq!(result.status, 2, "{result}");
}

#[test]
fn the_pre_commit_framework_hook_runs_check() {
    let hooks = fs::read_to_string(root().join(".pre-commit-hooks.yaml"))
        .expect("the repository ships .pre-commit-hooks.yaml");
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    let hooks: serde_json::Value =
        serde_saphyr::from_str_with_options(&hooks, options).expect("YAML");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "dossier-check");
    assert_eq!(hook["entry"], "dossier check");
    assert_eq!(hook["pass_filenames"], false);
}
