//! Usage errors (what clap finds wrong on the command line) worded in the
//! run's language, through the message catalogue (FORMAT.md, "Language").
//!
//! clap parses; when it fails, [`message`] builds the text from the error's
//! [`ErrorKind`] and its context (the argument, the value, the suggestions,
//! the usage line) instead of clap's English. The layout is the tool's:
//! `dossier: error: …` (`dossier: ошибка: …`) as every other error, then
//! clap's tips, usage line and pointer to `--help`. A kind this module does
//! not word keeps clap's own text, so nothing is lost. `--help` and
//! `--version` stay English and are not errors.

use crate::i18n::{Lang, Message};
use crate::msg;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};
use std::ffi::OsString;

/// The language of a usage error, known before clap parses: the value of
/// the last well-formed `--lang` in `args` (`--lang ru` or `--lang=ru`,
/// before any `--`), else `DOSSIER_LANG`, else the locale
/// ([`Lang::select`]). `language` in `dossier.yaml` is not read here: the
/// folder it is in comes from `--dir`, which clap has not parsed yet.
pub fn language(args: &[OsString]) -> Lang {
    let mut flag = None;
    let mut words = args.iter().skip(1).map(|arg| arg.to_str());
    while let Some(word) = words.next() {
        let value = match word {
            Some("--") => break,
            Some("--lang") => words.next().flatten(),
            Some(other) => other.strip_prefix("--lang="),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| <Lang as clap::ValueEnum>::from_str(v, false).ok()) {
            flag = Some(lang);
        }
    }
    Lang::select(flag, None)
}

/// The whole text of a usage error in `lang`, lines joined by `\n`,
/// without the final line break: `dossier: error: …`, the tips, the usage
/// line and the pointer to `--help`. `None` for what is not worded here
/// (help, version, and kinds the command line cannot reach): print clap's
/// own text then.
pub fn message(error: &Error, lang: Lang) -> Option<String> {
    let head = head(error, lang)?;
    let mut text = format!("dossier: {}: {head}", Message::new("error").render(lang));
    let tips = tips(error, lang);
    if !tips.is_empty() {
        text.push('\n');
        for tip in tips {
            text.push_str("\n  ");
            text.push_str(&tip.render(lang));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        text.push_str("\n\n");
        text.push_str(&msg!("usage-usage", usage = usage).render(lang));
    }
    text.push_str("\n\n");
    text.push_str(&Message::new("usage-more").render(lang));
    Some(text)
}

fn string(error: &Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::StyledStr(text) => Some(text.to_string()),
        _ => None,
    }
}

