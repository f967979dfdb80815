//! `duplicate-client`: two active dossiers for one client (FORMAT.md,
//! "Checks"). The one rule that reads across files.
//!
//! It streams: while the files are read, each keeps only its client's name
//! and where it stands ([`ClientName`]), never the dossier, so memory grows
//! by one short name per file.

use crate::diag::{Code, Diagnostic, Position};
use crate::model::Dossier;
use std::collections::HashMap;
use std::path::Path;

/// What the rule keeps of one dossier: `client.name` as written, its key
/// for comparing ([`crate::names::key`]), its position and the line it
/// stands on (shown under the warning).
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
    pub fn of(dossier: &Dossier, text: &str) -> Option<ClientName> {
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
            source_line: crate::source::line_at(text, position.line)
                .filter(|line| line.len() <= 1_000)
                .map(str::to_owned),
        })
    }
}

/// One `duplicate-client` warning per dossier whose client an earlier one
/// (in the order given, which is path order) already has, naming the first.
pub fn check<'a>(
    names: impl IntoIterator<Item = (&'a Path, Option<&'a ClientName>)>,
) -> Vec<Diagnostic> {
    let mut first_by_key: HashMap<&str, (&Path, &str)> = HashMap::new();
    let mut diagnostics = Vec::new();
    for (path, name) in names {
        let Some(name) = name else { continue };
        match first_by_key.get(name.key.as_str()) {
            Some((first_path, first_name)) => {
                let mut diagnostic = Diagnostic::new(
                    path,
                    name.position,
                    Code::DuplicateClient,
                    "client.name",
                    crate::msg!(
                        "check-duplicate-client",
                        first = first_path.display().to_string(),
                        client = *first_name
                    ),
                );
                diagnostic.source_line.clone_from(&name.source_line);
                diagnostics.push(diagnostic);
            }
            None => {
                first_by_key.insert(&name.key, (path, &name.name));
            }
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn name(text: &str) -> Option<ClientName> {
        let dossier = crate::parse::parse(text).unwrap();
        ClientName::of(&dossier, text)
    }

    fn dossier(client: &str, status: &str) -> String {
        format!(
            "version: 1\n{status}client:\n  name: {client}\ncompany_view: {{account_manager: Y}}\ndecision_group: []\ncompetitors: []\nreview: {{last_reviewed: 2026-01-01}}\n"
        )
    }

    #[test]
    fn the_second_in_path_order_names_the_first() {
        let paths: Vec<PathBuf> = ["a.yaml", "b.yaml", "c.yaml", "d.yaml"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let names = [
            name(&dossier("Пётр  и Сыновья", "")),
            name(&dossier("ACME", "")),
            name(&dossier("петр и сыновья", "")),
            name(&dossier("ПЕТР И СЫНОВЬЯ", "")),
        ];
        let found = check(
            paths
                .iter()
                .map(PathBuf::as_path)
                .zip(names.iter().map(Option::as_ref)),
        );
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
