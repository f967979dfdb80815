//! Turning the text of one dossier file into the serde model, or into the one
//! diagnostic that explains why it cannot be read.

use crate::diag::{Code, Finding, Position};
use crate::i18n::Message;
use crate::model::Dossier;
use crate::msg;
use crate::suggest;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::{Budget, Error as YamlError, ExternalMessageSource, Options};
use std::borrow::Cow;

/// Why a file could not be turned into a [`Dossier`].
pub type ParseError = Finding;

/// The UTF-8 byte order mark, which editors on Windows like to write.
pub const BOM: &str = "\u{feff}";

/// Checks that the bytes are UTF-8 and strips a leading byte order mark.
pub fn decode(bytes: &[u8]) -> Result<&str, ParseError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix(BOM).unwrap_or(text)),
        Err(error) => Err(not_utf8(bytes, error.valid_up_to())),
    }
}

/// The finding for bytes that are UTF-8 only up to `offset`: the byte offset,
/// line and column of the first bad byte.
pub fn not_utf8(bytes: &[u8], offset: usize) -> ParseError {
    let offset = offset.min(bytes.len());
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Characters, not bytes; a byte that is not UTF-8 counts as one.
    let column = before[line_start..]
        .utf8_chunks()
        .map(|chunk| chunk.valid().chars().count() + chunk.invalid().len())
        .sum::<usize>()
        + 1;
    let byte = bytes
        .get(offset)
        .map_or_else(String::new, |byte| format!("0x{byte:02X}"));
    let looks_like = crate::explain::encoding(bytes).unwrap_or_else(|| Message::new("hint-none"));
    ParseError {
        position: Position::new(line, column),
        code: Code::NotUtf8,
        key: Cow::Borrowed(""),
        message: crate::msg!(
            "parse-not-utf8",
            byte = byte,
            offset = offset,
            line = line,
            looks_like = looks_like
        ),
    }
}

/// A file is empty when, after a byte order mark, it holds only blank space.
pub fn is_blank(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    bytes.iter().all(u8::is_ascii_whitespace)
}

/// An unresolved git merge conflict: a line starting `<<<<<<<` followed by a
/// line starting `=======` or `>>>>>>>`. Found on the raw bytes, before YAML
/// (where the markers are syntax errors far from the point) and before UTF-8
/// (one side of a conflict may be in another encoding). Returns the 1-based
/// line of the `<<<<<<<`.
pub fn merge_conflict(bytes: &[u8]) -> Option<usize> {
    fn marker(line: &[u8], mark: &[u8]) -> bool {
        line.strip_prefix(mark)
            .is_some_and(|rest| rest.first().is_none_or(|&b| b == b' ' || b == b'\r'))
    }
    // Most files have no marker at all: one fast scan decides.
    memchr::memmem::find(bytes, b"<<<<<<<")?;
    let mut opened = None;
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if opened.is_none() && marker(line, b"<<<<<<<") {
            opened = Some(index + 1);
        } else if opened.is_some() && (marker(line, b"=======") || marker(line, b">>>>>>>")) {
            return opened;
        }
    }
    None
}

/// How deep a dossier nests: `company_view.relationship.purchase_budget.amount`
/// is 4 levels and `decision_group[0].roles[0]` 4; 32 leaves room for YAML a
/// person writes by hand and stops stack-hungry nesting early.
pub const MAX_DEPTH: usize = 32;
/// Nodes (keys, values, lists, mappings) in one file. The largest realistic
/// dossier (a few hundred people, a few thousand history entries) has some
/// tens of thousands; ten times that stops pathological files quickly.
pub const MAX_NODES: usize = 250_000;
/// Events the alias expansion (`*name`) may replay in one file: enough to
/// reuse a list of names a few hundred times, not for an alias bomb.
pub const MAX_REPLAYED_EVENTS: usize = 100_000;
/// YAML documents (`---`) in one file: a dossier is one.
pub const MAX_DOCUMENTS: usize = 4;

/// The parser's resource budget, set for dossiers rather than for any YAML.
fn budget() -> Budget {
    let mut budget = Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.flow_nesting_limit = MAX_DEPTH;
    budget.max_nodes = MAX_NODES;
    budget.max_events = 2 * MAX_NODES;
    budget.max_aliases = 10_000;
    budget.max_anchors = 10_000;
    budget.max_recorded_anchor_events = MAX_REPLAYED_EVENTS;
    budget.max_merge_keys = 1_000;
    // The ratio check (many aliases per anchor) would refuse a hand-written
    // file that names one person in a hundred places; the replay limit above
    // already stops alias bombs.
    budget.alias_anchor_min_aliases = 1_000;
    budget.max_documents = MAX_DOCUMENTS;
    budget
}

