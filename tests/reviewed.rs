//! `dossier reviewed` end to end: the file after the command equals, byte for
//! byte, the expected file in `tests/fixtures/reviewed/expected/`; in a git
//! repository the diff is the one line that changed; a failed write leaves
//! the original as it was.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Dossier, Scratch, dossier_in, fixtures, root, scratch};

const OLGA: &str = "Olga Smirnova";

/// A fresh folder with an empty `dossiers/` in it.
fn workspace(name: &str) -> Scratch {
    let dir = scratch(name);
    fs::create_dir_all(dir.join("dossiers")).expect("create the dossiers folder");
    dir
}

/// `git ARGS` in `dir`, which must succeed: its stdout.
fn git(dir: &Path, args: &[&str]) -> String {
    let result = common::git(dir, args);
    assert_eq!(result.status, 0, "git {args:?}: {result}");
    result.stdout
}

/// Copies the input fixture `name` into a fresh dossiers folder.
fn setup(name: &str) -> (Scratch, PathBuf) {
    let dir = workspace(name);
    let path = dir.join("dossiers").join(format!("{name}.yaml"));
    fs::copy(
        fixtures("reviewed")
            .join("input")
            .join(format!("{name}.yaml")),
        &path,
    )
    .expect("copy a fixture");
    (dir, path)
}

#[track_caller]
fn assert_edit(name: &str, by: Option<&str>) {
    let (dir, path) = setup(name);
    let mut args = vec!["reviewed", name, "--date", "2026-11-20"];
    if let Some(by) = by {
        args.extend(["--by", by]);
    }
    let result = dossier_in(&dir, &args);
    assert_eq!(result.status, 0, "{name}: {result}");
    assert!(
        result.stdout.contains("2026-11-20"),
        "{name}: says what changed: {result}"
    );
    let expected = fs::read(
        fixtures("reviewed")
            .join("expected")
            .join(format!("{name}.yaml")),
    )
    .expect("expected file");
    let actual = fs::read(&path).expect("the edited file");
    assert!(
        actual == expected,
        "{name}: the edited file differs from the expected one\n--- actual\n{}\n--- expected\n{}",
        String::from_utf8_lossy(&actual).escape_debug(),
        String::from_utf8_lossy(&expected).escape_debug()
    );
    let leftovers: Vec<_> = fs::read_dir(dir.join("dossiers"))
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "{name}: temporary files left: {leftovers:?}"
    );
    // And the result is a dossier without errors.
    let check = dossier_in(&dir, &["check", "--format", "json"]);
    assert!(check.stdout.contains("\"valid\": 1"), "{name}: {check}");
}

#[test]
fn lf_date_only() {
    assert_edit("lf", None);
}

#[test]
fn crlf_date_and_reviewer() {
    assert_edit("crlf", Some(OLGA));
}

#[test]
fn quoted_date_and_quoted_name_keep_their_quotes() {
    assert_edit("quoted-date", Some(OLGA));
}

#[test]
fn trailing_comments_stay() {
    assert_edit("trailing-comment", None);
}

#[test]
fn flow_mapping() {
    assert_edit("flow", Some(OLGA));
}

#[test]
fn no_final_newline_stays_without_one() {
    assert_edit("no-final-newline", None);
}

#[test]
fn reviewed_by_absent_is_added_in_the_file_s_indentation() {
    assert_edit("reviewed-by-absent", Some(OLGA));
}

#[test]
fn reviewed_by_added_to_a_bom_crlf_file_without_final_newline() {
    assert_edit("bom-crlf-absent", Some(OLGA));
}

#[test]
fn reviewed_by_empty_is_filled() {
    assert_edit("reviewed-by-empty", Some(OLGA));
}

#[test]
fn a_name_that_needs_quotes_is_quoted() {
    assert_edit("quoted-name", Some("Ольга: \"О. С.\" Смирнова"));
}

