//! Findings are data: every problem the tool finds is a [`Diagnostic`], and
//! one place (the reporters in `render`) prints them.

use crate::i18n::{Lang, Message};
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $severity:ident, $description:literal; )*) => {
        /// Every finding has a stable code; scripts and editors rely on the spelling.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            pub fn description(self) -> &'static str {
                match self { $(Code::$variant => $description,)* }
            }
        }
    };
}

codes! {
    YamlSyntax = "yaml-syntax", Error, "the file is not well-formed YAML";
    UnknownKey = "unknown-key", Error, "a key the format does not know";
    WrongType = "wrong-type", Error, "a value of the wrong kind (text, number, list, mapping)";
    MissingKey = "missing-key", Error, "a required key is absent or empty, or an amount has no currency";
    InvalidValue = "invalid-value", Error, "a value outside its list of allowed values, or a done_on on an action that is not done";
    InvalidDate = "invalid-date", Error, "a date that is not YYYY-MM-DD or does not exist";
    FutureReview = "future-review", Error, "review.last_reviewed is later than today";
    BadInterval = "bad-interval", Error, "interval_months outside 1..3 or above the configured default";
    NegativeNumber = "negative-number", Error, "an amount or headcount below zero (net_income may be negative)";
    BadCurrency = "bad-currency", Error, "a currency that is not three capital letters (ISO 4217)";
    DuplicateKey = "duplicate-key", Error, "the same key twice in one mapping";
    DuplicateId = "duplicate-id", Error, "two files with the same id (file stem)";
    DuplicateMember = "duplicate-member", Error, "two members of the decision group with one name";
    DuplicateEntry = "duplicate-entry", Error, "two entries of one list with one name (needs, objectives, actions of one objective, resources, solutions, team, structure, competitors), two financials with one year, or two history entries with one date and summary";
    UnknownMember = "unknown-member", Error, "reports_to or a need's source names nobody in the group; covered_by or an objective's or action's owner nobody on our side";
    UnknownReference = "unknown-reference", Error, "an objective's needs names no need of the dossier, or replicated_to no other dossier's id";
    ConflictingStance = "conflicting-stance", Error, "one person is both supporter and opponent";
    UnsupportedVersion = "unsupported-version", Error, "a format version this build does not read";
    NotUtf8 = "not-utf8", Error, "the file is not UTF-8 (the byte offset and line of the first bad byte are named)";
    EmptyFile = "empty-file", Error, "the file is empty or holds only blank space";
    MergeConflict = "merge-conflict", Error, "the file holds an unresolved git merge conflict (<<<<<<<, =======, >>>>>>>)";
    FileTooLarge = "file-too-large", Error, "the file is larger than max_file_size (default 8 MiB)";
    TooComplex = "too-complex", Error, "the YAML nests too deep, has too many nodes or expands too many aliases";
    NotAFile = "not-a-file", Error, "a folder, named pipe, socket or device where a dossier file should be (I/O trouble: exit 2)";
    Unreadable = "unreadable", Error, "the file or folder cannot be read: permission denied or an I/O error (exit 2)";
    BrokenSymlink = "broken-symlink", Error, "a symlink whose target does not exist (exit 2)";
    SymlinkLoop = "symlink-loop", Error, "a symlink that leads back to itself or to a folder above it (exit 2)";
    NoExecutiveSponsor = "no-executive-sponsor", Warning, "no executive sponsor on our side";
    NoDecisionMaker = "no-decision-maker", Warning, "nobody in the decision group is the decision maker";
    NoEconomicRole = "no-economic-role", Warning, "nobody judges the financial terms";
    NoTechnicalRole = "no-technical-role", Warning, "nobody judges the product";
    NoGatekeeper = "no-gatekeeper", Warning, "nobody controls access to the decision makers";
    NoSupporter = "no-supporter", Warning, "nobody in the decision group supports us";
    NoIndirectCompetition = "no-indirect-competition", Warning, "no inertia or in_house competitor assessed";
    NoOpportunitySize = "no-opportunity-size", Warning, "no Size of Opportunity for next year";
    NoLongTermOpportunity = "no-long-term-opportunity", Warning, "no Size of Opportunity for three to five years";
    NoRelationshipHistory = "no-relationship-history", Warning, "no history of deliveries, tenders or contracts";
    NoNeeds = "no-needs", Warning, "no need of the client recorded in plan.needs";
    NoObjectives = "no-objectives", Warning, "no open objective in the account plan";
    ObjectiveWithoutActions = "objective-without-actions", Warning, "an open objective with no open action";
    OverdueAction = "overdue-action", Warning, "an open action whose due date has passed";
    UnansweredNeed = "unanswered-need", Warning, "a confirmed, open need that no open objective answers";
    DuplicateClient = "duplicate-client", Warning, "another active dossier has the same client.name (reported at the second in path order)";
}

