#!/usr/bin/env python3
"""Writes N realistic dossiers for the benchmark: English and Russian, 2.5-7.5 KB,
every section filled (no errors), review dates spread over the half year
before 2026-11-28 so `review` finds overdue, due-soon and ok.

With --plans each dossier also has an account plan (needs, objectives with
actions due around 2026-11-28, some overdue, resources, and for some a
solution replicated to another dossier of the set) inside the same size
budget where there is room: a dossier whose required sections and plan
already pass its drawn size gets nothing more, so the set with plans holds
about 13% more bytes than the one without.

With --plans-filled each dossier is the one --plans writes without its
plan: the plan's bytes go to more of the other sections, so the file is as
long (to within half an entry) and the plan is the only difference.

    python3 bench/gen.py N OUT_DIR [--seed S] [--plans | --plans-filled]

The same N and seed always give the same files.
"""

import argparse
import datetime
import os
import random

EN = {
    "companies": ["Northwind", "Bluefield", "Harbor", "Summit", "Granite", "Redwood",
                  "Silverline", "Oakridge", "Lakeside", "Ironbridge", "Brightline", "Crescent"],
    "suffix": ["Logistics LLC", "Retail Group", "Foods Inc", "Manufacturing Ltd",
               "Energy plc", "Health Systems", "Telecom AG", "Insurance SA"],
    "industries": ["Logistics", "Retail", "Food production", "Manufacturing", "Energy",
                   "Healthcare", "Telecommunications", "Insurance"],
    "first": ["Anna", "James", "Maria", "Peter", "Laura", "David", "Sophie", "Thomas",
              "Emma", "Michael", "Olivia", "Daniel"],
    "last": ["Smith", "Johnson", "Brown", "Miller", "Wilson", "Taylor", "Clark", "Walker",
             "Young", "King", "Wright", "Green"],
    "titles": ["CEO", "CFO", "CIO", "Head of Procurement", "Operations Director",
               "Executive Assistant", "IT Architect", "Warehouse Manager", "Legal Counsel"],
    "departments": ["IT department", "Finance", "Procurement", "Operations", "Sales",
                    "Northern division", "Eastern branch", "Service subsidiary"],
    "sentences": [
        "The client is consolidating suppliers and expects a single contract for all sites.",
        "Budget planning starts in September and the board approves it in December.",
        "They moved from spreadsheets to a legacy system five years ago and regret it.",
        "Our references in the same industry matter more to them than the price.",
        "The new owner wants measurable savings within the first twelve months.",
        "Procurement runs formal tenders for anything above the approval threshold.",
        "The operations team is overloaded and resists projects with long rollouts.",
        "A pilot in one warehouse would let them see results before the tender.",
    ],
    "currency": "EUR",
    "role_words": ["presales engineer", "project manager", "solution architect",
                   "service manager"],
    "our_departments": ["Presales", "Sales", "Project Office", "Finance", "Legal",
                        "Customer Support"],
    "needs": ["One system for all sites", "Payback under two years", "Local support team",
              "Integration with the ERP", "Marking codes at every warehouse",
              "Lower transport costs", "Real-time stock levels"],
    "objectives": ["Win the rollout", "Extend the support contract", "Pilot at the main site",
                   "Replace the legacy system", "Enter the second division"],
    "actions": ["Demo to the CFO", "Business case for the board", "Reference visit",
                "Pilot plan", "Commercial offer", "Security questionnaire",
                "Workshop with the IT team"],
    "resources": ["Pilot licences", "Presales engineer for a month", "Discount above the limit",
                  "Support team on site"],
    "solutions": ["Cross-dock slotting", "Marking module", "Route planning for chilled goods",
                  "Returns dashboard"],
    "summaries": ["Warehouse system rollout", "Support contract renewal",
                  "Quarterly business review", "Tender for route planning",
                  "Pilot at the central depot", "Licence expansion"],
}

