//! Output of `dossier show`: one dossier, section by section, in the order of
//! the methodology, or its data as JSON with the review status and warnings.

use super::money::{exact_money, money};
use super::table::{self, Align, Tone};
use crate::account_plan::{ResourceLine, resource_totals_by_status};
use crate::dates::{Schedule, Status};
use crate::diag::Diagnostic;
use crate::i18n::text as t;
use crate::model::{CompetitorKind, Dossier, NeedStatus, Objective, Text, WorkStatus};
use crate::msg;
use crate::style::{Style, sanitize};
use serde::Serialize;
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::path::Path;
use unicode_width::UnicodeWidthStr;

/// Everything `show` prints about one dossier.
pub struct ShowView<'a> {
    pub id: &'a str,
    pub path: &'a Path,
    pub dossier: &'a Dossier,
    /// `None` when the review date cannot be read.
    pub schedule: Option<Schedule>,
    pub interval_months: u32,
    /// The gap warnings (errors go to stderr).
    pub warnings: &'a [Diagnostic],
    /// The day open actions are judged overdue against.
    pub today: chrono::NaiveDate,
}

/// Values start at least this many columns after their indent less two, so
/// that where labels are short every section's values line up in one column.
const LABEL: usize = 20;

/// The four kinds of competition, in the order the methodology names them.
const KINDS: [(CompetitorKind, &str); 4] = [
    (CompetitorKind::Direct, "show-kind-direct"),
    (CompetitorKind::Budget, "show-kind-budget"),
    (CompetitorKind::Inertia, "show-kind-inertia"),
    (CompetitorKind::InHouse, "show-kind-in-house"),
];

/// One `label   value` line, written when its section ends.
struct Field {
    indent: usize,
    /// Sanitized, on one line.
    label: String,
    /// The value's lines, sanitized (or styled by `show` itself).
    lines: Vec<String>,
}

/// What a section holds until it ends: text as written, and fields.
enum Piece {
    Text(String),
    Field(Field),
}

/// The text being written, a section at a time. The fields of one indent
/// in a section start their values in one column, after the widest of
/// their labels as a terminal shows it (Cyrillic one column a letter, CJK
/// two): a long label, such as a Russian one, moves its fellows with it,
/// never one line alone.
struct Writer {
    out: String,
    style: Style,
    section: Vec<Piece>,
}

impl Writer {
    fn new(style: Style) -> Writer {
        Writer {
            out: String::new(),
            style,
            section: Vec::new(),
        }
    }

    /// Where text that is not a field goes.
    fn raw(&mut self) -> &mut String {
        if !matches!(self.section.last(), Some(Piece::Text(_))) {
            self.section.push(Piece::Text(String::new()));
        }
        match self.section.last_mut() {
            Some(Piece::Text(text)) => text,
            _ => &mut self.out,
        }
    }

    /// Ends the section before and starts one with `title`.
    fn heading(&mut self, title: &str) {
        self.end_section();
        let title = self.style.bold(title);
        let _ = writeln!(self.raw(), "\n{title}");
    }

    fn line(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.raw(), "{}{}", " ".repeat(indent), sanitize(text));
    }

    /// `label   value`, the value's further lines aligned under its first;
    /// nothing for an empty value.
    fn field(&mut self, indent: usize, label: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let lines = value
            .lines()
            .map(|line| sanitize(line.trim_end()))
            .collect();
        self.push_field(indent, label, lines);
    }

    /// A field whose value `show` has styled itself (it is not sanitized).
    fn styled_field(&mut self, indent: usize, label: &str, value: String) {
        self.push_field(indent, label, vec![value]);
    }

    fn push_field(&mut self, indent: usize, label: &str, lines: Vec<String>) {
        self.section.push(Piece::Field(Field {
            indent,
            label: sanitize(&crate::style::one_line(label)),
            lines,
        }));
    }

    /// Writes the section: each field's value in the column of its indent.
    fn end_section(&mut self) {
        let mut columns: std::collections::BTreeMap<usize, usize> = Default::default();
        for piece in &self.section {
            if let Piece::Field(field) = piece {
                let column = columns
                    .entry(field.indent)
                    .or_insert_with(|| LABEL.saturating_sub(field.indent.saturating_sub(2)));
                *column = (*column).max(field.label.width() + 2);
            }
        }
        for piece in std::mem::take(&mut self.section) {
            let field = match piece {
                Piece::Text(text) => {
                    self.out.push_str(&text);
                    continue;
                }
                Piece::Field(field) => field,
            };
            let column = columns.get(&field.indent).copied().unwrap_or(LABEL);
            let indent = " ".repeat(field.indent);
            let pad = " ".repeat(column.saturating_sub(field.label.width()));
            let mut lines = field.lines.iter();
            let first = lines.next().map_or("", String::as_str);
            let _ = writeln!(self.out, "{indent}{}{pad}{first}", field.label);
            for rest in lines {
                let _ = writeln!(self.out, "{indent}{}{rest}", " ".repeat(column));
            }
        }
    }

    fn text(&mut self, indent: usize, label: &str, value: &Option<Text>) {
        if let Some(value) = value {
            self.field(indent, label, &value.value);
        }
    }

    fn table(&mut self, table: &comfy_table::Table) {
        let out = self.raw();
        for line in table::finish(table).lines() {
            let _ = writeln!(out, "  {line}");
        }
    }

    /// Everything written, the last section included.
    fn finish(mut self) -> String {
        self.end_section();
        self.out
    }
}

