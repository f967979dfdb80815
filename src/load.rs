//! Finding dossier files in a folder and reading each one.

use crate::diag::{Code, Diagnostic, Finding, Position};
use crate::model::Dossier;
use crate::parse;
use crate::rules::{self, Context};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One dossier file, found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The file stem: `dossiers/emea/acme-logistics.yaml` is `acme-logistics`.
    pub id: String,
}

/// Trouble that keeps a file or folder from being read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoProblem {
    pub path: PathBuf,
    pub message: String,
}

/// What a walk over the dossier folders found.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<SourceFile>,
    pub problems: Vec<IoProblem>,
}

pub fn is_dossier_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn source_file(path: PathBuf) -> SourceFile {
    // `dossier check .` should print `acme.yaml`, not `./acme.yaml`.
    let path = match path.strip_prefix(".") {
        Ok(relative) if !relative.as_os_str().is_empty() => relative.to_path_buf(),
        _ => path,
    };
    let id = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    SourceFile { path, id }
}

/// Finds every dossier under `roots` (files are taken as they are, folders
/// are walked). Hidden entries are skipped; symlinked folders are followed,
/// and a symlink loop is reported instead of followed. The order is sorted
/// by path, so output is the same on every run.
pub fn discover(roots: &[PathBuf]) -> Discovery {
    let mut discovery = Discovery::default();
    for root in roots {
        let metadata = match std::fs::metadata(root) {
            Ok(metadata) => metadata,
            Err(error) => {
                discovery.problems.push(IoProblem {
                    path: root.clone(),
                    message: format!("cannot read {}: {}", root.display(), describe_io(&error)),
                });
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
                    if !entry.file_type().is_dir() && is_dossier_file(entry.path()) {
                        discovery.files.push(source_file(entry.into_path()));
                    }
                }
                Err(error) => discovery.problems.push(walk_problem(&error, root)),
            }
        }
    }
    discovery.files.sort_by(|a, b| a.path.cmp(&b.path));
    discovery.files.dedup();
    discovery
}

fn walk_problem(error: &walkdir::Error, root: &Path) -> IoProblem {
    let path = error.path().unwrap_or(root).to_path_buf();
    let message = if let Some(ancestor) = error.loop_ancestor() {
        format!(
            "{}: symlink loop back to {}; skipped",
            path.display(),
            ancestor.display()
        )
    } else if let Some(io) = error.io_error() {
        format!("cannot read {}: {}", path.display(), describe_io(io))
    } else {
        format!("cannot read {}: {error}", path.display())
    };
    IoProblem { path, message }
}

pub fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => error.to_string(),
    }
}

/// Two files with one id: an error on every file after the first, naming both.
pub fn duplicate_ids(files: &[SourceFile]) -> Vec<Diagnostic> {
    let mut first_by_id: HashMap<&str, &Path> = HashMap::new();
    let mut diagnostics = Vec::new();
    for file in files {
        match first_by_id.get(file.id.as_str()) {
            Some(first) => diagnostics.push(Diagnostic::new(
                &file.path,
                Position::START,
                Code::DuplicateId,
                "",
                format!(
                    "the id `{}` is used by {} and {}; ids (file names without extension) must be unique",
                    file.id,
                    first.display(),
                    file.path.display()
                ),
            )),
            None => {
                first_by_id.insert(&file.id, &file.path);
            }
        }
    }
    diagnostics
}

/// One dossier file after reading, parsing and checking.
#[derive(Debug)]
pub struct Loaded {
    /// The decoded text; empty when the file could not be read or decoded.
    pub text: String,
    /// The parsed dossier, when the file is well-formed.
    pub dossier: Option<Dossier>,
    /// Every error and warning, in file order.
    pub findings: Vec<Finding>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.code.severity() == crate::diag::Severity::Error)
    }
}

/// Reads one file; `Err` when it cannot be read at all (an I/O problem).
pub fn load(file: &SourceFile, context: &Context) -> Result<Loaded, IoProblem> {
    let bytes = std::fs::read(&file.path).map_err(|error| IoProblem {
        path: file.path.clone(),
        message: format!(
            "cannot read {}: {}",
            file.path.display(),
            describe_io(&error)
        ),
    })?;
    Ok(load_bytes(&bytes, context))
}

/// Parses and checks the bytes of one dossier file.
pub fn load_bytes(bytes: &[u8], context: &Context) -> Loaded {
    let text = match parse::decode(bytes) {
        Ok(text) => text,
        Err(finding) => {
            return Loaded {
                text: String::new(),
                dossier: None,
                findings: vec![finding],
            };
        }
    };
    if text.trim().is_empty() {
        return Loaded {
            text: text.to_owned(),
            dossier: None,
            findings: vec![Finding::new(
                Position::START,
                Code::YamlSyntax,
                "",
                "the file is empty; a dossier starts with `version: 1`",
            )],
        };
    }
    match parse::parse(text) {
        Ok(dossier) => {
            let mut findings = rules::check(&dossier, context);
            findings.sort_by_key(|f| f.position);
            Loaded {
                text: text.to_owned(),
                dossier: Some(dossier),
                findings,
            }
        }
        Err(finding) => Loaded {
            text: text.to_owned(),
            dossier: None,
            findings: vec![finding],
        },
    }
}

/// Loads every file and maps each result to what the command keeps, so memory
/// holds one dossier's text at a time, not the whole folder's.
pub fn load_each<T, F>(files: &[SourceFile], context: &Context, keep: F) -> Vec<T>
where
    T: Send,
    F: Fn(&SourceFile, Result<Loaded, IoProblem>) -> T + Sync,
{
    files
        .iter()
        .map(|file| keep(file, load(file, context)))
        .collect()
}
