"""The question kinds: one frozen dataclass per kind, each with its own fields, checked when built.

A question that breaks its kind's rules (an MCQ whose key is not exactly one of its options, a
matching item with two equal sides, a cloze with nothing around its blank) cannot exist: the
constructor raises ``QuestionError``, and the builders report the candidate as rejected.

Exporters read the fields (``stem``, ``statement``, ``pairs``, ``items`` …) and never parse the
wording of a prompt. ``prompt`` is only the text a learner sees in a plain listing.

A stem may come from a sentence of the article (a blank in place of the answer) or from a
self-contained statement built from the parse (a wh-question such as "When did … ?"): the kinds
hold the text, not how it was made.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from .model import Evidence

BLANK = "_____"
DIFFICULTIES = ("easy", "medium", "hard")


class QuestionError(ValueError):
    """A question that breaks the rules of its kind."""


@functools.lru_cache(maxsize=1 << 16)  # the set checks compare the same few hundred texts thousands of times
def same_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used to tell two texts apart (the grader's)."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    # thousands separators go first: "7,600" is the number 7600, never "7 600"
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    text = re.sub(r"[^\w\s%.$-]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise QuestionError(message)


def _distinct(values: list[str]) -> bool:
    forms = [same_text(v) for v in values]
    return all(forms) and len(set(forms)) == len(forms)


def _as_sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text[-1:] in ".?!\"\u201d)" else text + "."


@dataclass(frozen=True, kw_only=True)
class BaseQuestion:
    """What every kind has: a stable id, what it asks about, and the sentences it comes from."""

    type: ClassVar[str] = ""
    title: ClassVar[str] = ""  # as people call the kind
    id: str
    fact: str  # the kind of fact asked about: person, organization, place, number, date
    evidence: tuple[Evidence, ...]
    score: float
    difficulty: str = "medium"
    fact_key: str = ""  # stable content key of what is asked (Anki GUIDs derive from it)
    fact_keys: tuple[str, ...] = ()  # the facts (Fact.key) this question asks about

    def __post_init__(self) -> None:
        _require(bool(self.id), "a question needs an id")
        _require(bool(self.evidence), "a question needs the sentence it comes from")
        _require(self.difficulty in DIFFICULTIES, f"difficulty must be one of {', '.join(DIFFICULTIES)}")
        self.check()

    def check(self) -> None:
        """The kind's own rules (raise QuestionError)."""

    @property
    def prompt(self) -> str:
        raise NotImplementedError

    @property
    def answer(self) -> str:
        raise NotImplementedError

    @property
    def shown(self) -> tuple[str, ...]:
        """Every text a learner sees before answering (stem, statement, options, items)."""
        return (self.prompt,)

    @property
    def hidden(self) -> tuple[str, ...]:
        """The texts a learner has to come up with: what another question of the set must not show."""
        return (self.answer,)

    def _json(self) -> dict:
        return {}

    def to_json(self) -> dict:
        data: dict = {"id": self.id, "type": self.type, "prompt": self.prompt, "answer": self.answer}
        data.update(self._json())
        data["fact"] = self.fact
        many = len(self.evidence) > 1 or self.type in ("matching", "ordering")
        data["evidence"] = [e.to_json() for e in self.evidence] if many else self.evidence[0].to_json()
        data["score"] = round(self.score, 3)
        data["difficulty"] = self.difficulty
        data["fact_keys"] = list(self.fact_keys)
        return data


@dataclass(frozen=True, kw_only=True)
class Cloze(BaseQuestion):
    """A sentence with one blank: ``before`` + answer + ``after``. ``hint`` (Anki's cloze hint,
    "year", "place" …) says what kind of answer the blank wants when the slot alone would not."""

    type: ClassVar[str] = "cloze"
    title: ClassVar[str] = "cloze"
    key: str
    before: str
    after: str
    hint: str = ""
    accepted: tuple[str, ...] = ()  # other answers a grader takes (a surname, a number without separators)

    def check(self) -> None:
        _require(bool(self.key.strip()), "a cloze needs an answer")
        _require(bool((self.before + self.after).strip()), "a cloze needs text around its blank")
        _require(BLANK not in self.before + self.after, "a cloze has one blank only")

    @property
    def answer(self) -> str:
        return self.key

    @property
    def stem(self) -> str:
        """The sentence as a learner sees it, with the blank (and the hint, if any)."""
        hint = f" ({self.hint})" if self.hint else ""
        return _as_sentence(self.before + BLANK + hint + self.after)

    @property
    def prompt(self) -> str:
        return self.stem

    @property
    def cloze(self) -> str:
        """Anki's cloze syntax: ``{{c1::answer}}`` or ``{{c1::answer::hint}}`` in the sentence."""
        hint = f"::{self.hint}" if self.hint else ""
        return f"{self.before}{{{{c1::{self.key}{hint}}}}}{self.after}"

    @property
    def cloze_parts(self) -> tuple[str, str, str]:
        return self.before, self.key, self.after

    def _json(self) -> dict:
        return {"cloze": self.cloze, "stem": self.stem, "hint": self.hint, "accepted": list(self.accepted)}


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(BaseQuestion):
    """A stem (a question or a sentence with a blank) and options, exactly one of them the key."""

    type: ClassVar[str] = "mcq"
    title: ClassVar[str] = "multiple choice"
    stem: str
    key: str
    options: tuple[str, ...]

    def check(self) -> None:
        _require(bool(self.stem.strip()), "a multiple-choice question needs a stem")
        _require(len(self.options) >= 3, "a multiple-choice question needs at least 3 options")
        _require(_distinct(list(self.options)), "the options of a multiple-choice question must differ")
        _require([same_text(o) for o in self.options].count(same_text(self.key)) == 1,
                 "the key must be exactly one of the options")
        _require(self.key in self.options, "the key must be written as its option is")

    @property
    def answer(self) -> str:
        return self.key

    @property
    def prompt(self) -> str:
        return self.stem

    @property
    def shown(self) -> tuple[str, ...]:
        return (self.stem, *self.options)

    def _json(self) -> dict:
        return {"options": list(self.options), "stem": self.stem}


