//! The serde model of a dossier file, exactly as FORMAT.md describes it.
//!
//! Every struct denies unknown fields so a typo never silently drops data.
//! Values the rules look at again after parsing are wrapped in [`Spanned`]
//! so a finding can point at the line and column where the value stands.

pub use crate::spanned::Spanned;
use serde::Deserialize;

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
    /// active (default) | archived: a client we no longer work; archived dossiers are checked (errors only) but left out of review, list, report and export unless --all.
    #[serde(default)]
    pub status: Option<Spanned<DossierStatus>>,
    /// 1. General information about the client.
    pub client: Spanned<Client>,
    /// 2. Our company's view of the client.
    pub company_view: Spanned<CompanyView>,
    /// 3. The client's decision-making group.
    pub decision_group: Spanned<Vec<Member>>,
    /// 4. The competition, all four kinds.
    pub competitors: Spanned<Vec<Competitor>>,
    /// 5. The account plan: the client's needs, our objectives and actions, the resources we ask of our own company, and solutions worth replicating.
    pub plan: Option<Spanned<Plan>>,
    /// When the dossier was last fully reviewed.
    pub review: Spanned<Review>,
}

impl Dossier {
    /// Whether the dossier is `status: archived` (left out of the portfolio views unless `--all`).
    pub fn is_archived(&self) -> bool {
        self.status
            .as_ref()
            .is_some_and(|status| status.value == DossierStatus::Archived)
    }
}

/// Whether we still work the client (FORMAT.md, "A dossier file": `status`).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DossierStatus {
    /// A client we work: in every view.
    #[default]
    Active,
    /// A client we no longer work: checked (errors only), left out of the
    /// portfolio views unless `--all`.
    Archived,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// Required. The client's name as you use it in reports.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// What the client does.
    pub industry: Option<Text>,
    /// The client's web site.
    pub website: Option<Text>,
    /// What the company is: business, size, locations, products.
    pub description: Option<Text>,
    /// The client's own history: founding, mergers, owners, big changes.
    pub history: Option<Text>,
    /// Number of employees, a whole number of 0 or more.
    #[schemars(range(min = 0))]
    pub headcount: Option<Spanned<i64>>,
    /// Org structure: departments, divisions, branches, subsidiaries.
    #[serde(default)]
    pub structure: Vec<Unit>,
    /// Who surrounds the client: lists of names.
    pub environment: Option<Environment>,
    /// What the client says it exists for.
    pub mission: Option<Text>,
    /// How the client places itself on its market.
    pub positioning: Option<Text>,
    /// Trends in the client's industry that affect what it buys.
    pub industry_trends: Option<Text>,
    /// Corporate culture: how decisions are made, what is valued.
    pub culture: Option<Text>,
    /// Financial results by year.
    #[serde(default)]
    pub financials: Vec<Spanned<Financials>>,
}

