//! `dossier init [DIR]`: set up a dossier repository. Never overwrites: a file
//! that is already there is kept, with a note, so `init` can be run again to
//! add what is missing (for example `--git-hook` later).

use super::Env;
use crate::cli::InitArgs;
use crate::exit::ExitCode;
use crate::i18n::Message;
use crate::msg;
use crate::style::sanitize;
use crate::write;
use anyhow::bail;
use std::path::{Path, PathBuf};
use std::process::Command;

const SETTINGS: &str = "\
# Settings of this dossier repository; `dossier` finds this file by walking up
# from the working folder. Every key is optional; these are the defaults.
# Folders are relative to this file.
dossiers_dir: dossiers
templates_dir: templates
review:
  interval_months: 3     # default review interval in months, 1..3
  due_soon_days: 14      # `dossier review` lists dossiers due within this many days
";

/// The settings `init` writes in a Russian run: the same keys with Russian
/// comments, and `language: ru`, so runs without a Russian locale (cron's,
/// a CI runner's) speak Russian too.
const SETTINGS_RU: &str = "\
# Настройки этого репозитория досье; `dossier` находит файл, поднимаясь вверх
# от рабочей папки. Все ключи необязательны; здесь значения по умолчанию.
# Папки указаны относительно этого файла.
dossiers_dir: dossiers
templates_dir: templates
language: ru             # язык вывода: auto (по локали), en или ru
review:
  interval_months: 3     # интервал обзора по умолчанию, в месяцах, 1..3
  due_soon_days: 14      # `dossier review` покажет досье со сроком в пределах стольких дней
";

/// Sets up `args.dir` (default `.`): the dossiers folder, `dossier.yaml`,
/// the default template and the schema, each kept when already there; with
/// `--git-hook`, the pre-commit hook too.
///
/// # Errors
/// `--git-hook` outside git (before anything is written); a file that cannot
/// be written. A pre-commit hook that `dossier init` did not write is left
/// as it is: everything else is set up, and the error says which lines to
/// add to that hook (exit 2, FORMAT.md "Commands").
pub fn run(env: &Env, args: &InitArgs) -> anyhow::Result<ExitCode> {
    let root = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    // Find the hooks folder first, so a failure leaves nothing half set up.
    let hook = if args.git_hook {
        Some(pre_commit_hook(&root, &env.cwd)?)
    } else {
        None
    };
    std::fs::create_dir_all(&root).map_err(|error| cannot("cannot-create", &root, &error))?;

    let dossiers = root.join("dossiers");
    // A folder is named with its `/`, kept or created alike.
    let folder = format!("{}/", sanitize(&dossiers.display().to_string()));
    if dossiers.is_dir() {
        super::say(msg!("init-kept", path = folder))?;
    } else {
        std::fs::create_dir_all(&dossiers)
            .map_err(|error| cannot("cannot-create", &dossiers, &error))?;
        super::say(msg!("init-created", path = folder))?;
    }

    let settings = match crate::i18n::current() {
        crate::i18n::Lang::Ru => SETTINGS_RU,
        crate::i18n::Lang::En => SETTINGS,
    };
    // In the run's language: Russian comments for a Russian team.
    let (_, default_template) = crate::template::built_in_for(crate::i18n::current());
    let schema = crate::schema::dossier_schema_json();
    let files = [
        (root.join(crate::settings::FILE_NAME), settings.as_bytes()),
        (
            root.join("templates/default.yaml"),
            default_template.as_bytes(),
        ),
        (root.join("dossier.schema.json"), schema.as_bytes()),
    ];
    for (path, bytes) in &files {
        create(path, bytes)?;
    }
    let foreign = match &hook {
        Some(hook) if is_foreign(&hook.path) => Some(hook),
        Some(hook) => {
            install_hook(hook)?;
            None
        }
        None => None,
    };
    // `new` finds dossier.yaml from the working folder: run it in `root`.
    let next = if root == Path::new(".") {
        crate::i18n::text("init-next")
    } else {
        let folder = root.display().to_string().replace('\'', r"'\''");
        msg!("init-next-in", folder = sanitize(&format!("'{folder}'"))).to_string()
    };
    super::say(next)?;
    if let Some(hook) = foreign {
        bail!(msg!(
            "init-foreign-hook",
            path = hook.shown.display().to_string(),
            lines = hook.lines_to_add.clone()
        ));
    }
    Ok(ExitCode::Success)
}

