"""The plain, immutable data that flows through quizgen's pipeline.

ingest → Article → annotate → Document → extract → [Fact] → build → [Question] → exporters.
Every stage is a pure function over these dataclasses; only ingest and the exporters do I/O.
Offsets are always character offsets into ``Article.text``: the file's text exactly as read
(after decoding), header and title included, so ``text[start:end]`` recovers any span.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .question import Question
    from .questions.select import Rejection

FactKind = Literal["person", "organization", "place", "number", "date"]
FACT_KINDS: tuple[str, ...] = ("person", "organization", "place", "number", "date")
# How a date relates to its clause's event (see quizgen/facts/patterns/date_relations.toml).
DATE_RELATIONS: tuple[str, ...] = ("time", "since", "until", "by", "before", "after", "span", "comparison",
                                   "relative", "modifier")
ENTITY_LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "LOC", "NORP", "DATE", "TIME",
    "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL",
)


@dataclass(frozen=True)
class Article:
    """A source file after ingest: its full text and where the article body lies in it."""

    path: str
    text: str
    title: str | None
    date: str | None  # ISO date of publication when the header gives one
    body_start: int
    body_end: int
    metadata: dict[str, str] = field(default_factory=dict)
    source_format: str = "text"  # text, markdown, html, pdf or docx: what the reader converted from
    encoding: str | None = None  # how the bytes were decoded ("UTF-8", "Windows-1252 (detected)"), if text

    @property
    def body(self) -> str:
        return self.text[self.body_start:self.body_end]


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text with its annotation. ``head`` is the index in ``Document.tokens`` of the
    word it depends on (a sentence's root points to itself); ``dep`` is the Universal Dependencies
    relation to it ("nsubj", "obl:tmod", …; "root" for the root)."""

    text: str
    start: int
    end: int
    tag: str = ""  # Penn Treebank part of speech
    lemma: str = ""
    head: int = -1  # -1 until the parser has run
    dep: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first_token: int  # index into Document.tokens
    last_token: int  # one past the last token


@dataclass(frozen=True, slots=True)
class Entity:
    """A named or numeric expression of the text. After the pipeline's "names" component, a PERSON,
    ORG or LOC entity is a name as the facts use it: cleaned of titles, determiners and possessives,
    with one label per name in the whole document; ``score`` is then the share of the document's
    evidence for that label and ``alternatives`` the share of each other label."""

    text: str
    label: str
    start: int
    end: int
    score: float = 1.0
    # where it comes from: "model", "rule" or "gazetteer" (the recogniser); "guess" (a capitalised
    # phrase the recogniser missed) or "acronym" (the phrase a parenthesised acronym stands for)
    source: str = "model"
    alternatives: tuple[tuple[str, float], ...] = ()
    name: str = ""  # PERSON/ORG/LOC: the fullest form of the name this mention is a form of ("Tokayev" → "Kassym-Jomart Tokayev")
    acronym: str = ""  # ORG: the short form the text defines for the name in parentheses ("Human Rights Watch (HRW)")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of tokens: ``Document.tokens[first:last]``, with its character offsets."""

    text: str
    start: int
    end: int
    first: int
    last: int
    root: int = -1  # the token whose head lies outside the span (noun chunks)


@dataclass(frozen=True, slots=True)
class Reference:
    """A pronoun or a definite description ("the company") and the named mention it refers to."""

    mention: Span
    antecedent: Span
    confidence: float
    entity_label: str = ""  # the antecedent's entity label, when it is a named entity


