//! Reviews without changes (FORMAT.md, "History from git"): a review that
//! changed nothing is a date, not a review.
//!
//! For each dossier, the first-parent history of `HEAD` is walked back to the
//! previous value of `review.last_reviewed` (the newest committed value that
//! differs from the current one) and on to the oldest commit of the run of
//! commits that had it, where that review was recorded. The dossier as it is
//! now, without its `review` section, is compared with the version of that
//! commit: `true` when they mean the same, `false` when not, `None` when there
//! is no earlier review. One walk serves every dossier, and it stops as soon
//! as every dossier has its answer; only blobs that changed are looked at.

use super::{Meaning, Versions, id_key};
use crate::git::{self, Repo};
use gix::ObjectId;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A dossier as it is now in the working copy.
pub struct Current {
    pub id: String,
    pub path: PathBuf,
    /// `review.last_reviewed`, as `YYYY-MM-DD`.
    pub last_reviewed: String,
}

enum State {
    /// Going back through versions with the current review date.
    Seeking,
    /// In the run of versions with the previous review date `previous`;
    /// `recorded` is the oldest version of the run seen so far.
    Run {
        previous: String,
        recorded: ObjectId,
    },
    /// The version where the previous review was recorded, if any.
    Done(Option<ObjectId>),
}

/// How many commits back the walk reads at first: the review dates of the
/// blobs they changed are read together, in the order they lie in the packs.
/// Each next window is four times as long: the more commits, the closer
/// together in the packs their blobs lie, and the fewer times a delta chain
/// is rebuilt (the walk goes at most four times as far back as it needs to,
/// reading only trees for it).
const FIRST_WINDOW: usize = 64;

/// [`without_changes`] of dossiers given as id, path and review date (`None`
/// when it cannot be read), with the settings in force.
pub fn of_dossiers<'a>(
    settings: &crate::settings::Settings,
    dossiers: impl IntoIterator<Item = (&'a str, &'a Path, Option<chrono::NaiveDate>)>,
) -> Vec<Option<bool>> {
    let current: Vec<Current> = dossiers
        .into_iter()
        .map(|(id, path, last_reviewed)| Current {
            id: id.to_owned(),
            path: path.to_path_buf(),
            last_reviewed: last_reviewed.map_or_else(String::new, |date| date.to_string()),
        })
        .collect();
    without_changes(&settings.dossiers_dir, settings.max_file_size, &current)
}

/// `review_without_changes` for each of `current`, in its order; every one
/// `None` outside git, in a bare repository or with no commits.
pub fn without_changes(
    dossiers_dir: &Path,
    max_file_size: u64,
    current: &[Current],
) -> Vec<Option<bool>> {
    let Ok(repo) = Repo::discover(dossiers_dir) else {
        return vec![None; current.len()];
    };
    let mut versions = Versions::new(&repo, max_file_size);
    walk(&mut versions, dossiers_dir, current).unwrap_or_else(|error| {
        eprintln!(
            "dossier: {}: {}",
            crate::i18n::text("warning"),
            crate::style::sanitize(
                &crate::msg!("history-reviews-untold", why = format!("{error:#}")).to_string()
            )
        );
        vec![None; current.len()]
    })
}

