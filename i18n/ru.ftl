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
review-summary-undated = , { $count } без даты обзора
review-header-note = Примечание
review-without-changes = без изменений с прошлого обзора
review-summary-without-changes = { $count ->
    [one] ; { $count } обзор без изменений
    [few] ; { $count } обзора без изменений
    [many] ; { $count } обзоров без изменений
   *[other] ; { $count } обзора без изменений
}
review-summary-without-changes-hidden = {" "}(не в таблице: { $hidden }; `--all` покажет все досье)
review-manager = { $manager }: { $overdue } просрочено, { $due_soon } скоро срок
review-no-manager = (менеджер не указан)

## Ошибки и предупреждения в stderr: `dossier: ошибка: ...`

error = ошибка
warning = предупреждение

## dossier.yaml

settings-bad-language = { $path }:{ $line }:{ $column }: `language` равно `{ $found }`; напишите `auto` (решает локаль), `en` или `ru`

## Значения списков формата, как их читает человек (term-<значение>)

term-decision_maker = лицо, принимающее решение
term-gatekeeper = привратник
term-technical = технический специалист
term-economic = экономический специалист
term-user = пользователь
term-supporter = сторонник
term-opponent = оппонент
term-advisor = советник
term-informant = информатор
term-high = высокое
term-medium = среднее
term-low = низкое
# Уровень угрозы конкурента (high, medium, low) везде, где он показан: в
# `show` и в тексте `log` и `changes`. «Угроза» женского рода: «высокая»
# (влияние остаётся «высокое», term-high).
threat-level = { $level ->
    [high] высокая
    [medium] средняя
    [low] низкая
   *[other] { $level }
}
term-direct = прямые конкуренты
term-budget = претенденты на тот же бюджет
term-inertia = инерция клиента
term-in_house = собственными силами
term-department = департамент
term-division = отдел
term-branch = филиал
term-subsidiary = дочерняя структура
term-other = другое
term-delivery = поставка
term-tender = тендер
term-contract = договор
term-meeting = встреча
term-won = выиграли
term-lost = проиграли
term-pending = ждём решения
term-cancelled = отменено
term-year = год
term-quarter = квартал
term-month = месяц
term-project = проект
term-open = открыто
term-addressed = закрыта
term-dropped = снято
term-done = выполнено
# Статус потребности и цели везде, где он показан: в `show` и в тексте
# `log` и `changes`. «Потребность» и «цель» женского рода: «открыта»,
# «снята» (статус действия остаётся «открыто», term-open).
need-status = { $status ->
    [open] открыта
    [addressed] закрыта
    [dropped] снята
   *[other] { $status }
}
objective-status = { $status ->
    [open] открыта
    [done] выполнена
    [dropped] снята
   *[other] { $status }
}
term-requested = запрошен
term-granted = выделен
term-refused = отказано
term-candidate = кандидат на тиражирование
term-replicated = тиражировано
term-not_replicable = не тиражируется
term-active = в работе
term-archived = в архиве

## dossier show

show-1-general-information = 1. Общие сведения о клиенте
show-2-our-view = 2. Взгляд компании
show-3-decision-group = 3. Группа принятия решений
show-4-competition = 4. Конкуренты
show-review = Обзор
show-gaps = Пробелы
show-5-plan = 5. План по клиенту
show-no-plan = (плана пока нет: потребности, цели и действия записываются в `plan`)
show-needs = Потребности
show-confirmed = подтверждена
show-not-confirmed = не подтверждена
show-told-by = сообщил(а) { $name }
show-answered-by = Закрывает цель
show-objectives = Цели и действия
show-action = Действие
show-owner = Ответственный
show-department = Подразделение
show-status = Статус
show-action-overdue = просрочено
show-done-on = выполнено { $date }
show-resources = Ресурсы, запрошенные у нашей компании
show-asked-of = у кого: { $from }
show-resource-totals = Итого
show-solutions = Решения для тиражирования
show-replicated-to = Тиражировано в
show-no-gaps = нет: все разделы, которых требует методика, заполнены
show-at-line = строка { $line }
show-industry = Отрасль
show-website = Сайт
show-headcount = Сотрудников
show-description = Описание
show-history = История
show-mission = Миссия
show-positioning = Позиционирование
show-industry-trends = Тенденции отрасли
show-culture = Культурная среда
show-structure = Структура
show-unit-head = руководитель: { $head }
show-environment = Окружение
show-clients = Клиенты
show-competitors = Конкуренты
show-suppliers = Поставщики
show-banks = Банки
show-auditors = Аудиторы
show-consultants = Консультанты
show-financials = Финансовые показатели
show-revenue = выручка { $amount }
show-net-income = чистая прибыль { $amount }
show-year-unknown = год?
show-account-manager = Менеджер
show-executive-sponsor = Спонсор
show-none = (нет)
show-team = Команда
show-none-recorded = (не записана)
show-date = Дата
show-kind = Вид
show-summary = Кратко
show-outcome = Итог
show-amount = Сумма
show-relationship = Отношения
show-current = Сейчас
show-outlook = Перспектива
show-purchase-budget = Бюджет закупок
show-budget-period = за { $period }
show-previous-vendors = Покупали раньше у
show-decision-process = Принятие решений
show-opportunity = Объём возможностей
show-next-year = Ближайший год
show-three-to-five-years = 3–5 лет
show-not-sized = (не оценён)
show-notes = Заметки
show-nobody-yet = (пока никого)
show-name = Имя
show-title = Должность
show-roles = Роли
show-influence = Влияние
show-reports-to = Подчиняется
show-covered-by = Ведёт
show-nobody = (никто)
show-contacts-and-notes = Контакты и заметки
show-kind-direct = Прямые конкуренты
show-kind-budget = Претенденты на тот же бюджет
show-kind-inertia = Инерция клиента
show-kind-in-house = Собственными силами
show-kind-not-given = Вид не указан
show-nobody-assessed = Никто не оценил: { $kinds }
# $level — уровень угрозы, как его пишет threat-level («высокая»).
show-threat = угроза: { $level }
show-offering = Предложение
show-strengths = Сильные стороны
show-weaknesses = Слабые стороны
show-our-advantage = Наше преимущество
show-last-reviewed = Последний обзор
show-reviewed-by = провёл(а) { $name }
show-interval = Интервал
show-due = Срок
show-due-unknown = неизвестен: дату обзора не прочитать
show-overdue-by = просрочено на { $days }
show-due-today = скоро срок: сегодня
show-due-soon-in = скоро срок, через { $days }
show-ok-in = в срок, через { $days }

