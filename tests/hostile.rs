//! Hostile input: what a file system, a careless merge or an attacker can put
//! in a dossier folder. Each case runs the real `dossier check` on a folder
//! holding the bad entry beside two good dossiers, and asserts the code, the
//! file named, that the others were still checked, the exit code, and that
//! nothing panicked or hung (every run is killed after a time-out).

#![cfg(unix)]

mod common;

use std::fs;
use std::io::Read as _;
use std::os::unix::fs::{PermissionsExt as _, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{Dossier, Run, Scratch, scratch};
use serde_json::Value;

/// How long a run may take before it counts as a hang. This guards against a
/// hang (an endless loop, an exponential blow-up); it is not a speed test, so
/// it is generous enough for a debug build on a busy two-core machine.
const HANG_LIMIT: Duration = Duration::from_secs(60);

// ------------------------------------------------------------------ helpers

/// A fixture of the `check` tests.
fn fixture(relative: &str) -> String {
    common::fixture("check", relative)
}

/// A fresh folder for one test, with two good dossiers in `dossiers/`:
/// `good.yaml` (valid, no findings) and `gap.yaml` (valid, one warning, so a
/// report that names it proves it was read).
struct Folder {
    root: Scratch,
}

impl Folder {
    fn new(name: &str) -> Folder {
        let root = scratch(&format!("hostile-{name}"));
        fs::create_dir_all(root.join("dossiers")).expect("create the test folder");
        fs::copy(
            fixture("valid/complete.yaml"),
            root.join("dossiers/good.yaml"),
        )
        .expect("copy");
        fs::copy(
            fixture("warnings/no-supporter/no-supporter.yaml"),
            root.join("dossiers/gap.yaml"),
        )
        .expect("copy");
        Folder { root }
    }

    fn dossiers(&self) -> PathBuf {
        self.root.join("dossiers")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dossiers().join(name)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        fs::write(&path, bytes).expect("write a test file");
        path
    }

    /// `dossier check --format json` run in the folder (so `dossier.yaml` there applies).
    fn check(&self, args: &[&str]) -> Run {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        run_in(&self.root, &all, None, HANG_LIMIT)
    }
}

/// A test may take permissions away; they are given back so that the
/// scratch folder can remove itself (when not run as root).
impl Drop for Folder {
    fn drop(&mut self) {
        make_removable(&self.root);
    }
}

fn make_removable(root: &Path) {
    for entry in walk(root) {
        if !entry.is_symlink() {
            let _ = fs::set_permissions(&entry, fs::Permissions::from_mode(0o755));
        }
    }
}

fn walk(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = fs::read_dir(root) {
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                found.extend(walk(&path));
            }
            found.push(path);
        }
    }
    found
}

/// `dossier ARGS` in `dir` (optionally through a wrapper such as `setpriv`),
/// killed when it outlives `limit`; a panic fails the test.
fn run_in(dir: &Path, args: &[&str], wrapper: Option<&[&str]>, limit: Duration) -> Run {
    let run = Dossier::new()
        .cwd(dir)
        .wrapper(wrapper.unwrap_or_default())
        .timeout(limit)
        .run(args);
    assert!(!run.stderr.contains("panicked"), "dossier panicked\n{run}");
    run
}

struct Report {
    run: Run,
    json: Value,
}

