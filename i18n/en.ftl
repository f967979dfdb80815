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
review-summary-undated = , { $count } without a review date
review-header-note = Note
review-without-changes = no changes since the last review
review-summary-without-changes = { $count ->
    [one] ; { $count } review without changes
   *[other] ; { $count } reviews without changes
}
review-summary-without-changes-hidden = {" "}(not in the table: { $hidden }; `--all` lists every dossier)
review-manager = { $manager }: { $overdue } overdue, { $due_soon } due soon
review-no-manager = (no account manager)

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
# A competitor's threat level (high, medium, low), wherever one is shown:
# `show`, and the text of `log` and `changes`.
threat-level = { $level ->
    [high] high
    [medium] medium
    [low] low
   *[other] { $level }
}
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
term-open = open
term-addressed = addressed
term-dropped = dropped
term-done = done
# A need's and an objective's status, wherever one is shown: `show`, and
# the text of `log` and `changes`.
need-status = { $status ->
    [open] open
    [addressed] addressed
    [dropped] dropped
   *[other] { $status }
}
objective-status = { $status ->
    [open] open
    [done] done
    [dropped] dropped
   *[other] { $status }
}
term-requested = requested
term-granted = granted
term-refused = refused
term-candidate = candidate
term-replicated = replicated
term-not_replicable = not replicable
term-active = active
term-archived = archived

## dossier show

show-1-general-information = 1. General information
show-2-our-view = 2. Our view
show-3-decision-group = 3. Decision group
show-4-competition = 4. Competition
show-review = Review
show-gaps = Gaps
show-5-plan = 5. Account plan
show-no-plan = (no plan yet: needs, objectives and actions go under `plan`)
show-needs = Needs
show-confirmed = confirmed
show-not-confirmed = not confirmed
show-told-by = told by { $name }
show-answered-by = Answered by
show-objectives = Objectives and actions
show-action = Action
show-owner = Owner
show-department = Department
show-status = Status
show-action-overdue = overdue
show-done-on = done { $date }
show-resources = Resources asked of our company
show-asked-of = asked of { $from }
show-resource-totals = Totals
show-solutions = Solutions to replicate
show-replicated-to = Replicated to
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
# $level is the threat's level as threat-level words it.
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
list-all-in = All in { $currency }
list-all-in-without = All in { $currency } without { $missing }
list-left-out = , and { $count } more that could not be read (named in the errors)

## What each check code means (code-<code>)

code-yaml-syntax = the file is not well-formed YAML
code-unknown-key = a key the format does not know
code-wrong-type = a value of the wrong kind (text, number, list, mapping)
code-missing-key = a required key is absent or empty, or an amount has no currency
code-invalid-value = a value outside its list of allowed values, or a `done_on` on an action that is not `done`
code-invalid-date = a date that is not YYYY-MM-DD or does not exist
code-future-review = `review.last_reviewed` is later than today
code-bad-interval = `interval_months` outside 1..3 or above the configured default
code-negative-number = an amount or headcount below zero (`net_income` may be negative)
code-bad-currency = a currency that is not three capital letters (ISO 4217)
code-duplicate-key = the same key twice in one mapping
code-duplicate-id = two files with the same id (file stem)
code-duplicate-member = two members of the decision group with one name
code-duplicate-entry = two entries of one list with one name (needs, objectives, actions of one objective, resources, solutions, team, structure, competitors), two financials with one year, or two history entries with one date and summary
code-unknown-member = `reports_to` or a need's `source` names nobody in the group; `covered_by` or an objective's or action's `owner` nobody on our side
code-unknown-reference = an objective's `needs` names no need of the dossier, or `replicated_to` no other dossier's id
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
code-no-needs = no need of the client recorded in `plan.needs`
code-no-objectives = no open objective in the account plan
code-objective-without-actions = an open objective with no open action
code-overdue-action = an open action whose due date has passed
code-unanswered-need = a confirmed, open need that no open objective answers
code-duplicate-client = another active dossier has the same client.name (reported at the second in path order)

## dossier report (HTML; `code` in backticks is set as code)