count-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
count-months = { $count ->
    [one] { $count } месяц
    [few] { $count } месяца
   *[many] { $count } месяцев
}

## --owner

owner-unknown = нет досье с менеджером `{ $owner }`
owner-unknown-did-you-mean = нет досье с менеджером `{ $owner }`; { $count ->
    [1] может быть, `{ $names }`?
   *[other] может быть, один из: `{ $names }`?
}

## dossier list

list-id = Id
list-client = Клиент
list-account-manager = Менеджер
list-executive-sponsor = Спонсор
list-next-year = Ближайший год
list-three-to-five-years = 3–5 лет
list-next-review = Следующий обзор
list-status = Статус
list-total = Итого
list-all-in = Всего в { $currency }
list-all-in-without = Всего в { $currency } без { $missing }
list-left-out = , и ещё { $count } не удалось прочитать (названы в сообщениях об ошибках)

## Что значит каждый код проверки (code-<код>)

code-yaml-syntax = файл — не корректный YAML
code-unknown-key = ключ, которого нет в формате
code-wrong-type = значение не того вида (текст, число, список, словарь)
code-missing-key = обязательного ключа нет или он пуст, либо у суммы нет валюты
code-invalid-value = значение не из списка допустимых, или `done_on` у действия, которое не `done`
code-invalid-date = дата не в виде ГГГГ-ММ-ДД или такого дня нет
code-future-review = `review.last_reviewed` позже сегодняшнего дня
code-bad-interval = `interval_months` вне 1..3 или больше заданного по умолчанию
code-negative-number = сумма или численность меньше нуля (`net_income` может быть отрицательной)
code-bad-currency = валюта — не три заглавные буквы (ISO 4217)
code-duplicate-key = один ключ дважды в одном словаре
code-duplicate-id = два файла с одним id (именем файла)
code-duplicate-member = два участника группы принятия решений с одним именем
code-duplicate-entry = две записи одного списка с одним именем (потребности, цели, действия одной цели, ресурсы, решения, команда, структура, конкуренты), два года в финансах или два события истории с одной датой и описанием
code-unknown-member = `reports_to` или `source` потребности называет того, кого нет в группе; `covered_by` или `owner` цели или действия — того, кого нет с нашей стороны
code-unknown-reference = `needs` цели называет потребность, которой нет в досье, или `replicated_to` — досье, которого нет
code-conflicting-stance = один человек одновременно `supporter` и `opponent`
code-unsupported-version = версия формата, которую эта сборка не читает
code-not-utf8 = файл не в UTF-8 (названы смещение и строка первого неверного байта)
code-empty-file = файл пуст или в нём одни пробелы
code-merge-conflict = в файле неразрешённый конфликт слияния git (`<<<<<<<`, `=======`, `>>>>>>>`)
code-file-too-large = файл больше `max_file_size` (по умолчанию 8 MiB)
code-too-complex = YAML слишком глубоко вложен, в нём слишком много значений или ссылок-псевдонимов
code-not-a-file = папка, именованный канал, сокет или устройство на месте файла досье (ошибка ввода-вывода: код 2)
code-unreadable = файл или папку не прочитать: нет прав или ошибка ввода-вывода (код 2)
code-broken-symlink = символическая ссылка в никуда (код 2)
code-symlink-loop = символическая ссылка на саму себя или на папку выше (код 2)
code-no-executive-sponsor = с нашей стороны нет спонсора
code-no-decision-maker = в группе принятия решений нет лица, принимающего решение
code-no-economic-role = никто не оценивает финансовые условия
code-no-technical-role = никто не оценивает продукт
code-no-gatekeeper = никто не обеспечивает доступ к тем, кто принимает решения
code-no-supporter = в группе принятия решений нет сторонников
code-no-indirect-competition = не оценены ни инерция клиента (`inertia`), ни решение собственными силами (`in_house`)
code-no-opportunity-size = не оценён объём возможностей на ближайший год
code-no-long-term-opportunity = не оценён объём возможностей на 3–5 лет
code-no-relationship-history = нет истории поставок, тендеров или договоров
code-no-needs = в `plan.needs` не записано ни одной потребности клиента
code-no-objectives = в плане по клиенту нет открытой цели
code-objective-without-actions = у открытой цели нет открытого действия
code-overdue-action = открытое действие просрочено
code-unanswered-need = подтверждённую открытую потребность не закрывает ни одна открытая цель
code-duplicate-client = у другого досье в работе то же название клиента (сообщается у второго по порядку путей)

## dossier report (HTML; `код` в обратных кавычках набирается как код)

