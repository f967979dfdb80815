//! The portfolio report: one self-contained HTML page (no network, no
//! scripts, no external fonts) that reads on a screen, a phone and A4 paper.

mod plan;

use super::money::currency_label;
use crate::dates::{Schedule, Status};
use crate::diag::{Code, Severity};
use crate::i18n::text;
use crate::map::Map;
use crate::msg;
use crate::opportunity::{NO_CURRENCY, Opportunity, Pair, Totals};
use crate::render::map::{self as draw, escape_markup as esc};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Everything the page shows.
#[derive(Debug, Clone)]
pub struct Report {
    pub as_of: NaiveDate,
    /// In the order the page lists them.
    pub dossiers: Vec<Entry>,
    pub unreadable: Vec<Unreadable>,
    /// `reporting:` of `dossier.yaml`: totals gain a line in its currency.
    pub reporting: Option<crate::reporting::Reporting>,
    /// `--owner`: the account manager whose page this is.
    pub owner: Option<String>,
    /// `(id, client)` of every dossier read, also those another manager's
    /// page leaves out: the replication table names the clients a solution
    /// went to from it.
    pub clients: Vec<(String, String)>,
}

/// What the report keeps of one readable dossier.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub path: PathBuf,
    pub client: String,
    pub account_manager: String,
    pub executive_sponsor: String,
    /// `None` when `review.last_reviewed` is missing or not a date.
    pub schedule: Option<Schedule>,
    pub opportunity: Opportunity,
    /// The gap warnings, in [`Code::ALL`] order.
    pub gaps: Vec<Code>,
    /// How many errors `dossier check` reports for it.
    pub errors: usize,
    /// Whether the last review changed nothing since the one before
    /// (`crate::history::reviews`); `None` outside git or with no earlier review.
    pub review_without_changes: Option<bool>,
    /// The decision group, `None` when the dossier reads only in part (it
    /// has errors that keep the whole from being read).
    pub map: Option<Map>,
    /// The account plan as of the report's day, `None` when the dossier
    /// reads only in part.
    pub plan: Option<crate::account_plan::PlanView>,
}

/// A dossier (or folder) the report had to leave out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub message: String,
}

/// The gap warnings, the columns of the gap matrix.
pub fn gap_codes() -> impl Iterator<Item = Code> {
    Code::ALL
        .iter()
        .copied()
        .filter(|code| code.severity() == Severity::Warning && *code != Code::DuplicateClient)
}

/// A gap warning's column heading (`report-gap-<code>` in the catalogue).
fn gap_heading(code: Code) -> String {
    let heading = match code {
        Code::NoExecutiveSponsor => msg!("report-gap-no-executive-sponsor"),
        Code::NoDecisionMaker => msg!("report-gap-no-decision-maker"),
        Code::NoEconomicRole => msg!("report-gap-no-economic-role"),
        Code::NoTechnicalRole => msg!("report-gap-no-technical-role"),
        Code::NoGatekeeper => msg!("report-gap-no-gatekeeper"),
        Code::NoSupporter => msg!("report-gap-no-supporter"),
        Code::NoIndirectCompetition => msg!("report-gap-no-indirect-competition"),
        Code::NoOpportunitySize => msg!("report-gap-no-opportunity-size"),
        Code::NoLongTermOpportunity => msg!("report-gap-no-long-term-opportunity"),
        Code::NoRelationshipHistory => msg!("report-gap-no-relationship-history"),
        Code::NoNeeds => msg!("report-gap-no-needs"),
        Code::NoObjectives => msg!("report-gap-no-objectives"),
        Code::ObjectiveWithoutActions => msg!("report-gap-objective-without-actions"),
        Code::OverdueAction => msg!("report-gap-overdue-action"),
        Code::UnansweredNeed => msg!("report-gap-unanswered-need"),
        _ => return code.as_str().to_owned(),
    };
    esc(&heading.to_string())
}

/// A message of the catalogue as HTML: escaped, and `code` in backticks
/// set as `<code>`.
fn words_html(message: &crate::i18n::Message) -> String {
    code_spans(&message.to_string())
}

