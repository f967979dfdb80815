//! The fast path for reading a dossier: a line-based reader for the plain
//! block style dossiers are written in ([`scan`]) and a serde deserializer
//! over what it reads ([`de`]), so the model's own `Deserialize` builds the
//! dossier. Anything outside that style, and any file with a fault, is
//! answered `None`, and [`crate::parse::parse`] reads it with serde-saphyr,
//! so findings and messages never depend on which path read a file.

pub mod de;
pub mod differential;
pub mod scan;

use serde::de::DeserializeOwned;

/// Reads `text` (decoded, without a byte order mark) into `T` when the fast
/// reader understands all of it and `T` accepts it; `None` otherwise.
/// When it answers, the value is the one serde-saphyr builds from the same
/// text with [`crate::parse::options`], positions included.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let root = scan::read(text)?;
    T::deserialize(de::NodeDeserializer(&root)).ok()
}
