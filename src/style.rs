//! Terminal colours: only on a terminal (or when asked), never when NO_COLOR is set.

use crate::cli::ColorChoice;
use std::io::IsTerminal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    enabled: bool,
}

impl Style {
    pub const PLAIN: Style = Style { enabled: false };

    /// `always` and `never` win over `NO_COLOR` (FORMAT.md, "Commands");
    /// `auto` colours a terminal unless `NO_COLOR` is set.
    pub fn for_stdout(choice: ColorChoice) -> Style {
        let enabled = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        // The tables' colours go through crossterm, which reads NO_COLOR on
        // its own and would then drop the colour but keep the bold and a
        // stray reset; the choice made here is the one that holds.
        crossterm::style::force_color_output(enabled);
        Style { enabled }
    }

    pub fn enabled(self) -> bool {
        self.enabled
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn red(self, text: &str) -> String {
        self.paint("1;31", text)
    }

    pub fn yellow(self, text: &str) -> String {
        self.paint("1;33", text)
    }

    pub fn blue(self, text: &str) -> String {
        self.paint("1;34", text)
    }

    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }
}

/// Whether `c` is white space that a line may break at: every Unicode
/// white space but the no-break spaces (U+00A0, U+2007, U+202F), which hold
/// a Russian amount (`12 000 000 RUB`) or a name together and take one
/// column like any other character.
pub fn is_breaking_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// Text as one line: every run of breaking white space (line breaks, tabs,
/// spaces) becomes one space and the ends are trimmed; no-break spaces stay
/// as they are (see [`is_breaking_space`]).
pub fn one_line(text: &str) -> String {
    text.split(is_breaking_space)
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces control characters in user text so a dossier cannot drive the terminal.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences() {
        assert_eq!(sanitize("a\x1b[31mb"), "a\u{fffd}[31mb");
        assert_eq!(sanitize("Ромашка\tok"), "Ромашка\tok");
    }

    #[test]
    fn one_line_keeps_no_break_spaces() {
        assert_eq!(
            one_line("  two\nlines\t\tand  a tab "),
            "two lines and a tab"
        );
        assert_eq!(
            one_line("12\u{a0}000\u{a0}000 RUB\r\n"),
            "12\u{a0}000\u{a0}000 RUB"
        );
        assert_eq!(one_line("\u{202f}5\u{2007}"), "\u{202f}5\u{2007}");
        assert_eq!(one_line("a\u{2028}b\u{3000}c"), "a b c");
    }

    #[test]
    fn plain_style_adds_nothing() {
        assert_eq!(Style::PLAIN.red("x"), "x");
        assert_eq!(Style { enabled: true }.red("x"), "\x1b[1;31mx\x1b[0m");
    }
}