/// Escaped text with `code` in backticks set as `<code>`.
fn code_spans(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in esc(text).split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// [`words_html`] of a message without arguments.
fn t(id: &'static str) -> String {
    words_html(&crate::i18n::Message::new(id))
}

/// One account manager's share of the portfolio.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ManagerTotals {
    pub dossiers: usize,
    pub overdue: usize,
    pub due_soon: usize,
    pub sums: Totals,
}

pub fn totals_by_currency(dossiers: &[Entry]) -> Totals {
    let mut sums = Totals::default();
    for entry in dossiers {
        sums.add(&entry.opportunity);
    }
    sums
}

/// Each account manager's share, managers grouped as
/// [`crate::summary::by_account_manager`] groups them: `(name, totals)`.
pub fn totals_by_manager(dossiers: &[Entry]) -> Vec<(String, ManagerTotals)> {
    crate::summary::by_account_manager(dossiers, |entry| &entry.account_manager)
        .into_iter()
        .map(|group| {
            let mut totals = ManagerTotals::default();
            for entry in group.items {
                totals.dossiers += 1;
                match entry.schedule.map(|s| s.status) {
                    Some(Status::Overdue) => totals.overdue += 1,
                    Some(Status::DueSoon) => totals.due_soon += 1,
                    _ => {}
                }
                totals.sums.add(&entry.opportunity);
            }
            (group.name, totals)
        })
        .collect()
}

/// `1,330,000 EUR` (`1 330 000 EUR` in Russian): digits grouped as the
/// run's language writes them, a no-break space before the currency, so an
/// amount never wraps; cents only when there are any.
pub fn money(amount: f64, currency: &str) -> String {
    format!(
        "{}\u{a0}{}",
        super::money::amount(amount, Some(currency)),
        currency_label(currency)
    )
}

/// [`money`] of an exact sum.
pub fn exact_money(amount: Decimal, currency: &str) -> String {
    format!(
        "{}\u{a0}{}",
        super::money::exact_amount(amount, Some(currency)),
        currency_label(currency)
    )
}

fn status_badge(schedule: Option<&Schedule>) -> String {
    let (class, label) = match schedule.map(|s| s.status) {
        Some(Status::Overdue) => ("overdue", t("status-overdue")),
        Some(Status::DueSoon) => ("due-soon", t("status-due-soon")),
        Some(Status::Ok) => ("ok", t("status-ok")),
        None => ("unknown", t("report-no-review-date")),
    };
    format!("<span class=\"status {class}\">{label}</span>")
}

/// Anchors for the dossiers' sections: the id where it is a safe and unique
/// fragment, otherwise a number.
pub fn anchors(dossiers: &[Entry]) -> Vec<String> {
    let mut seen = HashSet::new();
    dossiers
        .iter()
        .enumerate()
        .map(|(n, entry)| {
            let safe = !entry.id.is_empty()
                && entry
                    .id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            let candidate = format!("dossier-{}", entry.id);
            if safe && seen.insert(candidate.clone()) {
                candidate
            } else {
                format!("dossier-{}", n + 1)
            }
        })
        .collect()
}

fn amount_cell(amount: Option<f64>, currency: Option<&str>) -> String {
    match amount {
        Some(amount) => esc(&money(amount, currency.unwrap_or(NO_CURRENCY))),
        None => "<span class=\"none\">—</span>".to_owned(),
    }
}

fn exact_cell(amount: Option<Decimal>, currency: &str) -> String {
    match amount {
        Some(amount) => esc(&exact_money(amount, currency)),
        None => "<span class=\"none\">—</span>".to_owned(),
    }
}

