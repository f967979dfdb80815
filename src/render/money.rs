//! Amounts as people read them: `18,000,000 RUB`, `18 000 000 RUB` in
//! Russian, each in its currency's own decimals (the ISO 4217 minor unit:
//! `1,500 JPY`, `12.50 EUR`, `0.300 KWD`).

use crate::i18n::{self, Lang};
use rust_decimal::Decimal;

/// An amount in `currency` with thousands separators, in the run's
/// language: `1,234.50` in English, `1 234,50` (a no-break space, U+00A0,
/// and a decimal comma) in Russian. See [`exact_amount_in`] for the decimals.
pub fn amount(value: f64, currency: Option<&str>) -> String {
    amount_in(value, currency, i18n::current())
}

/// [`amount`] in a given language.
pub fn amount_in(value: f64, currency: Option<&str>, lang: Lang) -> String {
    match crate::reporting::exact(value) {
        Some(value) => exact_amount_in(value, currency, lang),
        None => value.to_string(),
    }
}

/// [`amount`] of an exact sum.
pub fn exact_amount(value: Decimal, currency: Option<&str>) -> String {
    exact_amount_in(value, currency, i18n::current())
}

/// [`amount_in`] of an exact sum. A whole amount shows no decimals
/// (`18,000,000`); any other shows as many as its currency's ISO 4217
/// minor unit ([`crate::currency::minor_unit`]: `12.50 EUR`, `0.300 KWD`),
/// or more when it is written with more (`1.5 JPY`, `0.125 EUR`): a view
/// for people never rounds what the file says. Without a known currency,
/// the decimals as written.
pub fn exact_amount_in(value: Decimal, currency: Option<&str>, lang: Lang) -> String {
    let value = value.normalize();
    let sign = if value.is_sign_negative() && !value.is_zero() {
        "-"
    } else {
        ""
    };
    let value = value.abs();
    let written = value.scale();
    let places = if written == 0 {
        0
    } else {
        crate::currency::places(written, currency)
    };
    let digits = format!("{value:.0$}", places as usize);
    let (whole, fraction) = digits.split_once('.').unwrap_or((&digits, ""));
    let grouped = i18n::group_digits(whole, lang);
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        let point = match lang {
            Lang::En => '.',
            Lang::Ru => ',',
        };
        format!("{sign}{grouped}{point}{fraction}")
    }
}

/// `18,000,000 RUB`; without a currency, the bare amount.
pub fn money(value: f64, currency: Option<&str>) -> String {
    with_currency(amount(value, currency), currency)
}

/// [`money`] of an exact sum.
pub fn exact_money(value: Decimal, currency: Option<&str>) -> String {
    with_currency(exact_amount(value, currency), currency)
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
        let amount = |value| amount(value, Some("RUB"));
        assert_eq!(amount(0.0), "0");
        assert_eq!(amount(999.0), "999");
        assert_eq!(amount(1000.0), "1,000");
        assert_eq!(amount(18_000_000.0), "18,000,000");
        assert_eq!(amount(123_456_789.0), "123,456,789");
        assert_eq!(amount(-90_000_000.0), "-90,000,000");
        assert_eq!(amount(-0.0), "0");
    }

    #[test]
    fn decimals_are_the_currencys_own() {
        assert_eq!(amount(1234.5, Some("EUR")), "1,234.50");
        assert_eq!(amount(0.07, Some("USD")), "0.07");
        assert_eq!(amount(1234.5, Some("KWD")), "1,234.500");
        assert_eq!(amount(0.3, Some("BHD")), "0.300");
        assert_eq!(amount(3500.245, Some("KWD")), "3,500.245");
        assert_eq!(amount(1500.0, Some("JPY")), "1,500");
        assert_eq!(amount(0.5, Some("CLF")), "0.5000");
    }

    #[test]
    fn more_decimals_than_the_currency_has_are_shown_as_written() {
        assert_eq!(amount(1.5, Some("JPY")), "1.5");
        assert_eq!(amount(1999.999, Some("USD")), "1,999.999");
        assert_eq!(amount(0.005, Some("EUR")), "0.005");
        assert_eq!(amount(-0.004, Some("RUB")), "-0.004");
        assert_eq!(amount(1.0625, Some("KWD")), "1.0625");
    }

    #[test]
    fn without_a_known_currency_decimals_are_as_written() {
        assert_eq!(amount(1234.5, None), "1,234.5");
        assert_eq!(amount(1234.5, Some("руб")), "1,234.5");
        assert_eq!(amount(0.25, Some("XAU")), "0.25");
        assert_eq!(amount(12.0, None), "12");
    }

    #[test]
    fn exact_sums_keep_every_decimal() {
        assert_eq!(
            exact_amount_in(Decimal::new(12_345_678_905, 2), Some("RUB"), Lang::Ru),
            "123\u{a0}456\u{a0}789,05"
        );
        assert_eq!(
            exact_amount_in(Decimal::new(16_000_245, 3), Some("KWD"), Lang::En),
            "16,000.245"
        );
        assert_eq!(
            exact_amount_in(Decimal::new(3_000, 4), Some("KWD"), Lang::Ru),
            "0,300"
        );
        assert_eq!(
            exact_amount_in(Decimal::new(1_500_000, 2), Some("JPY"), Lang::En),
            "15,000"
        );
    }

    #[test]
    fn russian_groups_with_a_no_break_space_and_a_decimal_comma() {
        assert_eq!(
            amount_in(12_000_000.0, Some("RUB"), Lang::Ru),
            "12\u{a0}000\u{a0}000"
        );
        assert_eq!(amount_in(1234.5, Some("RUB"), Lang::Ru), "1\u{a0}234,50");
        assert_eq!(amount_in(1.5, Some("JPY"), Lang::Ru), "1,5");
        assert_eq!(amount_in(-999.0, Some("RUB"), Lang::Ru), "-999");
    }

    /// The README's examples ("The format", money).
    #[test]
    fn the_readme_s_examples() {
        assert_eq!(money(1500.0, Some("JPY")), "1,500 JPY");
        assert_eq!(money(12.5, Some("EUR")), "12.50 EUR");
        assert_eq!(money(0.3, Some("KWD")), "0.300 KWD");
        assert_eq!(money(1.5, Some("JPY")), "1.5 JPY");
    }

    #[test]
    fn names_the_currency() {
        assert_eq!(money(950_000.0, Some("EUR")), "950,000 EUR");
        assert_eq!(money(12.5, Some("KWD")), "12.500 KWD");
        assert_eq!(money(950_000.0, None), "950,000");
    }
}
