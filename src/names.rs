//! Names compared as people read them (FORMAT.md, "A dossier file"): case,
//! leading, trailing and repeated spaces, Unicode normalisation (NFC) and
//! `ё`/`е` do not matter, so `Пётр  Иванов` and `петр иванов` are one person.
//!
//! This is the one place that decides whether two names are the same: the
//! rules, `--owner`, the per-manager grouping of the portfolio and the
//! matching of named entries across history all call it.

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The form a name is compared in: NFC, lower case, `ё` read as `е`, runs of
/// white space folded to one space, no space at either end.
///
/// Two names are the same exactly when their keys are equal, so the key can
/// be used to group or index names (a `HashMap<String, _>` keyed by it).
///
/// Names are compared in every rule that links entries, so this is on the
/// hot path of `check`: text already in NFC (all ASCII, and nearly all
/// Cyrillic as typed) is not run through the normaliser, which the quick
/// check of Unicode's UAX #15 tells without allocating.
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    if name.is_ascii() {
        // One byte per character, and whitespace is ASCII's own.
        for word in name.split(|c: char| c.is_whitespace()) {
            if word.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        }
        return out;
    }
    if push_plain_words(&mut out, name) {
        return out;
    }
    out.clear();
    let normal = if is_nfc_quick(name.chars()) == IsNormalized::Yes {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfc().collect::<String>())
    };
    push_words(&mut out, &normal);
    // Lower-casing can leave a sequence that is no longer in NFC form.
    if out.is_ascii() || is_nfc_quick(out.chars()) == IsNormalized::Yes {
        out
    } else {
        out.nfc().collect()
    }
}

/// The words of `text`, lower-cased, `ё` read as `е`, one space apart.
fn push_words(out: &mut String, text: &str) {
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            out.push(if c == 'ё' { 'е' } else { c });
        }
    }
}

/// [`push_words`] in one pass for text made only of [`plain_letter`]s
/// (already in NFC, and so is its lower case); `false`, with `out` half
/// written, at the first character that is not one.
fn push_plain_words(out: &mut String, text: &str) -> bool {
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if !plain_letter(c) {
                return false;
            }
            let c = plain_lowercase(c);
            out.push(if c == 'ё' { 'е' } else { c });
        }
    }
    true
}

/// The lower case of a [`plain_letter`], without the lookup in Unicode's
/// tables that `char::to_lowercase` makes: `A`-`Z` and the Cyrillic
/// capitals `Ѐ`-`Џ` (U+0400-U+040F, lower case 0x50 on) and `А`-`Я`
/// (U+0410-U+042F, 0x20 on); every other plain letter is its own lower
/// case. A unit test holds each to `char::to_lowercase`.
fn plain_lowercase(c: char) -> char {
    let shift = match c {
        'A'..='Z' | '\u{410}'..='\u{42f}' => 0x20,
        '\u{400}'..='\u{40f}' => 0x50,
        _ => return c,
    };
    char::from_u32(u32::from(c) + shift).unwrap_or(c)
}

/// ASCII, the Cyrillic letters of U+0400 to U+045F (Russian's, with
/// `Ё`/`ё` and `Й`/`й`, and those of its neighbours), and the punctuation
/// Russian text is written with (no-break space, `«` `»`, dashes, curly
/// quotes, `…`, `№`): each is in NFC on its own and combines with nothing
/// before it, and its lower case is one of them, so a name or a summary
/// made only of these needs no normaliser at all. A unit test holds every
/// one of them to the normaliser's own quick check.
fn plain_letter(c: char) -> bool {
    c.is_ascii()
        || matches!(
            c,
            '\u{400}'..='\u{45f}'
                | '\u{a0}'
                | '«'
                | '»'
                | '\u{2010}'..='\u{2015}'
                | '\u{2018}'..='\u{201f}'
                | '…'
                | '№'
        )
}

/// Whether two names are one name as people read them (see [`key`]).
pub fn same(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        // The key of ASCII text is its words, lower-cased, one space apart.
        let (mut x, mut y) = (a.split_whitespace(), b.split_whitespace());
        return loop {
            match (x.next(), y.next()) {
                (None, None) => break true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => break false,
            }
        };
    }
    key(a) == key(b)
}

/// A list of names to look names up in, as [`same`] compares them, with each
/// name's [`key`] made once (and only when a lookup needs it): the rules look
/// every owner, source and `reports_to` of a dossier up in its lists of
/// people, and comparing pair by pair made the keys again for every pair.
///
/// A name written exactly as in the list (the usual case) is found without
/// making any key.
#[derive(Debug)]
pub struct Roster<'a> {
    names: Vec<&'a str>,
    keys: std::cell::OnceCell<Vec<String>>,
}

