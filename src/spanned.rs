//! A value of a dossier together with the place it stands in the file.
//!
//! Both YAML readers record where each value starts: serde-saphyr through
//! its own [`serde_saphyr::Spanned`], the fast reader ([`crate::fast`])
//! directly (see [`Spanned`]'s `Deserialize`). This wrapper keeps that
//! [`Place`] for the rules and gives the value a JSON Schema of its own: the
//! schema of what a user writes there (see [`InSchema`]), so model fields
//! need no `#[schemars(with = ...)]`.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::marker::PhantomData;

/// Where a value stands in its file: the numbers serde-saphyr puts in a
/// [`serde_saphyr::Location`], in the same units. All zero (and `bytes`
/// `None`) when the reader could not tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Place {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// Start (from the start of the text) and length of the value, in
    /// characters.
    pub chars: (u32, u32),
    /// The same in bytes, when the reader knows them (serde-saphyr does for
    /// a text read whole, which is how every file is read).
    pub bytes: Option<(u32, u32)>,
}

impl Place {
    /// The length of [`Place::to_bytes`].
    pub const ENCODED: usize = 24;

    /// The place as the fast reader hands it over: line, column, character
    /// start and length, byte start and length, each a little-endian `u32`.
    pub fn to_bytes(
        line: u32,
        column: u32,
        chars: (u32, u32),
        bytes: (u32, u32),
    ) -> [u8; Self::ENCODED] {
        let mut out = [0; Self::ENCODED];
        for (chunk, n) in out
            .chunks_exact_mut(4)
            .zip([line, column, chars.0, chars.1, bytes.0, bytes.1])
        {
            chunk.copy_from_slice(&n.to_le_bytes());
        }
        out
    }

    fn from_bytes(encoded: &[u8]) -> Option<Place> {
        if encoded.len() != Self::ENCODED {
            return None;
        }
        let mut n = encoded
            .chunks_exact(4)
            .map(|chunk| chunk.try_into().map(u32::from_le_bytes));
        let mut next = || n.next()?.ok();
        Some(Place {
            line: next()?,
            column: next()?,
            chars: (next()?, next()?),
            bytes: Some((next()?, next()?)),
        })
    }
}

/// Numbers past `u32` (files are far smaller: see `crate::parse`'s
/// budgets) are kept at `u32::MAX`.
fn saturated(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<serde_saphyr::Location> for Place {
    fn from(location: serde_saphyr::Location) -> Self {
        if location == serde_saphyr::Location::UNKNOWN {
            return Place::default();
        }
        let span = location.span();
        Place {
            line: saturated(location.line()),
            column: saturated(location.column()),
            chars: (saturated(span.offset()), saturated(span.len())),
            bytes: span
                .byte_offset()
                .zip(span.byte_len())
                .map(|(offset, len)| (saturated(offset), saturated(len))),
        }
    }
}

/// `value` as read, and where it stands in the file (`referenced`: the
/// value, or the alias that brought it in).
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub referenced: Place,
}

/// The newtype name serde-saphyr answers with a value's positions (fixed by
/// serde-saphyr 2.2), and which the fast reader answers too.
pub const SPANNED: &str = "__yaml_spanned";

/// Asks for the newtype [`SPANNED`] and takes either answer:
///
/// - serde-saphyr calls `visit_newtype_struct`; the deserializer it hands
///   over is given back to [`serde_saphyr::Spanned`]'s own `Deserialize`,
///   which reads serde-saphyr's answer (a map of the value and its
///   locations);
/// - the fast reader calls `visit_seq` with two elements: the place as the
///   24 bytes of [`Place::to_bytes`] (read with `deserialize_bytes`), then
///   the value. One call for the place instead of a map of maps per value:
///   that map was the largest single cost of the fast path's deserializer.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(SPANNED, SpannedVisitor(PhantomData))
    }
}

