//! Any bytes through both readers of a dossier: wherever the fast path
//! (`dossier::fast`) takes the text, as any YAML or as a dossier, serde-saphyr
//! must build the same value, positions included, and the rules must find the
//! same things. Neither may panic.

#![no_main]

use dossier::fast::differential;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = dossier::parse::decode(bytes) else {
        return;
    };
    if let Some(difference) = differential::compare(text).difference {
        panic!("the fast path differs from serde-saphyr: {difference}");
    }
});
