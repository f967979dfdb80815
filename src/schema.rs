//! The JSON Schema of the dossier format, derived from the serde model in
//! [`crate::model`], so editors (yaml-language-server) validate and complete
//! exactly what `dossier check` reads.
//!
//! The model wraps values in [`crate::spanned::Spanned`], whose schema is
//! that of the stand-ins below wherever `check` reads text, numbers and
//! whole numbers: they describe the YAML a user may write there. `check` reads
//! any scalar as text (`phone: 4955550123`) and a number in quotes as a
//! number, so the stand-ins accept those too. What a schema cannot say
//! (cross-references between names, duplicates, dates relative to today,
//! the interval configured in dossier.yaml) stays with `check`.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

/// Dates are `YYYY-MM-DD` with a real month and a day the month can have
/// (29 February is left to `check`, which knows leap years).
pub const DATE: &str = r"^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))$";

/// ISO 4217 codes are three capital letters.
pub const CURRENCY: &str = "^[A-Z]{3}$";

/// A required text must hold something besides spaces.
pub const NOT_BLANK: &str = r"\S";

/// A number written in quotes, which `check` reads as a number.
const QUOTED_NUMBER: &str =
    r"^[ \t]*[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[ \t]*$";

/// A whole number written in quotes.
const QUOTED_WHOLE_NUMBER: &str = r"^[ \t]*[-+]?[0-9]+[ \t]*$";

/// The JSON Schema of a dossier file, draft 2020-12.
pub fn dossier_schema() -> Schema {
    schemars::schema_for!(crate::model::Dossier)
}

/// The schema as the pretty-printed JSON `dossier schema` prints and `init` writes.
pub fn dossier_schema_json() -> String {
    // A schema is plain JSON data; serializing it cannot fail.
    let mut json = crate::render::json::to_string_pretty(&dossier_schema());
    json.push('\n');
    json
}

macro_rules! stand_in {
    ($(#[$doc:meta])* $name:ident => $schema:tt) => {
        $(#[$doc])*
        pub struct $name;

        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

stand_in! {
    /// Text: `check` reads any scalar as text, so `title: 2024` is text too.
    Text => { "type": ["string", "number", "boolean"] }
}

stand_in! {
    /// A number; `pattern` applies to the quoted spelling only.
    Number => { "type": ["number", "string"], "pattern": QUOTED_NUMBER }
}

stand_in! {
    /// A whole number; `pattern` applies to the quoted spelling only.
    WholeNumber => { "type": ["integer", "string"], "pattern": QUOTED_WHOLE_NUMBER }
}

stand_in! {
    /// The format version: 1, the only one there is.
    Version => {
        "type": ["integer", "string"],
        "minimum": 1,
        "maximum": 1,
        "pattern": r"^[ \t]*\+?1[ \t]*$"
    }
}

/// Money is an amount plus its currency: in a mapping that has a `currency`
/// key, every [`Number`] (an amount) that is present makes `currency` required.
pub fn amounts_need_currency(schema: &mut Schema) {
    let Some(properties) = schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    if !properties.contains_key("currency") {
        return;
    }
    let amounts: Vec<String> = properties
        .iter()
        .filter(|(_, property)| {
            property.get("pattern").and_then(|p| p.as_str()) == Some(QUOTED_NUMBER)
        })
        .map(|(name, _)| name.clone())
        .collect();
    let rules: Vec<serde_json::Value> = amounts
        .iter()
        .map(|amount| {
            serde_json::json!({
                "if": {
                    "required": [amount],
                    "properties": { amount: { "type": ["number", "string"] } }
                },
                "then": {
                    "required": ["currency"],
                    "properties": { "currency": { "type": "string" } }
                }
            })
        })
        .collect();
    if !rules.is_empty() {
        schema.insert("allOf".into(), rules.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn schema() -> Value {
        serde_json::from_str(&dossier_schema_json()).unwrap()
    }

    #[test]
    fn spanned_values_appear_as_their_plain_type() {
        let schema = schema();
        assert_eq!(schema["properties"]["client"]["$ref"], "#/$defs/Client");
        assert_eq!(
            schema["properties"]["decision_group"]["items"]["$ref"],
            "#/$defs/Member"
        );
        let review = &schema["$defs"]["Review"];
        assert_eq!(review["properties"]["last_reviewed"]["type"], "string");
        assert_eq!(review["properties"]["last_reviewed"]["pattern"], DATE);
        assert_eq!(review["required"], json!(["last_reviewed"]));
    }

    #[test]
    fn amounts_but_not_years_need_a_currency() {
        let financials = &schema()["$defs"]["Financials"];
        let needing: Vec<&Value> = financials["allOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|rule| &rule["if"]["required"][0])
            .collect();
        assert_eq!(needing, [&json!("net_income"), &json!("revenue")]);
        let minimum = &financials["properties"]["net_income"]["minimum"];
        assert!(minimum.is_null(), "a loss is allowed");
        assert_eq!(financials["properties"]["revenue"]["minimum"], 0);
    }

    #[test]
    fn enums_list_their_values() {
        let kinds = &schema()["$defs"]["CompetitorKind"];
        let values: Vec<&Value> = kinds["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|kind| &kind["const"])
            .collect();
        assert_eq!(
            values,
            [
                &json!("direct"),
                &json!("budget"),
                &json!("inertia"),
                &json!("in_house")
            ]
        );
    }
}
