//! What a dossier means, as a tree that compares by meaning rather than by
//! bytes (FORMAT.md, "History from git"): the one comparison behind `log`,
//! `changes` and the reviews without changes of `review`.
//!
//! A [`Meaning`] is built from the parsed model serialised to JSON, so
//! comments, quoting, indentation and key order are gone before anything is
//! compared. Then:
//! - named entries (people, competitors, plan entries…) are matched by name
//!   compared as names are ([`crate::names::key`]), so their order does not
//!   matter ([`list_rule`] is the table of which lists and by which key);
//! - lists of plain values (`roles`, `environment.*`…) are sets;
//! - defaults are filled in (a missing `status: open` equals `status: open`,
//!   [`DEFAULTS`]), and a null, an empty list and an empty mapping are the
//!   same as an absent key;
//! - names of people compare as names ([`NAME_FIELDS`]).
//!
//! [`diff`] lists the [`Change`]s from one meaning to another.

use crate::names;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// How the entries of a list are matched between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRule {
    /// Entries matched by these fields, joined by a space, compared as names
    /// are: `decision_group` by `name`, `company_view.history` by `date` and
    /// `summary`, `client.financials` by `year`.
    Named(&'static [&'static str]),
    /// Plain values whose order means nothing: `roles`, `environment.*`.
    Set,
    /// Any other list: compared element by element, in order.
    Ordered,
}

/// Which list is which, by its path with `[]` for "any entry"
/// (FORMAT.md, "History from git"). The `plan` paths are the account plan's
/// (FORMAT.md, "The account plan").
pub fn list_rule(path: &str) -> ListRule {
    const NAME: &[&str] = &["name"];
    match path {
        "client.structure"
        | "company_view.team"
        | "decision_group"
        | "competitors"
        | "plan.needs"
        | "plan.objectives"
        | "plan.objectives[].actions"
        | "plan.resources"
        | "plan.solutions" => ListRule::Named(NAME),
        "client.financials" => ListRule::Named(&["year"]),
        "company_view.history" => ListRule::Named(&["date", "summary"]),
        "decision_group[].roles"
        | "company_view.relationship.previous_vendors"
        | "plan.objectives[].needs"
        | "plan.solutions[].replicated_to" => ListRule::Set,
        _ if path.starts_with("client.environment.") => ListRule::Set,
        _ => ListRule::Ordered,
    }
}

/// Values a key takes when it is absent, by the path of the key: a missing
/// `status: open` means `status: open` (FORMAT.md, "A dossier file" and
/// "The account plan").
pub const DEFAULTS: &[(&str, &str, DefaultValue)] = &[
    ("", "status", DefaultValue::Text("active")),
    ("plan.needs[]", "status", DefaultValue::Text("open")),
    ("plan.needs[]", "confirmed", DefaultValue::Bool(false)),
    ("plan.objectives[]", "status", DefaultValue::Text("open")),
    (
        "plan.objectives[].actions[]",
        "status",
        DefaultValue::Text("open"),
    ),
    (
        "plan.resources[]",
        "status",
        DefaultValue::Text("requested"),
    ),
    (
        "plan.solutions[]",
        "status",
        DefaultValue::Text("candidate"),
    ),
];

/// A default of [`DEFAULTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultValue {
    Text(&'static str),
    Bool(bool),
}

impl DefaultValue {
    fn value(self) -> Value {
        match self {
            DefaultValue::Text(text) => Value::String(text.to_owned()),
            DefaultValue::Bool(flag) => Value::Bool(flag),
        }
    }
}

/// Fields that hold a person's (or an entry's) name: two values that are
/// one name as people read them are not a change.
pub const NAME_FIELDS: &[&str] = &[
    "client.name",
    "client.structure[].head",
    "company_view.account_manager",
    "company_view.executive_sponsor",
    "decision_group[].reports_to",
    "decision_group[].covered_by",
    "plan.needs[].source",
    "plan.objectives[].owner",
    "plan.objectives[].actions[].owner",
    "review.reviewed_by",
];

/// Amounts, and where their currency is: a sibling `currency` key.
const AMOUNTS: &[&str] = &[
    "next_year",
    "three_to_five_years",
    "amount",
    "revenue",
    "net_income",
];