/// YAML 1.2 reading: only `true`/`false` are booleans, duplicate keys are
/// errors, and every resource the parser spends is bounded. Every reading of
/// a dossier starts from these.
pub fn options() -> Options {
    let mut options = Options::default();
    options.strict_booleans = true;
    options.with_snippet = false;
    options.budget = Some(budget());
    options.alias_limits.max_total_replayed_events = MAX_REPLAYED_EVENTS;
    options.alias_limits.max_replay_stack_depth = 16;
    options
}

/// Parses one dossier. `text` must already be decoded (see [`decode`]).
///
/// A file in the plain block style is read by the fast path
/// ([`crate::fast`]); anything else, and every file with a fault, by
/// [`parse_full`], so the result is the same either way.
pub fn parse(text: &str) -> Result<Dossier, ParseError> {
    match crate::fast::from_str(text) {
        Some(dossier) => Ok(dossier),
        None => parse_full(text),
    }
}

/// Parses one dossier with serde-saphyr, whatever its style.
///
/// Most files are well-formed, so the first pass skips tracking the key path
/// (which costs on every value); only a file that fails is parsed again with
/// tracking, to name the key.
pub fn parse_full(text: &str) -> Result<Dossier, ParseError> {
    if let Some(problem) = repeated_merge_key(text) {
        return Err(problem);
    }
    match serde_saphyr::from_str_with_options(text, options()) {
        Ok(dossier) => Ok(dossier),
        // A second document (`---`) explains whatever else went wrong at
        // or after it: the first one ends there, so it looks cut short (a
        // key missing from it may be in the second). A problem before it
        // is the file's own, and is reported with it.
        Err(_) => parse_tracking_keys(text).map_err(|error| match second_document(text) {
            Some(second)
                if !(error.position < second.position
                    && is_structural(error.code)
                    && error.code != Code::MissingKey) =>
            {
                second
            }
            _ => error,
        }),
    }
}

/// The `---` of a second YAML document in `text`, as a finding.
fn second_document(text: &str) -> Option<ParseError> {
    crate::explain::second_document(text).map(|(at, id)| ParseError {
        position: at,
        code: Code::YamlSyntax,
        key: Cow::Borrowed(""),
        message: Message::new(id),
    })
}

/// A `<<` merge key written twice in one mapping: YAML leaves open which one
/// wins, and parsers differ, so it is `duplicate-key` (FORMAT.md, "Checks";
/// `<<: [*a, *b]` is the way to merge two). Reported at the second `<<`.
///
/// The parser merges silently, so this looks at the events before serde
/// does; only a text holding `<<` is looked at.
fn repeated_merge_key(text: &str) -> Option<ParseError> {
    memchr::memmem::find(text.as_bytes(), b"<<")?;
    let mut merged = std::collections::HashSet::new();
    for_each_node(text, |node| {
        let is_merge = node.is_key && node.plain_scalar == Some("<<");
        if is_merge && !merged.insert(node.path.to_owned()) {
            return Some(ParseError {
                position: node.position,
                code: Code::DuplicateKey,
                key: join(node.path, "<<").into(),
                message: msg!("parse-merge-key-twice"),
            });
        }
        None
    })
}

/// One node of a YAML text, as [`for_each_node`] meets it.
#[derive(Debug)]
pub struct Node<'a> {
    /// The key path: of the node itself for a value or list item
    /// (`review.last_reviewed`, `decision_group[2]`), of its mapping for a
    /// key (`decision_group[2]` for the key `name`).
    pub path: &'a str,
    /// Whether the node is a mapping key.
    pub is_key: bool,
    /// The text of a plain, untagged scalar (what a key like `<<` is).
    pub plain_scalar: Option<&'a str>,
    /// Whether the node carries an anchor (`&name`).
    pub anchored: bool,
    /// Whether the node is an alias (`*name`).
    pub alias: bool,
    /// Where the node starts (1-based line and character column).
    pub position: Position,
}