/// A department, division, branch or subsidiary of the client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// The unit's name.
    pub name: Option<Text>,
    /// department | division | branch | subsidiary | other
    pub kind: Option<Spanned<UnitKind>>,
    /// Who runs it.
    pub head: Option<Text>,
    /// Anything else worth knowing.
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
    /// The client's own customers.
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::Text>")]
    pub clients: Vec<String>,
    /// The client's competitors.
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::Text>")]
    pub competitors: Vec<String>,
    /// The client's suppliers.
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::Text>")]
    pub suppliers: Vec<String>,
    /// Banks the client works with.
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::Text>")]
    pub banks: Vec<String>,
    /// The client's auditors.
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::Text>")]
    pub auditors: Vec<String>,
    /// Consultants the client listens to.
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::Text>")]
    pub consultants: Vec<String>,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Financials {
    /// The financial year.
    pub year: Option<Spanned<i64>>,
    /// Revenue for the year, 0 or more, in `currency`.
    #[schemars(range(min = 0))]
    #[serde(default, deserialize_with = "finite")]
    pub revenue: Option<Spanned<f64>>,
    /// Net income for the year in `currency`; negative for a loss.
    #[serde(default, deserialize_with = "finite")]
    pub net_income: Option<Spanned<f64>>,
    /// ISO 4217 code of the amounts in this entry: three capital letters such as RUB, EUR, USD.
    #[schemars(with = "Option<String>", pattern(crate::schema::CURRENCY))]
    pub currency: Option<Text>,
    /// Anything else worth knowing.
    pub notes: Option<Text>,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompanyView {
    /// Required. The key account manager who owns this dossier.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub account_manager: Option<Text>,
    /// Our top manager who backs this account and meets the client's top people.
    pub executive_sponsor: Option<Text>,
    /// Everyone on our side who works with the client.
    #[serde(default)]
    pub team: Vec<TeamMember>,
    /// What we delivered and when; tenders entered, won and lost; contracts; key meetings.
    pub history: Option<Spanned<Vec<Spanned<Event>>>>,
    /// The state of the relationship.
    pub relationship: Option<Relationship>,
    /// Size of Opportunity: what we can sell the client, in one currency.
    pub opportunity: Option<Spanned<Opportunity>>,
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    /// The person's name; usable in decision_group[].covered_by.
    pub name: Option<Text>,
    /// What they do for this client.
    pub role: Option<Text>,
    /// The part of our company this person brings in (Presales, Finance, Legal...).
    pub department: Option<Text>,
}

/// Something that happened between us and the client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Event {
    /// When it happened, YYYY-MM-DD.
    #[schemars(with = "Option<String>", pattern(crate::schema::DATE))]
    pub date: Option<Text>,
    /// delivery | tender | contract | meeting | other
    pub kind: Option<Spanned<EventKind>>,
    /// What it was about.
    pub summary: Option<Text>,
    /// won | lost | pending | cancelled
    pub outcome: Option<Spanned<Outcome>>,
    /// Value of the deal or the bid, 0 or more, in `currency`.
    #[schemars(range(min = 0))]
    #[serde(default, deserialize_with = "finite")]
    pub amount: Option<Spanned<f64>>,
    /// ISO 4217 code of the amount: three capital letters such as RUB, EUR, USD.
    #[schemars(with = "Option<String>", pattern(crate::schema::CURRENCY))]
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
    /// Where the relationship stands now.
    pub current: Option<Text>,
    /// Where it can go.
    pub outlook: Option<Text>,
    /// The client's budget for what we sell.
    pub purchase_budget: Option<Spanned<Budget>>,
    /// Who sold this to the client before us.
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::Text>")]
    pub previous_vendors: Vec<String>,
    /// How the client buys: who prepares, who checks, who decides.
    pub decision_process: Option<Text>,
}

/// The client's budget for what we sell.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Budget {
    /// The budget, 0 or more, in `currency`.
    #[schemars(range(min = 0))]
    #[serde(default, deserialize_with = "finite")]
    pub amount: Option<Spanned<f64>>,
    /// ISO 4217 code of the amount: three capital letters such as RUB, EUR, USD.
    #[schemars(with = "Option<String>", pattern(crate::schema::CURRENCY))]
    pub currency: Option<Text>,
    /// year | quarter | month | project
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
    /// ISO 4217 code of the amounts: three capital letters such as RUB, EUR, USD.
    #[schemars(with = "Option<String>", pattern(crate::schema::CURRENCY))]
    pub currency: Option<Text>,
    /// What we can sell next year, 0 or more, in `currency`.
    #[schemars(range(min = 0))]
    #[serde(default, deserialize_with = "finite")]
    pub next_year: Option<Spanned<f64>>,
    /// What we can sell over three to five years, 0 or more, in `currency`.
    #[schemars(range(min = 0))]
    #[serde(default, deserialize_with = "finite")]
    pub three_to_five_years: Option<Spanned<f64>>,
    /// Anything else worth knowing.
    pub notes: Option<Text>,
}

/// A person in the client's decision-making group.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Required. The person's name, unique within the dossier.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// Job title.
    pub title: Option<Text>,
    /// Required. One or more of the nine roles; never both supporter and opponent.
    #[schemars(required, with = "Vec<Role>", length(min = 1), extend("not" = {"type": "array", "allOf": [{"contains": {"const": "supporter"}}, {"contains": {"const": "opponent"}}]}))]
    pub roles: Option<Spanned<Vec<Spanned<Role>>>>,
    /// high | medium | low
    pub influence: Option<Spanned<Level>>,
    /// The name of another member of this group.
    pub reports_to: Option<Text>,
    /// Who on our side holds this contact: the account manager, the executive sponsor or a team member.
    pub covered_by: Option<Text>,
    /// Email address.
    pub email: Option<Text>,
    /// Phone number.
    pub phone: Option<Text>,
    /// Anything else worth knowing.
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
    /// Will work with what we sell.
    User,
    /// Wants us to win and helps us from inside.
    Supporter,
    /// Wants us to lose.
    Opponent,
    /// An expert, inside or outside, whose opinion counts.
    Advisor,
    /// Tells us what is going on inside the client.
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

