"""Questions over sets of facts: matching (people ↔ roles, dates ↔ events) and ordering (events in time)."""

from __future__ import annotations

import random
import re

from ..model import Fact
from ..question import Matching, Ordering
from ..vocab import MONTHS
from .distractors import similar
from .kinds import question_id
from .text import norm

MAX_PAIRS = 5


def _sort_key(iso: str) -> str | None:
    start = iso.split("/")[0]
    return start if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", start) else None


def _interval(iso: str) -> tuple[str, str]:
    """The first and last day an ISO date or range covers, as sortable strings."""
    start, _, end = iso.partition("/")
    end = end or start
    return start, end + "~"  # "~" sorts after any digit: "1989~" ends after every day of 1989


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def people_roles_matching(facts: tuple[Fact, ...], seed: int) -> Matching | None:
    pairs: list[tuple[str, str]] = []
    evidence = []
    keys = []
    people = sorted((f for f in facts if f.kind == "person" and f.roles), key=lambda f: (-len(f.mentions), f.name))
    for person in people:
        for role, mention in zip(person.roles, person.role_mentions):
            if any(similar(role, r) for _, r in pairs):
                continue
            pairs.append((person.name, role))
            evidence.append(mention.evidence)
            keys.append(person.key)
            break
        if len(pairs) == MAX_PAIRS:
            break
    if len(pairs) < 3:
        return None
    key = "|".join(f"{a}={b}" for a, b in pairs)
    return Matching(
        id=question_id("matching", "people-roles", key), instruction="Match each person with the role the article "
        "gives them.", fact="person", evidence=tuple(evidence), score=0.8, pairs=tuple(pairs),
        fact_key="matching:people-roles", fact_keys=tuple(keys), difficulty="medium")


def _mentions_a_date(text: str) -> bool:
    return bool(re.search(r"\b1\d{3}\b|\b20\d\d\b", text)) or any(w.lower().strip(",.") in MONTHS
                                                                       for w in text.split() if w[:1].isupper())


def _dated_events(facts: tuple[Fact, ...]) -> list[Fact]:
    seen_events: set[str] = set()
    seen_dates: set[str] = set()
    seen_sentences: set[tuple[int, int]] = set()
    out: list[Fact] = []
    # single dates before ranges: "1754–1763" would shut out every date of the war it spans
    for fact in sorted(facts, key=lambda f: "/" in (f.iso or "")):
        if fact.kind != "date" or not fact.iso or not fact.event or _sort_key(fact.iso) is None:
            continue
        if fact.relation not in (None, "time"):
            continue  # "since 1990", "until 2001": not the time the event happened
        if any(_overlap(_interval(fact.iso), _interval(other.iso or "")) for other in out):
            continue  # "the 1980s" and 1981: one date within another cannot be matched or ordered
        if norm(fact.event) in seen_events or fact.iso in seen_dates or len(fact.event.split()) < 3:
            continue
        if _mentions_a_date(fact.event):
            continue  # "The oil crisis began in October 1973 …" would give a matching away
        where = {(e.start, e.end) for e in fact.evidence}
        if where & seen_sentences:
            continue  # two events of one sentence: the sentence shown after one gives the other away
        seen_sentences |= where
        seen_events.add(norm(fact.event))
        seen_dates.add(fact.iso)
        out.append(fact)
    return sorted(out, key=lambda f: f.mentions[0].start if f.mentions else 0)


def dates_events_matching(facts: tuple[Fact, ...], seed: int) -> Matching | None:
    dated = _dated_events(facts)
    if len(dated) < 3:
        return None
    chosen = random.Random(f"{seed}|matching-dates").sample(dated, min(MAX_PAIRS, len(dated)))
    chosen.sort(key=lambda f: f.mentions[0].start)
    pairs = tuple((f.event or "", f.text) for f in chosen)
    key = "|".join(f"{a}={b}" for a, b in pairs)
    return Matching(
        id=question_id("matching", "dates-events", key), instruction="Match each event with its date.", fact="date",
        evidence=tuple(f.mentions[0].evidence for f in chosen), score=0.75, pairs=pairs,
        fact_key="matching:dates-events", fact_keys=tuple(f.key for f in chosen), difficulty="hard")


def events_ordering(facts: tuple[Fact, ...], seed: int) -> Ordering | None:
    dated = [f for f in _dated_events(facts)]
    by_key: dict[str, Fact] = {}
    for fact in dated:
        by_key.setdefault(_sort_key(fact.iso or "") or "", fact)
    # two events of one year need finer dates to be ordered: keep the year only when it is alone
    years = [k[:4] for k in by_key]
    by_key = {k: f for k, f in by_key.items() if years.count(k[:4]) == 1 or len(k) > 4}
    by_key = {k: f for k, f in by_key.items() if not (len(k) == 4 and years.count(k) > 1)}
    if len(by_key) < 3:
        return None
    keys = sorted(by_key)
    rng = random.Random(f"{seed}|ordering")
    chosen_keys = sorted(rng.sample(keys, min(4, len(keys))))
    chosen = [by_key[k] for k in chosen_keys]
    items = tuple(f"{f.event}" for f in chosen)
    return Ordering(
        id=question_id("ordering", "events", "|".join(items)),
        instruction="Put these events in the order they happened, earliest first.",
        fact="date", evidence=tuple(f.mentions[0].evidence for f in chosen), score=0.7, items=items,
        fact_key="ordering:events", fact_keys=tuple(f.key for f in chosen), difficulty="hard")
