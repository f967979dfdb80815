# Русские сообщения `dossier`. Каждый id есть и в en.ftl (это проверяет
# тест). Как добавить сообщение: doc-комментарий в начале src/i18n.rs.
# Термины методики: досье, ключевой клиент, группа принятия решений, лицо,
# принимающее решение, привратник, сторонник, оппонент, спонсор, объём
# возможностей, прямые конкуренты, претенденты на тот же бюджет, инерция
# клиента, собственными силами.

## Счёт

count-dossiers = { $count } досье
count-errors = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
count-warnings = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}

## Статус обзора в таблицах и итогах

status-overdue = просрочено
status-due-soon = скоро срок
status-ok = в срок
status-unknown = неизвестно

## dossier review

review-header-client = Клиент
review-header-account-manager = Менеджер
review-header-last-reviewed = Последний обзор
review-header-due = Срок
review-header-days-overdue = Дней просрочки
review-header-status = Статус
review-summary = { $overdue } просрочено, { $due_soon } скоро срок, { $current } в срок
review-summary-unreadable = , { $unreadable } не прочитано

## Ошибки и предупреждения в stderr: `dossier: ошибка: ...`

error = ошибка
warning = предупреждение

## dossier.yaml

settings-bad-language = { $path }:{ $line }:{ $column }: `language` — `{ $found }`; напишите `auto` (решает локаль), `en` или `ru`
