//! What `review` learned of a repository's history, kept from one run to the
//! next (`.git/dossier/review-history`).
//!
//! Reviews without changes need each dossier's review dates back through
//! the whole first-parent history of `HEAD`: a walk that compares the trees
//! of every commit with its parent's and grows with the history. What the
//! walk found at a commit never changes (a commit and its ancestors are
//! fixed by its id), so `review` writes it down, and the next run walks only
//! the commits made since, back to that commit, and takes the rest from here.
//! The sales director's weekly run reads a week of commits instead of years.
//!
//! The file is a cache: it is read only when it was written for the same
//! dossiers folder, the same `max_file_size` and the same version of
//! `dossier`, and only when its commit is met on the walk; anything that
//! does not read back whole is ignored, and it may be deleted at any time.
//! It is never written for a shallow clone (its history may yet grow), and
//! failing to write it changes nothing else.
//!
//! Layout: fields each ended by a NUL byte (file names, and so ids, cannot
//! hold one): a header (`dossier review history`, the layout's number, the
//! version of `dossier`, the dossiers folder, `max_file_size`, the commit,
//! how many dossiers), then per dossier its id as ids are compared, its blob
//! at the commit, `1` when that version's date was read, how many runs (0 to
//! 2), each run's date and oldest blob, and the version its review before
//! was recorded in with `1` when the two mean the same without their
//! `review` sections, `0` when not (or `-`: not compared); then `end`.

use crate::git::Repo;
use gix::ObjectId;
use std::collections::HashMap;
use std::path::PathBuf;

/// What the walk found at one commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Memo {
    /// The commit the walk started from (`HEAD` of that run).
    pub commit: ObjectId,
    /// Each dossier committed there, by id as ids are compared.
    pub dossiers: HashMap<String, Remembered>,
}

/// One dossier's review dates as the walk found them, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    /// Its blob at [`Memo::commit`].
    pub head: ObjectId,
    /// Whether the walk read that version's date; not when the file never
    /// changed in the history walked (then `runs` is empty).
    pub dated: bool,
    /// The newest run of versions with one review date and the run before
    /// it (at most two), each as its date and its oldest version: the whole
    /// history's, final.
    pub runs: Vec<(String, ObjectId)>,
    /// The version where the review before the one at [`Remembered::head`]
    /// was recorded, and whether `head` means the same as it without their
    /// `review` sections: the answer of a working copy as committed.
    pub compared: Option<(ObjectId, bool)>,
}

const MAGIC: &[u8] = b"dossier review history";
/// The layout's number: changed whenever what is kept, how a date is read
/// or how two versions are compared changes (a release changes the version,
/// which is in the header too).
const LAYOUT: &[u8] = b"1";
/// Larger files are not read: a dossier's entry takes about 100 bytes.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

impl Memo {
    /// The file of the repository around the dossiers folder.
    fn path(repo: &Repo) -> PathBuf {
        repo.memo_dir().join("review-history")
    }

    /// What the last run wrote, when it was written for this dossiers folder,
    /// this `max_file_size` and this version, and reads back whole; `None`
    /// otherwise (no file, another run's settings, damage).
    pub fn read(repo: &Repo, max_file_size: u64) -> Option<Memo> {
        let path = Memo::path(repo);
        let metadata = std::fs::symlink_metadata(&path).ok()?;
        if !metadata.is_file() || metadata.len() > MAX_BYTES {
            return None;
        }
        let bytes = std::fs::read(&path).ok()?;
        Memo::decode(&bytes, &header(repo, max_file_size))
    }

    /// Writes this down for the next run, replacing what was there in one
    /// step. Nothing is written through a link: when the file or its folder
    /// is one (or not a file, not a folder), it is left alone.
    ///
    /// # Errors
    /// The I/O error of creating the folder or writing the file; a memo that
    /// cannot be written (a date holding a NUL byte) is not written, without
    /// an error.
    pub fn write(&self, repo: &Repo, max_file_size: u64) -> std::io::Result<()> {
        let Some(bytes) = self.encode(&header(repo, max_file_size)) else {
            return Ok(());
        };
        let dir = repo.memo_dir();
        match std::fs::symlink_metadata(&dir) {
            Ok(metadata) if !metadata.is_dir() => return Ok(()),
            Ok(_) => {}
            Err(_) => std::fs::create_dir_all(&dir)?,
        }
        let path = Memo::path(repo);
        if std::fs::symlink_metadata(&path).is_ok_and(|metadata| !metadata.is_file()) {
            return Ok(());
        }
        crate::write::write_atomic(&path, &bytes)
    }