report-title = Ключевые клиенты на { $date }
report-heading = Ключевые клиенты
report-heading-owner = Ключевые клиенты: { $manager }
report-as-of = На
report-footer = Сделано программой dossier { $version } на { $date }. У цветов есть подписи, поэтому страница читается и в чёрно-белой печати.
report-unreadable = Не удалось прочитать
report-unreadable-count = { $count } не прочитано
report-undated-count = { $count } без даты обзора
report-without-changes-count = { $count ->
    [one] { $count } обзор без изменений
    [few] { $count } обзора без изменений
    [many] { $count } обзоров без изменений
   *[other] { $count } обзора без изменений
}
report-unreadable-note = Эти файлы не вошли ни в одну таблицу ниже; `dossier check` объяснит каждую ошибку.
report-portfolio = Портфель
report-totals = Итоги
report-gaps = Пробелы
report-decision-groups = Группы принятия решений
report-no-dossiers = Досье нет.
report-client = Клиент
report-account-manager = Менеджер
report-review = Обзор
report-due = Срок
report-days-overdue = Дней просрочки
report-next-year = Ближайший год
report-three-to-five-years = 3–5 лет
report-portfolio-note = Сначала самые просроченные. Пока срок обзора не наступил, дни просрочки отрицательны.
report-opportunity-totals = Объём возможностей, итоги
report-per-currency = По валютам
report-no-opportunity = Ни в одном досье ещё не оценён объём возможностей.
report-currency = Валюта
report-per-account-manager = По менеджерам
report-dossiers = Досье
report-overdue = Просрочено
report-due-soon = Скоро срок
report-gaps-note = ✕ — чего в досье не хватает (предупреждения `dossier check`); ✓ — что есть.
report-dossier = Досье
report-errors = Ошибки
report-lacking-it = Досье без этого
report-errors-legend = досье с ошибками: запустите `dossier check`
report-key-supporter = сторонник
report-key-opponent = оппонент
report-key-neither = ни то ни другое
report-key-decision-maker = лицо, принимающее решение
report-key-not-covered = с нашей стороны никто не ведёт
report-key-our-side = наша сторона
report-key-reports-to = подчиняется
report-key-holds-the-contact = ведёт контакт
report-executive-sponsor = Спонсор
report-none = нет
report-nobody = никого
report-review-dates = последний { $last }, срок { $due } ({ $days })
report-opportunity = Объём возможностей
report-opportunity-both = { $next_year } на ближайший год; { $long_term } на 3–5 лет
report-not-covered = Никто не ведёт
report-back-to-top = Наверх
report-no-review-date = нет даты обзора
report-due-today = срок сегодня
report-days-overdue-text = просрочено на { $days }
report-days-to-due-text = через { $days }
report-gap-no-executive-sponsor = Спонсор
report-gap-no-decision-maker = Лицо, принимающее решение
report-gap-no-economic-role = Экономический специалист
report-gap-no-technical-role = Технический специалист
report-gap-no-gatekeeper = Привратник
report-gap-no-supporter = Сторонник
report-gap-no-indirect-competition = Непрямая конкуренция
report-gap-no-opportunity-size = Объём на ближайший год
report-gap-no-long-term-opportunity = Объём на 3–5 лет
report-gap-no-relationship-history = История отношений
report-gap-no-needs = Потребности
report-gap-no-objectives = Открытые цели
report-gap-objective-without-actions = Действия по каждой цели
report-gap-overdue-action = Действия в срок
report-gap-unanswered-need = Подтверждённые потребности закрыты

## dossier check

check-summary = { $dossiers }: без ошибок { $valid }, с ошибками { $invalid }; { $errors }, { $warnings }
check-key = ключ: { $key }
check-duplicate-client = у { $first } уже есть клиент «{ $client }»; ведите одно досье на клиента (объедините два или отметьте старое `status: archived`)
check-duplicate-id = идентификатор `{ $id }` занят и { $first }, и { $second }; идентификаторы (имена файлов без расширения) должны быть уникальны
check-duplicate-id-case = идентификаторы `{ $id }` и `{ $other }` различаются только регистром букв и совпадут в `macOS` и `Windows`: { $first } и { $second } нужны разные имена
check-read-once = { $link } — тот же файл, что { $target } (через символическую ссылку); прочитан один раз

## Текст, которого ещё нет в каталоге, печатается как есть
verbatim = { $text }

## dossier map и карты в отчёте

map-our-side = Наша сторона
map-not-covered = никто не ведёт
map-nobody-yet = В группе принятия решений пока никого
map-title = Группа принятия решений: { $client }
map-account-manager = менеджер
map-executive-sponsor = спонсор
map-team = команда
term-neither = ни то ни другое
report-map-unreadable = Группу принятия решений не прочитать, пока не исправлены ошибки; `dossier check` объяснит каждую.

## Подсказки после сообщения

hint-did-you-mean = { " " }(может быть, `{ $candidate }`?)
hint-none = { "" }

## Находки правил (check); `ключ` в обратных кавычках — как в файле

rule-missing-key = нет обязательного ключа `{ $key }`
rule-empty = `{ $key }` пуст; нужно значение
rule-negative-number = найдено { $found }, нужно число не меньше 0
rule-negative-headcount = найдено { $found }, нужно целое число не меньше 0
rule-bad-currency = найдено `{ $found }` — это не код валюты ISO 4217; напишите три заглавные латинские буквы, например `RUB`, `EUR` или `USD`
rule-bad-currency-did-you-mean = найдено `{ $found }` — это не код валюты ISO 4217; напишите `{ $suggestion }`
rule-currency-missing = у суммы должна быть валюта, `currency` (три буквы, например `RUB`, `EUR`, `USD`)
rule-invalid-date = найдено `{ $found }`, нужна настоящая дата в виде ГГГГ-ММ-ДД
rule-unsupported-version = найдена версия { $found }, эта сборка читает версию { $supported }
rule-future-review = последний обзор датирован { $date } — позже сегодняшнего дня ({ $today }, даже в самом позднем часовом поясе, UTC+14); обзор записывают, когда он уже прошёл
rule-bad-interval = найдено месяцев: { $found }, нужно от 1 до { $most } (интервал обзора может быть только короче заданного по умолчанию: { $default })
rule-duplicate-member = `{ $name }` уже есть в группе как `{ $first }`; объедините две записи
rule-roles-missing = нет обязательного ключа `roles`: одна или несколько из девяти ролей
rule-roles-empty = `roles` пуст; укажите одну или несколько из девяти ролей
rule-conflicting-stance = `{ $who }` одновременно `supporter` и `opponent`; выберите, на чьей он стороне сейчас
rule-unknown-boss = `{ $name }` — не другой участник группы принятия решений{ $hint }
rule-unknown-holder = `{ $name }` нет с нашей стороны{ $hint }; `covered_by` называет менеджера, спонсора или участника команды
rule-duplicate-entry = `{ $name }` уже есть в списке как `{ $first }`; объедините две записи
rule-unknown-owner = `{ $name }` нет с нашей стороны{ $hint }; `{ $key }` называет менеджера, спонсора или участника команды
rule-unknown-source = `{ $name }` нет в группе принятия решений{ $hint }; `source` называет того из группы, кто нам это сказал
rule-unknown-need = `{ $name }` нет среди потребностей этого досье{ $hint }; `needs` называет записи `plan.needs`
rule-done-on-not-done = указана дата `done_on`, но статус действия — `{ $status }`; напишите `status: done` или уберите `done_on`
rule-replicated-to-itself = `{ $id }` — это само досье; `replicated_to` называет досье других клиентов, где решение уже применяется
rule-unknown-dossier = нет досье с идентификатором `{ $id }`{ $hint }; `replicated_to` называет другие досье по идентификатору (имени файла без расширения)