impl Level {
    /// The word YAML writes for it: `high`, `medium`, `low`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::High => "high",
            Level::Medium => "medium",
            Level::Low => "low",
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    /// Required. The rival's name, or what the alternative is.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// direct | budget | inertia | in_house
    pub kind: Option<Spanned<CompetitorKind>>,
    /// What they offer the client.
    pub offering: Option<Text>,
    /// Their strong points.
    pub strengths: Option<Text>,
    /// Their weak points.
    pub weaknesses: Option<Text>,
    /// Why we win against them.
    pub our_advantage: Option<Text>,
    /// high | medium | low
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
    /// Required. Date of the last full review, YYYY-MM-DD, not in the future.
    #[schemars(required, with = "String", pattern(crate::schema::DATE))]
    pub last_reviewed: Option<Text>,
    /// Who did the review.
    pub reviewed_by: Option<Text>,
    /// Review more often than the default: every 1 to 3 months, never longer than the default in dossier.yaml.
    #[schemars(range(min = 1, max = 3))]
    pub interval_months: Option<Spanned<i64>>,
}

/// The account plan (FORMAT.md, "The account plan"): what the methodology
/// asks at every review: have we found all of the client's needs, engaged all
/// of our company's resources, coordinated the other departments, and which
/// solutions made for this client can be replicated for others.
#[derive(Debug, Default, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// What the client needs, as they told us.
    #[serde(default)]
    pub needs: Vec<Spanned<Need>>,
    /// What we set out to achieve with this client, each with its actions.
    #[serde(default)]
    pub objectives: Vec<Spanned<Objective>>,
    /// What we ask of our own company to win the account.
    #[serde(default)]
    pub resources: Vec<Spanned<Resource>>,
    /// Solutions first made for this client, worth replicating for others.
    #[serde(default)]
    pub solutions: Vec<Spanned<Solution>>,
}

/// A need of the client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Need {
    /// Required. The need in the client's words, unique among needs.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// Who told us: a member of the decision group.
    pub source: Option<Text>,
    /// The client confirmed it (default false).
    pub confirmed: Option<bool>,
    /// open (default) | addressed | dropped
    pub status: Option<Spanned<NeedStatus>>,
    /// Anything else worth knowing.
    pub notes: Option<Text>,
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum NeedStatus {
    /// Nobody has answered it yet.
    #[default]
    Open,
    /// An objective or a delivery answers it.
    Addressed,
    /// No longer a need.
    Dropped,
}

impl NeedStatus {
    /// The word YAML writes for it: `open`, `addressed`, `dropped`.
    pub fn as_str(self) -> &'static str {
        match self {
            NeedStatus::Open => "open",
            NeedStatus::Addressed => "addressed",
            NeedStatus::Dropped => "dropped",
        }
    }
}

/// Something we set out to achieve with this client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Required. What we want to achieve, unique among objectives.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// The needs it answers: names of entries of plan.needs.
    #[serde(default)]
    pub needs: Vec<Text>,
    /// Required. Who on our side owns it: the account manager, the executive sponsor or a team member.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub owner: Option<Text>,
    /// When it should be achieved, YYYY-MM-DD.
    #[schemars(with = "Option<String>", pattern(crate::schema::DATE))]
    pub due: Option<Text>,
    /// open (default) | done | dropped
    pub status: Option<Spanned<WorkStatus>>,
    /// The steps that achieve it, each with an owner and a due date.
    #[serde(default)]
    pub actions: Vec<Spanned<Action>>,
}

/// Where an objective or an action stands.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum WorkStatus {
    /// Still to do.
    #[default]
    Open,
    /// Achieved.
    Done,
    /// Given up.
    Dropped,
}

