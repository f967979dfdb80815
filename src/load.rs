//! Finding dossier files in a folder and reading each one.

use crate::diag::{Code, Diagnostic, Finding, Position};
use crate::i18n::Message;
use crate::model::Dossier;
use crate::msg;
use crate::parse;
use crate::rules::{self, Context};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One dossier file, found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The file stem: `dossiers/emea/acme-logistics.yaml` is `acme-logistics`.
    pub id: String,
}

/// Trouble that keeps a file or folder from being read at all: I/O trouble,
/// exit 2 (`unreadable`, `not-a-file`, `broken-symlink`, `symlink-loop`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoProblem {
    pub path: PathBuf,
    pub message: Message,
    pub code: Code,
}

impl IoProblem {
    fn new(path: &Path, code: Code, message: Message) -> Self {
        IoProblem {
            path: path.to_path_buf(),
            message,
            code,
        }
    }

    fn unreadable(path: &Path, error: &std::io::Error) -> Self {
        IoProblem::new(
            path,
            Code::Unreadable,
            msg!(
                "cannot-read",
                path = path.display().to_string(),
                why = describe_io(error)
            ),
        )
    }

    /// The problem as a diagnostic of its file, for reports.
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::new(
            self.path.as_path(),
            Position::START,
            self.code,
            "",
            self.message.clone(),
        )
    }
}

/// The message, in the run's language: what a command that cannot go on
/// prints as its error.
impl std::fmt::Display for IoProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message.fmt(f)
    }
}

impl std::error::Error for IoProblem {}

/// Files above this size are not read (`max_file_size` in `dossier.yaml`):
/// a dossier written by hand is a few kilobytes; 8 MiB is a mistake or an attack.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 8 * 1024 * 1024;

/// What a walk over the dossier folders found.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Every dossier file, each real file once, sorted by path.
    pub files: Vec<SourceFile>,
    pub problems: Vec<IoProblem>,
    /// Paths that reach a file of `files` another way (a symlink to it, or
    /// through a symlinked folder): not read a second time (FORMAT.md, "One
    /// real file is one dossier").
    pub read_once: Vec<ReadOnce>,
}

/// A path left out of the walk because it is another way to a file of [`Discovery::files`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOnce {
    /// The path left out (a symlink, or a path through a symlinked folder).
    pub path: SourceFile,
    /// The path the file is read as.
    pub read_as: PathBuf,
}

impl ReadOnce {
    /// The note `check`, `review` and `list` print on stderr (unless `--quiet`).
    pub fn note(&self) -> crate::i18n::Message {
        crate::msg!(
            "check-read-once",
            link = self.path.path.display().to_string(),
            target = self.read_as.display().to_string()
        )
    }
}

impl Discovery {
    /// Prints a note per path read once, unless `quiet`.
    pub fn print_notes(&self, quiet: bool) {
        if quiet {
            return;
        }
        for read_once in &self.read_once {
            crate::stderr_line!(
                "dossier: {}: {}",
                crate::i18n::text("note"),
                crate::style::sanitize(&read_once.note().to_string())
            );
        }
    }
}

/// Whether `path` is named like a dossier: `.yaml` or `.yml`, in any case
/// (`Client.YAML` counts: FORMAT.md, "Repository layout").
pub fn is_dossier_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// The form two ids are compared in: Unicode NFC and lower case, so a file
/// name written in NFD (as macOS writes it) and the same name in NFC are one
/// id, and `Acme` and `acme` (which collide on the file systems of macOS
/// and Windows) are one id too (FORMAT.md, "Repository layout").
///
/// An ASCII id (nearly all of them: `new` makes ASCII slugs) is only
/// lower-cased: it is in NFC as it is and stays so.
pub fn id_key(id: &str) -> String {
    if id.is_ascii() {
        return id.to_ascii_lowercase();
    }
    crate::names::nfc(&crate::names::nfc(id).to_lowercase())
}

