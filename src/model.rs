//! The serde model of a dossier file, exactly as FORMAT.md describes it.
//!
//! Every struct denies unknown fields so a typo never silently drops data.
//! Values the rules look at again after parsing are wrapped in [`Spanned`]
//! so a finding can point at the line and column where the value stands.

use serde::Deserialize;
use serde_saphyr::Spanned;

/// Text with its position in the file.
pub type Text = Spanned<String>;

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// Format version; only `1` exists.
    pub version: Spanned<i64>,
    /// 1. General information about the client.
    pub client: Spanned<Client>,
    /// 2. Our company's view of the client.
    pub company_view: Spanned<CompanyView>,
    /// 3. The client's decision-making group.
    pub decision_group: Spanned<Vec<Member>>,
    /// 4. The competition, all four kinds.
    pub competitors: Spanned<Vec<Competitor>>,
    /// When the dossier was last fully reviewed.
    pub review: Spanned<Review>,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    pub name: Option<Text>,
    pub industry: Option<Text>,
    pub website: Option<Text>,
    pub description: Option<Text>,
    pub history: Option<Text>,
    pub headcount: Option<Spanned<i64>>,
    #[serde(default)]
    pub structure: Vec<Unit>,
    pub environment: Option<Environment>,
    pub mission: Option<Text>,
    pub positioning: Option<Text>,
    pub industry_trends: Option<Text>,
    pub culture: Option<Text>,
    #[serde(default)]
    pub financials: Vec<Spanned<Financials>>,
}

/// A department, division, branch or subsidiary of the client.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub name: Option<Text>,
    pub kind: Option<Spanned<UnitKind>>,
    pub head: Option<Text>,
    pub notes: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Department,
    Division,
    Branch,
    Subsidiary,
    Other,
}

/// Who surrounds the client.
#[derive(Debug, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Environment {
    #[serde(default)]
    pub clients: Vec<String>,
    #[serde(default)]
    pub competitors: Vec<String>,
    #[serde(default)]
    pub suppliers: Vec<String>,
    #[serde(default)]
    pub banks: Vec<String>,
    #[serde(default)]
    pub auditors: Vec<String>,
    #[serde(default)]
    pub consultants: Vec<String>,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Financials {
    pub year: Option<Spanned<i64>>,
    pub revenue: Option<Spanned<f64>>,
    pub net_income: Option<Spanned<f64>>,
    pub currency: Option<Text>,
    pub notes: Option<Text>,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyView {
    pub account_manager: Option<Text>,
    pub executive_sponsor: Option<Text>,
    #[serde(default)]
    pub team: Vec<TeamMember>,
    pub history: Option<Spanned<Vec<Spanned<Event>>>>,
    pub relationship: Option<Relationship>,
    pub opportunity: Option<Spanned<Opportunity>>,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    pub name: Option<Text>,
    pub role: Option<Text>,
}

/// Something that happened between us and the client.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: Option<Text>,
    pub kind: Option<Spanned<EventKind>>,
    pub summary: Option<Text>,
    pub outcome: Option<Spanned<Outcome>>,
    pub amount: Option<Spanned<f64>>,
    pub currency: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Delivery,
    Tender,
    Contract,
    Meeting,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Won,
    Lost,
    Pending,
    Cancelled,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    pub current: Option<Text>,
    pub outlook: Option<Text>,
    pub purchase_budget: Option<Spanned<Budget>>,
    #[serde(default)]
    pub previous_vendors: Vec<String>,
    pub decision_process: Option<Text>,
}

/// The client's budget for what we sell.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub amount: Option<Spanned<f64>>,
    pub currency: Option<Text>,
    pub period: Option<Spanned<BudgetPeriod>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetPeriod {
    Year,
    Quarter,
    Month,
    Project,
}

/// Size of Opportunity: what is at stake with this client.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Opportunity {
    pub currency: Option<Text>,
    pub next_year: Option<Spanned<f64>>,
    pub three_to_five_years: Option<Spanned<f64>>,
    pub notes: Option<Text>,
}

/// A person in the client's decision-making group.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: Option<Text>,
    pub title: Option<Text>,
    pub roles: Option<Spanned<Vec<Spanned<Role>>>>,
    pub influence: Option<Spanned<Level>>,
    pub reports_to: Option<Text>,
    pub covered_by: Option<Text>,
    pub email: Option<Text>,
    pub phone: Option<Text>,
    pub notes: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
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
    User,
    Supporter,
    Opponent,
    Advisor,
    Informant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    High,
    Medium,
    Low,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    pub name: Option<Text>,
    pub kind: Option<Spanned<CompetitorKind>>,
    pub offering: Option<Text>,
    pub strengths: Option<Text>,
    pub weaknesses: Option<Text>,
    pub our_advantage: Option<Text>,
    pub threat: Option<Spanned<Level>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
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

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub last_reviewed: Option<Text>,
    pub reviewed_by: Option<Text>,
    pub interval_months: Option<Spanned<i64>>,
}
