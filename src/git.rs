//! The git repository that holds the dossiers, read with gitoxide (`gix`):
//! commits of the first-parent history, the dossier files of a commit, what
//! changed between two commits (comparing tree and blob ids, so an unchanged
//! folder or file is never read), blobs, and the index (what a commit is about
//! to record). Nothing here runs the `git` program.

use anyhow::anyhow;
use gix::ObjectId;
use gix::bstr::ByteSlice;
use std::cmp::Ordering;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Delta bases kept while walking history (bytes): trees, and blobs and
/// commits (96 MiB together, git's own default `core.deltaBaseCacheLimit`).
/// Blobs have the larger share: `review` reads the versions of every
/// dossier in windows of commits, and a window rebuilds the blobs of the
/// windows before it unless their bases are still here (on the benchmark's
/// 10,000-dossier history the walk decoded 40,600 entries for blobs and
/// commits at 32 MiB, 24,900 at 80 MiB).
const TREE_CACHE_BYTES: usize = 32 * 1024 * 1024;
const BLOB_CACHE_BYTES: usize = 64 * 1024 * 1024;

/// Delta bases gix keeps for the objects it reads itself (loose ones, those
/// of alternates).
const PACK_CACHE_BYTES: usize = 16 * 1024 * 1024;

/// Where an object lies in the packs: which pack (in the order of their
/// file names) and the offset of its entry there.
pub type PackPlace = (usize, u64);

/// The [`PackPlace`] of an object in no pack (a loose object): after every
/// other.
pub const UNPACKED: PackPlace = (usize::MAX, 0);

/// Why history cannot be read at all: no repository, a bare one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoHistory {
    /// A message naming git and the folder, for stderr.
    pub message: crate::i18n::Message,
}

/// The repository around a dossiers folder.
pub struct Repo {
    repo: gix::Repository,
    /// The dossiers folder relative to the top of the work tree, as the
    /// names in a tree: `dossiers`, `sales/dossiers`; empty at the top.
    prefix: Vec<Vec<u8>>,
    /// The top of the work tree.
    workdir: PathBuf,
    /// The repository's packs, read with every delta base kept.
    packs: std::cell::RefCell<Packs>,
    /// The trees read last, newest last: walking history, the older side
    /// of one comparison is the newer side of the next.
    kept: std::cell::RefCell<std::collections::VecDeque<(ObjectId, Rc<Tree>)>>,
}

impl Tree {
    /// Where each entry starts: from `other`'s starts when they are known
    /// (a version of the same folder), else from the bytes.
    fn starts_by(&self, other: &Tree, hash_len: usize) -> Option<&[usize]> {
        self.starts
            .get_or_init(|| match other.starts.get() {
                Some(Some(known)) => starts_like(&other.data, known, &self.data, hash_len),
                _ => entry_starts(&self.data, hash_len),
            })
            .as_deref()
    }
}

/// How many trees [`Repo`] keeps from one comparison for the next: the
/// folders on the way to the files that changed in one commit.
const KEPT_TREES: usize = 16;

/// A tree's bytes, and where each of its entries starts (found once asked
/// for: from the bytes, or from those of a version of the same folder).
struct Tree {
    data: Vec<u8>,
    starts: std::cell::OnceCell<Option<Vec<usize>>>,
}

/// One commit, as `log` and `changes` show it.
#[derive(Debug, Clone)]
pub struct Commit {
    pub id: ObjectId,
    /// The first parent; `None` for a root commit, or where a shallow clone
    /// ends (then [`Commit::shallow_end`] is true).
    pub parent: Option<ObjectId>,
    pub shallow_end: bool,
    /// The dossiers folder's tree in this commit (`None`: no such folder).
    pub folder: Option<ObjectId>,
    pub author: String,
    /// The author date in the author's own time zone.
    pub date: chrono::NaiveDate,
    /// Committer time, seconds since the Unix epoch.
    pub committed: i64,
    /// The first line of the message.
    pub summary: String,
}

/// A dossier file of a tree: its path under the dossiers folder
/// (`emea/acme.yaml`) and its blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub blob: ObjectId,
}

/// A dossier file that differs between two trees; `None` on the side where
/// it does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChange {
    pub path: String,
    pub old: Option<ObjectId>,
    pub new: Option<ObjectId>,
}

/// The dossier files of git's index.
pub struct Index {
    pub entries: Vec<IndexEntry>,
    /// Where each path is in `entries`.
    by_path: std::collections::HashMap<String, usize>,
    /// When the index was written: a file modified at or after it may have
    /// changed unseen ("racy git").
    pub written: Option<std::time::SystemTime>,
}

/// One staged dossier file and the stat git recorded for it.
pub struct IndexEntry {
    pub file: File,
    /// Modification time (seconds, nanoseconds) and size as staged.
    pub modified: (u32, u32),
    pub size: u32,
}

