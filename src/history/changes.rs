//! `dossier changes`: what changed in meaning across the portfolio between
//! two commits of the first-parent history, the digest a sales director
//! reads each Monday (FORMAT.md, "History from git").

use super::{Change, Versions, id_key};
use crate::git::{self, Commit};
use gix::ObjectId;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The whole digest. JSON: `{"from", "to", "dossiers": [...]}`.
#[derive(Debug, Serialize)]
pub struct Digest {
    /// 40 hex digits; `None` when no commit is as old as `--since`.
    pub from: Option<String>,
    pub to: String,
    pub dossiers: Vec<Dossier>,
    /// The commits compared, for the text heading.
    #[serde(skip)]
    pub from_date: Option<chrono::NaiveDate>,
    #[serde(skip)]
    pub to_date: chrono::NaiveDate,
    /// The history ends early (a shallow clone) within the range.
    #[serde(skip)]
    pub shallow: bool,
}

/// What `added`, `removed` and `changed` say of a whole dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Added,
    Removed,
    Changed,
}

/// One dossier that changed in meaning. JSON: `{"id", "client",
/// "account_manager", "status", "authors", "commits", "changes", "error"}`.
#[derive(Debug, Serialize)]
pub struct Dossier {
    pub id: String,
    /// As of `to` (as of `from` for a removed dossier); empty when unreadable.
    pub client: String,
    pub account_manager: String,
    pub status: Status,
    /// Author names of the commits in the range that changed the file, sorted.
    pub authors: Vec<String>,
    /// How many commits in the range changed the file.
    pub commits: usize,
    /// Empty for an added or removed dossier.
    pub changes: Vec<Change>,
    /// Why a version (at `from` or `to`) cannot be read; then `changes` is empty.
    pub error: Option<super::Unreadable>,
}

/// Where the range starts.
pub enum From {
    /// A revision named with `--from`.
    Commit(ObjectId),
    /// The newest commit whose committer time is before this (seconds
    /// since the epoch: `--since` at 00:00 local time).
    Before(i64),
}

/// Which dossiers to keep.
pub struct Filter<'a> {
    pub owner: Option<&'a str>,
    /// Ids (compared as ids are); empty keeps every dossier.
    pub ids: &'a [String],
}

/// The digest from `from` to the commit `to`.
pub fn changes(
    versions: &mut Versions<'_>,
    from: &From,
    to: ObjectId,
    filter: &Filter<'_>,
) -> anyhow::Result<Digest> {
    let repo = versions.repo();
    let to_commit = repo.commit(to)?;
    // The first-parent commits of the range, newest first, and where it starts.
    let mut range: Vec<Commit> = Vec::new();
    let mut start: Option<Commit> = None;
    let mut shallow = false;
    let mut next = Some(to_commit.clone());
    while let Some(commit) = next.take() {
        let reached = match from {
            From::Commit(id) => commit.id == *id,
            From::Before(time) => commit.committed < *time,
        };
        if reached {
            start = Some(commit);
            break;
        }
        if commit.shallow_end {
            // A shallow clone ends before the range starts: the digest
            // starts at the oldest commit the clone has; what that commit
            // itself changed is not known.
            shallow = true;
            start = Some(commit);
            break;
        }
        next = commit.parent.map(|id| repo.commit(id)).transpose()?;
        range.push(commit);
    }
    if let (From::Commit(id), None) = (from, &start) {
        // Not on the first-parent line of `to`: compare with it all the same.
        start = Some(repo.commit(*id)?);
    }

    // Who changed what, commit by commit.
    let mut touched: BTreeMap<String, (BTreeSet<String>, usize)> = BTreeMap::new();
    for commit in &range {
        let parent_folder = match commit.parent {
            Some(parent) => repo.commit(parent)?.folder,
            None => None,
        };
        let mut ids: BTreeSet<String> = BTreeSet::new();
        for change in repo.diff(parent_folder, commit.folder)? {
            ids.insert(id_key(git::id_of(&change.path)));
        }
        for id in ids {
            let (authors, count) = touched.entry(id).or_default();
            authors.insert(commit.author.clone());
            *count += 1;
        }
    }

    // The two ends, file by file, by id.
    let mut sides: BTreeMap<String, Sides> = BTreeMap::new();
    let changed = repo.diff(start.as_ref().and_then(|c| c.folder), to_commit.folder)?;
    for change in changed {
        let id = git::id_of(&change.path).to_owned();
        let side = sides.entry(id_key(&id)).or_default();
        if let Some(blob) = change.old {
            side.old.get_or_insert((id.clone(), blob));
        }
        if let Some(blob) = change.new {
            side.new.get_or_insert((id, blob));
        }
    }

    let wanted: BTreeSet<String> = filter.ids.iter().map(|id| id_key(id)).collect();
    let mut dossiers = Vec::new();
    for (key, side) in sides {
        if !wanted.is_empty() && !wanted.contains(&key) {
            continue;
        }
        let (authors, commits) = touched.remove(&key).unwrap_or_default();
        let Some(dossier) = compare(versions, side, authors, commits) else {
            continue;
        };
        let kept = filter
            .owner
            .is_none_or(|owner| crate::names::same(&dossier.account_manager, owner));
        if kept {
            dossiers.push(dossier);
        }
    }
    dossiers.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Digest {
        from: start.as_ref().map(|c| c.id.to_string()),
        to: to.to_string(),
        dossiers,
        from_date: start.as_ref().map(|c| c.date),
        to_date: to_commit.date,
        shallow,
    })
}

#[derive(Default)]
struct Sides {
    old: Option<(String, ObjectId)>,
    new: Option<(String, ObjectId)>,
}

/// One dossier's two ends; `None` when they mean the same.
fn compare(
    versions: &mut Versions<'_>,
    side: Sides,
    authors: BTreeSet<String>,
    commits: usize,
) -> Option<Dossier> {
    let old = side.old.as_ref().map(|(_, blob)| versions.get(*blob));
    let new = side.new.as_ref().map(|(_, blob)| versions.get(*blob));
    let id = side.new.or(side.old).map(|(id, _)| id).unwrap_or_default();
    let (status, shown) = match (&old, &new) {
        (None, Some(new)) => (Status::Added, new),
        (Some(old), None) => (Status::Removed, old),
        (Some(_), Some(new)) => (Status::Changed, new),
        (None, None) => return None,
    };
    let text = |path: &str| match shown {
        Ok(meaning) => meaning.text(path).unwrap_or_default().to_owned(),
        Err(_) => String::new(),
    };
    let (changes, error) = match (&old, &new) {
        (Some(Ok(old)), Some(Ok(new))) => (super::diff(old, new), None),
        (Some(Err(error)), _) | (_, Some(Err(error))) => (Vec::new(), Some(error.clone())),
        _ => (Vec::new(), None),
    };
    if status == Status::Changed && changes.is_empty() && error.is_none() {
        return None;
    }
    Some(Dossier {
        id,
        client: text("client.name"),
        account_manager: text("company_view.account_manager"),
        status,
        authors: authors.into_iter().collect(),
        commits,
        changes,
        error,
    })
}
