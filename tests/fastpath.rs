//! The fast path (`dossier::fast`) against serde-saphyr (`parse::parse_full`):
//! wherever the fast path answers, both must build the same value, positions
//! included, and the rules must find the same things in it.
//!
//! Inputs: every file of the YAML test suite (`../shared/corpus/yaml-test-suite`
//! or `YAML_TEST_SUITE`; skipped only when absent outside CI), every fixture
//! and bundled dossier, and a set written by `bench/gen.py` (`FASTPATH_SET` dossiers,
//! 400 unless set), every one of which the fast path must take.

mod common;

use dossier::fast::differential;
use std::path::{Path, PathBuf};

/// What one file did.
#[derive(Debug, Default)]
struct Tally {
    /// Files the fast path took as YAML, and as a dossier.
    as_yaml: usize,
    fast: usize,
    fell_back: usize,
    mismatches: Vec<String>,
}

impl Tally {
    fn assert_clean(&self, what: &str) {
        assert!(
            self.mismatches.is_empty(),
            "{what}: the fast path differs from serde-saphyr on {} files:\n{}",
            self.mismatches.len(),
            self.mismatches.join("\n")
        );
    }
}

/// Compares the two readers on one text.
fn compare(path: &Path, text: &str, tally: &mut Tally) {
    let comparison = differential::compare(text);
    tally.as_yaml += usize::from(comparison.as_yaml);
    if comparison.as_dossier {
        tally.fast += 1;
    } else {
        tally.fell_back += 1;
    }
    if let Some(difference) = comparison.difference {
        tally
            .mismatches
            .push(format!("{}: {difference}", path.display()));
    }
}

fn yaml_files(root: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .collect()
}

fn compare_files(files: &[PathBuf]) -> Tally {
    let mut tally = Tally::default();
    for path in files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        if let Ok(text) = dossier::parse::decode(&bytes) {
            compare(path, text, &mut tally);
        }
    }
    tally
}

#[test]
fn the_yaml_test_suite_reads_the_same() {
    let Some(corpus) = common::yaml_test_suite() else {
        return;
    };
    let files = yaml_files(&corpus);
    assert!(files.len() > 300, "the corpus is {} files", files.len());
    let tally = compare_files(&files);
    tally.assert_clean("yaml-test-suite");
    // Not vacuous: the fast path takes part of the corpus as YAML.
    eprintln!("{tally:?}");
    assert!(tally.as_yaml > 20, "{tally:?}");
}

#[test]
fn fixtures_and_bundled_dossiers_read_the_same() {
    let mut files = yaml_files(&common::root().join("tests/fixtures"));
    files.extend(yaml_files(&common::root().join("dossiers")));
    let tally = compare_files(&files);
    tally.assert_clean("fixtures");
    // The bundled dossiers are in the plain block style: all take the fast path.
    let bundled = yaml_files(&common::root().join("dossiers"));
    let bundled = compare_files(&bundled);
    assert_eq!(bundled.fell_back, 0, "{bundled:?}");
}

#[test]
fn a_generated_set_reads_the_same_and_all_of_it_fast() {
    let count: usize = std::env::var("FASTPATH_SET")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    let out = common::scratch("fastpath-set");
    let status = std::process::Command::new("python3")
        .arg(common::root().join("bench/gen.py"))
        .arg(count.to_string())
        .arg(out.as_os_str())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("python3 runs bench/gen.py");
    assert!(status.success());
    let files = yaml_files(&out);
    assert_eq!(files.len(), count);
    let tally = compare_files(&files);
    tally.assert_clean("generated set");
    assert_eq!(
        tally.fast, count,
        "every generated dossier takes the fast path"
    );
}

