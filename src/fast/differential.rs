//! The fast path held against serde-saphyr on one text: what the
//! differential test (`tests/fastpath.rs`) and the `fast_path` fuzz target
//! both run. Wherever the fast path answers, serde-saphyr must build the same
//! value from the same text, positions included, and the rules must find the
//! same things in it.

use crate::model::Dossier;
use crate::rules::Context;
use crate::spanned::Spanned;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// Any YAML value, each node with its position: how a text that is not a
/// dossier is compared.
#[derive(Debug)]
#[allow(dead_code)] // read through `Debug`, which is what is compared
pub enum Value {
    Map(Vec<(String, Spanned<Value>)>),
    Seq(Vec<Spanned<Value>>),
    Text(String),
    Whole(i128),
    Number(f64),
    Bool(bool),
    Null,
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Text(v.to_owned()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Whole(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Whole(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Number(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Bool(v))
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Value::Map(entries))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Value::Seq(items))
            }
        }
        deserializer.deserialize_any(Any)
    }
}

/// What comparing the two readers on one text found.
#[derive(Debug, Default)]
pub struct Comparison {
    /// The fast path took the text as YAML ([`Value`]).
    pub as_yaml: bool,
    /// The fast path took the text as a [`Dossier`].
    pub as_dossier: bool,
    /// How the two readers differ, when they do.
    pub difference: Option<String>,
}

/// The rules' context for comparisons: a fixed day, the default interval.
fn context() -> Context {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    Context {
        today: day,
        latest_today: day,
        default_interval: 3,
        max_file_size: crate::load::DEFAULT_MAX_FILE_SIZE,
        wanted: crate::rules::Wanted::Everything,
    }
}

/// Reads `text` (decoded) both ways, as any YAML and as a dossier, and says
/// whether the fast path took it and how the results differ (the rules run
/// as of 2026-11-28).
pub fn compare(text: &str) -> Comparison {
    let context = &context();
    let mut comparison = Comparison::default();
    if let Some(fast) = super::from_str::<Spanned<Value>>(text) {
        comparison.as_yaml = true;
        let full =
            serde_saphyr::from_str_with_options::<Spanned<Value>>(text, crate::parse::options());
        comparison.difference = match full {
            Ok(full) => differ("as YAML", &fast, &full),
            Err(error) => Some(format!(
                "as YAML: the fast path took it, serde-saphyr says {error}"
            )),
        };
    }
    let Some(fast) = super::from_str::<Dossier>(text) else {
        return comparison;
    };
    comparison.as_dossier = true;
    let difference = match crate::parse::parse_full(text) {
        Ok(full) => differ("as a dossier", &fast, &full).or_else(|| {
            differ(
                "findings",
                &crate::rules::check(&fast, context),
                &crate::rules::check(&full, context),
            )
        }),
        Err(error) => Some(format!(
            "the fast path took it, serde-saphyr says {error:?}"
        )),
    };
    comparison.difference = comparison.difference.or(difference);
    comparison
}

/// Values are compared by their `Debug` text, which shows every field and
/// every position (`Spanned` has no other equality that includes them).
fn differ<T: std::fmt::Debug>(what: &str, fast: &T, full: &T) -> Option<String> {
    let (fast, full) = (format!("{fast:?}"), format!("{full:?}"));
    (fast != full).then(|| format!("{what}:\n  fast: {fast}\n  full: {full}"))
}
