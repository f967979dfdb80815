//! `dossier log ID`: every commit of the first-parent history of `HEAD` that
//! changed one dossier's file, newest first, with what changed in meaning
//! (FORMAT.md, "History from git").

use super::{Change, Meaning, Version, Versions, id_key};
use crate::git::{self, Commit};
use gix::ObjectId;
use serde::Serialize;
use std::rc::Rc;

/// One commit of a dossier's log. JSON: `{"commit", "date", "author",
/// "summary", "changes", "error"}`; the uncommitted changes of the working
/// copy have `commit` and `author` null.
#[derive(Debug, Serialize)]
pub struct Entry {
    /// 40 hex digits; `None` for the uncommitted changes.
    pub commit: Option<String>,
    /// The author date, `YYYY-MM-DD` (today for the uncommitted changes).
    pub date: String,
    pub author: Option<String>,
    /// The first line of the message; `uncommitted` for the working copy.
    pub summary: String,
    /// Empty when only comments or formatting changed, or the file moved.
    pub changes: Vec<Change>,
    /// Why this version cannot be read (it is then compared no further).
    pub error: Option<super::Unreadable>,
    /// Where the file was and is now, when this commit moved it.
    #[serde(skip)]
    pub moved: Option<(String, String)>,
    /// Whether this commit added or removed the file.
    #[serde(skip)]
    pub file: FileEvent,
    /// For a file this commit removed: the id of the file it added with the
    /// same bytes (a `git mv` to a new name, which gives a new id).
    #[serde(skip)]
    pub renamed_to: Option<String>,
}

/// What a commit did to the file itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileEvent {
    #[default]
    Changed,
    Added,
    Removed,
}

/// The working copy of the dossier: its path under the dossiers folder and
/// its bytes (`None` when it is not there).
pub struct Working {
    pub path: Option<String>,
    pub bytes: Option<Vec<u8>>,
}

/// A commit that touched the file: the blob before and after, with paths,
/// and for a removal, the id of a file added with the same blob.
struct Touch {
    commit: Commit,
    old: Option<(String, ObjectId)>,
    new: Option<(String, ObjectId)>,
    renamed_to: Option<String>,
}