impl<'a> Roster<'a> {
    /// The roster of `names`, in their order.
    pub fn new(names: impl IntoIterator<Item = &'a str>) -> Roster<'a> {
        Roster {
            names: names.into_iter().collect(),
            keys: std::cell::OnceCell::new(),
        }
    }

    /// The names, in their order (for a "did you mean" hint).
    pub fn names(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.names.iter().copied()
    }

    /// Whether `name` is in the roster as [`same`] reads names.
    pub fn contains(&self, name: &str) -> bool {
        self.names.contains(&name) || {
            let keys = self
                .keys
                .get_or_init(|| self.names.iter().map(|n| key(n)).collect());
            keys.contains(&key(name))
        }
    }
}

impl<'a> FromIterator<&'a str> for Roster<'a> {
    fn from_iter<I: IntoIterator<Item = &'a str>>(names: I) -> Roster<'a> {
        Roster::new(names)
    }
}

/// A file name, id or other identifier in Unicode NFC, so that a name
/// written in NFD (as macOS writes file names) equals the same name typed
/// normally. Case is kept. Text the normaliser's quick check finds in NFC
/// already (every ASCII id) is copied as it is.
pub fn nfc(text: &str) -> String {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text.to_owned()
    } else {
        text.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_spaces_and_yo_do_not_matter() {
        assert!(same(" Анна  Иванова", "анна иванова"));
        assert!(same("Пётр Иванов", "Петр Иванов"));
        assert!(same("ПЁТР", "петр"));
        assert!(!same("Anna", "Anne"));
    }

    #[test]
    fn nfd_equals_nfc() {
        let nfc_name = "Йошкар-Ола";
        let nfd_name: String = nfc_name.nfd().collect();
        assert_ne!(nfc_name, nfd_name);
        assert!(same(nfc_name, &nfd_name));
        assert_eq!(nfc(&nfd_name), nfc_name);
        // `й` decomposed is `и` plus a combining breve: not `и`.
        assert!(!same("Йошкар", "Иошкар"));
    }

    /// The key as first written: every word through the normaliser.
    fn key_by_the_book(name: &str) -> String {
        let mut out = String::with_capacity(name.len());
        for word in name.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            for c in word.nfc().flat_map(char::to_lowercase) {
                out.push(if c == 'ё' { 'е' } else { c });
            }
        }
        out.nfc().collect()
    }

    #[test]
    fn the_quick_paths_give_the_key_by_the_book() {
        let names = [
            "Anna Ivanova",
            "  ANNA\tivanova ",
            "anna\u{b}ivanova",
            "Anna\u{a0}Ivanova",
            "Пётр Иванов",
            "Пе\u{308}тр",
            "Йошкар-Ола",
            "И\u{306}ошкар",
            "ПЁТР  ИВАНОВ",
            "Ǆemal",
            "ΣΊΣΥΦΟΣ",
            "e\u{301}",
            "\u{301}é",
            "Å\u{30a}",
            "İstanbul",
            "ﬁnance",
            "«Ромашка» — ООО",
            "Société  Générale",
            "Acme Ёлка\u{a0}Ltd №\u{2116}",
            "",
            "   ",
        ];
        let roster = Roster::new(names);
        for a in names {
            assert_eq!(key(a), key_by_the_book(a), "{a:?}");
            assert_eq!(
                roster.contains(a),
                names
                    .iter()
                    .any(|b| key_by_the_book(a) == key_by_the_book(b)),
                "{a:?}"
            );
            let roster_of_others = Roster::new(names.into_iter().filter(|b| b != &a));
            assert_eq!(
                roster_of_others.contains(a),
                names
                    .iter()
                    .any(|b| b != &a && key_by_the_book(a) == key_by_the_book(b)),
                "{a:?}"
            );
            for b in names {
                assert_eq!(
                    same(a, b),
                    key_by_the_book(a) == key_by_the_book(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn plain_letters_need_no_normaliser() {
        let plain: Vec<char> = (0..=0x2116_u32)
            .filter_map(char::from_u32)
            .filter(|&c| plain_letter(c))
            .collect();
        assert_eq!(plain.len(), 128 + 96 + 3 + 6 + 8 + 2);
        for &c in &plain {
            let alone = c.to_string();
            assert_eq!(is_nfc_quick(alone.chars()), IsNormalized::Yes, "{c:?}");
            assert!(c.to_lowercase().all(plain_letter), "{c:?}");
            assert!(c.to_lowercase().eq([plain_lowercase(c)]), "{c:?}");
            // Nothing it follows changes its form: a plain letter after
            // every other plain letter is still in NFC.
            for &before in &plain {
                let pair: String = [before, c].into_iter().collect();
                assert_eq!(pair.nfc().collect::<String>(), pair, "{before:?}{c:?}");
            }
            assert_eq!(key(&alone), key_by_the_book(&alone), "{c:?}");
        }
    }

    #[test]
    fn key_groups_names() {
        assert_eq!(key("  Марина   Белова "), "марина белова");
        assert_eq!(key("Алёна"), key("АЛЕНА"));
    }
}