fn walk(
    versions: &mut Versions<'_>,
    dossiers_dir: &Path,
    current: &[Current],
) -> anyhow::Result<Vec<Option<bool>>> {
    let repo = versions.repo();
    let Some(head) = repo.head()? else {
        return Ok(vec![None; current.len()]);
    };
    let mut commit = repo.commit(head)?;
    let index = repo.index()?;
    let keys: Vec<String> = current.iter().map(|c| id_key(&c.id)).collect();
    let position: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, key)| (key.as_str(), i))
        .collect();

    // The blob of each working file when it is unchanged since it was staged.
    let working: Vec<Option<ObjectId>> = current
        .iter()
        .map(|c| {
            let relative = relative_path(dossiers_dir, &c.path)?;
            let metadata = std::fs::metadata(&c.path).ok()?;
            index.unchanged(&relative, &metadata)
        })
        .collect();

    let mut blob: Vec<Option<ObjectId>> = vec![None; current.len()];
    for file in repo.files(commit.folder)? {
        if let Some(&i) = position.get(id_key(git::id_of(&file.path)).as_str()) {
            blob[i].get_or_insert(file.blob);
        }
    }
    let mut states: Vec<State> = (0..current.len()).map(|_| State::Seeking).collect();
    let mut pending = current.len();
    let mut dates = ReviewDates::default();
    for i in 0..current.len() {
        // A file as committed at HEAD has the current date without a look.
        let known = blob[i].is_some() && blob[i] == working[i];
        step(
            &mut states[i],
            blob[i],
            &current[i].last_reviewed,
            known,
            versions,
            &mut dates,
            &mut pending,
        );
    }
    let mut length = FIRST_WINDOW;
    while pending > 0 {
        // The next commits back, and the dossier files each changed: the
        // version each had before.
        let mut window: Vec<Vec<(usize, Option<ObjectId>)>> = Vec::new();
        while window.len() < length {
            let Some(parent) = commit.parent else { break };
            let older = repo.commit(parent)?;
            let mut moved: HashMap<usize, Option<ObjectId>> = HashMap::new();
            for change in repo.diff(older.folder, commit.folder)? {
                if let Some(&i) = position.get(id_key(git::id_of(&change.path)).as_str()) {
                    let slot = moved.entry(i).or_insert(None);
                    if change.old.is_some() {
                        *slot = change.old;
                    }
                }
            }
            window.push(moved.into_iter().collect());
            commit = older;
        }
        if window.is_empty() {
            break;
        }
        length = length.saturating_mul(4);
        // Their review dates, read in the packs' order (each blob's delta
        // base read just before it), for the dossiers still looking.
        let mut wanted: Vec<ObjectId> = window
            .iter()
            .flatten()
            .filter(|(i, _)| !matches!(states[*i], State::Done(_)))
            .filter_map(|(_, old)| *old)
            .collect();
        wanted.sort_by_cached_key(|blob| repo.pack_order(*blob));
        wanted.dedup();
        for blob in wanted {
            dates.get(versions, blob);
        }
        for moved in window {
            for (i, old) in moved {
                if matches!(states[i], State::Done(_)) {
                    continue;
                }
                blob[i] = old;
                step(
                    &mut states[i],
                    old,
                    &current[i].last_reviewed,
                    false,
                    versions,
                    &mut dates,
                    &mut pending,
                );
            }
        }
    }

    let recorded: Vec<Option<ObjectId>> = states
        .into_iter()
        .map(|state| match state {
            State::Done(recorded) => recorded,
            State::Run { recorded, .. } => Some(recorded),
            State::Seeking => None,
        })
        .collect();
    // Each dossier as it is now (the working copy) against its version
    // where the last review was recorded; those versions read in the packs'
    // order, each parsed once and let go after its last comparison.
    let mut order: Vec<(usize, ObjectId)> = recorded
        .iter()
        .enumerate()
        .filter_map(|(i, recorded)| Some((i, (*recorded)?)))
        .collect();
    order.sort_by_cached_key(|(_, blob)| repo.pack_order(*blob));
    let mut uses: HashMap<ObjectId, usize> = HashMap::new();
    for (_, blob) in &order {
        *uses.entry(*blob).or_default() += 1;
    }
    let mut answers = vec![None; current.len()];
    for (i, recorded) in order {
        let now = std::fs::read(&current[i].path);
        // A review that changed the date alone (the common case) needs no
        // parsing; the working copy parses, as `review` has read its date.
        if let Ok(bytes) = &now
            && !current[i].last_reviewed.is_empty()
            && repo
                .blob(recorded)
                .is_ok_and(|then| only_the_date_differs(bytes, &then))
        {
            answers[i] = Some(true);
            continue;
        }
        let then = versions.get(recorded);
        if let Some(left) = uses.get_mut(&recorded) {
            *left -= 1;
            if *left == 0 {
                versions.forget(recorded);
            }
        }
        let now = match now {
            Ok(bytes) => super::read(&bytes),
            Err(error) => Err(super::Unreadable::from_io(&current[i].path, &error)),
        };
        answers[i] = match (now, then) {
            (Ok(now), Ok(then)) => Some(same_without_review(&now, &then)),
            _ => None,
        };
    }
    Ok(answers)
}