/// Small texts at the edges of what the fast path takes: each is compared,
/// and the ones marked `fast` must be taken by it.
#[test]
fn edges_of_the_subset_read_the_same() {
    let cases: &[(&str, bool)] = &[
        ("a: 1\n", true),
        ("a: >\n  x\n  y\nb: 1\n", true),
        ("a: >\n  x\n\n  y\n\n\nb: 1\n", true),
        ("a: |\n  x\n   y\n\n  z\n# c\nb: 1\n", true),
        ("a: |-\n  x\n\n", true),
        ("a: >\n  x", true),
        ("a: |\n  x\n  # not a comment\n  # c\nb: 1\n", true),
        ("a:\n- x\n- y\nb:\n  - name: z\n    k: v\n", true),
        // Found by the fuzz target: an indentless sequence starts at the `|`.
        ("amount:\n- |\n bl #wo  executi/wo # Com", true),
        (
            "a:\n- >-\n  x\n- [y]\nb:\n-\n  - z\nc:\n- # c\n  - z\n",
            true,
        ),
        ("- - a\n  - b\n- c\n", true),
        ("a: [x, \"y\", 'z', ]\n", false),
        ("a: []\nb: [ x ,y ]\n", true),
        ("a: \"\\u00fc \\x41 \\\\ \\\"\"\n", true),
        ("a: 'it''s'\n", true),
        ("a: x # c\nb: \"y\" # c\n", true),
        ("a: x\n  y\n", false),
        ("a: &x 1\nb: *x\n", false),
        ("a: !!str 1\n", false),
        ("<<: {a: 1}\n", false),
        ("a: 1\na: 2\n", false),
        ("a: {b: 1}\n", false),
        ("a:\tb\n", false),
        ("a: b\r\n", true),
        ("a: >\r\n  x\r\n\r\n  y\r\nb: \"c\"\r\n", true),
        ("a: b\rc: d\n", false),
        ("--- \na: 1\n", false),
        ("a: \"x\n  y\"\n", false),
        ("a: 1\n b: 2\n", false),
        ("a:\n  b: 1\n c: 2\n", false),
        ("a: b: c\n", false),
        ("a: -\n", false),
        ("key with space: 1\n", false),
        ("\"a\": 1\n", false),
        ("null: 1\n", false),
        ("1: x\ntrue: y\n", true),
        // Whole numbers past `i64`: serde-saphyr reads up to `u64::MAX` as
        // a whole number, anything larger as a float.
        ("a: 9999999999999999999\n", true),
        ("a: 18446744073709551616\n", true),
        ("a: -9223372036854775809\n", true),
        ("a: \u{85}\n", false),
    ];
    let mut tally = Tally::default();
    for (text, fast) in cases {
        compare(Path::new(text), text, &mut tally);
        assert_eq!(differential::compare(text).as_yaml, *fast, "{text:?}");
    }
    tally.assert_clean("edges");
}

/// Numbers at the ends of `i64`, `u64` and `f64`, as any YAML and in the
/// money fields of a real dossier: serde-saphyr reads a whole number up to
/// `u64::MAX` as one, and refuses digits too many for a finite float; the
/// fast path agrees or leaves the file to it.
#[test]
fn numbers_at_the_ends_of_their_types_read_the_same() {
    let many = "9".repeat(400);
    let numbers = [
        "9223372036854775807".to_owned(),
        "9223372036854775808".to_owned(),
        "18446744073709551615".to_owned(),
        "18446744073709551616".to_owned(),
        "-9223372036854775808".to_owned(),
        "-9223372036854775809".to_owned(),
        many.clone(),
        format!("-{many}"),
        format!("{many}.5"),
    ];
    let dossier = std::fs::read_to_string(common::root().join("dossiers/ru/romashka.yaml"))
        .expect("a bundled dossier");
    assert!(dossier.contains("amount: 14500000\n"));
    let mut tally = Tally::default();
    for number in &numbers {
        let yaml = format!("a: {number}\n");
        compare(Path::new(&yaml), &yaml, &mut tally);
        let text = dossier.replace("amount: 14500000\n", &format!("amount: {number}\n"));
        compare(Path::new(number), &text, &mut tally);
    }
    tally.assert_clean("numbers");
    // Not vacuous: the fast path took the ones inside the types.
    assert!(tally.as_yaml >= 6, "{tally:?}");
}