## Пробелы в работе с клиентом (предупреждения)

gap-no-executive-sponsor = нет спонсора: назовите топ-менеджера нашей компании, который поддерживает работу с этим клиентом
gap-no-decision-maker = в группе принятия решений нет лица, принимающего решение (`decision_maker`): кто может единолично решить или наложить вето?
gap-no-economic-role = в группе принятия решений нет экономического специалиста (`economic`): кто оценивает финансовые условия?
gap-no-technical-role = в группе принятия решений нет технического специалиста (`technical`): кто оценивает продукт?
gap-no-gatekeeper = в группе принятия решений нет привратника (`gatekeeper`): кто обеспечивает доступ к тем, кто принимает решения?
gap-no-supporter = в группе принятия решений нет сторонника (`supporter`): кто хочет, чтобы мы выиграли?
gap-no-indirect-competition = не оценены ни инерция клиента (`inertia`), ни решение собственными силами (`in_house`): клиент, который ничего не меняет или делает всё сам, часто опаснее прямых конкурентов
gap-no-opportunity-size = не оценён объём возможностей на ближайший год (`company_view.opportunity.next_year`)
gap-no-long-term-opportunity = не оценён объём возможностей на 3–5 лет (`company_view.opportunity.three_to_five_years`)
gap-no-relationship-history = нет истории отношений: перечислите, что мы поставляли и в каких тендерах участвовали, выиграли или проиграли
gap-no-needs = не записано ни одной потребности: перечислите в `plan.needs`, что нужно клиенту и кто нам об этом сказал
gap-no-objectives = нет открытой цели: чего мы хотим добиться с этим клиентом? (`plan.objectives`)
gap-objective-without-actions = у открытой цели `{ $name }` нет открытого действия: кто, что и к какому сроку делает?
gap-overdue-action = срок действия `{ $name }` — { $due }, просрочено на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}; выполните его или отметьте `status: done` с `done_on`, или `dropped`
gap-unanswered-need = подтверждённую потребность `{ $name }` не закрывает ни одна открытая цель: укажите её в `needs` той цели, которая её закрывает

## Чтение YAML (parse); найденное значение цитируется целиком

parse-not-utf8 = файл не в UTF-8: неверный байт { $byte } по смещению { $offset } (строка { $line }); сохраните его в UTF-8{ $looks_like }
explain-utf16 = { "" }. Похоже на UTF-16, так сохраняют некоторые редакторы Windows: перекодируйте его командой `iconv -f UTF-16 -t UTF-8 old.yaml > new.yaml`
explain-windows-1251 = { "" }. Похоже на Windows-1251, старую кодировку кириллицы в Windows: перекодируйте его командой `iconv -f WINDOWS-1251 -t UTF-8 old.yaml > new.yaml`
parse-unknown-key = неизвестный ключ `{ $key }` в `{ $parent }`{ $hint }; допустимые ключи: { $allowed }
parse-unknown-top-level-key = неизвестный ключ `{ $key }` на верхнем уровне{ $hint }; допустимые ключи: { $allowed }
parse-key-indented-too-little = `{ $key }` — не ключ верхнего уровня: это `{ $path }`, сдвиньте его под `{ $section }:`
parse-missing-section = нет обязательного раздела `{ $key }`
parse-invalid-value = `{ $found }` — недопустимое значение{ $hint }; допустимые: { $allowed }
parse-not-finite = найдено `{ $found }`, нужна сумма: запишите её цифрами, например 12000000
parse-wrong-type = найдено `{ $found }`, а ожидается { $expected }
parse-number-as-written = найдено `{ $found }`, а ожидается { $expected }: напишите `{ $written }` (только цифры, перед дробной частью — `.`)
parse-expected-whole-number = целое число
parse-expected-number = число
parse-expected-list = список
parse-expected-mapping = словарь ключей
parse-expected-text = текст
parse-duplicate-key = ключ `{ $key }` дважды в одном словаре; оставьте один
parse-merge-key-twice = ключ слияния `<<` дважды в одном словаре, и YAML не определяет, какой из них главнее; объедините оба в одном: `<<: [*first, *second]`
parse-second-document = здесь начинается второй документ YAML (`---`); досье — один документ: удалите эту строку и всё, что ниже, или перенесите в отдельный файл
parse-after-document-end = здесь документ YAML заканчивается (`...`), а ниже есть ещё текст; досье — один документ: удалите эту строку и всё, что ниже, или перенесите это в отдельный файл
parse-tab = строка сдвинута табуляцией; в YAML отступы только пробелами: замените табуляцию пробелами
parse-entries-under-empty = `{ $key }: []` говорит, что список пуст, но ниже идут записи: уберите `[]`

## dossier new

template-file = { $path }
template-built-in = встроенный шаблон `{ $name }`
new-template-invalid = из { $template } не получается корректное досье, поэтому ничего не записано:

## Ошибки в stderr

left-out = ; не вошло: { $why }
left-out-unreadable = файл не прочитать, пока это не исправлено
left-out-report = оно в разделе «Не удалось прочитать» отчёта
left-out-no-review-date = дату его обзора не прочитать
problem-and-more = { $first } (и ещё { $more ->
    [one] { $more } ошибка
    [few] { $more } ошибки
   *[many] { $more } ошибок
})
no-such-id = нет досье с id `{ $id }` в { $folder }{ $hint }

## dossier reviewed