fn same_without_review(now: &Rc<Meaning>, then: &Rc<Meaning>) -> bool {
    now.without("review").same(&then.without("review"))
}

/// `review.last_reviewed` of each blob, read once.
#[derive(Default)]
struct ReviewDates {
    read: HashMap<ObjectId, Option<String>>,
}

impl ReviewDates {
    fn get(&mut self, versions: &mut Versions<'_>, blob: ObjectId) -> Option<String> {
        if let Some(date) = self.read.get(&blob) {
            return date.clone();
        }
        let date = match versions
            .repo()
            .blob(blob)
            .ok()
            .as_deref()
            .and_then(quick_date)
        {
            Some(date) => Some(date),
            None => versions.get(blob).ok().and_then(|meaning| {
                meaning
                    .text("review.last_reviewed")
                    .map(|d| d.trim().to_owned())
            }),
        };
        self.read.insert(blob, date.clone());
        date
    }
}

/// One step back in a dossier's history: its version there is `blob`.
fn step(
    state: &mut State,
    blob: Option<ObjectId>,
    current: &str,
    known_current: bool,
    versions: &mut Versions<'_>,
    dates: &mut ReviewDates,
    pending: &mut usize,
) {
    let Some(blob) = blob else {
        // The file did not exist before: the history of this dossier ends.
        *state = match state {
            State::Run { recorded, .. } => State::Done(Some(*recorded)),
            _ => State::Done(None),
        };
        *pending -= 1;
        return;
    };
    let date = if known_current {
        Some(current.to_owned())
    } else {
        dates.get(versions, blob)
    };
    // A version that cannot be read is skipped.
    let Some(date) = date else { return };
    match state {
        State::Seeking if date != current => {
            *state = State::Run {
                previous: date,
                recorded: blob,
            };
        }
        State::Run { previous, recorded } => {
            if date == *previous {
                *recorded = blob;
            } else {
                *state = State::Done(Some(*recorded));
                *pending -= 1;
            }
        }
        _ => {}
    }
}

/// The path of a dossier file under the dossiers folder, `/`-separated.
fn relative_path(dossiers_dir: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(dossiers_dir).ok()?;
    Some(relative.to_string_lossy().replace('\\', "/"))
}

/// `review.last_reviewed` read off the bytes without parsing the file, when
/// that is certain: the key is written once, indented at the start of a line
/// under `review:`, with a plain `YYYY-MM-DD` after it. Anything else (flow style, an anchor, the key
/// also in a comment or a text) is `None`, and the file is parsed instead.
pub fn quick_date(bytes: &[u8]) -> Option<String> {
    let span = date_span(bytes)?;
    std::str::from_utf8(&bytes[span]).ok().map(str::to_owned)
}

