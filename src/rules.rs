//! The rules a parsed dossier must follow (errors) and the gaps in the account
//! work the methodology warns about (warnings).

use crate::dates;
use crate::diag::{Code, Finding, Position};
use crate::model::{CompetitorKind, Dossier, Role, Text};
use chrono::NaiveDate;
use serde_saphyr::Spanned;

/// What the rules need to know beyond the file itself.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub today: NaiveDate,
    /// The configured default review interval; a dossier may only shorten it.
    pub default_interval: u32,
    /// Files larger than this many bytes are reported, not read (`max_file_size`).
    pub max_file_size: u64,
}

/// Every version this build reads.
pub const SUPPORTED_VERSION: i64 = 1;

/// Review intervals are at most 3 months: the methodology's minimum cadence.
pub const MAX_INTERVAL_MONTHS: u32 = 3;

/// Checks a parsed dossier and returns every finding, errors and warnings.
pub fn check(dossier: &Dossier, context: &Context) -> Vec<Finding> {
    let mut checker = Checker {
        context,
        findings: Vec::new(),
    };
    checker.version(dossier);
    checker.client(dossier);
    checker.company_view(dossier);
    checker.decision_group(dossier);
    checker.competitors(dossier);
    checker.review(dossier);
    checker.gaps(dossier);
    checker.findings
}

/// The interval a dossier is reviewed at: its own override, else the default.
/// An override the rules reject falls back to the default.
pub fn interval_months(dossier: &Dossier, default_interval: u32) -> u32 {
    dossier
        .review
        .value
        .interval_months
        .as_ref()
        .and_then(|months| u32::try_from(months.value).ok())
        .filter(|months| (1..=default_interval.min(MAX_INTERVAL_MONTHS)).contains(months))
        .unwrap_or(default_interval)
}

/// Names are compared the way people read them (see [`crate::names`]).
pub use crate::names::same as same_name;

fn at<T>(spanned: &Spanned<T>) -> Position {
    Position::from(spanned.referenced)
}

fn non_empty(text: &Option<Text>) -> Option<&Text> {
    text.as_ref().filter(|t| !t.value.trim().is_empty())
}

