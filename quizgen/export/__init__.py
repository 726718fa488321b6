"""Output formats. ``write_outputs`` renders every requested file first and only then moves them
into place, so a failure leaves nothing half-written in the output folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..model import QuizSet
from .anki import write_apkg
from .markdown import render_markdown

AVAILABLE = ("apkg", "md")
PLANNED = ("csv", "html", "pdf", "docx", "gift", "aiken", "qti", "kahoot", "blackboard")
DEFAULT_FORMATS = ("apkg", "md")


class ExportError(ValueError):
    pass


def parse_formats(spec: str) -> tuple[str, ...]:
    names = [n.strip().lower() for n in spec.split(",") if n.strip()]
    if names == ["all"]:
        return AVAILABLE
    for name in names:
        if name in PLANNED:
            raise ExportError(f"format {name!r} is not available yet; available formats: {', '.join(AVAILABLE)}")
        if name not in AVAILABLE:
            raise ExportError(f"unknown format {name!r}; available formats: {', '.join(AVAILABLE)}")
    if not names:
        raise ExportError("no output format given")
    return tuple(dict.fromkeys(names))


def build_timestamp(quizzes: list[QuizSet]) -> float:
    """Note timestamps for Anki: SOURCE_DATE_EPOCH when set (reproducible builds), else the newest
    article's modification time, so a rebuilt deck of an edited article is newer and updates."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return float(os.environ["SOURCE_DATE_EPOCH"])
    times = [Path(q.article.path).stat().st_mtime for q in quizzes if Path(q.article.path).exists()]
    return float(int(max(times))) if times else 0.0


def planned_files(quizzes: list[QuizSet], out_dir: Path, formats: tuple[str, ...],
                  course: str | None = None) -> list[tuple[Path, Callable[[Path], None]]]:
    """(destination, writer) pairs: one Anki package for all articles, one worksheet per article."""
    jobs: list[tuple[Path, Callable[[Path], None]]] = []
    if "apkg" in formats:
        name = quizzes[0].slug if len(quizzes) == 1 and not course else _slug(course or "quizgen")
        deck_course = course if (course or len(quizzes) > 1) else None
        if len(quizzes) > 1 and not deck_course:
            deck_course = "quizgen"
        timestamp = build_timestamp(quizzes)
        jobs.append((out_dir / f"{name}.apkg", lambda p: write_apkg(quizzes, p, timestamp, deck_course)))
    for quiz in quizzes:
        if "md" in formats:
            jobs.append((out_dir / f"{quiz.slug}.md", lambda p, q=quiz: p.write_text(render_markdown(q), encoding="utf-8")))
    return jobs


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name.strip().lower()).strip("-") or "quizgen"


def write_outputs(quizzes: list[QuizSet], out_dir: str | Path, formats: tuple[str, ...] = DEFAULT_FORMATS,
                  course: str | None = None) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = planned_files(quizzes, out_dir, formats, course)
    written: list[tuple[Path, Path]] = []
    try:
        for destination, writer in jobs:
            fd, tmp = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp", dir=out_dir)
            os.close(fd)
            written.append((Path(tmp), destination))
            writer(Path(tmp))
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, destination in written:
        os.chmod(tmp, 0o644)
        os.replace(tmp, destination)
    return [destination for _, destination in written]