/// Calls `visit` on every node of `text` in document order, with its key
/// path, until `visit` returns `Some`, which is returned. Aliases are not
/// expanded and merges not applied: this is the text as written. A syntax
/// error ends the walk with `None` (the parse reports it).
pub fn for_each_node<R>(text: &str, mut visit: impl FnMut(&Node<'_>) -> Option<R>) -> Option<R> {
    use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};
    /// A collection being walked: its path, and for a mapping the key being
    /// read (`None` while a key is awaited), for a list the next index.
    enum Frame {
        Mapping { path: String, key: Option<String> },
        List { path: String, next: usize },
    }
    let mut stack: Vec<Frame> = Vec::new();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let (anchor, plain_scalar) = match &event {
            Event::Scalar(value, style, anchor, tag) => (
                *anchor,
                (*style == ScalarStyle::Plain && tag.is_none()).then_some(value.as_ref()),
            ),
            Event::SequenceStart(_, anchor, _) | Event::MappingStart(_, anchor, _) => {
                (*anchor, None)
            }
            Event::Alias(_) => (0, None),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                continue;
            }
            _ => continue,
        };
        let (path, is_key) = match stack.last_mut() {
            Some(Frame::Mapping { path, key }) => match key.take() {
                // A complex key (a list or mapping) is walked, never named.
                None => {
                    *key = Some(plain_scalar.unwrap_or("?").to_owned());
                    (path.clone(), true)
                }
                Some(name) => (join(path, &name), false),
            },
            Some(Frame::List { path, next }) => {
                *next += 1;
                (format!("{path}[{}]", *next - 1), false)
            }
            None => (String::new(), false),
        };
        let node = Node {
            path: &path,
            is_key,
            plain_scalar,
            anchored: anchor != 0,
            alias: matches!(event, Event::Alias(_)),
            position: Position::new(span.start.line(), span.start.col() + 1),
        };
        if let Some(found) = visit(&node) {
            return Some(found);
        }
        match event {
            Event::MappingStart(..) => stack.push(Frame::Mapping { path, key: None }),
            Event::SequenceStart(..) => stack.push(Frame::List { path, next: 0 }),
            _ => {}
        }
    }
    None
}

/// Problems that stop serde at the first one but leave the rest of the file readable.
fn is_structural(code: Code) -> bool {
    matches!(
        code,
        Code::UnknownKey
            | Code::WrongType
            | Code::InvalidValue
            | Code::DuplicateKey
            | Code::MissingKey
    )
}

/// Reads `text` again and again past structural problems, `first` the
/// first: each time the entry behind the last problem is set aside
/// ([`crate::repair::blank_entry`]) and the text read with `read`, until it
/// reads cleanly, a problem comes round again, nothing more can be set
/// aside safely, or [`MOST_STRUCTURAL_PROBLEMS`] are found. Returns the
/// structural problems (`first` included), the first other problem met
/// (which the setting aside may have caused: the caller judges it), and
/// what the text last set aside reads as, when it reads cleanly.
fn read_past<T>(
    text: &str,
    first: ParseError,
    read: impl Fn(&str) -> Result<T, ParseError>,
) -> (Vec<ParseError>, Option<ParseError>, Option<T>) {
    let mut problems = vec![first];
    let mut current: Option<String> = None;
    while problems.len() < MOST_STRUCTURAL_PROBLEMS {
        let Some(last) = problems.last().filter(|p| is_structural(p.code)) else {
            break;
        };
        let Some(repaired) = crate::repair::blank_entry(current.as_deref().unwrap_or(text), last)
        else {
            break;
        };
        let next = match read(&repaired) {
            Ok(value) => return (problems, None, Some(value)),
            Err(next) => next,
        };
        let seen = problems
            .iter()
            .any(|p| p.position == next.position && p.code == next.code);
        if seen {
            break;
        }
        if !is_structural(next.code) {
            return (problems, Some(next), None);
        }
        problems.push(next);
        current = Some(repaired);
    }
    (problems, None, None)
}

/// At most this many structural problems are listed per file: past that, the
/// file is better rewritten than read problem by problem.
const MOST_STRUCTURAL_PROBLEMS: usize = 50;

/// Every problem of a file that failed [`parse`] with `first` that can be
/// known for sure: each structural problem (the entry behind each one is
/// blanked out, see [`crate::repair`], and the text read again, until it
/// reads cleanly or nothing more can be blanked safely), and where the file
/// stops being well-formed YAML ([`syntax_break`]), in file order.
///
/// Past a syntax break nothing is reported: which mapping a later line
/// belongs to depends on the lines the parser could not read, so a finding
/// there could be false. Before it (and at it: `name: [Anna` is a list
/// where a name belongs, whatever follows), every problem is one the file
/// has whatever the broken line was meant to say. A syntax error that only
/// the blanking could have caused is never reported.
///
/// The second value is the dossier the last blanked text reads as, when it
/// reads cleanly: every line and column of it is where the file has it, so
/// the checks of a value's own content (a date, an amount) can be run on it
/// too (see [`crate::load`]).
pub fn structural_problems(text: &str, first: ParseError) -> (Vec<ParseError>, Option<Dossier>) {
    let broken = std::cell::OnceCell::new();
    let broken = || broken.get_or_init(|| syntax_break(text)).as_ref();
    let (mut problems, other, rest) = read_past(text, first, parse);
    // The strict reading's words for the break, with its key path, when
    // the file itself breaks there (not the setting aside).
    if let Some(next) = other.filter(|next| broken().is_some_and(|b| b.position == next.position)) {
        problems.push(next);
    }
    if problems.iter().all(|p| is_structural(p.code))
        && let Some(broken) = broken()
    {
        problems.push(broken.clone());
    }
    if let Some(at) = problems
        .iter()
        .find(|p| !is_structural(p.code))
        .map(|p| p.position)
    {
        problems.retain(|p| p.position <= at || !is_structural(p.code));
        problems.sort_by_key(|p| p.position);
    }
    (problems, rest)
}

