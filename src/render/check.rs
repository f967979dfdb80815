//! Output of `dossier check`: rustc-style text, or the JSON of the contract.

use crate::diag::{Diagnostic, Severity};
use crate::i18n::text as t;
use crate::msg;
use crate::source::token_width;
use crate::style::{Style, sanitize};
use serde::Serialize;
use std::fmt::Write as _;
use unicode_width::UnicodeWidthChar;

/// What `check` found over all files.
///
/// Serialises as FORMAT.md's `{"files": N, "valid": N, "diagnostics": [...]}`.
#[derive(Debug, Default, Serialize)]
pub struct CheckReport {
    pub files: usize,
    pub valid: usize,
    /// The diagnostics file by file, in path order (one list per file or
    /// folder, none empty): each file's list is kept as it was made, never
    /// copied into one long list, so a portfolio of 100k dossiers holds its
    /// findings once. JSON has them as one flat array.
    #[serde(serialize_with = "flat")]
    pub diagnostics: Vec<Vec<Diagnostic>>,
}

fn flat<S: serde::Serializer>(groups: &[Vec<Diagnostic>], out: S) -> Result<S::Ok, S::Error> {
    out.collect_seq(groups.iter().flatten())
}

impl CheckReport {
    /// Every diagnostic, in order.
    pub fn all(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().flatten()
    }

    pub fn errors(&self) -> usize {
        self.all().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.all().count() - self.errors()
    }

    /// `5 dossiers: 4 valid, 1 invalid; 2 errors, 7 warnings`, in the
    /// run's language.
    pub fn summary(&self) -> String {
        msg!(
            "check-summary",
            dossiers = msg!("count-dossiers", count = self.files),
            valid = self.valid,
            invalid = self.files - self.valid,
            errors = msg!("count-errors", count = self.errors()),
            warnings = msg!("count-warnings", count = self.warnings())
        )
        .to_string()
    }
}

/// The findings alone, each followed by a blank line; nothing when there are none.
pub fn findings(report: &CheckReport, style: Style) -> String {
    let mut out = String::new();
    for diagnostic in report.all() {
        write_diagnostic(&mut out, diagnostic, style);
        out.push('\n');
    }
    out
}

/// The findings, then the summary line.
pub fn text(report: &CheckReport, style: Style) -> String {
    let mut out = findings(report, style);
    let summary = report.summary();
    let summary = if report.errors() > 0 {
        style.red(&summary)
    } else if report.warnings() > 0 {
        style.yellow(&summary)
    } else {
        style.bold(&summary)
    };
    let _ = writeln!(out, "{summary}");
    out
}

fn write_diagnostic(out: &mut String, d: &Diagnostic, style: Style) {
    let severity = match d.severity {
        Severity::Error => t("error"),
        Severity::Warning => t("warning"),
    };
    let label = format!("{severity}[{}]", d.code);
    let label = match d.severity {
        Severity::Error => style.red(&label),
        Severity::Warning => style.yellow(&label),
    };
    let _ = writeln!(
        out,
        "{label}: {}",
        style.bold(&sanitize(&d.message.to_string()))
    );
    let gutter = " ".repeat(d.line.to_string().len());
    let arrow = style.blue("-->");
    let _ = writeln!(
        out,
        "{gutter}{arrow} {}:{}:{}",
        sanitize(&d.path.to_string_lossy()),
        d.line,
        d.column
    );
    if let Some(line) = &d.source_line {
        let bar = style.blue("|");
        let line = sanitize(line);
        let _ = writeln!(out, "{gutter} {bar}");
        let _ = writeln!(out, "{} {bar} {line}", style.blue(&d.line.to_string()));
        // Columns count characters; the carets go where a terminal shows
        // them, a wide (CJK) character taking two places.
        let mut chars = line.chars();
        let indent: String = chars
            .by_ref()
            .take(d.column.saturating_sub(1))
            .map(|c| match c {
                '\t' => "\t".to_owned(),
                c => " ".repeat(c.width().unwrap_or(0)),
            })
            .collect();
        let width = d.width.unwrap_or_else(|| token_width(&line, d.column));
        let width: usize = chars.take(width).map(|c| c.width().unwrap_or(1)).sum();
        let carets = "^".repeat(width.max(1));
        let carets = match d.severity {
            Severity::Error => style.red(&carets),
            Severity::Warning => style.yellow(&carets),
        };
        let _ = writeln!(out, "{gutter} {bar} {indent}{carets}");
    }
    if !d.key.is_empty() {
        let _ = writeln!(
            out,
            "{gutter} {} {}",
            style.blue("="),
            msg!("check-key", key = sanitize(&d.key))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_grammatically() {
        let report = CheckReport {
            files: 1,
            valid: 1,
            diagnostics: Vec::new(),
        };
        assert_eq!(
            report.summary(),
            "1 dossier: 1 valid, 0 invalid; 0 errors, 0 warnings"
        );
    }
}