impl Index {
    /// The blob of the file at `relative` (under the dossiers folder) when
    /// the work tree's file is as staged by its stat, and not racy.
    pub fn unchanged(&self, relative: &str, metadata: &std::fs::Metadata) -> Option<ObjectId> {
        let entry = &self.entries[*self.by_path.get(relative)?];
        let modified = metadata.modified().ok()?;
        if self.written.is_none_or(|written| modified >= written) {
            return None;
        }
        let since = modified.duration_since(std::time::UNIX_EPOCH).ok()?;
        let same = u64::from(entry.size) == (metadata.len() & 0xFFFF_FFFF)
            && u64::from(entry.modified.0) == since.as_secs() & 0xFFFF_FFFF
            && entry.modified.1 == since.subsec_nanos();
        same.then_some(entry.file.blob)
    }
}

impl Repo {
    /// The repository whose work tree holds `dossiers_dir`.
    ///
    /// Errors: [`NoHistory`] when the folder is in no repository or in a
    /// bare one (with no work tree the dossiers are not files).
    pub fn discover(dossiers_dir: &Path) -> Result<Repo, NoHistory> {
        let folder = std::fs::canonicalize(dossiers_dir).map_err(|error| NoHistory {
            message: crate::msg!(
                "git-folder-unreadable",
                folder = dossiers_dir.display().to_string(),
                why = crate::load::describe_io(&error)
            ),
        })?;
        let not_in_git = || NoHistory {
            message: crate::msg!(
                "git-not-in-work-tree",
                folder = dossiers_dir.display().to_string()
            ),
        };
        let mut repo = gix::discover(&folder).map_err(|_| not_in_git())?;
        let Some(workdir) = repo.workdir() else {
            return Err(NoHistory {
                message: crate::msg!("git-bare", folder = dossiers_dir.display().to_string()),
            });
        };
        let workdir = std::fs::canonicalize(workdir).unwrap_or_else(|_| workdir.to_path_buf());
        let relative = folder.strip_prefix(&workdir).map_err(|_| not_in_git())?;
        let prefix = relative
            .components()
            .map(|part| part.as_os_str().as_encoded_bytes().to_vec())
            .collect();
        // Objects no pack of ours holds (loose ones, those of alternates)
        // are read by gix, which keeps no delta bases with our features.
        repo.objects.set_pack_cache(|| {
            Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
                PACK_CACHE_BYTES,
            ))
        });
        let packs = Packs::open(repo.objects.store_ref().path(), repo.object_hash());
        Ok(Repo {
            repo,
            prefix,
            workdir,
            packs: std::cell::RefCell::new(packs),
            kept: std::cell::RefCell::default(),
        })
    }

    /// The top of the work tree.
    pub fn workdir(&self) -> &Path {
        &self.workdir
    }

    /// The commit `HEAD` points to (a detached `HEAD` included); `None` in
    /// a repository with no commits yet.
    ///
    /// # Errors
    /// `git-head-unreadable` (a message of the catalogue) when `HEAD`, or
    /// the commit it names, is missing or damaged.
    pub fn head(&self) -> anyhow::Result<Option<ObjectId>> {
        let unreadable = |_| anyhow!(crate::i18n::Message::new("git-head-unreadable"));
        let head = self.repo.head().map_err(unreadable)?;
        if head.is_unborn() {
            return Ok(None);
        }
        let id = self.repo.head_commit().map_err(unreadable)?.id;
        Ok(Some(id))
    }

    /// Where `dossier` keeps what it learned of this repository's history
    /// from one run to the next: `dossier/` in git's common folder
    /// (`.git/dossier/`), shared by every work tree of the repository and
    /// never committed.
    pub fn memo_dir(&self) -> PathBuf {
        self.repo.common_dir().join("dossier")
    }

    /// The dossiers folder relative to the top of the work tree, its names
    /// joined by `/` (`sales/dossiers`; empty at the top).
    pub fn folder_name(&self) -> Vec<u8> {
        self.prefix.join(&b'/')
    }

    /// Whether this is a shallow clone (history ends early).
    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow().unwrap_or(false)
    }

    /// A revision as git names it (`HEAD~3`, a branch, a tag, 40 hex digits),
    /// peeled to its commit.
    ///
    /// # Errors
    /// Each a message of the catalogue, naming the revision as given (git's
    /// own text is English and names its parser's workings, such as
    /// `delegate.traverse(NthAncestor(999))`): `git-bad-revision` when git
    /// cannot resolve it, `git-revision-unreadable` when the object it names
    /// (or a tag's target) is missing or damaged, `git-not-a-commit` when it
    /// names a tree or a blob (`HEAD^{tree}`, `HEAD:dossiers/acme.yaml`).
    pub fn resolve(&self, revision: &str) -> anyhow::Result<ObjectId> {
        let shown = || crate::style::sanitize(revision);
        let id = self
            .repo
            .rev_parse_single(revision)
            .map_err(|_| anyhow!(crate::msg!("git-bad-revision", revision = shown())))?;
        let object = id
            .object()
            .and_then(gix::Object::peel_tags_to_end)
            .map_err(|_| anyhow!(crate::msg!("git-revision-unreadable", revision = shown())))?;
        let kind = match object.kind {
            gix::object::Kind::Commit => return Ok(object.id),
            gix::object::Kind::Tree => "tree",
            gix::object::Kind::Blob => "blob",
            gix::object::Kind::Tag => "tag",
        };
        Err(anyhow!(crate::msg!(
            "git-not-a-commit",
            revision = shown(),
            kind = kind
        )))
    }

    /// One commit, decoded.
    pub fn commit(&self, id: ObjectId) -> anyhow::Result<Commit> {
        let data = self
            .data(id)
            .map_err(|_| anyhow!(crate::msg!("git-commit-unreadable", id = id.to_string())))?;
        let commit = gix::objs::CommitRef::from_bytes(&data, self.repo.object_hash())
            .map_err(|_| anyhow!(crate::msg!("git-commit-unreadable", id = id.to_string())))?;
        let parent = commit.parents().next();
        let shallow_end = parent.is_some_and(|parent| !self.repo.has_object(parent));
        let author = commit
            .author()
            .map_err(|_| anyhow!(crate::msg!("git-commit-unreadable", id = id.to_string())))?;
        let author_time = author.time().unwrap_or_default();
        let committed = commit
            .committer()
            .ok()
            .and_then(|c| c.time().ok())
            .map_or(author_time.seconds, |time| time.seconds);
        let date = chrono::DateTime::from_timestamp(
            author_time.seconds + i64::from(author_time.offset),
            0,
        )
        .map(|time| time.date_naive())
        .unwrap_or_default();
        let summary = commit.message().summary().to_str_lossy().into_owned();
        Ok(Commit {
            id,
            parent: if shallow_end { None } else { parent },
            shallow_end,
            folder: self.folder(commit.tree())?,
            author: author.name.to_str_lossy().trim().to_owned(),
            date,
            committed,
            summary,
        })
    }

    /// The dossiers folder's tree within the tree `root`.
    fn folder(&self, root: ObjectId) -> anyhow::Result<Option<ObjectId>> {
        let mut current = root;
        for part in &self.prefix {
            let data = self.tree_data(current)?;
            let found = gix::objs::TreeRefIter::from_bytes(&data, self.repo.object_hash())
                .filter_map(Result::ok)
                .find(|entry| entry.mode.is_tree() && entry.filename.as_bytes() == part.as_slice())
                .map(|entry| entry.oid.to_owned());
            match found {
                Some(id) => current = id,
                None => return Ok(None),
            }
        }
        Ok(Some(current))
    }

    /// Lets go of the trees read so far, and of the delta bases kept for
    /// them, when no more trees are to be read through this handle.
    pub fn forget_trees(&self) {
        self.kept.borrow_mut().clear();
        self.packs.borrow_mut().trees =
            gix::odb::pack::cache::lru::MemoryCappedHashmap::new(TREE_CACHE_BYTES);
    }

    /// A tree, as kept from the comparison before or read.
    fn tree(&self, id: ObjectId) -> anyhow::Result<Rc<Tree>> {
        let mut kept = self.kept.borrow_mut();
        if let Some((_, tree)) = kept.iter().find(|(kept_id, _)| *kept_id == id) {
            return Ok(Rc::clone(tree));
        }
        let tree = Rc::new(Tree {
            data: self.tree_data(id)?,
            starts: std::cell::OnceCell::new(),
        });
        if kept.len() == KEPT_TREES {
            kept.pop_front();
        }
        kept.push_back((id, Rc::clone(&tree)));
        Ok(tree)
    }

    /// The bytes of a tree (see [`Repo::data`]).
    fn tree_data(&self, id: ObjectId) -> anyhow::Result<Vec<u8>> {
        self.read(id, Cache::Trees)
    }

    /// The bytes of a commit or a blob: from our packs when one holds it,
    /// else as gix finds it.
    fn data(&self, id: ObjectId) -> anyhow::Result<Vec<u8>> {
        self.read(id, Cache::Blobs)
    }

    fn read(&self, id: ObjectId, cache: Cache) -> anyhow::Result<Vec<u8>> {
        self.read_seeing(id, cache, &mut |_, _| {})
    }

    fn read_seeing(
        &self,
        id: ObjectId,
        cache: Cache,
        seen: &mut dyn FnMut(PackPlace, &[u8]),
    ) -> anyhow::Result<Vec<u8>> {
        if let Some(data) = self.packs.borrow_mut().read(&id, cache, seen) {
            return Ok(data);
        }
        Ok(self
            .repo
            .find_object(id)
            .map_err(|_| anyhow!(crate::msg!("git-object-unreadable", id = id.to_string())))?
            .detach()
            .data)
    }

    /// Where object `id` lies in the packs, as a key to sort by: objects read
    /// in this order are each rebuilt on a base read just before, for a
    /// delta's base always lies before it in its pack (whole objects are
    /// read first). Objects in no pack sort last.
    pub fn pack_order(&self, id: ObjectId) -> PackPlace {
        self.packs.borrow().position(&id).unwrap_or(UNPACKED)
    }

    /// The bytes of a blob.
    pub fn blob(&self, id: ObjectId) -> anyhow::Result<Vec<u8>> {
        self.data(id)
    }

    /// The bytes of a blob; `seen` is handed every other blob decoded on
    /// the way (the bases of its delta chain that were not in the cache),
    /// with its place in the packs as [`Repo::pack_order`] gives it. Reading
    /// many blobs in the packs' order decodes them all, and `seen` learns of
    /// most of the blobs between them without another read.
    pub fn blob_seeing(
        &self,
        id: ObjectId,
        seen: &mut dyn FnMut(PackPlace, &[u8]),
    ) -> anyhow::Result<Vec<u8>> {
        self.read_seeing(id, Cache::Blobs, seen)
    }

    /// The size of a blob in bytes, without reading it whole.
    pub fn blob_size(&self, id: ObjectId) -> anyhow::Result<u64> {
        let header = self
            .repo
            .find_header(id)
            .map_err(|_| anyhow!(crate::msg!("git-object-unreadable", id = id.to_string())))?;
        Ok(header.size())
    }

    /// Every dossier file (`*.yaml`, `*.yml`, not hidden) under `folder`.
    pub fn files(&self, folder: Option<ObjectId>) -> anyhow::Result<Vec<File>> {
        let mut out = Vec::new();
        if let Some(folder) = folder {
            self.diff_into(None, Some(folder), "", &mut out)?;
        }
        Ok(out
            .into_iter()
            .filter_map(|change| {
                Some(File {
                    path: change.path,
                    blob: change.new?,
                })
            })
            .collect())
    }

    /// The dossier files that differ between two folders' trees. Folders and
    /// files whose ids are equal are skipped without being read.
    pub fn diff(
        &self,
        old: Option<ObjectId>,
        new: Option<ObjectId>,
    ) -> anyhow::Result<Vec<FileChange>> {
        let mut out = Vec::new();
        if old != new {
            self.diff_into(old, new, "", &mut out)?;
        }
        Ok(out)
    }

    fn diff_into(
        &self,
        old: Option<ObjectId>,
        new: Option<ObjectId>,
        base: &str,
        out: &mut Vec<FileChange>,
    ) -> anyhow::Result<()> {
        let hash = self.repo.object_hash();
        let new_tree = new.map(|id| self.tree(id)).transpose()?;
        let old_tree = old.map(|id| self.tree(id)).transpose()?;
        // Two versions of a folder differ in a few entries: the entries
        // both start and end with are skipped without being decoded.
        let (old_part, new_part) = match (&old_tree, &new_tree) {
            (Some(a), Some(b)) => {
                let (a_range, b_range) = changed_entries(a, b, hash.len_in_bytes());
                (Some(&a.data[a_range]), Some(&b.data[b_range]))
            }
            (a, b) => (
                a.as_ref().map(|tree| tree.data.as_slice()),
                b.as_ref().map(|tree| tree.data.as_slice()),
            ),
        };
        let mut a = tree_entries(old_part, hash).peekable();
        let mut b = tree_entries(new_part, hash).peekable();
        loop {
            let order = match (a.peek(), b.peek()) {
                (None, None) => break,
                (Some(x), Some(y)) => tree_order(x, y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
            };
            let (x, y) = match order {
                Ordering::Less => (a.next(), None),
                Ordering::Greater => (None, b.next()),
                Ordering::Equal => (a.next(), b.next()),
            };
            // The same name with the same id and kind: nothing below differs.
            if let (Some(x), Some(y)) = (&x, &y)
                && x.oid == y.oid
                && x.mode.is_tree() == y.mode.is_tree()
            {
                continue;
            }
            let tree = |entry: &Option<gix::objs::tree::EntryRef<'_>>| {
                entry
                    .as_ref()
                    .filter(|e| e.mode.is_tree())
                    .map(|e| e.oid.to_owned())
            };
            let blob = |entry: &Option<gix::objs::tree::EntryRef<'_>>| {
                entry
                    .as_ref()
                    .filter(|e| e.mode.is_blob() && is_dossier_name(e.filename))
                    .map(|e| e.oid.to_owned())
            };
            let (old_tree, new_tree) = (tree(&x), tree(&y));
            let (old_blob, new_blob) = (blob(&x), blob(&y));
            let changed_tree = (old_tree.is_some() || new_tree.is_some()) && old_tree != new_tree;
            let changed_blob = (old_blob.is_some() || new_blob.is_some()) && old_blob != new_blob;
            if !changed_tree && !changed_blob {
                continue;
            }
            let name = x.as_ref().or(y.as_ref()).map(|entry| entry.filename);
            let name = name.map(|n| n.to_str_lossy()).unwrap_or_default();
            let path = if base.is_empty() {
                name.into_owned()
            } else {
                format!("{base}/{name}")
            };
            if changed_tree {
                self.diff_into(old_tree, new_tree, &path, out)?;
            }
            if changed_blob {
                out.push(FileChange {
                    path,
                    old: old_blob,
                    new: new_blob,
                });
            }
        }
        Ok(())
    }

    /// The ids along `path` (`emea/acme.yaml`) under the folder tree
    /// `folder`: the folder, each sub-folder's tree, then the file's blob
    /// (last); `None` when no dossier file is at that path.
    ///
    /// `known` is the same list for the same path in another commit: where
    /// a tree's id equals its own at the same depth, what is below it is the
    /// same and is taken from `known` without reading it. Only the trees on
    /// the path that differ are read, and each is searched for one name.
    pub fn ids_along(
        &self,
        folder: Option<ObjectId>,
        path: &str,
        known: &[ObjectId],
    ) -> anyhow::Result<Option<Vec<ObjectId>>> {
        let Some(folder) = folder else {
            return Ok(None);
        };
        let names: Vec<&str> = path.split('/').collect();
        let mut ids = Vec::with_capacity(names.len() + 1);
        let mut current = folder;
        for (depth, name) in names.iter().enumerate() {
            ids.push(current);
            if known.len() == names.len() + 1 && known[depth] == current {
                ids.extend_from_slice(&known[depth + 1..]);
                return Ok(Some(ids));
            }
            let last = depth + 1 == names.len();
            let data = self.tree_data(current)?;
            let found = gix::objs::TreeRefIter::from_bytes(&data, self.repo.object_hash())
                .filter_map(Result::ok)
                .find(|entry| {
                    entry.filename.as_bytes() == name.as_bytes()
                        && if last {
                            entry.mode.is_blob()
                        } else {
                            entry.mode.is_tree()
                        }
                });
            match found {
                Some(entry) => current = entry.oid.to_owned(),
                None => return Ok(None),
            }
        }
        if !names
            .last()
            .is_some_and(|name| is_dossier_name(name.as_bytes().as_bstr()))
        {
            return Ok(None);
        }
        ids.push(current);
        Ok(Some(ids))
    }

    /// The dossier files in git's index under the dossiers folder: what the
    /// next commit records. Paths are relative to the dossiers folder.
    pub fn staged_files(&self) -> anyhow::Result<Vec<File>> {
        Ok(self
            .index()?
            .entries
            .into_iter()
            .map(|entry| entry.file)
            .collect())
    }

    /// The dossier files of git's index with what git knew of each file in
    /// the work tree when it was staged (to tell an unchanged file without
    /// reading it, as `git status` does).
    pub fn index(&self) -> anyhow::Result<Index> {
        let index = self
            .repo
            .index_or_empty()
            .map_err(|_| anyhow!(crate::i18n::Message::new("git-index-unreadable")))?;
        let written = std::fs::metadata(index.path())
            .and_then(|m| m.modified())
            .ok();
        let mut prefix = Vec::new();
        for part in &self.prefix {
            prefix.extend_from_slice(part);
            prefix.push(b'/');
        }
        let mut entries = Vec::new();
        for entry in index.entries() {
            let path = entry.path(&index);
            let Some(relative) = path.strip_prefix(prefix.as_slice()) else {
                continue;
            };
            let hidden = relative
                .split(|&b| b == b'/')
                .any(|part| part.starts_with(b"."));
            let file_name = relative.rsplit(|&b| b == b'/').next().unwrap_or_default();
            let blob = entry
                .mode
                .to_tree_entry_mode()
                .is_some_and(|mode| mode.is_blob());
            if hidden || !is_dossier_name(file_name.as_bstr()) || entry.stage_raw() > 1 || !blob {
                continue;
            }
            entries.push(IndexEntry {
                file: File {
                    path: relative.to_str_lossy().into_owned(),
                    blob: entry.id,
                },
                modified: (entry.stat.mtime.secs, entry.stat.mtime.nsecs),
                size: entry.stat.size,
            });
        }
        let by_path = entries
            .iter()
            .enumerate()
            .map(|(index, entry)| (entry.file.path.clone(), index))
            .collect();
        Ok(Index {
            entries,
            by_path,
            written,
        })
    }

    /// The path of a file of the dossiers folder in the work tree.
    pub fn path_in_workdir(&self, relative: &str) -> PathBuf {
        let mut path = self.workdir.clone();
        for part in &self.prefix {
            path.push(String::from_utf8_lossy(part).as_ref());
        }
        path.join(relative)
    }
}