/// Where the value of `review.last_reviewed` is in the bytes, as
/// [`quick_date`] finds it (quotes left out).
fn date_span(bytes: &[u8]) -> Option<std::ops::Range<usize>> {
    const KEY: &[u8] = b"last_reviewed:";
    let mut found = memchr::memmem::find_iter(bytes, KEY);
    let at = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let line_start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    if !bytes[line_start..at].iter().all(|&b| b == b' ') || at == line_start {
        return None;
    }
    // Under the top-level `review:` key: the nearest line above that is
    // not indented, blank or a comment.
    let section = bytes[..line_start]
        .split(|&b| b == b'\n')
        .rev()
        .find(|line| {
            line.first()
                .is_some_and(|b| !matches!(b, b' ' | b'#' | b'\r'))
        })?;
    if !section.starts_with(b"review:") {
        return None;
    }
    let rest_start = at + KEY.len();
    let rest = &bytes[rest_start..];
    let line = &rest[..rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())];
    let line = std::str::from_utf8(line).ok()?;
    let before_comment = line.split(" #").next()?;
    let trimmed = before_comment.trim();
    let value = trimmed
        .strip_prefix('\'')
        .and_then(|v| v.strip_suffix('\''))
        .or_else(|| trimmed.strip_prefix('"').and_then(|v| v.strip_suffix('"')))
        .unwrap_or(trimmed);
    let shape = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    // `value` lies within `line`, which starts at `rest_start`.
    let offset = value.as_ptr() as usize - line.as_ptr() as usize;
    let start = rest_start + offset;
    Some(start..start + value.len())
}

/// Whether two versions of a dossier differ in the value of
/// `review.last_reviewed` alone, each a real date written plainly: then they
/// mean the same without their `review` section, and one parses when the
/// other does, so neither needs parsing.
fn only_the_date_differs(a: &[u8], b: &[u8]) -> bool {
    let (Some(x), Some(y)) = (date_span(a), date_span(b)) else {
        return false;
    };
    let real = |bytes: &[u8]| {
        std::str::from_utf8(bytes)
            .ok()
            .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
    };
    a[..x.start] == b[..y.start] && a[x.end..] == b[y.end..] && real(&a[x]) && real(&b[y])
}

#[cfg(test)]
mod tests {
    use super::{only_the_date_differs, quick_date};

    #[test]
    fn the_date_is_read_off_the_bytes_only_when_certain() {
        assert_eq!(
            quick_date(b"review:\n  last_reviewed: 2026-01-05   # Q1\n").as_deref(),
            Some("2026-01-05")
        );
        assert_eq!(
            quick_date(b"review:\n  last_reviewed: '2026-01-05'\n").as_deref(),
            Some("2026-01-05")
        );
        // Flow style, aliases, the key twice, a top-level key: parse instead.
        assert_eq!(quick_date(b"review: {last_reviewed: 2026-01-05}\n"), None);
        assert_eq!(quick_date(b"review:\n  last_reviewed: *d\n"), None);
        assert_eq!(
            quick_date(b"# last_reviewed: 2020-01-01\nreview:\n  last_reviewed: 2026-01-05\n"),
            None
        );
        assert_eq!(quick_date(b"last_reviewed: 2026-01-05\n"), None);
        assert_eq!(
            quick_date(b"review:\n  next: 1\nplan:\n  last_reviewed: 2026-01-05\n"),
            None
        );
        assert_eq!(
            quick_date(b"review:\n# Q1\n\n  last_reviewed: 2026-01-05\n").as_deref(),
            Some("2026-01-05")
        );
    }

    #[test]
    fn versions_that_differ_in_the_review_date_alone_are_told_without_parsing() {
        let now = b"client:\n  name: ACME\nreview:\n  last_reviewed: 2026-04-01 # Q2\n";
        let then = b"client:\n  name: ACME\nreview:\n  last_reviewed: '2026-01-05' # Q2\n";
        assert!(!only_the_date_differs(now, then), "quoting differs too");
        let then = b"client:\n  name: ACME\nreview:\n  last_reviewed: 2026-01-05 # Q2\n";
        assert!(only_the_date_differs(now, then));
        // Anything else that differs, or a date that is not one: parse.
        let other = b"client:\n  name: ACME Ltd\nreview:\n  last_reviewed: 2026-01-05 # Q2\n";
        assert!(!only_the_date_differs(now, other));
        let bad = b"client:\n  name: ACME\nreview:\n  last_reviewed: 2026-02-30 # Q2\n";
        assert!(!only_the_date_differs(now, bad));
        assert!(!only_the_date_differs(
            b"review: {last_reviewed: 2026-04-01}\n",
            b"review: {last_reviewed: 2026-01-05}\n"
        ));
    }
}
