//! Any bytes through the path of `dossier check`: bounds, decoding, YAML,
//! the rules, and both reports. Nothing may panic, hang or run out of memory.

#![no_main]

use dossier::cli::ColorChoice;
use dossier::load::{self, DEFAULT_MAX_FILE_SIZE};
use dossier::render::check::{self as render, CheckReport};
use dossier::rules::Context;
use dossier::style::Style;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    let context = Context {
        today: dossier::dates::parse_date("2026-11-28").expect("a valid date"),
        latest_today: dossier::dates::parse_date("2026-11-28").expect("a valid date"),
        default_interval: 3,
        max_file_size: DEFAULT_MAX_FILE_SIZE,
    };
    let loaded = load::load_bytes(bytes, &context);
    // A file that did not parse is never valid.
    assert!(loaded.dossier.is_some() || loaded.has_errors());
    let valid = !loaded.has_errors();
    let report = CheckReport {
        files: 1,
        valid: usize::from(valid),
        diagnostics: loaded.into_diagnostics(Path::new("fuzz.yaml")),
    };
    let _ = render::text(&report, Style::for_stdout(ColorChoice::Always));
    let json = serde_json::to_string_pretty(&report).expect("a report always serializes");
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
});