/// Where `text` stops being well-formed YAML for a dossier, as the strict
/// reading words it (at a tab, at the bracket never closed, at the `---` of
/// a second document); `None` when it is well-formed. Only the YAML parser reads it, not the model, so no unknown
/// key or wrong type before the break hides it.
pub fn syntax_break(text: &str) -> Option<ParseError> {
    use serde_saphyr::granit_parser::{Options as ScanOptions, Parser};
    let mut scan = ScanOptions::default();
    // As the strict reading's budget sets them, so both break at one place.
    scan.flow_nesting_limit = MAX_DEPTH;
    scan.block_nesting_limit = scan.block_nesting_limit.max(MAX_DEPTH + 1);
    let second = second_document(text);
    let Some(error) = Parser::new_from_str_with_options(text, scan).find_map(Result::err) else {
        return second;
    };
    let marker = error.marker();
    if let Some(second) = second.filter(|s| s.position.line <= marker.line()) {
        return Some(second);
    }
    let at = Position::new(marker.line(), marker.col() + 1);
    if let Some(explained) = syntax(text, &error.info(), at) {
        return Some(explained);
    }
    let (code, message) = match error.kind() {
        ErrorKind::RecursionLimitExceeded => (
            Code::TooComplex,
            msg!("parse-too-deep-brackets", most = MAX_DEPTH),
        ),
        kind => (Code::YamlSyntax, scan_words(kind)),
    };
    Some(ParseError {
        position: at,
        code,
        key: Cow::Borrowed(""),
        message,
    })
}

fn parse_tracking_keys(text: &str) -> Result<Dossier, ParseError> {
    read_described(text)
}

/// Reads `text` (decoded) as a `T` with a dossier's YAML options, naming a
/// problem as a dossier's are named: in plain words of the catalogue, with
/// its key path and position (`dossier.yaml` is read this way too).
///
/// # Errors
/// The first problem, as a [`ParseError`].
pub fn read_described<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    let mut key_path = String::new();
    let result = serde_saphyr::with_deserializer_from_str_with_options(text, options(), |de| {
        serde_path_to_error::deserialize(de).map_err(|error| {
            key_path = format_path(error.path());
            error.into_inner()
        })
    });
    result.map_err(|error| describe(error, &clean_path(&key_path), text))
}

/// [`read_described`], read on past structural problems as
/// [`structural_problems`] reads a dossier: each unknown key, wrong type or
/// invalid value found, one after another, with the entry behind each set
/// aside ([`crate::repair`]), and what the rest of the text reads as when it
/// then reads cleanly (`None` when it does not, as after a syntax error:
/// the first problem is then all that is sure).
pub fn read_all_described<T: serde::de::DeserializeOwned>(
    text: &str,
) -> (Vec<ParseError>, Option<T>) {
    let first = match read_described::<T>(text) {
        Ok(value) => return (Vec::new(), Some(value)),
        Err(first) => first,
    };
    let (mut problems, _, value) = read_past(text, first, read_described::<T>);
    if value.is_some() {
        return (problems, value);
    }
    // Where the text stops being YAML, when that is what stopped the
    // reading: said with the problems before it. At and past the break
    // nothing else is sure (`review: [` is a bracket never closed, not a
    // list where a mapping belongs).
    if problems.iter().all(|p| is_structural(p.code))
        && let Some(broken) = syntax_break(text)
    {
        problems.retain(|p| p.position < broken.position);
        problems.push(broken);
    }
    (problems, None)
}

/// Drops the segments [`serde_saphyr::Spanned`] and duplicate-key detection
/// add to the path (`client.value.?.name` is `client.name` to a user).
fn clean_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for segment in path.split('.') {
        match segment {
            "value" | "?" => {}
            segment if segment.starts_with("value[") => out.push_str(&segment["value".len()..]),
            segment => {
                if !out.is_empty() && !segment.starts_with('[') {
                    out.push('.');
                }
                out.push_str(segment);
            }
        }
    }
    out
}