/// One step towards an objective.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend(
    "if" = {"required": ["done_on"]},
    "then" = {"required": ["status"], "properties": {"status": {"const": "done"}}}
))]
pub struct Action {
    /// Required. What is to be done, unique within its objective.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// Required. Who on our side does it: the account manager, the executive sponsor or a team member.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub owner: Option<Text>,
    /// Which part of our company does it (its own, not the owner's).
    pub department: Option<Text>,
    /// Required. When it is due, YYYY-MM-DD.
    #[schemars(required, with = "String", pattern(crate::schema::DATE))]
    pub due: Option<Text>,
    /// open (default) | done | dropped
    pub status: Option<Spanned<WorkStatus>>,
    /// When it was done, YYYY-MM-DD; only with status done.
    #[schemars(with = "Option<String>", pattern(crate::schema::DATE))]
    pub done_on: Option<Text>,
}

/// Something we ask of our own company to win the account.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::amounts_need_currency)]
pub struct Resource {
    /// Required. What is asked for, unique among resources.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// Required. The department or person asked.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub from: Option<Text>,
    /// requested (default) | granted | refused
    pub status: Option<Spanned<ResourceStatus>>,
    /// What it is worth, 0 or more, in `currency`.
    #[schemars(range(min = 0))]
    #[serde(default, deserialize_with = "finite")]
    pub amount: Option<Spanned<f64>>,
    /// ISO 4217 code of the amount: three capital letters such as RUB, EUR, USD.
    #[schemars(with = "Option<String>", pattern(crate::schema::CURRENCY))]
    pub currency: Option<Text>,
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ResourceStatus {
    /// Asked for, no answer yet.
    #[default]
    Requested,
    /// Our company gave it.
    Granted,
    /// Our company said no.
    Refused,
}

/// A solution first made for this client.
#[derive(Debug, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Solution {
    /// Required. The solution, unique among solutions.
    #[schemars(
        required,
        with = "crate::schema::Text",
        pattern(crate::schema::NOT_BLANK)
    )]
    pub name: Option<Text>,
    /// candidate (default) | replicated | not_replicable
    pub status: Option<Spanned<SolutionStatus>>,
    /// Ids of the other dossiers now using it.
    #[serde(default)]
    pub replicated_to: Vec<Text>,
    /// Anything else worth knowing.
    pub notes: Option<Text>,
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SolutionStatus {
    /// Could be replicated; not yet.
    #[default]
    Candidate,
    /// Now used for other clients too.
    Replicated,
    /// Fits this client only.
    NotReplicable,
}

impl WorkStatus {
    /// The status as written in YAML.
    pub fn as_str(self) -> &'static str {
        match self {
            WorkStatus::Open => "open",
            WorkStatus::Done => "done",
            WorkStatus::Dropped => "dropped",
        }
    }
}

impl Need {
    /// The need's status, `open` when not written.
    pub fn status(&self) -> NeedStatus {
        self.status
            .as_ref()
            .map_or_else(NeedStatus::default, |s| s.value)
    }
}

impl Objective {
    /// The objective's status, `open` when not written.
    pub fn status(&self) -> WorkStatus {
        self.status
            .as_ref()
            .map_or_else(WorkStatus::default, |s| s.value)
    }
}

impl Action {
    /// The action's status, `open` when not written.
    pub fn status(&self) -> WorkStatus {
        self.status
            .as_ref()
            .map_or_else(WorkStatus::default, |s| s.value)
    }
}

impl Resource {
    /// The resource's status, `requested` when not written.
    pub fn status(&self) -> ResourceStatus {
        self.status
            .as_ref()
            .map_or_else(ResourceStatus::default, |s| s.value)
    }
}

impl Solution {
    /// The solution's status, `candidate` when not written.
    pub fn status(&self) -> SolutionStatus {
        self.status
            .as_ref()
            .map_or_else(SolutionStatus::default, |s| s.value)
    }
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
    let at = format!("{}:{}", number.referenced.line, number.referenced.column);
    Err(serde::de::Error::invalid_value(
        serde::de::Unexpected::Other(&at),
        &NOT_FINITE,
    ))
}

/// What [`finite`] expects; `parse` recognises it to quote the value found.
pub const NOT_FINITE: &str = "a finite number";