/// The entries of a tree in git's order, hidden ones (leading `.`) left out.
fn tree_entries<'a>(
    data: Option<&'a [u8]>,
    hash: gix::hash::Kind,
) -> impl Iterator<Item = gix::objs::tree::EntryRef<'a>> {
    data.into_iter()
        .flat_map(move |data| gix::objs::TreeRefIter::from_bytes(data, hash))
        .filter_map(Result::ok)
        .filter(|entry| !entry.filename.starts_with(b"."))
}

/// The packs of a repository (`objects/pack/*.pack` with their `.idx`), read
/// with every delta base of a chain kept in the cache, as git does.
///
/// gix rebuilds an object from the nearest cached base of its delta chain
/// but caches only the object asked for, never the bases it rebuilt on the
/// way; walking history then rebuilds the same chains again and again
/// (`git fast-import` stores each version of a tree as a delta of the one
/// before, `git gc` the other way round). Here the chain is decoded from its
/// bottom, one delta at a time, so each base is cached and every later
/// version costs one delta, whichever way history is walked. The decoding
/// itself is gix's.
///
/// Trees and blobs have a cache each: a folder's tree of a thousand files is
/// large and read at every step of a walk, and would push out the delta
/// bases of the small blobs, read far apart.
struct Packs {
    packs: Vec<(gix::odb::pack::index::File, gix::odb::pack::data::File)>,
    trees: gix::odb::pack::cache::lru::MemoryCappedHashmap,
    blobs: gix::odb::pack::cache::lru::MemoryCappedHashmap,
    inflate: gix::zlib::Inflate,
}

