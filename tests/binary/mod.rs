//! Running the real `dossier` binary on the fixtures under `tests/fixtures/review`,
//! shared by the `review`, `list` and `show` tests.

#![allow(dead_code)]

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/review")
}

/// Absolute path of a fixture folder, as a string to pass on the command line.
pub fn fixture(relative: &str) -> String {
    let path = fixtures().join(relative);
    assert!(path.exists(), "missing fixture {}", path.display());
    path.to_str().expect("fixture paths are UTF-8").to_owned()
}

/// The dossiers bundled with the project.
pub fn bundled() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("dossiers");
    path.to_str().expect("paths are UTF-8").to_owned()
}

/// A working folder with no `dossier.yaml` above it, so no settings apply.
pub fn neutral_dir() -> PathBuf {
    let dir = std::env::temp_dir().join("dossier-review-tests");
    fs::create_dir_all(&dir).expect("create a neutral working folder");
    dir
}

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

/// Runs `dossier --color never ARGS` in `dir`, with `envs` set and no
/// `DOSSIER_DIR` or `NO_COLOR` from the outside.
pub fn dossier_with(dir: &Path, envs: &[(&str, &str)], args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(dir)
        .env_remove("DOSSIER_DIR")
        .env_remove("NO_COLOR")
        .envs(envs.iter().copied())
        .output()
        .expect("run the dossier binary");
    Run {
        status: output
            .status
            .code()
            .expect("dossier was killed by a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

pub fn dossier_in(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["--color", "never"];
    all.extend_from_slice(args);
    dossier_with(dir, &[], &all)
}

pub fn dossier(args: &[&str]) -> Run {
    dossier_in(&neutral_dir(), args)
}

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