/// `id` without a dossier extension (`acme.yaml`, `acme.YML` as a shell
/// completes it), trimmed.
pub fn strip_dossier_extension(id: &str) -> &str {
    let id = id.trim();
    match id.rsplit_once('.') {
        Some((stem, _)) if is_dossier_file(Path::new(id)) => stem,
        _ => id,
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// The file at `path`, with its id (the file stem).
pub fn source_file(path: PathBuf) -> SourceFile {
    // `dossier check .` should print `acme.yaml`, not `./acme.yaml`.
    let path = match path.strip_prefix(".") {
        Ok(relative) if !relative.as_os_str().is_empty() => relative.to_path_buf(),
        _ => path,
    };
    let id = path
        .file_stem()
        .map(|stem| crate::names::nfc(&stem.to_string_lossy()))
        .unwrap_or_default();
    SourceFile { path, id }
}

/// Finds every dossier under `roots` (files are taken as they are, folders
/// are walked). Hidden entries are skipped; symlinked folders are followed,
/// and a symlink loop is reported instead of followed. The order is sorted
/// by path, so output is the same on every run.
///
/// Every entry named like a dossier is listed, even when it is a folder, a
/// named pipe or a broken symlink: [`load`] says what is wrong with it, so it
/// is reported in its place among the others.
pub fn discover(roots: &[PathBuf]) -> Discovery {
    let mut discovery = Discovery::default();
    // Only a walk that met a symlink can reach one file twice.
    let mut met_a_link = false;
    for root in roots {
        met_a_link |= std::fs::symlink_metadata(root).is_ok_and(|m| m.file_type().is_symlink());
        let metadata = match std::fs::metadata(root) {
            Ok(metadata) => metadata,
            // A symlink that leads nowhere: `load` tells broken from looping.
            Err(_) if std::fs::symlink_metadata(root).is_ok() => {
                discovery.files.push(source_file(root.clone()));
                continue;
            }
            Err(error) => {
                discovery.problems.push(IoProblem::unreadable(root, &error));
                continue;
            }
        };
        if !metadata.is_dir() {
            discovery.files.push(source_file(root.clone()));
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
        for entry in walker {
            match entry {
                Ok(entry) => {
                    met_a_link |= entry.path_is_symlink();
                    // A folder named `x.yaml` is listed (and still walked).
                    let folder_at_root = entry.depth() == 0;
                    if !folder_at_root && is_dossier_file(entry.path()) {
                        discovery.files.push(source_file(entry.into_path()));
                    }
                }
                Err(error) => match dangling_dossier(&error) {
                    Some(path) => discovery.files.push(source_file(path.to_path_buf())),
                    None if is_hidden_error(&error) => {}
                    None => discovery.problems.push(walk_problem(&error, root)),
                },
            }
        }
    }
    discovery.files.sort_by(|a, b| a.path.cmp(&b.path));
    discovery.files.dedup();
    if met_a_link || roots.len() > 1 {
        read_each_file_once(&mut discovery);
    }
    discovery
}

/// [`discover`] of the dossiers folder the settings name (`--dir`, else
/// `dossiers_dir` of `dossier.yaml`, else `dossiers`).
///
/// # Errors
///
/// The folder itself cannot be read (it is not there, or may not be read):
/// there is no portfolio, so a command prints nothing but this error and
/// exits 2 (FORMAT.md, "Exit codes"); an empty summary would read as "all
/// is well" in a cron mail. A folder that is not there is reported with
/// where `dossier` looks for it: the mistake of a first run in another
/// folder. What cannot be read below the folder is in the discovery's
/// `problems`, and the rest of the portfolio is read.
pub fn discover_dossiers(dossiers_dir: &Path) -> Result<Discovery, IoProblem> {
    let mut discovery = discover(std::slice::from_ref(&dossiers_dir.to_path_buf()));
    let Some(at) = discovery
        .problems
        .iter()
        .position(|problem| problem.path == dossiers_dir)
    else {
        return Ok(discovery);
    };
    let mut problem = discovery.problems.swap_remove(at);
    // Asked of the file system only when the folder could not be read.
    let missing = std::fs::symlink_metadata(dossiers_dir)
        .is_err_and(|error| error.kind() == std::io::ErrorKind::NotFound);
    if missing {
        problem.message = msg!(
            "cannot-read-dossiers-dir",
            path = dossiers_dir.display().to_string()
        );
    }
    Err(problem)
}

/// Keeps one path per real file (same device and inode): the one that is
/// not a symlink and not reached through a symlinked folder when there is
/// one, else the first by path. The others go to [`Discovery::read_once`].
fn read_each_file_once(discovery: &mut Discovery) {
    let mut by_file: HashMap<(u64, u64), Vec<usize>> = HashMap::new();
    for (index, file) in discovery.files.iter().enumerate() {
        if let Some(identity) = file_identity(&file.path) {
            by_file.entry(identity).or_default().push(index);
        }
    }
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    for indices in by_file.values().filter(|indices| indices.len() > 1) {
        let kept = indices
            .iter()
            .copied()
            .min_by_key(|&i| (reached_through_a_link(&discovery.files[i].path), i))
            .unwrap_or(indices[0]);
        dropped.extend(indices.iter().filter(|&&i| i != kept).map(|&i| (i, kept)));
    }
    if dropped.is_empty() {
        return;
    }
    dropped.sort_unstable();
    discovery.read_once = dropped
        .iter()
        .map(|&(i, kept)| ReadOnce {
            path: discovery.files[i].clone(),
            read_as: discovery.files[kept].path.clone(),
        })
        .collect();
    let mut index = 0;
    discovery.files.retain(|_| {
        let keep = dropped.binary_search_by_key(&index, |&(i, _)| i).is_err();
        index += 1;
        keep
    });
}

/// What makes a file one file, whatever the path to it: device and inode.
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    let metadata = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        Some((metadata.dev(), metadata.ino()))
    }
    #[cfg(not(unix))]
    {
        // Without inodes, the resolved path names the file.
        let _ = metadata;
        let resolved = std::fs::canonicalize(path).ok()?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&resolved, &mut hasher);
        Some((0, std::hash::Hasher::finish(&hasher)))
    }
}

