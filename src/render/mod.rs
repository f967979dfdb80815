//! Turning results into text for people and JSON for scripts. The library
//! computes; these functions only format, into strings the command prints.

pub mod actions;
pub mod calendar;
pub mod check;
pub mod csv;
pub mod history;
pub mod json;
pub mod list;
pub mod map;
pub mod map_layout;
pub mod money;
pub mod report;
pub mod review;
pub mod show;
pub mod table;
pub mod xlsx;

use serde::Serializer;
use std::path::Path;

/// Paths in JSON are strings even when the file system name is not UTF-8.
pub fn serialize_path<S: Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&path.to_string_lossy())
}