/// An enum value as a person reads it, in the run's language:
/// `decision_maker` is `decision maker` (see [`crate::i18n::term`]).
fn word<T: Serialize>(value: &T) -> String {
    crate::i18n::term_of(value)
}

fn text_of(value: &Option<Text>) -> &str {
    value.as_ref().map_or("", |t| t.value.trim())
}

pub fn text(view: &ShowView<'_>, style: Style) -> String {
    let mut w = Writer::new(style);
    let dossier = view.dossier;
    let client = &dossier.client.value;
    let title = match text_of(&client.name) {
        "" => view.id,
        name => name,
    };
    let _ = writeln!(w.raw(), "{}", style.bold(&sanitize(title)));
    w.line(0, &format!("{} · {}", view.id, view.path.display()));

    general(&mut w, dossier);
    our_view(&mut w, dossier);
    decision_group(&mut w, dossier);
    competition(&mut w, dossier);
    plan(&mut w, dossier, view.today);
    review(&mut w, view);

    w.heading(&t("show-gaps"));
    if view.warnings.is_empty() {
        w.line(2, &t("show-no-gaps"));
    }
    for warning in view.warnings {
        let code = style.yellow(&format!("{}[{}]", t("warning"), warning.code));
        let at = msg!("show-at-line", line = warning.line.to_string());
        let _ = writeln!(
            w.raw(),
            "  {code} {} ({at})",
            sanitize(&warning.message.to_string())
        );
    }
    w.finish()
}

fn general(w: &mut Writer, dossier: &Dossier) {
    let client = &dossier.client.value;
    w.heading(&t("show-1-general-information"));
    w.text(2, &t("show-industry"), &client.industry);
    w.text(2, &t("show-website"), &client.website);
    if let Some(headcount) = &client.headcount {
        w.field(2, &t("show-headcount"), &headcount.value.to_string());
    }
    w.text(2, &t("show-description"), &client.description);
    w.text(2, &t("show-history"), &client.history);
    w.text(2, &t("show-mission"), &client.mission);
    w.text(2, &t("show-positioning"), &client.positioning);
    w.text(2, &t("show-industry-trends"), &client.industry_trends);
    w.text(2, &t("show-culture"), &client.culture);
    if !client.structure.is_empty() {
        w.line(2, &t("show-structure"));
        for unit in &client.structure {
            let mut entry = text_of(&unit.name).to_owned();
            if let Some(kind) = &unit.kind {
                let _ = write!(entry, " ({})", word(&kind.value));
            }
            if !text_of(&unit.head).is_empty() {
                let _ = write!(
                    entry,
                    "; {}",
                    msg!("show-unit-head", head = text_of(&unit.head))
                );
            }
            w.line(4, &format!("- {entry}"));
            if !text_of(&unit.notes).is_empty() {
                for line in text_of(&unit.notes).lines() {
                    w.line(6, line);
                }
            }
        }
    }
    if let Some(environment) = &client.environment {
        let lists = [
            (&t("show-clients"), &environment.clients),
            (&t("show-competitors"), &environment.competitors),
            (&t("show-suppliers"), &environment.suppliers),
            (&t("show-banks"), &environment.banks),
            (&t("show-auditors"), &environment.auditors),
            (&t("show-consultants"), &environment.consultants),
        ];
        if lists.iter().any(|(_, names)| !names.is_empty()) {
            w.line(2, &t("show-environment"));
            for (label, names) in lists {
                w.field(4, label, &names.join(", "));
            }
        }
    }
    if !client.financials.is_empty() {
        w.line(2, &t("show-financials"));
        for row in &client.financials {
            let row = &row.value;
            let currency = row.currency.as_ref().map(|c| c.value.as_str());
            let mut parts = Vec::new();
            if let Some(revenue) = &row.revenue {
                parts.push(
                    msg!("show-revenue", amount = money(revenue.value, currency)).to_string(),
                );
            }
            if let Some(income) = &row.net_income {
                parts.push(
                    msg!("show-net-income", amount = money(income.value, currency)).to_string(),
                );
            }
            if !text_of(&row.notes).is_empty() {
                parts.push(text_of(&row.notes).to_owned());
            }
            let year = row
                .year
                .as_ref()
                .map_or_else(|| t("show-year-unknown"), |y| y.value.to_string());
            w.field(4, &year, &parts.join("; "));
        }
    }
}

