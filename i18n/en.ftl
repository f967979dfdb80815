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