/// Whether `path` is a symlink or lies in a folder reached through one.
fn reached_through_a_link(path: &Path) -> bool {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return true;
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    match (std::path::absolute(parent), std::fs::canonicalize(parent)) {
        (Ok(absolute), Ok(canonical)) => absolute != canonical,
        _ => false,
    }
}

/// A dossier-named symlink the walk could not follow (broken or looping).
fn dangling_dossier(error: &walkdir::Error) -> Option<&Path> {
    let path = error.path()?;
    let listed = error.loop_ancestor().is_none()
        && is_dossier_file(path)
        && !path.file_name().is_some_and(is_hidden)
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    listed.then_some(path)
}

/// The walk reports entries before `filter_entry` sees them when they cannot
/// be followed; hidden ones stay skipped.
fn is_hidden_error(error: &walkdir::Error) -> bool {
    error.depth() > 0
        && error
            .path()
            .and_then(Path::file_name)
            .is_some_and(is_hidden)
}

fn walk_problem(error: &walkdir::Error, root: &Path) -> IoProblem {
    // The root itself is named as given (so that `discover_dossiers` knows
    // it); what lies below it without the `./` of a walk from `.`.
    let path = match error.path() {
        Some(path) if error.depth() > 0 => match path.strip_prefix(".") {
            Ok(relative) if !relative.as_os_str().is_empty() => relative,
            _ => path,
        },
        _ => root,
    };
    if let Some(ancestor) = error.loop_ancestor() {
        IoProblem::new(
            path,
            Code::SymlinkLoop,
            msg!(
                "load-folder-loop",
                path = path.display().to_string(),
                ancestor = ancestor.display().to_string()
            ),
        )
    } else if let Some(io) = error.io_error() {
        IoProblem::unreadable(path, io)
    } else {
        IoProblem::new(
            path,
            Code::Unreadable,
            msg!(
                "cannot-read",
                path = path.display().to_string(),
                why = msg!("io-other", detail = error.to_string())
            ),
        )
    }
}

/// Why a file could not be read or written, in words of the catalogue. The
/// operating system's own text (English whatever the language) is quoted
/// only for trouble the catalogue has no words for.
pub fn describe_io(error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    // The tool's own reason (a write refused over a FIFO, say) is said as
    // the tool's, never as what "the system reports".
    if let Some(reason) = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Message>())
    {
        return reason.clone();
    }
    let id = match error.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => "io-permission-denied",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::IsADirectory => "io-is-a-folder",
        ErrorKind::NotADirectory => "io-not-a-folder",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "io-storage-full",
        ErrorKind::FileTooLarge => "io-file-too-large",
        ErrorKind::InvalidFilename => "io-invalid-file-name",
        ErrorKind::CrossesDevices => "io-crosses-devices",
        ErrorKind::InvalidData => "io-invalid-data",
        ErrorKind::TimedOut | ErrorKind::ResourceBusy | ErrorKind::WouldBlock => "io-busy",
        _ => return msg!("io-other", detail = error.to_string()),
    };
    Message::new(id)
}