reviewed-bad-date = `--date { $date }` — не дата; напишите её в виде ГГГГ-ММ-ДД
reviewed-future-date = `--date { $date }` позже сегодняшнего дня ({ $today }; { $latest } в самом позднем часовом поясе, UTC+14); обзор записывают, когда он уже прошёл
reviewed-empty-by = `--by` пуст; укажите, кто провёл обзор
reviewed-has-errors = { $path } не отмечено как просмотренное: сначала исправьте ошибки
reviewed-earlier-date = `--date { $date }` раньше уже записанного обзора ({ $current }) в { $path }; если так и задумано (исправить ошибку), добавьте `--force`
reviewed-unchanged = { $path }: обзор { $date } уже записан; менять нечего
reviewed-edit-invalid = { $path }: после правки досье стало бы некорректным; файл оставлен как был
reviewed-changed-meanwhile = { $path } изменился во время правки; он оставлен как есть сейчас, запустите команду ещё раз
reviewed-cannot-write = не удалось записать { $path }: { $why }; файл оставлен как был
reviewed-done = { $path }: { $changes }
reviewed-change = `{ $key }` { $old } → { $new }
reviewed-none = (не было)
cannot-read = не удалось прочитать { $path }: { $why }
# Под чем суммируются суммы без валюты (в досье с ошибкой).
no-currency = (валюта не указана)
cannot-read-dossiers-dir = не удалось прочитать { $path }: такой папки нет; dossier читает папку, которую называет `--dir`, иначе `DOSSIER_DIR`, иначе `dossiers_dir` из `dossier.yaml`, иначе `dossiers` в текущей папке
new-empty-name = название клиента пусто; как вызывать: `dossier new NAME`
new-bad-template-name = `--template { $template }`: шаблон называют именем его файла без `.yaml` (буквы, цифры, `-`, `_`)
new-no-template = шаблона `{ $template }` нет ни в { $folder }, ни среди встроенных{ $hint }; шаблоны: { $available }
new-exists = { $path } уже существует; он оставлен как есть (выберите другое название или `--id`)
new-bad-id = `--id { $id }`: id — строчные a-z, 0-9 и `-`, начинается с буквы или цифры (он становится именем файла)
new-no-id = из `{ $name }` не получается id: нет букв или цифр, которые можно записать латиницей; укажите его через `--id`
new-dropped-letters = `{ $dropped }` не вошло в id `{ $id }`; другой можно указать через `--id`
new-id-taken = id `{ $id }` уже занят файлом { $path }; id уникальны во всех подпапках (укажите другой через `--id`)
new-empty-owner = `--owner` пуст; укажите менеджера
new-no-owner = не понять, чьё это досье (нет ни `git config user.name`, ни `$USER`); укажите `--owner NAME`
cannot-write-results = не удалось вывести результаты: { $why }
cannot-write = не удалось записать { $path }: { $why }
note = примечание
map-has-errors = в { $path } { $errors }; на карте то, что удалось прочитать (`dossier check { $path }` их перечислит)

## Writing files, and reviewed's edit

edit-shared-alias = `{ $key }` (строка { $line }) — ссылка `{ $alias }`: её байты стоят там, где якорь `&{ $name }`, их читают и другие значения, и правка изменила бы их тоже; впишите значение вместо `{ $alias }` и запустите команду снова
edit-shared-anchor = у `{ $key }` (строка { $line }) есть якорь `{ $anchor }`: другие значения читают его через `*{ $name }`, и правка изменила бы их тоже; впишите значение туда, где стоят эти ссылки, уберите `{ $anchor }` и запустите команду снова
edit-not-utf8 = файл не в UTF-8; `dossier check` подскажет, как его перекодировать
edit-review-unreadable = раздел `review` не читается; причину назовёт `dossier check`
edit-last-reviewed-missing = нет `review.last_reviewed`; добавьте в `review:` строку `last_reviewed: ГГГГ-ММ-ДД`
edit-last-reviewed-empty = `review.last_reviewed` пусто; впишите дату в виде `ГГГГ-ММ-ДД`
edit-not-found = не удалось найти, где в файле стоит `{ $key }`; измените его вручную
edit-last-reviewed-form = `review.last_reviewed` записано как `{ $written }`, а такую запись команда на месте не меняет; измените её вручную
edit-reviewed-by-form = `review.reviewed_by` записано в форме, которую команда на месте не меняет (блок, тег или якорь); измените его вручную
edit-indent-unknown = не понять, с каким отступом записано `review.last_reviewed`; добавьте `reviewed_by` вручную
edit-would-break = после правки файл перестал бы читаться, поэтому он оставлен как был
edit-not-as-intended = правка прочиталась не так, как задумано, поэтому файл оставлен как был
edit-merged = `review.last_reviewed` попадает в `review` через ключ слияния (`<<`), и его байты общие с подставленным якорем; впишите `last_reviewed` в сам `review` и запустите команду снова
write-not-regular = это { $what }, а не обычный файл, и его никогда не заменяют; укажите файл для записи
write-not-regular-behind-link = путь ведёт к { $target }, а это { $what }, не обычный файл, и его никогда не заменяют; укажите файл для записи
write-through-proc = путь ведёт через `/proc` к открытому файлу процесса (например, к стандартному выводу), это не обычный файл, и его никогда не заменяют; укажите файл для записи
write-symlink-loop = это петля символических ссылок (больше { $hops } переходов)
file-kind-fifo = именованный канал (`FIFO`)
file-kind-socket = сокет
file-kind-device = устройство
file-kind-folder = папка
file-kind-other = не обычный файл
## dossier export --format xlsx: заголовки столбцов (имена листов не меняются)

export-id = Id
export-client = Клиент
export-status = Статус
export-industry = Отрасль
export-headcount = Численность
export-account-manager = Менеджер
export-executive-sponsor = Спонсор
export-next-year = Ближайший год
export-three-to-five-years = 3–5 лет
export-currency = Валюта
export-last-reviewed = Последний обзор
export-next-review = Следующий обзор
export-review-status = Статус обзора
export-path = Путь
export-name = Имя
export-role = Роль
export-title = Должность
export-roles = Роли
export-influence = Влияние
export-reports-to = Подчиняется
export-covered-by = Контакт с нашей стороны
export-email = Эл. почта
export-phone = Телефон
export-notes = Заметки
export-kind = Вид
export-offering = Предложение
export-strengths = Сильные стороны
export-weaknesses = Слабые стороны
export-our-advantage = Наше преимущество
export-threat = Угроза
export-date = Дата
export-summary = Суть
export-outcome = Итог
export-amount = Сумма
export-department = Подразделение
export-source = Источник
export-confirmed = Подтверждена
export-needs = Потребности
export-owner = Ответственный
export-due = Срок
export-objective = Цель
export-done-on = Выполнено
export-from = У кого просим
export-replicated-to = Тиражировано в
## dossier actions

