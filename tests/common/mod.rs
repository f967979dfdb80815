//! What the integration tests share: running the real `dossier` binary (and
//! git), fresh scratch folders, fixture paths, finding the external renderers
//! (Graphviz, Chromium) and reading tables and CSV back.
//!
//! Each test file includes this module with `mod common;` and uses only part
//! of it, hence the `dead_code` allowance.

#![allow(dead_code)]

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

mod scratch;
// Each test file uses part of it (see `dead_code` above).
#[allow(unused_imports)]
pub use scratch::{KEEP_SCRATCH, Scratch, scratch};

// ------------------------------------------------------------------ paths

/// The project's folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A folder of fixtures: `tests/fixtures/<area>`.
pub fn fixtures(area: &str) -> PathBuf {
    root().join("tests/fixtures").join(area)
}

/// Absolute path of the fixture `relative` under `tests/fixtures/<area>`,
/// as a string to pass on the command line.
pub fn fixture(area: &str, relative: &str) -> String {
    let path = fixtures(area).join(relative);
    assert!(path.exists(), "missing fixture {}", path.display());
    path.to_str().expect("fixture paths are UTF-8").to_owned()
}

/// The dossiers bundled with the project, as a string to pass on the command line.
pub fn bundled() -> String {
    root()
        .join("dossiers")
        .to_str()
        .expect("paths are UTF-8")
        .to_owned()
}

/// The public YAML test suite (`../shared/corpus/yaml-test-suite` beside
/// the clone, or where `YAML_TEST_SUITE` points, e.g. from a worktree), or
/// `None` when it is absent. On CI it must be there.
pub fn yaml_test_suite() -> Option<PathBuf> {
    let corpus = std::env::var_os("YAML_TEST_SUITE").map_or_else(
        || root().join("../shared/corpus/yaml-test-suite"),
        PathBuf::from,
    );
    if corpus.is_dir() {
        return Some(corpus);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the corpus {} is missing on CI",
        corpus.display()
    );
    eprintln!("skipped: no corpus at {}", corpus.display());
    None
}

/// A working folder with no `dossier.yaml` above it, so no settings apply.
/// Shared by every test and every run, so it is the one folder of the
/// temp dir that stays: nothing may ever be written in it (a test that
/// writes works in a [`scratch`] folder), which every call checks.
pub fn neutral_dir() -> PathBuf {
    let dir = std::env::temp_dir().join("dossier-tests-neutral");
    fs::create_dir_all(&dir).expect("create a neutral working folder");
    let written: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("read the neutral working folder")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .collect();
    assert!(
        written.is_empty(),
        "a test wrote {written:?} into the shared neutral folder; \
         a test that writes must use scratch() (remove them to run again)"
    );
    dir
}

// ------------------------------------------------------------------ a run

/// What a program did: exit status, stdout, stderr.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl fmt::Display for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "exit status {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.status, self.stdout, self.stderr
        )
    }
}

impl Run {
    /// The exact bytes written to stdout (for byte-for-byte comparisons).
    pub fn bytes(&self) -> &[u8] {
        self.stdout.as_bytes()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|error| panic!("stdout is not JSON ({error})\n{self}"))
    }

    /// The `id` of every object of a JSON array, in order.
    pub fn json_ids(&self) -> Vec<String> {
        self.json()
            .as_array()
            .unwrap_or_else(|| panic!("stdout is not a JSON array\n{self}"))
            .iter()
            .map(|row| row["id"].as_str().expect("id is a string").to_owned())
            .collect()
    }
}

// --------------------------------------------------------- the binary

/// Runs `dossier --color never ARGS` from a neutral folder.
pub fn dossier(args: &[&str]) -> Run {
    Dossier::new().run(args)
}

/// Runs `dossier --color never ARGS` in `cwd` (so a `dossier.yaml` there applies).
pub fn dossier_in(cwd: impl AsRef<Path>, args: &[&str]) -> Run {
    // Borrowed, so that a `Scratch` passed by value lives through the run.
    Dossier::new().cwd(&cwd).run(args)
}

/// Runs `dossier --color never --dir DIR ARGS` from a neutral folder.
pub fn dossier_dir(dir: impl AsRef<Path>, args: &[&str]) -> Run {
    Dossier::new().dir(&dir).run(args)
}

/// Settings that keep the user's and the system's git configuration out.
pub const NO_GIT_CONFIG: &[(&str, &str)] = &[
    ("GIT_CONFIG_GLOBAL", "/dev/null"),
    ("GIT_CONFIG_NOSYSTEM", "1"),
];

