//! One currency for portfolio totals: `reporting:` in `dossier.yaml`
//! (FORMAT.md, "Repository layout"), and money summed in exact decimals.
//!
//! Amounts are read from YAML as `f64` and turned into [`Decimal`] through
//! their shortest decimal form (`0.1` is `0.1`, not
//! `0.1000000000000000055…`), so what the file says is what is summed. Sums
//! and conversions are exact; the total in the reporting currency is rounded
//! half away from zero to whole units, as FORMAT.md ("Commands") says.
//! Rates come only from `dossier.yaml`: nothing is fetched.

use crate::diag::Position;
use crate::settings::Problem;
use crate::spanned::Spanned;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// An amount as written in a dossier, exactly: its shortest decimal form.
/// `None` for a value that is not finite (the rules reject those).
pub fn exact(amount: f64) -> Option<Decimal> {
    if !amount.is_finite() {
        return None;
    }
    Decimal::from_str(&amount.to_string())
        .or_else(|_| Decimal::from_scientific(&format!("{amount:e}")))
        .ok()
}

/// Rounded half away from zero to whole units (`0.5` -> `1`, `-0.5` -> `-1`).
pub fn whole_units(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// Whether `code` is an active ISO 4217 currency ([`crate::currency`]).
fn is_active_currency(code: &str) -> bool {
    crate::currency::lookup(code).is_some()
}

/// The `reporting:` settings, checked: the currency totals are shown in,
/// and units of it per one unit of each other currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reporting {
    /// An active ISO 4217 code, such as `RUB`.
    pub currency: String,
    /// Units of [`Reporting::currency`] per one unit of each other
    /// currency; every rate is above zero.
    pub rates: BTreeMap<String, Decimal>,
    /// `dossier.yaml:line:column` of `reporting.rates` (else of
    /// `reporting`), where a missing rate belongs.
    pub rates_at: String,
}

impl Reporting {
    /// Units of the reporting currency per one unit of `currency`; `None`
    /// when `dossier.yaml` gives no rate for it.
    pub fn rate(&self, currency: &str) -> Option<Decimal> {
        if currency == self.currency {
            return Some(Decimal::ONE);
        }
        self.rates.get(currency).copied()
    }
}

/// A sum in the reporting currency, and what could not be converted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Converted {
    /// The converted sum, not yet rounded; `None` when no amount had a
    /// rate (a total of nothing known is not zero).
    pub total: Option<Decimal>,
    /// Amounts in currencies without a rate, summed per currency: shown
    /// apart, never counted as zero.
    pub without_rate: BTreeMap<String, Decimal>,
}

impl Converted {
    /// The total rounded half away from zero to whole units; `None` when
    /// no amount had a rate.
    pub fn rounded(&self) -> Option<Decimal> {
        self.total.map(whole_units)
    }
}

impl Reporting {
    /// Converts amounts given per currency into the reporting currency.
    pub fn convert<'a>(&self, sums: impl IntoIterator<Item = (&'a str, Decimal)>) -> Converted {
        let mut converted = Converted::default();
        for (currency, amount) in sums {
            match self.rate(currency) {
                Some(rate) => {
                    *converted.total.get_or_insert(Decimal::ZERO) += amount * rate;
                }
                None => {
                    *converted
                        .without_rate
                        .entry(currency.to_owned())
                        .or_default() += amount
                }
            }
        }
        converted
    }

    /// The note on stderr for currencies without a rate, or `None` when every one has one.
    pub fn missing_rates_note(
        &self,
        missing: impl IntoIterator<Item = String>,
    ) -> Option<crate::i18n::Message> {
        let mut missing: Vec<String> = missing.into_iter().collect();
        missing.sort();
        missing.dedup();
        if missing.is_empty() {
            return None;
        }
        let rates: Vec<String> = missing.iter().map(|c| format!("{c}: …")).collect();
        Some(crate::msg!(
            "reporting-no-rate",
            place = self.rates_at.as_str(),
            missing = missing.join(", "),
            count = missing.len(),
            currency = self.currency.as_str(),
            rates = rates.join("`, `")
        ))
    }
}

/// `reporting:` as written in `dossier.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingFile {
    currency: Option<Spanned<String>>,
    #[serde(default)]
    rates: Option<Spanned<BTreeMap<String, Spanned<RateInput>>>>,
}

