//! A value of a dossier together with the place it stands in the file.
//!
//! The YAML reader records where each value starts ([`serde_saphyr::Spanned`]);
//! this wrapper keeps that position for the rules and gives the value a JSON
//! Schema of its own: the schema of what a user writes there (see
//! [`InSchema`]), so model fields need no `#[schemars(with = ...)]`.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_saphyr::Location;
use std::borrow::Cow;

/// `value` as read, and where it stands in the file (`referenced`: 1-based
/// line and column of the value, or of the alias that brought it in).
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub referenced: Location,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let read = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Self {
            value: read.value,
            referenced: read.referenced,
        })
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