/// `serde_path_to_error` spells the root `.`; we spell it as nothing.
fn format_path(path: &serde_path_to_error::Path) -> String {
    let path = path.to_string();
    if path == "." { String::new() } else { path }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

fn position(error: &YamlError) -> Position {
    error.location().map_or(Position::START, |location| {
        Position::from(crate::spanned::Place::from(location))
    })
}

fn describe(error: YamlError, key_path: &str, text: &str) -> ParseError {
    let key_path = key_path.to_owned();
    let position = position(&error);
    let mut error = error;
    while let YamlError::WithSnippet { error: inner, .. }
    | YamlError::AliasError { error: inner, .. } = error
    {
        error = *inner;
    }
    let (code, key, message) = match error {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => {
            // serde_path_to_error records the unknown key itself as the last segment.
            let parent = key_path
                .strip_suffix(field.as_str())
                .map(|p| p.trim_end_matches('.'))
                .unwrap_or(&key_path)
                .to_owned();
            let allowed = as_written(&expected);
            let message = match crate::explain::section_of(&field).filter(|_| parent.is_empty()) {
                Some(path) => msg!(
                    "parse-key-indented-too-little",
                    key = field.as_str(),
                    section = path.split('.').next().unwrap_or_default(),
                    path = path.as_str()
                ),
                None if parent.is_empty() => msg!(
                    "parse-unknown-top-level-key",
                    key = field.as_str(),
                    hint = suggest::did_you_mean(&field, expected.iter().copied()),
                    allowed = allowed
                ),
                None => msg!(
                    "parse-unknown-key",
                    key = field.as_str(),
                    parent = parent.as_str(),
                    hint = suggest::did_you_mean(&field, expected.iter().copied()),
                    allowed = allowed
                ),
            };
            (Code::UnknownKey, join(&parent, &field), message)
        }
        // Only top-level sections are required at the serde level (the rules
        // check required keys inside them), so the whole file is the place.
        YamlError::SerdeMissingField { field, .. } if key_path.is_empty() => (
            Code::MissingKey,
            field.to_owned(),
            msg!("parse-missing-section", key = field),
        ),
        YamlError::SerdeMissingField { field, .. } => (
            Code::MissingKey,
            join(&key_path, field),
            msg!("rule-missing-key", key = field),
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let meant = crate::vocabulary::key_word(&variant, &expected);
            let hint = match meant {
                Some(word) => suggest::hint(Some(word)),
                None => suggest::did_you_mean(&variant, expected.iter().copied()),
            };
            (
                Code::InvalidValue,
                key_path,
                msg!(
                    "parse-invalid-value",
                    found = variant.as_str(),
                    hint = hint,
                    allowed = as_written(&expected)
                ),
            )
        }
        YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } if expected == crate::model::NOT_FINITE => {
            let at = value_position(&unexpected).unwrap_or(position);
            return ParseError {
                position: at,
                code: Code::WrongType,
                message: msg!("parse-not-finite", found = found_at(text, at)),
                key: key_path.into(),
            };
        }
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => (
            Code::WrongType,
            key_path,
            wrong_type(text, position, &unexpected, &expected),
        ),
        YamlError::DuplicateMappingKey { key, .. } => {
            let key_name = key.unwrap_or_default();
            (
                Code::DuplicateKey,
                join(&key_path, &key_name),
                msg!("parse-duplicate-key", key = key_name.as_str()),
            )
        }
        YamlError::Unexpected { expected, .. } => {
            let found = found_at(text, position);
            let expected = match expected {
                "sequence start" => "a sequence",
                "mapping start" => "struct",
                other => other,
            };
            (
                Code::WrongType,
                key_path,
                msg!(
                    "parse-wrong-type",
                    found = found,
                    expected = expected_words(expected)
                ),
            )
        }
        YamlError::InvalidScalar { ty, .. } => (
            Code::WrongType,
            key_path,
            wrong_type(text, position, "", ty),
        ),
        YamlError::InvalidBooleanStrict { .. } => (
            Code::WrongType,
            key_path,
            msg!(
                "parse-wrong-type",
                found = found_at(text, position),
                expected = Message::new("parse-expected-boolean")
            ),
        ),
        YamlError::NullIntoString { .. } => (
            Code::WrongType,
            key_path,
            Message::new("parse-nothing-for-text"),
        ),
        YamlError::Budget { breach, .. } => (Code::TooComplex, key_path, over_budget(&breach)),
        // The scanner's own guard against nested brackets (`flow_nesting_limit`).
        YamlError::ExternalMessage { ref source, .. }
            if matches!(
                source.as_ref(),
                ExternalMessageSource::Parser(scan) if *scan.kind() == ErrorKind::RecursionLimitExceeded
            ) =>
        {
            (
                Code::TooComplex,
                key_path,
                msg!("parse-too-deep-brackets", most = MAX_DEPTH),
            )
        }
        YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasReplayCounterOverflow { .. }
        | YamlError::AliasExpansionLimitExceeded { .. } => (
            Code::TooComplex,
            key_path,
            msg!("parse-aliases-expand", most = MAX_REPLAYED_EVENTS),
        ),
        YamlError::AliasReplayStackDepthExceeded { max_depth, .. } => (
            Code::TooComplex,
            key_path,
            msg!("parse-aliases-nest", most = max_depth),
        ),
        other => {
            if let Some(explained) = syntax(text, &strip_location(&other.to_string()), position) {
                return ParseError {
                    key: key_path.into(),
                    ..explained
                };
            }
            (Code::YamlSyntax, key_path, syntax_words(&other))
        }
    };
    let position = if code == Code::MissingKey && !key.contains(['.', '[']) {
        Position::START
    } else {
        position
    };
    ParseError {
        position,
        code,
        key: key.into(),
        message,
    }
}