/// Creates `path` unless something is there; says which. True when created.
fn create(path: &Path, bytes: &[u8]) -> anyhow::Result<bool> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|error| cannot("cannot-create", parent, &error))?;
    }
    match write::create_new(path, bytes) {
        Ok(()) => {
            super::say(msg!(
                "init-created",
                path = sanitize(&path.display().to_string())
            ))?;
            Ok(true)
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            report_kept(path)?;
            Ok(false)
        }
        Err(error) => Err(cannot("cannot-write", path, &error)),
    }
}

fn report_kept(path: &Path) -> anyhow::Result<()> {
    super::say(msg!(
        "init-kept",
        path = sanitize(&path.display().to_string())
    ))
}

/// The pre-commit hook `init --git-hook` installs.
struct Hook {
    /// Where it goes: `pre-commit` in git's hooks folder, whole, with no
    /// `..` in it.
    path: PathBuf,
    /// How messages name it: relative to the working folder when the hook
    /// is inside it (`.git/hooks/pre-commit`), else whole.
    shown: PathBuf,
    /// The whole script, for a hook of our own.
    script: String,
    /// The shell lines that do the same inside someone else's hook: refuse
    /// the commit while a staged dossier has errors, and go on otherwise.
    lines_to_add: String,
}

/// Where the pre-commit hook goes and what it runs: `dossier check` in
/// `root` (the hook itself runs at the top of the work tree); `cwd` is the
/// working folder, for naming the hook.
fn pre_commit_hook(root: &Path, cwd: &Path) -> anyhow::Result<Hook> {
    let absolute =
        std::path::absolute(root).map_err(|error| cannot("cannot-read", root, &error))?;
    // `root` may not exist yet: ask git from the nearest folder that does.
    let probe = absolute
        .ancestors()
        .find(|dir| dir.is_dir())
        .unwrap_or(Path::new("/"));
    let git = |args: &[&str]| -> Option<String> {
        let output = Command::new("git")
            .arg("-C")
            .arg(probe)
            .args(args)
            .stderr(std::process::Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&output.stdout);
        output
            .status
            .success()
            .then(|| text.trim_end_matches(['\n', '\r']).to_owned())
    };
    let (Some(hooks), Some(top)) = (
        git(&["rev-parse", "--git-path", "hooks"]),
        git(&["rev-parse", "--show-toplevel"]),
    ) else {
        bail!(msg!("init-not-in-git", path = root.display().to_string()));
    };
    // The hook runs at the top of the work tree and changes into `root`.
    let probe_real = std::fs::canonicalize(probe).unwrap_or_else(|_| probe.to_path_buf());
    let relative = probe_real
        .strip_prefix(&top)
        .unwrap_or(Path::new(""))
        .join(absolute.strip_prefix(probe).unwrap_or(Path::new("")))
        // `accounts`, never `accounts/`: one script for one folder.
        .components()
        .collect::<PathBuf>();
    let folder = (!relative.as_os_str().is_empty())
        .then(|| format!("'{}'", relative.to_string_lossy().replace('\'', r"'\''")));
    let cd = folder
        .as_ref()
        .map_or_else(String::new, |folder| format!("cd {folder} || exit 1\n"));
    let script = format!(
        "#!/bin/sh\n\
         {HOOK_MARK}\n\
         # A commit is refused while any dossier, as staged, has errors; only\n\
         # those errors are printed. Running `dossier init --git-hook` again\n\
         # updates this file.\n\
         # git names the index relative to the top of the work tree: keep it so.\n\
         {KEEP_INDEX}\n\
         {cd}\
         if ! command -v dossier >/dev/null 2>&1; then\n\
         \x20   echo 'pre-commit: `dossier` is not on PATH; install it (cargo install --path <dossier source>)' >&2\n\
         \x20   exit 1\n\
         fi\n\
         exec {HOOK_COMMAND}\n"
    );
    // In someone else's hook: a sub-shell, so its own working folder and
    // the rest of the hook go on as before.
    let lines_to_add = match folder {
        None => format!("    {HOOK_COMMAND} || exit 1"),
        Some(folder) => {
            format!("    {KEEP_INDEX}\n    (cd {folder} && {HOOK_COMMAND}) || exit 1")
        }
    };
    // git names the hooks folder of a sub-folder `../../.git/hooks`.
    let path = real(&probe.join(hooks).join("pre-commit"));
    let cwd = std::fs::canonicalize(cwd).unwrap_or_else(|_| cwd.to_path_buf());
    Ok(Hook {
        shown: crate::settings::tidy(path.clone(), &cwd),
        path,
        script,
        lines_to_add,
    })
}