/// The log of the dossier `id`, newest first, whether the history ends
/// early (a shallow clone), and the ids of the dossier files the commits
/// compared whole added or removed (for an id no commit had: what else
/// the history holds, for a "did you mean").
pub fn log(
    versions: &mut Versions<'_>,
    head: Option<ObjectId>,
    id: &str,
    working: &Working,
    today: chrono::NaiveDate,
) -> anyhow::Result<(Vec<Entry>, bool, Vec<String>)> {
    let repo = versions.repo();
    let wanted = id_key(id);
    let mut touches = Vec::new();
    let mut shallow = false;
    let mut ids_met: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let mut next = head.map(|id| repo.commit(id)).transpose()?;
    // Where the file is in `next`: its path and the ids along it (the last
    // is its blob). Each step compares those ids with the parent's along
    // the same path, reading only the trees that differ; the whole folders
    // are compared only when the file is not at that path in one of the two
    // commits (it was added, removed or moved there).
    let mut here: Option<(String, Vec<ObjectId>)> = match &next {
        Some(commit) => {
            let files = repo.files(commit.folder)?;
            match files
                .into_iter()
                .find(|f| id_key(git::id_of(&f.path)) == wanted)
            {
                Some(file) => {
                    let ids = repo.ids_along(commit.folder, &file.path, &[])?;
                    ids.map(|ids| (file.path, ids))
                }
                None => None,
            }
        }
        None => None,
    };
    // Where a shallow clone ends: the version there, the first the log
    // knows, which no commit of the clone added.
    let mut boundary: Option<(String, ObjectId)> = None;
    while let Some(commit) = next.take() {
        if commit.shallow_end {
            shallow = true;
            boundary = here
                .as_ref()
                .map(|(path, ids)| (path.clone(), ids[ids.len() - 1]));
            break;
        }
        let parent = commit.parent.map(|id| repo.commit(id)).transpose()?;
        let parent_folder = parent.as_ref().and_then(|p| p.folder);
        if parent_folder == commit.folder {
            next = parent;
            continue;
        }
        let along = match &here {
            Some((path, ids)) => repo.ids_along(parent_folder, path, ids)?,
            None => None,
        };
        let mut renamed_to = None;
        let (old, new) = match (&here, along) {
            // At the same path in the parent: the same file, changed or not.
            (Some((path, ids)), Some(older)) => {
                let (blob, old_blob) = (ids[ids.len() - 1], older[older.len() - 1]);
                let touch = (blob != old_blob)
                    .then(|| (Some((path.clone(), old_blob)), Some((path.clone(), blob))));
                here = Some((path.clone(), older));
                touch.unwrap_or((None, None))
            }
            // Not there: added here, moved from elsewhere, or (when it is not
            // in this commit) removed here or in a later commit.
            (here_now, _) => {
                let mut old = None;
                let changes = repo.diff(parent_folder, commit.folder)?;
                ids_met.extend(
                    changes
                        .iter()
                        .filter(|c| c.old.is_none() || c.new.is_none())
                        .map(|c| git::id_of(&c.path).to_owned()),
                );
                for change in &changes {
                    if id_key(git::id_of(&change.path)) == wanted
                        && let (Some(blob), None) = (change.old, &old)
                    {
                        old = Some((change.path.clone(), blob));
                    }
                }
                // Removed here while a file of another id was added with
                // the same bytes: renamed.
                renamed_to = match (&old, &here_now) {
                    (Some((_, blob)), None) => changes
                        .iter()
                        .find(|c| c.old.is_none() && c.new == Some(*blob))
                        .map(|c| git::id_of(&c.path).to_owned()),
                    _ => None,
                };
                let new = here_now
                    .as_ref()
                    .map(|(path, ids)| (path.clone(), ids[ids.len() - 1]));
                here = match &old {
                    Some((path, _)) => repo
                        .ids_along(parent_folder, path, &[])?
                        .map(|ids| (path.clone(), ids)),
                    None => None,
                };
                (old, new)
            }
        };
        if old.is_some() || new.is_some() {
            touches.push(Touch {
                commit,
                old,
                new,
                renamed_to: renamed_to.take(),
            });
        }
        next = parent;
    }

    // Oldest first: each readable version is compared with the last readable
    // one, the first with the version where a shallow clone ends.
    let mut entries = Vec::with_capacity(touches.len() + 1);
    let mut last: Option<Rc<Meaning>> = boundary
        .as_ref()
        .and_then(|(_, blob)| versions.get(*blob).ok());
    for touch in touches.iter().rev() {
        let (changes, error) = match &touch.new {
            Some((_, blob)) => compare(&mut last, versions.get(*blob)),
            None => {
                let changes = last.take().map_or_else(Vec::new, |old| {
                    super::diff(&old, &Meaning::from_json(serde_json::Value::Null))
                });
                (changes, None)
            }
        };
        let file = match (&touch.old, &touch.new) {
            (None, Some(_)) => FileEvent::Added,
            (Some(_), None) => FileEvent::Removed,
            _ => FileEvent::Changed,
        };
        let moved = match (&touch.old, &touch.new) {
            (Some((from, _)), Some((to, _))) if from != to => Some((from.clone(), to.clone())),
            _ => None,
        };
        entries.push(Entry {
            commit: Some(touch.commit.id.to_string()),
            date: touch.commit.date.to_string(),
            author: Some(touch.commit.author.clone()),
            summary: touch.commit.summary.clone(),
            changes,
            error,
            moved,
            file,
            renamed_to: touch.renamed_to.clone(),
        });
    }

    let committed = match touches.first() {
        Some(touch) => touch.new.clone(),
        None => boundary,
    };
    if let Some(entry) = uncommitted(versions, committed, working, &mut last, today)? {
        entries.push(entry);
    }
    entries.reverse();
    Ok((entries, shallow, ids_met.into_iter().collect()))
}

/// Compares a version with the last readable one, which it then becomes.
fn compare(
    last: &mut Option<Rc<Meaning>>,
    version: Version,
) -> (Vec<Change>, Option<super::Unreadable>) {
    match version {
        Ok(meaning) => {
            let empty = Meaning::from_json(serde_json::Value::Null);
            let changes = super::diff(last.as_deref().unwrap_or(&empty), &meaning);
            *last = Some(meaning);
            (changes, None)
        }
        Err(error) => (Vec::new(), Some(error)),
    }
}

/// The working copy against `HEAD`, when their bytes differ.
fn uncommitted(
    versions: &mut Versions<'_>,
    committed: Option<(String, ObjectId)>,
    working: &Working,
    last: &mut Option<Rc<Meaning>>,
    today: chrono::NaiveDate,
) -> anyhow::Result<Option<Entry>> {
    let entry = |changes, error, file, moved| Entry {
        commit: None,
        date: today.to_string(),
        author: None,
        summary: "uncommitted".to_owned(),
        changes,
        error,
        moved,
        file,
        renamed_to: None,
    };
    match (&committed, &working.bytes) {
        (None, None) => Ok(None),
        (Some(_), None) => {
            let changes = last.take().map_or_else(Vec::new, |old| {
                super::diff(&old, &Meaning::from_json(serde_json::Value::Null))
            });
            Ok(Some(entry(changes, None, FileEvent::Removed, None)))
        }
        (committed, Some(bytes)) => {
            if let Some((_, blob)) = committed
                && versions.repo().blob(*blob)? == *bytes
            {
                return Ok(None);
            }
            let (changes, error) = compare(last, super::read(bytes));
            let file = if committed.is_some() {
                FileEvent::Changed
            } else {
                FileEvent::Added
            };
            let moved = match (committed, &working.path) {
                (Some((from, _)), Some(to)) if from != to => Some((from.clone(), to.clone())),
                _ => None,
            };
            Ok(Some(entry(changes, error, file, moved)))
        }
    }
}