actions-none = нет просроченных открытых действий и действий со скорым сроком
actions-none-at-all = нет открытых действий со сроком
actions-header-due = Срок
actions-header-days-overdue = Дней просрочки
actions-header-status = Статус
actions-header-owner = Ответственный
actions-header-action = Действие
actions-header-client = Клиент
actions-header-department = Подразделение

## dossier calendar

calendar-name = Ключевые клиенты: обзоры досье и действия
calendar-review = Срок обзора досье: { $client }
action-in-objective = { $action } («{ $objective }»)
calendar-action = { $action } — { $client }
calendar-account-manager = Менеджер: { $name }
calendar-last-reviewed = Последний обзор: { $date }
calendar-objective = Цель: { $name }
calendar-owner = Ответственный: { $name }
calendar-department = Подразделение: { $name }
calendar-file = Файл: { $path }
our-side-owner-unknown = ни в одном досье нет `{ $owner }` с нашей стороны (менеджер, спонсор, член команды или ответственный за действие)
our-side-owner-unknown-did-you-mean = ни в одном досье нет `{ $owner }` с нашей стороны; { $count ->
    [1] может быть, `{ $names }`?
   *[other] может быть, один из: `{ $names }`?
}
calendar-bad-epoch = `SOURCE_DATE_EPOCH` равно `{ $value }`, а должно быть целым числом секунд с 1970-01-01 00:00 UTC; задайте такое число (например, `1795737600`) или уберите переменную

## dossier report: the account plan

report-plans = Планы по ключевым клиентам
report-plan-open-objectives = Открытые цели
report-plan-no-objectives = Открытых целей нет.
report-plan-objective = Цель
report-plan-owner = Ответственный
report-plan-due = Срок
report-plan-open-actions = Открытых действий
report-plan-overdue-actions = Просроченные действия
report-plan-action = Действие
report-plan-days-overdue = Дней просрочки
report-plan-overdue-per-owner = Просроченные действия по ответственным
report-plan-no-overdue = Просроченных открытых действий нет.
report-plan-overdue = Просрочено
report-plan-actions = Действия
report-plan-action-line = { $action } — { $client }, срок { $due } ({ $days })
report-plan-resources = Ресурсы, запрошенные у нашей компании
report-plan-requested = Запрошено
report-plan-granted = Выделено
report-plan-no-resources = Ресурсов с суммой не запрашивали и не выделяли.
report-plan-resources-note = Суммы `plan.resources` по статусам, в точной десятичной арифметике; отказанные ресурсы и ресурсы без суммы не суммируются.
report-plan-replication = Тиражирование решений
report-plan-solution = Решение
report-plan-made-for = Создано для
report-plan-replicated-to = Тиражировано в
report-plan-status = Статус
report-plan-no-solutions = Решений для тиражирования пока нет.
report-plan-unknown-dossier = (нет среди прочитанных досье)

## dossier log and dossier changes

history-no-meaning = по смыслу ничего не изменилось (только комментарии или оформление)
history-moved = перемещено
history-new-file = новое досье
history-renamed-file = файл переименован: досье продолжается как `{ $id }` (новое имя — новый id)
history-deleted-file = файл удалён
history-unreadable = не читается
history-uncommitted = не зафиксировано
history-no-history = ни один коммит не менял это досье
history-no-history-shallow = ни один коммит этого неполного клона не менял это досье; того, что было до начала клона, в нём нет
history-added-renamed = новое досье; этот же клиент раньше был в `{ $id }` (у переименованного файла новый id)
history-removed-renamed = досье удалено; этот же клиент теперь в `{ $id }` (у переименованного файла новый id)
history-added-dossier = новое досье
history-removed-dossier = досье удалено
history-authors = { $count ->
    [1] автор: { $names }; { $commits }
   *[other] авторы: { $names }; { $commits }
}
changes-no-commits = сравнивать не с чем: в репозитории git в { $path } ещё нет коммитов (сначала закоммитьте досье)
changes-no-such-id = нет досье с id `{ $id }` в { $folder } ни сейчас, ни на концах диапазона{ $hint }
history-from-start = начала истории
history-commits = { $count ->
    [one] { $count } коммит
    [few] { $count } коммита
    [many] { $count } коммитов
   *[other] { $count } коммита
}
history-heading = { $count ->
    [0] По смыслу не изменилось ни одно досье
    [one] Изменилось { $count } досье
    [few] Изменились { $count } досье
   *[other] Изменилось { $count } досье
}: с { $from } по { $to }

## Reading files from disk (load)

load-empty-file = файл пуст; досье начинается с `version: 1` (см. `dossier new`)
load-merge-conflict = неразрешённый конфликт слияния: блок с `<<<<<<<` в строке { $line } нужно разрешить (оставьте одну сторону, удалите метки)
load-too-large = размер файла { $size }, больше предела { $limit }; досье занимает несколько килобайт (если файл настоящий, увеличьте `max_file_size` в dossier.yaml)
load-not-a-file = { $path } — { $what }, а не файл досье
load-broken-symlink = { $path } — битая символическая ссылка: { $target } не существует
load-symlink-loop = { $path } — символическая ссылка по кругу: { $chain }
load-folder-loop = { $path }: символическая ссылка по кругу обратно на { $ancestor }; пропущено
size-bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байта
   *[other] { $count } байт
}
size-kib = { $count } КиБ
size-mib = { $count } МиБ
size-bytes-and-mib = { $bytes } байт ({ $mib },{ $tenth } МиБ)
io-not-found = нет такого файла или папки
io-permission-denied = нет доступа
io-already-exists = уже существует
io-is-a-folder = это папка
io-not-a-folder = часть пути — не папка
io-storage-full = диск заполнен
io-file-too-large = файл слишком велик для файловой системы
io-invalid-file-name = недопустимое здесь имя файла
io-crosses-devices = файл пришлось бы перенести на другой диск
io-invalid-data = прочитанные данные повреждены
io-busy = файл занят, или система не ответила вовремя
io-other = система сообщает `{ $detail }`