/// The order of the top-level keys, as FORMAT.md writes a dossier; keys
/// within a section are in alphabetical order.
const SECTIONS: &[&str] = &[
    "version",
    "status",
    "client",
    "company_view",
    "decision_group",
    "competitors",
    "plan",
    "review",
];

/// One version of a dossier, reduced to its meaning.
#[derive(Debug, Clone)]
pub struct Meaning {
    root: Node,
}

#[derive(Debug, Clone)]
enum Node {
    /// A string, number or boolean.
    Scalar(Value),
    /// A name: compared by [`names::key`] (kept), shown as written.
    Name { written: String, key: String },
    /// A mapping without absent, null or empty values.
    Map(BTreeMap<String, Node>),
    /// Entries matched by name, in the order written.
    Named(Vec<Entry>),
    /// Plain values, each once, in the order written.
    Set(Vec<Node>),
    /// Any other list.
    Ordered(Vec<Node>),
}

#[derive(Debug, Clone)]
struct Entry {
    /// The name as written (the matching fields joined by a space).
    name: String,
    /// What entries are matched by: [`names::key`] of the name, with `#2`,
    /// `#3`… after a name written twice (a `duplicate-entry` error).
    key: String,
    node: Node,
}

impl Meaning {
    /// The meaning of a parsed dossier.
    pub fn of(dossier: &crate::model::Dossier) -> Meaning {
        Meaning::from_json(serde_json::to_value(dossier).unwrap_or(Value::Null))
    }

    /// The meaning of a dossier serialised to JSON (the model's own
    /// serialisation: values without their positions).
    pub fn from_json(value: Value) -> Meaning {
        Meaning {
            root: normalise(value, "").unwrap_or_else(|| Node::Map(BTreeMap::new())),
        }
    }

    /// The same dossier without one top-level section (`review`, for the
    /// reviews without changes).
    pub fn without(&self, section: &str) -> Meaning {
        let mut root = self.root.clone();
        if let Node::Map(map) = &mut root {
            map.remove(section);
        }
        Meaning { root }
    }

    /// Whether two versions mean the same.
    pub fn same(&self, other: &Meaning) -> bool {
        same(&self.root, &other.root)
    }

    /// The text at a top-level path such as `review.last_reviewed`, when it
    /// is a string or a name.
    pub fn text(&self, path: &str) -> Option<&str> {
        let mut node = &self.root;
        for part in path.split('.') {
            match node {
                Node::Map(map) => node = map.get(part)?,
                _ => return None,
            }
        }
        match node {
            Node::Scalar(Value::String(text)) => Some(text),
            Node::Name { written, .. } => Some(written),
            _ => None,
        }
    }
}

/// Reduces a JSON value at `path` (`decision_group[].roles`); `None` for a
/// value that counts as absent.
fn normalise(value: Value, path: &str) -> Option<Node> {
    match value {
        Value::Null => None,
        Value::Object(map) => {
            let mut out = BTreeMap::new();
            for (key, value) in map {
                let child = join(path, &key);
                if let Some(node) = normalise(value, &child) {
                    out.insert(key, node);
                }
            }
            for (parent, key, default) in DEFAULTS {
                if *parent == path && !out.contains_key(*key) {
                    out.insert((*key).to_owned(), Node::Scalar(default.value()));
                }
            }
            (!out.is_empty()).then_some(Node::Map(out))
        }
        Value::Array(items) if items.is_empty() => None,
        Value::Array(items) => {
            let entry_path = format!("{path}[]");
            Some(match list_rule(path) {
                ListRule::Named(fields) => Node::Named(named_entries(items, fields, &entry_path)),
                ListRule::Set => {
                    let mut set: Vec<Node> = Vec::new();
                    for item in items {
                        let Some(node) = normalise(item, &entry_path) else {
                            continue;
                        };
                        let node = as_name(node);
                        if !set.iter().any(|seen| same(seen, &node)) {
                            set.push(node);
                        }
                    }
                    Node::Set(set)
                }
                ListRule::Ordered => Node::Ordered(
                    items
                        .into_iter()
                        .map(|item| {
                            normalise(item, &entry_path).unwrap_or(Node::Scalar(Value::Null))
                        })
                        .collect(),
                ),
            })
        }
        Value::String(text) if NAME_FIELDS.contains(&path) || path.ends_with("[].name") => {
            Some(as_name(Node::Scalar(Value::String(text))))
        }
        scalar => Some(Node::Scalar(whole_number(scalar))),
    }
}