fn our_view(w: &mut Writer, dossier: &Dossier) {
    let view = &dossier.company_view.value;
    w.heading(&t("show-2-our-view"));
    w.field(
        2,
        &t("show-account-manager"),
        text_of(&view.account_manager),
    );
    let none = t("show-none");
    let sponsor = match text_of(&view.executive_sponsor) {
        "" => &none,
        sponsor => sponsor,
    };
    w.field(2, &t("show-executive-sponsor"), sponsor);
    if !view.team.is_empty() {
        w.line(2, &t("show-team"));
        for member in &view.team {
            let entry = match text_of(&member.role) {
                "" => text_of(&member.name).to_owned(),
                role => format!("{}, {role}", text_of(&member.name)),
            };
            w.line(4, &format!("- {entry}"));
        }
    }
    match view.history.as_ref().filter(|h| !h.value.is_empty()) {
        None => w.field(2, &t("show-history"), &t("show-none-recorded")),
        Some(history) => {
            w.line(2, &t("show-history"));
            let mut table = table::new(
                &[
                    (&t("show-date"), Align::Left),
                    (&t("show-kind"), Align::Left),
                    (&t("show-summary"), Align::Left),
                    (&t("show-outcome"), Align::Left),
                    (&t("show-amount"), Align::Right),
                ],
                w.style,
            );
            for event in &history.value {
                let e = &event.value;
                let currency = e.currency.as_ref().map(|c| c.value.as_str());
                table.add_row(vec![
                    table::cell(text_of(&e.date), Tone::Plain),
                    table::cell(
                        &e.kind.as_ref().map(|k| word(&k.value)).unwrap_or_default(),
                        Tone::Plain,
                    ),
                    table::cell(text_of(&e.summary), Tone::Plain),
                    table::cell(
                        &e.outcome
                            .as_ref()
                            .map(|o| word(&o.value))
                            .unwrap_or_default(),
                        Tone::Plain,
                    ),
                    table::cell(
                        &e.amount
                            .as_ref()
                            .map(|a| money(a.value, currency))
                            .unwrap_or_default(),
                        Tone::Plain,
                    ),
                ]);
            }
            let mut indented = String::new();
            for line in table::finish(&table).lines() {
                let _ = writeln!(indented, "    {line}");
            }
            w.raw().push_str(&indented);
        }
    }
    if let Some(relationship) = &view.relationship {
        w.line(2, &t("show-relationship"));
        w.text(4, &t("show-current"), &relationship.current);
        w.text(4, &t("show-outlook"), &relationship.outlook);
        if let Some(budget) = &relationship.purchase_budget {
            let b = &budget.value;
            let currency = b.currency.as_ref().map(|c| c.value.as_str());
            let mut amount = b
                .amount
                .as_ref()
                .map(|a| money(a.value, currency))
                .unwrap_or_default();
            if let Some(period) = &b.period {
                let per = msg!("show-budget-period", period = word(&period.value));
                let _ = write!(amount, " {per}");
            }
            w.field(4, &t("show-purchase-budget"), &amount);
        }
        w.field(
            4,
            &t("show-previous-vendors"),
            &relationship.previous_vendors.join(", "),
        );
        w.text(
            4,
            &t("show-decision-process"),
            &relationship.decision_process,
        );
    }
    w.line(2, &t("show-opportunity"));
    let opportunity = view.opportunity.as_ref().map(|o| &o.value);
    let currency = opportunity.and_then(|o| o.currency.as_ref().map(|c| c.value.as_str()));
    let sized = |amount: Option<&crate::model::Spanned<f64>>| {
        amount.map_or_else(|| t("show-not-sized"), |a| money(a.value, currency))
    };
    w.field(
        4,
        &t("show-next-year"),
        &sized(opportunity.and_then(|o| o.next_year.as_ref())),
    );
    w.field(
        4,
        &t("show-three-to-five-years"),
        &sized(opportunity.and_then(|o| o.three_to_five_years.as_ref())),
    );
    if let Some(opportunity) = opportunity {
        w.text(4, &t("show-notes"), &opportunity.notes);
    }
}

