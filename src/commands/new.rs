//! `dossier new NAME`: a new dossier from a template, never over an existing one.

use super::Env;
use crate::cli::NewArgs;
use crate::exit::ExitCode;
use crate::i18n::Message;
use crate::msg;
use crate::style::sanitize;
use crate::template::{self, LookupError, Values};
use crate::{load, slug, write};
use anyhow::bail;
use std::path::{Component, Path, PathBuf};

pub fn run(env: &Env, args: &NewArgs) -> anyhow::Result<ExitCode> {
    let name = args.name.trim();
    if name.is_empty() {
        bail!(Message::new("new-empty-name"));
    }
    let id = choose_id(name, args.id.as_deref())?;
    let owner = owner(env, args.owner.as_deref())?;
    let template = template_name(env, args.template.as_deref());
    if !template::is_valid_name(template) {
        bail!(msg!("new-bad-template-name", template = sanitize(template)));
    }
    let found = match template::find(&env.settings.templates_dir, template) {
        Ok(found) => found,
        Err(LookupError::NotFound { available }) => bail!(msg!(
            "new-no-template",
            template = sanitize(template),
            folder = env.settings.templates_dir.display().to_string(),
            hint = crate::suggest::hint(crate::suggest::closest(
                template,
                available.iter().map(String::as_str)
            )),
            available = available
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        Err(LookupError::Unreadable(message)) => bail!(message),
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
        // The values go in as one-line YAML strings, so a line of the
        // rendered text is the same line of the template file. Each line is
        // made safe on its own: the breaks between them are the tool's.
        let problems: Vec<String> = loaded
            .findings
            .iter()
            .filter(|f| f.code.severity() == crate::diag::Severity::Error)
            .map(|f| {
                sanitize(&format!(
                    "  {}:{}:{}: {} [{}]",
                    found.source, f.position.line, f.position.column, f.message, f.code
                ))
            })
            .collect();
        bail!(
            "{}\n{}",
            crate::msg!("new-template-invalid", template = found.source.clone()),
            problems.join("\n")
        );
    }

    if let Err(error) = std::fs::create_dir_all(dir) {
        bail!(msg!(
            "cannot-create",
            path = dir.display().to_string(),
            why = load::describe_io(&error)
        ));
    }
    let path = dir.join(format!("{id}.yaml"));
    match write::create_new(&path, text.as_bytes()) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(msg!("new-exists", path = path.display().to_string()))
        }
        Err(error) => bail!(msg!(
            "cannot-write",
            path = path.display().to_string(),
            why = load::describe_io(&error)
        )),
    }
    super::say(sanitize(&path.display().to_string()))?;
    Ok(ExitCode::Success)
}

/// `--id` as typed (when it is a plain file stem), else the name in ASCII.
/// The template `new` starts from: `--template NAME`, else `default`; with
/// neither the option nor `templates/default.yaml`, the built-in template
/// in the run's language ([`template::built_in_for`]: Russian comments in
/// a Russian run).
fn template_name<'a>(env: &Env, chosen: Option<&'a str>) -> &'a str {
    match chosen {
        Some(name) => name,
        None if !env.settings.templates_dir.join("default.yaml").exists() => {
            template::built_in_for(crate::i18n::current()).0
        }
        None => "default",
    }
}

fn choose_id(name: &str, typed: Option<&str>) -> anyhow::Result<String> {
    if let Some(id) = typed {
        if !slug::is_valid_id(id) {
            bail!(msg!("new-bad-id", id = sanitize(id)));
        }
        return Ok(id.to_owned());
    }
    // A name typed on macOS may arrive in NFD: spelled in NFC, `й` stays `y`.
    let made = slug::slugify(&crate::names::nfc(name));
    if made.id.is_empty() {
        bail!(msg!("new-no-id", name = sanitize(name)));
    }
    if !made.dropped.is_empty() {
        let dropped: String = made.dropped.iter().collect();
        crate::stderr_line!(
            "dossier: {}: {}",
            crate::i18n::text("note"),
            msg!(
                "new-dropped-letters",
                dropped = sanitize(&dropped),
                id = made.id.as_str()
            )
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
        bail!(msg!(
            "new-id-taken",
            id = id,
            path = sanitize(&existing.path.display().to_string())
        ));
    }
    Ok(())
}

/// `--owner`, else `git config user.name`, else `$USER`.
fn owner(env: &Env, typed: Option<&str>) -> anyhow::Result<String> {
    if let Some(owner) = typed {
        if owner.trim().is_empty() {
            bail!(Message::new("new-empty-owner"));
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
        _ => bail!(Message::new("new-no-owner")),
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