impl Report {
    fn of(run: Run) -> Report {
        let json = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|error| panic!("stdout is not JSON ({error})\n{run}"));
        Report { run, json }
    }

    fn diagnostics(&self) -> &[Value] {
        self.json["diagnostics"]
            .as_array()
            .map_or(&[], Vec::as_slice)
    }

    fn with_path(&self, path: &Path) -> Vec<&Value> {
        let path = path.to_string_lossy();
        self.diagnostics()
            .iter()
            .filter(|d| d["path"] == *path)
            .collect()
    }

    /// The one diagnostic for `path`, which must have `code`.
    #[track_caller]
    fn only(&self, path: &Path, code: &str) -> &Value {
        let found = self.with_path(path);
        assert_eq!(
            found.len(),
            1,
            "one diagnostic for {}\n{}",
            path.display(),
            self.run
        );
        assert_eq!(
            found[0]["code"],
            code,
            "code for {}\n{}",
            path.display(),
            self.run
        );
        assert_eq!(found[0]["severity"], "error", "{}", self.run);
        found[0]
    }

    /// `files` entries were found and all but `bad` are valid; `good.yaml`
    /// and `gap.yaml` were read (the gap's warning is in the report).
    #[track_caller]
    fn others_processed(&self, folder: &Folder, files: u64, bad: u64) -> &Self {
        assert_eq!(self.json["files"], files, "files\n{}", self.run);
        assert_eq!(self.json["valid"], files - bad, "valid\n{}", self.run);
        assert!(
            self.with_path(&folder.path("good.yaml")).is_empty(),
            "{}",
            self.run
        );
        let gap = self.with_path(&folder.path("gap.yaml"));
        assert!(
            gap.len() == 1 && gap[0]["code"] == "no-supporter",
            "gap.yaml was read and its warning reported\n{}",
            self.run
        );
        self
    }

    #[track_caller]
    fn exit(&self, status: i32) -> &Self {
        assert_eq!(self.run.status, status, "exit status\n{}", self.run);
        if status == 2 {
            assert!(self.run.stderr.contains("dossier: error:"), "{}", self.run);
        }
        self
    }
}

/// Checks the folder's `dossiers/` by path.
fn check(folder: &Folder) -> Report {
    let dir = folder.dossiers();
    Report::of(folder.check(&[dir.to_str().expect("UTF-8 temp path")]))
}

fn message(diagnostic: &Value) -> &str {
    diagnostic["message"].as_str().unwrap_or_default()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// The wrapper that makes file permissions hold for the binary: root reads
/// anything, so as root it runs as `nobody` (`Some(Some(setpriv …))`);
/// otherwise as it is (`Some(None)`). `None`, with a note naming what
/// covers the case instead (`covered`), when running as root and `setpriv`
/// cannot drop to `nobody`.
fn unprivileged(covered: &str) -> Option<Option<&'static [&'static str]>> {
    if !running_as_root() {
        return Some(None);
    }
    let nobody: &'static [&'static str] = &[
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
    ];
    let probe = Command::new(nobody[0])
        .args(&nobody[1..])
        .arg(env!("CARGO_BIN_EXE_dossier"))
        .arg("--version")
        .output();
    if probe.is_ok_and(|out| out.status.success()) {
        return Some(Some(nobody));
    }
    eprintln!(
        "skipped: running as root and cannot run the binary as `nobody` (setpriv); {covered}"
    );
    None
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

// ------------------------------------------------------- content bounds (exit 1)

#[test]
fn a_file_over_the_default_size_limit_is_not_read() {
    let folder = Folder::new("too-large");
    let big = folder.write("big.yaml", vec![b'#'; 8 * 1024 * 1024 + 1]);
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&big, "file-too-large");
    assert!(message(found).contains("8 MiB"), "{}", report.run);
    // Exactly at the limit is allowed (and read: a comment-only file is not a dossier).
    fs::write(&big, vec![b'#'; 8 * 1024 * 1024]).unwrap();
    let report = check(&folder);
    assert_ne!(
        report.with_path(&big)[0]["code"],
        "file-too-large",
        "{}",
        report.run
    );
}

#[test]
fn the_size_limit_is_set_in_dossier_yaml() {
    let folder = Folder::new("size-setting");
    fs::write(folder.root.join("dossier.yaml"), "max_file_size: 4 KiB\n").unwrap();
    let mut padded = fs::read(fixture("valid/complete.yaml")).unwrap();
    padded.extend(std::iter::repeat_n(b'#', 4096));
    let big = folder.write("padded.yaml", padded);
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&big, "file-too-large");
    assert!(message(found).contains("4 KiB"), "{}", report.run);
    // Through the settings' own dossiers folder, with no PATH: the same.
    let report = Report::of(folder.check(&[]));
    report
        .exit(1)
        .only(Path::new("dossiers/padded.yaml"), "file-too-large");
    assert_eq!(report.json["valid"], 2, "{}", report.run);
}

#[test]
fn not_utf8_names_the_byte_offset_and_line() {
    let folder = Folder::new("not-utf8");
    let bad = folder.write("latin1.yaml", b"version: 1\nclient:\n  name: Caf\xe9\n");
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&bad, "not-utf8");
    assert_eq!(
        (found["line"].as_u64(), found["column"].as_u64()),
        (Some(3), Some(12))
    );
    assert!(message(found).contains("byte offset 30"), "{}", report.run);
    assert!(message(found).contains("line 3"), "{}", report.run);
    assert!(message(found).contains("0xE9"), "{}", report.run);
}

