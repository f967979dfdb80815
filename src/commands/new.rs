//! `dossier new NAME`: a new dossier from a template, never over an existing one.

use super::Env;
use crate::cli::NewArgs;
use crate::exit::ExitCode;
use crate::style::sanitize;
use crate::template::{self, LookupError, Values};
use crate::{load, slug, write};
use anyhow::{Context as _, bail};
use std::path::Path;

pub fn run(env: &Env, args: &NewArgs) -> anyhow::Result<ExitCode> {
    let name = args.name.trim();
    if name.is_empty() {
        bail!("the client's name is empty; usage: dossier new NAME");
    }
    let id = choose_id(name, args.id.as_deref())?;
    let owner = owner(env, args.owner.as_deref())?;
    if !template::is_valid_name(&args.template) {
        bail!(
            "`--template {}`: a template is named by its file name without `.yaml` (letters, digits, `-`, `_`)",
            sanitize(&args.template)
        );
    }
    let found = match template::find(&env.settings.templates_dir, &args.template) {
        Ok(found) => found,
        Err(LookupError::NotFound { available }) => bail!(
            "no template `{}` in {} and none built in{}; templates: {}",
            args.template,
            env.settings.templates_dir.display(),
            crate::suggest::closest(&args.template, available.iter().map(String::as_str))
                .map(|close| format!(" (did you mean `{close}`?)"))
                .unwrap_or_default(),
            available.join(", ")
        ),
        Err(LookupError::Unreadable(message)) => bail!("{message}"),
    };

    let dir = &env.settings.dossiers_dir;
    refuse_taken_id(dir, &id)?;
    let today = crate::dates::today().to_string();
    let text = template::render(
        &found.text,
        &Values {
            name,
            id: &id,
            owner: &owner,
            today: &today,
        },
    );
    let loaded = load::load_bytes(text.as_bytes(), &env.rules_context());
    if loaded.has_errors() {
        let problems: Vec<String> = loaded
            .findings
            .iter()
            .filter(|f| f.code.severity() == crate::diag::Severity::Error)
            .map(|f| {
                format!(
                    "  line {}:{}: {} [{}]",
                    f.position.line, f.position.column, f.message, f.code
                )
            })
            .collect();
        bail!(
            "{} does not make a valid dossier, so nothing was written:\n{}",
            found.source,
            sanitize(&problems.join("\n"))
        );
    }

    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join(format!("{id}.yaml"));
    match write::create_new(&path, text.as_bytes()) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => bail!(
            "{} already exists; it was left as it is (pick another name or `--id`)",
            path.display()
        ),
        Err(error) => bail!(
            "cannot write {}: {}",
            path.display(),
            load::describe_io(&error)
        ),
    }
    println!("{}", sanitize(&path.display().to_string()));
    Ok(ExitCode::Success)
}

/// `--id` as typed (when it is a plain file stem), else the name in ASCII.
fn choose_id(name: &str, typed: Option<&str>) -> anyhow::Result<String> {
    if let Some(id) = typed {
        if !slug::is_valid_id(id) {
            bail!(
                "`--id {}`: an id is lower-case a-z, 0-9 and `-`, starting with a letter or digit (it becomes the file name)",
                sanitize(id)
            );
        }
        return Ok(id.to_owned());
    }
    let made = slug::slugify(name);
    if made.id.is_empty() {
        bail!(
            "cannot make an id from `{}`: no letters or digits to spell in ASCII; pass one with --id",
            sanitize(name)
        );
    }
    if !made.dropped.is_empty() {
        let dropped: String = made.dropped.iter().collect();
        eprintln!(
            "dossier: note: `{}` left out of the id `{}`; pass --id to choose another",
            sanitize(&dropped),
            made.id
        );
    }
    Ok(made.id)
}

/// Ids are unique across the whole tree, sub-folders included.
fn refuse_taken_id(dir: &Path, id: &str) -> anyhow::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let discovery = load::discover(&[dir.to_path_buf()]);
    if let Some(existing) = discovery.files.iter().find(|file| file.id == id) {
        bail!(
            "the id `{id}` is taken by {}; ids are unique across sub-folders (pass another with --id)",
            sanitize(&existing.path.display().to_string())
        );
    }
    Ok(())
}

/// `--owner`, else `git config user.name`, else `$USER`.
fn owner(env: &Env, typed: Option<&str>) -> anyhow::Result<String> {
    if let Some(owner) = typed {
        if owner.trim().is_empty() {
            bail!("`--owner` is empty; name the account manager");
        }
        return Ok(owner.trim().to_owned());
    }
    let from_git = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(&env.cwd)
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|output| output.status.success())
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty());
    if let Some(name) = from_git {
        return Ok(name);
    }
    match std::env::var("USER") {
        Ok(user) if !user.trim().is_empty() => Ok(user.trim().to_owned()),
        _ => bail!(
            "cannot tell who owns the dossier (no `git config user.name`, no $USER); pass --owner NAME"
        ),
    }
}
