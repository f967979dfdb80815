//! The serde model of a dossier file, exactly as FORMAT.md describes it.
//!
//! Every struct denies unknown fields so a typo never silently drops data.
//! Values the rules look at again after parsing are wrapped in [`Spanned`]
//! so a finding can point at the line and column where the value stands.

use serde::Deserialize;
use serde_saphyr::Spanned;

/// Text with its position in the file.
pub type Text = Spanned<String>;

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Key-account dossier",
    description = "One key client in four sections (client, company view, decision group, competitors) plus the date of its last full review."
)]
pub struct Dossier {
    /// Format version; only `1` exists.
    #[schemars(with = "crate::schema::Version")]
    pub version: Spanned<i64>,
    /// 1. General information about the client.
    #[schemars(with = "Client")]
    pub client: Spanned<Client>,
    /// 2. Our company's view of the client.
    #[schemars(with = "CompanyView")]
    pub company_view: Spanned<CompanyView>,
    /// 3. The client's decision-making group.
    #[schemars(with = "Vec<Member>")]
    pub decision_group: Spanned<Vec<Member>>,
    /// 4. The competition, all four kinds.
    #[schemars(with = "Vec<Competitor>")]
    pub competitors: Spanned<Vec<Competitor>>,
    /// When the dossier was last fully reviewed.
    #[schemars(with = "Review")]
    pub review: Spanned<Review>,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Client {
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK),
        description = "Required. The client's name as you use it in reports."
    )]
    pub name: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "What the client does."
    )]
    pub industry: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "The client's web site."
    )]
    pub website: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "What the company is: business, size, locations, products."
    )]
    pub description: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "The client's own history: founding, mergers, owners, big changes."
    )]
    pub history: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::WholeNumber>",
        range(min = 0),
        description = "Number of employees, a whole number of 0 or more."
    )]
    pub headcount: Option<Spanned<i64>>,
    #[serde(default)]
    #[schemars(description = "Org structure: departments, divisions, branches, subsidiaries.")]
    pub structure: Vec<Unit>,
    #[schemars(description = "Who surrounds the client: lists of names.")]
    pub environment: Option<Environment>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "What the client says it exists for."
    )]
    pub mission: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "How the client places itself on its market."
    )]
    pub positioning: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Trends in the client's industry that affect what it buys."
    )]
    pub industry_trends: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Corporate culture: how decisions are made, what is valued."
    )]
    pub culture: Option<Text>,
    #[serde(default)]
    #[schemars(with = "Vec<Financials>", description = "Financial results by year.")]
    pub financials: Vec<Spanned<Financials>>,
}

/// A department, division, branch or subsidiary of the client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    #[schemars(with = "Option<crate::schema::Text>", description = "The unit's name.")]
    pub name: Option<Text>,
    #[schemars(
        with = "Option<UnitKind>",
        description = "department | division | branch | subsidiary | other"
    )]
    pub kind: Option<Spanned<UnitKind>>,
    #[schemars(with = "Option<crate::schema::Text>", description = "Who runs it.")]
    pub head: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Anything else worth knowing."
    )]
    pub notes: Option<Text>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Department,
    Division,
    Branch,
    Subsidiary,
    Other,
}

/// Who surrounds the client.
#[derive(Debug, Default, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Environment {
    #[serde(default)]
    #[schemars(
        with = "Vec<crate::schema::Text>",
        description = "The client's own customers."
    )]
    pub clients: Vec<String>,
    #[serde(default)]
    #[schemars(
        with = "Vec<crate::schema::Text>",
        description = "The client's competitors."
    )]
    pub competitors: Vec<String>,
    #[serde(default)]
    #[schemars(
        with = "Vec<crate::schema::Text>",
        description = "The client's suppliers."
    )]
    pub suppliers: Vec<String>,
    #[serde(default)]
    #[schemars(
        with = "Vec<crate::schema::Text>",
        description = "Banks the client works with."
    )]
    pub banks: Vec<String>,
    #[serde(default)]
    #[schemars(
        with = "Vec<crate::schema::Text>",
        description = "The client's auditors."
    )]
    pub auditors: Vec<String>,
    #[serde(default)]
    #[schemars(
        with = "Vec<crate::schema::Text>",
        description = "Consultants the client listens to."
    )]
    pub consultants: Vec<String>,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Financials {
    #[schemars(
        with = "Option<crate::schema::WholeNumber>",
        description = "The financial year."
    )]
    pub year: Option<Spanned<i64>>,
    #[schemars(
        with = "Option<crate::schema::Number>",
        range(min = 0),
        description = "Revenue for the year, 0 or more, in `currency`."
    )]
    #[serde(default, deserialize_with = "finite")]
    pub revenue: Option<Spanned<f64>>,
    #[schemars(
        with = "Option<crate::schema::Number>",
        description = "Net income for the year in `currency`; negative for a loss."
    )]
    #[serde(default, deserialize_with = "finite")]
    pub net_income: Option<Spanned<f64>>,
    #[schemars(
        with = "Option<String>",
        pattern(crate::schema::CURRENCY),
        description = "ISO 4217 code of the amounts in this entry: three capital letters such as RUB, EUR, USD."
    )]
    pub currency: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Anything else worth knowing."
    )]
    pub notes: Option<Text>,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompanyView {
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK),
        description = "Required. The key account manager who owns this dossier."
    )]
    pub account_manager: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Our top manager who backs this account and meets the client's top people."
    )]
    pub executive_sponsor: Option<Text>,
    #[serde(default)]
    #[schemars(description = "Everyone on our side who works with the client.")]
    pub team: Vec<TeamMember>,
    #[schemars(
        with = "Option<Vec<Event>>",
        description = "What we delivered and when; tenders entered, won and lost; contracts; key meetings."
    )]
    pub history: Option<Spanned<Vec<Spanned<Event>>>>,
    #[schemars(description = "The state of the relationship.")]
    pub relationship: Option<Relationship>,
    #[schemars(
        with = "Option<Opportunity>",
        description = "Size of Opportunity: what we can sell the client, in one currency."
    )]
    pub opportunity: Option<Spanned<Opportunity>>,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "The person's name; usable in decision_group[].covered_by."
    )]
    pub name: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "What they do for this client."
    )]
    pub role: Option<Text>,
}