#[test]
fn empty_and_blank_files_are_named_as_such() {
    let folder = Folder::new("empty");
    let empty = folder.write("empty.yaml", b"");
    let blank = folder.write("blank.yml", b"\xef\xbb\xbf  \n\r\n\t\n");
    let report = check(&folder);
    report.exit(1).others_processed(&folder, 4, 2);
    report.only(&empty, "empty-file");
    report.only(&blank, "empty-file");
}

#[test]
fn a_merge_conflict_is_named_at_its_opening_marker() {
    let folder = Folder::new("conflict");
    let mut text = fs::read_to_string(fixture("valid/complete.yaml")).unwrap();
    text = text.replacen(
        "review:\n",
        "review:\n<<<<<<< HEAD\n  last_reviewed: 2026-10-01\n=======\n  last_reviewed: 2026-09-15\n>>>>>>> feature/q4\n",
        1,
    );
    let marker_line = text.lines().position(|l| l.starts_with("<<<<<<<")).unwrap() + 1;
    let merged = folder.write("merged.yaml", text);
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&merged, "merge-conflict");
    assert_eq!(
        found["line"].as_u64(),
        Some(marker_line as u64),
        "{}",
        report.run
    );
    assert!(
        message(found).contains(&format!("line {marker_line}")),
        "{}",
        report.run
    );
}

#[test]
fn nesting_beyond_the_budget_is_too_complex() {
    let folder = Folder::new("deep");
    let deep = folder.write(
        "deep.yaml",
        format!("{}{}\n", "[".repeat(200), "]".repeat(200)),
    );
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&deep, "too-complex");
    assert!(message(found).contains("deep"), "{}", report.run);
}

#[test]
fn too_many_nodes_is_too_complex() {
    let folder = Folder::new("nodes");
    let mut text = fs::read_to_string(fixture("valid/complete.yaml")).unwrap();
    let many = format!("[{}]", vec!["x"; 300_000].join(","));
    text = text.replacen(
        "    banks: [First Bank]\n",
        &format!("    banks: {many}\n"),
        1,
    );
    let wide = folder.write("wide.yaml", text);
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&wide, "too-complex");
    assert!(message(found).contains("250,000"), "{}", report.run);
    // The text report names the position but does not quote a 600 KB line.
    let dir = folder.dossiers();
    let text = run_in(
        &folder.root,
        &["check", dir.to_str().unwrap()],
        None,
        HANG_LIMIT,
    );
    assert!(text.stdout.contains("error[too-complex]"), "{text}");
    assert!(
        text.stdout.len() < 10_000,
        "{} bytes of report",
        text.stdout.len()
    );
}

#[test]
fn too_many_aliases_is_too_complex() {
    let folder = Folder::new("aliases");
    // Another client: the same one twice would be `duplicate-client`.
    let mut text = fs::read_to_string(fixture("valid/complete.yaml"))
        .unwrap()
        .replacen("name: ACME Logistics LLC", "name: Aliased Holdings", 1);
    let aliases = format!("[&bank Sber, {}]", vec!["*bank"; 20_000].join(", "));
    text = text.replacen(
        "    banks: [First Bank]\n",
        &format!("    banks: {aliases}\n"),
        1,
    );
    let bomb = folder.write("bomb.yaml", text);
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&bomb, "too-complex");
    assert!(message(found).contains("alias"), "{}", report.run);
}

#[test]
fn alias_expansion_beyond_the_budget_is_too_complex() {
    // Few aliases, each replaying a long list: the expansion budget stops it.
    let folder = Folder::new("replay");
    let long = format!("[{}]", vec!["x"; 20_000].join(", "));
    let mut text = fs::read_to_string(fixture("valid/complete.yaml")).unwrap();
    for (line, replaced) in [
        (
            "    clients: [RetailCo, FoodMart]\n",
            format!("    clients: &all {long}\n"),
        ),
        (
            "    competitors: [FastMove]\n",
            "    competitors: *all\n".to_owned(),
        ),
        (
            "    suppliers: [TruckParts Inc]\n",
            "    suppliers: *all\n".to_owned(),
        ),
        ("    banks: [First Bank]\n", "    banks: *all\n".to_owned()),
        (
            "    auditors: [Big Audit]\n",
            "    auditors: *all\n".to_owned(),
        ),
        (
            "    consultants: []\n",
            "    consultants: *all\n".to_owned(),
        ),
    ] {
        assert!(text.contains(line), "fixture changed: {line}");
        text = text.replacen(line, &replaced, 1);
    }
    let bomb = folder.write("replay.yaml", text);
    let report = check(&folder);
    let found = report
        .exit(1)
        .others_processed(&folder, 3, 1)
        .only(&bomb, "too-complex");
    assert!(message(found).contains("expand"), "{}", report.run);
}

