//! Any bytes through the paths a dossier's text takes: `dossier check`
//! (bounds, decoding, YAML, merge keys, finite numbers, the rules, both
//! reports), the summary `review`, `list` and `report` read (the lenient
//! reading), the JSON and CSV writers, and `reviewed`'s in-place edit.
//! Nothing may panic, hang or run out of memory.

#![no_main]

use dossier::cli::ColorChoice;
use dossier::load::{self, DEFAULT_MAX_FILE_SIZE, SourceFile, SourceLines};
use dossier::render::check::{self as render, CheckReport};
use dossier::render::csv::{Cell, record};
use dossier::rules::Context;
use dossier::style::Style;
use dossier::summary::Summary;
use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fuzz_target!(|bytes: &[u8]| {
    let today = dossier::dates::parse_date("2026-11-28").expect("a valid date");
    let context = Context {
        today,
        latest_today: today,
        default_interval: 3,
        max_file_size: DEFAULT_MAX_FILE_SIZE,
        wanted: dossier::rules::Wanted::Everything,
    };
    let loaded = load::load_bytes(bytes, &context);
    // A file that did not parse is never valid.
    assert!(loaded.dossier.is_some() || loaded.has_errors());
    let valid = !loaded.has_errors();
    let report = CheckReport {
        files: 1,
        valid: usize::from(valid),
        diagnostics: vec![
            loaded.into_diagnostics(&Arc::from(Path::new("fuzz.yaml")), SourceLines::Keep),
        ],
    };
    let _ = render::text(&report, Style::for_stdout(ColorChoice::Always));
    let json = dossier::render::json::to_string_pretty(&report);
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());

    // What the portfolio keeps of the file, and its CSV row.
    let file = SourceFile {
        path: PathBuf::from("fuzz.yaml"),
        id: "fuzz".to_owned(),
    };
    let summary = Summary::new(&file, Ok(load::load_bytes(bytes, &context)), 3);
    let o = &summary.opportunity;
    for amount in [o.next_year, o.three_to_five_years].into_iter().flatten() {
        assert!(amount.is_finite(), "{amount}");
    }
    let row = record(&[
        Cell::text(&summary.client),
        Cell::text(&summary.account_manager),
        Cell::maybe_number(o.next_year),
    ]);
    assert!(!row.starts_with(['=', '+', '-', '@', '\t', '\r']), "{row}");

    // `reviewed`: an edit is made only when it reads back as meant.
    if valid
        && let Ok(edited) = dossier::edit::mark_reviewed(bytes, "2026-11-20", Some("Fuzz Tester"))
    {
        let again = load::load_bytes(&edited, &context);
        let review = again.dossier.as_ref().map(|d| &d.review.value);
        let date = review
            .and_then(|r| r.last_reviewed.as_ref())
            .map(|t| t.value.as_str());
        assert_eq!(date, Some("2026-11-20"));
    }
});