/// Something that happened between us and the client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Event {
    #[schemars(
        with = "Option<String>",
        pattern(crate::schema::DATE),
        description = "When it happened, YYYY-MM-DD."
    )]
    pub date: Option<Text>,
    #[schemars(
        with = "Option<EventKind>",
        description = "delivery | tender | contract | meeting | other"
    )]
    pub kind: Option<Spanned<EventKind>>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "What it was about."
    )]
    pub summary: Option<Text>,
    #[schemars(
        with = "Option<Outcome>",
        description = "won | lost | pending | cancelled"
    )]
    pub outcome: Option<Spanned<Outcome>>,
    #[schemars(
        with = "Option<crate::schema::Number>",
        range(min = 0),
        description = "Value of the deal or the bid, 0 or more, in `currency`."
    )]
    #[serde(default, deserialize_with = "finite")]
    pub amount: Option<Spanned<f64>>,
    #[schemars(
        with = "Option<String>",
        pattern(crate::schema::CURRENCY),
        description = "ISO 4217 code of the amount: three capital letters such as RUB, EUR, USD."
    )]
    pub currency: Option<Text>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Delivery,
    Tender,
    Contract,
    Meeting,
    Other,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Won,
    Lost,
    Pending,
    Cancelled,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Where the relationship stands now."
    )]
    pub current: Option<Text>,
    #[schemars(with = "Option<crate::schema::Text>", description = "Where it can go.")]
    pub outlook: Option<Text>,
    #[schemars(
        with = "Option<Budget>",
        description = "The client's budget for what we sell."
    )]
    pub purchase_budget: Option<Spanned<Budget>>,
    #[serde(default)]
    #[schemars(
        with = "Vec<crate::schema::Text>",
        description = "Who sold this to the client before us."
    )]
    pub previous_vendors: Vec<String>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "How the client buys: who prepares, who checks, who decides."
    )]
    pub decision_process: Option<Text>,
}

/// The client's budget for what we sell.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Budget {
    #[schemars(
        with = "Option<crate::schema::Number>",
        range(min = 0),
        description = "The budget, 0 or more, in `currency`."
    )]
    #[serde(default, deserialize_with = "finite")]
    pub amount: Option<Spanned<f64>>,
    #[schemars(
        with = "Option<String>",
        pattern(crate::schema::CURRENCY),
        description = "ISO 4217 code of the amount: three capital letters such as RUB, EUR, USD."
    )]
    pub currency: Option<Text>,
    #[schemars(
        with = "Option<BudgetPeriod>",
        description = "year | quarter | month | project"
    )]
    pub period: Option<Spanned<BudgetPeriod>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum BudgetPeriod {
    Year,
    Quarter,
    Month,
    Project,
}

/// Size of Opportunity: what is at stake with this client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Opportunity {
    #[schemars(
        with = "Option<String>",
        pattern(crate::schema::CURRENCY),
        description = "ISO 4217 code of the amounts: three capital letters such as RUB, EUR, USD."
    )]
    pub currency: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Number>",
        range(min = 0),
        description = "What we can sell next year, 0 or more, in `currency`."
    )]
    #[serde(default, deserialize_with = "finite")]
    pub next_year: Option<Spanned<f64>>,
    #[schemars(
        with = "Option<crate::schema::Number>",
        range(min = 0),
        description = "What we can sell over three to five years, 0 or more, in `currency`."
    )]
    #[serde(default, deserialize_with = "finite")]
    pub three_to_five_years: Option<Spanned<f64>>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Anything else worth knowing."
    )]
    pub notes: Option<Text>,
}