impl Code {
    /// Whether a finding of this code is about one value's own content (a
    /// date, an amount, a currency, an interval, the version), whatever the
    /// rest of the file says: such a finding is sure even where other
    /// entries of the file were set aside to read past a structural problem
    /// ([`crate::repair`]). Missing keys, references between entries,
    /// duplicates and gaps could be the setting aside's doing.
    pub fn is_about_its_own_value(self) -> bool {
        matches!(
            self,
            Code::InvalidDate
                | Code::FutureReview
                | Code::BadInterval
                | Code::NegativeNumber
                | Code::BadCurrency
                | Code::UnsupportedVersion
        )
    }

    /// Whether a finding of this code keeps the whole file from being read
    /// as YAML (not UTF-8, not well-formed, empty, too large or complex, a
    /// merge conflict): nothing of such a file is shown, and this finding,
    /// not another of the file's, is the reason it is left out.
    pub fn keeps_file_unread(self) -> bool {
        matches!(
            self,
            Code::YamlSyntax
                | Code::TooComplex
                | Code::NotUtf8
                | Code::EmptyFile
                | Code::MergeConflict
                | Code::FileTooLarge
        )
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A position in a file: 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Self {
        Position {
            line: line.max(1),
            column: column.max(1),
        }
    }
}

/// Where a value stands; the start of the file when the reader could not
/// tell.
impl From<crate::spanned::Place> for Position {
    fn from(place: crate::spanned::Place) -> Self {
        let line = usize::try_from(place.line).unwrap_or(usize::MAX);
        let column = usize::try_from(place.column).unwrap_or(usize::MAX);
        Position::new(line, column)
    }
}

/// A problem found in one file, before it is tied to the file's path. Its
/// message is data (a catalogue id and its arguments, see `crate::i18n`),
/// worded only when printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub position: Position,
    pub code: Code,
    pub key: Cow<'static, str>,
    pub message: Message,
}

impl Finding {
    pub fn new(
        position: Position,
        code: Code,
        key: impl Into<Cow<'static, str>>,
        message: impl Into<Message>,
    ) -> Self {
        Finding {
            position,
            code,
            key: key.into(),
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Shared by every diagnostic of one file (one allocation per file).
    #[serde(serialize_with = "crate::render::serialize_path")]
    pub path: Arc<Path>,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub code: Code,
    pub key: Cow<'static, str>,
    /// Worded in the run's language when printed as text; always English
    /// in JSON, which scripts read (FORMAT.md, "Language").
    #[serde(serialize_with = "english")]
    pub message: Message,
    /// The line of the file the diagnostic points at, for text output.
    #[serde(skip)]
    pub source_line: Option<String>,
    /// How many characters of `source_line` the carets underline, when the
    /// line alone cannot tell (a value in brackets opened lines above).
    #[serde(skip)]
    pub width: Option<usize>,
}

impl Diagnostic {
    pub fn new(
        path: impl Into<Arc<Path>>,
        position: Position,
        code: Code,
        key: impl Into<Cow<'static, str>>,
        message: impl Into<Message>,
    ) -> Self {
        Diagnostic {
            path: path.into(),
            line: position.line,
            column: position.column,
            severity: code.severity(),
            code,
            key: key.into(),
            message: message.into(),
            source_line: None,
            width: None,
        }
    }

    pub fn from_finding(path: impl Into<Arc<Path>>, finding: Finding) -> Self {
        Diagnostic::new(
            path,
            finding.position,
            finding.code,
            finding.key,
            finding.message,
        )
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

fn english<S: serde::Serializer>(message: &Message, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&message.render(Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.starts_with(|c: char| c.is_ascii_lowercase())
                    && name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name} is not kebab-case"
            );
        }
        assert_eq!(Code::ALL.len(), 43);
    }

    #[test]
    fn gap_codes_are_warnings() {
        // The plan's gaps name what is wrong rather than what is missing;
        // `duplicate-client` is the one warning about the portfolio, not one
        // dossier's gap.
        let named_otherwise = [
            Code::ObjectiveWithoutActions,
            Code::OverdueAction,
            Code::UnansweredNeed,
        ];
        for code in Code::ALL.iter().filter(|c| **c != Code::DuplicateClient) {
            assert_eq!(
                code.as_str().starts_with("no-") || named_otherwise.contains(code),
                code.severity() == Severity::Warning,
                "{code}"
            );
        }
    }
}