/// Which cache of [`Packs`] keeps the delta bases of an object.
#[derive(Clone, Copy)]
enum Cache {
    Trees,
    /// Blobs and commits.
    Blobs,
}

impl Packs {
    /// The packs under `objects/pack`; none when they cannot be listed (gix
    /// then reads every object).
    fn open(objects: &Path, hash: gix::hash::Kind) -> Packs {
        let mut indexes: Vec<PathBuf> = std::fs::read_dir(objects.join("pack"))
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "idx"))
            .collect();
        indexes.sort();
        let mut packs = Vec::new();
        for index_path in indexes {
            let index = gix::odb::pack::index::File::at(&index_path, hash);
            let data = gix::odb::pack::data::File::at(index_path.with_extension("pack"), hash);
            if let (Ok(index), Ok(mut data)) = (index, data) {
                data.id = u32::try_from(packs.len()).unwrap_or(u32::MAX);
                packs.push((index, data));
            }
        }
        Packs {
            packs,
            trees: gix::odb::pack::cache::lru::MemoryCappedHashmap::new(TREE_CACHE_BYTES),
            blobs: gix::odb::pack::cache::lru::MemoryCappedHashmap::new(BLOB_CACHE_BYTES),
            inflate: gix::zlib::Inflate::default(),
        }
    }

    /// Which pack holds object `id`, and where in it.
    fn position(&self, id: &gix::oid) -> Option<PackPlace> {
        self.packs.iter().enumerate().find_map(|(n, (index, _))| {
            let at = index.lookup(id)?;
            Some((n, index.pack_offset_at_index(at)))
        })
    }

    /// The bytes of object `id`; `None` when no pack holds it or it cannot
    /// be decoded here (gix then reads it, and names any fault).
    ///
    /// `seen` is handed every blob decoded on the way (the bases of the
    /// delta chain that were not in the cache, and the object itself when
    /// it was not), with its position in the packs.
    fn read(
        &mut self,
        id: &gix::oid,
        which: Cache,
        seen: &mut dyn FnMut(PackPlace, &[u8]),
    ) -> Option<Vec<u8>> {
        use gix::odb::pack::cache::DecodeEntry;
        use gix::odb::pack::data::entry::Header;
        let (n, offset) = self.position(id)?;
        let Packs {
            packs,
            trees,
            blobs,
            inflate,
        } = self;
        let cache = match which {
            Cache::Trees => trees,
            Cache::Blobs => blobs,
        };
        let pack = &packs[n].1;
        // Down the chain to a base in the cache, or to a whole object.
        let mut out = Vec::new();
        let mut chain = Vec::new();
        let mut offset = Some(offset);
        while let Some(at) = offset {
            let entry = pack.entry(at).ok()?;
            if cache.get(pack.id, entry.data_offset, &mut out).is_some() {
                break;
            }
            offset = match entry.header {
                Header::OfsDelta { base_distance } => entry.checked_base_pack_offset(base_distance),
                _ => None,
            };
            chain.push((at, entry));
        }
        // Up again, each delta on the base just cached; gix caches what it
        // rebuilds, a whole object is cached here.
        for (at, entry) in chain.into_iter().rev() {
            let delta = entry.header.is_delta();
            let data_offset = entry.data_offset;
            let outcome = pack
                .decode_entry(entry, &mut out, inflate, &|_, _| Ok(None), cache)
                .ok()?;
            if !delta {
                cache.put(
                    pack.id,
                    data_offset,
                    &out,
                    outcome.kind,
                    outcome.compressed_size,
                );
            }
            if outcome.kind == gix::objs::Kind::Blob {
                seen((n, at), &out);
            }
        }
        Some(out)
    }
}

