//! Amounts as people read them: `18,000,000 RUB`, `18 000 000 RUB` in Russian.

use crate::i18n::{self, Lang};
use rust_decimal::{Decimal, RoundingStrategy};

/// An amount with thousands separators; cents only when there are any. In
/// the run's language: `1,234.50` in English, `1 234,50` (a no-break space,
/// U+00A0, and a decimal comma) in Russian.
pub fn amount(value: f64) -> String {
    amount_in(value, i18n::current())
}

/// [`amount`] in a given language.
pub fn amount_in(value: f64, lang: Lang) -> String {
    match crate::reporting::exact(value) {
        Some(value) => exact_amount_in(value, lang),
        None => value.to_string(),
    }
}

/// [`amount`] of an exact sum.
pub fn exact_amount(value: Decimal) -> String {
    exact_amount_in(value, i18n::current())
}

/// [`amount_in`] of an exact sum: rounded half away from zero to cents,
/// which are shown only when there are any.
pub fn exact_amount_in(value: Decimal, lang: Lang) -> String {
    let cents = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let sign = if cents.is_sign_negative() && !cents.is_zero() {
        "-"
    } else {
        ""
    };
    let whole = cents.abs().trunc();
    let fraction = (cents.abs() - whole) * Decimal::ONE_HUNDRED;
    let grouped = i18n::group_digits(&whole.to_string(), lang);
    let point = match lang {
        Lang::En => '.',
        Lang::Ru => ',',
    };
    if fraction.is_zero() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{:02}", fraction.trunc())
    }
}

/// `18,000,000 RUB`; without a currency, the bare amount.
pub fn money(value: f64, currency: Option<&str>) -> String {
    with_currency(amount(value), currency)
}

/// [`money`] of an exact sum.
pub fn exact_money(value: Decimal, currency: Option<&str>) -> String {
    with_currency(exact_amount(value), currency)
}

fn with_currency(amount: String, currency: Option<&str>) -> String {
    match currency.map(str::trim).filter(|c| !c.is_empty()) {
        Some(currency) => format!("{amount} {}", currency_label(currency)),
        None => amount,
    }
}

/// A currency as a person reads it: the ISO 4217 code, or for
/// [`crate::opportunity::NO_CURRENCY`] (what amounts without one are
/// totalled under) its words in the run's language.
pub fn currency_label(code: &str) -> String {
    if code == crate::opportunity::NO_CURRENCY {
        i18n::text("no-currency")
    } else {
        code.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(amount(0.0), "0");
        assert_eq!(amount(999.0), "999");
        assert_eq!(amount(1000.0), "1,000");
        assert_eq!(amount(18_000_000.0), "18,000,000");
        assert_eq!(amount(123_456_789.0), "123,456,789");
        assert_eq!(amount(-90_000_000.0), "-90,000,000");
    }

    #[test]
    fn shows_cents_only_when_there_are_some() {
        assert_eq!(amount(1234.5), "1,234.50");
        assert_eq!(amount(0.07), "0.07");
        assert_eq!(amount(1999.999), "2,000");
        assert_eq!(amount(0.005), "0.01");
        assert_eq!(amount(-0.004), "0");
        assert_eq!(
            exact_amount_in(Decimal::new(12_345_678_905, 2), Lang::Ru),
            "123\u{a0}456\u{a0}789,05"
        );
    }

    #[test]
    fn russian_groups_with_a_no_break_space_and_a_decimal_comma() {
        assert_eq!(amount_in(12_000_000.0, Lang::Ru), "12\u{a0}000\u{a0}000");
        assert_eq!(amount_in(1234.5, Lang::Ru), "1\u{a0}234,50");
        assert_eq!(amount_in(-999.0, Lang::Ru), "-999");
    }

    #[test]
    fn names_the_currency() {
        assert_eq!(money(950_000.0, Some("EUR")), "950,000 EUR");
        assert_eq!(money(950_000.0, None), "950,000");
    }
}