/// A string node turned into a name node (other nodes are left as they are).
fn as_name(node: Node) -> Node {
    match node {
        Node::Scalar(Value::String(written)) => Node::Name {
            key: names::key(&written),
            written,
        },
        other => other,
    }
}

/// `12000000.0` is shown and compared as `12000000`.
fn whole_number(value: Value) -> Value {
    match value.as_f64() {
        Some(number) if value.is_f64() && number.fract() == 0.0 && number.abs() < 9.0e15 => {
            Value::from(number as i64)
        }
        _ => value,
    }
}

fn named_entries(items: Vec<Value>, fields: &[&str], entry_path: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let name = entry_name(&item, fields).unwrap_or_else(|| format!("#{}", index + 1));
        let base = names::key(&name);
        let mut key = base.clone();
        let mut n = 1;
        while entries.iter().any(|entry| entry.key == key) {
            n += 1;
            key = format!("{base}#{n}");
        }
        let node = normalise(item, entry_path).unwrap_or_else(|| Node::Map(BTreeMap::new()));
        entries.push(Entry { name, key, node });
    }
    entries
}

/// The name an entry is matched by: its matching fields as written, joined
/// by a space (`2024-03-15 WMS rollout tender`); `None` when all are absent.
fn entry_name(item: &Value, fields: &[&str]) -> Option<String> {
    let parts: Vec<String> = fields
        .iter()
        .filter_map(|field| match item.get(*field)? {
            Value::String(text) => Some(text.clone()),
            Value::Null => None,
            other => Some(whole_number(other.clone()).to_string()),
        })
        .collect();
    let name = parts.join(" ");
    (!name.trim().is_empty()).then_some(name)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn same(a: &Node, b: &Node) -> bool {
    match (a, b) {
        (Node::Scalar(a), Node::Scalar(b)) => a == b,
        (Node::Name { key: a, .. }, Node::Name { key: b, .. }) => a == b,
        (Node::Map(a), Node::Map(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, node)| b.get(key).is_some_and(|other| same(node, other)))
        }
        (Node::Named(a), Node::Named(b)) => {
            a.len() == b.len()
                && a.iter().all(|entry| {
                    b.iter()
                        .find(|other| other.key == entry.key)
                        .is_some_and(|other| same(&entry.node, &other.node))
                })
        }
        (Node::Set(a), Node::Set(b)) => {
            a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| same(x, y)))
        }
        (Node::Ordered(a), Node::Ordered(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        _ => false,
    }
}

impl Node {
    fn is_collection(&self) -> bool {
        matches!(self, Node::Named(_) | Node::Set(_))
    }

    /// An empty node of the same kind.
    fn emptied(&self) -> Node {
        match self {
            Node::Named(_) => Node::Named(Vec::new()),
            Node::Set(_) => Node::Set(Vec::new()),
            _ => Node::Map(BTreeMap::new()),
        }
    }

    /// The value as JSON, as the model writes it (defaults included).
    fn to_json(&self) -> Value {
        match self {
            Node::Scalar(value) => value.clone(),
            Node::Name { written, .. } => Value::String(written.clone()),
            Node::Map(map) => Value::Object(
                map.iter()
                    .map(|(key, node)| (key.clone(), node.to_json()))
                    .collect::<Map<String, Value>>(),
            ),
            Node::Named(entries) => {
                Value::Array(entries.iter().map(|entry| entry.node.to_json()).collect())
            }
            Node::Set(items) | Node::Ordered(items) => {
                Value::Array(items.iter().map(Node::to_json).collect())
            }
        }
    }
}

/// What happened to a key (FORMAT.md, "History from git").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One step of a change's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A key of a mapping.
    Key(String),
    /// A named entry of a list, by its name as written in the newer version
    /// (the older one for a removed entry).
    Entry(String),
    /// An element of an ordered list, 0-based.
    Index(usize),
}

