"""An interactive quiz in the terminal with questionary: multiple choice, true/false and typed
answers (cloze and short answer), with feedback after each question and a score at the end."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TextIO

import questionary

from ..grading import is_correct
from ..model import Question, QuizSet

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


def run_quiz(quiz: QuizSet, limit: int | None = 10, out: TextIO = sys.stdout) -> QuizResult:
    if not sys.stdin.isatty():
        raise NotATerminalError("the quiz is interactive: run it in a terminal (stdin is not a terminal)")
    questions = [q for q in quiz.questions if q.type in ASKABLE][:limit]
    correct = asked = 0
    print(f"{quiz.title}: {len(questions)} questions. Ctrl-C to stop.\n", file=out)
    try:
        for number, question in enumerate(questions, 1):
            print(f"Question {number} of {len(questions)}", file=out)
            response = _ask(question)
            if response is None:
                break
            asked += 1
            if is_correct(question, response):
                correct += 1
                print("✓ Correct.", file=out)
            else:
                print(f"✗ The answer is: {question.answer}", file=out)
            print(f"  Source: {question.evidence[0].sentence}\n", file=out)
    except KeyboardInterrupt:
        print("\nStopped.", file=out)
    print(f"Score: {correct}/{asked}", file=out)
    return QuizResult(asked, correct)
