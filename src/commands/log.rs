//! `dossier log ID`: the dossier's history from git, newest first.

use super::Env;
use crate::cli::{LogArgs, ShowFormat};
use crate::exit::ExitCode;
use crate::git::Repo;
use crate::history::log::{self, Working};
use crate::history::{Versions, id_key};
use crate::style::sanitize;

pub fn run(env: &Env, args: &LogArgs) -> anyhow::Result<ExitCode> {
    let repo = Repo::discover(&env.settings.dossiers_dir)?;
    let head = repo.head()?;
    let committed = match head {
        Some(head) => repo.files(repo.commit(head)?.folder)?,
        None => Vec::new(),
    };
    let mut unknown = None;
    let (id, working) = match env.find_dossier(&args.id) {
        Ok(file) => {
            let path = file
                .path
                .strip_prefix(&env.settings.dossiers_dir)
                .ok()
                .map(|relative| relative.to_string_lossy().replace('\\', "/"));
            let bytes = std::fs::read(&file.path).ok();
            (file.id, Working { path, bytes })
        }
        // A dossier deleted from the working copy, or removed (or renamed)
        // in a commit, still has its history: the log says where it ended.
        Err(not_found) => {
            let typed = args.id.trim().trim_end_matches(".yaml");
            let wanted = id_key(typed);
            let id = match committed
                .iter()
                .find(|file| id_key(crate::git::id_of(&file.path)) == wanted)
            {
                Some(file) => crate::git::id_of(&file.path).to_owned(),
                None => {
                    unknown = Some(not_found);
                    typed.to_owned()
                }
            };
            let working = Working {
                path: None,
                bytes: None,
            };
            (id, working)
        }
    };
    let mut versions = Versions::new(&repo, env.settings.max_file_size);
    let (entries, shallow, ids_met) =
        log::log(&mut versions, head, &id, &working, crate::dates::today())?;
    // No commit ever had it: the error finding it gave, and for an id
    // found nowhere, its "did you mean" among the ids of now and those the
    // history holds (a dossier since removed).
    if let Some(not_found) = unknown.filter(|_| entries.is_empty()) {
        let no_such_id = not_found
            .downcast_ref::<crate::i18n::Message>()
            .is_some_and(|message| message.id() == "no-such-id");
        if !no_such_id {
            return Err(not_found);
        }
        let now = crate::load::discover_dossiers(&env.settings.dossiers_dir)
            .map(|found| found.files)
            .unwrap_or_default();
        let known = now.iter().map(|file| file.id.as_str());
        let hint =
            crate::suggest::did_you_mean(&id, known.chain(ids_met.iter().map(String::as_str)));
        return Err(anyhow::anyhow!(crate::msg!(
            "no-such-id",
            id = sanitize(&id),
            folder = env.settings.dossiers_dir.display().to_string(),
            hint = hint
        )));
    }
    if shallow {
        crate::stderr_line!(
            "dossier: {}: {}",
            crate::i18n::text("note"),
            crate::i18n::text("history-shallow-log")
        );
    }
    match args.format {
        ShowFormat::Json => super::emit_json(&entries)?,
        ShowFormat::Text => super::emit_text(&crate::render::history::log(
            &sanitize(&id),
            &entries,
            shallow,
            env.style,
        ))?,
    }
    Ok(ExitCode::Success)
}