/// A wrong kind of value, in plain words: what was found, whole (`12,5`,
/// not `12`), what fits there, and how to write a number written as on
/// paper (`write 12.5`).
fn wrong_type(text: &str, position: Position, unexpected: &str, expected: &str) -> Message {
    let expected = plain_expected(expected);
    let found = found_at(text, position);
    let numeric = matches!(expected.as_str(), "a whole number" | "a number");
    let written = numeric
        .then(|| crate::explain::number(&found, expected == "a whole number"))
        .flatten();
    let expected_words = expected_words(&expected);
    match written {
        Some(written) => msg!(
            "parse-number-as-written",
            found = found,
            expected = expected_words,
            written = written
        ),
        None if found.is_empty() => msg!(
            "parse-wrong-type",
            found = unexpected,
            expected = expected_words
        ),
        None => msg!("parse-wrong-type", found = found, expected = expected_words),
    }
}

/// What fits where a value of the wrong kind was found, as a message.
fn expected_words(expected: &str) -> Message {
    match plain_expected(expected).as_str() {
        "a whole number" => Message::new("parse-expected-whole-number"),
        "a number" => Message::new("parse-expected-number"),
        "a list" => Message::new("parse-expected-list"),
        "a mapping of keys" => Message::new("parse-expected-mapping"),
        "a string" => Message::new("parse-expected-text"),
        other if other.contains("bool") => Message::new("parse-expected-boolean"),
        other if other.starts_with("a size") => Message::new("parse-expected-size"),
        _ => Message::new("parse-expected-other"),
    }
}

/// The kind of trouble the YAML scanner met, when it was the scanner.
fn scan_kind(error: &YamlError) -> Option<&ErrorKind> {
    match error {
        YamlError::ExternalMessage { source, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => Some(scan.kind()),
            _ => None,
        },
        _ => None,
    }
}

/// A syntax error in the file's terms, from the kind of trouble the
/// parser met (never its own English words): what is wrong at that place
/// and how to write it.
fn syntax_words(error: &YamlError) -> Message {
    let id = match error {
        YamlError::Eof { .. } => "syntax-unexpected-end",
        YamlError::MultipleDocuments { .. } => "parse-second-document",
        YamlError::UnknownAnchor { .. } => "syntax-unknown-anchor",
        _ => match scan_kind(error) {
            Some(kind) => return scan_words(kind),
            None => "syntax-other",
        },
    };
    Message::new(id)
}