RU = {
    "companies": ["Ромашка", "Уралтехснаб", "Северсталь-Сервис", "Волга-Логистик",
                  "Сибирский продукт", "Балтийская верфь", "Кама-Энерго", "Дон-Агро",
                  "Альфа-Трейд", "Восток-Маркет", "Приокский завод", "Невский холдинг"],
    "suffix": ["ООО", "АО", "ПАО", "ЗАО"],
    "industries": ["Логистика", "Розничная торговля", "Пищевое производство",
                   "Машиностроение", "Энергетика", "Здравоохранение", "Связь", "Страхование"],
    "first": ["Анна", "Иван", "Мария", "Пётр", "Ольга", "Сергей", "Елена", "Алексей",
              "Наталья", "Дмитрий", "Татьяна", "Михаил"],
    "last": ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Волков", "Соколов",
             "Лебедев", "Козлов", "Новиков", "Морозов", "Орлов"],
    "titles": ["Генеральный директор", "Финансовый директор", "ИТ-директор",
               "Начальник отдела закупок", "Операционный директор", "Помощник директора",
               "Архитектор ИТ", "Начальник склада", "Юрист"],
    "departments": ["Служба ИТ", "Финансовая служба", "Отдел закупок", "Производство",
                    "Коммерческая служба", "Северный филиал", "Восточный филиал",
                    "Сервисная дочерняя компания"],
    "sentences": [
        "Клиент сокращает число поставщиков и ждёт единого договора на все площадки.",
        "Бюджет планируют в сентябре, совет директоров утверждает его в декабре.",
        "Пять лет назад перешли с таблиц на устаревшую систему и жалеют об этом.",
        "Отраслевые рекомендации для них важнее цены.",
        "Новый собственник ждёт измеримой экономии в первые двенадцать месяцев.",
        "Закупки выше порога согласования проходят только через тендер.",
        "Операционная служба перегружена и сопротивляется долгим внедрениям.",
        "Пилот на одном складе позволит увидеть результат до тендера.",
    ],
    "currency": "RUB",
    "role_words": ["пресейл-инженер", "руководитель проекта", "архитектор решений",
                   "сервис-менеджер"],
    "our_departments": ["Пресейл", "Продажи", "Проектный офис", "Финансы", "Юристы",
                        "Поддержка"],
    "needs": ["Единая система на всех площадках", "Окупаемость за два года",
              "Местная поддержка", "Интеграция с учётной системой", "Маркировка на всех складах",
              "Снижение затрат на перевозки", "Остатки в реальном времени"],
    "objectives": ["Выиграть внедрение", "Продлить договор поддержки", "Пилот на главном складе",
                   "Заменить устаревшую систему", "Войти во второй дивизион"],
    "actions": ["Демо финансовому директору", "Обоснование для совета директоров",
                "Референс-визит", "План пилота", "Коммерческое предложение",
                "Анкета по безопасности", "Семинар с ИТ-службой"],
    "resources": ["Пилотные лицензии", "Пресейл-инженер на месяц", "Скидка сверх лимита",
                  "Команда поддержки на месте"],
    "solutions": ["Кросс-докинг", "Модуль маркировки", "Маршруты для охлаждённых грузов",
                  "Панель возвратов"],
    "summaries": ["Внедрение складской системы", "Продление договора поддержки",
                  "Квартальная встреча", "Тендер на планирование маршрутов",
                  "Пилот на центральном складе", "Расширение лицензий"],
}

TODAY = datetime.date(2026, 11, 28)


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def person(rng, lang):
    return f"{rng.choice(lang['first'])} {rng.choice(lang['last'])}"


def paragraph(rng, lang, sentences):
    return " ".join(rng.sample(lang["sentences"], sentences))


