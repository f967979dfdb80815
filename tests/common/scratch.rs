//! Scratch folders for tests: fresh, and removed when the test ends.
//!
//! Shared by the integration tests (`tests/common`) and the unit tests of
//! the library, which include this file by its path: one definition for both.

use std::fmt;
use std::path::Path;

/// A fresh, empty folder per call, `dossier-<name>-<random>` in the temp
/// dir: tests run in parallel and several use the same name. It is removed,
/// with everything in it, when the [`Scratch`] is dropped at the end of the
/// test (passed or failed); with `DOSSIER_KEEP_SCRATCH` set to anything but
/// empty it is kept, and named on stderr, which the test harness shows for a
/// failing test.
pub fn scratch(name: &str) -> Scratch {
    let keep = std::env::var_os(KEEP_SCRATCH).is_some_and(|value| !value.is_empty());
    let dir = tempfile::Builder::new()
        .prefix(&format!("dossier-{name}-"))
        .disable_cleanup(keep)
        .tempdir()
        .expect("create a scratch folder");
    if keep {
        eprintln!("note: {KEEP_SCRATCH} is set: kept {}", dir.path().display());
    }
    Scratch(dir)
}

/// The environment variable that keeps scratch folders for a look after the run.
pub const KEEP_SCRATCH: &str = "DOSSIER_KEEP_SCRATCH";

/// A folder made by [`scratch`]: a `Path` (by `Deref`) that removes itself
/// when dropped. Keep it in a variable for as long as the test uses the
/// folder: `scratch("x").join("y")` alone leaves a path to a folder already
/// gone.
#[must_use = "the folder is removed as soon as the Scratch is dropped"]
pub struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

impl fmt::Debug for Scratch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.path().fmt(f)
    }
}