/// How to run the binary. `Dossier::new().run(ARGS)` runs
/// `dossier --color never ARGS` in a neutral folder, with stdin closed and
/// no `DOSSIER_DIR` or `NO_COLOR` from the outside; the methods change that.
pub struct Dossier {
    cwd: Option<PathBuf>,
    dir: Option<PathBuf>,
    envs: Vec<(OsString, OsString)>,
    color_never: bool,
    wrapper: Vec<String>,
    timeout: Option<Duration>,
}

impl Default for Dossier {
    fn default() -> Self {
        Self::new()
    }
}

impl Dossier {
    pub fn new() -> Dossier {
        Dossier {
            cwd: None,
            dir: None,
            envs: Vec::new(),
            color_never: true,
            wrapper: Vec::new(),
            timeout: None,
        }
    }

    /// The working folder. Pass a [`Scratch`] by reference (`.cwd(&dir)`):
    /// moved in, it is dropped, and its folder removed, before the run.
    pub fn cwd(mut self, cwd: impl AsRef<Path>) -> Self {
        self.cwd = Some(cwd.as_ref().to_path_buf());
        self
    }

    /// Passes `--dir DIR` before the arguments.
    pub fn dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Sets an environment variable (also one removed by default).
    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.envs.push((key.into(), value.as_ref().to_owned()));
        self
    }

    pub fn envs(mut self, envs: &[(&str, &str)]) -> Self {
        for (key, value) in envs {
            self = self.env(key, value);
        }
        self
    }

    /// Leaves colour to the arguments and the environment: no `--color never`.
    pub fn color_from_args(mut self) -> Self {
        self.color_never = false;
        self
    }

    /// Runs the binary through `wrapper` (`wrapper[0] wrapper[1..] BINARY ARGS`),
    /// e.g. `setpriv …` or `/bin/sh -c SCRIPT`. An empty wrapper is none.
    pub fn wrapper(mut self, wrapper: &[&str]) -> Self {
        self.wrapper = wrapper.iter().map(|&part| part.to_owned()).collect();
        self
    }

    /// Kills the run when it outlives `limit`: a hang fails the test instead
    /// of stalling it. A guard, not a timing assertion.
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// The command, ready to spawn (stdout and stderr are not set up).
    pub fn command(&self, args: &[&str]) -> Command {
        let binary = env!("CARGO_BIN_EXE_dossier");
        let mut command = match self.wrapper.split_first() {
            Some((program, rest)) => {
                let mut command = Command::new(program);
                command.args(rest).arg(binary);
                command
            }
            None => Command::new(binary),
        };
        if self.color_never {
            command.args(["--color", "never"]);
        }
        if let Some(dir) = &self.dir {
            command.arg("--dir").arg(dir);
        }
        command
            .args(args)
            .current_dir(self.cwd.clone().unwrap_or_else(neutral_dir))
            .env_remove("DOSSIER_DIR")
            .env_remove("NO_COLOR")
            .env_remove("DOSSIER_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .envs(self.envs.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null());
        command
    }

    /// Runs `dossier ARGS`; stdout and stderr must be UTF-8.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut child = self
            .command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the dossier binary");
        let stdout = drain(child.stdout.take().expect("piped stdout"));
        let stderr = drain(child.stderr.take().expect("piped stderr"));
        let status = match self.timeout {
            Some(limit) => {
                wait_or_kill(&mut child, limit, &format!("`dossier {}`", args.join(" ")))
            }
            None => child.wait().expect("wait for dossier"),
        };
        Run {
            status: status.code().expect("dossier was killed by a signal"),
            stdout: String::from_utf8(stdout.join().expect("read stdout"))
                .expect("stdout is UTF-8"),
            stderr: String::from_utf8(stderr.join().expect("read stderr"))
                .expect("stderr is UTF-8"),
        }
    }
}