struct Checker<'a> {
    context: &'a Context,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    fn push(
        &mut self,
        position: Position,
        code: Code,
        key: impl Into<String>,
        message: impl Into<crate::i18n::Message>,
    ) {
        self.findings
            .push(Finding::new(position, code, key, message));
    }

    /// A required text: absent, or present but blank, is `missing-key`.
    fn required_text(&mut self, text: &Option<Text>, parent: Position, key: String) {
        match text {
            None => {
                let message = format!("missing required key `{}`", last_segment(&key));
                self.push(parent, Code::MissingKey, key, message);
            }
            Some(value) if value.value.trim().is_empty() => {
                let message = format!("`{}` is empty; it needs a value", last_segment(&key));
                self.push(at(value), Code::MissingKey, key, message);
            }
            Some(_) => {}
        }
    }

    fn not_negative(&mut self, number: Option<&Spanned<f64>>, key: String) {
        if let Some(number) = number
            && number.value < 0.0
        {
            let message = format!("found {}, expected a number of 0 or more", number.value);
            self.push(at(number), Code::NegativeNumber, key, message);
        }
    }

    /// Money is an amount plus a three-letter ISO 4217 currency.
    fn money(
        &mut self,
        amounts: &[Option<&Spanned<f64>>],
        currency: &Option<Text>,
        parent: Position,
        prefix: &str,
    ) {
        match currency {
            Some(currency) => {
                let code = currency.value.as_str();
                if !(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())) {
                    let message = format!(
                        "found `{code}`, expected three capital letters of an ISO 4217 code such as RUB, EUR or USD"
                    );
                    self.push(
                        at(currency),
                        Code::BadCurrency,
                        join(prefix, "currency"),
                        message,
                    );
                }
            }
            None => {
                if amounts.iter().any(Option::is_some) {
                    self.push(
                        parent,
                        Code::MissingKey,
                        join(prefix, "currency"),
                        "an amount needs its `currency` (three letters such as RUB, EUR, USD)",
                    );
                }
            }
        }
    }

    fn date(&mut self, text: &Text, key: String) -> Option<NaiveDate> {
        let parsed = dates::parse_date(text.value.trim());
        if parsed.is_none() {
            let message = format!(
                "found `{}`, expected a real date written YYYY-MM-DD",
                text.value
            );
            self.push(at(text), Code::InvalidDate, key, message);
        }
        parsed
    }

    fn version(&mut self, dossier: &Dossier) {
        if dossier.version.value != SUPPORTED_VERSION {
            let message = format!(
                "found version {}, this build reads version {SUPPORTED_VERSION}",
                dossier.version.value
            );
            self.push(
                at(&dossier.version),
                Code::UnsupportedVersion,
                "version",
                message,
            );
        }
    }

    fn client(&mut self, dossier: &Dossier) {
        let client = &dossier.client.value;
        self.required_text(&client.name, at(&dossier.client), "client.name".into());
        if let Some(headcount) = &client.headcount
            && headcount.value < 0
        {
            let message = format!(
                "found {}, expected a whole number of 0 or more",
                headcount.value
            );
            self.push(
                at(headcount),
                Code::NegativeNumber,
                "client.headcount",
                message,
            );
        }
        for (i, financials) in client.financials.iter().enumerate() {
            let prefix = format!("client.financials[{i}]");
            let row = &financials.value;
            self.not_negative(row.revenue.as_ref(), format!("{prefix}.revenue"));
            self.money(
                &[row.revenue.as_ref(), row.net_income.as_ref()],
                &row.currency,
                at(financials),
                &prefix,
            );
        }
    }

    fn company_view(&mut self, dossier: &Dossier) {
        let view = &dossier.company_view.value;
        self.required_text(
            &view.account_manager,
            at(&dossier.company_view),
            "company_view.account_manager".into(),
        );
        if let Some(history) = &view.history {
            for (i, event) in history.value.iter().enumerate() {
                let prefix = format!("company_view.history[{i}]");
                if let Some(date) = &event.value.date {
                    self.date(date, format!("{prefix}.date"));
                }
                self.not_negative(event.value.amount.as_ref(), format!("{prefix}.amount"));
                self.money(
                    &[event.value.amount.as_ref()],
                    &event.value.currency,
                    at(event),
                    &prefix,
                );
            }
        }
        if let Some(budget) = view
            .relationship
            .as_ref()
            .and_then(|r| r.purchase_budget.as_ref())
        {
            let prefix = "company_view.relationship.purchase_budget";
            self.not_negative(budget.value.amount.as_ref(), format!("{prefix}.amount"));
            self.money(
                &[budget.value.amount.as_ref()],
                &budget.value.currency,
                at(budget),
                prefix,
            );
        }
        if let Some(opportunity) = &view.opportunity {
            let prefix = "company_view.opportunity";
            let o = &opportunity.value;
            self.not_negative(o.next_year.as_ref(), format!("{prefix}.next_year"));
            self.not_negative(
                o.three_to_five_years.as_ref(),
                format!("{prefix}.three_to_five_years"),
            );
            self.money(
                &[o.next_year.as_ref(), o.three_to_five_years.as_ref()],
                &o.currency,
                at(opportunity),
                prefix,
            );
        }
    }

    fn decision_group(&mut self, dossier: &Dossier) {
        let members = &dossier.decision_group.value;
        let view = &dossier.company_view.value;
        let our_side: Vec<&str> = [
            view.account_manager.as_ref(),
            view.executive_sponsor.as_ref(),
        ]
        .into_iter()
        .flatten()
        .chain(view.team.iter().filter_map(|t| t.name.as_ref()))
        .map(|t| t.value.as_str())
        .filter(|name| !name.trim().is_empty())
        .collect();
        let names: Vec<Option<&str>> = members
            .iter()
            .map(|m| non_empty(&m.name).map(|n| n.value.as_str()))
            .collect();

        for (i, member) in members.iter().enumerate() {
            let prefix = format!("decision_group[{i}]");
            let member_at = member.name.as_ref().map_or(at(&dossier.decision_group), at);
            self.required_text(&member.name, member_at, format!("{prefix}.name"));

            if let (Some(name), Some(text)) = (names[i], member.name.as_ref())
                && let Some(first) = names[..i]
                    .iter()
                    .position(|other| other.is_some_and(|o| same_name(o, name)))
            {
                let message = format!(
                    "`{name}` is already in the group as decision_group[{first}]; merge the two entries"
                );
                self.push(
                    at(text),
                    Code::DuplicateMember,
                    format!("{prefix}.name"),
                    message,
                );
            }

            match &member.roles {
                None => self.push(
                    member_at,
                    Code::MissingKey,
                    format!("{prefix}.roles"),
                    "missing required key `roles`: one or more of the nine roles",
                ),
                Some(roles) if roles.value.is_empty() => self.push(
                    at(roles),
                    Code::MissingKey,
                    format!("{prefix}.roles"),
                    "`roles` is empty; give one or more of the nine roles",
                ),
                Some(roles) => {
                    let has = |role| roles.value.iter().any(|r| r.value == role);
                    if has(Role::Supporter) && has(Role::Opponent) {
                        let who = names[i].unwrap_or("this member");
                        let message = format!(
                            "`{who}` is both supporter and opponent; pick the stance they take now"
                        );
                        self.push(
                            at(roles),
                            Code::ConflictingStance,
                            format!("{prefix}.roles"),
                            message,
                        );
                    }
                }
            }

            if let Some(boss) = non_empty(&member.reports_to) {
                let known = names
                    .iter()
                    .enumerate()
                    .any(|(j, other)| j != i && other.is_some_and(|o| same_name(o, &boss.value)));
                if !known {
                    let candidates = names
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .filter_map(|(_, n)| *n);
                    let hint = crate::suggest::did_you_mean(&boss.value, candidates);
                    let message = format!(
                        "`{}` is not another member of the decision group{hint}",
                        boss.value
                    );
                    self.push(
                        at(boss),
                        Code::UnknownMember,
                        format!("{prefix}.reports_to"),
                        message,
                    );
                }
            }

            if let Some(holder) = non_empty(&member.covered_by)
                && !our_side.iter().any(|name| same_name(name, &holder.value))
            {
                let hint = crate::suggest::did_you_mean(&holder.value, our_side.iter().copied());
                let message = format!(
                    "`{}` is not on our side{hint}; covered_by names the account manager, the executive sponsor or a team member",
                    holder.value
                );
                self.push(
                    at(holder),
                    Code::UnknownMember,
                    format!("{prefix}.covered_by"),
                    message,
                );
            }
        }
    }

    fn competitors(&mut self, dossier: &Dossier) {
        for (i, competitor) in dossier.competitors.value.iter().enumerate() {
            let parent = competitor
                .kind
                .as_ref()
                .map_or(at(&dossier.competitors), at);
            self.required_text(&competitor.name, parent, format!("competitors[{i}].name"));
        }
    }

    fn review(&mut self, dossier: &Dossier) {
        let review = &dossier.review.value;
        self.required_text(
            &review.last_reviewed,
            at(&dossier.review),
            "review.last_reviewed".into(),
        );
        if let Some(text) = non_empty(&review.last_reviewed)
            && let Some(date) = self.date(text, "review.last_reviewed".into())
            && date > self.context.today
        {
            let message = format!(
                "the last review is dated {date}, later than today ({}); a review can only be recorded once it has happened",
                self.context.today
            );
            self.push(
                at(text),
                Code::FutureReview,
                "review.last_reviewed",
                message,
            );
        }
        if let Some(months) = &review.interval_months {
            let most = self.context.default_interval.min(MAX_INTERVAL_MONTHS);
            if !(1..=i64::from(most)).contains(&months.value) {
                let message = format!(
                    "found {} months, expected 1 to {most} (the review interval may only shorten the default of {})",
                    months.value, self.context.default_interval
                );
                self.push(
                    at(months),
                    Code::BadInterval,
                    "review.interval_months",
                    message,
                );
            }
        }
    }

    fn gaps(&mut self, dossier: &Dossier) {
        let view = &dossier.company_view.value;
        let view_at = at(&dossier.company_view);

        if non_empty(&view.executive_sponsor).is_none() {
            let position = view.executive_sponsor.as_ref().map_or(view_at, at);
            self.push(
                position,
                Code::NoExecutiveSponsor,
                "company_view.executive_sponsor",
                "no executive sponsor: name the top manager on our side who backs this account",
            );
        }

        let group_at = at(&dossier.decision_group);
        let has_role = |role: Role| {
            dossier.decision_group.value.iter().any(|member| {
                member
                    .roles
                    .as_ref()
                    .is_some_and(|roles| roles.value.iter().any(|r| r.value == role))
            })
        };
        let role_gaps = [
            (
                Role::DecisionMaker,
                Code::NoDecisionMaker,
                "nobody in the decision group is the decision_maker: who can decide or veto alone?",
            ),
            (
                Role::Economic,
                Code::NoEconomicRole,
                "nobody in the decision group has the economic role: who judges the financial terms?",
            ),
            (
                Role::Technical,
                Code::NoTechnicalRole,
                "nobody in the decision group has the technical role: who judges the product?",
            ),
            (
                Role::Gatekeeper,
                Code::NoGatekeeper,
                "nobody in the decision group is a gatekeeper: who controls access to the decision makers?",
            ),
            (
                Role::Supporter,
                Code::NoSupporter,
                "nobody in the decision group is a supporter: who wants us to win?",
            ),
        ];
        for (role, code, message) in role_gaps {
            if !has_role(role) {
                self.push(group_at, code, "decision_group", message);
            }
        }

        let indirect = dossier.competitors.value.iter().any(|c| {
            c.kind.as_ref().is_some_and(|k| {
                matches!(k.value, CompetitorKind::Inertia | CompetitorKind::InHouse)
            })
        });
        if !indirect {
            self.push(
                at(&dossier.competitors),
                Code::NoIndirectCompetition,
                "competitors",
                "no inertia or in_house competitor: the client changing nothing, or doing it themselves, is often the most dangerous rival",
            );
        }

        let opportunity = view.opportunity.as_ref();
        let opportunity_at = opportunity.map_or(view_at, at);
        if opportunity
            .and_then(|o| o.value.next_year.as_ref())
            .is_none()
        {
            self.push(
                opportunity_at,
                Code::NoOpportunitySize,
                "company_view.opportunity.next_year",
                "no Size of Opportunity for next year (company_view.opportunity.next_year)",
            );
        }
        if opportunity
            .and_then(|o| o.value.three_to_five_years.as_ref())
            .is_none()
        {
            self.push(
                opportunity_at,
                Code::NoLongTermOpportunity,
                "company_view.opportunity.three_to_five_years",
                "no Size of Opportunity for three to five years (company_view.opportunity.three_to_five_years)",
            );
        }

        match &view.history {
            Some(history) if !history.value.is_empty() => {}
            history => self.push(
                history.as_ref().map_or(view_at, at),
                Code::NoRelationshipHistory,
                "company_view.history",
                "no relationship history: list what we delivered and the tenders we entered, won or lost",
            ),
        }
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

fn last_segment(key: &str) -> &str {
    key.rsplit('.').next().unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "\
version: 1
client:
  name: ACME
company_view:
  account_manager: Ivan Petrov
  executive_sponsor: Olga Smirnova
  team:
    - name: Sergey Kim
  history:
    - date: 2024-03-15
      kind: tender
  opportunity:
    currency: RUB
    next_year: 100
    three_to_five_years: 500
decision_group:
  - name: Pavel Orlov
    roles: [decision_maker, economic]
    covered_by: Olga Smirnova
  - name: Anna Lee
    roles: [technical, supporter]
    reports_to: Pavel Orlov
    covered_by: sergey  kim
  - name: Maria
    roles: [gatekeeper]
competitors:
  - name: Status quo
    kind: inertia
review:
  last_reviewed: 2026-09-01
";

    fn context() -> Context {
        Context {
            today: dates::parse_date("2026-11-28").unwrap(),
            default_interval: 3,
            max_file_size: crate::load::DEFAULT_MAX_FILE_SIZE,
        }
    }

    fn findings(text: &str) -> Vec<Finding> {
        let dossier = crate::parse::parse(text).unwrap();
        check(&dossier, &context())
    }

    fn codes(text: &str) -> Vec<&'static str> {
        findings(text).iter().map(|f| f.code.as_str()).collect()
    }

    fn with(from: &str, to: &str) -> String {
        assert!(BASE.contains(from), "{from}");
        BASE.replacen(from, to, 1)
    }

    #[test]
    fn complete_dossier_has_no_findings() {
        assert_eq!(codes(BASE), Vec::<&str>::new());
    }

    #[test]
    fn empty_required_text_is_missing_key() {
        let found = findings(&with("name: ACME", "name: \"  \""));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::MissingKey);
        assert_eq!(found[0].key, "client.name");
        assert_eq!(found[0].position, Position::new(3, 9));
    }

    #[test]
    fn amount_without_currency_is_missing_key() {
        let found = findings(&with("    currency: RUB\n", ""));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::MissingKey);
        assert_eq!(found[0].key, "company_view.opportunity.currency");
    }

    #[test]
    fn negative_numbers_except_net_income() {
        let text = with(
            "  name: ACME\n",
            "  name: ACME\n  headcount: -1\n  financials:\n    - year: 2025\n      revenue: 5\n      net_income: -9\n      currency: EUR\n",
        );
        let found = findings(&text);
        assert_eq!(codes(&text), ["negative-number"]);
        assert_eq!(found[0].key, "client.headcount");
        assert_eq!(
            codes(&with("next_year: 100", "next_year: -100")),
            ["negative-number"]
        );
    }

    #[test]
    fn currency_is_three_capital_letters() {
        assert_eq!(
            codes(&with("currency: RUB", "currency: rub")),
            ["bad-currency"]
        );
        assert_eq!(
            codes(&with("currency: RUB", "currency: RUBL")),
            ["bad-currency"]
        );
    }

    #[test]
    fn impossible_and_future_dates() {
        assert_eq!(codes(&with("2024-03-15", "2024-02-30")), ["invalid-date"]);
        assert_eq!(codes(&with("2026-09-01", "2026-13-01")), ["invalid-date"]);
        assert_eq!(codes(&with("2026-09-01", "2026-11-29")), ["future-review"]);
        assert_eq!(codes(&with("2026-09-01", "2026-11-28")), Vec::<&str>::new());
    }

    #[test]
    fn interval_within_one_to_the_default() {
        let interval = |months: &str| {
            with(
                "  last_reviewed: 2026-09-01\n",
                &format!("  last_reviewed: 2026-09-01\n  interval_months: {months}\n"),
            )
        };
        assert_eq!(codes(&interval("4")), ["bad-interval"]);
        assert_eq!(codes(&interval("0")), ["bad-interval"]);
        assert_eq!(codes(&interval("2")), Vec::<&str>::new());
        let dossier = crate::parse::parse(&interval("3")).unwrap();
        let strict = Context {
            default_interval: 2,
            ..context()
        };
        let found: Vec<_> = check(&dossier, &strict).iter().map(|f| f.code).collect();
        assert_eq!(found, [Code::BadInterval]);
        assert_eq!(interval_months(&dossier, 2), 2);
        let dossier = crate::parse::parse(&interval("1")).unwrap();
        assert_eq!(interval_months(&dossier, 3), 1);
    }

    #[test]
    fn members_are_unique_and_known() {
        let duplicate = with("name: Maria", "name: \" anna  LEE\"");
        let found = findings(&duplicate);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::DuplicateMember);
        assert_eq!(found[0].key, "decision_group[2].name");

        let unknown = with("reports_to: Pavel Orlov", "reports_to: Pavel Orlv");
        let found = findings(&unknown);
        assert_eq!(found[0].code, Code::UnknownMember);
        assert!(
            found[0]
                .message
                .to_string()
                .contains("did you mean `Pavel Orlov`"),
            "{}",
            found[0].message
        );

        let self_report = with("reports_to: Pavel Orlov", "reports_to: Anna Lee");
        assert_eq!(codes(&self_report), ["unknown-member"]);

        let outsider = with("covered_by: Olga Smirnova", "covered_by: Boris");
        let found = findings(&outsider);
        assert_eq!(found[0].code, Code::UnknownMember);
        assert_eq!(found[0].key, "decision_group[0].covered_by");
    }

    #[test]
    fn supporter_and_opponent_conflict() {
        let text = with("[technical, supporter]", "[technical, supporter, opponent]");
        let found = findings(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::ConflictingStance);
        assert_eq!(found[0].key, "decision_group[1].roles");
    }

    #[test]
    fn roles_are_required() {
        assert_eq!(
            codes(&with("roles: [gatekeeper]", "roles: []")),
            ["missing-key", "no-gatekeeper"]
        );
    }

    #[test]
    fn unsupported_version() {
        assert_eq!(
            codes(&with("version: 1", "version: 2")),
            ["unsupported-version"]
        );
    }

    #[test]
    fn gap_warnings_look_at_the_whole_group() {
        assert_eq!(
            codes(&with("  executive_sponsor: Olga Smirnova\n", "")).last(),
            Some(&"no-executive-sponsor")
        );
        assert_eq!(
            codes(&with("[decision_maker, economic]", "[user]")),
            ["no-decision-maker", "no-economic-role"]
        );
        assert_eq!(
            codes(&with("[technical, supporter]", "[advisor]")),
            ["no-technical-role", "no-supporter"]
        );
        assert_eq!(
            codes(&with("kind: inertia", "kind: budget")),
            ["no-indirect-competition"]
        );
        assert_eq!(
            codes(&with("kind: inertia", "kind: in_house")),
            Vec::<&str>::new()
        );
        assert_eq!(
            codes(&with("    next_year: 100\n", "")),
            ["no-opportunity-size"]
        );
        assert_eq!(
            codes(&with("    three_to_five_years: 500\n", "")),
            ["no-long-term-opportunity"]
        );
        assert_eq!(
            codes(&with(
                "  history:\n    - date: 2024-03-15\n      kind: tender\n",
                "  history: []\n"
            )),
            ["no-relationship-history"]
        );
    }

    #[test]
    fn every_warning_is_a_gap_code() {
        let empty = "version: 1\nclient: {name: X}\ncompany_view: {account_manager: Y}\ndecision_group: []\ncompetitors: []\nreview: {last_reviewed: 2026-01-01}\n";
        let found = codes(empty);
        assert_eq!(found.len(), 10, "{found:?}");
        assert!(found.iter().all(|code| code.starts_with("no-")));
    }

    #[test]
    fn names_compare_without_case_or_spacing() {
        assert!(same_name(" Анна  Иванова", "анна иванова"));
        assert!(!same_name("Anna", "Anne"));
    }
}
