"""How a date relates to its clause ("since 1990", "the 1998 final", "from 1970 to 1999"), by the
patterns in patterns/date_relations.toml. Only a date whose relation is "time" is the time of its
clause's event; questions never offer any other as that event's date."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..model import Document
from .clauses import MARKERS, case_words

TIME = "time"
_FIELDS = frozenset({"case", "also_case", "head_deps", "head_tags", "words", "before", "clause_mark"})


@dataclass(frozen=True)
class DatePattern:
    id: str
    relation: str
    case: frozenset[str] = frozenset()
    also_case: frozenset[str] = frozenset()
    head_deps: frozenset[str] = frozenset()
    head_tags: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    clause_mark: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict) -> DatePattern:
        unknown = set(data.get("when", {})) - _FIELDS
        if unknown or not data.get("id") or not data.get("relation") or not data.get("when"):
            raise ValueError(f"date pattern {data.get('id')!r}: needs id, relation and when; unknown fields {unknown}")
        return cls(data["id"], data["relation"], **{k: frozenset(v) for k, v in data["when"].items()})


@cache
def date_patterns() -> tuple[DatePattern, ...]:
    return tuple(DatePattern.from_data(p) for p in pattern_data())


@cache
def pattern_data() -> tuple[dict, ...]:
    text = (resources.files("quizgen.facts") / "patterns" / "date_relations.toml").read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)["pattern"])


def _date_case_words(doc: Document, token: int) -> set[str]:
    # ("and" of "between 2001 and 2005" is the conjunct's cc)
    return case_words(doc, token, (*MARKERS, "cc"))


def date_relation(doc: Document, first: int, last: int) -> tuple[str, str]:
    """(relation, id of the pattern that decided it) for the date at tokens ``first:last``."""
    tokens = doc.tokens
    head = doc.head_of(first, last)
    own_case: set[str] = set()
    for k in range(first, last):
        own_case |= _date_case_words(doc, k)
    governor = tokens[head].head
    related = [c for c in doc.children(head) if not first <= c < last]
    if governor != head:
        related += [governor] + [c for c in doc.children(governor) if c != head]
    other_case: set[str] = set()
    for k in related:
        if not first <= k < last:
            other_case |= _date_case_words(doc, k)
    start = min([first] + [c for c in doc.children(head) if tokens[c].dep in ("case", "mark")])
    before = {tokens[start - 1].text.lower()} if start > 0 else set()
    inside = {tokens[k].text.lower() for k in range(first, min(last + 1, len(tokens)))}
    for pattern in date_patterns():
        if pattern.case and not pattern.case & own_case:
            continue
        if pattern.also_case and not pattern.also_case & other_case:
            continue
        if pattern.head_deps and tokens[head].dep not in pattern.head_deps:
            continue
        if pattern.head_tags and (governor == head or tokens[governor].tag not in pattern.head_tags):
            continue
        if pattern.words and not pattern.words & inside:
            continue
        if pattern.before and not pattern.before & (before | own_case):
            continue
        if pattern.clause_mark and not (governor != head and pattern.clause_mark & {
                tokens[c].text.lower() for c in doc.children(governor) if tokens[c].dep == "mark"}):
            continue
        return pattern.relation, pattern.id
    return TIME, ""