/// The byte ranges of two trees' entries that are not the same in both:
/// the entries both trees start with, and those both end with, left out.
/// Whole trees when either cannot be split into entries. Where each entry
/// starts is found in one tree and, for the other, only where the two
/// differ (see [`starts_like`]).
fn changed_entries(
    a: &Tree,
    b: &Tree,
    hash_len: usize,
) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let whole = (0..a.data.len(), 0..b.data.len());
    let (Some(a_starts), Some(b_starts)) = (a.starts_by(b, hash_len), b.starts_by(a, hash_len))
    else {
        return whole;
    };
    let (a, b) = (a.data.as_slice(), b.data.as_slice());
    // Entries wholly within the bytes both start with are the same.
    let prefix = common_prefix(a, b);
    let start = match a_starts.partition_point(|&at| at <= prefix) {
        0 => 0,
        n => a_starts[n - 1],
    };
    if b_starts.binary_search(&start).is_err() {
        return whole;
    }
    // Entries wholly within the bytes both end with: the first entry of
    // `a` that starts there and is an entry of `b` at the same distance
    // from the end (the end of both always is).
    let suffix = common_suffix(&a[start..], &b[start..]);
    let from = a_starts.partition_point(|&at| at < a.len() - suffix);
    let end = a_starts[from..]
        .iter()
        .copied()
        .chain(std::iter::once(a.len()))
        .find(|&at| {
            let in_b = at + b.len() - a.len();
            in_b == b.len() || b_starts.binary_search(&in_b).is_ok()
        })
        .unwrap_or(a.len());
    (start..end, start..end + b.len() - a.len())
}

