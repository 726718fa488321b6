"""Output formats. ``write_outputs`` renders every requested file first and only then moves them
into place, so a failure leaves nothing half-written in the output folder.

    apkg        one Anki package for all articles (subdecks COURSE::Title when several)
    csv         <slug>.anki.tsv (Anki's text importer, with header lines) and <slug>.quizlet.tsv
    md, html, pdf, docx   the worksheet with its answer key (one per version with --versions)
    gift, aiken           Moodle question imports
    qti                   QTI 1.2 zip for Canvas
    kahoot                Kahoot's xlsx quiz template
    blackboard            Blackboard Learn's tab-separated question upload
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, QuizSet
from .anki import write_apkg
from .anki_text import render_anki_tsv, render_quizlet_tsv
from .docx_sheet import write_docx
from .files import ExportError, OutputError, prepare_folder, write_all
from .html import render_html
from .kahoot import write_kahoot
from .lms import render_aiken, render_blackboard, render_gift
from .markdown import render_markdown
from .pdf import write_pdf
from .qti import write_qti
from .worksheet import version_letter, version_of

AVAILABLE = ("apkg", "csv", "md", "html", "pdf", "docx", "gift", "aiken", "qti", "kahoot", "blackboard")
WORKSHEETS = ("md", "html", "pdf", "docx")
DEFAULT_FORMATS = ("apkg", "md")
MAX_VERSIONS = 26
__all__ = ["AVAILABLE", "DEFAULT_FORMATS", "BuildResult", "ExportError", "OutputError", "parse_formats", "write_outputs"]

Writer = Callable[[Path], "list[str] | None"]


@dataclass
class BuildResult:
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what a format had to leave out, and why


def parse_formats(spec: str) -> tuple[str, ...]:
    names = [n.strip().lower() for n in spec.split(",") if n.strip()]
    if names == ["all"]:
        return AVAILABLE
    if not names:
        raise ExportError("no output format given")
    for name in names:
        if name not in AVAILABLE:
            raise ExportError(f"unknown format {name!r}; available formats: {', '.join(AVAILABLE)}, or all")
    return tuple(dict.fromkeys(names))


def build_timestamp(quizzes: list[QuizSet]) -> float:
    """Note timestamps for Anki: SOURCE_DATE_EPOCH when set (reproducible builds), else the newest
    article's modification time, so a rebuilt deck of an edited article is newer and updates."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return float(os.environ["SOURCE_DATE_EPOCH"])
    times = [Path(q.article.path).stat().st_mtime for q in quizzes if Path(q.article.path).exists()]
    return float(int(max(times))) if times else 0.0


def _text_writer(render: Callable[[], str | tuple[str, list[str]]]) -> Writer:
    def write(path: Path) -> list[str]:
        result = render()
        text, notes = result if isinstance(result, tuple) else (result, [])
        path.write_text(text, encoding="utf-8")
        return notes
    return write


def _worksheet_jobs(quiz: QuizSet, name: str, out_dir: Path, fmt: str, versions: int, seed: int) -> list[tuple[Path, Writer]]:
    jobs: list[tuple[Path, Writer]] = []
    for index in range(versions):
        letter = version_letter(index) if versions > 1 else None
        sheet = version_of(quiz, index, seed)
        stem = f"{name}-{letter}" if letter else name
        if fmt == "md":
            jobs.append((out_dir / f"{stem}.md", _text_writer(lambda s=sheet, v=letter: render_markdown(s, v))))
        elif fmt == "html":
            jobs.append((out_dir / f"{stem}.html", _text_writer(lambda s=sheet, v=letter: render_html(s, v))))
        elif fmt == "pdf":
            jobs.append((out_dir / f"{stem}.pdf", lambda p, s=sheet, v=letter: write_pdf(s, p, v)))
        elif fmt == "docx":
            jobs.append((out_dir / f"{stem}.docx", lambda p, s=sheet, v=letter: write_docx(s, p, v)))
    return jobs


