//! A `serde::Deserializer` over the tree of [`super::scan`], so the model's
//! own `#[derive(Deserialize)]` builds the dossier from it and every field
//! added to `src/model.rs` works here without a second list of keys.
//!
//! Scalars follow YAML 1.2 as serde-saphyr reads them with
//! [`crate::parse::options`]; where its answer is not certain (`012`, `1e3`
//! for a whole number, `True`, a quoted number, a null where a value is
//! needed), this deserializer fails, and a failure anywhere sends the whole
//! file to serde-saphyr. Positions reach [`crate::spanned::Spanned`] as a
//! sequence of the place's bytes and the value (see its `Deserialize`).

use super::scan::{Kind, Mark, Node};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

/// Why the fast reader gave up. It carries no message: the file is read
/// again by serde-saphyr, which explains any real fault.
#[derive(Debug)]
pub struct Reject;

impl std::fmt::Display for Reject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("left to the full YAML parser")
    }
}

impl std::error::Error for Reject {}

impl de::Error for Reject {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Reject
    }
}

use crate::spanned::{Place, SPANNED};

/// `null`, `Null`, `NULL` and `~`: YAML 1.2's plain nulls.
fn is_null(plain: &str) -> bool {
    matches!(plain, "null" | "Null" | "NULL" | "~")
}

/// A whole number as YAML 1.2 and serde-saphyr both read it: decimal digits,
/// an optional `-`, no leading zero, within `i64` or `u64` (serde-saphyr
/// reads a larger one as a float). Other spellings (`+1`, `012`, `0x1F`,
/// `1_000`) are left to serde-saphyr.
fn whole_number(plain: &str) -> Option<i128> {
    let digits = plain.strip_prefix('-').unwrap_or(plain);
    let simple = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    let n: i128 = simple.then(|| plain.parse().ok()).flatten()?;
    (i64::try_from(n).is_ok() || u64::try_from(n).is_ok()).then_some(n)
}

/// A finite number with an optional fraction (`-12`, `1.5`), no exponent,
/// no leading zero. Other spellings (`.5`, `1e3`, `.inf`), and digits too
/// many for a finite `f64` (serde-saphyr refuses those), are left to
/// serde-saphyr.
fn decimal(plain: &str) -> Option<f64> {
    let unsigned = plain.strip_prefix('-').unwrap_or(plain);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let simple = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && (whole == "0" || !whole.starts_with('0'))
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    let n: f64 = simple.then(|| plain.parse().ok()).flatten()?;
    n.is_finite().then_some(n)
}

/// A plain scalar no YAML 1.2 schema reads as anything but text.
fn surely_text(plain: &str) -> bool {
    let first = plain.as_bytes()[0];
    !(first.is_ascii_digit()
        || matches!(first, b'+' | b'-' | b'.')
        || plain.eq_ignore_ascii_case("null")
        || plain.eq_ignore_ascii_case("true")
        || plain.eq_ignore_ascii_case("false")
        || plain == "~")
}

/// Deserializes one node.
pub struct NodeDeserializer<'n, 'a>(pub &'n Node<'a>);

impl<'n, 'a> NodeDeserializer<'n, 'a> {
    /// The node as text, when it is text whatever the target (`null` is not).
    fn text(&self) -> Option<&'n str> {
        match &self.0.kind {
            Kind::Plain(plain) if !is_null(plain) => Some(plain),
            Kind::Text(text) => Some(text),
            _ => None,
        }
    }

    fn plain(&self) -> Option<&'a str> {
        match self.0.kind {
            Kind::Plain(plain) => Some(plain),
            _ => None,
        }
    }
}

macro_rules! whole_numbers {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
            let n = self.plain().and_then(whole_number).ok_or(Reject)?;
            visitor.visit_i64(i64::try_from(n).map_err(|_| Reject)?)
        }
    )*};
}

macro_rules! rejected {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Reject> {
            Err(Reject)
        }
    )*};
}

