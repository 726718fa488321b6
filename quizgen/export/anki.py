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

from ..model import QuizSet
from ..question import Cloze, Matching, MultipleChoice, Ordering, Question, ShortAnswer, TrueFalse
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


def _list(items, tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{html_text(i)}</li>" for i in items) + f"</{tag}>"


def _scrambled(question: Question, values) -> list[str]:
    """A stable shuffled order (the same as the worksheet's), so the card never shows the answer order."""
    return sorted(values, key=lambda v: hashlib.sha1(f"{question.id}|{v}".encode()).hexdigest())


def note_for(question: Question, quiz: QuizSet) -> genanki.Note:
    tags = [f"quizgen::{quiz.slug}", f"fact::{question.fact}", f"type::{question.type}",
            f"difficulty::{question.difficulty}"]
    tags = [t.replace(" ", "_") for t in tags]
    guid = genanki.guid_for(quiz.slug, question.fact_key, question.type)
    source = _source(question, quiz.title)
    q = question
    if isinstance(q, Cloze):
        text = anki_cloze(q.before, q.key, q.after, q.hint)
        return genanki.Note(model=CLOZE_MODEL, fields=[text, source], tags=tags, guid=guid)
    if isinstance(q, MultipleChoice):
        letter = "ABCDEFGH"[q.options.index(q.key)]
        answer = f"{letter}. {html_text(q.key)}"
        options = "<ol class=options>" + "".join(f"<li>{html_text(o)}</li>" for o in q.options) + "</ol>"
        return genanki.Note(model=MCQ_MODEL, fields=[html_text(q.stem), options, answer, source], tags=tags, guid=guid)
    if isinstance(q, TrueFalse):
        front = f"True or false?<br>{html_text(q.statement)}"
        return genanki.Note(model=BASIC_MODEL, fields=[front, q.answer, source], tags=tags, guid=guid)
    if isinstance(q, ShortAnswer):
        return genanki.Note(model=BASIC_MODEL, fields=[html_text(q.stem), html_text(q.key), source],
                            tags=tags, guid=guid)
    if isinstance(q, Matching):
        # both sides on the front: the left-hand items numbered, the right-hand ones lettered and scrambled
        rights = _scrambled(q, [b for _, b in q.pairs])
        front = (html_text(q.instruction) + _list([a for a, _ in q.pairs], "ol")
                 + "<ol type=A>" + "".join(f"<li>{html_text(b)}</li>" for b in rights) + "</ol>")
        back = "<ul>" + "".join(f"<li>{html_text(a)} — {html_text(b)}</li>" for a, b in q.pairs) + "</ul>"
        return genanki.Note(model=BASIC_MODEL, fields=[front, back, source], tags=tags, guid=guid)
    assert isinstance(q, Ordering)
    front = html_text(q.instruction) + _list(_scrambled(q, q.items))
    return genanki.Note(model=BASIC_MODEL, fields=[front, _list(q.items, "ol"), source], tags=tags, guid=guid)


def build_package(quizzes: list[QuizSet], course: str | None = None) -> genanki.Package:
    decks = []
    for quiz in quizzes:
        name = f"{course}::{quiz.title}" if course else quiz.title
        deck = genanki.Deck(deck_id(name), name)
        for question in quiz.questions:
            deck.add_note(note_for(question, quiz))
        decks.append(deck)
    return genanki.Package(decks)


def write_apkg(quizzes: list[QuizSet], path: Path, timestamp: float, course: str | None = None) -> None:
    """Write the package to ``path`` reproducibly (same inputs and timestamp → same bytes)."""
    package = build_package(quizzes, course)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "collection.anki2")
        conn = sqlite3.connect(db_path)
        # a scratch file that is zipped and deleted: no need to wait for the disk after every statement
        # (the fsyncs were most of the write time; the file's bytes are the same)
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA journal_mode = MEMORY")
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