const CSS: &str = r#"
:root { --ink: #1d2330; --muted: #5b6475; --line: #d7dbe3; --paper: #ffffff; --band: #f5f7fa;
  --red: #b71c1c; --red-bg: #fde0e0; --amber: #7a4f00; --amber-bg: #ffefc2; --green: #1b5e20; --green-bg: #dcf2d4; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.45;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 18px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 18px 0 6px; }
h4 { font-size: 0.95rem; margin: 12px 0 4px; }
.plan td.gap { color: var(--red); font-weight: 700; }
time { white-space: nowrap; }
small, .muted { color: var(--muted); }
nav { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 10px 0 0; font-size: 0.95rem; }
a { color: #1e4fa3; }
.summary { margin: 0; color: var(--muted); }
.summary strong { color: var(--ink); }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
tfoot td, tfoot th { font-weight: 600; border-top: 2px solid var(--ink); }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 0.85rem; white-space: nowrap; border: 1px solid; }
.status.overdue { color: var(--red); background: var(--red-bg); }
.status.due-soon { color: var(--amber); background: var(--amber-bg); }
.status.ok { color: var(--green); background: var(--green-bg); }
.status.unknown { color: var(--muted); background: var(--band); }
.none { color: var(--muted); }
.problems { border: 2px solid var(--red); background: var(--red-bg); padding: 4px 14px 10px; border-radius: 6px; }
.problems h2 { border-color: var(--red); color: var(--red); margin-top: 10px; }
.problems li { margin: 4px 0; overflow-wrap: anywhere; }
table.matrix { width: auto; }
table.matrix th.code { vertical-align: bottom; height: 11.5em; padding: 6px 4px; }
table.matrix th.code span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
table.matrix td.cell { text-align: center; width: 2.2em; padding: 4px 2px; }
table.matrix td.gap { background: var(--red-bg); color: var(--red); font-weight: 700; }
table.matrix td.fine { color: var(--green); }
table.matrix th.row { position: sticky; left: 0; background: var(--paper); font-weight: 600; white-space: nowrap; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 0.88rem; }
dl.legend dt { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
dl.legend dd { margin: 0; }
ul.keys { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 0.88rem; }
.swatch { display: inline-block; width: 1.6em; height: 1em; vertical-align: -0.15em; margin-right: 4px; border: 1.5px solid; border-radius: 3px; }
.swatch.supporter { background: #dcf2d4; border-color: #2e7d32; }
.swatch.opponent { background: #fbdcdc; border-color: #b71c1c; }
.swatch.neither { background: #f0f0f0; border-color: #6b6b6b; }
.swatch.ours { background: #dde8fb; border-color: #1e4fa3; }
.swatch.uncovered { background: #ffffff; border: 3px dashed #e65100; }
.swatch.decider { background: #ffffff; border: 4px double #444444; }
.swatch.reports { border: 0; border-top: 2px solid #555555; height: 0.5em; vertical-align: 0.1em; border-radius: 0; }
.swatch.covers { border: 0; border-top: 2px dashed #1e4fa3; height: 0.5em; vertical-align: 0.1em; border-radius: 0; }
article.dossier { border-top: 1px solid var(--line); padding-top: 4px; margin-top: 18px; }
article.dossier h3 small { font-weight: normal; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; font-size: 0.92rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
figure.map { margin: 10px 0; overflow-x: auto; }
svg.map { display: block; max-width: 100%; height: auto; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
.tags code { display: inline-block; margin: 0 4px 4px 0; padding: 0 5px; background: var(--red-bg); color: var(--red); border-radius: 4px; }
.top-link { font-size: 0.85rem; }
footer { margin-top: 32px; padding-bottom: 24px; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 680px) {
  body { font-size: 14px; }
  header, main, footer { padding: 0 10px; }
  table.cards thead { display: none; }
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 10px; padding: 6px 10px; }
  table.cards td { border: 0; padding: 2px 0; display: flex; justify-content: space-between; gap: 12px; text-align: right; }
  table.cards td::before { content: attr(data-label); color: var(--muted); text-align: left; }
  table.cards td.client { display: block; text-align: left; font-size: 1.05rem; }
  table.cards td.client::before { content: none; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 4px; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav, .top-link { display: none; }
  a { color: inherit; text-decoration: none; }
  .scroll, figure.map { overflow: visible; }
  h2 { break-after: avoid; }
  tr, .problems li { break-inside: avoid; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 5px; }
  table.matrix th.row { position: static; }
  #gaps { break-inside: avoid; }
  #maps { break-before: page; }
  article.dossier { break-inside: avoid; }
  svg.map { max-height: 120mm; width: auto; }
}
"#;

/// The whole page.
pub fn html(report: &Report) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let as_of = report.as_of;
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(crate::i18n::current().tag());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = words_html(&msg!("report-title", date = as_of.to_string()));
    let _ = writeln!(out, "<title>{title}</title>");
    let _ = writeln!(out, "<style>{CSS}</style>\n</head>\n<body>");

    header(&mut out, report);
    out.push_str("<main>\n");
    if !report.unreadable.is_empty() {
        unreadable(&mut out, &report.unreadable);
    }
    let anchors = anchors(&report.dossiers);
    portfolio(&mut out, &report.dossiers, &anchors);
    totals(&mut out, &report.dossiers, report.reporting.as_ref());
    plan::portfolio(
        &mut out,
        &report.dossiers,
        &report.clients,
        report.reporting.as_ref(),
    );
    gap_matrix(&mut out, &report.dossiers, &anchors);
    maps(&mut out, &report.dossiers, &anchors);
    out.push_str("</main>\n");
    let footer = msg!(
        "report-footer",
        version = env!("CARGO_PKG_VERSION"),
        date = as_of.to_string()
    );
    let _ = writeln!(out, "<footer>{}</footer>", words_html(&footer));
    out.push_str("</body>\n</html>\n");
    out
}

fn header(out: &mut String, report: &Report) {
    let count = |status: Status| {
        report
            .dossiers
            .iter()
            .filter(|d| d.schedule.is_some_and(|s| s.status == status))
            .count()
    };
    let heading = match &report.owner {
        Some(manager) => words_html(&msg!("report-heading-owner", manager = manager.as_str())),
        None => t("report-heading"),
    };
    let _ = writeln!(out, "<header id=\"top\">\n<h1>{heading}</h1>");
    let _ = writeln!(
        out,
        "<p class=\"summary\">{} <time datetime=\"{d}\">{d}</time> · <strong>{}</strong> · {} {} · {} {} · {} {}{}</p>",
        t("report-as-of"),
        words_html(&msg!("count-dossiers", count = report.dossiers.len())),
        count(Status::Overdue),
        t("status-overdue"),
        count(Status::DueSoon),
        t("status-due-soon"),
        count(Status::Ok),
        t("status-ok"),
        {
            let mut more = String::new();
            let without = report
                .dossiers
                .iter()
                .filter(|d| d.review_without_changes == Some(true))
                .count();
            if without > 0 {
                let message = msg!("report-without-changes-count", count = without);
                more.push_str(&format!(" · {}", words_html(&message)));
            }
            if !report.unreadable.is_empty() {
                let count = report.unreadable.len();
                let message = msg!("report-unreadable-count", count = count);
                more.push_str(&format!(" · {}", words_html(&message)));
            }
            // Read, but with no review date: counted apart, as `review` does.
            let undated = report
                .dossiers
                .iter()
                .filter(|d| d.schedule.is_none())
                .count();
            if undated > 0 {
                let message = msg!("report-undated-count", count = undated);
                more.push_str(&format!(" · {}", words_html(&message)));
            }
            more
        },
        d = report.as_of
    );
    out.push_str("<nav>");
    if !report.unreadable.is_empty() {
        let _ = write!(
            out,
            "<a href=\"#unreadable\">{}</a>",
            t("report-unreadable")
        );
    }
    let _ = writeln!(
        out,
        "<a href=\"#portfolio\">{}</a><a href=\"#totals\">{}</a><a href=\"#plans\">{}</a><a href=\"#gaps\">{}</a><a href=\"#maps\">{}</a></nav>\n</header>",
        t("report-portfolio"),
        t("report-totals"),
        t("report-plans"),
        t("report-gaps"),
        t("report-decision-groups")
    );
}

fn unreadable(out: &mut String, problems: &[Unreadable]) {
    let _ = writeln!(
        out,
        "<section id=\"unreadable\" class=\"problems\">\n<h2>{}</h2>\n<p>{}</p>\n<ul>",
        t("report-unreadable"),
        t("report-unreadable-note")
    );
    for problem in problems {
        // The path once: a message that starts with it goes on after it.
        let path = problem.path.to_string_lossy();
        let rest = match problem.message.strip_prefix(path.as_ref()) {
            Some(rest) => rest.to_owned(),
            None => format!(": {}", problem.message),
        };
        let _ = writeln!(out, "<li><code>{}</code>{}</li>", esc(&path), esc(&rest));
    }
    out.push_str("</ul>\n</section>\n");
}

fn portfolio(out: &mut String, dossiers: &[Entry], anchors: &[String]) {
    let _ = writeln!(
        out,
        "<section id=\"portfolio\">\n<h2>{}</h2>",
        t("report-portfolio")
    );
    if dossiers.is_empty() {
        let _ = writeln!(out, "<p>{}</p>\n</section>", t("report-no-dossiers"));
        return;
    }
    let (client, manager, review, due, days, next_year, long_term) = (
        t("report-client"),
        t("report-account-manager"),
        t("report-review"),
        t("report-due"),
        t("report-days-overdue"),
        t("report-next-year"),
        t("report-three-to-five-years"),
    );
    let _ = writeln!(
        out,
        "<div class=\"scroll\"><table class=\"cards\">\n<thead><tr><th>{client}</th><th>{manager}</th><th>{review}</th><th>{due}</th><th class=\"num\">{days}</th><th class=\"num\">{next_year}</th><th class=\"num\">{long_term}</th></tr></thead>\n<tbody>"
    );
    for (entry, anchor) in dossiers.iter().zip(anchors) {
        let schedule = entry.schedule.as_ref();
        let due_date = schedule.map_or_else(
            || "<span class=\"none\">—</span>".to_owned(),
            |s| s.due.to_string(),
        );
        let days_overdue = schedule.map_or_else(
            || "<span class=\"none\">—</span>".to_owned(),
            |s| s.days_overdue.to_string(),
        );
        let currency = entry.opportunity.currency.as_deref();
        let _ = writeln!(
            out,
            "<tr><td class=\"client\"><a href=\"#{anchor}\">{}</a><br><small>{}</small></td><td data-label=\"{manager}\">{}</td><td data-label=\"{review}\">{}</td><td class=\"date\" data-label=\"{due}\">{due_date}</td><td class=\"num\" data-label=\"{days}\">{days_overdue}</td><td class=\"num\" data-label=\"{next_year}\">{}</td><td class=\"num\" data-label=\"{long_term}\">{}</td></tr>",
            esc(&entry.client),
            esc(&entry.id),
            esc(&entry.account_manager),
            status_badge(schedule)
                + &if entry.review_without_changes == Some(true) {
                    format!(
                        "<br><small class=\"muted\">{}</small>",
                        t("review-without-changes")
                    )
                } else {
                    String::new()
                },
            amount_cell(entry.opportunity.next_year, currency),
            amount_cell(entry.opportunity.three_to_five_years, currency),
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table></div>\n<p class=\"muted\">{}</p>\n</section>",
        t("report-portfolio-note")
    );
}

fn sums_cell(sums: &Totals, pick: fn(&Pair) -> Option<Decimal>) -> String {
    let amounts: Vec<String> = sums
        .by_currency
        .iter()
        .filter_map(|(currency, pair)| pick(pair).map(|sum| esc(&exact_money(sum, currency))))
        .collect();
    if amounts.is_empty() {
        "<span class=\"none\">—</span>".to_owned()
    } else {
        amounts.join("<br>")
    }
}

fn totals(out: &mut String, dossiers: &[Entry], reporting: Option<&crate::reporting::Reporting>) {
    let (next_year, long_term) = (t("report-next-year"), t("report-three-to-five-years"));
    let _ = writeln!(
        out,
        "<section id=\"totals\">\n<h2>{}</h2>\n<h3>{}</h3>",
        t("report-opportunity-totals"),
        t("report-per-currency")
    );
    let sums = totals_by_currency(dossiers);
    if sums.by_currency.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t("report-no-opportunity"));
    } else {
        let _ = writeln!(
            out,
            "<div class=\"scroll\"><table id=\"totals-currency\">\n<thead><tr><th>{}</th><th class=\"num\">{next_year}</th><th class=\"num\">{long_term}</th></tr></thead>\n<tbody>",
            t("report-currency")
        );
        for (currency, (next, long)) in &sums.by_currency {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                esc(&currency_label(currency)),
                exact_cell(*next, currency),
                exact_cell(*long, currency)
            );
        }
        out.push_str("</tbody>\n");
        if let Some(reporting) = reporting {
            let (next, long) = sums.in_reporting(reporting);
            let label = super::list::reporting_label(reporting, &next, &long);
            let _ = writeln!(
                out,
                "<tfoot><tr><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td></tr></tfoot>",
                esc(&label),
                exact_cell(next.rounded(), &reporting.currency),
                exact_cell(long.rounded(), &reporting.currency)
            );
        }
        out.push_str("</table></div>\n");
    }
    let (manager, count, overdue, due_soon) = (
        t("report-account-manager"),
        t("report-dossiers"),
        t("report-overdue"),
        t("report-due-soon"),
    );
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<div class=\"scroll\"><table id=\"totals-manager\" class=\"cards\">\n<thead><tr><th>{manager}</th><th class=\"num\">{count}</th><th class=\"num\">{overdue}</th><th class=\"num\">{due_soon}</th><th class=\"num\">{next_year}</th><th class=\"num\">{long_term}</th></tr></thead>\n<tbody>",
        t("report-per-account-manager")
    );
    for (manager, totals) in totals_by_manager(dossiers) {
        let name = if manager.is_empty() {
            format!("<span class=\"none\">{}</span>", t("show-none"))
        } else {
            esc(&manager)
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"client\">{name}</td><td class=\"num\" data-label=\"{count}\">{}</td><td class=\"num\" data-label=\"{overdue}\">{}</td><td class=\"num\" data-label=\"{due_soon}\">{}</td><td class=\"num\" data-label=\"{next_year}\">{}</td><td class=\"num\" data-label=\"{long_term}\">{}</td></tr>",
            totals.dossiers,
            totals.overdue,
            totals.due_soon,
            sums_cell(&totals.sums, |pair| pair.0),
            sums_cell(&totals.sums, |pair| pair.1),
        );
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn gap_matrix(out: &mut String, dossiers: &[Entry], anchors: &[String]) {
    let _ = writeln!(
        out,
        "<section id=\"gaps\">\n<h2>{}</h2>\n<p>{}</p>",
        t("report-gaps"),
        t("report-gaps-note")
    );
    let _ = write!(
        out,
        "<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>{}</th>",
        t("report-dossier")
    );
    for code in gap_codes() {
        let _ = write!(
            out,
            "<th class=\"code\" title=\"{}\"><span>{}</span></th>",
            code.as_str(),
            gap_heading(code)
        );
    }
    let _ = writeln!(
        out,
        "<th class=\"code\"><span>{}</span></th></tr></thead>\n<tbody>",
        t("report-errors")
    );
    for (entry, anchor) in dossiers.iter().zip(anchors) {
        let _ = write!(
            out,
            "<tr><th class=\"row\"><a href=\"#{anchor}\">{}</a></th>",
            esc(&entry.client)
        );
        for code in gap_codes() {
            if entry.gaps.contains(&code) {
                let _ = write!(
                    out,
                    "<td class=\"cell gap\" title=\"{}\">✕</td>",
                    code.as_str()
                );
            } else {
                out.push_str("<td class=\"cell fine\">✓</td>");
            }
        }
        if entry.errors > 0 {
            let _ = write!(out, "<td class=\"cell gap\">{}</td>", entry.errors);
        } else {
            out.push_str("<td class=\"cell fine\">0</td>");
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "</tbody>\n<tfoot><tr><th class=\"row\">{}</th>",
        t("report-lacking-it")
    );
    for code in gap_codes() {
        let lacking = dossiers.iter().filter(|d| d.gaps.contains(&code)).count();
        let _ = write!(out, "<td class=\"cell\">{lacking}</td>");
    }
    let invalid = dossiers.iter().filter(|d| d.errors > 0).count();
    let _ = writeln!(out, "<td class=\"cell\">{invalid}</td></tr></tfoot>");
    out.push_str("</table></div>\n<dl class=\"legend\">\n");
    for code in gap_codes() {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            code.as_str(),
            code_spans(&crate::i18n::code_description(code))
        );
    }
    // The last column is errors, not a code: its heading explains it.
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>\n</dl>\n</section>",
        t("report-errors"),
        t("report-errors-legend")
    );
}

fn maps(out: &mut String, dossiers: &[Entry], anchors: &[String]) {
    let _ = write!(
        out,
        "<section id=\"maps\">\n<h2>{}</h2>\n<ul class=\"keys\">",
        t("report-decision-groups")
    );
    for (class, label) in [
        ("supporter", "report-key-supporter"),
        ("opponent", "report-key-opponent"),
        ("neither", "report-key-neither"),
        ("decider", "report-key-decision-maker"),
        ("uncovered", "report-key-not-covered"),
        ("ours", "report-key-our-side"),
        ("reports", "report-key-reports-to"),
        ("covers", "report-key-holds-the-contact"),
    ] {
        let _ = write!(
            out,
            "<li><span class=\"swatch {class}\"></span>{}</li>",
            t(label)
        );
    }
    out.push_str("</ul>\n");
    for (entry, anchor) in dossiers.iter().zip(anchors) {
        dossier_section(out, entry, anchor);
    }
    out.push_str("</section>\n");
}

fn dossier_section(out: &mut String, entry: &Entry, anchor: &str) {
    let _ = writeln!(
        out,
        "<article class=\"dossier\" id=\"{anchor}\">\n<h3>{} <small>{}</small></h3>",
        esc(&entry.client),
        esc(&entry.path.to_string_lossy())
    );
    out.push_str("<dl class=\"facts\">\n");
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        t("report-account-manager"),
        esc(&entry.account_manager)
    );
    let sponsor = if entry.executive_sponsor.is_empty() {
        format!("<span class=\"none\">{}</span>", t("report-none"))
    } else {
        esc(&entry.executive_sponsor)
    };
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{sponsor}</dd>",
        t("report-executive-sponsor")
    );
    let review = match &entry.schedule {
        Some(s) => format!(
            "{} {}",
            status_badge(Some(s)),
            words_html(&msg!(
                "report-review-dates",
                last = s.last_reviewed.to_string(),
                due = s.due.to_string(),
                days = days_text(s.days_overdue)
            ))
        ),
        None => status_badge(None),
    };
    let _ = writeln!(out, "<dt>{}</dt><dd>{review}</dd>", t("report-review"));
    let currency = entry.opportunity.currency.as_deref();
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        t("report-opportunity"),
        msg!(
            "report-opportunity-both",
            next_year = amount_cell(entry.opportunity.next_year, currency),
            long_term = amount_cell(entry.opportunity.three_to_five_years, currency)
        )
    );
    let gaps = if entry.gaps.is_empty() && entry.errors == 0 {
        format!("<span class=\"none\">{}</span>", t("report-none"))
    } else {
        let mut tags: Vec<String> = entry
            .gaps
            .iter()
            .map(|code| format!("<code>{}</code>", code.as_str()))
            .collect();
        if entry.errors > 0 {
            tags.push(format!(
                "<code>{}</code>",
                words_html(&msg!("count-errors", count = entry.errors))
            ));
        }
        tags.join(" ")
    };
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd class=\"tags\">{gaps}</dd>",
        t("report-gaps")
    );
    let Some(map) = &entry.map else {
        let _ = writeln!(
            out,
            "</dl>\n<p class=\"problems\">{}</p>\n<a class=\"top-link\" href=\"#top\">{}</a>\n</article>",
            t("report-map-unreadable"),
            t("report-back-to-top")
        );
        return;
    };
    let uncovered: Vec<String> = map.uncovered().map(|m| esc(&m.name)).collect();
    let uncovered = if uncovered.is_empty() {
        format!("<span class=\"none\">{}</span>", t("report-nobody"))
    } else {
        uncovered.join(", ")
    };
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{uncovered}</dd>\n</dl>",
        t("report-not-covered")
    );
    if let Some(account_plan) = &entry.plan {
        plan::dossier(out, account_plan);
    }
    let _ = writeln!(out, "<figure class=\"map\">\n{}</figure>", draw::svg(map));
    let _ = writeln!(
        out,
        "<a class=\"top-link\" href=\"#top\">{}</a>\n</article>",
        t("report-back-to-top")
    );
}

/// `69 days overdue`, `due today`, `in 7 days`: the same days as the
/// portfolio's "Days overdue" column, in words.
fn days_text(days_overdue: i64) -> String {
    let days = days_overdue.unsigned_abs();
    match days_overdue {
        0 => text("report-due-today"),
        d if d > 0 => msg!(
            "report-days-overdue-text",
            days = msg!("count-days", count = days)
        )
        .to_string(),
        _ => msg!(
            "report-days-to-due-text",
            days = msg!("count-days", count = days)
        )
        .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, manager: &str, opportunity: Opportunity) -> Entry {
        Entry {
            id: id.to_owned(),
            path: PathBuf::from(format!("{id}.yaml")),
            client: id.to_owned(),
            account_manager: manager.to_owned(),
            executive_sponsor: String::new(),
            schedule: None,
            opportunity,
            gaps: Vec::new(),
            errors: 0,
            review_without_changes: None,
            map: Some(Map {
                id: id.to_owned(),
                client: id.to_owned(),
                members: Vec::new(),
                ours: Vec::new(),
                reports: Vec::new(),
                covers: Vec::new(),
            }),
            plan: None,
        }
    }

    fn opportunity(currency: &str, next: Option<f64>, long: Option<f64>) -> Opportunity {
        Opportunity {
            currency: Some(currency.to_owned()),
            next_year: next,
            three_to_five_years: long,
        }
    }

    #[test]
    fn money_groups_digits() {
        // In English (the tests' language); Russian groups as `money::amount_in` shows.
        assert_eq!(money(1_330_000.0, "EUR"), "1,330,000\u{a0}EUR");
        assert_eq!(money(950.0, "USD"), "950\u{a0}USD");
        assert_eq!(money(0.0, "RUB"), "0\u{a0}RUB");
        assert_eq!(money(1234.5, "EUR"), "1,234.50\u{a0}EUR");
        assert_eq!(money(-1000.0, "EUR"), "-1,000\u{a0}EUR");
    }

    #[test]
    fn totals_add_up_per_currency_and_manager() {
        let dossiers = [
            entry("a", "Ann", opportunity("EUR", Some(100.0), Some(1000.0))),
            entry("b", "Ann", opportunity("EUR", Some(50.0), None)),
            entry("c", "Bob", opportunity("RUB", None, Some(7.0))),
            entry("d", "Bob", opportunity("USD", None, None)),
        ];
        let sums = totals_by_currency(&dossiers);
        let d = Decimal::from;
        assert_eq!(sums.by_currency["EUR"], (Some(d(150)), Some(d(1000))));
        assert_eq!(sums.by_currency["RUB"], (None, Some(d(7))));
        assert!(!sums.by_currency.contains_key("USD"));
        let managers = totals_by_manager(&dossiers);
        assert_eq!(managers.len(), 2);
        let (ann, bob) = (&managers[0], &managers[1]);
        assert_eq!((ann.0.as_str(), ann.1.dossiers), ("Ann", 2));
        assert_eq!(ann.1.sums.by_currency["EUR"], (Some(d(150)), Some(d(1000))));
        assert_eq!((bob.0.as_str(), bob.1.dossiers), ("Bob", 2));
        assert_eq!(bob.1.sums.by_currency.len(), 1);
    }

    #[test]
    fn anchors_are_safe_and_unique() {
        let dossiers = [
            entry("acme", "", Opportunity::default()),
            entry("acme", "", Opportunity::default()),
            entry("ромашка", "", Opportunity::default()),
            entry("a\"b", "", Opportunity::default()),
        ];
        assert_eq!(
            anchors(&dossiers),
            ["dossier-acme", "dossier-2", "dossier-3", "dossier-4"]
        );
    }

    #[test]
    fn user_text_is_escaped() {
        let mut hostile = entry("x", "<b>Ann</b>", Opportunity::default());
        hostile.client = "<script>alert(1)</script>".to_owned();
        let page = html(&Report {
            as_of: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
            reporting: None,
            owner: None,
            clients: Vec::new(),
            dossiers: vec![hostile],
            unreadable: vec![Unreadable {
                path: PathBuf::from("<i>.yaml"),
                message: "bad & <worse>".to_owned(),
            }],
        });
        assert!(!page.contains("<script>"), "{page}");
        assert!(!page.contains("<b>Ann"), "{page}");
        assert!(!page.contains("<i>.yaml"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("bad &amp; &lt;worse&gt;"));
    }
}
