"""An interactive quiz in the terminal with questionary: multiple choice, true/false and typed
answers (cloze and short answer), with feedback after each question and a score at the end.

With a review store, the quiz is spaced repetition: it asks what is due and what is new, records
every answer, and says when each question comes back (quizgen.quiz.schedule)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TextIO

import questionary

from ..grading import is_correct
from ..model import QuizSet
from ..question import Question
from ..question import same_text as norm
from .schedule import describe_wait, due_questions, next_due, review
from .store import ReviewStore

ASKABLE = ("mcq", "true_false", "cloze", "short_answer")


class NotATerminalError(RuntimeError):
    pass


@dataclass(frozen=True)
class QuizResult:
    asked: int
    correct: int


def _ask(question: Question) -> str | None:
    if question.type in ("mcq", "true_false"):
        return questionary.select(question.prompt, choices=list(question.options)).unsafe_ask()
    return questionary.text(question.prompt).unsafe_ask()


def source_is_safe(question: Question, later: list[Question]) -> bool:
    """The source sentence shown after an answer must not answer a question still to come."""
    sentence = f" {norm(question.evidence[0].sentence)} "
    return not any(f" {norm(hidden)} " in sentence for q in later for hidden in q.hidden if norm(hidden))


def _utc_now() -> datetime:
    return datetime.now(UTC)


def run_quiz(quiz: QuizSet, limit: int | None = 10, out: TextIO = sys.stdout, store: ReviewStore | None = None,
             clock: Callable[[], datetime] = _utc_now) -> QuizResult:
    """Ask up to ``limit`` questions. Without a store, the best-ranked ones; with one, those due
    for review and then new ones, recording each answer as it is given."""
    if not sys.stdin.isatty():
        raise NotATerminalError("the quiz is interactive: run it in a terminal (stdin is not a terminal)")
    askable = [q for q in quiz.questions if q.type in ASKABLE]
    cards = store.cards(q.id for q in askable) if store is not None else {}
    questions = (due_questions(askable, cards, clock()) if store is not None else askable)[:limit]
    if not questions and (store is None or not askable):
        print(f"{quiz.title}: no questions of these types to ask.", file=out)
        return QuizResult(0, 0)
    if not questions:
        upcoming = next_due(askable, cards)
        when = f" The next review is due {describe_wait(upcoming, clock())}." if upcoming else ""
        print(f"{quiz.title}: nothing is due for review.{when}", file=out)
        return QuizResult(0, 0)
    correct = asked = 0
    print(f"{quiz.title}: {len(questions)} questions. Ctrl-C to stop.\n", file=out)
    try:
        for number, question in enumerate(questions, 1):
            print(f"Question {number} of {len(questions)}", file=out)
            response = _ask(question)
            if response is None:
                break
            asked += 1
            right = is_correct(question, response)
            correct += right
            print("✓ Correct." if right else f"✗ The answer is: {question.answer}", file=out)
            later = questions[number:]
            if source_is_safe(question, later):
                print(f"  Source: {question.evidence[0].sentence}", file=out)
            if store is not None:
                now = clock()
                card = review(cards.get(question.id), right, now)
                cards[question.id] = card
                store.record(question.id, quiz.article.path or quiz.title, card, right, now)
                print(f"  Next review: {describe_wait(card.due, now)}", file=out)
            print(file=out)
    except KeyboardInterrupt:
        print("\nStopped.", file=out)
    print(f"Score: {correct}/{asked}", file=out)
    return QuizResult(asked, correct)