report-title = Key accounts as of { $date }
report-heading = Key accounts
report-heading-owner = Key accounts of { $manager }
report-as-of = As of
report-footer = Made by dossier { $version } as of { $date }. Colours come with text labels, so the page reads in black and white too.
report-unreadable = Could not read
report-unreadable-count = { $count } could not be read
report-undated-count = { $count } without a review date
report-without-changes-count = { $count ->
    [one] { $count } review without changes
   *[other] { $count } reviews without changes
}
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
report-gap-no-needs = Needs
report-gap-no-objectives = Open objectives
report-gap-objective-without-actions = Actions for each objective
report-gap-overdue-action = Actions on time
report-gap-unanswered-need = Confirmed needs answered

## dossier check

check-summary = { $dossiers }: { $valid } valid, { $invalid } invalid; { $errors }, { $warnings }
check-key = key: { $key }
check-duplicate-client = { $first } already has the client `{ $client }`; keep one dossier per client (merge the two, or mark the old one `status: archived`)
check-duplicate-id = the id `{ $id }` is used by { $first } and { $second }; ids (file names without extension) must be unique
check-duplicate-id-case = the ids `{ $id }` and `{ $other }` differ only in case, so they collide on macOS and Windows: { $first } and { $second } need different names
check-read-once = { $link } is the same file as { $target } (through a symlink); read once

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

## Hints put after a message

hint-did-you-mean = { " " }(did you mean `{ $candidate }`?)
hint-none = { "" }

## Findings of the rules (check); `key` in backticks as written in the file

rule-missing-key = missing required key `{ $key }`
rule-empty = `{ $key }` is empty; it needs a value
rule-negative-number = found { $found }, expected a number of 0 or more
rule-negative-headcount = found { $found }, expected a whole number of 0 or more
rule-bad-currency = found `{ $found }`, which is not an ISO 4217 currency code; write three capital letters such as `RUB`, `EUR` or `USD`
rule-bad-currency-did-you-mean = found `{ $found }`, which is not an ISO 4217 currency code; write `{ $suggestion }`
rule-currency-missing = an amount needs its `currency` (three letters such as `RUB`, `EUR`, `USD`)
rule-invalid-date = found `{ $found }`, expected a real date written YYYY-MM-DD
rule-unsupported-version = found version { $found }, this build reads version { $supported }
rule-future-review = the last review is dated { $date }, later than today ({ $today }, even in the latest time zone, UTC+14); a review can only be recorded once it has happened
rule-bad-interval = found { $found } months, expected 1 to { $most } (the review interval may only shorten the default of { $default })
rule-duplicate-member = `{ $name }` is already in the group as `{ $first }`; merge the two entries
rule-roles-missing = missing required key `roles`: one or more of the nine roles
rule-roles-empty = `roles` is empty; give one or more of the nine roles
rule-conflicting-stance = `{ $who }` is both `supporter` and `opponent`; pick the stance they take now
rule-unknown-boss = `{ $name }` is not another member of the decision group{ $hint }
rule-unknown-holder = `{ $name }` is not on our side{ $hint }; `covered_by` names the account manager, the executive sponsor or a team member
rule-duplicate-entry = `{ $name }` is already in the list as `{ $first }`; merge the two entries
rule-unknown-owner = `{ $name }` is not on our side{ $hint }; `{ $key }` names the account manager, the executive sponsor or a team member
rule-unknown-source = `{ $name }` is not a member of the decision group{ $hint }; `source` names who in the group told us
rule-unknown-need = `{ $name }` is not a need of this dossier{ $hint }; `needs` names entries of `plan.needs`
rule-done-on-not-done = `done_on` is set but the action's status is `{ $status }`; write `status: done`, or remove `done_on`
rule-replicated-to-itself = `{ $id }` is this dossier's own id; `replicated_to` names the other clients' dossiers that now use the solution
rule-unknown-dossier = no dossier has the id `{ $id }`{ $hint }; `replicated_to` names other dossiers by id (their file names without extension)

## Gaps in the account work (warnings)