@dataclass(frozen=True, kw_only=True)
class TrueFalse(BaseQuestion):
    """A statement and whether the article makes it true. A false statement is the article's with
    one answer swapped for another of the same kind: ``original`` is what the article says there."""

    type: ClassVar[str] = "true_false"
    title: ClassVar[str] = "true/false"
    statement: str
    truth: bool
    original: str = ""  # false statements: the article's text that was replaced
    replacement: str = ""  # false statements: what replaced it

    options: ClassVar[tuple[str, str]] = ("True", "False")

    def check(self) -> None:
        _require(len(self.statement.split()) >= 3, "a true/false statement needs a full sentence")
        _require(self.truth or bool(self.original and self.replacement),
                 "a false statement says what it changed")
        _require(same_text(self.original) != same_text(self.replacement) or self.truth,
                 "a false statement must change something")

    @property
    def answer(self) -> str:
        return "True" if self.truth else "False"

    @property
    def prompt(self) -> str:
        return f"True or false? {self.statement}"

    @property
    def shown(self) -> tuple[str, ...]:
        return (self.statement,)

    @property
    def hidden(self) -> tuple[str, ...]:
        # a false statement hides what the article really says; a true one hides nothing
        return () if self.truth else (self.original,)

    def _json(self) -> dict:
        return {"options": list(self.options), "statement": self.statement}


@dataclass(frozen=True, kw_only=True)
class ShortAnswer(BaseQuestion):
    """A question answered in a word or a short phrase: a wh-question, or a sentence with a blank."""

    type: ClassVar[str] = "short_answer"
    title: ClassVar[str] = "short answer"
    stem: str
    key: str
    accepted: tuple[str, ...] = ()

    def check(self) -> None:
        _require(bool(self.key.strip()), "a short-answer question needs an answer")
        _require(len(self.stem.split()) >= 4, "a short-answer question needs a full stem")
        _require(self.stem.count(BLANK) <= 1, "a short-answer question has one blank at most")

    @property
    def answer(self) -> str:
        return self.key

    @property
    def prompt(self) -> str:
        return f"Fill in the blank: {self.stem}" if BLANK in self.stem else self.stem

    def _json(self) -> dict:
        return {"accepted": list(self.accepted), "stem": self.stem}


@dataclass(frozen=True, kw_only=True)
class Matching(BaseQuestion):
    """Left-hand items, each to be matched with its right-hand item."""

    type: ClassVar[str] = "matching"
    title: ClassVar[str] = "matching"
    instruction: str
    pairs: tuple[tuple[str, str], ...]

    def check(self) -> None:
        _require(len(self.pairs) >= 3, "matching needs at least 3 pairs")
        _require(all(len(p) == 2 for p in self.pairs), "a matching pair has two sides")
        _require(_distinct([a for a, _ in self.pairs]) and _distinct([b for _, b in self.pairs]),
                 "matching needs distinct items on each side")

    @property
    def answer(self) -> str:
        return "; ".join(f"{a}: {b}" for a, b in self.pairs)

    @property
    def prompt(self) -> str:
        return self.instruction

    @property
    def shown(self) -> tuple[str, ...]:
        return (self.instruction, *(a for a, _ in self.pairs), *(b for _, b in self.pairs))

    @property
    def hidden(self) -> tuple[str, ...]:
        return ()  # what is hidden is which goes with which (see questions.select)

    def _json(self) -> dict:
        return {"pairs": [list(p) for p in self.pairs]}


@dataclass(frozen=True, kw_only=True)
class Ordering(BaseQuestion):
    """Items to put in order; ``items`` holds them in the right order."""

    type: ClassVar[str] = "ordering"
    title: ClassVar[str] = "ordering"
    instruction: str
    items: tuple[str, ...]

    def check(self) -> None:
        _require(len(self.items) >= 3, "ordering needs at least 3 items")
        _require(_distinct(list(self.items)), "ordering needs distinct items")

    @property
    def answer(self) -> str:
        return " \u2192 ".join(self.items)

    @property
    def prompt(self) -> str:
        return self.instruction

    @property
    def shown(self) -> tuple[str, ...]:
        return (self.instruction, *self.items)

    @property
    def hidden(self) -> tuple[str, ...]:
        return ()

    def _json(self) -> dict:
        return {"items": list(self.items)}


Question = Cloze | MultipleChoice | TrueFalse | ShortAnswer | Matching | Ordering
# Every kind, registered once: its name as written in files and on the command line → its class.
KINDS: dict[str, type[BaseQuestion]] = {k.type: k for k in (Cloze, MultipleChoice, TrueFalse, ShortAnswer,
                                                             Matching, Ordering)}
QUESTION_TYPES: tuple[str, ...] = tuple(KINDS)
TYPED_ANSWER = ("cloze", "short_answer")  # kinds answered by typing, graded by quizgen.grading