/// [`syntax_words`] for the scanner's kinds of trouble, family by family.
fn scan_words(kind: &ErrorKind) -> Message {
    use ErrorKind as K;
    let id = match kind {
        K::UnexpectedEofFlowSequence
        | K::UnexpectedEofFlowMapping
        | K::UnexpectedEofImplicitFlowMapping
        | K::UnexpectedEofBlockSequence
        | K::UnexpectedEofBlockMapping
        | K::UnexpectedEof => "syntax-unexpected-end",
        K::UnclosedFlowCollection { open } => {
            return msg!(
                "syntax-unclosed-bracket",
                open = open.to_string(),
                close = closing(*open)
            );
        }
        K::MismatchedFlowCollectionEnd { open, close } => {
            return msg!(
                "syntax-mismatched-bracket",
                open = open.to_string(),
                close = close.to_string(),
                expected = closing(*open)
            );
        }
        K::MisplacedFlowCollectionEnd => "syntax-stray-bracket",
        K::ExpectedFlowMappingSeparator | K::ExpectedFlowSequenceSeparator => {
            "syntax-flow-separator"
        }
        K::UnclosedQuotedScalar
        | K::DocumentIndicatorInQuotedScalar
        | K::InvalidQuotedScalarIndent => "syntax-unclosed-quote",
        K::InvalidTrailingSingleQuotedScalar | K::InvalidTrailingDoubleQuotedScalar => {
            "syntax-after-quote"
        }
        K::UnknownQuotedScalarEscape
        | K::InvalidQuotedScalarHexEscape
        | K::InvalidLowSurrogateHexEscape
        | K::InvalidLowSurrogate
        | K::MissingLowSurrogate
        | K::UnpairedLowSurrogate
        | K::InvalidUnicodeEscape => "syntax-escape",
        K::TabNotAllowed
        | K::TabInBlockIndentation
        | K::TabInIndentation
        | K::TabAtBlockScalarStart
        | K::TabInPlainScalar => "syntax-tab",
        K::CommentNotSeparated | K::CommentInterceptedScalar => "syntax-comment",
        K::InvalidIndentation
        | K::ExpectedBlockMappingKey
        | K::ExpectedBlockSequenceEntry
        | K::BlockSequenceEntryNotAllowed
        | K::BlockEntryInFlowCollection
        | K::InvalidBlockScalarIndent
        | K::InvalidFlowScalarIndent
        | K::MappingKeyNotAllowed
        | K::MappingValueNotAllowed
        | K::SimpleKeyExpected
        | K::InvalidSimpleKey => "syntax-indentation",
        K::InvalidColonPlacement
        | K::InvalidMappingValueWhitespace
        | K::FlowMappingValueAdjacentCollection => "syntax-colon",
        K::InvalidBlockEntryWhitespace | K::PlainScalarStartsWithDashFlowIndicator => "syntax-dash",
        K::ZeroBlockScalarIndent | K::InvalidBlockScalarHeader => "syntax-block-scalar",
        K::MissingAnchorOrAliasName | K::AnchorCountOverflow => "syntax-anchor-name",
        K::UnknownAnchor => "syntax-unknown-anchor",
        K::ExpectedTagBang
        | K::ExpectedTagDirectiveBang
        | K::InvalidGlobalTagCharacter
        | K::UndeclaredTagHandle
        | K::InvalidTagTerminator
        | K::MissingTagUri
        | K::UnclosedVerbatimTag
        | K::InvalidTagEscape
        | K::InvalidTagUtf8LeadingByte
        | K::InvalidTagUtf8TrailingByte
        | K::InvalidTagUtf8
        | K::DuplicateTagDirective
        | K::InvalidTagDirectiveTerminator => "syntax-tag",
        K::DuplicateVersionDirective
        | K::UnsupportedYamlMajorVersion
        | K::MissingDocumentEndBeforeDirective
        | K::InvalidDirectiveTerminator
        | K::DirectiveDisallowed
        | K::MissingYamlVersionSeparator
        | K::MissingDirectiveName
        | K::InvalidDirectiveName
        | K::DirectiveByteLimitExceeded { .. }
        | K::TooManyReservedDirectiveParams { .. }
        | K::YamlVersionTooLong
        | K::MissingYamlVersion
        | K::ExpectedDocumentStart
        | K::InvalidDocumentEnd => "syntax-directive",
        K::UnexpectedCharacter { character } => {
            return msg!("syntax-character", character = character.to_string());
        }
        K::BomInsideDocument => "syntax-bom",
        K::MultipleDocumentsUnsupported => "parse-second-document",
        K::RecursionLimitExceeded => {
            return msg!("parse-too-deep-brackets", most = MAX_DEPTH);
        }
        _ => "syntax-other",
    };
    Message::new(id)
}

/// Words of the format (keys, values) as written, in backticks: `high`, `low`.
fn as_written(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|word| format!("`{word}`")).collect();
    quoted.join(", ")
}

/// The bracket that closes `open`.
fn closing(open: char) -> String {
    match open {
        '[' => "]",
        '{' => "}",
        _ => "",
    }
    .to_owned()
}

