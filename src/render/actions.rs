//! Output of `dossier actions`: a table for people, JSON and CSV for scripts
//! (FORMAT.md, "The account plan": the same columns in both).

use super::table::{self, Align, Tone};
use crate::dates::Status;
use crate::i18n::text;
use crate::style::Style;
use chrono::NaiveDate;
use serde::Serialize;
use std::path::PathBuf;

/// One open action of an open objective.
#[derive(Debug, Clone, Serialize)]
pub struct ActionRow {
    /// The dossier's id.
    pub id: String,
    pub client: String,
    pub objective: String,
    pub action: String,
    pub owner: String,
    /// The action's own department, not inherited; `null` when not given.
    pub department: Option<String>,
    pub due: NaiveDate,
    /// `overdue` | `due_soon` | `ok`.
    pub status: Status,
    /// Days past `due`; negative while it is not yet due.
    pub days_overdue: i64,
    #[serde(serialize_with = "super::serialize_path")]
    pub path: PathBuf,
    /// Where the action stands in its dossier, for ties.
    #[serde(skip)]
    pub order: usize,
    /// Another listed action of the same dossier has this name (names
    /// compare as names do): people are shown its objective too.
    #[serde(skip)]
    pub shared_name: bool,
}

impl ActionRow {
    /// The action as people read it in a table, the report and the
    /// calendar: its name, and its objective when another action of the
    /// dossier has the same name (`Demo («Win the WMS rollout»)`). JSON and
    /// CSV have the objective in a column of its own.
    pub fn label(&self) -> String {
        if self.shared_name {
            crate::msg!(
                "action-in-objective",
                action = self.action.as_str(),
                objective = self.objective.as_str()
            )
            .to_string()
        } else {
            self.action.clone()
        }
    }
}

/// Most overdue first; ties by id, then by the order in the file.
pub fn sort(rows: &mut [ActionRow]) {
    rows.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.order.cmp(&b.order))
    });
}

/// The table of `rows`; when there are none, a line saying so: none overdue
/// or due soon, or (`all`, every open action asked for) none at all.
pub fn table(rows: &[ActionRow], style: Style, all: bool) -> String {
    let mut out = String::new();
    if rows.is_empty() {
        out.push_str(&text(if all {
            "actions-none-at-all"
        } else {
            "actions-none"
        }));
        out.push('\n');
        return out;
    }
    let mut table = table::new(
        &[
            (&text("actions-header-due"), Align::Left),
            (&text("actions-header-days-overdue"), Align::Right),
            (&text("actions-header-status"), Align::Left),
            (&text("actions-header-owner"), Align::Left),
            (&text("actions-header-action"), Align::Left),
            (&text("actions-header-client"), Align::Left),
            (&text("actions-header-department"), Align::Left),
        ],
        style,
    );
    for row in rows {
        let (status, tone) = table::status_cell(Some(row.status));
        let client = if row.client.is_empty() {
            &row.id
        } else {
            &row.client
        };
        table.add_row(vec![
            table::cell(&row.due.to_string(), Tone::Plain),
            table::cell(&row.days_overdue.to_string(), tone),
            table::cell(&status, tone),
            table::cell(&row.owner, Tone::Plain),
            table::cell(&row.label(), Tone::Plain),
            table::cell(client, Tone::Plain),
            table::cell(row.department.as_deref().unwrap_or(""), Tone::Plain),
        ]);
    }
    out.push_str(&table::finish(&table));
    out.push('\n');
    out
}

pub fn csv(rows: &[ActionRow]) -> String {
    use super::csv::{Cell, header, record};
    let mut out = header(&[
        "id",
        "client",
        "objective",
        "action",
        "owner",
        "department",
        "due",
        "status",
        "days_overdue",
        "path",
    ]);
    for row in rows {
        out.push_str(&record(&[
            Cell::text(&row.id),
            Cell::text(&row.client),
            Cell::text(&row.objective),
            Cell::text(&row.action),
            Cell::text(&row.owner),
            Cell::text(row.department.as_deref().unwrap_or("")),
            Cell::number(row.due),
            Cell::text(row.status.as_str()),
            Cell::number(row.days_overdue),
            Cell::text(&row.path.to_string_lossy()),
        ]));
    }
    out
}
