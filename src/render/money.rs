//! Amounts as people read them: `18,000,000 RUB`.

use rust_decimal::{Decimal, RoundingStrategy};

/// An amount with thousands separators; cents only when there are any.
pub fn amount(value: f64) -> String {
    match crate::reporting::exact(value) {
        Some(value) => exact_amount(value),
        None => value.to_string(),
    }
}

/// [`amount`] of an exact sum: `1,234.50`.
pub fn exact_amount(value: Decimal) -> String {
    grouped(value, ',')
}

/// Digits grouped by three with `separator`, rounded half away from zero
/// to cents, which are shown only when there are any.
pub fn grouped(value: Decimal, separator: char) -> String {
    let cents = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let sign = if cents.is_sign_negative() && !cents.is_zero() {
        "-"
    } else {
        ""
    };
    let whole = cents.abs().trunc();
    let fraction = (cents.abs() - whole) * Decimal::ONE_HUNDRED;
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    out.push_str(sign);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    if !fraction.is_zero() {
        out.push_str(&format!(".{:02}", fraction.trunc()));
    }
    out
}

/// `18,000,000 RUB`; without a currency, the bare amount.
pub fn money(value: f64, currency: Option<&str>) -> String {
    match currency.map(str::trim).filter(|c| !c.is_empty()) {
        Some(currency) => format!("{} {currency}", amount(value)),
        None => amount(value),
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
            grouped(Decimal::new(12_345_678_905, 2), '\u{a0}'),
            "123\u{a0}456\u{a0}789.05"
        );
    }

    #[test]
    fn names_the_currency() {
        assert_eq!(money(950_000.0, Some("EUR")), "950,000 EUR");
        assert_eq!(money(950_000.0, None), "950,000");
    }
}
