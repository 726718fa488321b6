"""What kind of answer a blank's slot takes, and the hint that makes a typed answer unambiguous.

"The talks opened at Lakeside in _____": a month fits, and so does any place of the article. A
learner who types "Geneva" has given a second valid answer to the sentence as shown. Where the
word before the blank lets facts of another kind of the article fit, the blank says what it
wants ("in _____ (month)"): Anki shows it as a cloze hint, the worksheet beside the line.
Multiple choice needs no hint: its options say what kind of answer is wanted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Fact

if TYPE_CHECKING:
    from .kinds import Target

ALL = frozenset({"person", "organization", "place", "number", "date"})
# The kinds of fact a noun phrase after this word can be (the word right before the blank).
SLOT_KINDS: dict[str, frozenset[str]] = {
    "in": frozenset({"date", "place", "organization"}),
    "on": frozenset({"date", "place"}),
    "at": frozenset({"place", "organization"}),
    "by": frozenset({"person", "organization", "date", "number"}),
    "from": ALL, "to": ALL, "of": ALL, "with": ALL, "for": ALL, "and": ALL, "or": ALL, "between": ALL,
    "since": frozenset({"date"}), "until": frozenset({"date"}), "till": frozenset({"date"}),
    "during": frozenset({"date"}), "before": frozenset({"date", "person"}), "after": frozenset({"date", "person"}),
    "about": frozenset({"number"}), "than": frozenset({"number"}), "nearly": frozenset({"number"}),
    "almost": frozenset({"number"}), "over": frozenset({"number", "place"}),
}
SUBJECT = ALL - {"date"}  # a blank that opens the sentence or follows a comma: who or what did it


def slot_kinds(before: str) -> frozenset[str]:
    """The kinds of fact that fit a blank preceded by ``before`` (the stem's text up to it)."""
    words = re.findall(r"[\w']+|[,;:(\u2014]", before.lower())
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    if not words or words[-1] in (",", ";", ":", "(", "\u2014"):
        return SUBJECT
    return SLOT_KINDS.get(words[-1], frozenset())


def hint_word(fact: Fact) -> str:
    """What to call the answer: "year", "month", "date", "number", "person", "place" …"""
    if fact.kind == "date":
        iso = fact.iso or ""
        text = (fact.text or "").lower()
        if "century" in text:
            return "century"  # "the 21st Century", not a date
        if re.search(r"\d0['\u2019]?s\b", text):
            return "decade"  # "the 1960s"
        if re.fullmatch(r"\d{4}", iso):
            # "fall 2004" asks for more than a year
            if re.search(r"\b(?:spring|summer|autumn|fall|winter)\b", text):
                return "season and year"
            # "late 2001" asks for more than a year too (round 30)
            return "year" if not re.search(r"[a-z]", text) else "date"
        if re.fullmatch(r"\d{4}-\d\d", iso):
            return "month and year"  # "March 1836": "(month)" alone would ask for less than the key
        if re.fullmatch(r"--\d\d", iso):
            return "month"
        return "date"
    return {"person": "person", "organization": "organisation", "place": "place", "number": "number"}[fact.kind]


def slot_hint(target: Target, facts: tuple[Fact, ...]) -> str:
    """A hint for a typed answer when facts of another kind of the article fit the blank too."""
    sentence = target.mention.evidence.sentence
    before = sentence[:target.mention.start - target.mention.evidence.start]
    fits = slot_kinds(before)
    own = target.fact.kind
    after = sentence[target.mention.end - target.mention.evidence.start:].lstrip()
    if own == "number" and (after[:1].isalpha() or not target.answer[-1:].isdigit()):
        return ""  # "_____ people", "_____ km": the counted noun or unit says a number is wanted
    if own not in fits:
        return ""  # a slot we cannot read: the validator's other checks decide
    rivals = {f.kind for f in facts if f is not target.fact and f.kind in fits and f.kind != own and f.mentions}
    return hint_word(target.fact) if rivals else ""
