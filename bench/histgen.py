#!/usr/bin/env python3
"""Writes a `git fast-import` stream to stdout: N realistic dossiers (from
gen.py) under `dossiers/`, then first-parent commits over the year before
2026-11-28 (review dates moved back a year to match) that edit them as people do: review dates bumped, opportunities
changed, decision-group roles changed, history entries added, comments and
quoting changed (no change in meaning), and a few files moved to a
sub-folder. Commits are evenly spaced, so a week covers about COMMITS / 52.

    python3 bench/histgen.py N COMMITS [--seed S] [--info FILE] | git fast-import

--info FILE gets the date of the last commit as `last_date YYYY-MM-DD`.
The same N, COMMITS and seed always give the same stream.
"""

import argparse
import datetime
import itertools
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

END = datetime.datetime(2026, 11, 27, 18, 0, 0)
START = END - datetime.timedelta(days=365)
AUTHORS = [("Anna Ivanova", "anna@example.com"), ("Boris Petrov", "boris@example.com"),
           ("James Smith", "james@example.com"), ("Maria Brown", "maria@example.com"),
           ("Olga Volkova", "olga@example.com"), ("Peter King", "peter@example.com")]
SMALL_ROLES = ["user", "advisor", "informant"]

REVIEW = re.compile(r"^  last_reviewed: (\d{4}-\d{2}-\d{2})$", re.M)
NEXT_YEAR = re.compile(r"^    next_year: (\d+)$", re.M)
ROLES = re.compile(r"^    roles: \[(user|advisor|informant)\]$", re.M)
HISTORY = re.compile(r"^  history:\n", re.M)
INDUSTRY = re.compile(r"^  industry: (.*)$", re.M)
CURRENCY = re.compile(r"^    currency: (\w+)$", re.M)


class Stream:
    def __init__(self, out):
        self.out = out

    def write(self, text):
        self.out.write(text.encode("utf-8") if isinstance(text, str) else text)

    def data(self, payload):
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        self.write(f"data {len(payload)}\n")
        self.write(payload)
        self.write("\n")

    def commit(self, when, author, message, changes, first=False):
        name, email = author
        stamp = f"{int(when.replace(tzinfo=datetime.timezone.utc).timestamp())} +0000"
        self.write("commit refs/heads/main\n")
        self.write(f"author {name} <{email}> {stamp}\n")
        self.write(f"committer {name} <{email}> {stamp}\n")
        self.data(message)
        for op in changes:
            if op[0] == "D":
                self.write(f"D {op[1]}\n")
            else:
                self.write(f"M 100644 inline {op[1]}\n")
                self.data(op[2])


