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
//!
//! The walk needs nothing of the working copy: it runs on a thread of its own
//! ([`Pending`]) while the command reads the dossiers, and keeps for each
//! dossier the two newest runs of versions with one review date (the date at
//! `HEAD`, and the one before). Which of the two holds the previous review
//! is known once the current date is: the first run when the working copy's
//! date differs from it, else the second.
//!
//! What the walk finds is written down for the next run ([`Memo`], in
//! `.git/dossier/`), with the answer of each dossier as committed: the next
//! run walks back only to the commit written down and takes the rest from
//! there, and compares again only the dossiers changed since.

use super::memo::{Memo, Remembered};
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
    /// `review.last_reviewed`, as `YYYY-MM-DD`; empty when it cannot be read.
    pub last_reviewed: String,
}

/// How many commits back the walk reads at first: the review dates of the
/// blobs they changed are read together, in the order they lie in the packs.
/// Each next window is four times as long: the more commits, the closer
/// together in the packs their blobs lie, and the fewer times a delta chain
/// is rebuilt (the walk goes at most four times as far back as it needs to,
/// reading only trees for it).
const FIRST_WINDOW: usize = 64;

/// The longest window: while one thread reads the dates of a window's
/// versions, the other compares the trees of the next.
const LONGEST_WINDOW: usize = 512;

/// `review_without_changes` being worked out: the history is walked on a
/// thread of its own from [`Pending::start`], while the caller reads the
/// working copy; [`Pending::finish`] hands it the dossiers as they are now
/// and waits for the answers.
pub struct Pending {
    dossiers_dir: PathBuf,
    max_file_size: u64,
    /// The thread and where to send it the dossiers; `None` when no thread
    /// could be started (the work is then done in [`Pending::finish`]).
    walking: Option<(
        std::sync::mpsc::Sender<Vec<Current>>,
        std::thread::JoinHandle<Outcome>,
    )>,
}

/// The answers in the order of the dossiers handed over; `None`: no history
/// to read (outside git, a bare repository, no commits), every answer null.
/// The bool: the history was cut short where a shallow clone's ends, so
/// some answers are null for want of it ([`History::cut`]).
type Outcome = anyhow::Result<Option<(Vec<Option<bool>>, bool)>>;

impl Pending {
    /// Starts walking the history of the repository around the dossiers
    /// folder of `settings`.
    pub fn start(settings: &crate::settings::Settings) -> Pending {
        let dossiers_dir = settings.dossiers_dir.clone();
        let max_file_size = settings.max_file_size;
        let (sender, receiver) = std::sync::mpsc::channel();
        let folder = dossiers_dir.clone();
        let walking = std::thread::Builder::new()
            .name("history".into())
            .spawn(move || answer(&folder, max_file_size, || receiver.recv().ok()))
            .ok()
            .map(|thread| (sender, thread));
        Pending {
            dossiers_dir,
            max_file_size,
            walking,
        }
    }

    /// `review_without_changes` of dossiers given as id, path and review date
    /// (`None` when it cannot be read), in their order; every one `None`
    /// outside git, in a bare repository or with no commits. A history that
    /// cannot be read is named on stderr, once; so is a shallow clone whose
    /// history ends before some answers could be told (they are `None`),
    /// unless `quiet`.
    pub fn finish<'a>(
        self,
        dossiers: impl IntoIterator<Item = (&'a str, &'a Path, Option<chrono::NaiveDate>)>,
        quiet: bool,
    ) -> Vec<Option<bool>> {
        let current: Vec<Current> = dossiers
            .into_iter()
            .map(|(id, path, last_reviewed)| Current {
                id: id.to_owned(),
                path: path.to_path_buf(),
                last_reviewed: last_reviewed.map_or_else(String::new, |date| date.to_string()),
            })
            .collect();
        let count = current.len();
        let outcome = match self.walking {
            Some((sender, thread)) => {
                // The walk may have ended already, with an error or no history.
                let _ = sender.send(current);
                thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            }
            None => answer(&self.dossiers_dir, self.max_file_size, || Some(current)),
        };
        match outcome {
            Ok(Some((answers, cut))) => {
                if cut && !quiet {
                    crate::stderr_line!(
                        "dossier: {}: {}",
                        crate::i18n::text("note"),
                        crate::i18n::text("history-shallow-reviews")
                    );
                }
                answers
            }
            Ok(None) => vec![None; count],
            Err(error) => {
                crate::stderr_line!(
                    "dossier: {}: {}",
                    crate::i18n::text("warning"),
                    crate::style::sanitize(
                        &crate::msg!("history-reviews-untold", why = format!("{error:#}"))
                            .to_string()
                    )
                );
                vec![None; count]
            }
        }
    }
}