fn strings(error: &Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => vec![text.clone()],
        Some(ContextValue::Strings(texts)) => texts.clone(),
        Some(ContextValue::StyledStr(text)) => vec![text.to_string()],
        Some(ContextValue::StyledStrs(texts)) => texts.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

/// `'a', 'b'` in English, `` `a`, `b` `` in Russian.
fn quoted_list(items: &[String], lang: Lang) -> String {
    items
        .iter()
        .map(|item| quoted(item).render(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The words a list in `[…]` offers (values, subcommands), as written
/// there: bare in English as clap prints them, in backticks in Russian.
fn listed(items: &[String], lang: Lang) -> String {
    items
        .iter()
        .map(|item| msg!("usage-listed", text = item.as_str()).render(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn quoted(text: &str) -> Message {
    msg!("usage-quoted", text = text)
}

/// The first line(s): what is wrong.
fn head(error: &Error, lang: Lang) -> Option<String> {
    let arg = || string(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = || string(error, ContextKind::InvalidValue).unwrap_or_default();
    let text = match error.kind() {
        ErrorKind::UnknownArgument => msg!("usage-unknown-argument", arg = arg()).render(lang),
        ErrorKind::InvalidSubcommand => msg!(
            "usage-unknown-subcommand",
            name = string(error, ContextKind::InvalidSubcommand).unwrap_or_default()
        )
        .render(lang),
        // `--as-of=`: nothing to judge, whichever parser would have.
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value().is_empty() => {
            msg!("usage-missing-value", arg = arg()).render(lang)
        }
        ErrorKind::InvalidValue => {
            let mut text = msg!("usage-invalid-value", value = value(), arg = arg()).render(lang);
            let valid = strings(error, ContextKind::ValidValue);
            if !valid.is_empty() {
                text.push_str("\n  ");
                text.push_str(
                    &msg!("usage-possible-values", values = listed(&valid, lang)).render(lang),
                );
            }
            text
        }
        ErrorKind::ValueValidation => {
            // Our own value parsers fail with a catalogue message; another
            // reason (none today) is shown as it is.
            let reason = std::error::Error::source(error).map(|source| {
                match source.downcast_ref::<Message>() {
                    Some(message) => message.render(lang),
                    None => source.to_string(),
                }
            });
            match reason {
                Some(reason) => msg!(
                    "usage-invalid-value-because",
                    value = value(),
                    arg = arg(),
                    reason = reason
                )
                .render(lang),
                None => msg!("usage-invalid-value", value = value(), arg = arg()).render(lang),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let mut text = Message::new("usage-missing-required").render(lang);
            for missing in strings(error, ContextKind::InvalidArg) {
                text.push_str("\n  ");
                text.push_str(&quoted(&missing).render(lang));
            }
            text
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            let arg = string(error, ContextKind::InvalidArg)
                .or_else(|| string(error, ContextKind::InvalidSubcommand))
                .unwrap_or_default();
            if prior.len() == 1 && prior[0] == arg {
                msg!("usage-given-twice", arg = arg).render(lang)
            } else if prior.is_empty() {
                msg!("usage-conflict-any", arg = arg).render(lang)
            } else {
                msg!(
                    "usage-conflict",
                    arg = arg,
                    other = quoted_list(&prior, lang)
                )
                .render(lang)
            }
        }
        ErrorKind::TooManyValues => {
            msg!("usage-too-many-values", value = value(), arg = arg()).render(lang)
        }
        ErrorKind::MissingSubcommand => {
            let mut text = msg!(
                "usage-no-subcommand",
                name = string(error, ContextKind::InvalidSubcommand).unwrap_or_default()
            )
            .render(lang);
            let names = strings(error, ContextKind::ValidSubcommand);
            if !names.is_empty() {
                text.push_str("\n  ");
                text.push_str(
                    &msg!("usage-subcommands", names = listed(&names, lang)).render(lang),
                );
            }
            text
        }
        ErrorKind::InvalidUtf8 => Message::new("usage-invalid-utf8").render(lang),
        _ => return None,
    };
    Some(text)
}

/// The tips under the first line: similar subcommands, arguments, values,
/// and clap's own advice (about `--`), reworded from its parts.
fn tips(error: &Error, lang: Lang) -> Vec<Message> {
    let mut tips = Vec::new();
    let subcommands = strings(error, ContextKind::SuggestedSubcommand);
    match subcommands.as_slice() {
        [] => {}
        [one] => tips.push(msg!("usage-tip-subcommand", suggestion = quoted(one))),
        many => tips.push(msg!(
            "usage-tip-subcommands",
            suggestions = quoted_list(many, lang)
        )),
    }
    if let Some(arg) = string(error, ContextKind::SuggestedArg) {
        tips.push(msg!("usage-tip-argument", suggestion = quoted(&arg)));
    }
    if let Some(value) = string(error, ContextKind::SuggestedValue) {
        tips.push(msg!("usage-tip-value", suggestion = quoted(&value)));
    }
    for advice in strings(error, ContextKind::Suggested) {
        tips.push(reworded(&advice));
    }
    tips
}

/// clap's advice comes as English text with its parts in `'…'`; the three
/// forms clap writes are reworded, anything else is kept as clap wrote it.
fn reworded(advice: &str) -> Message {
    let parts: Vec<&str> = advice.split('\'').skip(1).step_by(2).collect();
    match parts.as_slice() {
        [arg, fixed] if advice.starts_with("to pass ") => msg!(
            "usage-tip-value-after-dashes",
            arg = quoted(arg),
            fixed = quoted(fixed)
        ),
        [name, _] if advice.starts_with("subcommand ") => {
            msg!("usage-tip-remove-dashes", name = quoted(name))
        }
        [fixed] if advice.ends_with("' exists") => msg!("usage-tip-exists", fixed = quoted(fixed)),
        _ => msg!("usage-quoted", text = advice),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("dossier")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn lang_flag_is_read_before_parsing_in_both_spellings() {
        assert_eq!(language(&args(&["--lang", "ru", "revew"])), Lang::Ru);
        assert_eq!(language(&args(&["revew", "--lang=ru"])), Lang::Ru);
        assert_eq!(language(&args(&["--lang=ru", "--lang", "en"])), Lang::En);
        // After `--` it is a value, not the flag.
        assert_eq!(
            language(&args(&["--lang", "en", "new", "--", "--lang=ru"])),
            Lang::En
        );
    }

    #[test]
    fn clap_advice_is_reworded_from_its_parts() {
        let tip = reworded("to pass '--x' as a value, use '-- --x'");
        assert_eq!(
            tip.render(Lang::Ru),
            "подсказка: чтобы передать `--x` как значение, напишите `-- --x`"
        );
        let tip = reworded("'review --owner' exists");
        assert_eq!(tip.render(Lang::En), "tip: 'review --owner' exists");
        let tip = reworded("subcommand 'list' exists; to use it, remove the '--' before it");
        assert_eq!(tip.id(), "usage-tip-remove-dashes");
        assert_eq!(
            reworded("something new").render(Lang::En),
            "'something new'"
        );
    }
}
