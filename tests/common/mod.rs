//! What the picture tests share: running the binary on a fixture folder and
//! finding the external renderers (Graphviz, Chromium).

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub struct Run {
    pub status: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit status {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.status,
            String::from_utf8_lossy(&self.stdout),
            self.stderr
        )
    }
}

/// Runs `dossier --color never --dir DIR ARGS` from a folder with no settings.
pub fn dossier(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--color", "never", "--dir"])
        .arg(dir)
        .args(args)
        .current_dir(std::env::temp_dir())
        .env_remove("DOSSIER_DIR")
        .output()
        .expect("run the dossier binary");
    Run {
        status: output
            .status
            .code()
            .expect("dossier was killed by a signal"),
        stdout: output.stdout,
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// `true` when `program` is on the PATH. When it is not, the test is skipped
/// with a note, except under CI (`CI=true`), where a missing tool fails.
pub fn available(program: &str, package: &str) -> bool {
    let found = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()));
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "`{program}` is missing under CI; install the `{package}` package"
        );
        // Straight to stderr, past the test harness's capture, so the skip shows.
        let _ = writeln!(
            std::io::stderr(),
            "note: skipped: `{program}` is not installed (apt-get install {package})"
        );
    }
    found
}