/// Two files with one id: an error on every file after the first, naming
/// both. Ids are compared as [`id_key`] says, so `Acme` and `acme` collide.
pub fn duplicate_ids(files: &[SourceFile]) -> Vec<Diagnostic> {
    let mut first_by_id: HashMap<String, &SourceFile> = HashMap::new();
    let mut diagnostics = Vec::new();
    for file in files {
        match first_by_id.get(&id_key(&file.id)) {
            Some(first) => diagnostics.push(Diagnostic::new(
                file.path.as_path(),
                Position::START,
                Code::DuplicateId,
                "",
                duplicate_id_message(first, file),
            )),
            None => {
                first_by_id.insert(id_key(&file.id), file);
            }
        }
    }
    diagnostics
}

/// What [`duplicate_ids`] and the lookup of one id say about two files with one id.
pub fn duplicate_id_message(first: &SourceFile, second: &SourceFile) -> crate::i18n::Message {
    let (first_path, second_path) = (
        first.path.display().to_string(),
        second.path.display().to_string(),
    );
    if first.id == second.id {
        crate::msg!(
            "check-duplicate-id",
            id = first.id.as_str(),
            first = first_path,
            second = second_path
        )
    } else {
        crate::msg!(
            "check-duplicate-id-case",
            id = first.id.as_str(),
            other = second.id.as_str(),
            first = first_path,
            second = second_path
        )
    }
}
/// One dossier file after reading, parsing and checking.
#[derive(Debug)]
pub struct Loaded {
    /// The text YAML read (decoded, without a byte order mark); empty when
    /// the file was rejected before YAML (too large, empty, not UTF-8, a
    /// merge conflict): what such a file says is never read, by any command.
    pub text: String,
    /// For a file rejected before YAML, its lines as a finding shows them:
    /// every byte that is not UTF-8 written as an escape (`\xCF`), never
    /// replaced (a `�` would show garbage as if the file held it).
    shown: Option<String>,
    /// The parsed dossier, when the file is well-formed.
    pub dossier: Option<Dossier>,
    /// Every error and warning, in file order.
    pub findings: Vec<Finding>,
}

/// Longer lines (minified or generated YAML) are not quoted under a finding:
/// the position says where, and a megabyte line helps nobody.
pub const MAX_SHOWN_LINE: usize = 1_000;

impl Loaded {
    /// Adds the findings of the rules that read across files (`replicated_to`
    /// naming another dossier's id) to those of the file itself.
    pub fn check_across(&mut self, own_id: &str, ids: &rules::Ids) {
        if let Some(dossier) = &self.dossier {
            let mut more = ids.check_replicated_to(dossier, own_id);
            if !more.is_empty() {
                self.findings.append(&mut more);
                self.findings.sort_by_key(|f| f.position);
            }
        }
    }

    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.code.severity() == crate::diag::Severity::Error)
    }

    /// The findings as diagnostics of the file at `path`, each with the line
    /// it points at when `lines` keeps them (text output shows it, JSON never
    /// does); the text itself is dropped.
    /// `path` is shared by all of them.
    pub fn into_diagnostics(
        self,
        path: &std::sync::Arc<Path>,
        lines: SourceLines,
    ) -> Vec<Diagnostic> {
        let text = self.shown.as_deref().unwrap_or(&self.text);
        self.findings
            .into_iter()
            .map(|finding| {
                let mut diagnostic = Diagnostic::from_finding(path.clone(), finding);
                if lines == SourceLines::Drop {
                    return diagnostic;
                }
                diagnostic.source_line = crate::source::line_at(text, diagnostic.line)
                    .filter(|line| line.len() <= MAX_SHOWN_LINE)
                    .map(str::to_owned);
                if diagnostic.source_line.is_some() {
                    let at = Position::new(diagnostic.line, diagnostic.column);
                    diagnostic.width = Some(if diagnostic.code == Code::NotUtf8 {
                        // The first bad byte, as `escaped` writes it.
                        "\\xCF".len()
                    } else {
                        crate::source::token_in(text, at).chars().count().max(1)
                    });
                }
                diagnostic
            })
            .collect()
    }
}

/// Whether diagnostics keep a copy of the line they point at
/// ([`Loaded::into_diagnostics`]): text output shows it under the message,
/// JSON has no place for it, and a portfolio's worth of lines is memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceLines {
    Keep,
    Drop,
}