    /// The bytes of the file; `None` when a field would hold a NUL byte.
    fn encode(&self, header: &[Vec<u8>]) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(64 + self.dossiers.len() * 112);
        let mut field = |bytes: &[u8]| {
            if bytes.contains(&0) {
                return None;
            }
            out.extend_from_slice(bytes);
            out.push(0);
            Some(())
        };
        for part in header {
            field(part)?;
        }
        field(self.commit.to_hex().to_string().as_bytes())?;
        field(self.dossiers.len().to_string().as_bytes())?;
        let mut ids: Vec<&String> = self.dossiers.keys().collect();
        ids.sort();
        for id in ids {
            let dossier = &self.dossiers[id];
            field(id.as_bytes())?;
            field(dossier.head.to_hex().to_string().as_bytes())?;
            field(if dossier.dated { b"1" } else { b"0" })?;
            field(dossier.runs.len().to_string().as_bytes())?;
            for (date, oldest) in &dossier.runs {
                field(date.as_bytes())?;
                field(oldest.to_hex().to_string().as_bytes())?;
            }
            match dossier.compared {
                None => field(b"-")?,
                Some((version, same)) => {
                    field(version.to_hex().to_string().as_bytes())?;
                    field(if same { b"1" } else { b"0" })?;
                }
            }
        }
        field(b"end")?;
        Some(out)
    }

    /// The memo in `bytes`, when they begin with `header` and read whole.
    fn decode(bytes: &[u8], header: &[Vec<u8>]) -> Option<Memo> {
        let body = bytes.strip_suffix(b"\0")?;
        let mut fields = body.split(|&b| b == 0);
        for part in header {
            if fields.next()? != part.as_slice() {
                return None;
            }
        }
        let mut text = || std::str::from_utf8(fields.next()?).ok();
        let id = |hex: &str| ObjectId::from_hex(hex.as_bytes()).ok();
        let commit = id(text()?)?;
        let count: usize = text()?.parse().ok()?;
        let mut dossiers = HashMap::with_capacity(count.min(bytes.len() / 48));
        for _ in 0..count {
            let key = text()?.to_owned();
            let head = id(text()?)?;
            let dated = match text()? {
                "1" => true,
                "0" => false,
                _ => return None,
            };
            let runs_count: usize = text()?.parse().ok()?;
            if runs_count > 2 || (!dated && runs_count > 0) {
                return None;
            }
            let mut runs = Vec::with_capacity(runs_count);
            for _ in 0..runs_count {
                let date = text()?.to_owned();
                runs.push((date, id(text()?)?));
            }
            let compared = match text()? {
                "-" => None,
                version => {
                    let same = match text()? {
                        "1" => true,
                        "0" => false,
                        _ => return None,
                    };
                    Some((id(version)?, same))
                }
            };
            dossiers.insert(
                key,
                Remembered {
                    head,
                    dated,
                    runs,
                    compared,
                },
            );
        }
        if text()? != "end" || fields.next().is_some() || dossiers.len() != count {
            return None;
        }
        Some(Memo { commit, dossiers })
    }
}

/// The fields a memo starts with: what it must have been written with to be
/// of use (see the module's documentation).
fn header(repo: &Repo, max_file_size: u64) -> Vec<Vec<u8>> {
    vec![
        MAGIC.to_vec(),
        LAYOUT.to_vec(),
        env!("CARGO_PKG_VERSION").as_bytes().to_vec(),
        repo.folder_name(),
        max_file_size.to_string().into_bytes(),
    ]
}

#[cfg(test)]
mod tests {
    use super::{Memo, Remembered};
    use gix::ObjectId;

    fn blob(n: u8) -> ObjectId {
        ObjectId::from_bytes_or_panic(&[n; 20])
    }

    fn header() -> Vec<Vec<u8>> {
        vec![
            b"dossier review history".to_vec(),
            b"1".to_vec(),
            b"ru".to_vec(),
        ]
    }

    fn memo() -> Memo {
        let mut dossiers = std::collections::HashMap::new();
        dossiers.insert(
            "ромашка".to_owned(),
            Remembered {
                head: blob(1),
                dated: true,
                runs: vec![
                    ("2026-09-01".to_owned(), blob(2)),
                    ("2026-06-01".to_owned(), blob(3)),
                ],
                compared: Some((blob(3), true)),
            },
        );
        dossiers.insert(
            "acme".to_owned(),
            Remembered {
                head: blob(4),
                dated: false,
                runs: Vec::new(),
                compared: None,
            },
        );
        Memo {
            commit: blob(9),
            dossiers,
        }
    }

    #[test]
    fn a_memo_reads_back_as_written() {
        let bytes = memo().encode(&header()).expect("no NUL in any field");
        assert_eq!(Memo::decode(&bytes, &header()), Some(memo()));
    }

    #[test]
    fn a_memo_of_other_settings_or_damaged_is_not_read() {
        let bytes = memo().encode(&header()).expect("no NUL in any field");
        let mut other = header();
        other[2] = b"emea".to_vec();
        assert_eq!(Memo::decode(&bytes, &other), None, "another folder");
        for cut in [1, 10, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(
                Memo::decode(&bytes[..bytes.len() - cut], &header()),
                None,
                "cut short by {cut}"
            );
        }
        let mut extra = bytes.clone();
        extra.extend_from_slice(b"more\0");
        assert_eq!(Memo::decode(&extra, &header()), None, "bytes after the end");
        assert_eq!(Memo::decode(b"", &header()), None);
    }

    #[test]
    fn a_date_holding_a_nul_byte_is_not_written() {
        let mut memo = memo();
        memo.dossiers.insert(
            "x".to_owned(),
            Remembered {
                head: blob(5),
                dated: true,
                runs: vec![("2026\0".to_owned(), blob(6))],
                compared: None,
            },
        );
        assert_eq!(memo.encode(&header()), None);
    }
}