/// Where each entry of tree `b` starts, given another version `a` of the
/// same folder and where its entries start: the same as in `a` up to where
/// the two first differ, then found in `b`'s bytes up to the first entry
/// that lies in the bytes both end with at the same distance from the end
/// as an entry of `a` (from there on, `a`'s, shifted). `None` as
/// [`entry_starts`] gives it.
fn starts_like(a: &[u8], a_starts: &[usize], b: &[u8], hash_len: usize) -> Option<Vec<usize>> {
    let prefix = common_prefix(a, b);
    // The entries that start within the common bytes start at the same
    // place in both (each is where the one before it ends); the last of
    // them may differ after its start, and is read again.
    let same = a_starts.partition_point(|&at| at <= prefix);
    let mut starts = Vec::with_capacity(a_starts.len() + 1);
    starts.extend_from_slice(&a_starts[..same]);
    let mut at = starts.pop().unwrap_or(0);
    let suffix = common_suffix(a, b);
    while at < b.len() {
        // Past this point `b` is `a`'s bytes at the same distance from the
        // end; an entry of `a` starts there: the rest are `a`'s.
        if at >= b.len() - suffix
            && let Ok(k) = a_starts.binary_search(&(at + a.len() - b.len()))
        {
            starts.extend(a_starts[k..].iter().map(|&s| s + b.len() - a.len()));
            return Some(starts);
        }
        starts.push(at);
        at += memchr::memchr(0, &b[at..])? + 1 + hash_len;
    }
    (at == b.len()).then_some(starts)
}