/// The walk, then the answers for the dossiers `current` hands over once they
/// are read.
fn answer(
    dossiers_dir: &Path,
    max_file_size: u64,
    current: impl FnOnce() -> Option<Vec<Current>>,
) -> Outcome {
    let Ok(repo) = Repo::discover(dossiers_dir) else {
        return Ok(None);
    };
    let mut versions = Versions::new(&repo, max_file_size);
    let mut dates = ReviewDates::default();
    let Some(history) = walk(&mut versions, &mut dates, dossiers_dir, max_file_size)? else {
        return Ok(None);
    };
    let Some(current) = current() else {
        return Ok(None);
    };
    let mut compared = HashMap::new();
    let answers = answers(
        &history,
        &mut versions,
        &mut dates,
        dossiers_dir,
        &current,
        &mut compared,
    )?;
    if !history.shallow {
        let memo = remember(&history, &compared);
        if history.memo.as_ref() != Some(&memo) {
            // A cache: the next run walks the whole history without it.
            let _ = memo.write(&repo, max_file_size);
        }
    }
    Ok(Some((answers, history.cut)))
}

/// What the first-parent history of `HEAD` says of one dossier's review
/// dates, newest first.
struct Runs {
    /// The dossier's blob at `HEAD`.
    head: ObjectId,
    /// Whether the version at `HEAD` has gone through [`Runs::push`]: its
    /// date is read only once an older version is to be compared with it.
    head_dated: bool,
    /// The newest run of readable versions with one review date, and the
    /// run before it; versions whose date cannot be read are skipped.
    first: Option<Run>,
    second: Option<Run>,
    /// The second run has ended, or the file's history has.
    done: bool,
    /// The walk ended where a shallow clone does, before this dossier's
    /// oldest run ended: where that run began is not known.
    cut: bool,
}

struct Run {
    date: String,
    /// The oldest version of the run seen so far.
    oldest: ObjectId,
}

impl Runs {
    /// One version older than all pushed before, with its review date
    /// (`None`: it cannot be read).
    fn push(&mut self, blob: ObjectId, date: Option<String>) {
        let Some(date) = date else { return };
        match (&mut self.first, &mut self.second) {
            (None, _) => self.first = Some(Run { date, oldest: blob }),
            (Some(first), None) if first.date == date => first.oldest = blob,
            (Some(_), None) => self.second = Some(Run { date, oldest: blob }),
            (Some(_), Some(second)) if second.date == date => second.oldest = blob,
            (Some(_), Some(_)) => self.done = true,
        }
    }

    /// One step back: the version before is `old` (`None`: the file did not
    /// exist before). True when this dossier's walk just ended.
    fn back(
        &mut self,
        old: Option<ObjectId>,
        versions: &mut Versions<'_>,
        dates: &mut ReviewDates,
    ) -> bool {
        if !self.head_dated {
            self.head_dated = true;
            let date = dates.get(versions, self.head);
            self.push(self.head, date);
        }
        match old {
            Some(blob) => {
                let date = dates.get(versions, blob);
                self.push(blob, date);
            }
            None => self.done = true,
        }
        self.done
    }

    /// The version where the review before `current` was recorded, with its
    /// date: the oldest of the newest run whose date is not `current`.
    fn recorded(&self, current: &str) -> Option<(ObjectId, &str)> {
        let (run, oldest) = match (&self.first, &self.second) {
            (Some(first), second) if first.date != current => (first, second.is_none()),
            (Some(_), Some(second)) => (second, true),
            _ => return None,
        };
        // Where a shallow clone's history ends, the run may have begun
        // before it: its review was recorded in a commit the clone lacks.
        if oldest && self.cut {
            return None;
        }
        Some((run.oldest, run.date.as_str()))
    }
}

