"""Every output format, registered once: its name, the question kinds it carries, and its files.

A format that cannot hold a kind (Aiken: multiple choice only) declares so here; the questions of
other kinds are left out of its files and the note saying so comes from this table, not from the
renderer. Adding a format is one entry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import QuizSet
from ..question import KINDS, QUESTION_TYPES


def _lazy(module: str, name: str) -> Callable:
    """A renderer imported when first called: listing the formats (``--help``) loads no fpdf, docx or
    openpyxl."""
    def call(*args, **kwargs):
        return getattr(importlib.import_module(module, __package__), name)(*args, **kwargs)
    return call


render_anki_tsv = _lazy(".anki_text", "render_anki_tsv")
render_quizlet_tsv = _lazy(".anki_text", "render_quizlet_tsv")
write_docx = _lazy(".docx_sheet", "write_docx")
render_html = _lazy(".html", "render_html")
write_kahoot = _lazy(".kahoot", "write_kahoot")
render_aiken = _lazy(".lms", "render_aiken")
render_blackboard = _lazy(".lms", "render_blackboard")
render_gift = _lazy(".lms", "render_gift")
render_markdown = _lazy(".markdown", "render_markdown")
write_pdf = _lazy(".pdf", "write_pdf")
write_qti = _lazy(".qti", "write_qti")

Writer = Callable[[Path], "list[str] | None"]
ALL_KINDS = frozenset(QUESTION_TYPES)


@dataclass(frozen=True)
class Format:
    """``files(quiz, stem, deck)`` gives the (path suffix, writer) pairs of one article's files.
    ``scope``: "article" (files per article), "worksheet" (per article or one combined, per version)
    or "package" (one file for all articles: the Anki deck, written by quizgen.export)."""

    name: str
    title: str  # as the notes name it
    kinds: frozenset[str]
    scope: str = "article"
    files: Callable[[QuizSet, str | None, str | None], list[tuple[str, Writer]]] | None = None

    def carried(self, quiz: QuizSet) -> QuizSet:
        """The quiz with only the questions this format can hold."""
        if self.kinds == ALL_KINDS:
            return quiz
        return replace(quiz, questions=tuple(q for q in quiz.questions if q.type in self.kinds))

    def left_out_note(self, quiz: QuizSet) -> str | None:
        left = [q.type for q in quiz.questions if q.type not in self.kinds]
        if not left:
            return None
        kinds = _listing([KINDS[k].title for k in QUESTION_TYPES if k in left])
        holds = _listing([KINDS[k].title for k in QUESTION_TYPES if k in self.kinds])
        return f"{self.title} holds {holds} questions only: {len(left)} {kinds} question(s) left out"


def _listing(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _text(render: Callable[[], str | tuple[str, list[str]]]) -> Writer:
    def write(path: Path) -> list[str]:
        result = render()
        text, notes = result if isinstance(result, tuple) else (result, [])
        path.write_text(text, encoding="utf-8")
        return notes
    return write


def _sheet(suffix: str, render_text: Callable[[QuizSet, str | None], str] | None = None,
           write_file: Callable[[QuizSet, Path, str | None], None] | None = None):
    """Worksheet files: ``quiz`` is one version of the sheet, ``version`` its letter."""
    def files(quiz: QuizSet, version: str | None, _deck: str | None) -> list[tuple[str, Writer]]:
        if render_text is not None:
            return [(suffix, _text(lambda: render_text(quiz, version)))]
        assert write_file is not None
        return [(suffix, lambda p: write_file(quiz, p, version))]
    return files


def _one(suffix: str, make: Callable[[QuizSet, str | None], Writer]):
    def files(quiz: QuizSet, _version: str | None, deck: str | None) -> list[tuple[str, Writer]]:
        return [(suffix, make(quiz, deck))]
    return files


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("apkg", "Anki", ALL_KINDS, scope="package"),
    Format("csv", "Anki/Quizlet text", ALL_KINDS, files=lambda q, _v, deck: [
        (".anki.tsv", _text(lambda: render_anki_tsv(q, deck))),
        (".quizlet.tsv", _text(lambda: render_quizlet_tsv(q)))]),
    Format("md", "Markdown worksheet", ALL_KINDS, "worksheet", _sheet(".md", render_text=render_markdown)),
    Format("html", "HTML worksheet", ALL_KINDS, "worksheet", _sheet(".html", render_text=render_html)),
    Format("pdf", "PDF worksheet", ALL_KINDS, "worksheet", _sheet(".pdf", write_file=write_pdf)),
    Format("docx", "Word worksheet", ALL_KINDS, "worksheet", _sheet(".docx", write_file=write_docx)),
    Format("gift", "GIFT", ALL_KINDS - {"ordering"},
           files=_one(".gift.txt", lambda q, _d: _text(lambda: render_gift(q)))),
    Format("aiken", "Aiken", frozenset({"mcq"}),
           files=_one(".aiken.txt", lambda q, _d: _text(lambda: render_aiken(q)))),
    Format("qti", "QTI 1.2", ALL_KINDS - {"ordering"},
           files=_one(".qti.zip", lambda q, _d: lambda p: write_qti(q, p))),
    Format("kahoot", "Kahoot", frozenset({"mcq", "true_false"}),
           files=_one(".kahoot.xlsx", lambda q, _d: lambda p: write_kahoot(q, p))),
    Format("blackboard", "Blackboard", ALL_KINDS,
           files=_one(".blackboard.txt", lambda q, _d: _text(lambda: render_blackboard(q)))),
)}
AVAILABLE: tuple[str, ...] = tuple(FORMATS)
WORKSHEETS: tuple[str, ...] = tuple(name for name, f in FORMATS.items() if f.scope == "worksheet")
