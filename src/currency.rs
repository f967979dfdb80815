//! Currencies: the active ISO 4217 list (from the `iso_currency` crate, not
//! a hand-typed table) and what people type instead of a code.

use iso_currency::Currency;

/// The ISO 4217 currency with this code (`RUB`), exactly as written.
pub fn lookup(code: &str) -> Option<Currency> {
    Currency::from_code(code)
}

/// The decimal places of an amount in `code`: its ISO 4217 minor unit
/// (`JPY` 0, `RUB` 2, `KWD` 3). `None` for a code that is not an active
/// currency, and for one with no minor unit (gold, `XAU`).
pub fn minor_unit(code: &str) -> Option<u32> {
    lookup(code.trim())?.exponent().map(u32::from)
}

/// How many decimals an amount in `code` written with `written` of them is
/// shown with: the currency's [`minor_unit`], or more when written with
/// more (a view for people never rounds what the file says); as written
/// for a code that has no minor unit, or none at all.
pub fn places(written: u32, code: Option<&str>) -> u32 {
    code.and_then(minor_unit).unwrap_or(0).max(written)
}

/// The code someone who wrote `written` most likely meant: the same
/// letters in capitals (`rub`), the withdrawn `RUR`, a currency sign
/// (`₽`, `€`, `$`), or a word in Russian or English (`руб`, `рубль`,
/// `евро`, `доллар`, `dollar`). `None` when nothing fits.
pub fn suggest(written: &str) -> Option<&'static str> {
    let word = written.trim().trim_end_matches('.').to_lowercase();
    if let Some(currency) = Currency::from_code(&word.to_uppercase()) {
        return Some(currency.code());
    }
    let code = match word.as_str() {
        "rur" | "₽" | "р" | "руб" | "рубль" | "рубля" | "рублей" | "рубли" | "rouble" | "ruble"
        | "roubles" | "rubles" => "RUB",
        "€" | "евро" | "euro" | "euros" => "EUR",
        "$" | "долл" | "доллар" | "доллара" | "долларов" | "доллары" | "dollar" | "dollars"
        | "us$" => "USD",
        "£" | "фунт" | "фунтов" | "pound" | "pounds" => "GBP",
        "¥" | "юань" | "юаней" | "yuan" | "cny¥" => "CNY",
        "₸" | "тенге" | "tenge" => "KZT",
        "бел. руб" | "byr" => "BYN",
        _ => return None,
    };
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_the_active_list() {
        assert!(lookup("RUB").is_some());
        assert!(lookup("EUR").is_some());
        assert!(lookup("XYZ").is_none());
        assert!(lookup("RUR").is_none(), "RUR was withdrawn in 1998");
        assert!(lookup("rub").is_none());
    }

    #[test]
    fn minor_units_come_from_iso_4217() {
        assert_eq!(minor_unit("JPY"), Some(0));
        assert_eq!(minor_unit("RUB"), Some(2));
        assert_eq!(minor_unit("KWD"), Some(3));
        assert_eq!(minor_unit("BHD"), Some(3));
        assert_eq!(minor_unit("CLF"), Some(4));
        assert_eq!(minor_unit("XAU"), None);
        assert_eq!(minor_unit("руб"), None);
    }

    #[test]
    fn what_people_type_suggests_the_code() {
        for written in ["rub", "руб", "руб.", "RUR", "₽", "Рублей"] {
            assert_eq!(suggest(written), Some("RUB"), "{written}");
        }
        assert_eq!(suggest("евро"), Some("EUR"));
        assert_eq!(suggest("usd"), Some("USD"));
        assert_eq!(suggest("XYZ"), None);
    }
}
