//! Any bytes through both readers of a dossier: wherever the fast path
//! (`dossier::fast`) takes the text, as any YAML or as a dossier, serde-saphyr
//! must build the same value, positions included, and the rules must find the
//! same things. Neither may panic.

#![no_main]

use dossier::fast::differential;
use dossier::rules::Context;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = dossier::parse::decode(bytes) else {
        return;
    };
    let context = Context {
        today: dossier::dates::parse_date("2026-11-28").expect("a valid date"),
        default_interval: 3,
        max_file_size: dossier::load::DEFAULT_MAX_FILE_SIZE,
    };
    if let Some(difference) = differential::compare(text, &context).difference {
        panic!("the fast path differs from serde-saphyr: {difference}");
    }
});