@dataclass(frozen=True)
class Document:
    """An annotated text: one object that every later stage reads (after spaCy's Doc).

    Pipeline components (``quizgen.nlp.PIPELINE``) each return a copy with more filled in."""

    text: str
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    noun_chunks: tuple[Span, ...] = ()
    references: tuple[Reference, ...] = ()
    start: int = 0  # the annotated part of ``text``
    end: int = -1

    def span(self, first: int, last: int, root: int = -1) -> Span:
        """The tokens ``first:last`` as a ``Span``."""
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        return Span(self.text[start:end], start, end, first, last, root)

    def sentence_of(self, token_index: int) -> Sentence:
        return self.sentences[self.sentence_index(token_index)]

    def sentence_index(self, token_index: int) -> int:
        """The index in ``sentences`` of the sentence that holds token ``token_index``."""
        return bisect.bisect_right(self._sentence_firsts, token_index) - 1

    @functools.cached_property
    def _sentence_firsts(self) -> list[int]:
        return [s.first_token for s in self.sentences]

    def children(self, token_index: int) -> list[int]:
        """Indices of the tokens whose head is ``token_index``, in text order."""
        return self._children.get(token_index, [])

    @functools.cached_property
    def _children(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i, token in enumerate(self.tokens):
            if token.head >= 0 and token.head != i:
                out.setdefault(token.head, []).append(i)
        return out

    def head_of(self, first: int, last: int) -> int:
        """The token of ``tokens[first:last]`` that attaches the phrase to the rest of its sentence."""
        for k in range(first, last):
            head = self.tokens[k].head
            if head == k or not first <= head < last:
                return k
        return last - 1

    def subtree(self, token_index: int) -> tuple[int, int]:
        """(first, one past last) token of the phrase headed by ``token_index`` (projective trees)."""
        first = last = token_index
        stack = [token_index]
        while stack:
            for child in self.children(stack.pop()):
                first, last = min(first, child), max(last, child)
                stack.append(child)
        return first, last + 1

    def reference_at(self, token_index: int) -> Reference | None:
        """The resolved reference whose mention covers ``token_index``, if any."""
        return self._reference_index.get(token_index)

    @functools.cached_property
    def _reference_index(self) -> dict[int, Reference]:
        index: dict[int, Reference] = {}
        for ref in self.references:
            for k in range(ref.mention.first, ref.mention.last):
                index.setdefault(k, ref)
        return index

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices (first, one past last) of the tokens covering the characters ``start:end``."""
        first = bisect.bisect_right(self._token_starts, start) - 1
        last = bisect.bisect_left(self._token_starts, end)
        return max(first, 0), max(last, first + 1)

    @functools.cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact or question comes from, with its offsets in the article text."""

    sentence: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Statement:
    """A self-contained statement made from the clause a mention stands in (subject resolved, side
    clauses and connectives left out), with where the mention's text lies in it."""

    text: str
    answer_start: int
    answer_end: int
    question: str = ""  # a wh-question whose answer is the mention ("When did Ada Lind marry Tomas Berg?")
    resolved: bool = False  # a name was put in for a pronoun, a description or a shared subject

    def __post_init__(self) -> None:
        if not 0 <= self.answer_start < self.answer_end <= len(self.text):
            raise ValueError(f"answer span {self.answer_start}:{self.answer_end} outside statement {self.text!r}")

    @property
    def answer(self) -> str:
        return self.text[self.answer_start:self.answer_end]


@dataclass(frozen=True)
class Mention:
    """Where a fact's answer text occurs in the article (absolute offsets)."""

    text: str
    start: int
    end: int
    evidence: Evidence
    statement: Statement | None = None  # the clause it stands in, made self-contained; None when it cannot be
    standalone: bool = True  # its sentence names everyone it speaks of (no unresolved "he", "this book")


@dataclass(frozen=True)
class Fact:
    """One fact. Which fields matter depends on ``kind``; ``to_json`` emits the public schema."""

    kind: FactKind
    name: str = ""  # person, organization, place
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    text: str = ""  # number, date: the expression as written
    value: float | None = None
    unit: str | None = None
    counts: str | None = None
    iso: str | None = None
    event: str | None = None
    relation: str | None = None  # date: "time" when it is the time of ``event``; else "since", "span", "modifier" …
    mentions: tuple[Mention, ...] = ()
    role_mentions: tuple[Mention, ...] = ()  # where each role is stated, parallel to ``roles``

    def __post_init__(self) -> None:
        # A fact that cannot be asked about honestly must not exist: check it when it is built.
        if self.kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {self.kind!r}")
        if self.kind in ("person", "organization", "place"):
            if not self.name.strip():
                raise ValueError(f"a {self.kind} fact needs a name")
        elif not self.text.strip():
            raise ValueError(f"a {self.kind} fact needs the text it was written as")
        if self.value is not None and not math.isfinite(self.value):
            raise ValueError(f"number {self.text!r}: value {self.value} is not a finite number")
        if self.role_mentions and len(self.role_mentions) != len(self.roles):
            raise ValueError(f"{self.name}: one role mention per role")
        if self.relation is not None and self.relation not in DATE_RELATIONS:
            raise ValueError(f"date {self.text!r}: unknown relation {self.relation!r}")

    @property
    def label(self) -> str:
        """The answer text a question about this fact uses."""
        return self.name or self.text

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        seen: dict[tuple[int, int], Evidence] = {}
        for mention in self.mentions:
            seen.setdefault((mention.evidence.start, mention.evidence.end), mention.evidence)
        return tuple(seen.values())

    @functools.cached_property  # (read a million times by the question checks of a long text; a hash each)
    def key(self) -> str:
        """A stable content key: the same fact in a re-processed article gets the same key."""
        if self.kind in ("person", "organization", "place"):
            return f"{self.kind}:{self.name}"
        # A number or date is told apart by its sentence, not its offset: an edit elsewhere in the
        # article must not change it (Anki GUIDs and question ids derive from this key).
        sentence = self.mentions[0].evidence.sentence if self.mentions else ""
        digest = hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:10]
        return f"{self.kind}:{self.text}:{digest}"

    def to_json(self) -> dict:
        evidence = [e.to_json() for e in self.evidence]
        if self.kind == "person":
            return {"kind": "person", "name": self.name, "aliases": list(self.aliases),
                    "roles": list(self.roles), "evidence": evidence}
        if self.kind == "organization":
            return {"kind": "organization", "name": self.name, "aliases": list(self.aliases),
                    "evidence": evidence}
        if self.kind == "place":
            return {"kind": "place", "name": self.name, "evidence": evidence}
        if self.kind == "number":
            value = self.value
            if value is not None and float(value).is_integer():
                value = int(value)
            return {"kind": "number", "text": self.text, "value": value, "unit": self.unit,
                    "counts": self.counts, "evidence": evidence}
        return {"kind": "date", "text": self.text, "iso": self.iso, "event": self.event,
                "relation": self.relation, "evidence": evidence}