/// A person in the client's decision-making group.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK),
        description = "Required. The person's name, unique within the dossier."
    )]
    pub name: Option<Text>,
    #[schemars(with = "Option<crate::schema::Text>", description = "Job title.")]
    pub title: Option<Text>,
    #[schemars(required, with = "Vec<Role>", length(min = 1), extend("not" = {"type": "array", "allOf": [{"contains": {"const": "supporter"}}, {"contains": {"const": "opponent"}}]}), description = "Required. One or more of the nine roles; never both supporter and opponent.")]
    pub roles: Option<Spanned<Vec<Spanned<Role>>>>,
    #[schemars(with = "Option<Level>", description = "high | medium | low")]
    pub influence: Option<Spanned<Level>>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "The name of another member of this group."
    )]
    pub reports_to: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Who on our side holds this contact: the account manager, the executive sponsor or a team member."
    )]
    pub covered_by: Option<Text>,
    #[schemars(with = "Option<crate::schema::Text>", description = "Email address.")]
    pub email: Option<Text>,
    #[schemars(with = "Option<crate::schema::Text>", description = "Phone number.")]
    pub phone: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Anything else worth knowing."
    )]
    pub notes: Option<Text>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Can decide or veto alone.
    DecisionMaker,
    /// Assistants and secretaries who control access.
    Gatekeeper,
    /// Judges the product.
    Technical,
    /// Judges the financial terms.
    Economic,
    #[schemars(description = "Will work with what we sell.")]
    User,
    #[schemars(description = "Wants us to win and helps us from inside.")]
    Supporter,
    #[schemars(description = "Wants us to lose.")]
    Opponent,
    #[schemars(description = "An expert, inside or outside, whose opinion counts.")]
    Advisor,
    #[schemars(description = "Tells us what is going on inside the client.")]
    Informant,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    High,
    Medium,
    Low,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK),
        description = "Required. The rival's name, or what the alternative is."
    )]
    pub name: Option<Text>,
    #[schemars(
        with = "Option<CompetitorKind>",
        description = "direct | budget | inertia | in_house"
    )]
    pub kind: Option<Spanned<CompetitorKind>>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "What they offer the client."
    )]
    pub offering: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Their strong points."
    )]
    pub strengths: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Their weak points."
    )]
    pub weaknesses: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Why we win against them."
    )]
    pub our_advantage: Option<Text>,
    #[schemars(with = "Option<Level>", description = "high | medium | low")]
    pub threat: Option<Spanned<Level>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CompetitorKind {
    /// Offers a similar product.
    Direct,
    /// Competes for the same budget with something else.
    Budget,
    /// The client may change nothing.
    Inertia,
    /// The client may do it themselves.
    InHouse,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[schemars(
        required,
        with = "String",
        pattern(crate::schema::DATE),
        description = "Required. Date of the last full review, YYYY-MM-DD, not in the future."
    )]
    pub last_reviewed: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::Text>",
        description = "Who did the review."
    )]
    pub reviewed_by: Option<Text>,
    #[schemars(
        with = "Option<crate::schema::WholeNumber>",
        range(min = 1, max = 3),
        description = "Review more often than the default: every 1 to 3 months, never longer than the default in dossier.yaml."
    )]
    pub interval_months: Option<Spanned<i64>>,
}

/// An amount: any number YAML reads, except `.inf`, `-.inf` and `.nan`
/// (FORMAT.md, "Checks": every amount is a finite number). Every `f64` of the
/// model is read through this, so a non-finite value is `wrong-type` at the
/// value, with what was found quoted whole (see `parse::describe`).
///
/// # Errors
/// `invalid_value` with [`NOT_FINITE`] as what was expected and the
/// value's `line:column` as what was found.
pub fn finite<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Spanned<f64>>, D::Error> {
    let Some(number) = Option::<Spanned<f64>>::deserialize(deserializer)? else {
        return Ok(None);
    };
    if number.value.is_finite() {
        return Ok(Some(number));
    }
    // Where the value stands, for the message to quote it as written.
    let at = format!(
        "{}:{}",
        number.referenced.line(),
        number.referenced.column()
    );
    Err(serde::de::Error::invalid_value(
        serde::de::Unexpected::Other(&at),
        &NOT_FINITE,
    ))
}

/// What [`finite`] expects; `parse` recognises it to quote the value found.
pub const NOT_FINITE: &str = "a finite number";
