//! Any bytes through the path of `dossier check`: bounds, decoding, YAML,
//! the rules, and both reports. Nothing may panic, hang or run out of memory.

#![no_main]

use dossier::cli::ColorChoice;
use dossier::diag::Diagnostic;
use dossier::load::{self, DEFAULT_MAX_FILE_SIZE};
use dossier::render::check::{self as render, CheckReport};
use dossier::rules::Context;
use dossier::style::Style;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let context = Context {
        today: dossier::dates::parse_date("2026-11-28").expect("a valid date"),
        default_interval: 3,
        max_file_size: DEFAULT_MAX_FILE_SIZE,
    };
    let loaded = load::load_bytes(bytes, &context);
    let lines: Vec<&str> = loaded.text.lines().collect();
    let diagnostics: Vec<Diagnostic> = loaded
        .findings
        .iter()
        .cloned()
        .map(|finding| {
            let mut diagnostic = Diagnostic::from_finding("fuzz.yaml", finding);
            diagnostic.source_line = lines.get(diagnostic.line.wrapping_sub(1)).map(|l| (*l).to_owned());
            diagnostic
        })
        .collect();
    // A file that did not parse is never valid.
    assert!(loaded.dossier.is_some() || loaded.has_errors());
    let valid = !loaded.has_errors();
    let report = CheckReport {
        files: 1,
        valid: usize::from(valid),
        diagnostics,
    };
    let _ = render::text(&report, Style::for_stdout(ColorChoice::Always));
    let json = render::json(&report);
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
});