@dataclass(frozen=True)
class PersonFact(Fact):
    """A person: name, other forms of the name (aliases) and the roles the text states."""

    kind: FactKind = "person"


@dataclass(frozen=True)
class OrganizationFact(Fact):
    kind: FactKind = "organization"


@dataclass(frozen=True)
class PlaceFact(Fact):
    kind: FactKind = "place"


@dataclass(frozen=True)
class NumberFact(Fact):
    """A number: the text as written, its value, its unit or counted noun, and what it counts."""

    kind: FactKind = "number"


@dataclass(frozen=True)
class DateFact(Fact):
    """A date: as written, as ISO, the event of its clause and how the date relates to it."""

    kind: FactKind = "date"


FACT_CLASSES: dict[str, type[Fact]] = {"person": PersonFact, "organization": OrganizationFact, "place": PlaceFact,
                                       "number": NumberFact, "date": DateFact}


@dataclass(frozen=True)
class QuizSet:
    """Everything exporters need about one article: where it came from and its questions."""

    article: Article
    facts: tuple[Fact, ...]
    questions: tuple[Question, ...]
    rejected: tuple[Rejection, ...] = ()  # candidates left out, with the reasons (``--explain``)

    @property
    def title(self) -> str:
        return self.article.title or Path(self.article.path).stem

    @property
    def slug(self) -> str:
        """The file-name stem of every output: the article's file name, or its title for stdin and URLs."""
        stem = Path(self.article.path).stem if _is_file_name(self.article.path) else (self.article.title or "article")
        slug = "".join(c if c.isalnum() or c in "-_." else "-" for c in stem).strip("-.")
        return "-".join(part for part in slug.split("-") if part)[:80] or "article"


def _is_file_name(path: str) -> bool:
    return bool(path) and path not in ("-", "<stdin>") and "://" not in path


def __getattr__(name: str):
    """``Question`` and ``QUESTION_TYPES`` live in quizgen.question (one class per kind); kept
    importable from here for code written against the single Question class."""
    if name in ("Question", "QUESTION_TYPES", "QuestionError"):
        from . import question

        return getattr(question, name)
    raise AttributeError(name)
