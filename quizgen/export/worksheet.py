"""The printable worksheet as a format-neutral outline that every worksheet exporter renders.

Questions are grouped by kind in a fixed order and numbered across the sheet; options are lettered;
ordering items are shown shuffled and matching sides scrambled (deterministically), and the answer
key gives each answer with its source sentence.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace

from ..model import QuizSet
from ..question import Matching, MultipleChoice, Ordering, Question, TrueFalse

SECTION_ORDER = ("mcq", "true_false", "cloze", "short_answer", "matching", "ordering")
SECTION_TITLES = {
    "mcq": "Multiple choice", "true_false": "True or false", "cloze": "Fill in the blanks",
    "short_answer": "Short answer", "matching": "Matching", "ordering": "Put in order",
}
SECTION_INSTRUCTIONS = {
    "mcq": "Circle the letter of the one correct answer.",
    "true_false": "Write T if the statement is true according to the article, F if it is false.",
    "cloze": "Write the missing word or words on the line.",
    "short_answer": "Answer in a word or a short phrase.",
    "matching": "Write the letter of the matching item beside each number.",
    "ordering": "Number the items from 1 (earliest) onwards.",
}
LETTERS = "ABCDEFGHIJKLMNOP"
KEY_FOLLOWS = "Answer every question from the article. The answer key follows the questions, on a new page."


@dataclass(frozen=True)
class Item:
    number: int
    question: Question

    @property
    def text(self) -> str:
        """What the sheet prints for the question (its section title says what kind it is)."""
        q = self.question
        if isinstance(q, TrueFalse):
            return q.statement
        if isinstance(q, Matching | Ordering):
            return q.instruction
        return q.stem  # multiple choice, cloze, short answer

    @property
    def scrambled(self) -> list[str]:
        """Right-hand side of a matching question, or ordering items, in a stable shuffled order."""
        values = [b for _, b in self.question.pairs] if self.question.type == "matching" else list(self.question.items)
        return sorted(values, key=lambda v: hashlib.sha1(f"{self.question.id}|{v}".encode()).hexdigest())

    def key_text(self) -> str:
        q = self.question
        if q.type == "mcq":
            return f"{LETTERS[q.options.index(q.answer)]}. {q.answer}"
        if q.type == "matching":
            order = self.scrambled
            return "; ".join(f"{n}–{LETTERS[order.index(b)]}" for n, (_, b) in enumerate(q.pairs, 1))
        if q.type == "ordering":
            return " → ".join(q.items)
        return q.answer


@dataclass(frozen=True)
class Section:
    kind: str
    title: str
    instructions: str
    items: tuple[Item, ...]


def sections(quiz: QuizSet) -> list[Section]:
    out = []
    number = 1
    for kind in SECTION_ORDER:
        questions = [q for q in quiz.questions if q.type == kind]
        if not questions:
            continue
        items = []
        for q in questions:
            items.append(Item(number, q))
            number += 1
        out.append(Section(kind, SECTION_TITLES[kind], SECTION_INSTRUCTIONS[kind], tuple(items)))
    return out



def version_letter(index: int) -> str:
    return LETTERS[index]


def version_of(quiz: QuizSet, index: int, seed: int = 0) -> QuizSet:
    """Version A, B, C… of a worksheet: the same questions, in another order, options reshuffled.
    Deterministic for a seed; version A keeps the ranked order."""
    if index == 0:
        return quiz
    rng = random.Random(f"{seed}|version|{index}")
    questions = list(quiz.questions)
    rng.shuffle(questions)
    shuffled = []
    for q in questions:
        if isinstance(q, MultipleChoice):
            options = list(q.options)
            rng.shuffle(options)
            q = replace(q, options=tuple(options))
        shuffled.append(q)
    return replace(quiz, questions=tuple(shuffled))
