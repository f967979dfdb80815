//! History from git (FORMAT.md, "History from git"): what changed in meaning,
//! commit by commit (`log`), across the portfolio between two commits
//! (`changes`), and whether the last review changed anything (`review`).
//!
//! Blob ids are compared before anything is parsed, and each distinct blob
//! is parsed at most once per run ([`Versions`]).

pub mod changes;
pub mod log;
pub mod meaning;
pub mod reviews;

use crate::git::Repo;
use gix::ObjectId;
pub use meaning::{Change, ChangeKind, Meaning, diff};
use std::collections::HashMap;
use std::rc::Rc;

/// One version of a dossier: its meaning, or why it cannot be read
/// (`3:5: … [yaml-syntax]`).
pub type Version = Result<Rc<Meaning>, String>;

/// The versions read so far in this run, by blob id: a blob is parsed once.
pub struct Versions<'r> {
    repo: &'r Repo,
    max_file_size: u64,
    read: HashMap<ObjectId, Version>,
}

impl<'r> Versions<'r> {
    pub fn new(repo: &'r Repo, max_file_size: u64) -> Self {
        Versions {
            repo,
            max_file_size,
            read: HashMap::new(),
        }
    }

    pub fn repo(&self) -> &'r Repo {
        self.repo
    }

    /// The version stored in blob `id`.
    pub fn get(&mut self, id: ObjectId) -> Version {
        if let Some(version) = self.read.get(&id) {
            return version.clone();
        }
        let version = self.read_blob(id);
        self.read.insert(id, version.clone());
        version
    }

    /// Lets go of the version of blob `id` once no one needs it again, so
    /// memory does not grow with the history. The blob would be read again.
    pub fn forget(&mut self, id: ObjectId) {
        self.read.remove(&id);
    }

    fn read_blob(&self, id: ObjectId) -> Version {
        let size = self.repo.blob_size(id).map_err(|e| e.to_string())?;
        if size > self.max_file_size {
            return Err(format!(
                "the file is {size} bytes, over the limit of {} [file-too-large]",
                self.max_file_size
            ));
        }
        let bytes = self.repo.blob(id).map_err(|e| e.to_string())?;
        read(&bytes)
    }

    /// How many distinct blobs were read.
    pub fn count(&self) -> usize {
        self.read.len()
    }
}

/// The meaning of a dossier file's bytes, or why it cannot be read:
/// `line:column: message [code]` of the first problem.
pub fn read(bytes: &[u8]) -> Version {
    use crate::parse;
    if let Some(line) = parse::merge_conflict(bytes) {
        return Err(format!(
            "{line}:1: an unresolved git merge conflict [merge-conflict]"
        ));
    }
    if parse::is_blank(bytes) {
        return Err("1:1: the file is empty [yaml-syntax]".to_owned());
    }
    let problem = |finding: crate::diag::Finding| {
        format!(
            "{}:{}: {} [{}]",
            finding.position.line, finding.position.column, finding.message, finding.code
        )
    };
    let text = parse::decode(bytes).map_err(problem)?;
    let dossier = parse::parse(text).map_err(problem)?;
    Ok(Rc::new(Meaning::of(&dossier)))
}

/// An id as ids are compared (FORMAT.md, "Repository layout").
pub use crate::load::id_key;
