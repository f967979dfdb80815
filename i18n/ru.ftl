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

## dossier show

show-1-general-information = 1. Общие сведения о клиенте
show-2-our-view = 2. Взгляд компании
show-3-decision-group = 3. Группа принятия решений
show-4-competition = 4. Конкуренты
show-review = Обзор
show-gaps = Пробелы
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
show-threat = угроза: { $level }
show-offering = Предложение
show-strengths = Сильные стороны
show-weaknesses = Слабые стороны
show-our-advantage = Наше преимущество
show-last-reviewed = Последний обзор
show-reviewed-by = провёл { $name }
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
    [one] может быть, `{ $names }`?
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
list-left-out = , и ещё { $count } не удалось прочитать (названы в сообщениях об ошибках)
