//! Amounts as people read them: `18,000,000 RUB`.

/// An amount with thousands separators; cents only when there are any.
pub fn amount(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let cents = (value.abs() * 100.0).round();
    let whole = (cents / 100.0).trunc();
    let fraction = cents - whole * 100.0;
    let digits = format!("{whole:.0}");
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if value < 0.0 && cents > 0.0 { "-" } else { "" };
    if fraction > 0.0 {
        format!("{sign}{grouped}.{fraction:02.0}")
    } else {
        format!("{sign}{grouped}")
    }
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
    }

    #[test]
    fn names_the_currency() {
        assert_eq!(money(950_000.0, Some("EUR")), "950,000 EUR");
        assert_eq!(money(950_000.0, None), "950,000");
    }
}
