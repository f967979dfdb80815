//! `dossier init` and `dossier completions` end to end.

mod common;

use std::fs;
use std::path::Path;

use common::{Dossier, NO_GIT_CONFIG, Run, Scratch, git, root, scratch};

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

/// `init DIR` says what to type next, and that works where the user is:
/// it changes into DIR first, where `new` finds the settings.
#[test]
fn the_next_step_init_prints_works_from_where_it_ran() {
    let dir = scratch("next");
    let result = dossier(&dir, &["init", "sales team"]);
    assert_eq!(result.status, 0, "{result}");
    let next = result
        .stdout
        .lines()
        .find_map(|line| line.strip_prefix("next: "))
        .and_then(|line| line.split("   (").next())
        .and_then(|command| command.strip_prefix('`')?.strip_suffix('`'))
        .expect("the next step, in backticks");
    assert_eq!(next, "cd 'sales team' && dossier new \"Client name\"");
    let binary = Path::new(env!("CARGO_BIN_EXE_dossier"))
        .parent()
        .expect("the binary's folder");
    let path = format!(
        "{}:{}",
        binary.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let status = std::process::Command::new("/bin/sh")
        .args(["-c", next])
        .current_dir(&dir)
        .env("PATH", path)
        .env("USER", "Ivan")
        .envs(NO_GIT_CONFIG.iter().copied())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run sh");
    assert!(status.success());
    assert!(dir.join("sales team/dossiers/client-name.yaml").is_file());
}

/// The next step is a command in backticks in both languages, as every
/// command a message names.
#[test]
fn the_next_step_is_quoted_alike_in_both_languages() {
    let dir = scratch("next-quoted");
    let english = dossier(&dir, &["--lang", "en", "init"]);
    assert!(
        english.stdout.ends_with(
            "next: `dossier new \"Client name\"`   (then edit the file and run `dossier check`)\n"
        ),
        "{english}"
    );
    let russian = dossier(&dir, &["--lang", "ru", "init", "sales"]);
    assert!(
        russian.stdout.ends_with(
            "дальше: `cd 'sales' && dossier new \"Название клиента\"`   (затем отредактируйте файл и запустите `dossier check`)\n"
        ),
        "{russian}"
    );
    let english = dossier(&dir, &["--lang", "en", "init", "sales"]);
    assert!(
        english
            .stdout
            .contains("next: `cd 'sales' && dossier new \"Client name\"`   ("),
        "{english}"
    );
}

/// Run in a sub-folder of the work tree, `init --git-hook` names the hook
/// by a clean path: whole, with no `..` (git names the hooks folder
/// `../../.git/hooks` from there); from the top, relative to it.
#[test]
fn the_hook_is_named_by_a_clean_path_from_a_sub_folder() {
    let dir = scratch("hook-sub");
    assert_eq!(git(&dir, &["init", "-q"]).status, 0);
    let sub = dir.join("sales/emea");
    fs::create_dir_all(&sub).expect("sub-folder");
    let hook = fs::canonicalize(&dir)
        .expect("the work tree")
        .join(".git/hooks/pre-commit");
    for (lang, created, kept) in [
        ("en", "created ", "kept "),
        ("ru", "создано: ", "оставлено: "),
    ] {
        let run = dossier(&sub, &["--lang", lang, "init", "--git-hook"]);
        assert_eq!(run.status, 0, "{run}");
        assert!(!run.stdout.contains(".."), "{run}");
        let named = if lang == "en" { created } else { kept };
        assert!(
            run.stdout.contains(&format!("{named}{}", hook.display())),
            "{run}"
        );
    }
    assert!(hook.is_file());
    // From the top the hook runs `dossier check` there: it is rewritten.
    let top = dossier(&dir, &["init", "--git-hook"]);
    assert!(
        top.stdout.contains("updated .git/hooks/pre-commit\n"),
        "{top}"
    );
    // A hook someone else wrote is named the same way in the error.
    fs::write(&hook, "#!/bin/sh\nexit 0\n").expect("a foreign hook");
    let foreign = dossier(&sub, &["init", "--git-hook"]);
    assert_eq!(foreign.status, 2, "{foreign}");
    assert!(!foreign.stderr.contains(".."), "{foreign}");
    assert!(
        foreign.stderr.contains(&hook.display().to_string()),
        "{foreign}"
    );
}

/// `init` in a Russian run writes the template with Russian comments as
/// `templates/default.yaml`, so the team's `new` starts from it in any run,
/// and `dossier.yaml` with Russian comments and `language: ru`.
#[test]
fn a_russian_run_writes_the_russian_template() {
    let dir = scratch("init-ru");
    let result = dossier(&dir, &["--lang", "ru", "init", "sales"]);
    assert_eq!(result.status, 0, "{result}");
    assert_eq!(
        fs::read_to_string(dir.join("sales/templates/default.yaml")).expect("template"),
        fs::read_to_string(root().join("templates/ru.yaml")).expect("ru template")
    );
    // `language: ru` in dossier.yaml: a run with no Russian locale (cron's)
    // speaks Russian too.
    let settings = fs::read_to_string(dir.join("sales/dossier.yaml")).expect("settings");
    assert!(settings.contains("\nlanguage: ru "), "{settings}");
    let review = dossier(&dir.join("sales"), &["review"]);
    assert!(review.stdout.contains("просрочено"), "{review}");
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
    // The folder is named as when it was created, with its `/`.
    assert!(
        result
            .stdout
            .starts_with("kept ./dossiers/ (already there; left as it is)\n"),
        "{result}"
    );
    let russian = dossier(&dir, &["--lang", "ru", "init"]);
    assert!(
        russian
            .stdout
            .starts_with("оставлено: ./dossiers/ (уже есть; не изменено)\n"),
        "{russian}"
    );
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

    commit_broken_then_fixed(&dir, &dir.join("accounts"));

    // Our own hook, already up to date, is kept.
    let again = dossier(&dir, &["init", "accounts", "--git-hook"]);
    assert_eq!(again.status, 0, "{again}");
    assert!(
        again.stdout.contains("hooks/pre-commit (already there"),
        "{again}"
    );
}

/// In the work tree `dir`, with the hook installed for the dossier
/// repository `root`: a new dossier committed with an error is refused, and
/// once fixed (warnings left) it is committed. Returns the good commit's run.
fn commit_broken_then_fixed(dir: &Path, root: &Path) -> Run {
    let new = dossier(root, &["new", "ACME", "--owner", "Ivan"]);
    assert_eq!(new.status, 0, "{new}");
    let path = root.join("dossiers/acme.yaml");
    let good = fs::read_to_string(&path).expect("read");
    fs::write(&path, good.replace("version: 1", "version: 2")).expect("break it");
    assert_eq!(git(dir, &["add", "."]).status, 0);
    let commit = git(dir, &["commit", "-q", "-m", "broken"]);
    assert_ne!(commit.status, 0, "the hook refuses: {commit}");
    // git shows a hook's output on stderr.
    assert!(commit.stderr.contains("unsupported-version"), "{commit}");

    fs::write(&path, &good).expect("fix it");
    assert_eq!(git(dir, &["add", "."]).status, 0);
    let commit = git(dir, &["commit", "-q", "-m", "fixed"]);
    assert_eq!(commit.status, 0, "warnings do not block: {commit}");
    commit
}

/// A repository with the hook installed, one good dossier committed;
/// returns the work tree and the dossier's good text.
fn hooked_repository(name: &str) -> (Scratch, String) {
    let dir = scratch(name);
    assert_eq!(git(&dir, &["init", "-q"]).status, 0);
    let init = dossier(&dir, &["init", "--git-hook"]);
    assert_eq!(init.status, 0, "{init}");
    let new = dossier(&dir, &["new", "ACME", "--owner", "Ivan"]);
    assert_eq!(new.status, 0, "{new}");
    assert_eq!(git(&dir, &["add", "."]).status, 0);
    let commit = git(&dir, &["commit", "-q", "-m", "ACME"]);
    assert_eq!(commit.status, 0, "{commit}");
    let good = fs::read_to_string(dir.join("dossiers/acme.yaml")).expect("read");
    (dir, good)
}

#[test]
fn the_hook_checks_what_is_staged_not_the_working_copy() {
    let (dir, good) = hooked_repository("hook-staged");
    let path = dir.join("dossiers/acme.yaml");
    let today = dossier::dates::today().to_string();
    let broken = good.replace(
        &format!("last_reviewed: {today}"),
        "last_reviewed: 2026-13-01",
    );
    assert_ne!(broken, good);
    fs::write(&path, &broken).expect("break it");
    assert_eq!(git(&dir, &["add", "."]).status, 0);
    // Fixed in the working copy only: the commit would still record the break.
    fs::write(&path, &good).expect("fix the working copy");
    let commit = git(&dir, &["commit", "-q", "-m", "broken date"]);
    assert_ne!(commit.status, 0, "the staged break is refused: {commit}");
    assert!(commit.stderr.contains("invalid-date"), "{commit}");
    // Only what refuses the commit is printed: no warnings.
    assert!(!commit.stderr.contains("warning"), "{commit}");

    let check = dossier(&dir, &["check", "--staged"]);
    assert_eq!(check.status, 1, "{check}");
    assert_eq!(dossier(&dir, &["check"]).status, 0);
}

#[test]
fn a_colleague_s_unstaged_broken_file_does_not_block_a_good_commit() {
    let (dir, good) = hooked_repository("hook-unstaged");
    // Someone else's file, broken and never staged; ours, changed and good.
    fs::write(dir.join("dossiers/beta.yaml"), "version: 1\nclient: [\n").expect("write");
    fs::write(
        dir.join("dossiers/acme.yaml"),
        good.replace("version: 1", "version: 1 # checked"),
    )
    .expect("write");
    assert_eq!(git(&dir, &["add", "dossiers/acme.yaml"]).status, 0);
    let commit = git(&dir, &["commit", "-q", "-m", "good"]);
    assert_eq!(commit.status, 0, "{commit}");
    assert_eq!(
        dossier(&dir, &["check"]).status,
        1,
        "the working copy is broken"
    );
}

#[test]
fn init_git_hook_updates_its_own_hook_and_refuses_a_foreign_one() {
    let dir = scratch("hook-update");
    assert_eq!(git(&dir, &["init", "-q"]).status, 0);
    let hook = dir.join(".git/hooks/pre-commit");
    fs::create_dir_all(hook.parent().expect("hooks")).expect("hooks folder");
    // What an earlier `dossier init --git-hook` wrote.
    let earlier = "#!/bin/sh\n\
        # Installed by `dossier init --git-hook`: a commit is refused while any\n\
        # dossier has errors; warnings are shown and let the commit through.\n\
        exec dossier check\n";
    fs::write(&hook, earlier).expect("old hook");
    let update = dossier(&dir, &["init", "--git-hook"]);
    assert_eq!(update.status, 0, "{update}");
    assert!(update.stdout.contains("updated"), "{update}");
    let script = fs::read_to_string(&hook).expect("hook");
    assert!(
        script.contains("exec dossier check --staged --quiet"),
        "{script}"
    );

    // Someone else's hook: left alone, said so, exit 2.
    let foreign = "#!/bin/sh\nexec make lint\n";
    fs::write(&hook, foreign).expect("foreign hook");
    let refused = dossier(&dir, &["init", "--git-hook"]);
    assert_eq!(refused.status, 2, "{refused}");
    assert!(
        refused.stderr.contains("not written by `dossier init`"),
        "{refused}"
    );
    assert!(
        refused.stderr.contains("dossier check --staged"),
        "{refused}"
    );
    assert!(!refused.stdout.contains("pre-commit"), "{refused}");
    assert_eq!(fs::read_to_string(&hook).expect("hook"), foreign);
}

/// The lines a refused `init --git-hook` asks to add to someone else's hook:
/// the indented lines of its message.
fn lines_to_add(refused: &Run) -> String {
    let lines: Vec<&str> = refused
        .stderr
        .lines()
        .filter_map(|line| line.strip_prefix("    "))
        .collect();
    assert!(!lines.is_empty(), "{refused}");
    lines.join("\n") + "\n"
}

/// A fresh repository whose own pre-commit hook is there already: the rest
/// is set up, the hook is left as it is, exit 2, and the lines the message
/// gives, added to that hook, make it refuse a broken dossier and let a good
/// one through, with the hook's own work still done.
#[test]
fn init_git_hook_beside_a_foreign_hook_sets_up_the_rest_and_gives_the_lines_to_add() {
    for (folder, lang) in [("", "en"), ("sales team", "ru")] {
        let dir = scratch("hook-foreign");
        assert_eq!(git(&dir, &["init", "-q"]).status, 0);
        let hook = dir.join(".git/hooks/pre-commit");
        fs::create_dir_all(hook.parent().expect("hooks")).expect("hooks folder");
        let foreign = "#!/bin/sh\necho 'lint ran' >&2\n";
        fs::write(&hook, foreign).expect("foreign hook");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        let mut args = vec!["--lang", lang, "init", "--git-hook"];
        if !folder.is_empty() {
            args.push(folder);
        }
        let refused = dossier(&dir, &args);
        assert_eq!(refused.status, 2, "{refused}");
        let root = dir.join(folder);
        for made in [
            "dossiers",
            "dossier.yaml",
            "templates/default.yaml",
            "dossier.schema.json",
        ] {
            assert!(root.join(made).exists(), "{made}: {refused}");
        }
        assert_eq!(fs::read_to_string(&hook).expect("hook"), foreign);
        let said = match lang {
            "en" => ["left as it is", "everything else is set up"],
            _ => ["оставлен как есть", "всё остальное настроено"],
        };
        for words in said {
            assert!(refused.stderr.contains(words), "{words}: {refused}");
        }

        let lines = lines_to_add(&refused);
        if folder.is_empty() {
            // The README shows them.
            let readme = fs::read_to_string(common::root().join("README.md")).expect("README");
            assert!(readme.contains(&format!("```sh\n{lines}```\n")), "{lines}");
        }
        let (shebang, rest) = foreign.split_once('\n').expect("two lines");
        fs::write(&hook, format!("{shebang}\n{lines}{rest}")).expect("add the lines");
        let commit = commit_broken_then_fixed(&dir, &root);
        assert!(commit.stderr.contains("lint ran"), "{commit}");
    }
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
