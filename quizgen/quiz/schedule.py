"""When to ask each question again: the FSRS spaced-repetition algorithm (the ``fsrs`` package).

Pure functions over FSRS cards: a question never reviewed has no card and is new; a right answer
counts as "Good" and a wrong one as "Again", so what is known comes back in days or weeks and what
is not comes back within minutes. Fuzzing is off, so the same answers at the same times always
give the same schedule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from functools import cache

from fsrs import Card, Rating, Scheduler

from ..model import Question


@cache
def _scheduler() -> Scheduler:
    return Scheduler(enable_fuzzing=False)


def review(card: Card | None, correct: bool, now: datetime) -> Card:
    """The card after answering its question right or wrong at ``now`` (a new card if ``None``)."""
    rating = Rating.Good if correct else Rating.Again
    updated, _ = _scheduler().review_card(card if card is not None else Card(), rating, now)
    return updated


def due_questions(questions: Sequence[Question], cards: Mapping[str, Card], now: datetime) -> list[Question]:
    """Questions to ask at ``now``: reviews that are due, the most overdue first, then the questions
    never asked, in the order given (best ranked first). Questions not due yet are left out."""
    due = sorted((q for q in questions if q.id in cards and cards[q.id].due <= now), key=lambda q: cards[q.id].due)
    new = [q for q in questions if q.id not in cards]
    return due + new


def next_due(questions: Sequence[Question], cards: Mapping[str, Card]) -> datetime | None:
    """When the next of these questions falls due, if any has been asked."""
    dues = [cards[q.id].due for q in questions if q.id in cards]
    return min(dues) if dues else None


def describe_wait(due: datetime, now: datetime) -> str:
    """"now", "in 10 minutes", "in 3 hours", "in 4 days": how long until ``due``."""
    wait = due - now
    if wait <= timedelta(0):
        return "now"
    for unit, size in (("day", timedelta(days=1)), ("hour", timedelta(hours=1)), ("minute", timedelta(minutes=1))):
        if wait >= size:
            count = round(wait / size)
            return f"in {count} {unit}{'s' if count != 1 else ''}"
    return "in under a minute"