/// One change in meaning. JSON: `{"key", "change", "old", "new"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The whole path from the top of the file:
    /// `decision_group[Pavel Orlov].roles`.
    pub key: String,
    pub change: ChangeKind,
    /// The older value (`null` for `added`); a whole entry for a removed
    /// named entry, one element for a set.
    pub old: Value,
    /// The newer value (`null` for `removed`).
    pub new: Value,
    /// The path, step by step, for the text form.
    #[serde(skip)]
    pub steps: Vec<Step>,
    /// Whether `old`/`new` are one element of a set.
    #[serde(skip)]
    pub element: bool,
    /// For an amount: its currency (the newer version's, else the older's).
    #[serde(skip)]
    pub currency: Option<String>,
    /// For an amount: the older version's currency (else the newer's), so
    /// an amount whose currency changed with it reads in its own.
    #[serde(skip)]
    pub old_currency: Option<String>,
}

/// The currencies beside an amount in the older and the newer version.
#[derive(Debug, Clone, Default)]
struct Currencies {
    old: Option<String>,
    new: Option<String>,
}

impl Currencies {
    /// The currencies of two versions of one mapping: each version's own,
    /// else the other's.
    fn of(old: &BTreeMap<String, Node>, new: &BTreeMap<String, Node>) -> Currencies {
        let (a, b) = (currency_of(old), currency_of(new));
        Currencies {
            old: a.clone().or_else(|| b.clone()),
            new: b.or(a),
        }
    }
}

/// Every change in meaning from `old` to `new`, section by section in the
/// order of FORMAT.md; named entries in the newer version's order, removed
/// ones after them in the older version's order.
pub fn diff(old: &Meaning, new: &Meaning) -> Vec<Change> {
    let mut out = Vec::new();
    let mut walk = Walk {
        steps: Vec::new(),
        out: &mut out,
    };
    match (&old.root, &new.root) {
        (Node::Map(a), Node::Map(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort_by_key(|key| {
                (
                    SECTIONS
                        .iter()
                        .position(|s| s == key)
                        .unwrap_or(SECTIONS.len()),
                    key.as_str(),
                )
            });
            keys.dedup();
            walk.map_keys(a, b, keys, Currencies::default());
        }
        (a, b) => walk.node(a, b, Currencies::default()),
    }
    out
}

struct Walk<'a> {
    steps: Vec<Step>,
    out: &'a mut Vec<Change>,
}

