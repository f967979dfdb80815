#!/usr/bin/env python3
"""Writes N realistic dossiers for the benchmark: English and Russian, 2.5-7.5 KB,
every section filled (no errors, no gap warnings), review dates spread over
the half year before 2026-11-28 so `review` finds overdue, due-soon and ok.

    python3 bench/gen.py N OUT_DIR [--seed S]

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


def dossier(rng, index):
    """One dossier of 2.5 to 7.5 KB: the sections every dossier needs, then
    more structure, history, people and competitors until the size is reached."""
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
    team = [person(rng, lang) for _ in range(rng.randint(1, 3))]
    ours = [manager, sponsor] + team
    people = []

    def structure():
        return "\n".join([
            f"    - name: {rng.choice(lang['departments'])}",
            f"      kind: {rng.choice(['department', 'division', 'branch', 'subsidiary'])}",
            f"      head: {person(rng, lang)}",
        ])

    def financials():
        revenue = rng.randint(10, 5000) * 1_000_000
        return "\n".join([
            f"    - year: {rng.randint(2015, 2025)}",
            f"      revenue: {revenue}",
            f"      net_income: {rng.randint(-revenue // 20, revenue // 10)}",
            f"      currency: {currency}",
        ])

    def history():
        day = TODAY - datetime.timedelta(days=rng.randint(30, 1500))
        return "\n".join([
            f"    - date: {day.isoformat()}",
            f"      kind: {rng.choice(['delivery', 'tender', 'contract', 'meeting'])}",
            f"      summary: {rng.choice(lang['summaries'])}",
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
            f"  - name: {rng.choice(lang['companies'])} ({kind})",
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

    # Spread over the half year before today: overdue, due soon and ok.
    last = TODAY - datetime.timedelta(days=rng.randint(0, 180))
    tail = ["", "review:", f"  last_reviewed: {last.isoformat()}", f"  reviewed_by: {manager}"]
    if rng.random() < 0.2:
        tail.append(f"  interval_months: {rng.randint(1, 3)}")

    def size(lines):
        return sum(len(line.encode("utf-8")) + 1 for line in lines)

    total = size(head + env + view + relationship + tail) + 80
    total += sum(size(items) for items in lists.values())
    while total < target:
        section = rng.choice(list(grow))
        item = grow[section]()
        lists[section].append(item)
        total += len(item.encode("utf-8")) + 1

    out = head + ["  structure:"] + lists["structure"] + env + ["  financials:"] + lists["financials"]
    out += view + ["  history:"] + lists["history"] + relationship
    out += ["", "decision_group:"] + lists["members"]
    out += ["", "competitors:"] + lists["competitors"] + tail
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    regions = ["emea", "americas", "apac", "ru/central", "ru/ural", "ru/siberia"]
    total = 0
    for index in range(args.count):
        folder = os.path.join(args.out, regions[index % len(regions)])
        os.makedirs(folder, exist_ok=True)
        text = dossier(rng, index).encode("utf-8")
        total += len(text)
        with open(os.path.join(folder, f"account-{index:06d}.yaml"), "wb") as f:
            f.write(text)
    print(f"{args.count} dossiers, {total / max(args.count, 1) / 1024:.1f} KB on average, in {args.out}")


if __name__ == "__main__":
    main()
