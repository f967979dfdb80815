//! Templates for `dossier new`: the user's `templates/NAME.yaml`, or the
//! ones built into the binary, with `{{name}}`, `{{id}}`, `{{owner}}` and
//! `{{today}}` filled in.

use crate::scalar;
use std::path::Path;

/// The built-in template a run in `lang` starts from when neither
/// `--template` nor `templates/default.yaml` says otherwise: `ru` (Russian
/// comments) in Russian, `default` in English. `dossier init` writes it as
/// `templates/default.yaml`.
pub fn built_in_for(lang: crate::i18n::Lang) -> (&'static str, &'static str) {
    let name = match lang {
        crate::i18n::Lang::Ru => "ru",
        crate::i18n::Lang::En => "default",
    };
    BUILT_IN
        .iter()
        .copied()
        .find(|(built_in, _)| *built_in == name)
        .unwrap_or(BUILT_IN[0])
}

/// Templates compiled into the binary, used when the templates folder has none by that name.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("default", include_str!("../templates/default.yaml")),
    ("ru", include_str!("../templates/ru.yaml")),
];

/// The values a template is filled with.
#[derive(Debug, Clone)]
pub struct Values<'a> {
    pub name: &'a str,
    pub id: &'a str,
    pub owner: &'a str,
    pub today: &'a str,
}

/// A template's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The file's path, or the built-in template's name as a message
    /// (`built-in template `ru``), for the messages that name it.
    pub source: crate::i18n::Message,
    pub text: String,
}

/// Where `--template NAME` was looked for, when it was not found.
#[derive(Debug)]
pub enum LookupError {
    /// No template by that name; the names there are.
    NotFound { available: Vec<String> },
    /// The file is there but cannot be read (or is not UTF-8): the message.
    Unreadable(crate::i18n::Message),
}

/// Finds template `name`: `<templates_dir>/<name>.yaml`, else built in.
pub fn find(templates_dir: &Path, name: &str) -> Result<Template, LookupError> {
    let path = templates_dir.join(format!("{name}.yaml"));
    let cannot_read = |why: crate::i18n::Arg| {
        LookupError::Unreadable(
            crate::i18n::Message::new("cannot-read")
                .arg("path", path.display().to_string())
                .arg("why", why),
        )
    };
    match std::fs::read(&path) {
        Ok(bytes) => {
            return match crate::parse::decode(&bytes) {
                Ok(text) => Ok(Template {
                    source: crate::i18n::Message::new("template-file")
                        .arg("path", path.display().to_string()),
                    text: text.to_owned(),
                }),
                Err(problem) => Err(cannot_read(problem.message.into())),
            };
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(cannot_read(crate::load::describe_io(&error).into())),
    }
    if let Some((_, text)) = BUILT_IN.iter().find(|(built_in, _)| *built_in == name) {
        return Ok(Template {
            source: crate::msg!("template-built-in", name = name),
            text: (*text).to_owned(),
        });
    }
    let mut available: Vec<String> = std::fs::read_dir(templates_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            (path.extension().and_then(|e| e.to_str()) == Some("yaml"))
                .then(|| path.file_stem()?.to_str().map(str::to_owned))
                .flatten()
        })
        .chain(BUILT_IN.iter().map(|(name, _)| (*name).to_owned()))
        .collect();
    available.sort();
    available.dedup();
    Err(LookupError::NotFound { available })
}

/// A template name is a file stem: letters, digits, `-` and `_`.
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Fills the placeholders in one pass, so text inside a value is never
/// taken for a placeholder. The name and the owner become double-quoted
/// YAML scalars (the templates write `name: {{name}}` bare), so any
/// character in them is safe and the result is always one line.
pub fn render(template: &str, values: &Values) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let replacement = [
            ("{{name}}", scalar::double_quoted(values.name)),
            ("{{id}}", values.id.to_owned()),
            ("{{owner}}", scalar::double_quoted(values.owner)),
            ("{{today}}", values.today.to_owned()),
        ]
        .into_iter()
        .find(|(placeholder, _)| after.starts_with(placeholder));
        match replacement {
            Some((placeholder, value)) => {
                out.push_str(&value);
                rest = &after[placeholder.len()..];
            }
            None => {
                out.push_str("{{");
                rest = &after[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values<'a>(name: &'a str, owner: &'a str) -> Values<'a> {
        Values {
            name,
            id: "acme",
            owner,
            today: "2026-11-28",
        }
    }

    #[test]
    fn fills_placeholders_once() {
        let out = render(
            "# {{id}}\nname: {{name}}\nby: {{owner}}\non: {{today}}\nkeep: {{other}} {{\n",
            &values("{{owner}}", "Ivan"),
        );
        assert_eq!(
            out,
            "# acme\nname: \"{{owner}}\"\nby: \"Ivan\"\non: 2026-11-28\nkeep: {{other}} {{\n"
        );
    }

    #[test]
    fn built_in_templates_make_valid_dossiers() {
        let context = crate::rules::Context {
            today: crate::dates::parse_date("2026-11-28").unwrap(),
            latest_today: crate::dates::parse_date("2026-11-28").unwrap(),
            default_interval: 3,
            max_file_size: crate::load::DEFAULT_MAX_FILE_SIZE,
            wanted: crate::rules::Wanted::Everything,
        };
        for (name, text) in BUILT_IN {
            for client in ["ООО «Ромашка»", "He said \"no\"\n# and: left", "true"] {
                let filled = render(text, &values(client, "Иван \\ Петров"));
                let loaded = crate::load::load_bytes(filled.as_bytes(), &context);
                assert!(!loaded.has_errors(), "{name}: {:?}", loaded.findings);
                let dossier = loaded.dossier.unwrap();
                assert_eq!(dossier.client.value.name.unwrap().value, client);
                assert_eq!(
                    dossier.company_view.value.account_manager.unwrap().value,
                    "Иван \\ Петров"
                );
            }
        }
    }

    #[test]
    fn template_names_are_plain() {
        assert!(is_valid_name("default"));
        assert!(is_valid_name("ru_short-2"));
        for bad in ["", "../x", "a/b", ".hidden", "x.yaml"] {
            assert!(!is_valid_name(bad), "{bad}");
        }
    }
}