#[test]
fn a_handful_of_aliases_is_fine() {
    let folder = Folder::new("few-aliases");
    // Another client: the same one twice would be `duplicate-client`.
    let mut text = fs::read_to_string(fixture("valid/complete.yaml"))
        .unwrap()
        .replacen("name: ACME Logistics LLC", "name: Aliased Holdings", 1);
    let aliases = format!("[&bank Sber, {}]", vec!["*bank"; 300].join(", "));
    text = text.replacen(
        "    banks: [First Bank]\n",
        &format!("    banks: {aliases}\n"),
        1,
    );
    let fine = folder.write("fine.yaml", text);
    let report = check(&folder);
    report.exit(0).others_processed(&folder, 3, 0);
    assert!(report.with_path(&fine).is_empty(), "{}", report.run);
}

// ------------------------------------------------- file-system trouble (exit 2)

#[test]
fn a_folder_named_like_a_dossier_is_not_a_file_and_is_still_walked() {
    let folder = Folder::new("folder");
    let odd = folder.path("odd.yaml");
    fs::create_dir(&odd).unwrap();
    // Another client: the same one twice would be `duplicate-client`.
    let inside = fs::read_to_string(fixture("valid/complete.yaml"))
        .unwrap()
        .replacen("name: ACME Logistics LLC", "name: Inside Holdings", 1);
    fs::write(odd.join("inside.yaml"), inside).unwrap();
    let report = check(&folder);
    let found = report
        .exit(2)
        .others_processed(&folder, 4, 1)
        .only(&odd, "not-a-file");
    assert!(message(found).contains("folder"), "{}", report.run);
    assert!(
        report.with_path(&odd.join("inside.yaml")).is_empty(),
        "{}",
        report.run
    );
}

#[test]
fn a_named_pipe_is_not_opened() {
    let folder = Folder::new("fifo");
    let pipe = folder.path("pipe.yaml");
    mkfifo(&pipe);
    // Opening a FIFO with no writer blocks: the time-out in `run_in` would fail this.
    let report = check(&folder);
    let found = report
        .exit(2)
        .others_processed(&folder, 3, 1)
        .only(&pipe, "not-a-file");
    assert!(message(found).contains("named pipe"), "{}", report.run);
    // Named on the command line too.
    let good = folder.path("good.yaml");
    let run = folder.check(&[pipe.to_str().unwrap(), good.to_str().unwrap()]);
    let report = Report::of(run);
    report.exit(2).only(&pipe, "not-a-file");
    assert_eq!(report.json["valid"], 1, "{}", report.run);
}

#[test]
fn a_broken_symlink_is_named() {
    let folder = Folder::new("broken-link");
    let link = folder.path("moved.yaml");
    symlink("archive/moved-away.yaml", &link).unwrap();
    let report = check(&folder);
    let found = report
        .exit(2)
        .others_processed(&folder, 3, 1)
        .only(&link, "broken-symlink");
    assert!(message(found).contains("moved-away.yaml"), "{}", report.run);
    // Given as a path.
    let report = Report::of(folder.check(&[link.to_str().unwrap()]));
    report.exit(2).only(&link, "broken-symlink");
}

#[test]
fn a_symlink_loop_between_files_is_named() {
    let folder = Folder::new("file-loop");
    let ping = folder.path("ping.yaml");
    let pong = folder.path("pong.yaml");
    symlink("pong.yaml", &ping).unwrap();
    symlink("ping.yaml", &pong).unwrap();
    let report = check(&folder);
    report.exit(2).others_processed(&folder, 4, 2);
    assert!(
        message(report.only(&ping, "symlink-loop")).contains("pong.yaml"),
        "{}",
        report.run
    );
    report.only(&pong, "symlink-loop");
}

