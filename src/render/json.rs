//! JSON as every command writes it: pretty, with whole amounts as integers.
//!
//! Amounts are `f64` in the model (a dossier may hold `1234.5`), and
//! `serde_json` writes every `f64` with a fraction (`950000.0`). Scripts
//! compare `950000` (FORMAT.md, "Exports and safety": whole amounts are
//! integers), so the one formatter here writes a whole number without one.
//! Every JSON output goes through [`write_pretty`] or [`to_string_pretty`],
//! so no output can forget it.

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// Writes `value` as pretty JSON to `out`, whole numbers without a fraction.
///
/// # Errors
/// The writer's error, or serde's when `value` cannot be serialized (a map
/// with keys that are not strings).
pub fn write_pretty<W: Write, T: Serialize + ?Sized>(out: W, value: &T) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, WholeNumbers::default());
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// [`write_pretty`] into a string.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    // Writing into memory fails only for a value serde cannot serialize,
    // which our plain data never is.
    let _ = write_pretty(&mut out, value);
    String::from_utf8(out).unwrap_or_default()
}

/// `serde_json`'s pretty layout, except that a whole `f64` is written as an
/// integer (`950000`, `-3`, `0`). Non-finite numbers never reach it: serde
/// writes them as `null`.
#[derive(Default)]
struct WholeNumbers(PrettyFormatter<'static>);

impl Formatter for WholeNumbers {
    fn write_f64<W: ?Sized + Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        if value.is_finite() && value.fract() == 0.0 {
            // `{:.0}` writes the exact whole number, however large; `-0` is `0`.
            let value = if value == 0.0 { 0.0 } else { value };
            write!(writer, "{value:.0}")
        } else {
            self.0.write_f64(writer, value)
        }
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn whole_amounts_are_integers() {
        let value = json!({"a": 950_000.0, "b": 1234.5, "c": -0.0, "d": 1e20, "e": [3.0, 7]});
        let text = to_string_pretty(&value);
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed["a"], json!(950_000));
        assert_eq!(parsed["b"], json!(1234.5));
        assert_eq!(parsed["c"], json!(0));
        assert!(text.contains("\"d\": 100000000000000000000"), "{text}");
        assert!(text.contains("\"a\": 950000,"), "{text}");
        assert_eq!(parsed["e"], json!([3, 7]));
    }

    #[test]
    fn keeps_the_pretty_layout() {
        let value = json!({"a": [1, {"b": null}]});
        assert_eq!(
            to_string_pretty(&value),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    #[test]
    fn not_finite_is_null() {
        assert_eq!(
            to_string_pretty(&[f64::NAN, f64::INFINITY]),
            "[\n  null,\n  null\n]"
        );
    }
}
