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
    fn plain_style_adds_nothing() {
        assert_eq!(Style::PLAIN.red("x"), "x");
        assert_eq!(Style { enabled: true }.red("x"), "\x1b[1;31mx\x1b[0m");
    }
}