/// A rate as written: a number, or text that may be a number written the
/// way people write them (`98,5`), which is refused with how to write it.
#[derive(Debug, Clone, PartialEq)]
pub enum RateInput {
    Number(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for RateInput {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = RateInput;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a positive number")
            }
            fn visit_f64<E>(self, v: f64) -> Result<RateInput, E> {
                Ok(RateInput::Number(v))
            }
            #[allow(clippy::cast_precision_loss)] // a rate is far below 2^53
            fn visit_i64<E>(self, v: i64) -> Result<RateInput, E> {
                Ok(RateInput::Number(v as f64))
            }
            #[allow(clippy::cast_precision_loss)]
            fn visit_u64<E>(self, v: u64) -> Result<RateInput, E> {
                Ok(RateInput::Number(v as f64))
            }
            fn visit_str<E>(self, v: &str) -> Result<RateInput, E> {
                Ok(RateInput::Text(v.to_owned()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<RateInput, E> {
                Ok(RateInput::Text(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<RateInput, E> {
                Ok(RateInput::Text(String::new()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Where a setting stands: its position, and `dossier.yaml:line:column`.
fn place<T>(file: &Path, value: &Spanned<T>) -> (Position, String) {
    let at = Position::from(value.referenced);
    (at, format!("{}:{}:{}", file.display(), at.line, at.column))
}

/// ` (did you mean `RUB`?)` for `rub`, `руб`, `RUR`; nothing when nothing fits.
fn currency_hint(code: &str) -> crate::i18n::Message {
    match crate::currency::suggest(code) {
        Some(known) if known != code => crate::suggest::hint(Some(known)),
        _ => crate::suggest::hint(None),
    }
}

impl ReportingFile {
    /// Checks what was written and returns the settings in force, or every
    /// problem, each naming `dossier.yaml:line:column` (in no set order:
    /// the caller lists them in the file's).
    pub fn check(self, file: &Path, text: &str) -> Result<Option<Reporting>, Vec<Problem>> {
        let mut problems: Vec<Problem> = Vec::new();
        let Some(currency) = self.currency else {
            if let Some(rates) = &self.rates {
                let (at, shown) = place(file, rates);
                problems.push((
                    at,
                    crate::msg!("reporting-rates-without-currency", place = shown),
                ));
                return Err(problems);
            }
            return Ok(None);
        };
        let code = currency.value.trim().to_owned();
        if !is_active_currency(&code) {
            let (at, shown) = place(file, &currency);
            problems.push((
                at,
                crate::msg!(
                    "reporting-bad-currency",
                    place = shown,
                    found = currency.value.as_str(),
                    hint = currency_hint(&currency.value)
                ),
            ));
        }
        let mut rates = BTreeMap::new();
        let (_, rates_at) = match &self.rates {
            Some(rates) => place(file, rates),
            None => place(file, &currency),
        };
        for (other, rate) in self.rates.map(|r| r.value).unwrap_or_default() {
            let (position, at) = place(file, &rate);
            if !is_active_currency(&other) {
                problems.push((
                    position,
                    crate::msg!(
                        "reporting-bad-rate-currency",
                        place = at.as_str(),
                        found = other.as_str(),
                        hint = currency_hint(&other)
                    ),
                ));
                continue;
            }
            let written = crate::source::line_at(text, position.line)
                .map(|line| crate::source::token_at(line, position.column));
            match positive(&rate.value) {
                Some(value) if other == code && value != Decimal::ONE => {
                    problems.push((
                        position,
                        crate::msg!(
                            "reporting-rate-of-itself",
                            place = at.as_str(),
                            currency = other.as_str(),
                            value = value.to_string()
                        ),
                    ));
                }
                Some(value) => {
                    rates.insert(other, value);
                }
                None => {
                    let found = match &rate.value {
                        RateInput::Text(text) => text.clone(),
                        RateInput::Number(_) => written.unwrap_or_default(),
                    };
                    // An invalid reporting currency is not repeated as the unit.
                    let meaning = if is_active_currency(&code) {
                        crate::msg!(
                            "reporting-rate-meaning",
                            reporting = code.as_str(),
                            currency = other.as_str()
                        )
                    } else {
                        crate::msg!("reporting-rate-meaning-unnamed", currency = other.as_str())
                    };
                    problems.push((
                        position,
                        crate::msg!(
                            "reporting-bad-rate",
                            place = at.as_str(),
                            currency = other.as_str(),
                            found = found.as_str(),
                            meaning = meaning,
                            how = how_to_write(&found)
                        ),
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(Some(Reporting {
                currency: code,
                rates,
                rates_at,
            }))
        } else {
            Err(problems)
        }
    }
}

/// The rate when it is a finite number above zero.
fn positive(rate: &RateInput) -> Option<Decimal> {
    match rate {
        RateInput::Number(number) => exact(*number).filter(|d| *d > Decimal::ZERO),
        RateInput::Text(_) => None,
    }
}

/// `98,5` -> `; write 98.5`.
fn how_to_write(found: &str) -> crate::i18n::Message {
    let cleaned: String = found
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '_')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    match Decimal::from_str(&cleaned) {
        Ok(value) if value > Decimal::ZERO => {
            crate::msg!("reporting-write-rate", value = value.to_string())
        }
        _ => crate::i18n::Message::new("reporting-rate-example"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(yaml: &str) -> Result<Option<Reporting>, Vec<String>> {
        use crate::i18n::Lang;
        #[derive(Deserialize)]
        struct Top {
            reporting: ReportingFile,
        }
        let top: Top = serde_saphyr::from_str(yaml).unwrap();
        top.reporting
            .check(Path::new("dossier.yaml"), yaml)
            .map_err(|problems| problems.iter().map(|(_, p)| p.render(Lang::En)).collect())
    }

    #[test]
    fn amounts_are_read_as_written() {
        assert_eq!(exact(0.1), Decimal::from_str("0.1").ok());
        assert_eq!(exact(12_500_000.5), Decimal::from_str("12500000.5").ok());
        assert_eq!(exact(1e20), Decimal::from_str("100000000000000000000").ok());
        assert_eq!(exact(f64::NAN), None);
    }

    #[test]
    fn whole_units_round_half_away_from_zero() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(whole_units(d("2.5")), d("3"));
        assert_eq!(whole_units(d("3.5")), d("4"));
        assert_eq!(whole_units(d("-2.5")), d("-3"));
        assert_eq!(whole_units(d("2.4999")), d("2"));
    }

    #[test]
    fn a_thousand_kopecks_do_not_drift() {
        // 0.1 + 0.2 summed a thousand times in f64 is 300.00000000000563.
        let mut f64_sum = 0.0_f64;
        let mut sum = Decimal::ZERO;
        for _ in 0..1000 {
            f64_sum += 0.1 + 0.2;
            sum += exact(0.1).unwrap() + exact(0.2).unwrap();
        }
        assert_ne!(f64_sum, 300.0);
        assert_eq!(sum, Decimal::from(300));
    }

    #[test]
    fn settings_are_checked_with_their_place() {
        let good = check("reporting:\n  currency: RUB\n  rates:\n    EUR: 98.5\n    USD: 90\n")
            .unwrap()
            .unwrap();
        assert_eq!(good.rate("EUR"), Decimal::from_str("98.5").ok());
        assert_eq!(good.rate("RUB"), Some(Decimal::ONE));
        assert_eq!(good.rate("CNY"), None);
        assert_eq!(good.rates_at, "dossier.yaml:4:5");

        let bad = check(
            "reporting:\n  currency: rub\n  rates:\n    EUR: 98,5\n    USD: -90\n    XXY: 1\n",
        )
        .unwrap_err();
        assert_eq!(bad.len(), 4, "{bad:?}");
        assert!(bad[0].starts_with("dossier.yaml:2:13: `reporting.currency` is `rub`, not an active ISO 4217 code (did you mean `RUB`?)"), "{}", bad[0]);
        assert!(
            bad[1].starts_with(
                "dossier.yaml:4:10: `reporting.rates.EUR` is `98,5`, expected a positive number"
            ),
            "{}",
            bad[1]
        );
        assert!(bad[1].ends_with("; write 98.5"), "{}", bad[1]);
        assert!(
            bad[2].starts_with("dossier.yaml:5:10: `reporting.rates.USD` is `-90`"),
            "{}",
            bad[2]
        );
        assert!(
            bad[3].contains("`XXY` is not an active ISO 4217 code"),
            "{}",
            bad[3]
        );

        let zero = check("reporting:\n  currency: RUR\n  rates: {EUR: 0}\n").unwrap_err();
        assert!(zero[0].contains("(did you mean `RUB`?)"), "{zero:?}");
        assert!(
            zero[1].contains("is `0`, expected a positive number"),
            "{zero:?}"
        );

        let orphan = check("reporting:\n  rates: {EUR: 1}\n").unwrap_err();
        assert!(
            orphan[0].contains("needs `reporting.currency`"),
            "{orphan:?}"
        );
    }

    #[test]
    fn currencies_without_a_rate_are_kept_apart() {
        let reporting = check("reporting:\n  currency: RUB\n  rates:\n    EUR: 98.5\n")
            .unwrap()
            .unwrap();
        let d = |s: &str| Decimal::from_str(s).unwrap();
        let converted = reporting.convert([
            ("RUB", d("100.5")),
            ("EUR", d("2")),
            ("CNY", d("7")),
            ("CNY", d("1")),
        ]);
        assert_eq!(converted.total, Some(d("297.5")));
        assert_eq!(converted.rounded(), Some(d("298")));
        assert_eq!(
            converted.without_rate,
            BTreeMap::from([("CNY".to_owned(), d("8"))])
        );
        let unknown = reporting.convert([("CNY", d("7"))]);
        assert_eq!(unknown.rounded(), None, "nothing converted is not zero");
        assert_eq!(reporting.convert([("RUB", d("0"))]).rounded(), Some(d("0")));
        let note = reporting
            .missing_rates_note(["CNY".to_owned()])
            .unwrap()
            .render(crate::i18n::Lang::En);
        assert!(
            note.starts_with("dossier.yaml:4:5: no rate for CNY"),
            "{note}"
        );
    }
}
