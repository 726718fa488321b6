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
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, QuizSet
from .files import ExportError, OutputError, prepare_folder, write_all
from .formats import AVAILABLE, FORMATS, WORKSHEETS, Format, Writer
from .worksheet import version_letter, version_of


def _write_apkg(*args) -> None:
    from .anki import write_apkg  # (genanki, loaded only when a deck is written)

    write_apkg(*args)

DEFAULT_FORMATS = ("apkg", "md")
MAX_VERSIONS = 26
__all__ = ["AVAILABLE", "DEFAULT_FORMATS", "FORMATS", "WORKSHEETS", "BuildResult", "ExportError", "OutputError", "parse_formats",
           "preload", "write_outputs"]

# The module that writes each format (imported when the format is first written; ``preload``
# imports them sooner).
WRITER_MODULES = {"apkg": ".anki", "csv": ".anki_text", "md": ".markdown", "html": ".html", "pdf": ".pdf",
                  "docx": ".docx_sheet", "gift": ".lms", "aiken": ".lms", "qti": ".qti", "kahoot": ".kahoot",
                  "blackboard": ".lms"}


def preload(formats: tuple[str, ...]) -> None:
    """Import the writers of ``formats`` (and their libraries: genanki, fpdf, python-docx …) now: a
    command does it while the parser loads in its helper on another core, so that writing, after
    the parse, does not wait for the imports (0.05 s for the default formats)."""
    import importlib

    for module in dict.fromkeys(WRITER_MODULES[name] for name in formats):
        importlib.import_module(module, __package__)


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


def _worksheet_jobs(quiz: QuizSet, name: str, out_dir: Path, fmt: Format, versions: int,
                    seed: int) -> list[tuple[Path, Writer]]:
    jobs: list[tuple[Path, Writer]] = []
    for index in range(versions):
        letter = version_letter(index) if versions > 1 else None
        sheet = version_of(quiz, index, seed)
        stem = f"{name}-{letter}" if letter else name
        assert fmt.files is not None
        jobs += [(out_dir / f"{stem}{suffix}", writer) for suffix, writer in fmt.files(sheet, letter, None)]
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
    combined = combine and len(quizzes) > 1
    for fmt in (FORMATS[name] for name in formats):
        if fmt.scope == "package":  # the Anki deck: one file, a subdeck per article
            deck_course = course or ("quizgen" if len(quizzes) > 1 else None)
            name = names[0] if deck_course is None else _slug(deck_course)
            timestamp = build_timestamp(quizzes)
            jobs.append((out_dir / f"{name}.apkg",
                         lambda p, t=timestamp, c=deck_course: _write_apkg(quizzes, p, t, c)))
        elif fmt.scope == "worksheet" and combined:
            sheet = combined_quiz(quizzes, course or "Combined worksheet")
            jobs += _worksheet_jobs(sheet, _slug(course or "combined"), out_dir, fmt, versions, seed)
        elif fmt.scope == "worksheet":
            for quiz, name in zip(quizzes, names):
                jobs += _worksheet_jobs(quiz, name, out_dir, fmt, versions, seed)
        else:
            for quiz, name in zip(quizzes, names):
                deck = f"{course}::{quiz.title}" if course else None
                assert fmt.files is not None
                jobs += [(out_dir / f"{name}{suffix}", _noting(fmt, quiz, writer))
                         for suffix, writer in fmt.files(fmt.carried(quiz), None, deck)]
    return jobs


def _noting(fmt: Format, quiz: QuizSet, writer: Writer) -> Writer:
    """The writer, with the note of what ``fmt`` had to leave out of ``quiz`` (from the format table)."""
    def write(path: Path) -> list[str]:
        notes = list(writer(path) or [])
        left_out = fmt.left_out_note(quiz)
        return ([left_out] if left_out else []) + notes
    return write


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