/// `path` with its links, `.` and `..` resolved, as far as it exists; the
/// rest of it (a file not written yet) appended as it is.
fn real(path: &Path) -> PathBuf {
    let mut missing = Vec::new();
    let mut existing = path;
    loop {
        if let Ok(found) = std::fs::canonicalize(existing) {
            return missing
                .iter()
                .rev()
                .fold(found, |whole, part| whole.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name);
                existing = parent;
            }
            _ => return path.to_path_buf(),
        }
    }
}

/// A plain `git commit` hands its hook `GIT_INDEX_FILE=.git/index`, relative
/// to the top of the work tree: made absolute, it still names the index
/// after the hook changes into the dossier repository.
const KEEP_INDEX: &str = "case \"${GIT_INDEX_FILE:-}\" in ''|/*) ;; *) GIT_INDEX_FILE=\"$PWD/$GIT_INDEX_FILE\"; export GIT_INDEX_FILE ;; esac";

/// The first comment line of every hook `dossier init` writes: how a later
/// `init --git-hook` knows the hook is its own to update.
const HOOK_MARK: &str = "# Installed by `dossier init --git-hook`";

/// What the hook runs: the dossiers as the commit records them (the index,
/// not the working copy), printing only what refuses the commit.
pub const HOOK_COMMAND: &str = "dossier check --staged --quiet";

/// Whether a pre-commit hook is there that `dossier init` did not write, and
/// so must not be replaced.
fn is_foreign(path: &Path) -> bool {
    std::fs::read(path)
        .is_ok_and(|existing| !String::from_utf8_lossy(&existing).contains(HOOK_MARK))
}

/// Writes the hook (atomically), or updates one an earlier `init` wrote.
fn install_hook(hook: &Hook) -> anyhow::Result<()> {
    let (path, script) = (hook.path.as_path(), hook.script.as_str());
    let shown = sanitize(&hook.shown.display().to_string());
    let existing = std::fs::read(path).ok();
    if existing.as_deref() == Some(script.as_bytes()) {
        return super::say(msg!("init-kept-up-to-date", path = shown));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|error| cannot("cannot-create", parent, &error))?;
    }
    write::write_atomic(path, script.as_bytes())
        .map_err(|error| cannot("cannot-write", path, &error))?;
    make_executable(path)?;
    let done = if existing.is_some() {
        msg!("init-updated", path = shown)
    } else {
        msg!("init-created", path = shown)
    };
    super::say(done)
}

fn make_executable(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
            .map_err(|error| cannot("init-cannot-chmod", path, &error))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// An I/O failure on `path` as the catalogue message `id` (with `path` and
/// `why`): `cannot-create`, `cannot-write`, `cannot-read`, `init-cannot-chmod`.
fn cannot(id: &'static str, path: &Path, error: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        Message::new(id)
            .arg("path", path.display().to_string())
            .arg("why", crate::load::describe_io(error))
    )
}