/// Every dossier committed at `HEAD`, by id as ids are compared, with what
/// the history says of its reviews.
struct History {
    /// The commit walked from.
    head: ObjectId,
    runs: Vec<Runs>,
    by_id: HashMap<String, usize>,
    /// What the last run wrote down, read at the start of this one.
    memo: Option<Memo>,
    /// A shallow clone: its history may grow, nothing is written down.
    shallow: bool,
    /// The walk reached where the shallow clone's history ends, with
    /// dossiers whose oldest run had not ended there.
    cut: bool,
}

/// The dossier files one commit changed, each by its place in
/// [`History::runs`], with the version it had before (`None`: it did not
/// exist before).
type Changed = Vec<(usize, Option<ObjectId>)>;

/// Walks the first-parent history of `HEAD` until every dossier committed
/// there has its two newest runs of review dates (or the history ends);
/// `None` with no commits.
///
/// The walk stops at the commit of the last run's [`Memo`] when it meets it,
/// and takes what the memo holds from there; what it found is written down
/// for the next run (not in a shallow clone).
///
/// Two threads share the work: one compares the trees of each commit with
/// its parent's ([`changes_back`]), window by window, while this one reads
/// the review dates of the versions they name; each with its own repository
/// handle and caches (trees there, blobs here).
fn walk(
    versions: &mut Versions<'_>,
    dates: &mut ReviewDates,
    dossiers_dir: &Path,
    max_file_size: u64,
) -> anyhow::Result<Option<History>> {
    let repo = versions.repo();
    let Some(head) = repo.head()? else {
        return Ok(None);
    };
    let folder = repo.commit(head)?.folder;
    let mut runs: Vec<Runs> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for file in repo.files(folder)? {
        by_id
            .entry(id_key(git::id_of(&file.path)))
            .or_insert_with(|| {
                runs.push(Runs {
                    head: file.blob,
                    head_dated: false,
                    first: None,
                    second: None,
                    done: false,
                    cut: false,
                });
                runs.len() - 1
            });
    }
    // The trees go on being read on the other thread, with its own caches.
    repo.forget_trees();
    let shallow = repo.is_shallow();
    let memo = if shallow {
        None
    } else {
        Memo::read(repo, max_file_size)
    };
    let known = memo.as_ref().map(|memo| memo.commit);
    let mut pending = runs.len();
    let stop = std::sync::atomic::AtomicBool::new(false);
    let met = std::sync::atomic::AtomicBool::new(false);
    let shallow_end = std::sync::atomic::AtomicBool::new(false);
    let mut failed: Option<anyhow::Error> = None;
    // The date of each window's versions, then each dossier's step back;
    // false once every dossier has its answer, or on an error.
    let mut read = |window: anyhow::Result<Vec<Changed>>| match window {
        Ok(window) => {
            read_window(&window, &mut runs, versions, dates, &mut pending);
            pending > 0
        }
        Err(error) => {
            failed = Some(error);
            false
        }
    };
    std::thread::scope(|scope| {
        // One window ahead at most: the walk stops soon after the last
        // dossier has its answer.
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        let walk = Walk {
            dossiers_dir,
            head,
            by_id: &by_id,
            stop: &stop,
            known,
            met: &met,
            shallow_end: &shallow_end,
        };
        let spawned = std::thread::Builder::new()
            .name("history-trees".into())
            .spawn_scoped(scope, move || {
                changes_back(&walk, &mut |window| sender.send(window).is_ok());
            });
        if spawned.is_ok() {
            for window in &receiver {
                if !read(window) {
                    break;
                }
            }
        } else {
            // No second thread: this one compares the trees too.
            changes_back(&walk, &mut read);
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    if let Some(error) = failed {
        return Err(error);
    }
    if let Some(memo) = memo.as_ref().filter(|_| met.into_inner()) {
        recall(memo, &mut runs, &by_id, versions, dates);
    }
    let mut cut = false;
    if shallow_end.into_inner() {
        for dossier in runs.iter_mut().filter(|dossier| !dossier.done) {
            dossier.cut = true;
            cut = true;
        }
    }
    Ok(Some(History {
        head,
        runs,
        by_id,
        memo,
        shallow,
        cut,
    }))
}

/// Each dossier's walk not done yet, taken on from the memo's commit where
/// the walk stopped: the runs the memo holds for the versions from there
/// back, after those the walk read since (see [`Memo`]).
fn recall(
    memo: &Memo,
    runs: &mut [Runs],
    by_id: &HashMap<String, usize>,
    versions: &mut Versions<'_>,
    dates: &mut ReviewDates,
) {
    for (key, &i) in by_id {
        let dossier = &mut runs[i];
        // Not in the memo: added since, and so done already.
        let Some(known) = memo.dossiers.get(key).filter(|_| !dossier.done) else {
            continue;
        };
        if !dossier.head_dated && dossier.head == known.head {
            // Unchanged since: the memo's runs are this dossier's.
            let run = |n: usize| {
                known.runs.get(n).map(|(date, oldest)| Run {
                    date: date.clone(),
                    oldest: *oldest,
                })
            };
            dossier.head_dated = known.dated;
            dossier.first = run(0);
            dossier.second = run(1);
        } else {
            if !dossier.head_dated {
                dossier.head_dated = true;
                let date = dates.get(versions, dossier.head);
                dossier.push(dossier.head, date);
            }
            if known.dated {
                for (date, oldest) in &known.runs {
                    if dossier.done {
                        break;
                    }
                    dossier.push(*oldest, Some(date.clone()));
                }
            } else {
                // One version all along, its date never read.
                let date = dates.get(versions, known.head);
                dossier.push(known.head, date);
            }
        }
        // The memo's runs are final: nothing older is left to read.
        dossier.done = true;
    }
}

/// What the walk found, and the answers of `compared` (by place in
/// [`History::runs`]), to be written down for the next run.
fn remember(history: &History, compared: &HashMap<usize, (ObjectId, bool)>) -> Memo {
    let dossiers = history
        .by_id
        .iter()
        .map(|(key, &i)| {
            let dossier = &history.runs[i];
            let runs = [&dossier.first, &dossier.second]
                .into_iter()
                .flatten()
                .map(|run| (run.date.clone(), run.oldest))
                .collect();
            let remembered = Remembered {
                head: dossier.head,
                dated: dossier.head_dated,
                runs,
                compared: compared.get(&i).copied(),
            };
            (key.clone(), remembered)
        })
        .collect();
    Memo {
        commit: history.head,
        dossiers,
    }
}

/// The review dates of the versions one window of commits names (and those
/// of the versions at `HEAD` not read yet), read in the packs' order (each
/// blob's delta base is read just before it), then each dossier's step back.
fn read_window(
    window: &[Changed],
    runs: &mut [Runs],
    versions: &mut Versions<'_>,
    dates: &mut ReviewDates,
    pending: &mut usize,
) {
    let repo = versions.repo();
    let mut wanted: Vec<ObjectId> = Vec::new();
    for (i, old) in window.iter().flatten() {
        let dossier = &runs[*i];
        if dossier.done {
            continue;
        }
        if !dossier.head_dated {
            wanted.push(dossier.head);
        }
        wanted.extend(*old);
    }
    wanted.sort_by_cached_key(|blob| repo.pack_order(*blob));
    wanted.dedup();
    for blob in wanted {
        dates.get(versions, blob);
    }
    for changed in window {
        for &(i, old) in changed {
            let dossier = &mut runs[i];
            if !dossier.done && dossier.back(old, versions, dates) {
                *pending -= 1;
            }
        }
    }
}

/// One walk back through the trees of the first-parent history of `head`.
#[derive(Clone, Copy)]
struct Walk<'a> {
    dossiers_dir: &'a Path,
    head: ObjectId,
    /// The dossiers committed at `head`, by id as ids are compared.
    by_id: &'a HashMap<String, usize>,
    /// Set when no more is wanted.
    stop: &'a std::sync::atomic::AtomicBool,
    /// The commit of the [`Memo`], where the walk ends (its history is
    /// known); `met` is set when it does.
    known: Option<ObjectId>,
    met: &'a std::sync::atomic::AtomicBool,
    /// Set when the walk ends where a shallow clone's history does.
    shallow_end: &'a std::sync::atomic::AtomicBool,
}

/// The dossier files each commit of the walk's history changed, newest
/// first, sent in windows of commits (the first [`FIRST_WINDOW`] long, each
/// next one four times as long, up to [`LONGEST_WINDOW`]) until the history
/// ends, the memo's commit is met, `stop` is set or `send` says no more. An
/// error is sent, and ends the walk.
fn changes_back(walk: &Walk<'_>, send: &mut dyn FnMut(anyhow::Result<Vec<Changed>>) -> bool) {
    if let Err(error) = windows_back(walk, send) {
        send(Err(error));
    }
}

/// [`changes_back`], its errors returned.
fn windows_back(
    walk: &Walk<'_>,
    send: &mut dyn FnMut(anyhow::Result<Vec<Changed>>) -> bool,
) -> anyhow::Result<()> {
    let repo = Repo::discover(walk.dossiers_dir).map_err(anyhow::Error::new)?;
    let mut commit = repo.commit(walk.head)?;
    let mut length = FIRST_WINDOW;
    loop {
        let mut window: Vec<Changed> = Vec::new();
        let mut ended = false;
        while window.len() < length {
            if Some(commit.id) == walk.known {
                walk.met.store(true, std::sync::atomic::Ordering::Relaxed);
                ended = true;
                break;
            }
            let Some(parent) = commit.parent else {
                if commit.shallow_end {
                    walk.shallow_end
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
                ended = true;
                break;
            };
            if walk.stop.load(std::sync::atomic::Ordering::Relaxed) {
                return Ok(());
            }
            let older = repo.commit(parent)?;
            let mut moved: HashMap<usize, Option<ObjectId>> = HashMap::new();
            for change in repo.diff(older.folder, commit.folder)? {
                if let Some(&i) = walk.by_id.get(id_key(git::id_of(&change.path)).as_str()) {
                    let slot = moved.entry(i).or_insert(None);
                    if change.old.is_some() {
                        *slot = change.old;
                    }
                }
            }
            window.push(moved.into_iter().collect());
            commit = older;
        }
        if (!window.is_empty() && !send(Ok(window))) || ended {
            return Ok(());
        }
        length = length.saturating_mul(4).min(LONGEST_WINDOW);
    }
}

/// Each dossier as it is now (the working copy) against its version where
/// the last review was recorded.
fn answers(
    history: &History,
    versions: &mut Versions<'_>,
    dates: &mut ReviewDates,
    dossiers_dir: &Path,
    current: &[Current],
    compared: &mut HashMap<usize, (ObjectId, bool)>,
) -> anyhow::Result<Vec<Option<bool>>> {
    let repo = versions.repo();
    let index = repo.index()?;
    // The blob of a working copy as staged, when its stat says so.
    let as_staged = |now: &Current| {
        relative_path(dossiers_dir, &now.path)
            .zip(std::fs::metadata(&now.path).ok())
            .and_then(|(relative, metadata)| index.unchanged(&relative, &metadata))
    };
    let mut answers = vec![None; current.len()];
    // The version of each dossier where its last review was recorded, and
    // that version's review date.
    let mut order: Vec<(usize, ObjectId, String)> = Vec::new();
    // Dossiers whose working copy is as committed at `HEAD`, by place in
    // `current`: their answer is one of two blobs, and is written down (with
    // the dossier's place in `history.runs` and the version compared with).
    let mut as_committed: HashMap<usize, (usize, ObjectId)> = HashMap::new();
    for (i, now) in current.iter().enumerate() {
        let key = id_key(&now.id);
        let Some(&at) = history.by_id.get(key.as_str()) else {
            continue;
        };
        let runs = &history.runs[at];
        let mut staged = None;
        let recorded = if runs.head_dated {
            runs.recorded(&now.last_reviewed)
                .map(|(blob, date)| (blob, date.to_owned()))
        } else {
            // Only the version at `HEAD`: a file as committed there has the
            // current date without a look.
            staged = Some(as_staged(now));
            if staged == Some(Some(runs.head)) {
                None
            } else {
                dates
                    .get(versions, runs.head)
                    .filter(|date| *date != now.last_reviewed)
                    .map(|date| (runs.head, date))
            }
        };
        let Some((blob, date)) = recorded else {
            continue;
        };
        if staged.unwrap_or_else(|| as_staged(now)) == Some(runs.head) {
            let known = history
                .memo
                .as_ref()
                .and_then(|memo| memo.dossiers.get(&key))
                .filter(|known| known.head == runs.head)
                .and_then(|known| known.compared)
                .filter(|(version, _)| *version == blob);
            if let Some((_, same)) = known {
                answers[i] = Some(same);
                compared.insert(at, (blob, same));
                continue;
            }
            as_committed.insert(i, (at, blob));
        }
        order.push((i, blob, date));
    }
    // Those versions read in the packs' order (each blob's delta base read
    // just before it); the pairs that need parsing are parsed and compared
    // on a second thread meanwhile.
    order.sort_by_cached_key(|(_, blob, _)| repo.pack_order(*blob));
    let parsed = std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::channel::<Pair>();
        let parsing = std::thread::Builder::new()
            .name("history-compare".into())
            .spawn_scoped(scope, move || {
                receiver.iter().map(parse_and_compare).collect::<Vec<_>>()
            });
        let mut here = Vec::new();
        read_pairs(versions, &order, current, &mut answers, &mut |pair| {
            if let Err(std::sync::mpsc::SendError(pair)) = sender.send(pair) {
                // No second thread: this one parses.
                here.push(parse_and_compare(pair));
            }
        });
        drop(sender);
        let mut parsed = match parsing.map(|parsing| parsing.join()) {
            Ok(Ok(parsed)) => parsed,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => Vec::new(),
        };
        parsed.extend(here);
        parsed
    });
    for (i, answer) in parsed {
        answers[i] = answer;
    }
    for (i, (at, blob)) in as_committed {
        if let Some(same) = answers[i] {
            compared.insert(at, (blob, same));
        }
    }
    Ok(answers)
}

/// A dossier's place in `current`, its working copy's bytes and the bytes
/// of the version where its last review was recorded: to be parsed and
/// compared.
type Pair = (usize, Vec<u8>, Vec<u8>);

/// Each of `order` (a dossier's place in `current`, the version where its
/// last review was recorded, and that version's review date) against the
/// working copy: a review that changed the date alone (the common case) is
/// answered here, without parsing or reading the version, and so is one
/// whose working copy or version cannot be read; the rest go to `parse`.
fn read_pairs(
    versions: &Versions<'_>,
    order: &[(usize, ObjectId, String)],
    current: &[Current],
    answers: &mut [Option<bool>],
    parse: &mut dyn FnMut(Pair),
) {
    for &(i, recorded, ref date) in order {
        // The working copy parses, as `review` has read its date.
        let Ok(now) = std::fs::read(&current[i].path) else {
            continue;
        };
        if !current[i].last_reviewed.is_empty() && with_date_is(&now, date, recorded) {
            answers[i] = Some(true);
            continue;
        }
        if let Ok(then) = versions.bytes(recorded) {
            parse((i, now, then));
        }
    }
}

/// Whether the two versions of a [`Pair`] mean the same without their
/// `review` section (`None`: either cannot be read).
fn parse_and_compare((i, now, then): Pair) -> (usize, Option<bool>) {
    let answer = match (super::read(&now), super::read(&then)) {
        (Ok(now), Ok(then)) => Some(same_without_review(&now, &then)),
        _ => None,
    };
    (i, answer)
}

fn same_without_review(now: &Rc<Meaning>, then: &Rc<Meaning>) -> bool {
    now.without("review").same(&then.without("review"))
}

/// `review.last_reviewed` of each blob, read once.
#[derive(Default)]
struct ReviewDates {
    read: HashMap<ObjectId, Option<String>>,
    /// Dates read off blobs decoded on the way to others (the bases of
    /// their delta chains), by their place in the packs.
    seen: HashMap<git::PackPlace, String>,
}

impl ReviewDates {
    fn get(&mut self, versions: &mut Versions<'_>, blob: ObjectId) -> Option<String> {
        if let Some(date) = self.read.get(&blob) {
            return date.clone();
        }
        let repo = versions.repo();
        let place = repo.pack_order(blob);
        let in_a_pack = place != git::UNPACKED;
        let date = match self.seen.get(&place).filter(|_| in_a_pack) {
            Some(date) => Some(date.clone()),
            None => {
                let seen = &mut self.seen;
                repo.blob_seeing(blob, &mut |place, bytes| {
                    if let Some(date) = quick_date(bytes) {
                        seen.insert(place, date);
                    }
                })
                .ok()
                .as_deref()
                .and_then(quick_date)
            }
        };
        let date = date.or_else(|| {
            versions.get(blob).ok().and_then(|meaning| {
                meaning
                    .text("review.last_reviewed")
                    .map(|d| d.trim().to_owned())
            })
        });
        self.read.insert(blob, date.clone());
        date
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

/// Whether the working copy `now`, its review date written plainly and put
/// back to `date`, is blob `blob` byte for byte (their git object ids are
/// equal): then the two differ in the value of `review.last_reviewed` alone,
/// each a real date, and mean the same without their `review` section (one
/// parses when the other does). The version is neither read nor parsed.
fn with_date_is(now: &[u8], date: &str, blob: ObjectId) -> bool {
    let Some(span) = date_span(now) else {
        return false;
    };
    let real = |bytes: &[u8]| {
        std::str::from_utf8(bytes)
            .ok()
            .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
    };
    if date.len() != span.len() || !real(&now[span.clone()]) || !real(date.as_bytes()) {
        return false;
    }
    let mut hasher = gix::hash::hasher(blob.kind());
    hasher.update(&gix::objs::encode::loose_header(
        gix::objs::Kind::Blob,
        now.len() as u64,
    ));
    hasher.update(&now[..span.start]);
    hasher.update(date.as_bytes());
    hasher.update(&now[span.end..]);
    hasher.try_finalize().is_ok_and(|id| id == blob)
}

#[cfg(test)]
mod tests {
    use super::{quick_date, with_date_is};

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
    fn versions_that_differ_in_the_review_date_alone_are_told_without_reading_them() {
        let id = |bytes: &[u8]| {
            gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, bytes)
                .expect("a hash")
        };
        let now = b"client:\n  name: ACME\nreview:\n  last_reviewed: 2026-04-01 # Q2\n";
        let then = b"client:\n  name: ACME\nreview:\n  last_reviewed: 2026-01-05 # Q2\n";
        assert!(with_date_is(now, "2026-01-05", id(then)));
        assert!(with_date_is(now, "2026-04-01", id(now)));
        let quoted = b"client:\n  name: ACME\nreview:\n  last_reviewed: '2026-01-05' # Q2\n";
        assert!(
            !with_date_is(now, "2026-01-05", id(quoted)),
            "quoting differs too"
        );
        // Anything else that differs, or a date that is not one: parse.
        let other = b"client:\n  name: ACME Ltd\nreview:\n  last_reviewed: 2026-01-05 # Q2\n";
        assert!(!with_date_is(now, "2026-01-05", id(other)));
        let bad = b"client:\n  name: ACME\nreview:\n  last_reviewed: 2026-02-30 # Q2\n";
        assert!(!with_date_is(now, "2026-02-30", id(bad)));
        let flow = b"review: {last_reviewed: 2026-01-05}\n";
        assert!(!with_date_is(
            b"review: {last_reviewed: 2026-04-01}\n",
            "2026-01-05",
            id(flow)
        ));
    }
}