def dossier(rng, index, count, plans, filler=None):
    """One dossier of 2.5 to 7.5 KB: the sections every dossier needs (and,
    with `plans`, an account plan), then more structure, history, people and
    competitors until the size is reached.

    With `filler` (a random generator of its own, with `plans`), the same
    dossier without its plan: the plan's bytes go to more structure,
    history, people and competitors drawn from `filler`, until the file is
    as long as with the plan (to within half an entry). `rng` draws the
    same numbers either way, so the next dossier is the same too."""
    lang = RU if rng.random() < 0.5 else EN
    target = rng.randint(2500, 7500)
    base = rng.choice(lang["companies"])
    if lang is RU:
        name = f"{rng.choice(lang['suffix'])} «{base}-{index}»"
    else:
        name = f"{base} {rng.choice(lang['suffix'])} {index}"
    currency = lang["currency"]
    manager = person(rng, lang)
    sponsor = person(rng, lang)
    team = []
    for _ in range(rng.randint(1, 3)):
        who = person(rng, lang)
        if who not in team:
            team.append(who)
    ours = [manager, sponsor] + team
    people = []

    # Names (and years, dates) once each: two entries with one name are a
    # `duplicate-entry` error, and the sets are meant to hold none.
    used = set()

    def unique(name):
        n, candidate = 1, name
        while candidate in used:
            n += 1
            candidate = f"{name} {n}"
        used.add(candidate)
        return candidate

    def structure():
        return "\n".join([
            f"    - name: {unique(rng.choice(lang['departments']))}",
            f"      kind: {rng.choice(['department', 'division', 'branch', 'subsidiary'])}",
            f"      head: {person(rng, lang)}",
        ])

    years = []

    def unique_year():
        years.append(2025 - len(years))
        return years[-1]

    def financials():
        revenue = rng.randint(10, 5000) * 1_000_000
        return "\n".join([
            f"    - year: {unique_year()}",
            f"      revenue: {revenue}",
            f"      net_income: {rng.randint(-revenue // 20, revenue // 10)}",
            f"      currency: {currency}",
        ])

    def history():
        while True:
            day = TODAY - datetime.timedelta(days=rng.randint(30, 1500))
            summary = rng.choice(lang["summaries"])
            if (day, summary) not in used:
                used.add((day, summary))
                break
        return "\n".join([
            f"    - date: {day.isoformat()}",
            f"      kind: {rng.choice(['delivery', 'tender', 'contract', 'meeting'])}",
            f"      summary: {summary}",
            f"      outcome: {rng.choice(['won', 'lost', 'pending', 'cancelled'])}",
            f"      amount: {rng.randint(1, 900) * 100_000}",
            f"      currency: {currency}",
        ])

    def member(roles):
        while True:
            who = person(rng, lang)
            if who not in people:
                break
        lines = [
            f"  - name: {who}",
            f"    title: {rng.choice(lang['titles'])}",
            f"    roles: [{', '.join(roles)}]",
            f"    influence: {rng.choice(['high', 'medium', 'low'])}",
        ]
        if people:
            lines.append(f"    reports_to: {people[0]}")
        lines += [
            f"    covered_by: {rng.choice(ours)}",
            f"    email: person{len(people)}@client-{index}.example",
            f"    phone: +7 495 555-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        ]
        if rng.random() < 0.5:
            lines.append(f"    notes: {quote(paragraph(rng, lang, 1))}")
        people.append(who)
        return "\n".join(lines)

    def competitor(kind):
        lines = [
            f"  - name: {unique(rng.choice(lang['companies']) + f' ({kind})')}",
            f"    kind: {kind}",
            f"    offering: {quote(paragraph(rng, lang, 1))}",
        ]
        if rng.random() < 0.5:
            lines.append(f"    strengths: {quote(paragraph(rng, lang, 1))}")
            lines.append(f"    our_advantage: {quote(paragraph(rng, lang, 1))}")
        lines.append(f"    threat: {rng.choice(['high', 'medium', 'low'])}")
        return "\n".join(lines)

    lists = {
        "structure": [structure()],
        "financials": [financials()],
        "history": [history()],
        # Every role the methodology asks for, so there are no gap warnings.
        "members": [member(["decision_maker"]), member(["economic"]),
                    member(["technical", "supporter"]), member(["gatekeeper"])],
        "competitors": [competitor("direct"), competitor("inertia")],
    }
    grow = {
        "structure": structure,
        "financials": financials,
        "history": history,
        "members": lambda: member([rng.choice(["user", "advisor", "informant", "opponent"])]),
        "competitors": lambda: competitor(rng.choice(["direct", "budget", "in_house"])),
    }

    head = [f"# Benchmark dossier {index}", "version: 1", "", "client:"]
    head.append(f"  name: {quote(name)}")
    head.append(f"  industry: {rng.choice(lang['industries'])}")
    head.append(f"  website: https://client-{index}.example")
    head.append(f"  description: {quote(paragraph(rng, lang, 2))}")
    head.append(f"  history: {quote(paragraph(rng, lang, 1))}")
    head.append(f"  headcount: {rng.randint(50, 50000)}")
    env = ["  environment:"]
    for key in ["clients", "competitors", "suppliers", "banks", "auditors", "consultants"]:
        names = ", ".join(quote(rng.choice(lang["companies"])) for _ in range(rng.randint(1, 2)))
        env.append(f"    {key}: [{names}]")
    env.append(f"  mission: {quote(paragraph(rng, lang, 1))}")
    env.append(f"  positioning: {quote(paragraph(rng, lang, 1))}")
    env.append("  industry_trends: >")
    env.append(f"    {paragraph(rng, lang, 2)}")
    env.append(f"  culture: {quote(paragraph(rng, lang, 1))}")

    view = ["", "company_view:", f"  account_manager: {manager}", f"  executive_sponsor: {sponsor}"]
    view.append("  team:")
    for who in team:
        view.append(f"    - name: {who}")
        view.append(f"      role: {rng.choice(lang['role_words'])}")
    relationship = ["  relationship:"]
    relationship.append(f"    current: {quote(paragraph(rng, lang, 2))}")
    relationship.append(f"    outlook: {quote(paragraph(rng, lang, 1))}")
    relationship.append("    purchase_budget:")
    relationship.append(f"      amount: {rng.randint(1, 500) * 1_000_000}")
    relationship.append(f"      currency: {currency}")
    relationship.append(f"      period: {rng.choice(['year', 'quarter', 'month', 'project'])}")
    relationship.append(f"    previous_vendors: [{quote(rng.choice(lang['companies']))}]")
    relationship.append(f"    decision_process: {quote(paragraph(rng, lang, 2))}")
    relationship.append("  opportunity:")
    relationship.append(f"    currency: {currency}")
    relationship.append(f"    next_year: {rng.randint(1, 200) * 1_000_000}")
    relationship.append(f"    three_to_five_years: {rng.randint(200, 1000) * 1_000_000}")
    relationship.append(f"    notes: {quote(paragraph(rng, lang, 1))}")

    plan = account_plan(rng, lang, index, count, ours, people) if plans else []

    # Spread over the half year before today: overdue, due soon and ok.
    last = TODAY - datetime.timedelta(days=rng.randint(0, 180))
    tail = ["", "review:", f"  last_reviewed: {last.isoformat()}", f"  reviewed_by: {manager}"]
    if rng.random() < 0.2:
        tail.append(f"  interval_months: {rng.randint(1, 3)}")

    def size(lines):
        return sum(len(line.encode("utf-8")) + 1 for line in lines)

    total = size(head + env + view + relationship + plan + tail) + 80
    total += sum(size(items) for items in lists.values())
    while total < target:
        section = rng.choice(list(grow))
        item = grow[section]()
        lists[section].append(item)
        total += len(item.encode("utf-8")) + 1

    def render(plan):
        out = head + ["  structure:"] + lists["structure"] + env + ["  financials:"]
        out += lists["financials"] + view + ["  history:"] + lists["history"] + relationship
        out += ["", "decision_group:"] + lists["members"]
        out += ["", "competitors:"] + lists["competitors"] + plan + tail
        return "\n".join(out) + "\n"

    text = render(plan)
    if filler is None:
        return text
    # The plan's bytes, filled with the other sections instead: an entry is
    # added while it brings the file nearer the length it has with the plan.
    goal = len(text.encode("utf-8"))
    length = len(render([]).encode("utf-8"))
    rng = filler  # the entry makers above draw from `rng`
    while True:
        section = filler.choice(list(grow))
        item = grow[section]()
        added = len(item.encode("utf-8")) + 1
        if length + added - goal > goal - length:
            return render([])
        lists[section].append(item)
        length += added


def account_plan(rng, lang, index, count, ours, people):
    """The `plan` section: needs told by members of the decision group,
    objectives owned on our side answering them, actions due from two months
    before to four months after 2026-11-28 (so some are overdue), resources
    and, for some dossiers, a solution replicated to another dossier."""
    lines = ["", "plan:", "  needs:"]
    needs = rng.sample(lang["needs"], rng.randint(1, 3))
    for need in needs:
        lines.append(f"    - name: {quote(need)}")
        lines.append(f"      source: {quote(rng.choice(people))}")
        lines.append(f"      confirmed: {rng.choice(['true', 'false'])}")
    lines.append("  objectives:")
    for objective in rng.sample(lang["objectives"], rng.randint(1, 2)):
        lines.append(f"    - name: {quote(objective)}")
        lines.append(f"      needs: [{', '.join(quote(n) for n in needs)}]")
        lines.append(f"      owner: {quote(rng.choice(ours))}")
        lines.append("      actions:")
        for action in rng.sample(lang["actions"], rng.randint(1, 3)):
            due = TODAY + datetime.timedelta(days=rng.randint(-60, 120))
            lines.append(f"        - name: {quote(action)}")
            lines.append(f"          owner: {quote(rng.choice(ours))}")
            lines.append(f"          department: {quote(rng.choice(lang['our_departments']))}")
            lines.append(f"          due: {due.isoformat()}")
            if due < TODAY and rng.random() < 0.5:
                lines.append("          status: done")
                lines.append(f"          done_on: {due.isoformat()}")
    lines.append("  resources:")
    for resource in rng.sample(lang["resources"], rng.randint(1, 2)):
        lines.append(f"    - name: {quote(resource)}")
        lines.append(f"      from: {quote(rng.choice(lang['our_departments']))}")
        lines.append(f"      status: {rng.choice(['requested', 'granted', 'refused'])}")
        lines.append(f"      amount: {rng.randint(1, 50) * 100_000}")
        lines.append(f"      currency: {lang['currency']}")
    if count > 1 and rng.random() < 0.3:
        other = rng.choice([j for j in range(count) if j != index])
        lines.append("  solutions:")
        lines.append(f"    - name: {quote(rng.choice(lang['solutions']))}")
        lines.append("      status: replicated")
        lines.append(f"      replicated_to: [account-{other:06d}]")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--plans", action="store_true",
                        help="give every dossier an account plan")
    parser.add_argument("--plans-filled", action="store_true",
                        help="the dossiers of --plans without their plans, each as long: "
                             "the plan's bytes filled with more of the other sections")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    regions = ["emea", "americas", "apac", "ru/central", "ru/ural", "ru/siberia"]
    total = 0
    for index in range(args.count):
        folder = os.path.join(args.out, regions[index % len(regions)])
        os.makedirs(folder, exist_ok=True)
        filler = random.Random(f"{args.seed}:{index}") if args.plans_filled else None
        plans = args.plans or args.plans_filled
        text = dossier(rng, index, args.count, plans, filler).encode("utf-8")
        total += len(text)
        with open(os.path.join(folder, f"account-{index:06d}.yaml"), "wb") as f:
            f.write(text)
    print(f"{args.count} dossiers, {total / max(args.count, 1) / 1024:.1f} KB on average, in {args.out}")


if __name__ == "__main__":
    main()