## YAML the parser cannot read, and its limits (too-complex)

parse-expected-boolean = `true` или `false`
parse-expected-other = значение другого вида (`dossier schema` показывает вид каждого ключа)
parse-nothing-for-text = значение пусто, а нужен текст: напишите его после `:` или удалите ключ
parse-too-deep-brackets = скобки вложены глубже { $most } уровней; досье нужно около 5
parse-aliases-expand = ссылки (`*name`) раскрываются больше чем в { $most } значений; выпишите значения или используйте меньше ссылок
parse-aliases-nest = ссылки (`*name`) вложены глубже { $most } уровней; выпишите значения
budget-depth = вложенность YAML глубже { $most } уровней; досье нужно около 5
budget-nodes = в файле больше { $most } значений YAML; даже самому большому досье нужно намного меньше
budget-documents = в файле больше { $most } документов YAML (`---`); досье — один документ
budget-aliases = в файле слишком много якорей (`&name`) или ссылок (`*name`); выпишите значения
budget-merge-keys = в файле слишком много ключей слияния (`<<`); выпишите значения
budget-text = текстовые значения файла слишком длинны для досье
budget-other = файл превышает предел, заданный для досье; разделите его или запишите проще
syntax-unexpected-end = файл кончается раньше, чем закрыто открытое выше: скобка (`[`, `{ "{" }`), кавычка или запись без значения
syntax-unclosed-bracket = открытая здесь скобка `{ $open }` не закрыта: добавьте `{ $close }` там, где кончается список или словарь
syntax-mismatched-bracket = скобка `{ $open }` закрыта скобкой `{ $close }`: закройте её `{ $expected }`
syntax-stray-bracket = у закрывающей скобки здесь нет открывающей: удалите её или возьмите значение в кавычки
syntax-flow-separator = в скобках записи разделяются `,`: перед этим местом не хватает `,` или закрывающей скобки
syntax-unclosed-quote = открытая здесь кавычка не закрыта: поставьте закрывающую кавычку в конце значения
syntax-after-quote = после закрывающей кавычки что-то стоит: перенесите это внутрь кавычек или начните следующий ключ с новой строки
syntax-escape = `\` в двойных кавычках начинает неизвестную YAML последовательность: для обратной косой черты пишите `\\` или возьмите значение в одинарные кавычки
syntax-tab = здесь табуляция; YAML допускает только пробелы: замените табуляцию пробелами
syntax-comment = `#` начинает комментарий только после пробела: поставьте пробел перед `#` или возьмите значение в кавычки
syntax-indentation = отступ этой строки не согласуется с отступами выше: ключи одного словаря начинаются в одном столбце, записи `- ` одного списка тоже, а значение с `: ` нужно взять в кавычки
syntax-colon = это `:` не отделяет ключ от значения: поставьте после него пробел (`key: value`) или возьмите значение в кавычки
syntax-dash = `-` начинает запись списка, только если за ним пробел: пишите `- value` или возьмите в кавычки значение, начинающееся с `-`
syntax-block-scalar = после `|` или `>` в той же строке допустимы лишь цифра 1–9, `+` или `-` и комментарий; текст начинается со следующей строки
syntax-anchor-name = после `&` или `*` здесь нужно имя (`&boss`, `*boss`); значение, начинающееся с них, возьмите в кавычки
syntax-unknown-anchor = эта ссылка (`*name`) не указывает ни на один якорь (`&name`) выше: выпишите значение или добавьте якорь
syntax-tag = `!` здесь начинает тег YAML, который досье не нужен: возьмите значение в кавычки или удалите тег
syntax-directive = строка, начинающаяся с `%` (директива YAML), `---` или `...`, стоит не на месте: досье они не нужны, удалите её
syntax-character = значение не может начинаться с `{ $character }`: возьмите его в кавычки (`"…"`)
syntax-bom = внутри файла стоит метка порядка байтов (`U+FEFF`): удалите её
syntax-other = здесь YAML записан неверно: сравните эту строку с соседними (ключ, `: ` после него, отступ)
check-index-unreadable = не удалось прочитать { $path } из индекса git: { $why }
export-unreadable = { $path }: не удалось прочитать
export-left-out = { $problem }; не вошло в выгрузку
check-could-not-read = не удалось прочитать { $count ->
    [one] { $count } путь
    [few] { $count } пути
   *[other] { $count } путей
} ({ $paths }); почему — сказано выше
history-reviews-untold = нельзя сказать, какие обзоры прошли без изменений: { $why }
history-shallow-range = это неполный клон (`shallow`): история кончается раньше начала диапазона (вся история — `git fetch --unshallow`)
history-shallow-reviews = это неполный клон (`shallow`): о последнем обзоре, записанном раньше начала его истории, нельзя сказать, было ли что-то изменено, и он не отмечен (вся история — `git fetch --unshallow`)
history-shallow-log = это неполный клон (`shallow`): история показана до того места, где кончается клон (вся история — `git fetch --unshallow`)
history-version-unreadable = { $id }: одну из версий не удалось прочитать: { $why }
history-git-unreadable = git не может выдать эту версию: { $why }

## dossier init

init-created = создано: { $path }
init-kept = оставлено: { $path } (уже есть; не изменено)
init-kept-up-to-date = оставлено: { $path } (уже есть, актуально)
init-updated = обновлено: { $path }
init-next = дальше: `dossier new "Название клиента"`   (затем отредактируйте файл и запустите `dossier check`)
init-next-in = дальше: `cd { $folder } && dossier new "Название клиента"`   (затем отредактируйте файл и запустите `dossier check`)
init-not-in-git = `--git-hook`: { $path } не в репозитории git; сначала выполните там `git init` или уберите `--git-hook`
init-foreign-hook =
    { $path } уже есть, и его записал не `dossier init`, поэтому он оставлен как есть и коммиты пока не проверяются; всё остальное настроено. Чтобы коммиты проверялись, добавьте в этот хук после его первой строки (`#!…`) такие строки:
    { $lines }
    или удалите хук и снова выполните `dossier init --git-hook`
