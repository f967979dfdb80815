//! Colour: an explicit `--color always` or `never` wins over `NO_COLOR`,
//! and the output never holds half an escape sequence.

mod common;

use common::{Dossier, bundled};

fn run(no_color: Option<&str>, color: &str, command: &[&str]) -> String {
    let dir = bundled();
    let mut dossier = Dossier::new().color_from_args();
    if let Some(value) = no_color {
        dossier = dossier.env("NO_COLOR", value);
    }
    let mut args = vec!["--dir", dir.as_str(), "--color", color];
    args.extend_from_slice(command);
    dossier.run(&args).stdout
}

const COMMANDS: &[&[&str]] = &[
    &["review", "--as-of", "2026-11-28"],
    &["list"],
    &["check"],
    &["show", "romashka"],
];

#[test]
fn always_means_colour_whatever_no_color_says() {
    for command in COMMANDS {
        let coloured = run(None, "always", command);
        assert!(coloured.contains("\x1b["), "{command:?}: {coloured}");
        assert_eq!(run(Some("1"), "always", command), coloured, "{command:?}");
    }
}

#[test]
fn never_and_auto_under_no_color_mean_no_escapes() {
    for command in COMMANDS {
        for (no_color, color) in [(None, "never"), (Some("1"), "auto"), (Some("1"), "never")] {
            let out = run(no_color, color, command);
            assert!(
                !out.contains('\x1b'),
                "{command:?} {no_color:?} {color}: {out:?}"
            );
        }
    }
}

/// Every escape sequence is whole: `ESC [ digits/semicolons m`, and none
/// is the bare reset `ESC[m` that a dropped colour leaves behind.
#[test]
fn no_half_escape_sequences() {
    for command in COMMANDS {
        let out = run(Some("1"), "always", command);
        assert!(!out.contains("\x1b[m"), "{command:?}: {out:?}");
        for sequence in out.split('\x1b').skip(1) {
            let body: String = sequence
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ';' || *c == '[')
                .collect();
            let rest = &sequence[body.len()..];
            assert!(
                body.starts_with('[') && body.len() > 1 && rest.starts_with('m'),
                "{command:?}: half a sequence in {out:?}"
            );
        }
    }
}