impl<'de, 'n, 'a> de::Deserializer<'de> for NodeDeserializer<'n, 'a> {
    type Error = Reject;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        match &self.0.kind {
            Kind::Null => visitor.visit_unit(),
            Kind::Plain(plain) if is_null(plain) => visitor.visit_unit(),
            Kind::Plain("true") => visitor.visit_bool(true),
            Kind::Plain("false") => visitor.visit_bool(false),
            Kind::Plain(plain) => {
                if surely_text(plain) {
                    visitor.visit_str(plain)
                } else if let Some(n) = whole_number(plain) {
                    match (u64::try_from(n), i64::try_from(n)) {
                        (Ok(n), _) => visitor.visit_u64(n),
                        (_, Ok(n)) => visitor.visit_i64(n),
                        _ => Err(Reject),
                    }
                } else {
                    let n = decimal(plain).ok_or(Reject)?;
                    visitor.visit_f64(n)
                }
            }
            Kind::Text(text) => visitor.visit_str(text),
            Kind::Map(entries) => visitor.visit_map(MapAccess {
                entries: entries.iter(),
                value: None,
            }),
            Kind::Seq(items) => visitor.visit_seq(SeqAccess(items.iter())),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        match self.0.kind {
            Kind::Null => visitor.visit_none(),
            Kind::Plain(plain) if is_null(plain) => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        match self.plain() {
            Some("true") => visitor.visit_bool(true),
            Some("false") => visitor.visit_bool(false),
            _ => Err(Reject),
        }
    }

    whole_numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        let n = self.plain().and_then(decimal).ok_or(Reject)?;
        visitor.visit_f64(n)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        visitor.visit_str(self.text().ok_or(Reject)?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        self.deserialize_str(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Reject> {
        let text = self.text().ok_or(Reject)?;
        visitor.visit_enum(IntoDeserializer::<Reject>::into_deserializer(text))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Reject> {
        if name == SPANNED {
            visitor.visit_seq(SpannedSeq {
                node: self.0,
                next: 0,
            })
        } else {
            visitor.visit_newtype_struct(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        match &self.0.kind {
            Kind::Seq(items) => visitor.visit_seq(SeqAccess(items.iter())),
            _ => Err(Reject),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        match &self.0.kind {
            Kind::Map(entries) => visitor.visit_map(MapAccess {
                entries: entries.iter(),
                value: None,
            }),
            _ => Err(Reject),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Reject> {
        self.deserialize_map(visitor)
    }

    rejected! {
        deserialize_i128 deserialize_u128 deserialize_char deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: V,
    ) -> Result<V::Value, Reject> {
        Err(Reject)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Reject> {
        Err(Reject)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        _: V,
    ) -> Result<V::Value, Reject> {
        Err(Reject)
    }
}

struct SeqAccess<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> de::SeqAccess<'de> for SeqAccess<'_, '_> {
    type Error = Reject;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Reject> {
        self.0
            .next()
            .map(|node| seed.deserialize(NodeDeserializer(node)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct MapAccess<'n, 'a> {
    entries: std::slice::Iter<'n, (&'a str, Node<'a>)>,
    value: Option<&'n Node<'a>>,
}

impl<'de> de::MapAccess<'de> for MapAccess<'_, '_> {
    type Error = Reject;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Reject> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(value);
        seed.deserialize(IntoDeserializer::<Reject>::into_deserializer(*key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Reject> {
        seed.deserialize(NodeDeserializer(self.value.take().ok_or(Reject)?))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// What [`crate::spanned::Spanned`] reads from the fast reader: the node's
/// place as bytes, then the node.
struct SpannedSeq<'n, 'a> {
    node: &'n Node<'a>,
    next: u8,
}

impl<'de> de::SeqAccess<'de> for SpannedSeq<'_, '_> {
    type Error = Reject;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Reject> {
        let next = self.next;
        self.next = self.next.saturating_add(1);
        match next {
            0 => seed
                .deserialize(PlaceDeserializer(self.node.mark))
                .map(Some),
            1 => seed.deserialize(NodeDeserializer(self.node)).map(Some),
            _ => Ok(None),
        }
    }
}

/// A [`Mark`] as the bytes of [`Place::to_bytes`].
struct PlaceDeserializer(Mark);

impl<'de> de::Deserializer<'de> for PlaceDeserializer {
    type Error = Reject;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Reject> {
        let mark = self.0;
        visitor.visit_bytes(&Place::to_bytes(
            mark.line,
            mark.column,
            (mark.offset, mark.len),
            (mark.byte_offset, mark.byte_len),
        ))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_taken_only_in_their_plain_spellings() {
        assert_eq!(whole_number("12"), Some(12));
        assert_eq!(whole_number("-0"), Some(0));
        assert_eq!(whole_number("0"), Some(0));
        // serde-saphyr reads a whole number up to `u64::MAX`, and no lower
        // than `i64::MIN`; past that, a float.
        assert_eq!(whole_number("18446744073709551615"), Some(u64::MAX.into()));
        assert_eq!(whole_number("-9223372036854775808"), Some(i64::MIN.into()));
        for other in [
            "012",
            "+1",
            "0x1F",
            "1_000",
            "1.0",
            "",
            "-",
            "18446744073709551616",
            "-9223372036854775809",
        ] {
            assert_eq!(whole_number(other), None, "{other}");
        }
        assert_eq!(decimal("1.5"), Some(1.5));
        assert_eq!(decimal("-12"), Some(-12.0));
        let too_many = "9".repeat(400);
        for other in [
            ".5",
            "5.",
            "1e3",
            ".inf",
            ".nan",
            "012",
            "+1",
            "1,5",
            too_many.as_str(),
        ] {
            assert_eq!(decimal(other), None, "{other}");
        }
    }

    #[test]
    fn text_is_only_what_no_schema_reads_otherwise() {
        assert!(surely_text("yes"));
        assert!(surely_text("in_house"));
        for other in ["True", "NULL", "~", "12", "-x", ".inf", "+7 495"] {
            assert!(!surely_text(other), "{other}");
        }
    }
}