gap-no-executive-sponsor = no executive sponsor: name the top manager on our side who backs this account
gap-no-decision-maker = nobody in the decision group is the `decision_maker`: who can decide or veto alone?
gap-no-economic-role = nobody in the decision group has the `economic` role: who judges the financial terms?
gap-no-technical-role = nobody in the decision group has the `technical` role: who judges the product?
gap-no-gatekeeper = nobody in the decision group is a `gatekeeper`: who controls access to the decision makers?
gap-no-supporter = nobody in the decision group is a `supporter`: who wants us to win?
gap-no-indirect-competition = no `inertia` or `in_house` competitor: the client changing nothing, or doing it themselves, is often the most dangerous rival
gap-no-opportunity-size = no Size of Opportunity for next year (`company_view.opportunity.next_year`)
gap-no-long-term-opportunity = no Size of Opportunity for three to five years (`company_view.opportunity.three_to_five_years`)
gap-no-relationship-history = no relationship history: list what we delivered and the tenders we entered, won or lost
gap-no-needs = no needs recorded: list what the client needs in `plan.needs`, and who told us
gap-no-objectives = no open objective: what do we set out to achieve with this client? (`plan.objectives`)
gap-objective-without-actions = the open objective `{ $name }` has no open action: who does what by when?
gap-overdue-action = the action `{ $name }` was due on { $due }, { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago; do it, or record it `status: done` with `done_on`, or `dropped`
gap-unanswered-need = the confirmed need `{ $name }` is answered by no open objective: list it in the `needs` of the objective that answers it

## Reading the YAML (parse); found values are quoted whole

parse-not-utf8 = the file is not UTF-8: invalid byte { $byte } at byte offset { $offset } (line { $line }); save it as UTF-8{ $looks_like }
explain-utf16 = { "" }. It looks like UTF-16, as some Windows editors save: convert it with `iconv -f UTF-16 -t UTF-8 old.yaml > new.yaml`
explain-windows-1251 = { "" }. It looks like Windows-1251, an old Windows encoding of Cyrillic: convert it with `iconv -f WINDOWS-1251 -t UTF-8 old.yaml > new.yaml`
parse-unknown-key = unknown key `{ $key }` in `{ $parent }`{ $hint }; allowed keys: { $allowed }
parse-unknown-top-level-key = unknown key `{ $key }` at the top level{ $hint }; allowed keys: { $allowed }
parse-key-indented-too-little = `{ $key }` is not a top-level key: it is `{ $path }`, so indent it under `{ $section }:`
parse-missing-section = missing required section `{ $key }`
parse-invalid-value = `{ $found }` is not allowed{ $hint }; allowed values: { $allowed }
parse-not-finite = found `{ $found }`, expected an amount: write it in digits, such as 12000000
parse-wrong-type = found `{ $found }`, expected { $expected }
parse-number-as-written = found `{ $found }`, expected { $expected }: write `{ $written }` (digits only, with a `.` before any fraction)
parse-expected-whole-number = a whole number
parse-expected-number = a number
parse-expected-list = a list
parse-expected-mapping = a mapping of keys
parse-expected-text = text
parse-duplicate-key = the key `{ $key }` appears twice in one mapping; keep one
parse-merge-key-twice = the merge key `<<` appears twice in one mapping, and YAML does not say which one wins; merge both in one: `<<: [*first, *second]`
parse-second-document = a second YAML document starts here (`---`); a dossier is one document: remove this line and what follows, or move it to a file of its own
parse-after-document-end = the document ends here (`...`) and more follows; a dossier is one document: remove this line and what follows it, or move that to a file of its own
parse-tab = a tab indents this line; YAML indents with spaces only: replace the tab with spaces
parse-entries-under-empty = `{ $key }: []` says the list is empty, yet entries follow below: remove the `[]`

## dossier new

template-file = { $path }
template-built-in = built-in template `{ $name }`
new-template-invalid = { $template } does not make a valid dossier, so nothing was written:

## Trouble on stderr

left-out = ; left out: { $why }
left-out-unreadable = the file cannot be read until this is fixed
left-out-report = it is under "Could not read" in the report
left-out-no-review-date = its review date cannot be read
problem-and-more = { $first } (and { $more ->
    [one] { $more } more error
   *[other] { $more } more errors
})
no-such-id = no dossier with the id `{ $id }` in { $folder }{ $hint }

## dossier reviewed

reviewed-bad-date = `--date { $date }` is not a date; write it YYYY-MM-DD
reviewed-future-date = `--date { $date }` is later than today ({ $today }; { $latest } in the latest time zone, UTC+14); a review is recorded once it has happened
reviewed-empty-by = `--by` is empty; name who reviewed the dossier
reviewed-has-errors = { $path } was not marked reviewed: fix its errors first
reviewed-earlier-date = `--date { $date }` is earlier than the review already recorded ({ $current }) in { $path }; if that is meant (to correct a mistake), add `--force`
reviewed-unchanged = { $path }: already marked reviewed on { $date }; nothing to change
reviewed-edit-invalid = { $path }: the edit would make the dossier invalid; it was left as it was
reviewed-changed-meanwhile = { $path } changed while it was being edited; it was left as it is now, run the command again
reviewed-cannot-write = cannot write { $path }: { $why }; the file was left as it was
reviewed-done = { $path }: { $changes }
reviewed-change = `{ $key }` { $old } → { $new }
reviewed-none = (none)
cannot-read = cannot read { $path }: { $why }
# What amounts without a currency (an invalid dossier) are totalled under.
no-currency = (no currency)
cannot-read-dossiers-dir = cannot read { $path }: no such folder; dossier reads the folder that `--dir` names, else `DOSSIER_DIR`, else `dossiers_dir` of `dossier.yaml`, else `dossiers` in the current folder
new-empty-name = the client's name is empty; usage: `dossier new NAME`
new-bad-template-name = `--template { $template }`: a template is named by its file name without `.yaml` (letters, digits, `-`, `_`)
new-no-template = no template `{ $template }` in { $folder } and none built in{ $hint }; templates: { $available }
new-exists = { $path } already exists; it was left as it is (pick another name or `--id`)
new-bad-id = `--id { $id }`: an id is lower-case a-z, 0-9 and `-`, starting with a letter or digit (it becomes the file name)
new-no-id = cannot make an id from `{ $name }`: no letters or digits to spell in ASCII; pass one with `--id`
new-dropped-letters = `{ $dropped }` left out of the id `{ $id }`; pass `--id` to choose another
new-id-taken = the id `{ $id }` is taken by { $path }; ids are unique across sub-folders (pass another with `--id`)
new-empty-owner = `--owner` is empty; name the account manager
new-no-owner = cannot tell who owns the dossier (no `git config user.name`, no `$USER`); pass `--owner NAME`
cannot-write-results = cannot write the results: { $why }
cannot-write = cannot write { $path }: { $why }
note = note
map-has-errors = { $path } has { $errors }; the map shows what could be read (`dossier check { $path }` lists them)

## Writing files, and reviewed's edit

edit-shared-alias = `{ $key }` (line { $line }) is the alias `{ $alias }`: its bytes stand where the anchor `&{ $name }` is, shared with other values, and changing them would change those too; write the value out in place of `{ $alias }`, then run the command again
edit-shared-anchor = `{ $key }` (line { $line }) carries the anchor `{ $anchor }`: other values read it through `*{ $name }`, and changing it would change them too; write the value out where those aliases stand, remove `{ $anchor }`, then run the command again
edit-not-utf8 = the file is not UTF-8; `dossier check` says how to convert it
edit-review-unreadable = the `review` section cannot be read; `dossier check` says why
edit-last-reviewed-missing = `review.last_reviewed` is missing; add it under `review:` as `last_reviewed: YYYY-MM-DD`
edit-last-reviewed-empty = `review.last_reviewed` is empty; write a date there as `YYYY-MM-DD`
edit-not-found = cannot find where `{ $key }` stands in the file; set it by hand
edit-last-reviewed-form = `review.last_reviewed` is written as `{ $written }`, which this command does not edit in place; set it by hand
edit-reviewed-by-form = `review.reviewed_by` is written in a form this command does not edit in place (a block, a tag or an anchor); set it by hand
edit-indent-unknown = cannot tell how `review.last_reviewed` is indented; add `reviewed_by` by hand
edit-would-break = the edit would leave the file unreadable, so the file was left unchanged
edit-not-as-intended = the edit did not read back as intended, so the file was left unchanged
edit-merged = `review.last_reviewed` comes into `review` through a merge key (`<<`), so its bytes are shared with the anchor merged; write `last_reviewed` in `review` itself, then run the command again
write-not-regular = it is { $what }, not a regular file, and is never replaced; name a file to write
write-not-regular-behind-link = it leads to { $target }, which is { $what }, not a regular file, and is never replaced; name a file to write
write-through-proc = it leads through `/proc` to the open file of a process (such as standard output), not a regular file, and is never replaced; name a file to write
write-symlink-loop = it is a symlink loop (more than { $hops } links)
file-kind-fifo = a named pipe (FIFO)
file-kind-socket = a socket
file-kind-device = a device
file-kind-folder = a folder
file-kind-other = not a regular file
## dossier export --format xlsx: column headers (sheet names never change)

export-id = Id
export-client = Client
export-status = Status
export-industry = Industry
export-headcount = Headcount
export-account-manager = Account manager
export-executive-sponsor = Executive sponsor
export-next-year = Next year
export-three-to-five-years = 3-5 years
export-currency = Currency
export-last-reviewed = Last reviewed
export-next-review = Next review
export-review-status = Review status
export-path = Path
export-name = Name
export-role = Role
export-title = Title
export-roles = Roles
export-influence = Influence
export-reports-to = Reports to
export-covered-by = Covered by
export-email = Email
export-phone = Phone
export-notes = Notes
export-kind = Kind
export-offering = Offering
export-strengths = Strengths
export-weaknesses = Weaknesses
export-our-advantage = Our advantage
export-threat = Threat
export-date = Date
export-summary = Summary
export-outcome = Outcome
export-amount = Amount
export-department = Department
export-source = Source
export-confirmed = Confirmed
export-needs = Needs
export-owner = Owner
export-due = Due
export-objective = Objective
export-done-on = Done on
export-from = Asked of
export-replicated-to = Replicated to
## dossier actions

actions-none = no open action is overdue or due soon
actions-none-at-all = no open action with a due date
actions-header-due = Due
actions-header-days-overdue = Days overdue
actions-header-status = Status
actions-header-owner = Owner
actions-header-action = Action
actions-header-client = Client
actions-header-department = Department

## dossier calendar

calendar-name = Key accounts: reviews and actions
calendar-review = Review due: { $client }
action-in-objective = { $action } («{ $objective }»)
calendar-action = { $action } — { $client }
calendar-account-manager = Account manager: { $name }
calendar-last-reviewed = Last reviewed: { $date }
calendar-objective = Objective: { $name }
calendar-owner = Owner: { $name }
calendar-department = Department: { $name }
calendar-file = File: { $path }
our-side-owner-unknown = nobody on our side of any dossier is `{ $owner }` (account manager, executive sponsor, team member or owner of an action)
our-side-owner-unknown-did-you-mean = nobody on our side of any dossier is `{ $owner }`; did you mean { $count ->
    [one] `{ $names }`?
   *[other] one of `{ $names }`?
}
calendar-bad-epoch = `SOURCE_DATE_EPOCH` is `{ $value }`, not a whole number of seconds since 1970-01-01 00:00 UTC; set it to one (such as `1795737600`) or unset it

## dossier report: the account plan

report-plans = Account plans
report-plan-open-objectives = Open objectives
report-plan-no-objectives = No open objective.
report-plan-objective = Objective
report-plan-owner = Owner
report-plan-due = Due
report-plan-open-actions = Open actions
report-plan-overdue-actions = Overdue actions
report-plan-action = Action
report-plan-days-overdue = Days overdue
report-plan-overdue-per-owner = Overdue actions per owner
report-plan-no-overdue = No open action is overdue.
report-plan-overdue = Overdue
report-plan-actions = Actions
report-plan-action-line = { $action } — { $client }, due { $due } ({ $days })
report-plan-resources = Resources asked of our company
report-plan-requested = Requested
report-plan-granted = Granted
report-plan-no-resources = No resource with an amount has been requested or granted.
report-plan-resources-note = Sums of the amounts of `plan.resources` by status, in exact decimals; refused resources and those without an amount are not summed.
report-plan-replication = Solutions to replicate
report-plan-solution = Solution
report-plan-made-for = Made for
report-plan-replicated-to = Replicated to
report-plan-status = Status
report-plan-no-solutions = No solution recorded yet.
report-plan-unknown-dossier = (not among the dossiers read)

## dossier log and dossier changes

history-no-meaning = no change in meaning (comments or formatting only)
history-moved = moved
history-new-file = new dossier
history-renamed-file = file renamed: the dossier goes on as `{ $id }` (a new name is a new id)
history-deleted-file = file deleted
history-unreadable = cannot be read
history-uncommitted = uncommitted
history-no-history = no commit changed this dossier
history-no-history-shallow = no commit of this shallow clone changed this dossier; what came before the clone begins is not in it
history-added-renamed = new dossier; the same client was in `{ $id }` until now (a file renamed gets a new id)
history-removed-renamed = dossier removed; the same client is now in `{ $id }` (a file renamed gets a new id)
history-added-dossier = new dossier
history-removed-dossier = dossier removed
history-authors = by { $names }, { $commits }
changes-no-commits = nothing to compare: the git repository at { $path } has no commits yet (commit the dossiers first)
changes-no-such-id = no dossier with the id `{ $id }` in { $folder }, neither now nor at either end of the range{ $hint }
history-from-start = before the first commit
history-commits = { $count ->
    [one] { $count } commit
   *[other] { $count } commits
}
history-heading = { $count ->
    [0] No dossier changed in meaning
    [one] { $count } dossier changed
   *[other] { $count } dossiers changed
}: { $from } → { $to }

## Reading files from disk (load)

load-empty-file = the file is empty; a dossier starts with `version: 1` (see `dossier new`)
load-merge-conflict = unresolved merge conflict: the block starting `<<<<<<<` at line { $line } must be resolved (keep one side, remove the markers)
load-too-large = the file is { $size }, over the limit of { $limit }; a dossier is a few kilobytes (raise `max_file_size` in dossier.yaml if this one is real)
load-not-a-file = { $path } is { $what }, not a dossier file
load-broken-symlink = { $path } is a broken symlink: { $target } does not exist
load-symlink-loop = { $path } is a symlink loop: { $chain }
load-folder-loop = { $path }: a symlink loop back to { $ancestor }; skipped
size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
size-kib = { $count } KiB
size-mib = { $count } MiB
size-bytes-and-mib = { $bytes } bytes ({ $mib }.{ $tenth } MiB)
io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = it already exists
io-is-a-folder = it is a folder
io-not-a-folder = a part of the path is not a folder
io-storage-full = the disk is full
io-file-too-large = the file is too large for the file system
io-invalid-file-name = the name is not a valid file name here
io-crosses-devices = it would move a file across disks
io-invalid-data = the data read is not valid
io-busy = the file is busy or the system did not answer in time
io-other = the system reports `{ $detail }`

## YAML the parser cannot read, and its limits (too-complex)

parse-expected-boolean = `true` or `false`
parse-expected-other = a value of another kind (`dossier schema` lists each key's kind)
parse-nothing-for-text = found nothing, expected text: write it after the `:`, or remove the key
parse-too-deep-brackets = brackets nest more than { $most } levels deep; a dossier needs about 5
parse-aliases-expand = aliases (`*name`) expand to more than { $most } values; write the values out, or use fewer aliases
parse-aliases-nest = aliases (`*name`) nest more than { $most } deep; write the values out
budget-depth = the YAML nests more than { $most } levels deep; a dossier needs about 5
budget-nodes = the file holds more than { $most } YAML values; even the largest dossier needs far fewer
budget-documents = the file holds more than { $most } YAML documents (`---`); a dossier is one document
budget-aliases = the file uses too many anchors (`&name`) or aliases (`*name`); write the values out
budget-merge-keys = the file uses too many merge keys (`<<`); write the values out
budget-text = the text values of the file are too long for a dossier
budget-other = the file is past a limit set for dossiers; split it, or write it more simply
syntax-unexpected-end = the file ends before something opened above is closed: a bracket (`[`, `{ "{" }`), a quote, or an entry whose value is missing
syntax-unclosed-bracket = the bracket `{ $open }` opened here is never closed: add `{ $close }` where the list or mapping ends
syntax-mismatched-bracket = the bracket `{ $open }` is closed by `{ $close }`: close it with `{ $expected }`
syntax-stray-bracket = a closing bracket here has no opening one: remove it, or quote the value that holds it
syntax-flow-separator = inside brackets, entries are separated by `,`: a `,` or the closing bracket is missing before this
syntax-unclosed-quote = a quote opened here is never closed: add the closing quote where the value ends
syntax-after-quote = something follows the closing quote: put it inside the quotes, or start a new line for the next key
syntax-escape = a `\` inside double quotes starts an escape YAML does not know: write `\\` for a backslash, or use single quotes
syntax-tab = a tab here; YAML allows spaces only: replace the tab with spaces
syntax-comment = a `#` starts a comment only after a space: put a space before `#`, or quote the value that holds it
syntax-indentation = this line does not fit the indentation above: keys of one mapping start in one column, so do the `- ` entries of one list, and a value that holds `: ` needs quotes
syntax-colon = this `:` does not separate a key from its value: put a space after it (`key: value`), or quote the value that holds it
syntax-dash = a `-` starts a list entry only when a space follows: write `- value`, or quote a value that starts with `-`
syntax-block-scalar = after `|` or `>` only a digit 1-9, `+` or `-` and a comment may stand on that line; the text starts on the next line
syntax-anchor-name = a `&` or `*` here needs a name after it (`&boss`, `*boss`); quote a value that starts with one
syntax-unknown-anchor = this alias (`*name`) names no anchor (`&name`) above it: write the value out, or add the anchor
syntax-tag = a `!` here starts a YAML tag, which a dossier never needs: quote the value that holds it, or remove the tag
syntax-directive = a line starting with `%` (a YAML directive), `---` or `...` is out of place: a dossier needs none, remove it
syntax-character = a value cannot start with `{ $character }`: quote it (`"…"`)
syntax-bom = a byte order mark (`U+FEFF`) stands inside the file: remove it
syntax-other = the YAML is not well-formed here: compare this line with the ones around it (the key, the `: ` after it, the indentation)
check-index-unreadable = cannot read { $path } from git's index: { $why }
export-unreadable = { $path }: cannot be read
export-left-out = { $problem }; left out of the export
check-could-not-read = could not read { $count ->
    [one] { $count } path
   *[other] { $count } paths
} ({ $paths }); the report names why
history-reviews-untold = reviews without changes cannot be told: { $why }
history-shallow-range = this is a shallow clone: the history ends before the start of the range (`git fetch --unshallow` for all of it)
history-shallow-reviews = this is a shallow clone: a last review recorded before its history begins cannot be told apart from a date bumped, and is left unmarked (`git fetch --unshallow` for all of it)
history-shallow-log = this is a shallow clone: the history shown ends where the clone does (`git fetch --unshallow` for all of it)
history-version-unreadable = { $id }: a version cannot be read: { $why }
history-git-unreadable = git cannot hand over this version: { $why }

## dossier init

init-created = created { $path }
init-kept = kept { $path } (already there; left as it is)
init-kept-up-to-date = kept { $path } (already there and up to date)
init-updated = updated { $path }
init-next = next: `dossier new "Client name"`   (then edit the file and run `dossier check`)
init-next-in = next: `cd { $folder } && dossier new "Client name"`   (then edit the file and run `dossier check`)
init-not-in-git = `--git-hook`: { $path } is not in a git repository; run `git init` there first, or leave out `--git-hook`
init-foreign-hook =
    { $path } is already there and was not written by `dossier init`, so it was left as it is and commits are not checked yet; everything else is set up. To check commits, add these lines to that hook, after its first line (`#!…`):
    { $lines }
    or remove the hook and run `dossier init --git-hook` again
init-cannot-chmod = cannot make { $path } executable: { $why }
cannot-create = cannot create { $path }: { $why }

## dossier.yaml

settings-problem = { $path }:{ $line }:{ $column }: { $problem }
settings-bad-size = { $path }:{ $line }:{ $column }: `max_file_size` is `{ $found }`; write a size in bytes above 0, as a whole number (`8388608`) or with a unit: `512 KiB`, `8 MiB`, `1 GiB`
settings-bad-due-soon = { $path }:{ $line }:{ $column }: `review.due_soon_days` is `{ $found }`; write a whole number of days from 0 to { $most }, such as `due_soon_days: 14`
settings-bad-interval = { $path }:{ $line }:{ $column }: `review.interval_months` is `{ $found }`; write a whole number of months from 1 to { $most } (a dossier is reviewed at least every 3 months), such as `interval_months: 3`
parse-expected-size = a size in bytes, such as `8388608` or `8 MiB`
reporting-no-rate = { $place }: no rate for { $missing } in `reporting.rates`; amounts in { $count ->
    [one] it
   *[other] them
} are shown apart, outside the { $currency } total (add `{ $rates }` under `rates:`, in { $currency } per one unit)
reporting-rates-without-currency = { $place }: `reporting.rates` needs `reporting.currency`, the ISO 4217 code the rates convert into (such as `currency: RUB`)
reporting-bad-currency = { $place }: `reporting.currency` is `{ $found }`, not an active ISO 4217 code{ $hint }; write three capital letters such as `RUB`, `EUR` or `USD`
reporting-bad-rate-currency = { $place }: `reporting.rates.{ $found }`: `{ $found }` is not an active ISO 4217 code{ $hint }; write three capital letters such as `EUR` or `USD`
reporting-rate-of-itself = { $place }: `reporting.rates.{ $currency }` is { $value }, but { $currency } is the reporting currency itself (1 { $currency } is 1 { $currency }); remove this line
reporting-bad-rate = { $place }: `reporting.rates.{ $currency }` is `{ $found }`, expected a positive number: { $meaning }{ $how }
# What a rate means; the reporting currency is named only when it is a valid code.
reporting-rate-meaning = how many `{ $reporting }` one `{ $currency }` is worth
reporting-rate-meaning-unnamed = how many units of the reporting currency one `{ $currency }` is worth
reporting-write-rate = ; write { $value }
reporting-rate-example = { " " }(such as 98.5)

## git

git-folder-unreadable = cannot read the history: the dossiers folder { $folder } cannot be opened ({ $why })
git-not-in-work-tree = { $folder } is not in a git work tree: history and `--staged` are read from git (run `git init` and commit the dossiers)
git-bare = { $folder } is in a bare git repository (no work tree): history and `--staged` are read from a clone with a work tree
# What `Repo::resolve` says of a revision (`--from`, `--to`) it cannot use.
git-commit-unreadable = cannot read commit `{ $id }` of the history: it is missing or damaged (`git fsck` says which)
git-object-unreadable = cannot read git object `{ $id }`: it is missing or damaged (`git fsck` says which)
git-index-unreadable = cannot read git's index (`.git/index`): it is damaged or written by a newer git; `git status` says more
git-head-unreadable = cannot read the commit at git's `HEAD`: it is missing or damaged (`git fsck` says which)
git-bad-revision = `{ $revision }` is not a commit of this git repository: name a branch, a tag, a commit id or `HEAD~N`, as `git log` takes them
git-revision-unreadable = `{ $revision }` names an object this git repository cannot read: it is missing or damaged (`git fsck` says which)
git-not-a-commit = `{ $revision }` is { $kind ->
    [tree] a folder (a git tree)
    [blob] a file's contents (a git blob)
   *[other] a git object
} of this repository, not a commit: name a branch, a tag, a commit id or `HEAD~N`, as `git log` takes them

## usage errors (the command line as clap reads it)

usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-subcommand = unrecognized subcommand '{ $name }'
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
usage-missing-value = a value is required for '{ $arg }' but none was supplied
usage-possible-values = [possible values: { $values }]
usage-missing-required = the following required arguments were not provided:
usage-given-twice = the argument '{ $arg }' cannot be used multiple times
usage-conflict = the argument '{ $arg }' cannot be used with { $other }
usage-conflict-any = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
usage-no-subcommand = '{ $name }' requires a subcommand but one was not provided
usage-subcommands = [subcommands: { $names }]
usage-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
usage-listed = { $text }
usage-quoted = '{ $text }'
usage-tip-argument = tip: a similar argument exists: { $suggestion }
usage-tip-subcommand = tip: a similar subcommand exists: { $suggestion }
usage-tip-subcommands = tip: some similar subcommands exist: { $suggestions }
usage-tip-value = tip: a similar value exists: { $suggestion }
usage-tip-value-after-dashes = tip: to pass { $arg } as a value, use { $fixed }
usage-tip-exists = tip: { $fixed } exists
usage-tip-remove-dashes = tip: subcommand { $name } exists; to use it, remove the '--' before it
usage-usage = Usage: { $usage }
usage-more = For more information, try '--help'.
usage-date = `{ $text }` is not a real date written YYYY-MM-DD
