//! Single-thread throughput of the ways to read a dossier, on every file of a
//! folder held in memory (no disk, no walk, no rules): serde-saphyr as
//! `check` used it alone (`parse::parse_full`), the fast path alone
//! (`fast::from_str`), and what `check` does now (`parse::parse`: the fast
//! path, serde-saphyr for what it leaves). Best of `RUNS` (3) per reader.
//!
//!     cargo run --release --example readers -- bench/out/n10000

use dossier::model::Dossier;
use std::time::{Duration, Instant};

// The allocator the `dossier` binary uses (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: readers DIR");
        std::process::exit(2);
    };
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let texts: Vec<String> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| dossier::load::is_dossier_file(entry.path()))
        .filter_map(|entry| std::fs::read(entry.path()).ok())
        .filter_map(|bytes| String::from_utf8(bytes).ok())
        .collect();
    let megabytes = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!(
        "{} files, {megabytes:.1} MB, one thread, best of {runs}",
        texts.len()
    );
    println!();
    println!("| reader | dossiers read | MB/s | speed-up |");
    println!("|---|---:|---:|---:|");
    type Reader = fn(&str) -> Option<Dossier>;
    let readers: [(&str, Reader); 3] = [
        ("serde-saphyr (`parse::parse_full`)", |text| {
            dossier::parse::parse_full(text).ok()
        }),
        (
            "fast path alone (`fast::from_str`)",
            dossier::fast::from_str,
        ),
        (
            "fast path, serde-saphyr for the rest (`parse::parse`)",
            |text| dossier::parse::parse(text).ok(),
        ),
    ];
    let mut baseline = None;
    for (name, read) in readers {
        let mut best = Duration::MAX;
        let mut read_ok = 0;
        for _ in 0..runs {
            let start = Instant::now();
            read_ok = texts.iter().filter_map(|text| read(text)).count();
            best = best.min(start.elapsed());
        }
        let rate = megabytes / best.as_secs_f64();
        let baseline = *baseline.get_or_insert(rate);
        println!(
            "| {name} | {read_ok} | {rate:.1} | {:.1}x |",
            rate / baseline
        );
    }
}