init-cannot-chmod = не удалось сделать { $path } исполняемым: { $why }
cannot-create = не удалось создать { $path }: { $why }

## dossier.yaml

settings-problem = { $path }:{ $line }:{ $column }: { $problem }
settings-bad-size = { $path }:{ $line }:{ $column }: `max_file_size` равно `{ $found }`; напишите размер в байтах больше 0, целым числом (`8388608`) или с единицей: `512 KiB`, `8 MiB`, `1 GiB`
settings-bad-due-soon = { $path }:{ $line }:{ $column }: `review.due_soon_days` равно `{ $found }`; напишите целое число дней от 0 до { $most }, например `due_soon_days: 14`
settings-bad-interval = { $path }:{ $line }:{ $column }: `review.interval_months` равно `{ $found }`; напишите целое число месяцев от 1 до { $most } (досье пересматривают не реже раза в 3 месяца), например `interval_months: 3`
parse-expected-size = размер в байтах, например `8388608` или `8 MiB`
reporting-no-rate = { $place }: в `reporting.rates` нет курса для { $missing }; суммы в { $count ->
    [1] этой валюте
   *[other] этих валютах
} показаны отдельно, вне итога в { $currency } (добавьте `{ $rates }` под `rates:`, сколько { $currency } за единицу)
reporting-rates-without-currency = { $place }: для `reporting.rates` нужна `reporting.currency` — код ISO 4217, в который пересчитывают курсы (например, `currency: RUB`)
reporting-bad-currency = { $place }: `reporting.currency` равно `{ $found }`, это не действующий код ISO 4217{ $hint }; напишите три заглавные буквы, например `RUB`, `EUR` или `USD`
reporting-bad-rate-currency = { $place }: `reporting.rates.{ $found }`: `{ $found }` — не действующий код ISO 4217{ $hint }; напишите три заглавные буквы, например `EUR` или `USD`
reporting-rate-of-itself = { $place }: `reporting.rates.{ $currency }` равно { $value }, но { $currency } — сама валюта итогов (1 { $currency } — это 1 { $currency }); удалите эту строку
reporting-bad-rate = { $place }: `reporting.rates.{ $currency }` равно `{ $found }`, а нужно положительное число: { $meaning }{ $how }
reporting-rate-meaning = сколько `{ $reporting }` стоит один `{ $currency }`
reporting-rate-meaning-unnamed = сколько единиц валюты итогов стоит один `{ $currency }`
reporting-write-rate = ; напишите { $value }
reporting-rate-example = { " " }(например, 98.5)

## git

git-folder-unreadable = историю не прочитать: папку досье { $folder } не открыть ({ $why })
git-not-in-work-tree = { $folder } не в рабочей копии git: история и `--staged` читаются из git (выполните `git init` и закоммитьте досье)
git-bare = { $folder } в «голом» репозитории git (`bare`, без рабочей копии): историю и `--staged` читают из клона с рабочей копией
git-commit-unreadable = не прочитать коммит `{ $id }` из истории: его нет или он повреждён (`git fsck` скажет, какой)
git-object-unreadable = не прочитать объект git `{ $id }`: его нет или он повреждён (`git fsck` скажет, какой)
git-index-unreadable = не прочитать индекс git (`.git/index`): он повреждён или записан более новой версией git; подробнее скажет `git status`
git-head-unreadable = не прочитать коммит, на который указывает `HEAD` git: его нет или он повреждён (`git fsck` скажет, какой)
git-bad-revision = `{ $revision }` — не коммит этого репозитория git: укажите ветку, тег, id коммита или `HEAD~N`, как для `git log`
git-revision-unreadable = `{ $revision }` указывает на объект, который этот репозиторий git не может прочитать: его нет или он повреждён (`git fsck` скажет, какой)
git-not-a-commit = `{ $revision }` в этом репозитории — { $kind ->
    [tree] папка (дерево git)
    [blob] содержимое файла
   *[other] объект git
}, а не коммит: укажите ветку, тег, id коммита или `HEAD~N`, как для `git log`

## usage errors (the command line as clap reads it)

usage-unknown-argument = неизвестный аргумент `{ $arg }`
usage-unknown-subcommand = неизвестная команда `{ $name }`
usage-invalid-value = недопустимое значение `{ $value }` у `{ $arg }`
usage-invalid-value-because = недопустимое значение `{ $value }` у `{ $arg }`: { $reason }
usage-missing-value = у `{ $arg }` нет значения: напишите его после пробела или `=`
usage-possible-values = [допустимые значения: { $values }]
usage-missing-required = не хватает обязательных аргументов:
usage-given-twice = аргумент `{ $arg }` указан больше одного раза
usage-conflict = аргумент `{ $arg }` нельзя указывать вместе с { $other }
usage-conflict-any = аргумент `{ $arg }` нельзя указывать вместе с другими указанными аргументами
usage-too-many-values = лишнее значение `{ $value }` у `{ $arg }`: больше значений не нужно
usage-no-subcommand = не указана команда для `{ $name }`
usage-subcommands = [команды: { $names }]
usage-invalid-utf8 = в аргументах есть байты, которые не читаются как UTF-8
usage-listed = `{ $text }`
usage-quoted = `{ $text }`
usage-tip-argument = подсказка: может быть, { $suggestion }?
usage-tip-subcommand = подсказка: может быть, команда { $suggestion }?
usage-tip-subcommands = подсказка: может быть, одна из команд { $suggestions }?
usage-tip-value = подсказка: может быть, { $suggestion }?
usage-tip-value-after-dashes = подсказка: чтобы передать { $arg } как значение, напишите { $fixed }
usage-tip-exists = подсказка: есть { $fixed }
usage-tip-remove-dashes = подсказка: команда { $name } есть; чтобы вызвать её, уберите `--` перед ней
usage-usage = Использование: `{ $usage }`
usage-more = Подробнее: `--help`.
usage-date = `{ $text }` — не настоящая дата; нужна дата в виде ГГГГ-ММ-ДД