def edit(rng, text, kind, when, number):
    """`text` after one edit of `kind`, and a commit message; None when the
    dossier has nothing to edit that way. `number` is different at every
    call: it keeps the history entries added unique."""
    day = when.date()
    if kind == "review":
        old = REVIEW.search(text)
        if not old:
            return None
        current = datetime.date.fromisoformat(old.group(1))
        new = day
        if new <= current:
            return None
        return text[:old.start(1)] + new.isoformat() + text[old.end(1):], "reviewed"
    if kind == "opportunity":
        old = NEXT_YEAR.search(text)
        if not old:
            return None
        value = int(old.group(1))
        factor = rng.choice([0.5, 0.8, 0.9, 1.1, 1.25, 1.5, 2])
        new = max(1, round(value * factor / 1_000_000)) * 1_000_000
        if new == value:
            new += 1_000_000
        return text[:old.start(1)] + str(new) + text[old.end(1):], "opportunity revised"
    if kind == "role":
        found = list(ROLES.finditer(text))
        if not found:
            return None
        old = rng.choice(found)
        new = rng.choice([r for r in SMALL_ROLES if r != old.group(1)])
        return text[:old.start(1)] + new + text[old.end(1):], "decision group updated"
    if kind == "history":
        header = HISTORY.search(text)
        currency = CURRENCY.search(text)
        if not header or not currency:
            return None
        lang = gen.RU if currency.group(1) == "RUB" else gen.EN
        entry = "\n".join([
            f"    - date: {day.isoformat()}",
            f"      kind: {rng.choice(['meeting', 'tender', 'contract', 'delivery'])}",
            # "(#N)", not " #N": after a space `#` starts a comment, and the
            # summary would repeat an older entry's (a duplicate entry).
            f"      summary: {rng.choice(lang['summaries'])} (#{number})",
            f"      outcome: {rng.choice(['won', 'lost', 'pending'])}",
            f"      amount: {rng.randint(1, 900) * 100_000}",
            f"      currency: {currency.group(1)}",
        ]) + "\n"
        return text[:header.end()] + entry + text[header.end():], "meeting notes"
    if kind == "reformat":
        # Quoting toggled and a comment added: no change in meaning.
        old = INDUSTRY.search(text)
        if not old:
            return None
        value = old.group(1)
        if value.startswith('"'):
            value = value[1:-1]
        else:
            value = gen.quote(value)
        text = text[:old.start(1)] + value + text[old.end(1):]
        return text + f"# tidied {day.isoformat()}\n", "tidy"
    raise ValueError(kind)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("commits", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--info")
    args = parser.parse_args()
    rng = gen.random.Random(args.seed)
    regions = ["emea", "americas", "apac", "ru/central", "ru/ural", "ru/siberia"]
    stream = Stream(sys.stdout.buffer)

    paths, texts = [], []
    for index in range(args.count):
        paths.append(f"dossiers/{regions[index % len(regions)]}/account-{index:06d}.yaml")
        text = gen.dossier(rng, index, args.count, False)
        # gen.py spreads reviews over the half year before 2026-11-28; here
        # that is where the history starts.
        old = REVIEW.search(text)
        first = datetime.date.fromisoformat(old.group(1)) - datetime.timedelta(days=365)
        texts.append(text[:old.start(1)] + first.isoformat() + text[old.end(1):])
    step = (END - START) / max(args.commits - 1, 1)
    stream.commit(START, AUTHORS[0], "Import the key accounts",
                  [("M", p, t) for p, t in zip(paths, texts)])

    # A few accounts are edited far more than the rest, as in life.
    hot = rng.sample(range(args.count), max(1, args.count // 100))
    kinds = ["review"] * 40 + ["opportunity"] * 15 + ["role"] * 12 + ["history"] * 20 + ["reformat"] * 10
    moved = set()
    edits = itertools.count(1)
    for number in range(1, args.commits):
        when = START + step * number
        author = rng.choice(AUTHORS)
        changes, words = [], []
        for _ in range(rng.choice([1, 1, 1, 1, 2, 2, 3, 5])):
            index = rng.choice(hot) if rng.random() < 0.3 else rng.randrange(args.count)
            if rng.random() < 0.01 and index not in moved:
                # Moved to a sub-folder of its region.
                head, name = os.path.split(paths[index])
                changes.append(("D", paths[index]))
                paths[index] = f"{head}/key/{name}"
                moved.add(index)
                changes.append(("M", paths[index], texts[index]))
                words.append(f"moved to key accounts ({name[:-5]})")
                continue
            done = edit(rng, texts[index], rng.choice(kinds), when, next(edits))
            if done is None:
                done = edit(rng, texts[index], "reformat", when, next(edits))
            texts[index], word = done
            changes.append(("M", paths[index], texts[index]))
            words.append(f"{word} ({os.path.basename(paths[index])[:-5]})")
        stream.commit(when, author, "; ".join(words).capitalize(), changes)

    if args.info:
        with open(args.info, "w") as f:
            f.write(f"last_date {(START + step * (args.commits - 1)).date().isoformat()}\n")


if __name__ == "__main__":
    main()
