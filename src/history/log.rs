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

/// A commit that touched the file: the blob before and after, with paths.
struct Touch {
    commit: Commit,
    old: Option<(String, ObjectId)>,
    new: Option<(String, ObjectId)>,
}

/// The log of the dossier `id`, newest first, and whether the history ends
/// early (a shallow clone).
pub fn log(
    versions: &mut Versions<'_>,
    head: Option<ObjectId>,
    id: &str,
    working: &Working,
    today: chrono::NaiveDate,
) -> anyhow::Result<(Vec<Entry>, bool)> {
    let repo = versions.repo();
    let wanted = id_key(id);
    let mut touches = Vec::new();
    let mut shallow = false;
    let mut next = head.map(|id| repo.commit(id)).transpose()?;
    while let Some(commit) = next.take() {
        let parent = commit.parent.map(|id| repo.commit(id)).transpose()?;
        shallow |= commit.shallow_end;
        let changes = repo.diff(parent.as_ref().and_then(|p| p.folder), commit.folder)?;
        let mut old = None;
        let mut new = None;
        for change in changes {
            if id_key(git::id_of(&change.path)) != wanted {
                continue;
            }
            if let (Some(blob), None) = (change.old, &old) {
                old = Some((change.path.clone(), blob));
            }
            if let (Some(blob), None) = (change.new, &new) {
                new = Some((change.path.clone(), blob));
            }
        }
        if old.is_some() || new.is_some() {
            touches.push(Touch { commit, old, new });
        }
        next = parent;
    }

    // Oldest first: each readable version is compared with the last readable one.
    let mut entries = Vec::with_capacity(touches.len() + 1);
    let mut last: Option<Rc<Meaning>> = None;
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
        });
    }

    let committed = touches
        .first()
        .and_then(|touch| touch.new.as_ref())
        .map(|(path, blob)| (path.clone(), *blob));
    if let Some(entry) = uncommitted(versions, committed, working, &mut last, today)? {
        entries.push(entry);
    }
    entries.reverse();
    Ok((entries, shallow))
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
