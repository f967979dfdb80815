//! Dossier ids: ASCII kebab-case file names made from a client's name
//! (`ООО «Ромашка»` -> `ooo-romashka`, `Müller & Söhne GmbH` -> `muller-sohne-gmbh`).
//!
//! Cyrillic letters go through our own table (Russian, Ukrainian and
//! Belarusian letters, in the common passport-style spelling); Latin letters
//! with diacritics through a small table of the European alphabets (Latin-1
//! and Latin Extended-A). Letters of other scripts are dropped and reported,
//! so the user can pass `--id` instead.

/// Ids longer than this are cut at a word boundary.
const MAX_LEN: usize = 64;

/// The id made from `name`, and the letters that could not be spelled in ASCII.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug {
    pub id: String,
    pub dropped: Vec<char>,
}

/// Transliterates `name` to an id; `id` is empty when nothing was left.
pub fn slugify(name: &str) -> Slug {
    let mut id = String::new();
    let mut dropped = Vec::new();
    let mut pending_dash = false;
    for c in name.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let spelled: Option<&str> = if lower.is_ascii_alphanumeric() {
            None
        } else if let Some(latin) = cyrillic(lower).or_else(|| latin(lower)) {
            Some(latin)
        } else if matches!(c, '\'' | '’' | 'ʼ' | '`') {
            // O'Reilly is oreilly, not o-reilly.
            Some("")
        } else {
            if c.is_alphabetic() {
                dropped.push(c);
            }
            pending_dash = true;
            continue;
        };
        let text = match spelled {
            None => {
                let mut buffer = [0; 4];
                lower.encode_utf8(&mut buffer).to_owned()
            }
            Some(text) => text.to_owned(),
        };
        if text.is_empty() {
            continue;
        }
        if pending_dash && !id.is_empty() {
            id.push('-');
        }
        pending_dash = false;
        id.push_str(&text);
    }
    if id.len() > MAX_LEN {
        let cut = id[..=MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        id.truncate(cut);
    }
    Slug { id, dropped }
}

/// An id the user typed must be a plain file stem: `[a-z0-9][a-z0-9-]*`.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !bytes.is_empty()
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        // Ukrainian and Belarusian
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        'ў' => "u",
        _ => return None,
    })
}

fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(name: &str) -> String {
        slugify(name).id
    }

    #[test]
    fn transliterates_russian() {
        assert_eq!(id("ООО «Ромашка»"), "ooo-romashka");
        assert_eq!(id("АО «Уралтехснаб»"), "ao-uraltekhsnab");
        assert_eq!(id("Щука и Ёж, объём"), "shchuka-i-ezh-obem");
        assert_eq!(id("ПАО Сбербанк"), "pao-sberbank");
    }

    #[test]
    fn transliterates_european_letters() {
        assert_eq!(id("Müller & Söhne GmbH"), "muller-sohne-gmbh");
        assert_eq!(id("Łódź Logistyka S.A."), "lodz-logistyka-s-a");
        assert_eq!(id("Straße Ærø Œuvre"), "strasse-aero-oeuvre");
        assert_eq!(id("O'Reilly Media"), "oreilly-media");
    }

    #[test]
    fn keeps_only_kebab_case_ascii() {
        assert_eq!(id("  ACME   Logistics  LLC "), "acme-logistics-llc");
        assert_eq!(id("../../etc/passwd"), "etc-passwd");
        assert_eq!(id("C:\\Windows\\system32"), "c-windows-system32");
        assert_eq!(id("«—»!?"), "");
        assert!(is_valid_id(&id("Nordhafen Foods AG")));
    }

    #[test]
    fn reports_letters_it_cannot_spell() {
        let slug = slugify("Αθήνα Trading");
        assert_eq!(slug.id, "trading");
        assert_eq!(slug.dropped.len(), 5);
        assert!(slugify("北京").id.is_empty());
    }

    #[test]
    fn cuts_long_names_at_a_dash() {
        let slug = id(&"word ".repeat(40));
        assert!(slug.len() <= MAX_LEN, "{slug}");
        assert!(slug.ends_with("word"));
    }

    #[test]
    fn validates_typed_ids() {
        assert!(is_valid_id("acme-logistics"));
        assert!(is_valid_id("3m"));
        for bad in [
            "",
            "-acme",
            "Acme",
            "../acme",
            "a/b",
            "acme.yaml",
            "acme_1",
            "..",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
