# English messages of `dossier`. Every id here is also in ru.ftl (a test
# checks it). How to add one: the doc comment at the top of src/i18n.rs.

## Counts

count-dossiers = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}

## Review status, as tables and summaries show it

status-overdue = overdue
status-due-soon = due soon
status-ok = ok
status-unknown = unknown

## dossier review

review-header-client = Client
review-header-account-manager = Account manager
review-header-last-reviewed = Last reviewed
review-header-due = Due
review-header-days-overdue = Days overdue
review-header-status = Status
review-summary = { $overdue } overdue, { $due_soon } due soon, { $current } current
review-summary-unreadable = , { $unreadable } unreadable

## Errors and warnings on stderr: `dossier: error: ...`

error = error
warning = warning

## dossier.yaml

settings-bad-language = { $path }:{ $line }:{ $column }: `language` is `{ $found }`; write `auto` (the locale decides), `en` or `ru`

## Values of the format's lists, as a person reads them (term-<value>)

term-decision_maker = decision maker
term-gatekeeper = gatekeeper
term-technical = technical evaluator
term-economic = economic evaluator
term-user = user
term-supporter = supporter
term-opponent = opponent
term-advisor = advisor
term-informant = informant
term-high = high
term-medium = medium
term-low = low
term-direct = direct rivals
term-budget = contenders for the same budget
term-inertia = the client's inertia
term-in_house = the client doing it itself
term-department = department
term-division = division
term-branch = branch
term-subsidiary = subsidiary
term-other = other
term-delivery = delivery
term-tender = tender
term-contract = contract
term-meeting = meeting
term-won = won
term-lost = lost
term-pending = pending
term-cancelled = cancelled
term-year = year
term-quarter = quarter
term-month = month
term-project = project

## dossier show

show-1-general-information = 1. General information
show-2-our-view = 2. Our view
show-3-decision-group = 3. Decision group
show-4-competition = 4. Competition
show-review = Review
show-gaps = Gaps
show-no-gaps = none: every section the methodology asks for is filled in
show-at-line = line { $line }
show-industry = Industry
show-website = Website
show-headcount = Headcount
show-description = Description
show-history = History
show-mission = Mission
show-positioning = Positioning
show-industry-trends = Industry trends
show-culture = Culture
show-structure = Structure
show-unit-head = head: { $head }
show-environment = Environment
show-clients = Clients
show-competitors = Competitors
show-suppliers = Suppliers
show-banks = Banks
show-auditors = Auditors
show-consultants = Consultants
show-financials = Financials
show-revenue = revenue { $amount }
show-net-income = net income { $amount }
show-year-unknown = year?
show-account-manager = Account manager
show-executive-sponsor = Executive sponsor
show-none = (none)
show-team = Team
show-none-recorded = (none recorded)
show-date = Date
show-kind = Kind
show-summary = Summary
show-outcome = Outcome
show-amount = Amount
show-relationship = Relationship
show-current = Current
show-outlook = Outlook
show-purchase-budget = Purchase budget
show-budget-period = a { $period }
show-previous-vendors = Previous vendors
show-decision-process = Decision process
show-opportunity = Opportunity
show-next-year = Next year
show-three-to-five-years = 3-5 years
show-not-sized = (not sized)
show-notes = Notes
show-nobody-yet = (nobody yet)
show-name = Name
show-title = Title
show-roles = Roles
show-influence = Influence
show-reports-to = Reports to
show-covered-by = Covered by
show-nobody = (nobody)
show-contacts-and-notes = Contacts and notes
show-kind-direct = Direct rivals
show-kind-budget = Contenders for the same budget
show-kind-inertia = The client's inertia
show-kind-in-house = The client doing it itself
show-kind-not-given = Kind not given
show-nobody-assessed = Nobody assessed: { $kinds }
show-threat = threat: { $level }
show-offering = Offering
show-strengths = Strengths
show-weaknesses = Weaknesses
show-our-advantage = Our advantage
show-last-reviewed = Last reviewed
show-reviewed-by = by { $name }
show-interval = Interval
show-due = Due
show-due-unknown = unknown: the review date cannot be read
show-overdue-by = overdue by { $days }
show-due-today = due soon: today
show-due-soon-in = due soon, in { $days }
show-ok-in = ok, in { $days }

count-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
count-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}

## --owner

owner-unknown = no dossier has `{ $owner }` as its account manager
owner-unknown-did-you-mean = no dossier has `{ $owner }` as its account manager; did you mean { $count ->
    [one] `{ $names }`?
   *[other] one of `{ $names }`?
}

## dossier list

list-id = Id
list-client = Client
list-account-manager = Account manager
list-executive-sponsor = Executive sponsor
list-next-year = Next year
list-three-to-five-years = 3-5 years
list-next-review = Next review
list-status = Status
list-total = Total
list-left-out = , and { $count } more that could not be read (named in the errors)
