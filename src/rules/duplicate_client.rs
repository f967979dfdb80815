//! `duplicate-client`: two active dossiers for one client (FORMAT.md,
//! "Checks"). The one rule that reads across files.
//!
//! It streams: the files come in path order, each gives only its client's
//! name and where it stands ([`ClientName`]), never the dossier, and
//! [`FirstClients`] keeps one short entry per distinct client.

use crate::diag::{Code, Diagnostic, Position};
use crate::model::Dossier;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// What the rule needs of one dossier: `client.name` as written, its key
/// for comparing ([`crate::names::key`]), its position and, for text
/// output, the line it stands on (shown under the warning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientName {
    name: String,
    key: String,
    position: Position,
    source_line: Option<String>,
}

impl ClientName {
    /// The client's name of an active dossier; `None` for an `archived`
    /// dossier (a returning client's new dossier does not warn against its
    /// archived one) and for a missing or blank name (`missing-key` says so).
    /// `text` is the file's text when the line is wanted, else `None`.
    pub fn of(dossier: &Dossier, text: Option<&str>) -> Option<ClientName> {
        if dossier.is_archived() {
            return None;
        }
        let name = dossier.client.value.name.as_ref()?;
        let key = crate::names::key(&name.value);
        if key.is_empty() {
            return None;
        }
        let position = Position::from(name.referenced);
        Some(ClientName {
            name: name.value.trim().to_owned(),
            key,
            position,
            source_line: text
                .and_then(|text| crate::source::line_at(text, position.line))
                .filter(|line| line.len() <= crate::load::MAX_SHOWN_LINE)
                .map(str::to_owned),
        })
    }
}

/// The first dossier of each client seen so far: fed the files one by one
/// in path order, it gives one `duplicate-client` warning for every
/// dossier whose client an earlier one already has, naming the first.
/// Memory: one key, path and name per distinct client.
#[derive(Debug, Default)]
pub struct FirstClients {
    first_by_key: HashMap<Box<str>, (Arc<Path>, Box<str>)>,
}

impl FirstClients {
    /// The warning for the dossier at `path` whose client is `name`, when an
    /// earlier dossier has that client; otherwise `name` is remembered as
    /// its client's first dossier.
    pub fn next(&mut self, path: &Arc<Path>, name: Option<ClientName>) -> Option<Diagnostic> {
        let name = name?;
        if let Some((first_path, first_name)) = self.first_by_key.get(name.key.as_str()) {
            let mut diagnostic = Diagnostic::new(
                Arc::clone(path),
                name.position,
                Code::DuplicateClient,
                "client.name",
                crate::msg!(
                    "check-duplicate-client",
                    first = first_path.display().to_string(),
                    client = &**first_name
                ),
            );
            diagnostic.source_line = name.source_line;
            return Some(diagnostic);
        }
        self.first_by_key.insert(
            name.key.into_boxed_str(),
            (Arc::clone(path), name.name.into_boxed_str()),
        );
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<ClientName> {
        let dossier = crate::parse::parse(text).unwrap();
        ClientName::of(&dossier, Some(text))
    }

    fn dossier(client: &str, status: &str) -> String {
        format!(
            "version: 1\n{status}client:\n  name: {client}\ncompany_view: {{account_manager: Y}}\ndecision_group: []\ncompetitors: []\nreview: {{last_reviewed: 2026-01-01}}\n"
        )
    }

    #[test]
    fn the_second_in_path_order_names_the_first() {
        let names = [
            ("a.yaml", name(&dossier("Пётр  и Сыновья", ""))),
            ("b.yaml", name(&dossier("ACME", ""))),
            ("c.yaml", name(&dossier("петр и сыновья", ""))),
            ("d.yaml", name(&dossier("ПЕТР И СЫНОВЬЯ", ""))),
        ];
        let mut first = FirstClients::default();
        let found: Vec<Diagnostic> = names
            .into_iter()
            .filter_map(|(path, name)| first.next(&Arc::from(Path::new(path)), name))
            .collect();
        assert_eq!(found.len(), 2);
        assert_eq!(*found[0].path, *Path::new("c.yaml"));
        assert_eq!(*found[1].path, *Path::new("d.yaml"));
        assert_eq!((found[0].line, found[0].column), (3, 9));
        assert!(
            found[1]
                .message
                .render(crate::i18n::Lang::En)
                .starts_with("a.yaml already has the client `Пётр  и Сыновья`"),
            "{}",
            found[1].message
        );
        assert_eq!(
            found[0].source_line.as_deref(),
            Some("  name: петр и сыновья")
        );
    }

    #[test]
    fn archived_and_nameless_dossiers_are_left_out() {
        assert_eq!(name(&dossier("ACME", "status: archived\n")), None);
        assert_eq!(name(&dossier("\"  \"", "")), None);
        assert!(name(&dossier("ACME", "status: active\n")).is_some());
    }
}
