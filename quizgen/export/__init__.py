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
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import QuizSet
from .anki import write_apkg
from .anki_text import render_anki_tsv, render_quizlet_tsv
from .docx_sheet import write_docx
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

Writer = Callable[[Path], "list[str] | None"]


class ExportError(ValueError):
    pass


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


def _worksheet_jobs(quiz: QuizSet, out_dir: Path, fmt: str, versions: int, seed: int) -> list[tuple[Path, Writer]]:
    jobs: list[tuple[Path, Writer]] = []
    for index in range(versions):
        letter = version_letter(index) if versions > 1 else None
        sheet = version_of(quiz, index, seed)
        name = f"{quiz.slug}-{letter}" if letter else quiz.slug
        if fmt == "md":
            jobs.append((out_dir / f"{name}.md", _text_writer(lambda s=sheet, v=letter: render_markdown(s, v))))
        elif fmt == "html":
            jobs.append((out_dir / f"{name}.html", _text_writer(lambda s=sheet, v=letter: render_html(s, v))))
        elif fmt == "pdf":
            jobs.append((out_dir / f"{name}.pdf", lambda p, s=sheet, v=letter: write_pdf(s, p, v)))
        elif fmt == "docx":
            jobs.append((out_dir / f"{name}.docx", lambda p, s=sheet, v=letter: write_docx(s, p, v)))
    return jobs


def planned_files(quizzes: list[QuizSet], out_dir: Path, formats: tuple[str, ...], course: str | None = None,
                  versions: int = 1, seed: int = 0) -> list[tuple[Path, Writer]]:
    jobs: list[tuple[Path, Writer]] = []
    if "apkg" in formats:
        deck_course = course or ("quizgen" if len(quizzes) > 1 else None)
        name = quizzes[0].slug if deck_course is None else _slug(deck_course)
        timestamp = build_timestamp(quizzes)
        jobs.append((out_dir / f"{name}.apkg", lambda p: write_apkg(quizzes, p, timestamp, deck_course)))
    for quiz in quizzes:
        deck = f"{course}::{quiz.title}" if course else None
        for fmt in formats:
            if fmt in WORKSHEETS:
                jobs += _worksheet_jobs(quiz, out_dir, fmt, versions, seed)
            elif fmt == "csv":
                jobs.append((out_dir / f"{quiz.slug}.anki.tsv", _text_writer(lambda q=quiz, d=deck: render_anki_tsv(q, d))))
                jobs.append((out_dir / f"{quiz.slug}.quizlet.tsv", _text_writer(lambda q=quiz: render_quizlet_tsv(q))))
            elif fmt == "gift":
                jobs.append((out_dir / f"{quiz.slug}.gift.txt", _text_writer(lambda q=quiz: render_gift(q))))
            elif fmt == "aiken":
                jobs.append((out_dir / f"{quiz.slug}.aiken.txt", _text_writer(lambda q=quiz: render_aiken(q))))
            elif fmt == "blackboard":
                jobs.append((out_dir / f"{quiz.slug}.blackboard.txt", _text_writer(lambda q=quiz: render_blackboard(q))))
            elif fmt == "qti":
                jobs.append((out_dir / f"{quiz.slug}.qti.zip", lambda p, q=quiz: write_qti(q, p)))
            elif fmt == "kahoot":
                jobs.append((out_dir / f"{quiz.slug}.kahoot.xlsx", lambda p, q=quiz: write_kahoot(q, p)))
    return jobs


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name.strip().lower()).strip("-") or "quizgen"


def write_outputs(quizzes: list[QuizSet], out_dir: str | Path, formats: tuple[str, ...] = DEFAULT_FORMATS,
                  course: str | None = None, versions: int = 1, seed: int = 0) -> BuildResult:
    if not 1 <= versions <= MAX_VERSIONS:
        raise ExportError(f"--versions must be between 1 and {MAX_VERSIONS}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = planned_files(quizzes, out_dir, formats, course, versions, seed)
    result = BuildResult()
    written: list[tuple[Path, Path]] = []
    try:
        for destination, writer in jobs:
            fd, tmp = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp", dir=out_dir)
            os.close(fd)
            written.append((Path(tmp), destination))
            for note in writer(Path(tmp)) or []:
                result.notes.append(f"{destination.name}: {note}")
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, destination in written:
        os.chmod(tmp, 0o644)
        os.replace(tmp, destination)
        result.files.append(destination)
    return result