impl Walk<'_> {
    fn push(
        &mut self,
        change: ChangeKind,
        old: Value,
        new: Value,
        element: bool,
        currency: Currencies,
    ) {
        self.out.push(Change {
            key: key_of(&self.steps),
            change,
            old,
            new,
            steps: self.steps.clone(),
            element,
            currency: currency.new,
            old_currency: currency.old,
        });
    }

    fn node(&mut self, old: &Node, new: &Node, currency: Currencies) {
        match (old, new) {
            (Node::Map(a), Node::Map(b)) => {
                let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
                keys.sort();
                keys.dedup();
                self.map_keys(a, b, keys, Currencies::of(a, b));
            }
            (Node::Named(a), Node::Named(b)) => {
                for entry in b {
                    self.steps.push(Step::Entry(entry.name.clone()));
                    match a.iter().find(|other| other.key == entry.key) {
                        Some(other) => self.node(&other.node, &entry.node, Currencies::default()),
                        None => self.push(
                            ChangeKind::Added,
                            Value::Null,
                            entry.node.to_json(),
                            false,
                            Currencies::default(),
                        ),
                    }
                    self.steps.pop();
                }
                for entry in a {
                    if !b.iter().any(|other| other.key == entry.key) {
                        self.steps.push(Step::Entry(entry.name.clone()));
                        self.push(
                            ChangeKind::Removed,
                            entry.node.to_json(),
                            Value::Null,
                            false,
                            Currencies::default(),
                        );
                        self.steps.pop();
                    }
                }
            }
            (Node::Set(a), Node::Set(b)) => {
                for item in b {
                    if !a.iter().any(|other| same(item, other)) {
                        self.push(
                            ChangeKind::Added,
                            Value::Null,
                            item.to_json(),
                            true,
                            Currencies::default(),
                        );
                    }
                }
                for item in a {
                    if !b.iter().any(|other| same(item, other)) {
                        self.push(
                            ChangeKind::Removed,
                            item.to_json(),
                            Value::Null,
                            true,
                            Currencies::default(),
                        );
                    }
                }
            }
            (Node::Ordered(a), Node::Ordered(b)) => {
                for index in 0..a.len().max(b.len()) {
                    self.steps.push(Step::Index(index));
                    match (a.get(index), b.get(index)) {
                        (Some(x), Some(y)) => self.node(x, y, Currencies::default()),
                        (None, Some(y)) => self.push(
                            ChangeKind::Added,
                            Value::Null,
                            y.to_json(),
                            false,
                            Currencies::default(),
                        ),
                        (Some(x), None) => self.push(
                            ChangeKind::Removed,
                            x.to_json(),
                            Value::Null,
                            false,
                            Currencies::default(),
                        ),
                        (None, None) => {}
                    }
                    self.steps.pop();
                }
            }
            (a, b) if !same(a, b) => self.push(
                ChangeKind::Changed,
                a.to_json(),
                b.to_json(),
                false,
                currency,
            ),
            _ => {}
        }
    }

    fn map_keys(
        &mut self,
        a: &BTreeMap<String, Node>,
        b: &BTreeMap<String, Node>,
        keys: Vec<&String>,
        currency: Currencies,
    ) {
        for key in keys {
            let currency = if AMOUNTS.contains(&key.as_str()) {
                currency.clone()
            } else {
                Currencies::default()
            };
            self.steps.push(Step::Key(key.clone()));
            match (a.get(key), b.get(key)) {
                (Some(x), Some(y)) => self.node(x, y, currency),
                // A list of entries or a set that appears or disappears
                // changes entry by entry.
                (None, Some(y)) if y.is_collection() => {
                    self.node(&y.emptied(), y, Currencies::default())
                }
                (Some(x), None) if x.is_collection() => {
                    self.node(x, &x.emptied(), Currencies::default())
                }
                (None, Some(y)) => {
                    self.push(ChangeKind::Added, Value::Null, y.to_json(), false, currency)
                }
                (Some(x), None) => self.push(
                    ChangeKind::Removed,
                    x.to_json(),
                    Value::Null,
                    false,
                    currency,
                ),
                (None, None) => {}
            }
            self.steps.pop();
        }
    }
}

/// What a whole added or removed value is made of, for the text form: a
/// mapping becomes the changes [`diff`] would list had it been there empty
/// (its keys one by one, its named lists entry by entry, its sets element by
/// element; a `currency` beside amounts travels with them), and a whole named
/// entry stays one change followed by the entries of its own named lists (an
/// objective's `actions`). Any other change is itself. JSON keeps the one
/// change FORMAT.md asks for; this is how a person reads it.
pub fn parts(change: &Change) -> Vec<Change> {
    let mut out = Vec::new();
    split(change, &mut out);
    out
}

fn split(change: &Change, out: &mut Vec<Change>) {
    let added = match change.change {
        ChangeKind::Added => true,
        ChangeKind::Removed => false,
        ChangeKind::Changed => {
            out.push(change.clone());
            return;
        }
    };
    let value = if added { &change.new } else { &change.old };
    let node = match value {
        Value::Object(_) if !change.element => normalise(value.clone(), &pattern_of(&change.steps)),
        _ => None,
    };
    let Some(Node::Map(map)) = node else {
        out.push(change.clone());
        return;
    };
    let mut inner = Vec::new();
    let mut walk = Walk {
        steps: change.steps.clone(),
        out: &mut inner,
    };
    let empty = BTreeMap::new();
    let (old, new) = if added {
        (&empty, &map)
    } else {
        (&map, &empty)
    };
    let currency = Currencies::of(&map, &map);
    let entry = matches!(change.steps.last(), Some(Step::Entry(_)));
    if entry {
        // The entry itself says what it is; its own named lists follow.
        out.push(change.clone());
        let lists = map
            .iter()
            .filter(|(_, node)| matches!(node, Node::Named(_)))
            .map(|(key, _)| key)
            .collect();
        walk.map_keys(old, new, lists, Currencies::default());
    } else {
        let keys = map
            .keys()
            .filter(|key| {
                key.as_str() != "currency" || !map.keys().any(|k| AMOUNTS.contains(&k.as_str()))
            })
            .collect();
        walk.map_keys(old, new, keys, currency);
    }
    for part in &inner {
        split(part, out);
    }
}