/// Reads a pipe to its end on a thread of its own, so neither pipe fills up
/// while the other is read.
fn drain(mut pipe: impl std::io::Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// Waits for `child`, killing it (and failing the test) when it outlives
/// `limit`; `what` names it in the failure.
pub fn wait_or_kill(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} hung: killed after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Opens the page in headless Chromium and reads the rendered DOM back
/// (after its scripts ran); `None`, with a note, where Chromium is missing.
pub fn rendered_dom(page: &Path) -> Option<String> {
    if !available("chromium", "chromium") {
        return None;
    }
    let profile = scratch("chromium-profile");
    let mut child = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("chromium's stdout");
    let reader = std::thread::spawn(move || {
        let mut dom = String::new();
        stdout.read_to_string(&mut dom).map(|_| dom)
    });
    // A guard against a hung browser, not a timing assertion.
    let status = wait_or_kill(&mut child, Duration::from_secs(180), "chromium");
    let dom = reader
        .join()
        .expect("the reader thread")
        .expect("read the DOM");
    assert!(status.success(), "chromium failed: {status}");
    Some(dom)
}

// ------------------------------------------------------------------ git

/// Runs `git ARGS` in `dir` with a test identity, no user or system
/// configuration, no `DOSSIER_DIR`, and the binary under test first on the
/// PATH (a hook may call `dossier`). The output is decoded leniently.
pub fn git(dir: &Path, args: &[&str]) -> Run {
    git_with(dir, &[], args)
}

/// [`git`] with more environment variables, such as `GIT_AUTHOR_DATE` and
/// `GIT_COMMITTER_DATE` for a commit with fixed dates.
pub fn git_with(dir: &Path, envs: &[(&str, &str)], args: &[&str]) -> Run {
    let output = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
        ])
        .args(args)
        .current_dir(dir)
        .env_remove("DOSSIER_DIR")
        .envs(NO_GIT_CONFIG.iter().copied())
        .env("PATH", path_with_binary())
        .envs(envs.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run git");
    Run {
        status: output.status.code().expect("git was killed by a signal"),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The PATH with the folder of the binary under test first.
fn path_with_binary() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_dossier"))
        .parent()
        .expect("the binary's folder")
        .to_string_lossy()
        .into_owned();
    format!("{bin}:{}", std::env::var("PATH").unwrap_or_default())
}

// ------------------------------------------------------- external tools

/// `true` when `program` is on the PATH. When it is not, the test is skipped
/// with a note, except under CI (`CI=true`), where a missing tool fails.
pub fn available(program: &str, package: &str) -> bool {
    let found = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()));
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "`{program}` is missing under CI; install the `{package}` package"
        );
        // Straight to stderr, past the test harness's capture, so the skip shows.
        let _ = writeln!(
            std::io::stderr(),
            "note: skipped: `{program}` is not installed (apt-get install {package})"
        );
    }
    found
}

/// A Python that can `import module`: the project's `.venv` (which `.ci/run`
/// fills from `.ci/requirements.txt`), else `python3` on the PATH. `None`
/// (with a note) when neither can; under CI a missing module fails.
pub fn python_with(module: &str) -> Option<PathBuf> {
    let venv = root().join(".venv/bin/python3");
    let candidates = [venv, PathBuf::from("python3")];
    for python in candidates {
        let imports = Command::new(&python)
            .args(["-c", &format!("import {module}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if imports {
            return Some(python);
        }
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "Python's `{module}` is missing under CI; add it to .ci/requirements.txt"
    );
    let _ = writeln!(
        std::io::stderr(),
        "note: skipped: Python's `{module}` is not installed (bash .ci/run sets up .venv)"
    );
    None
}

// ------------------------------------------------- reading output back

/// Parses CSV as RFC 4180 writes it: quoted fields may hold commas, doubled
/// quotes and line breaks.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field in\n{text}");
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// The columns of a table, as character ranges: the runs of dashes in the
/// line under the header. Counting characters, not bytes, is the point:
/// a Cyrillic letter is one column wide on a terminal.
pub fn columns(separator: &str) -> Vec<std::ops::Range<usize>> {
    let chars: Vec<char> = separator.chars().collect();
    assert!(
        chars.iter().all(|&c| c == '-' || c == ' '),
        "not a header separator: {separator:?}"
    );
    let mut columns = Vec::new();
    let mut start = None;
    for (i, &c) in chars.iter().enumerate() {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                columns.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        columns.push(s..chars.len());
    }
    columns
}

/// Cuts one table line at the columns, trimming each cell.
pub fn cells(line: &str, columns: &[std::ops::Range<usize>]) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    for window in columns.windows(2) {
        let gap = window[0].end;
        assert!(
            chars.get(gap).is_none_or(|&c| c == ' '),
            "column boundary at {gap} falls inside a value: {line:?}"
        );
    }
    columns
        .iter()
        .map(|range| {
            let start = range.start.min(chars.len());
            let end = range.end.min(chars.len());
            chars[start..end]
                .iter()
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .collect()
}

/// A value as a table shows it: on one line, single-spaced.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes ANSI colour sequences.
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