/// Reads one file; `Err` when it cannot be read at all (an I/O problem).
///
/// The file type is checked before the file is opened, so a named pipe never
/// blocks the run, and at most `max_file_size` bytes (plus one) are read.
pub fn load(file: &SourceFile, context: &Context) -> Result<Loaded, IoProblem> {
    match read_bounded(&file.path, context.max_file_size)? {
        Contents::Bytes(bytes) => Ok(load_owned(bytes, context)),
        Contents::TooLarge(size) => Ok(Loaded::rejected(too_large(size, context.max_file_size))),
    }
}

enum Contents {
    Bytes(Vec<u8>),
    TooLarge(u64),
}

fn read_bounded(path: &Path, max_size: u64) -> Result<Contents, IoProblem> {
    let entry = std::fs::symlink_metadata(path).map_err(|e| IoProblem::unreadable(path, &e))?;
    let metadata = if entry.file_type().is_symlink() {
        std::fs::metadata(path).map_err(|error| symlink_problem(path, &error))?
    } else {
        entry
    };
    if !metadata.is_file() {
        return Err(IoProblem::new(
            path,
            Code::NotAFile,
            msg!(
                "load-not-a-file",
                path = path.display().to_string(),
                what = Message::new(kind_id(&metadata.file_type()))
            ),
        ));
    }
    if metadata.len() > max_size {
        return Ok(Contents::TooLarge(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| IoProblem::unreadable(path, &e))?;
    // The size may change between the look and the read: read one byte past the limit to know.
    let capacity = usize::try_from(metadata.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity.saturating_add(1));
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, max_size.saturating_add(1)),
        &mut bytes,
    )
    .map_err(|e| IoProblem::unreadable(path, &e))?;
    if bytes.len() as u64 > max_size {
        return Ok(Contents::TooLarge(bytes.len() as u64));
    }
    Ok(Contents::Bytes(bytes))
}

/// The catalogue id of the words for a kind of file that is not a regular
/// one (`file-kind-fifo`: "a named pipe (FIFO)").
pub fn kind_id(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "file-kind-fifo";
        }
        if kind.is_socket() {
            return "file-kind-socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "file-kind-device";
        }
    }
    if kind.is_dir() {
        "file-kind-folder"
    } else {
        "file-kind-other"
    }
}

/// Symlink hops followed before a chain counts as a loop (Linux allows 40).
const MAX_SYMLINK_HOPS: usize = 40;

/// A symlink whose target cannot be read: broken, looping, or other trouble.
fn symlink_problem(path: &Path, error: &std::io::Error) -> IoProblem {
    let mut chain = vec![path.to_path_buf()];
    let mut current = path.to_path_buf();
    for _ in 0..MAX_SYMLINK_HOPS {
        let target = match std::fs::read_link(&current) {
            Ok(target) => target,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return IoProblem::new(
                    path,
                    Code::BrokenSymlink,
                    msg!(
                        "load-broken-symlink",
                        path = path.display().to_string(),
                        target = current.display().to_string()
                    ),
                );
            }
            // Not a link (or unreadable): the trouble is elsewhere on the way.
            Err(_) => return IoProblem::unreadable(path, error),
        };
        let next = current.parent().unwrap_or(Path::new("")).join(target);
        if chain.contains(&next) {
            chain.push(next);
            return symlink_loop(path, &chain);
        }
        chain.push(next.clone());
        current = next;
    }
    symlink_loop(path, &chain)
}

fn symlink_loop(path: &Path, chain: &[PathBuf]) -> IoProblem {
    let shown: Vec<String> = chain.iter().map(|p| p.display().to_string()).collect();
    IoProblem::new(
        path,
        Code::SymlinkLoop,
        msg!(
            "load-symlink-loop",
            path = path.display().to_string(),
            chain = shown.join(" -> ")
        ),
    )
}

/// `file-too-large`: a file of `size` bytes over `max_size`, both worded
/// as people write sizes.
pub(crate) fn too_large(size: u64, max_size: u64) -> Finding {
    Finding::new(
        Position::START,
        Code::FileTooLarge,
        "",
        msg!(
            "load-too-large",
            size = human_size(size),
            limit = human_size(max_size)
        ),
    )
}

