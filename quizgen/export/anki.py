"""Anki package (.apkg) export with genanki.

Note types have fixed ids and field names that never change, and every note's GUID derives from
its question's content key, so re-importing a rebuilt deck updates notes (keeping review history)
instead of adding duplicates. The package is byte-identical for the same input: notes carry the
build timestamp given (SOURCE_DATE_EPOCH or the articles' modification time) and the zip entries a
fixed date.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import genanki

from ..model import Question, QuizSet
from .escape import anki_cloze, html_text
from .reproducible import FIXED_DATE

CSS = """.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: #111;
  background: #fff; max-width: 40em; margin: 0 auto; }
.cloze { font-weight: bold; color: #1a5fb4; }
.source { font-size: 14px; color: #555; margin-top: 1em; }
ol.options { list-style: upper-alpha; }
.correct { font-weight: bold; color: #26a269; }
"""

CLOZE_MODEL = genanki.Model(
    1607392319001, "quizgen Cloze",
    fields=[{"name": "Text"}, {"name": "Back Extra"}],
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<div class=source>{{Back Extra}}</div>"}],
    css=CSS, model_type=genanki.Model.CLOZE,
)
MCQ_MODEL = genanki.Model(
    1607392319002, "quizgen Multiple Choice",
    fields=[{"name": "Question"}, {"name": "Options"}, {"name": "Answer"}, {"name": "Source"}],
    templates=[{"name": "Multiple choice", "qfmt": "{{Question}}<br>{{Options}}",
                "afmt": "{{Question}}<hr id=answer><div class=correct>{{Answer}}</div><div class=source>{{Source}}</div>"}],
    css=CSS,
)
BASIC_MODEL = genanki.Model(
    1607392319003, "quizgen Basic",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Back}}<div class=source>{{Source}}</div>"}],
    css=CSS,
)


def deck_id(name: str) -> int:
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16) | (1 << 30)


def _source(question: Question, title: str) -> str:
    sentences = "<br>".join(html_text(e.sentence) for e in question.evidence)
    return f"{sentences}<br><i>{html_text(title)}</i>"


def note_for(question: Question, quiz: QuizSet) -> genanki.Note | None:
    tags = [f"quizgen::{quiz.slug}", f"fact::{question.fact}", f"type::{question.type}",
            f"difficulty::{question.difficulty}"]
    tags = [t.replace(" ", "_") for t in tags]
    guid = genanki.guid_for(quiz.slug, question.fact_key, question.type)
    source = _source(question, quiz.title)
    if question.type == "cloze":
        return genanki.Note(model=CLOZE_MODEL, fields=[anki_cloze(*question.cloze_parts), source], tags=tags, guid=guid)
    if question.type == "mcq":
        options = "".join(f"<li>{html_text(o)}</li>" for o in question.options)
        letter = "ABCDEFGH"[question.options.index(question.answer)]
        answer = f"{letter}. {html_text(question.answer)}"
        return genanki.Note(model=MCQ_MODEL, fields=[html_text(question.prompt), f"<ol class=options>{options}</ol>",
                                                     answer, source], tags=tags, guid=guid)
    if question.type == "true_false":
        return genanki.Note(model=BASIC_MODEL, fields=[html_text(question.prompt), question.answer, source],
                            tags=tags, guid=guid)
    if question.type == "short_answer":
        return genanki.Note(model=BASIC_MODEL, fields=[html_text(question.prompt), html_text(question.answer), source],
                            tags=tags, guid=guid)
    if question.type == "matching":
        front = html_text(question.prompt) + "<ul>" + "".join(f"<li>{html_text(a)}</li>" for a, _ in question.pairs) + "</ul>"
        back = "<ul>" + "".join(f"<li>{html_text(a)} — {html_text(b)}</li>" for a, b in question.pairs) + "</ul>"
        return genanki.Note(model=BASIC_MODEL, fields=[front, back, source], tags=tags, guid=guid)
    if question.type == "ordering":
        shown = sorted(question.items, key=lambda item: hashlib.sha1(item.encode()).hexdigest())
        front = html_text(question.prompt) + "<ul>" + "".join(f"<li>{html_text(i)}</li>" for i in shown) + "</ul>"
        back = "<ol>" + "".join(f"<li>{html_text(i)}</li>" for i in question.items) + "</ol>"
        return genanki.Note(model=BASIC_MODEL, fields=[front, back, source], tags=tags, guid=guid)
    return None


def build_package(quizzes: list[QuizSet], course: str | None = None) -> genanki.Package:
    decks = []
    for quiz in quizzes:
        name = f"{course}::{quiz.title}" if course else quiz.title
        deck = genanki.Deck(deck_id(name), name)
        for question in quiz.questions:
            note = note_for(question, quiz)
            if note is not None:
                deck.add_note(note)
        decks.append(deck)
    return genanki.Package(decks)


def write_apkg(quizzes: list[QuizSet], path: Path, timestamp: float, course: str | None = None) -> None:
    """Write the package to ``path`` reproducibly (same inputs and timestamp → same bytes)."""
    package = build_package(quizzes, course)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "collection.anki2")
        conn = sqlite3.connect(db_path)
        cursor = conn.cursor()
        id_gen = iter(range(int(timestamp * 1000), int(timestamp * 1000) + 10_000_000))
        package.write_to_db(cursor, timestamp, id_gen)
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as outzip:
            info = zipfile.ZipInfo("collection.anki2", FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            outzip.writestr(info, Path(db_path).read_bytes())
            info = zipfile.ZipInfo("media", FIXED_DATE)
            outzip.writestr(info, "{}")