/// What `reviewed` says it changed is worded by the catalogue in both
/// languages, with `→` between the old and the new value as `log` prints
/// it; a value that was not there is named as such, not in English.
#[test]
fn says_what_changed_in_the_language_of_the_run() {
    let said = |name: &str, lang: &str, by: &str| {
        let (dir, _) = setup(name);
        let run = dossier_in(
            &dir,
            &[
                "--lang",
                lang,
                "reviewed",
                name,
                "--date",
                "2026-11-20",
                "--by",
                by,
            ],
        );
        assert_eq!(run.status, 0, "{run}");
        run.stdout
    };
    assert_eq!(
        said("lf", "en", OLGA),
        "dossiers/lf.yaml: `review.last_reviewed` 2026-09-01 → 2026-11-20, \
         `review.reviewed_by` Ivan Petrov → Olga Smirnova\n"
    );
    assert_eq!(
        said("reviewed-by-absent", "en", OLGA),
        "dossiers/reviewed-by-absent.yaml: `review.last_reviewed` 2026-09-01 → 2026-11-20, \
         `review.reviewed_by` (none) → Olga Smirnova\n"
    );
    assert_eq!(
        said("reviewed-by-absent", "ru", "Ольга Смирнова"),
        "dossiers/reviewed-by-absent.yaml: `review.last_reviewed` 2026-09-01 → 2026-11-20, \
         `review.reviewed_by` (не было) → Ольга Смирнова\n"
    );
    // The reviewer already recorded: only the date.
    assert_eq!(
        said("lf", "ru", "Ivan Petrov"),
        "dossiers/lf.yaml: `review.last_reviewed` 2026-09-01 → 2026-11-20\n"
    );
    // The date already recorded: only the reviewer.
    let (dir, _) = setup("lf");
    let run = dossier_in(
        &dir,
        &["reviewed", "lf", "--date", "2026-09-01", "--by", OLGA],
    );
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (
            0,
            "dossiers/lf.yaml: `review.reviewed_by` Ivan Petrov → Olga Smirnova\n"
        ),
        "{run}"
    );
}

/// The diff a reviewer sees in git: one line, or two with `--by`.
#[test]
fn git_diff_is_one_line_or_two_with_by() {
    let dir = workspace("git");
    let example = root().join("dossiers/emea/acme-logistics.yaml");
    let path = dir.join("dossiers/acme-logistics.yaml");
    fs::copy(&example, &path).expect("copy an example dossier");
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "start"]);

    let result = dossier_in(
        &dir,
        &["reviewed", "acme-logistics", "--date", "2026-11-20"],
    );
    assert_eq!(result.status, 0, "{result}");
    assert_eq!(
        git(&dir, &["diff", "--numstat"]),
        "1\t1\tdossiers/acme-logistics.yaml\n"
    );
    let diff = git(&dir, &["diff", "-U0"]);
    assert!(diff.contains("+  last_reviewed: 2026-11-20"), "{diff}");

    git(&dir, &["checkout", "-q", "--", "."]);
    let result = dossier_in(
        &dir,
        &[
            "reviewed",
            "acme-logistics",
            "--date",
            "2026-11-20",
            "--by",
            "Anna Schulz",
        ],
    );
    assert_eq!(result.status, 0, "{result}");
    assert_eq!(
        git(&dir, &["diff", "--numstat"]),
        "2\t2\tdossiers/acme-logistics.yaml\n"
    );
}

#[test]
fn defaults_to_today_and_keeps_permissions() {
    let (dir, path) = setup("lf");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let result = dossier_in(&dir, &["reviewed", "lf"]);
    assert_eq!(result.status, 0, "{result}");
    let today = chrono::Local::now().date_naive().to_string();
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains(&format!("  last_reviewed: {today}\n")),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).expect("stat").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Once more: nothing to change, nothing written.
    let again = dossier_in(&dir, &["reviewed", "lf"]);
    assert_eq!(again.status, 0, "{again}");
    assert!(again.stdout.contains("nothing to change"), "{again}");
}

fn assert_untouched(dir: &Path, path: &Path, original: &[u8], args: &[&str], says: &str) {
    let result = dossier_in(dir, args);
    assert_eq!(result.status, 2, "{args:?}: {result}");
    assert!(
        result.stderr.contains(says),
        "{args:?} should say {says:?}: {result}"
    );
    assert_eq!(
        fs::read(path).expect("read"),
        original,
        "{args:?} changed the file"
    );
}