/// A size as a person reads it: `8 MiB`, `9 KiB`, or bytes (with MiB to
/// one decimal place past a MiB).
fn human_size(bytes: u64) -> Message {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        msg!("size-mib", count = bytes / MIB)
    } else if bytes >= MIB {
        let tenths = (bytes * 10 + MIB / 2) / MIB;
        msg!(
            "size-bytes-and-mib",
            bytes = bytes,
            mib = tenths / 10,
            tenth = tenths % 10
        )
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        msg!("size-kib", count = bytes / KIB)
    } else {
        msg!("size-bytes", count = bytes)
    }
}

impl Loaded {
    fn rejected(finding: Finding) -> Loaded {
        Loaded {
            text: String::new(),
            shown: None,
            dossier: None,
            findings: vec![finding],
        }
    }

    /// Rejected before YAML, with the bytes kept as [`escaped`] text so
    /// that `check` can show the line a finding points at.
    fn rejected_shown(bytes: &[u8], finding: Finding) -> Loaded {
        Loaded {
            shown: Some(escaped(bytes)),
            ..Loaded::rejected(finding)
        }
    }
}

/// `bytes` as text to show, with every byte that is not part of UTF-8
/// written as `\xCF`: what a file that is not UTF-8 holds is shown as
/// bytes, never decoded with replacement characters.
pub fn escaped(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02X}");
        }
    }
    out
}

/// Parses and checks the bytes of one dossier file. Never panics, whatever the
/// bytes (it is the fuzz target's entry point).
pub fn load_bytes(bytes: &[u8], context: &Context) -> Loaded {
    load_owned(bytes.to_vec(), context)
}

/// [`load_bytes`] for bytes read from disk: they become the text without a copy.
fn load_owned(bytes: Vec<u8>, context: &Context) -> Loaded {
    if bytes.len() as u64 > context.max_file_size {
        return Loaded::rejected(too_large(bytes.len() as u64, context.max_file_size));
    }
    if parse::is_blank(&bytes) {
        return Loaded::rejected(Finding::new(
            Position::START,
            Code::EmptyFile,
            "",
            Message::new("load-empty-file"),
        ));
    }
    if let Some(line) = parse::merge_conflict(&bytes) {
        return Loaded::rejected_shown(
            &bytes,
            Finding::new(
                Position::new(line, 1),
                Code::MergeConflict,
                "",
                msg!("load-merge-conflict", line = line),
            ),
        );
    }
    // Checked with SIMD, then copied: the standard library's check reads
    // Cyrillic text one character at a time, and had 6% of `check`'s
    // samples on the benchmark's set; this check has 1%, and the copy is a
    // `memcpy` (safe code cannot turn checked bytes into a `String` in place
    // without checking them again).
    let mut text = match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => {
            let valid_up_to = std::str::from_utf8(&bytes)
                .err()
                .map_or(bytes.len(), |error| error.valid_up_to());
            return Loaded::rejected_shown(&bytes, parse::not_utf8(&bytes, valid_up_to));
        }
    };
    if text.starts_with(parse::BOM) {
        text.drain(..parse::BOM.len());
    }
    match parse::parse(&text) {
        Ok(dossier) => {
            let mut findings = rules::check(&dossier, context);
            for finding in &mut findings {
                point_at_owning_key(&text, finding);
            }
            findings.sort_by_key(|f| f.position);
            Loaded {
                text,
                shown: None,
                dossier: Some(dossier),
                findings,
            }
        }
        Err(first) => {
            let (mut findings, rest) = parse::structural_problems(&text, first);
            if let Some(rest) = rest {
                // What the blanking left reads cleanly: the errors of a
                // value's own content there are the file's, whatever the
                // blanked entries say (FORMAT.md: every problem of a file in
                // one run). Checks that weigh one entry against others, and
                // gaps, could be the blanking's doing, so they wait.
                let errors = rules::Context {
                    wanted: rules::Wanted::Errors,
                    ..*context
                };
                findings.extend(
                    rules::check(&rest, &errors)
                        .into_iter()
                        .filter(|finding| finding.code.is_about_its_own_value()),
                );
                findings.sort_by_key(|f| f.position);
            }
            Loaded {
                text,
                shown: None,
                dossier: None,
                findings,
            }
        }
    }
}

