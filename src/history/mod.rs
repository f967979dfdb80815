//! History from git (FORMAT.md, "History from git"): what changed in meaning,
//! commit by commit (`log`), across the portfolio between two commits
//! (`changes`), and whether the last review changed anything (`review`).
//!
//! Blob ids are compared before anything is parsed, and each distinct blob
//! is parsed at most once per run ([`Versions`]).

pub mod changes;
pub mod log;
pub mod meaning;
pub mod memo;
pub mod reviews;

use crate::diag::{Code, Finding, Position};
use crate::git::Repo;
use crate::i18n::Lang;
use gix::ObjectId;
pub use meaning::{Change, ChangeKind, Meaning, diff};
use std::collections::HashMap;
use std::rc::Rc;

/// One version of a dossier: its meaning, or why it cannot be read.
pub type Version = Result<Rc<Meaning>, Unreadable>;

/// Why one version of a dossier cannot be read: the first problem found in
/// it, kept as data (position, code and a catalogue message) until printed.
///
/// Text shows it in the run's language; JSON (the `error` of `log` and
/// `changes`) always in English, `LINE:COLUMN: message [code]`, because
/// JSON never changes with the language (FORMAT.md, "Language").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(Rc<Finding>);

impl Unreadable {
    fn new(finding: Finding) -> Self {
        Unreadable(Rc::new(finding))
    }

    /// A version git itself could not hand over (a missing or corrupt
    /// object): `why` is git's own account of it.
    fn from_git(error: &anyhow::Error) -> Self {
        Unreadable::new(Finding::new(
            Position::START,
            Code::Unreadable,
            "",
            crate::msg!("history-git-unreadable", why = format!("{error:#}")),
        ))
    }

    /// The working copy of a dossier at `path` that cannot be read.
    pub fn from_io(path: &std::path::Path, error: &std::io::Error) -> Self {
        Unreadable::new(Finding::new(
            Position::START,
            Code::Unreadable,
            "",
            crate::msg!(
                "cannot-read",
                path = path.display().to_string(),
                why = crate::load::describe_io(error)
            ),
        ))
    }

    /// `LINE:COLUMN: message [code]` in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let finding = &self.0;
        format!(
            "{}:{}: {} [{}]",
            finding.position.line,
            finding.position.column,
            finding.message.render(lang),
            finding.code
        )
    }
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(crate::i18n::current()))
    }
}

impl serde::Serialize for Unreadable {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render(Lang::En))
    }
}

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
        read(&self.bytes(id)?)
    }

    /// The bytes of blob `id`, unless it is larger than a dossier may be
    /// (`max_file_size`) or git cannot hand it over; not parsed, nor kept.
    pub fn bytes(&self, id: ObjectId) -> Result<Vec<u8>, Unreadable> {
        let size = self
            .repo
            .blob_size(id)
            .map_err(|e| Unreadable::from_git(&e))?;
        if size > self.max_file_size {
            return Err(Unreadable::new(crate::load::too_large(
                size,
                self.max_file_size,
            )));
        }
        self.repo.blob(id).map_err(|e| Unreadable::from_git(&e))
    }

    /// How many distinct blobs were read.
    pub fn count(&self) -> usize {
        self.read.len()
    }
}

/// The meaning of a dossier file's bytes, or the first problem that stops
/// it being read (with the codes and messages `check` gives the same bytes).
pub fn read(bytes: &[u8]) -> Version {
    use crate::parse;
    if let Some(line) = parse::merge_conflict(bytes) {
        return Err(Unreadable::new(Finding::new(
            Position::new(line, 1),
            Code::MergeConflict,
            "",
            crate::msg!("load-merge-conflict", line = line),
        )));
    }
    if parse::is_blank(bytes) {
        return Err(Unreadable::new(Finding::new(
            Position::START,
            Code::EmptyFile,
            "",
            crate::i18n::Message::new("load-empty-file"),
        )));
    }
    let text = parse::decode(bytes).map_err(Unreadable::new)?;
    let dossier = parse::parse(text).map_err(Unreadable::new)?;
    Ok(Rc::new(Meaning::of(&dossier)))
}

/// An id as ids are compared (FORMAT.md, "Repository layout").
pub use crate::load::id_key;
