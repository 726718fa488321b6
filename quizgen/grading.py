"""Grading of typed answers: forgiving of case, accents, punctuation and small typos, strict on facts.

Accepts a person's surname alone, numbers written differently ("7600" for "7,600 km"), and any
alternative the question lists in ``accepted``. A different number is never accepted, however close.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .question import Question
from .questions.text import norm

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(norm(text))]


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if _numbers(a) or _numbers(b):
        return False
    if min(len(a), len(b)) < 4:
        return False
    allowed = 0.8 if min(len(a), len(b)) < 8 else 0.85
    return SequenceMatcher(None, a, b).ratio() >= allowed


def is_correct(question: Question, response: str) -> bool:
    # digits grouped by spaces ("7 600 km") are one number, as with commas
    given = norm(re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", response))
    if not given:
        return False
    if question.type in ("mcq", "true_false"):
        return given == norm(question.answer)
    candidates = [question.answer, *getattr(question, "accepted", ())]
    for candidate in candidates:
        expected = norm(candidate)
        if _close(given, expected):
            return True
        numbers = _numbers(expected)
        if numbers and _numbers(given) == numbers[:1] and len(given.split()) <= len(expected.split()):
            return True  # "7600" for "7,600 km"
    return False