fn decision_group(w: &mut Writer, dossier: &Dossier) {
    let members = &dossier.decision_group.value;
    w.heading(&t("show-3-decision-group"));
    if members.is_empty() {
        w.line(2, &t("show-nobody-yet"));
        return;
    }
    let mut table = table::new(
        &[
            (&t("show-name"), Align::Left),
            (&t("show-title"), Align::Left),
            (&t("show-roles"), Align::Left),
            (&t("show-influence"), Align::Left),
            (&t("show-reports-to"), Align::Left),
            (&t("show-covered-by"), Align::Left),
        ],
        w.style,
    );
    for member in members {
        let roles = member
            .roles
            .as_ref()
            .map(|roles| {
                roles
                    .value
                    .iter()
                    .map(|r| word(&r.value))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let nobody = t("show-nobody");
        let covered = match text_of(&member.covered_by) {
            "" => &nobody,
            name => name,
        };
        table.add_row(vec![
            table::cell(text_of(&member.name), Tone::Plain),
            table::cell(text_of(&member.title), Tone::Plain),
            table::cell(&roles, Tone::Plain),
            table::cell(
                &member
                    .influence
                    .as_ref()
                    .map(|l| word(&l.value))
                    .unwrap_or_default(),
                Tone::Plain,
            ),
            table::cell(text_of(&member.reports_to), Tone::Plain),
            table::cell(
                covered,
                if member.covered_by.is_none() {
                    Tone::Warn
                } else {
                    Tone::Plain
                },
            ),
        ]);
    }
    w.table(&table);
    let has_details = members.iter().any(|m| {
        [&m.email, &m.phone, &m.notes]
            .iter()
            .any(|t| !text_of(t).is_empty())
    });
    if has_details {
        w.line(2, &t("show-contacts-and-notes"));
        for member in members {
            let details: Vec<&str> = [&member.email, &member.phone, &member.notes]
                .into_iter()
                .map(text_of)
                .filter(|t| !t.is_empty())
                .collect();
            if !details.is_empty() {
                w.field(4, text_of(&member.name), &details.join("; "));
            }
        }
    }
}

fn competition(w: &mut Writer, dossier: &Dossier) {
    let competitors = &dossier.competitors.value;
    w.heading(&t("show-4-competition"));
    let mut unassessed = Vec::new();
    for (kind, label) in KINDS {
        let of_kind: Vec<_> = competitors
            .iter()
            .filter(|c| c.kind.as_ref().is_some_and(|k| k.value == kind))
            .collect();
        if of_kind.is_empty() {
            unassessed.push(t(label));
            continue;
        }
        w.line(2, &t(label));
        for competitor in of_kind {
            competitor_entry(w, competitor);
        }
    }
    let without_kind: Vec<_> = competitors.iter().filter(|c| c.kind.is_none()).collect();
    if !without_kind.is_empty() {
        w.line(2, &t("show-kind-not-given"));
        for competitor in without_kind {
            competitor_entry(w, competitor);
        }
    }
    if !unassessed.is_empty() {
        let message = msg!("show-nobody-assessed", kinds = unassessed.join(", ")).to_string();
        let message = w.style.yellow(&message);
        let _ = writeln!(w.raw(), "  {message}");
    }
}

fn competitor_entry(w: &mut Writer, competitor: &crate::model::Competitor) {
    let mut entry = text_of(&competitor.name).to_owned();
    if let Some(threat) = &competitor.threat {
        let level = crate::i18n::threat_level(threat.value.as_str());
        let _ = write!(entry, " ({})", msg!("show-threat", level = level));
    }
    w.line(4, &format!("- {entry}"));
    w.text(6, &t("show-offering"), &competitor.offering);
    w.text(6, &t("show-strengths"), &competitor.strengths);
    w.text(6, &t("show-weaknesses"), &competitor.weaknesses);
    w.text(6, &t("show-our-advantage"), &competitor.our_advantage);
}

/// Section 5, the account plan (FORMAT.md, "The account plan"): needs with
/// who told us and which open objective answers each, objectives with their
/// actions, resources with their sums per status and currency, solutions
/// with where they have been replicated.
fn plan(w: &mut Writer, dossier: &Dossier, today: chrono::NaiveDate) {
    w.heading(&t("show-5-plan"));
    let Some(plan) = &dossier.plan else {
        w.line(2, &t("show-no-plan"));
        return;
    };
    let plan = &plan.value;
    let open_objectives: Vec<&Objective> = plan
        .objectives
        .iter()
        .map(|o| &o.value)
        .filter(|o| o.status() == WorkStatus::Open)
        .collect();
    if !plan.needs.is_empty() {
        w.line(2, &t("show-needs"));
        for need in &plan.needs {
            let need = &need.value;
            let name = text_of(&need.name);
            let mut facts = vec![if need.confirmed == Some(true) {
                t("show-confirmed")
            } else {
                t("show-not-confirmed")
            }];
            if !text_of(&need.source).is_empty() {
                facts.push(msg!("show-told-by", name = text_of(&need.source)).to_string());
            }
            if need.status() != NeedStatus::Open {
                facts.push(crate::i18n::need_status(need.status().as_str()));
            }
            w.line(4, &format!("- {name} ({})", facts.join("; ")));
            let answers: Vec<&str> = open_objectives
                .iter()
                .filter(|o| o.needs.iter().any(|n| crate::names::same(&n.value, name)))
                .map(|o| text_of(&o.name))
                .collect();
            if !answers.is_empty() {
                w.field(6, &t("show-answered-by"), &answers.join("; "));
            }
            w.text(6, &t("show-notes"), &need.notes);
        }
    }
    if !plan.objectives.is_empty() {
        w.line(2, &t("show-objectives"));
        for objective in &plan.objectives {
            let objective = &objective.value;
            let mut facts = vec![crate::i18n::objective_status(objective.status().as_str())];
            if !text_of(&objective.owner).is_empty() {
                facts.push(text_of(&objective.owner).to_owned());
            }
            if !text_of(&objective.due).is_empty() {
                facts.push(text_of(&objective.due).to_owned());
            }
            w.line(
                4,
                &format!("- {} ({})", text_of(&objective.name), facts.join("; ")),
            );
            if objective.actions.is_empty() {
                continue;
            }
            let mut table = table::new(
                &[
                    (t("show-action").as_str(), Align::Left),
                    (t("show-owner").as_str(), Align::Left),
                    (t("show-department").as_str(), Align::Left),
                    (t("show-due").as_str(), Align::Left),
                    (t("show-status").as_str(), Align::Left),
                ],
                w.style,
            );
            for action in &objective.actions {
                let action = &action.value;
                let due = crate::dates::parse_date(text_of(&action.due));
                let late = objective.status() == WorkStatus::Open
                    && action.status() == WorkStatus::Open
                    && due.is_some_and(|due| due < today);
                let (status, tone) = if late {
                    (t("show-action-overdue"), Tone::Bad)
                } else {
                    (word(&action.status()), Tone::Plain)
                };
                let mut due_text = text_of(&action.due).to_owned();
                if !text_of(&action.done_on).is_empty() {
                    let _ = write!(
                        due_text,
                        " ({})",
                        msg!("show-done-on", date = text_of(&action.done_on))
                    );
                }
                table.add_row(vec![
                    table::cell(text_of(&action.name), Tone::Plain),
                    table::cell(text_of(&action.owner), Tone::Plain),
                    table::cell(text_of(&action.department), Tone::Plain),
                    table::cell(&due_text, Tone::Plain),
                    table::cell(&status, tone),
                ]);
            }
            let mut indented = String::new();
            for line in table::finish(&table).lines() {
                let _ = writeln!(indented, "      {line}");
            }
            w.raw().push_str(&indented);
        }
    }
    if !plan.resources.is_empty() {
        w.line(2, &t("show-resources"));
        for resource in &plan.resources {
            let resource = &resource.value;
            let currency = resource.currency.as_ref().map(|c| c.value.as_str());
            let mut facts = vec![word(&resource.status())];
            if !text_of(&resource.from).is_empty() {
                facts.push(msg!("show-asked-of", from = text_of(&resource.from)).to_string());
            }
            if let Some(amount) = &resource.amount {
                facts.push(money(amount.value, currency));
            }
            w.line(
                4,
                &format!("- {} ({})", text_of(&resource.name), facts.join("; ")),
            );
        }
        let lines: Vec<ResourceLine> = plan
            .resources
            .iter()
            .map(|resource| ResourceLine::of(&resource.value))
            .collect();
        let totals: Vec<String> = resource_totals_by_status(&lines)
            .into_iter()
            .flat_map(|(status, sums)| {
                sums.into_iter().map(move |(currency, sum)| {
                    format!("{} {}", word(&status), exact_money(sum, Some(&currency)))
                })
            })
            .collect();
        if !totals.is_empty() {
            w.field(4, &t("show-resource-totals"), &totals.join("; "));
        }
    }
    if !plan.solutions.is_empty() {
        w.line(2, &t("show-solutions"));
        for solution in &plan.solutions {
            let solution = &solution.value;
            w.line(
                4,
                &format!(
                    "- {} ({})",
                    text_of(&solution.name),
                    word(&solution.status())
                ),
            );
            let targets: Vec<&str> = solution
                .replicated_to
                .iter()
                .map(|id| id.value.trim())
                .collect();
            if !targets.is_empty() {
                w.field(6, &t("show-replicated-to"), &targets.join(", "));
            }
            w.text(6, &t("show-notes"), &solution.notes);
        }
    }
}

fn review(w: &mut Writer, view: &ShowView<'_>) {
    let review = &view.dossier.review.value;
    w.heading(&t("show-review"));
    let mut last = text_of(&review.last_reviewed).to_owned();
    if !text_of(&review.reviewed_by).is_empty() {
        let _ = write!(
            last,
            " {}",
            msg!("show-reviewed-by", name = text_of(&review.reviewed_by))
        );
    }
    w.field(2, &t("show-last-reviewed"), &last);
    w.field(
        2,
        &t("show-interval"),
        &msg!("count-months", count = view.interval_months).to_string(),
    );
    let Some(schedule) = view.schedule else {
        w.field(2, &t("show-due"), &t("show-due-unknown"));
        return;
    };
    let days = usize::try_from(schedule.days_overdue.unsigned_abs()).unwrap_or(usize::MAX);
    let in_days = msg!("count-days", count = days);
    let state = match schedule.status {
        Status::Overdue => w
            .style
            .red(&msg!("show-overdue-by", days = in_days).to_string()),
        Status::DueSoon if days == 0 => w.style.yellow(&t("show-due-today")),
        Status::DueSoon => w
            .style
            .yellow(&msg!("show-due-soon-in", days = in_days).to_string()),
        Status::Ok => msg!("show-ok-in", days = in_days).to_string(),
    };
    w.styled_field(2, &t("show-due"), format!("{} ({state})", schedule.due));
}

/// The dossier's data with its id, path, review status and warnings.
pub fn json(view: &ShowView<'_>) -> String {
    let mut value = serde_json::to_value(view.dossier).unwrap_or(Value::Null);
    if let Value::Object(object) = &mut value {
        object.insert("id".into(), json!(view.id));
        object.insert("path".into(), json!(view.path.to_string_lossy()));
        if let Some(Value::Object(review)) = object.get_mut("review") {
            review.insert("interval_in_force".into(), json!(view.interval_months));
            let schedule = view.schedule;
            review.insert("due".into(), json!(schedule.map(|s| s.due.to_string())));
            review.insert("status".into(), json!(schedule.map(|s| s.status.as_str())));
            review.insert(
                "days_overdue".into(),
                json!(schedule.map(|s| s.days_overdue)),
            );
        }
        object.insert("warnings".into(), json!(view.warnings));
    }
    super::json::to_string_pretty(&value) + "\n"
}