/// Where each entry of a tree (`MODE NAME\0ID`) starts; `None` when the
/// bytes do not end with a whole entry.
fn entry_starts(data: &[u8], hash_len: usize) -> Option<Vec<usize>> {
    let mut starts = Vec::with_capacity(data.len() / 48);
    let mut at = 0;
    while at < data.len() {
        starts.push(at);
        at += memchr::memchr(0, &data[at..])? + 1 + hash_len;
    }
    (at == data.len()).then_some(starts)
}

/// Chunks compared whole by [`common_prefix`] and [`common_suffix`]: large
/// ones first (one comparison for most of a folder's tree), then small ones
/// within the first large one that differs.
const CHUNKS: [usize; 2] = [4096, 64];

/// How many bytes `a` and `b` start with in common.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let mut same = 0;
    for chunk in CHUNKS {
        same += a[same..]
            .chunks_exact(chunk)
            .zip(b[same..].chunks_exact(chunk))
            .take_while(|(x, y)| x == y)
            .count()
            * chunk;
    }
    same + a[same..]
        .iter()
        .zip(&b[same..])
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many bytes `a` and `b` end with in common.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let mut same = 0;
    for chunk in CHUNKS {
        same += a[..a.len() - same]
            .rchunks_exact(chunk)
            .zip(b[..b.len() - same].rchunks_exact(chunk))
            .take_while(|(x, y)| x == y)
            .count()
            * chunk;
    }
    same + a[..a.len() - same]
        .iter()
        .rev()
        .zip(b[..b.len() - same].iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Git's order of tree entries: by name, a folder's name read as if it
/// ended with `/`.
fn tree_order(a: &gix::objs::tree::EntryRef<'_>, b: &gix::objs::tree::EntryRef<'_>) -> Ordering {
    let a_name = a.filename.as_bytes();
    let b_name = b.filename.as_bytes();
    let common = a_name.len().min(b_name.len());
    match a_name[..common].cmp(&b_name[..common]) {
        Ordering::Equal => {
            let next = |name: &[u8], tree: bool| {
                name.get(common)
                    .copied()
                    .or(if tree { Some(b'/') } else { None })
            };
            next(a_name, a.mode.is_tree()).cmp(&next(b_name, b.mode.is_tree()))
        }
        other => other,
    }
}

/// `acme.yaml`, `acme.YML`: named like a dossier.
fn is_dossier_name(name: &gix::bstr::BStr) -> bool {
    let name = name.as_bytes();
    let Some(dot) = name.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let extension = &name[dot + 1..];
    extension.eq_ignore_ascii_case(b"yaml") || extension.eq_ignore_ascii_case(b"yml")
}

/// The id of a dossier at `path` (`emea/acme.yaml` is `acme`).
pub fn id_of(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

impl std::fmt::Display for NoHistory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for NoHistory {}

#[cfg(test)]
mod tests {
    use super::{Tree, changed_entries, entry_starts, starts_like};

    /// A tree's bytes: `100644 NAME\0` and a 20-byte id for each entry.
    fn tree(entries: &[(&str, u8)]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, id) in entries {
            out.extend_from_slice(format!("100644 {name}\0").as_bytes());
            // Ids full of zero bytes and digits, to look like entry bounds.
            out.extend_from_slice(&[
                0, b'1', 0, *id, b' ', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, *id,
            ]);
        }
        out
    }

    fn names(data: &[u8]) -> Vec<String> {
        gix::objs::TreeRefIter::from_bytes(data, gix::hash::Kind::Sha1)
            .map(|entry| entry.expect("an entry").filename.to_string())
            .collect()
    }

    fn unsplit(data: Vec<u8>) -> Tree {
        Tree {
            data,
            starts: std::cell::OnceCell::new(),
        }
    }

    /// The names of the entries the two trees do not share (old, new),
    /// the same whichever tree's entries are found first.
    fn changed(old: &[(&str, u8)], new: &[(&str, u8)]) -> (Vec<String>, Vec<String>) {
        let (a, b) = (tree(old), tree(new));
        let ways: Vec<_> = [false, true]
            .into_iter()
            .map(|new_first| {
                let (x, y) = (unsplit(a.clone()), unsplit(b.clone()));
                let known = if new_first { &y } else { &x };
                assert!(known.starts.set(entry_starts(&known.data, 20)).is_ok());
                let (a_range, b_range) = changed_entries(&x, &y, 20);
                (names(&a[a_range]), names(&b[b_range]))
            })
            .collect();
        assert_eq!(ways[0], ways[1]);
        ways[0].clone()
    }

    #[test]
    fn common_bytes_are_counted_across_chunks() {
        use super::{common_prefix, common_suffix};
        let a: Vec<u8> = (0..10_000_u32).map(|i| (i % 251) as u8).collect();
        for at in [0, 1, 63, 64, 65, 4095, 4096, 4097, 5000, 9999] {
            let mut b = a.clone();
            b[at] ^= 1;
            assert_eq!(common_prefix(&a, &b), at);
            assert_eq!(common_suffix(&a, &b), a.len() - at - 1);
            assert_eq!(common_prefix(&a, &b[..at]), at);
            assert_eq!(common_suffix(&a, &a[at..]), a.len() - at);
        }
        assert_eq!(common_prefix(&a, &a), a.len());
        assert_eq!(common_suffix(&a, &a), a.len());
    }

    #[test]
    fn entries_are_found_from_another_version_of_the_folder() {
        // Versions of one folder, each a few entries away from the one
        // before, with ids that look like entry bounds; from the starts of
        // one, those of the next are the ones its own bytes give.
        let mut seed = 7_u64;
        let mut next = |below: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % below
        };
        let mut entries: Vec<(String, u8)> = (0..40)
            .map(|i| (format!("f{:03}.yaml", i * 5), (i % 7) as u8))
            .collect();
        for _ in 0..500 {
            let before = tree(
                &entries
                    .iter()
                    .map(|(n, id)| (n.as_str(), *id))
                    .collect::<Vec<_>>(),
            );
            for _ in 0..=next(3) {
                let at = next(entries.len() as u64 + 1) as usize;
                match next(3) {
                    0 if at < entries.len() => {
                        entries.remove(at);
                    }
                    1 if at < entries.len() => entries[at].1 = next(3) as u8,
                    _ => {
                        let name = format!("f{:03}.yaml", next(1000));
                        if !entries.iter().any(|(n, _)| *n == name) {
                            entries.push((name, next(3) as u8));
                            entries.sort();
                        }
                    }
                }
            }
            let after = tree(
                &entries
                    .iter()
                    .map(|(n, id)| (n.as_str(), *id))
                    .collect::<Vec<_>>(),
            );
            let known = entry_starts(&before, 20).expect("whole entries");
            assert_eq!(
                starts_like(&before, &known, &after, 20),
                entry_starts(&after, 20)
            );
        }
        // Bytes that do not end with a whole entry, as from the bytes.
        let base = tree(&[("a.yaml", 1), ("b.yaml", 2)]);
        let known = entry_starts(&base, 20).expect("whole entries");
        assert_eq!(starts_like(&base, &known, &base[..30], 20), None);
    }

    #[test]
    fn only_the_entries_that_differ_are_left() {
        let base = [("a.yaml", 1), ("b.yaml", 2), ("c.yaml", 3), ("d.yaml", 4)];
        assert_eq!(changed(&base, &base), (vec![], vec![]));
        let edited = [("a.yaml", 1), ("b.yaml", 9), ("c.yaml", 3), ("d.yaml", 4)];
        assert_eq!(
            changed(&base, &edited),
            (vec!["b.yaml".into()], vec!["b.yaml".into()])
        );
        let first = [("a.yaml", 0), ("b.yaml", 2), ("c.yaml", 3), ("d.yaml", 4)];
        assert_eq!(
            changed(&base, &first),
            (vec!["a.yaml".into()], vec!["a.yaml".into()])
        );
        let last = [("a.yaml", 1), ("b.yaml", 2), ("c.yaml", 3), ("d.yaml", 0)];
        assert_eq!(
            changed(&base, &last),
            (vec!["d.yaml".into()], vec!["d.yaml".into()])
        );
        let added = [
            ("a.yaml", 1),
            ("b.yaml", 2),
            ("bb.yaml", 2),
            ("c.yaml", 3),
            ("d.yaml", 4),
        ];
        assert_eq!(changed(&base, &added), (vec![], vec!["bb.yaml".into()]));
        assert_eq!(changed(&added, &base), (vec!["bb.yaml".into()], vec![]));
        let two = [("a.yaml", 7), ("b.yaml", 2), ("c.yaml", 3), ("d.yaml", 8)];
        assert_eq!(changed(&base, &two).0.len(), 4);
        // A name that is the end of another one's bytes.
        let long = [("xa.yaml", 1), ("xb.yaml", 2)];
        let short = [("b.yaml", 2)];
        assert_eq!(
            changed(&long, &short),
            (
                vec!["xa.yaml".into(), "xb.yaml".into()],
                vec!["b.yaml".into()]
            )
        );
    }
}