struct SpannedVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
    type Value = Spanned<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value with its place in the file")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<Spanned<T>, D::Error> {
        let read = serde_saphyr::Spanned::<T>::deserialize(Replay(inner))?;
        Ok(Spanned {
            value: read.value,
            referenced: Place::from(read.referenced),
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Spanned<T>, A::Error> {
        let PlaceBytes(referenced) = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let value = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        Ok(Spanned { value, referenced })
    }
}

/// A [`Place`] read from the bytes of [`Place::to_bytes`].
struct PlaceBytes(Place);

impl<'de> Deserialize<'de> for PlaceBytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = PlaceBytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "a place as {} bytes", Place::ENCODED)
            }
            fn visit_bytes<E: de::Error>(self, encoded: &[u8]) -> Result<PlaceBytes, E> {
                Place::from_bytes(encoded)
                    .map(PlaceBytes)
                    .ok_or_else(|| E::invalid_length(encoded.len(), &self))
            }
        }
        deserializer.deserialize_bytes(Bytes)
    }
}

/// Hands a deserializer already inside the newtype [`SPANNED`] to a visitor
/// that asks for that newtype again (serde-saphyr's own
/// [`serde_saphyr::Spanned`]).
struct Replay<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Replay<D> {
    type Error = D::Error;

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        visitor.visit_newtype_struct(self.0)
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Only the value is written back (`show --format json`): positions belong
/// to the file, not to the data.
impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// How a value read into `T` appears in the JSON Schema: what a user may
/// write there, which for scalars is wider than `T` (`check` reads any
/// scalar as text, and a number in quotes as a number).
pub trait InSchema {
    /// The type whose schema describes the YAML written for `T`.
    type Schema: JsonSchema;
}

impl<T: InSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::Schema::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::Schema::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::Schema::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::Schema::json_schema(generator)
    }
}

impl InSchema for String {
    type Schema = crate::schema::Text;
}

impl InSchema for f64 {
    type Schema = crate::schema::Number;
}

impl InSchema for i64 {
    type Schema = crate::schema::WholeNumber;
}

impl<T: InSchema> InSchema for Vec<T> {
    type Schema = Vec<T::Schema>;
}

impl<T: InSchema> InSchema for Spanned<T> {
    type Schema = T::Schema;
}

/// Model types are written in YAML exactly as their own schema says.
macro_rules! in_schema_as_itself {
    ($($model:ty),* $(,)?) => {
        $(impl InSchema for $model {
            type Schema = Self;
        })*
    };
}

in_schema_as_itself!(
    crate::model::Client,
    crate::model::CompanyView,
    crate::model::Member,
    crate::model::Competitor,
    crate::model::Review,
    crate::model::Financials,
    crate::model::Event,
    crate::model::Budget,
    crate::model::Opportunity,
    crate::model::UnitKind,
    crate::model::EventKind,
    crate::model::Outcome,
    crate::model::BudgetPeriod,
    crate::model::Role,
    crate::model::Level,
    crate::model::CompetitorKind,
    crate::model::Plan,
    crate::model::Need,
    crate::model::NeedStatus,
    crate::model::Objective,
    crate::model::WorkStatus,
    crate::model::Action,
    crate::model::Resource,
    crate::model::ResourceStatus,
    crate::model::Solution,
    crate::model::SolutionStatus,
    crate::model::DossierStatus,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_survives_its_bytes() {
        let bytes = Place::to_bytes(12, 7, (301, 4), (355, 8));
        assert_eq!(
            Place::from_bytes(&bytes),
            Some(Place {
                line: 12,
                column: 7,
                chars: (301, 4),
                bytes: Some((355, 8)),
            })
        );
        assert_eq!(Place::from_bytes(&bytes[1..]), None);
    }

    /// Both readers give the same place, in characters and in bytes, for a
    /// value after Cyrillic text.
    #[test]
    fn both_readers_place_a_value_alike() {
        #[derive(Debug, PartialEq, Deserialize)]
        struct Doc {
            a: Spanned<String>,
            b: Spanned<i64>,
        }
        let text = "a: Журавль\nb:   42\n";
        let full: Doc =
            serde_saphyr::from_str_with_options(text, crate::parse::options()).expect("valid");
        let fast: Doc = crate::fast::from_str(text).expect("in the fast path's subset");
        assert_eq!(fast, full);
        assert_eq!(
            full.b.referenced,
            Place {
                line: 2,
                column: 6,
                chars: (16, 2),
                bytes: Some((23, 2)),
            }
        );
    }
}
