//! `dossier new NAME`: a new dossier from a template, never over an existing one.

use super::Env;
use crate::cli::NewArgs;
use crate::exit::ExitCode;
use crate::style::sanitize;
use crate::template::{self, LookupError, Values};
use crate::{load, slug, write};
use anyhow::{Context as _, bail};
use std::path::{Component, Path, PathBuf};

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
    let text = point_at_schema(text, env);
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
    // A name typed on macOS may arrive in NFD: spelled in NFC, `й` stays `y`.
    let made = slug::slugify(&crate::names::nfc(name));
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
    let wanted = load::id_key(id);
    if let Some(existing) = discovery
        .files
        .iter()
        .find(|file| load::id_key(&file.id) == wanted)
    {
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

/// The shipped templates point editors at `../dossier.schema.json`, which is
/// right for `dossiers/<id>.yaml` beside a `dossier.yaml` (where `dossier
/// init` writes the schema). When `dossiers_dir` is elsewhere, the path is
/// made relative to where the new file lands.
fn point_at_schema(text: String, env: &Env) -> String {
    const SHIPPED: &str = "$schema=../dossier.schema.json";
    let Some(root) = env.settings.file.as_deref().and_then(Path::parent) else {
        return text;
    };
    let from = normalize(&env.cwd.join(&env.settings.dossiers_dir));
    let to = normalize(&env.cwd.join(root).join("dossier.schema.json"));
    let Some(relative) = relative_path(&from, &to) else {
        return text;
    };
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.starts_with("# yaml-language-server:") && first_line.contains(SHIPPED) {
        text.replacen(SHIPPED, &format!("$schema={relative}"), 1)
    } else {
        text
    }
}

/// `a/./b/../c` is `a/c`, without asking the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `to` as seen from the folder `from`, with `/` separators (a modeline is a URL).
fn relative_path(from: &Path, to: &Path) -> Option<String> {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let parts: Vec<String> = std::iter::repeat_n("..".to_owned(), from.len() - common)
        .chain(
            to[common..]
                .iter()
                .map(|c| c.as_os_str().to_string_lossy().into_owned()),
        )
        .collect();
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_for_the_schema_modeline() {
        let to = Path::new("/repo/dossier.schema.json");
        assert_eq!(
            relative_path(Path::new("/repo/dossiers"), to).as_deref(),
            Some("../dossier.schema.json")
        );
        assert_eq!(
            relative_path(Path::new("/repo/accounts/emea"), to).as_deref(),
            Some("../../dossier.schema.json")
        );
        assert_eq!(
            relative_path(Path::new("/repo"), to).as_deref(),
            Some("dossier.schema.json")
        );
        assert_eq!(
            normalize(Path::new("/repo/./x/../dossiers")),
            PathBuf::from("/repo/dossiers")
        );
    }
}