/// A gap in a section, or a key missing from it, is about the section: point
/// at its key (`decision_group:`) rather than at its first entry.
fn point_at_owning_key(text: &str, finding: &mut Finding) {
    let about_a_section = finding.code.severity() == crate::diag::Severity::Warning
        || finding.code == Code::MissingKey;
    if !about_a_section {
        return;
    }
    let Position { line, column } = finding.position;
    // Inside a list item, the item (where the position already is) is the owner.
    if finding
        .key
        .rsplit_once('.')
        .is_some_and(|(parent, _)| parent.ends_with(']'))
    {
        return;
    }
    // An empty value (`name: ""`) is itself the problem: keep pointing at it.
    let own_key = finding.key.rsplit('.').next().unwrap_or_default();
    let on_own_line = crate::source::line_at(text, line).is_some_and(|l| {
        l.trim_start_matches([' ', '-'])
            .strip_prefix(own_key)
            .is_some_and(|rest| rest.starts_with(':'))
    });
    if on_own_line {
        return;
    }
    if let Some((line, column)) = crate::source::owning_key(text, line, column, &finding.key) {
        finding.position = Position::new(line, column);
    }
}

/// Loads every file and maps each result to what the command keeps, so memory
/// holds one dossier's text per core at a time, not the whole folder's.
/// The results, in the order of `files`, in one vector sized once.
pub fn load_each<T, F>(files: &[SourceFile], context: &Context, keep: F) -> Vec<T>
where
    T: Send,
    F: Fn(&SourceFile, Result<Loaded, IoProblem>) -> T + Sync,
{
    let mut results = Vec::with_capacity(files.len());
    load_in_order(files, context, keep, |_, result| results.push(result));
    results
}

/// How many consecutive files a worker of [`load_in_order`] takes at a time.
const BATCH: usize = 8;