#[test]
fn a_symlink_loop_between_folders_is_named_and_not_followed() {
    let folder = Folder::new("folder-loop");
    let up = folder.path("emea/up");
    fs::create_dir(folder.path("emea")).unwrap();
    symlink("..", &up).unwrap();
    let report = check(&folder);
    report.exit(2);
    assert_eq!(report.json["files"], 2, "{}", report.run);
    report.only(&up, "symlink-loop");
    assert!(
        report.with_path(&folder.path("good.yaml")).is_empty(),
        "{}",
        report.run
    );
    assert_eq!(
        report.with_path(&folder.path("gap.yaml")).len(),
        1,
        "{}",
        report.run
    );
}

#[test]
fn a_file_whose_read_fails_is_unreadable() {
    // /proc/self/mem is a regular file that fails with EIO when read from the start.
    let mem = Path::new("/proc/self/mem");
    if !mem.exists() {
        eprintln!("skipped: no /proc/self/mem on this system");
        return;
    }
    let folder = Folder::new("eio");
    let link = folder.path("failing.yaml");
    symlink(mem, &link).unwrap();
    let report = check(&folder);
    let found = report
        .exit(2)
        .others_processed(&folder, 3, 1)
        .only(&link, "unreadable");
    assert!(message(found).contains("failing.yaml"), "{}", report.run);
}

#[test]
fn a_file_without_read_permission_is_unreadable() {
    let folder = Folder::new("permission");
    let locked = folder.write(
        "locked.yaml",
        fs::read(fixture("valid/complete.yaml")).unwrap(),
    );
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let Some(wrapper) =
        unprivileged("the unreadable code is covered by a_file_whose_read_fails_is_unreadable")
    else {
        return;
    };
    let dir = folder.dossiers();
    let run = run_in(
        &folder.root,
        &["check", "--format", "json", dir.to_str().unwrap()],
        wrapper,
        HANG_LIMIT,
    );
    let report = Report::of(run);
    let found = report
        .exit(2)
        .others_processed(&folder, 3, 1)
        .only(&locked, "unreadable");
    assert!(
        message(found).contains("permission denied"),
        "{}",
        report.run
    );
}