/// A syntax error the parser words in its own terms (`said`, without its
/// position), said in the file's:
/// a tab in the indentation (at the tab), a second document (at its
/// `---`), entries under a `key: []`.
fn syntax(text: &str, said: &str, at: Position) -> Option<ParseError> {
    let finding = |position, message| {
        Some(ParseError {
            position,
            code: Code::YamlSyntax,
            key: Cow::Borrowed(""),
            message,
        })
    };
    if said.contains("multiple YAML documents")
        && let Some((at, id)) = crate::explain::second_document(text)
    {
        return finding(at, Message::new(id));
    }
    if said.contains("tab")
        && let Some(at) = crate::explain::tab_in_indentation(text)
    {
        return finding(at, Message::new("parse-tab"));
    }
    if let Some((brackets, key)) = crate::explain::empty_flow_before(text, at.line) {
        return finding(brackets, msg!("parse-entries-under-empty", key = key));
    }
    if let Some((bracket, open)) = crate::explain::unclosed_bracket_before(text, at.line) {
        let message = msg!(
            "syntax-unclosed-bracket",
            open = open.to_string(),
            close = closing(open)
        );
        return finding(bracket, message);
    }
    None
}

/// Says which parsing limit a file went past, in terms of the file.
fn over_budget(breach: &BudgetBreach) -> Message {
    match breach {
        BudgetBreach::Depth { .. } => msg!("budget-depth", most = MAX_DEPTH),
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
            msg!("budget-nodes", most = MAX_NODES)
        }
        BudgetBreach::Documents { .. } => msg!("budget-documents", most = MAX_DOCUMENTS),
        BudgetBreach::Aliases { .. }
        | BudgetBreach::Anchors { .. }
        | BudgetBreach::AliasAnchorRatio { .. }
        | BudgetBreach::RecordedAnchorEvents { .. }
        | BudgetBreach::RecordedAnchorBytes { .. } => Message::new("budget-aliases"),
        BudgetBreach::MergeKeys { .. } => Message::new("budget-merge-keys"),
        BudgetBreach::ScalarBytes { .. } => Message::new("budget-text"),
        _ => Message::new("budget-other"),
    }
}

/// The `line:column` that [`crate::model::finite`] gives as what it found.
fn value_position(unexpected: &str) -> Option<Position> {
    let (line, column) = unexpected.split_once(':')?;
    Some(Position::new(line.parse().ok()?, column.parse().ok()?))
}

fn found_at(text: &str, position: Position) -> String {
    crate::source::token_in(text, position)
}

/// Our output names the position itself; the parser repeats it in its text.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

/// Serde names the Rust type it wanted; users think in YAML.
fn plain_expected(expected: &str) -> String {
    if expected.starts_with("struct") || expected.starts_with("map") {
        return "a mapping of keys".to_owned();
    }
    match expected {
        "i64" | "i32" | "u32" | "u64" | "integer" | "an integer" | "a whole number" => {
            "a whole number".to_owned()
        }
        "f64" | "f32" | "floating point" | "a floating point number" | "a number" => {
            "a number".to_owned()
        }
        "a sequence" => "a list".to_owned(),
        "string scalar" | "a string" | "string" => "a string".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_spanned_segments_from_paths() {
        assert_eq!(clean_path("client.value.indstry"), "client.indstry");
        assert_eq!(
            clean_path("decision_group.value[0].roles.value[0].value"),
            "decision_group[0].roles[0]"
        );
        assert_eq!(clean_path("client.value.?.name"), "client.name");
        assert_eq!(clean_path(""), "");
    }

    #[test]
    fn reports_bad_utf8_with_offset_and_line() {
        let error = decode(b"version: 1\nclient: \xff\n").unwrap_err();
        assert_eq!(error.position, Position::new(2, 9));
        assert!(
            error.message.to_string().contains("byte offset 19"),
            "{}",
            error.message
        );
        assert!(
            error.message.to_string().contains("line 2"),
            "{}",
            error.message
        );
    }

    /// The break is where the YAML parser stops, whatever the values say:
    /// a number YAML reads as infinite is the model's business, not a break.
    #[test]
    fn a_syntax_break_is_found_by_the_parser_alone() {
        let tab = syntax_break("a: .inf\nb:\n  c: 1\n\td: 2\n").unwrap();
        assert_eq!(
            (tab.code, tab.position),
            (Code::YamlSyntax, Position::new(4, 1))
        );
        let bracket = syntax_break("a: 1\nb: [x\n").unwrap();
        assert_eq!(bracket.code, Code::YamlSyntax);
        assert_eq!(syntax_break("a: .inf\nb: !!int x\nc: [1, 2]\n"), None);
        let deep = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        assert_eq!(syntax_break(&deep).map(|b| b.code), Some(Code::TooComplex));
    }

    #[test]
    fn strips_a_byte_order_mark() {
        assert_eq!(
            decode("\u{feff}version: 1".as_bytes()).unwrap(),
            "version: 1"
        );
    }
}