def unique_names(quizzes: list[QuizSet]) -> list[str]:
    """Each article's file-name stem; two articles with the same file name (a/notes.txt, b/notes.txt)
    get notes and notes-2 rather than one overwriting the other's files."""
    names: list[str] = []
    taken: set[str] = set()
    for quiz in quizzes:
        name, n = quiz.slug, 1
        while name.lower() in taken:
            n += 1
            name = f"{quiz.slug}-{n}"
        taken.add(name.lower())
        names.append(name)
    return names


def combined_quiz(quizzes: list[QuizSet], title: str) -> QuizSet:
    """One worksheet for several articles (--combine): every article's questions, in article order."""
    article = Article(path="", text="", title=title, date=None, body_start=0, body_end=0)
    return QuizSet(article=article, facts=tuple(f for q in quizzes for f in q.facts),
                   questions=tuple(question for q in quizzes for question in q.questions))


def planned_files(quizzes: list[QuizSet], out_dir: Path, formats: tuple[str, ...], course: str | None = None,
                  versions: int = 1, seed: int = 0, combine: bool = False) -> list[tuple[Path, Writer]]:
    jobs: list[tuple[Path, Writer]] = []
    names = unique_names(quizzes)
    if "apkg" in formats:
        deck_course = course or ("quizgen" if len(quizzes) > 1 else None)
        name = names[0] if deck_course is None else _slug(deck_course)
        timestamp = build_timestamp(quizzes)
        jobs.append((out_dir / f"{name}.apkg", lambda p: write_apkg(quizzes, p, timestamp, deck_course)))
    if combine and len(quizzes) > 1:
        title = course or "Combined worksheet"
        sheet = combined_quiz(quizzes, title)
        for fmt in formats:
            if fmt in WORKSHEETS:
                jobs += _worksheet_jobs(sheet, _slug(course or "combined"), out_dir, fmt, versions, seed)
    for quiz, name in zip(quizzes, names):
        deck = f"{course}::{quiz.title}" if course else None
        for fmt in formats:
            if fmt in WORKSHEETS:
                if not (combine and len(quizzes) > 1):
                    jobs += _worksheet_jobs(quiz, name, out_dir, fmt, versions, seed)
            elif fmt == "csv":
                jobs.append((out_dir / f"{name}.anki.tsv", _text_writer(lambda q=quiz, d=deck: render_anki_tsv(q, d))))
                jobs.append((out_dir / f"{name}.quizlet.tsv", _text_writer(lambda q=quiz: render_quizlet_tsv(q))))
            elif fmt == "gift":
                jobs.append((out_dir / f"{name}.gift.txt", _text_writer(lambda q=quiz: render_gift(q))))
            elif fmt == "aiken":
                jobs.append((out_dir / f"{name}.aiken.txt", _text_writer(lambda q=quiz: render_aiken(q))))
            elif fmt == "blackboard":
                jobs.append((out_dir / f"{name}.blackboard.txt", _text_writer(lambda q=quiz: render_blackboard(q))))
            elif fmt == "qti":
                jobs.append((out_dir / f"{name}.qti.zip", lambda p, q=quiz: write_qti(q, p)))
            elif fmt == "kahoot":
                jobs.append((out_dir / f"{name}.kahoot.xlsx", lambda p, q=quiz: write_kahoot(q, p)))
    return jobs


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name.strip().lower()).strip("-") or "quizgen"


def write_outputs(quizzes: list[QuizSet], out_dir: str | Path, formats: tuple[str, ...] = DEFAULT_FORMATS,
                  course: str | None = None, versions: int = 1, seed: int = 0, combine: bool = False) -> BuildResult:
    """Write every requested file, atomically (see quizgen.export.files). Raises ExportError or
    OutputError with a one-line message; on any failure nothing new is left in ``out_dir``."""
    if not 1 <= versions <= MAX_VERSIONS:
        raise ExportError(f"--versions must be between 1 and {MAX_VERSIONS}")
    if not quizzes:
        raise ExportError("no articles to write")
    out_dir = Path(out_dir)
    prepare_folder(out_dir)
    jobs = planned_files(quizzes, out_dir, formats, course, versions, seed, combine)
    files, notes = write_all(jobs, out_dir)
    return BuildResult(files=files, notes=notes)