/// A sub-folder that may not be read is named and the rest of the
/// portfolio is read; a dossiers folder that may not be read stops every
/// command that reads the portfolio: the error alone, nothing on stdout,
/// exit 2.
#[test]
fn a_dossiers_folder_without_read_permission_stops_the_command() {
    let folder = Folder::new("locked-folder");
    let emea = folder.path("emea");
    fs::create_dir(&emea).unwrap();
    fs::copy(fixture("valid/complete.yaml"), emea.join("acme.yaml")).unwrap();
    fs::set_permissions(&emea, fs::Permissions::from_mode(0o000)).unwrap();
    let Some(wrapper) = unprivileged(
        "a folder that cannot be read is covered by \
         a_dossiers_folder_that_cannot_be_read_is_named_as_resolved (tests/check.rs)",
    ) else {
        return;
    };
    let review = |args: &[&str]| run_in(&folder.root, args, wrapper, HANG_LIMIT);
    let run = review(&["review", "--all", "--format", "json"]);
    assert_eq!(run.status, 2, "{run}");
    let ids: Vec<String> = serde_json::from_str::<Vec<Value>>(&run.stdout)
        .unwrap_or_else(|error| panic!("{error}\n{run}"))
        .iter()
        .map(|row| row["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 2, "{run}");
    assert!(
        run.stderr
            .contains("cannot read dossiers/emea: permission denied"),
        "{run}"
    );

    fs::set_permissions(folder.dossiers(), fs::Permissions::from_mode(0o000)).unwrap();
    for args in [
        &["review"][..],
        &["list", "--format", "csv"],
        &["check", "--format", "json"],
        &["report"],
    ] {
        let run = review(args);
        assert_eq!(run.status, 2, "{args:?}: {run}");
        assert_eq!(run.stdout, "", "{args:?}: {run}");
        assert_eq!(
            run.stderr, "dossier: error: cannot read dossiers: permission denied\n",
            "{args:?}: {run}"
        );
    }
}

// ------------------------------------------------------------- all at once

#[test]
fn every_kind_of_trouble_in_one_folder_is_reported_and_the_rest_checked() {
    let folder = Folder::new("everything");
    let mut expected = vec![
        (folder.write("empty.yaml", b""), "empty-file"),
        (folder.write("latin1.yaml", b"client: \xe9\n"), "not-utf8"),
        (
            folder.write(
                "conflict.yaml",
                b"<<<<<<< a\nx: 1\n=======\nx: 2\n>>>>>>> b\n",
            ),
            "merge-conflict",
        ),
        (
            folder.write("big.yml", vec![b' '; 8 * 1024 * 1024 + 1]),
            "file-too-large",
        ),
        (folder.write("deep.yaml", "[".repeat(100)), "too-complex"),
    ];
    let dir = folder.path("dir.yaml");
    fs::create_dir(&dir).unwrap();
    expected.push((dir, "not-a-file"));
    let pipe = folder.path("pipe.yaml");
    mkfifo(&pipe);
    expected.push((pipe, "not-a-file"));
    let broken = folder.path("broken.yaml");
    symlink("nowhere.yaml", &broken).unwrap();
    expected.push((broken, "broken-symlink"));
    let looping = folder.path("self.yaml");
    symlink("self.yaml", &looping).unwrap();
    expected.push((looping, "symlink-loop"));

    let report = check(&folder);
    let bad = expected.len() as u64;
    report.exit(2).others_processed(&folder, bad + 2, bad);
    for (path, code) in &expected {
        report.only(path, code);
    }
    // Paths in the report are in order, so output is the same on every run.
    let paths: Vec<&str> = report
        .diagnostics()
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
    assert_eq!(paths, sorted, "{}", report.run);
    // The text report shows the same, with its codes.
    let text = run_in(
        &folder.root,
        &["check", folder.dossiers().to_str().unwrap()],
        None,
        HANG_LIMIT,
    );
    for (_, code) in &expected {
        assert!(text.stdout.contains(&format!("error[{code}]")), "{text}");
    }
}

// ----------------------------------------------- the YAML test suite corpus

/// Every input of the public YAML test suite (many malformed) through
/// `check`: each is named in a diagnostic (none is a dossier), the run ends
/// with exit 0 or 1 and nothing panics or hangs.
#[test]
fn yaml_test_suite_inputs_are_each_reported() {
    let Some(corpus) = common::yaml_test_suite() else {
        return;
    };
    let corpus = corpus.canonicalize().expect("canonical corpus path");
    let inputs: Vec<PathBuf> = walk(&corpus)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    assert!(
        inputs.len() >= 300,
        "expected the suite's ~400 inputs, found {}",
        inputs.len()
    );
    let run = run_in(
        &common::neutral_dir(),
        &[
            "check",
            "--format",
            "json",
            corpus.to_str().expect("UTF-8 path"),
        ],
        None,
        Duration::from_secs(60),
    );
    assert!(run.status == 0 || run.status == 1, "exit 0 or 1\n{run}");
    let report = Report::of(run);
    assert_eq!(
        report.json["files"],
        inputs.len() as u64,
        "{}",
        report.run.stderr
    );
    let valid = report.json["valid"].as_u64().unwrap_or(u64::MAX);
    let mut unnamed = Vec::new();
    for input in &inputs {
        let named = report.with_path(input);
        if named.is_empty() {
            unnamed.push(input.display().to_string());
        }
        for diagnostic in named {
            assert!(diagnostic["code"].as_str().is_some_and(|c| !c.is_empty()));
            assert!(diagnostic["line"].as_u64().is_some_and(|l| l >= 1));
        }
    }
    assert!(
        unnamed.len() as u64 <= valid,
        "inputs neither valid nor named in a diagnostic: {unnamed:?}"
    );
}

// ------------------------------------------------------------------ output

#[test]
fn a_closed_stdout_is_not_a_panic() {
    let folder = Folder::new("closed-pipe");
    for i in 0..300 {
        folder.write(&format!("broken-{i:03}.yaml"), "version: 1\nclient: [\n");
    }
    let mut child = Dossier::new()
        .command(&["check", folder.dossiers().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the dossier binary");
    // The reader goes away (`dossier check | head -1`) before the report is written.
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("piped stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    let status = child.wait().expect("wait for dossier");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(1), "{stderr}");
}