/// [`load_each`], handing each result with its file to `sink` on the calling
/// thread, in the order of `files`, as soon as it and those before it are
/// done: a command
/// that keeps only part of each result (or only some results) never holds a
/// second copy of them all.
///
/// Files are spread over the cores by a shared atomic index: each worker takes
/// the next [`BATCH`] files when it is done with its last, so a slow file
/// does not hold up a fixed share of the others (which splitting the list in
/// parts would). Results that arrive ahead of an earlier batch wait for it
/// (a few at most: workers take batches in order). A batch goes to the
/// calling thread as one message: a message per file woke it once per file,
/// and a profile of `check` on 10,000 files put about 6% of its time in
/// switching threads. Plain scoped threads and a channel do this in a few
/// lines; rayon would bring a thread pool and a dependency for no gain.
pub fn load_in_order<T, F>(
    files: &[SourceFile],
    context: &Context,
    keep: F,
    mut sink: impl FnMut(&SourceFile, T),
) where
    T: Send,
    F: Fn(&SourceFile, Result<Loaded, IoProblem>) -> T + Sync,
{
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(files.len());
    if workers <= 1 {
        for file in files {
            sink(file, keep(file, load(file, context)));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    // Bounded, so a slow consumer holds workers back instead of memory growing.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<(usize, Vec<T>)>(workers * 4);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                let sender = sender.clone();
                let (next, keep) = (&next, &keep);
                scope.spawn(move || {
                    loop {
                        let start = next.fetch_add(BATCH, Ordering::Relaxed);
                        let Some(batch) = files.get(start..files.len().min(start + BATCH)) else {
                            break;
                        };
                        let results = batch
                            .iter()
                            .map(|file| keep(file, load(file, context)))
                            .collect();
                        if sender.send((start, results)).is_err() {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop(sender);
        let mut waiting = std::collections::BTreeMap::new();
        let mut expected = 0;
        for (start, results) in receiver {
            waiting.insert(start, results);
            while let Some(results) = waiting.remove(&expected) {
                for result in results {
                    if let Some(file) = files.get(expected) {
                        sink(file, result);
                    }
                    expected += 1;
                }
            }
        }
        for handle in handles {
            if let Err(panic) = handle.join() {
                // A panic is a bug; let it surface as one rather than hide a file.
                std::panic::resume_unwind(panic);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> Context {
        Context {
            today: crate::dates::parse_date("2026-11-28").unwrap(),
            latest_today: crate::dates::parse_date("2026-11-28").unwrap(),
            default_interval: 3,
            max_file_size: 1024,
            wanted: crate::rules::Wanted::Everything,
        }
    }

    fn codes(bytes: &[u8]) -> Vec<Code> {
        load_bytes(bytes, &context())
            .findings
            .iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn bounds_are_named_by_their_codes() {
        assert_eq!(codes(b""), [Code::EmptyFile]);
        assert_eq!(codes(b"\xEF\xBB\xBF \n\t\r\n"), [Code::EmptyFile]);
        assert_eq!(codes(&[b'#'; 1025]), [Code::FileTooLarge]);
        assert_ne!(codes(&[b'#'; 1024]), [Code::FileTooLarge]);
        assert_eq!(codes(b"version: 1\n\xff\n"), [Code::NotUtf8]);
        assert_eq!(
            codes(b"a: 1\n<<<<<<< HEAD\nb: 1\n=======\nb: 2\n>>>>>>> x\n"),
            [Code::MergeConflict]
        );
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        assert_eq!(codes(deep.as_bytes()), [Code::TooComplex]);
    }

    /// Problems before a syntax error are found with it, in file order;
    /// one after it is not (the structure past a break is unknown).
    #[test]
    fn a_syntax_error_comes_with_the_problems_before_it() {
        let text = b"client:\n  indstry: x\n  headcount: many\n  industry: y\n\tname: A\nreview:\n  reviewd_by: B\n";
        assert_eq!(
            codes(text),
            [Code::UnknownKey, Code::WrongType, Code::YamlSyntax]
        );
    }

    /// Nothing of a file that is not UTF-8 is read: its text is empty, and
    /// its line is shown with the bad bytes escaped, never replaced.
    #[test]
    fn a_file_that_is_not_utf8_is_never_decoded() {
        let loaded = load_bytes(b"version: 1\nclient:\n  name: \xcf\xf0\xe8\n", &context());
        assert_eq!(loaded.text, "");
        assert!(loaded.dossier.is_none());
        let path: std::sync::Arc<Path> = Path::new("x.yaml").into();
        let shown = loaded.into_diagnostics(&path, SourceLines::Keep);
        assert_eq!(
            shown[0].source_line.as_deref(),
            Some("  name: \\xCF\\xF0\\xE8")
        );
        assert_eq!((shown[0].column, shown[0].width), (9, Some(4)));
        assert_eq!(escaped(b"a\xff\xc3\xa9"), "a\\xFF\u{e9}");
    }

    #[test]
    fn merge_conflict_names_the_opening_line() {
        let text =
            b"version: 1\nclient:\n<<<<<<< HEAD\n  name: A\n=======\n  name: B\n>>>>>>> main\n";
        assert_eq!(parse::merge_conflict(text), Some(3));
        assert_eq!(parse::merge_conflict(b"<<<<<<<\r\n>>>>>>>\r\n"), Some(1));
        // Markers need their partner and must start a line.
        assert_eq!(parse::merge_conflict(b"<<<<<<< HEAD\nname: A\n"), None);
        assert_eq!(parse::merge_conflict(b"a: <<<<<<<\n=======\n"), None);
        assert_eq!(parse::merge_conflict(b"<<<<<<<<<<\n=======\n"), None);
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        use crate::i18n::Lang;
        let en = |bytes| human_size(bytes).render(Lang::En);
        assert_eq!(en(8 * 1024 * 1024), "8 MiB");
        assert_eq!(en(512 * 1024), "512 KiB");
        assert_eq!(en(100), "100 bytes");
        assert_eq!(en(3 * 1024 * 1024 + 1), "3,145,729 bytes (3.0 MiB)");
        assert_eq!(
            human_size(3 * 1024 * 1024 + 1).render(Lang::Ru),
            "3\u{a0}145\u{a0}729 байт (3,0 МиБ)"
        );
    }

    /// Every file reaches the sink once, in the order given, whichever
    /// worker read it and however the batches fell (a count that is not a
    /// multiple of the batch, files that are missing).
    #[test]
    fn results_come_in_the_order_of_the_files() {
        let files: Vec<SourceFile> = (0..BATCH * 7 + 3)
            .map(|n| SourceFile {
                path: PathBuf::from(format!("/nonexistent/dossier-{n}.yaml")),
                id: format!("dossier-{n}"),
            })
            .collect();
        let mut seen = Vec::new();
        load_in_order(
            &files,
            &context(),
            |file, result| (file.id.clone(), result.is_err()),
            |file, (id, missing)| {
                assert_eq!(file.id, id);
                assert!(missing);
                seen.push(id);
            },
        );
        let ids: Vec<String> = files.into_iter().map(|f| f.id).collect();
        assert_eq!(seen, ids);
    }
}
