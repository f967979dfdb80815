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
term-technical = technical
term-economic = economic
term-user = user
term-supporter = supporter
term-opponent = opponent
term-advisor = advisor
term-informant = informant
term-high = high
term-medium = medium
term-low = low
term-direct = direct
term-budget = budget
term-inertia = inertia
term-in_house = in house
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

## What each check code means (code-<code>)

code-yaml-syntax = the file is not well-formed YAML
code-unknown-key = a key the format does not know
code-wrong-type = a value of the wrong kind (text, number, list, mapping)
code-missing-key = a required key is absent or empty, or an amount has no currency
code-invalid-value = a value outside its list of allowed values
code-invalid-date = a date that is not YYYY-MM-DD or does not exist
code-future-review = `review.last_reviewed` is later than today
code-bad-interval = `interval_months` outside 1..3 or above the configured default
code-negative-number = an amount or headcount below zero (`net_income` may be negative)
code-bad-currency = a currency that is not three capital letters (ISO 4217)
code-duplicate-key = the same key twice in one mapping
code-duplicate-id = two files with the same id (file stem)
code-duplicate-member = two members of the decision group with one name
code-unknown-member = `reports_to` names nobody in the group, or `covered_by` nobody on our side
code-conflicting-stance = one person is both `supporter` and `opponent`
code-unsupported-version = a format version this build does not read
code-not-utf8 = the file is not UTF-8 (the byte offset and line of the first bad byte are named)
code-empty-file = the file is empty or holds only blank space
code-merge-conflict = the file holds an unresolved git merge conflict (`<<<<<<<`, `=======`, `>>>>>>>`)
code-file-too-large = the file is larger than `max_file_size` (default 8 MiB)
code-too-complex = the YAML nests too deep, has too many nodes or expands too many aliases
code-not-a-file = a folder, named pipe, socket or device where a dossier file should be (I/O trouble: exit 2)
code-unreadable = the file or folder cannot be read: permission denied or an I/O error (exit 2)
code-broken-symlink = a symlink whose target does not exist (exit 2)
code-symlink-loop = a symlink that leads back to itself or to a folder above it (exit 2)
code-no-executive-sponsor = no executive sponsor on our side
code-no-decision-maker = nobody in the decision group is the decision maker
code-no-economic-role = nobody judges the financial terms
code-no-technical-role = nobody judges the product
code-no-gatekeeper = nobody controls access to the decision makers
code-no-supporter = nobody in the decision group supports us
code-no-indirect-competition = no `inertia` or `in_house` competitor assessed
code-no-opportunity-size = no Size of Opportunity for next year
code-no-long-term-opportunity = no Size of Opportunity for three to five years
code-no-relationship-history = no history of deliveries, tenders or contracts

## dossier report (HTML; `code` in backticks is set as code)

report-title = Key accounts as of { $date }
report-heading = Key accounts
report-as-of = As of
report-footer = Made by dossier { $version } as of { $date }. Colours come with text labels, so the page reads in black and white too.
report-unreadable = Could not read
report-unreadable-count = { $count } could not be read
report-unreadable-note = These files are left out of every table below; `dossier check` explains each problem.
report-portfolio = Portfolio
report-totals = Totals
report-gaps = Gaps
report-decision-groups = Decision groups
report-no-dossiers = No dossiers.
report-client = Client
report-account-manager = Account manager
report-review = Review
report-due = Due
report-days-overdue = Days overdue
report-next-year = Next year
report-three-to-five-years = 3–5 years
report-portfolio-note = Most overdue first. Days overdue are negative while a review is not yet due.
report-opportunity-totals = Opportunity totals
report-per-currency = Per currency
report-no-opportunity = No dossier gives a Size of Opportunity yet.
report-currency = Currency
report-per-account-manager = Per account manager
report-dossiers = Dossiers
report-overdue = Overdue
report-due-soon = Due soon
report-gaps-note = ✕ marks what a dossier lacks (the warnings of `dossier check`); ✓ what it has.
report-dossier = Dossier
report-errors = Errors
report-lacking-it = Dossiers lacking it
report-errors-legend = the dossier is invalid: run `dossier check`
report-key-supporter = supporter
report-key-opponent = opponent
report-key-neither = neither
report-key-decision-maker = decision maker
report-key-not-covered = not covered by us
report-key-our-side = our side
report-key-reports-to = reports to
report-key-holds-the-contact = holds the contact
report-executive-sponsor = Executive sponsor
report-none = none
report-nobody = nobody
report-review-dates = last { $last }, due { $due } ({ $days })
report-opportunity = Opportunity
report-opportunity-both = { $next_year } next year; { $long_term } in 3–5 years
report-not-covered = Not covered
report-back-to-top = Back to the top
report-no-review-date = no review date
report-due-today = due today
report-days-overdue-text = { $days } overdue
report-days-to-due-text = in { $days }
report-gap-no-executive-sponsor = Executive sponsor
report-gap-no-decision-maker = Decision maker
report-gap-no-economic-role = Economic role
report-gap-no-technical-role = Technical role
report-gap-no-gatekeeper = Gatekeeper
report-gap-no-supporter = Supporter
report-gap-no-indirect-competition = Indirect competition
report-gap-no-opportunity-size = Opportunity next year
report-gap-no-long-term-opportunity = Opportunity 3–5 years
report-gap-no-relationship-history = Relationship history

## dossier check

check-summary = { $dossiers }: { $valid } valid, { $invalid } invalid; { $errors }, { $warnings }
check-key = key: { $key }

## Text not yet in the catalogue, printed as it is
verbatim = { $text }

## dossier map and the report's maps

map-our-side = Our side
map-not-covered = not covered
map-nobody-yet = No one in the decision group yet
map-title = Decision group of { $client }
map-account-manager = account manager
map-executive-sponsor = executive sponsor
map-team = team
term-neither = neither
report-map-unreadable = The decision group cannot be read until the errors are fixed; `dossier check` explains each.