/// The path of [`list_rule`] and [`DEFAULTS`] for a change's steps:
/// `plan.objectives[].actions`.
fn pattern_of(steps: &[Step]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            Step::Key(key) => path = join(&path, key),
            Step::Entry(_) | Step::Index(_) => path.push_str("[]"),
        }
    }
    path
}

fn currency_of(map: &BTreeMap<String, Node>) -> Option<String> {
    match map.get("currency")? {
        Node::Scalar(Value::String(code)) => Some(code.clone()),
        _ => None,
    }
}

/// `company_view.team[Sergey Kim].role`, `decision_group[Pavel Orlov]`.
pub fn key_of(steps: &[Step]) -> String {
    let mut key = String::new();
    for step in steps {
        match step {
            Step::Key(name) => {
                if !key.is_empty() {
                    key.push('.');
                }
                key.push_str(name);
            }
            Step::Entry(name) => {
                key.push('[');
                key.push_str(name);
                key.push(']');
            }
            Step::Index(index) => {
                key.push('[');
                key.push_str(&index.to_string());
                key.push(']');
            }
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn meaning(value: Value) -> Meaning {
        Meaning::from_json(value)
    }

    fn keys(changes: &[Change]) -> Vec<(String, ChangeKind)> {
        changes.iter().map(|c| (c.key.clone(), c.change)).collect()
    }

    #[test]
    fn order_of_named_entries_and_of_sets_is_not_a_change() {
        let a = meaning(json!({"decision_group": [
            {"name": "Pavel Orlov", "roles": ["decision_maker", "supporter"]},
            {"name": "Anna Ivanova", "roles": ["technical"]}]}));
        let b = meaning(json!({"decision_group": [
            {"name": "anna  ivanova", "roles": ["technical"]},
            {"name": "Pavel Orlov", "roles": ["supporter", "decision_maker"]}]}));
        assert!(a.same(&b));
        assert!(diff(&a, &b).is_empty());
    }

    #[test]
    fn a_role_change_is_one_change_per_element() {
        let a =
            meaning(json!({"decision_group": [{"name": "Pavel Orlov", "roles": ["supporter"]}]}));
        let b =
            meaning(json!({"decision_group": [{"name": "Pavel Orlov", "roles": ["opponent"]}]}));
        let changes = diff(&a, &b);
        assert_eq!(
            keys(&changes),
            [
                (
                    "decision_group[Pavel Orlov].roles".to_owned(),
                    ChangeKind::Added
                ),
                (
                    "decision_group[Pavel Orlov].roles".to_owned(),
                    ChangeKind::Removed
                ),
            ]
        );
        assert_eq!(changes[0].new, json!("opponent"));
        assert_eq!(changes[1].old, json!("supporter"));
    }

    #[test]
    fn defaults_and_empty_values_are_absent_keys() {
        let a = meaning(json!({"plan": {"needs": [{"name": "X"}]}, "client": {"structure": []}}));
        let b = meaning(
            json!({"plan": {"needs": [{"name": "X", "status": "open", "confirmed": false}]}, "status": "active"}),
        );
        assert!(a.same(&b), "{:?}", diff(&a, &b));
        let c = meaning(json!({"plan": {"needs": [{"name": "X", "status": "addressed"}]}}));
        assert_eq!(
            keys(&diff(&a, &c)),
            [("plan.needs[X].status".to_owned(), ChangeKind::Changed)]
        );
    }

    #[test]
    fn amounts_carry_their_currency_and_whole_numbers_are_integers() {
        let a = meaning(
            json!({"company_view": {"opportunity": {"currency": "RUB", "next_year": 12000000.0}}}),
        );
        let b = meaning(
            json!({"company_view": {"opportunity": {"currency": "RUB", "next_year": 8000000.0}}}),
        );
        let changes = diff(&a, &b);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].key, "company_view.opportunity.next_year");
        assert_eq!(changes[0].old, json!(12000000));
        assert_eq!(changes[0].new, json!(8000000));
        assert_eq!(changes[0].currency.as_deref(), Some("RUB"));
    }

    #[test]
    fn entries_added_and_removed_whole_and_named_as_written() {
        let a = meaning(
            json!({"company_view": {"team": [{"name": "Sergey Kim", "role": "presales"}]}}),
        );
        let b = meaning(
            json!({"company_view": {"history": [{"date": "2024-03-15", "summary": "WMS rollout tender", "kind": "tender"}]}}),
        );
        let changes = diff(&a, &b);
        assert_eq!(
            keys(&changes),
            [
                (
                    "company_view.history[2024-03-15 WMS rollout tender]".to_owned(),
                    ChangeKind::Added
                ),
                (
                    "company_view.team[Sergey Kim]".to_owned(),
                    ChangeKind::Removed
                ),
            ]
        );
        assert_eq!(
            changes[1].old,
            json!({"name": "Sergey Kim", "role": "presales"})
        );
    }

    #[test]
    fn names_equal_as_names_are_not_a_change_and_sections_keep_file_order() {
        let a = meaning(
            json!({"review": {"last_reviewed": "2026-01-01"}, "company_view": {"account_manager": "Пётр Иванов"}}),
        );
        let b = meaning(
            json!({"review": {"last_reviewed": "2026-04-01"}, "company_view": {"account_manager": "петр  иванов"}, "client": {"name": "X"}}),
        );
        assert_eq!(
            keys(&diff(&a, &b)),
            [
                ("client".to_owned(), ChangeKind::Added),
                ("review.last_reviewed".to_owned(), ChangeKind::Changed),
            ]
        );
        assert!(a.without("review").same(&meaning(
            json!({"company_view": {"account_manager": "Петр Иванов"}})
        )));
        assert_eq!(b.text("review.last_reviewed"), Some("2026-04-01"));
    }

    #[test]
    fn a_whole_section_is_made_of_its_keys_and_entries() {
        let a = meaning(json!({"client": {"name": "X"}}));
        let b = meaning(json!({"client": {"name": "X"}, "plan": {
            "objectives": [{"name": "Win", "owner": "Anna", "actions": [{"name": "Demo", "owner": "Anna", "due": "2026-12-15"}]}],
            "resources": [{"name": "Licences", "from": "Finance", "amount": 1500000, "currency": "RUB"}]
        }, "company_view": {"relationship": {"purchase_budget": {"amount": 3.0e7, "currency": "RUB"}, "previous_vendors": ["A", "B"]}}}));
        let changes = diff(&a, &b);
        assert_eq!(
            keys(&changes),
            [
                ("company_view".to_owned(), ChangeKind::Added),
                ("plan".to_owned(), ChangeKind::Added)
            ],
            "JSON: one change holding the whole value"
        );
        let split: Vec<Change> = changes.iter().flat_map(parts).collect();
        assert_eq!(
            keys(&split),
            [
                (
                    "company_view.relationship.previous_vendors".to_owned(),
                    ChangeKind::Added
                ),
                (
                    "company_view.relationship.previous_vendors".to_owned(),
                    ChangeKind::Added
                ),
                (
                    "company_view.relationship.purchase_budget.amount".to_owned(),
                    ChangeKind::Added
                ),
                ("plan.objectives[Win]".to_owned(), ChangeKind::Added),
                (
                    "plan.objectives[Win].actions[Demo]".to_owned(),
                    ChangeKind::Added
                ),
                ("plan.resources[Licences]".to_owned(), ChangeKind::Added),
            ]
        );
        assert!(split[0].element && split[1].element, "set elements");
        assert_eq!(split[2].currency.as_deref(), Some("RUB"));
        assert_eq!(split[2].new, json!(30000000));
        // Removed: the same parts the other way round.
        let back: Vec<Change> = diff(&b, &a).iter().flat_map(parts).collect();
        assert_eq!(back.len(), split.len());
        assert!(back.iter().all(|c| c.change == ChangeKind::Removed));
    }
}