#[test]
fn refuses_and_leaves_the_file_alone() {
    let (dir, path) = setup("lf");
    let original = fs::read(&path).expect("read");
    assert_untouched(
        &dir,
        &path,
        &original,
        &["reviewed", "lff"],
        "did you mean `lf`?",
    );
    assert_untouched(
        &dir,
        &path,
        &original,
        &["reviewed", "lf", "--date", "2099-01-01"],
        "later than today",
    );
    assert_untouched(
        &dir,
        &path,
        &original,
        &["reviewed", "lf", "--date", "20.11.2026"],
        "YYYY-MM-DD",
    );
    assert_untouched(
        &dir,
        &path,
        &original,
        &["reviewed", "lf", "--by", " "],
        "empty",
    );
}

#[test]
fn a_dossier_with_errors_is_not_marked_reviewed() {
    let (dir, path) = setup("lf");
    let broken = fs::read_to_string(&path)
        .expect("read")
        .replace("decision_group: []", "decision_group: []\nheadcount: -1");
    fs::write(&path, &broken).expect("write");
    let result = dossier_in(&dir, &["reviewed", "lf", "--date", "2026-11-20"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("error[unknown-key]"), "{result}");
    assert!(result.stderr.contains("fix its errors first"), "{result}");
    assert_eq!(fs::read_to_string(&path).expect("read"), broken);
}

#[test]
fn duplicate_ids_are_refused() {
    let (dir, path) = setup("lf");
    fs::create_dir_all(dir.join("dossiers/emea")).expect("mkdir");
    fs::copy(&path, dir.join("dossiers/emea/lf.yml")).expect("copy");
    let result = dossier_in(&dir, &["reviewed", "lf"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("emea/lf.yml"), "{result}");
}

/// A write that fails half way (here: a file size limit, as on a full disk)
/// leaves the original intact and no temporary file behind. Root ignores
/// permissions, but not RLIMIT_FSIZE.
#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_original_intact() {
    let dir = workspace("full-disk");
    let example = root().join("dossiers/emea/acme-logistics.yaml");
    let path = dir.join("dossiers/acme-logistics.yaml");
    fs::copy(&example, &path).expect("copy an example dossier");
    let original = fs::read(&path).expect("read");
    assert!(
        original.len() > 2048,
        "the dossier must be larger than the limit"
    );

    let result = Dossier::new()
        .cwd(&dir)
        // Ignore SIGXFSZ so the write fails with EFBIG instead of killing us;
        // `ulimit -f 2` allows files of 1 KiB (512-byte blocks).
        .wrapper(&[
            "/bin/sh",
            "-c",
            "trap '' XFSZ; ulimit -f 2 && exec \"$0\" \"$@\"",
        ])
        .run(&["reviewed", "acme-logistics", "--date", "2026-11-20"]);
    assert_eq!(result.status, 2, "{result}");
    assert!(result.stderr.contains("cannot write"), "{result}");
    assert!(result.stderr.contains("left as it was"), "{result}");
    assert_eq!(fs::read(&path).expect("read"), original);
    let names: Vec<String> = fs::read_dir(dir.join("dossiers"))
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["acme-logistics.yaml"]);
}

/// A value the command does not edit in place is refused with a message in
/// the run's language, and the file is left as it was.
#[test]
fn a_form_it_does_not_edit_is_refused_in_the_run_s_language() {
    let (dir, path) = setup("lf");
    let text = fs::read_to_string(&path).expect("read");
    let block = text.replace(
        "  reviewed_by: Ivan Petrov",
        "  reviewed_by: |\n    Ivan Petrov",
    );
    assert_ne!(block, text, "the fixture has `last_reviewed`");
    fs::write(&path, &block).expect("write");
    for (lang, words) in [
        (
            "en",
            "does not edit in place (a block, a tag or an anchor); set it by hand",
        ),
        (
            "ru",
            "которую команда на месте не меняет (блок, тег или якорь); измените его вручную",
        ),
    ] {
        let result = dossier_in(&dir, &["--lang", lang, "reviewed", "lf", "--by", OLGA]);
        assert_eq!(result.status, 2, "{result}");
        assert!(result.stderr.contains(words), "{result}");
        assert_eq!(fs::read_to_string(&path).expect("read"), block);
    }
}
