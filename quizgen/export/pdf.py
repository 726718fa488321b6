"""The worksheet as a PDF (fpdf2) with an embedded Unicode font (DejaVu Sans, shipped in
quizgen/export/fonts), so every character of any article prints correctly."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from fpdf import FPDF

from ..model import QuizSet
from .worksheet import LETTERS, sections

FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _pdf(title: str) -> FPDF:
    pdf = FPDF(format="A4")
    fonts = resources.files("quizgen.export") / "fonts"
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_title(title)
    pdf.set_author("quizgen")
    pdf.set_creator("quizgen")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    return pdf


def _text(pdf: FPDF, text: str, size: float = 11, bold: bool = False, indent: float = 0, gap: float = 1.5) -> None:
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def key_pages(first: int, last: int) -> str:
    """Where the key is, as the sheet's first lines say: "on page 3", "on pages 3–5"."""
    return f"on page {first}" if first == last else f"on pages {first}\u2013{last}"


def render_pdf(quiz: QuizSet, version: str | None = None) -> bytes:
    """The sheet says on which pages its key is: the first rendering finds out, the second says it
    (the pages cannot move, as the sentence is the same length either way to within a line)."""
    pages = "after the questions"
    for _ in range(3):
        data, first, last = _render(quiz, version, pages)
        if key_pages(first, last) == pages:
            return data
        pages = key_pages(first, last)
    return data


def _render(quiz: QuizSet, version: str | None, pages: str) -> tuple[bytes, int, int]:
    title = quiz.title + (f" — version {version}" if version else "")
    pdf = _pdf(title)
    _text(pdf, title, size=16, bold=True, gap=3)
    _text(pdf, "Name: ______________________    Date: ____________")
    _text(pdf, f"Answer every question from the article. The answer key is {pages}.", gap=4)
    parts = sections(quiz)
    for section in parts:
        _text(pdf, section.title, size=13, bold=True)
        _text(pdf, section.instructions, size=10, gap=2)
        for item in section.items:
            q = item.question
            _text(pdf, f"{item.number}. {item.text}", gap=1)
            if q.type == "mcq":
                for k, option in enumerate(q.options):
                    _text(pdf, f"{LETTERS[k]}. {option}", indent=8, gap=0.5)
            elif q.type == "true_false":
                _text(pdf, "T  /  F", indent=8)
            elif q.type in ("cloze", "short_answer"):
                _text(pdf, "Answer: ____________________________________", indent=8)
            elif q.type == "matching":
                for n, (left, _) in enumerate(q.pairs, 1):
                    _text(pdf, f"{n}. {left}  ____", indent=8, gap=0.5)
                for k, right in enumerate(item.scrambled):
                    _text(pdf, f"{LETTERS[k]}. {right}", indent=8, gap=0.5)
            elif q.type == "ordering":
                for entry in item.scrambled:
                    _text(pdf, f"____ {entry}", indent=8, gap=0.5)
            pdf.ln(2)
    pdf.add_page()
    first = pdf.page_no()
    _text(pdf, "Answer key" + (f" — version {version}" if version else ""), size=14, bold=True, gap=3)
    for section in parts:
        for item in section.items:
            _text(pdf, f"{item.number}. {item.key_text()}", bold=True, gap=0.5)
            sources = " / ".join(e.sentence for e in item.question.evidence)
            _text(pdf, f"Source: {sources}", size=9, indent=6, gap=2)
    return bytes(pdf.output()), first, pdf.page_no()


def write_pdf(quiz: QuizSet, path: Path, version: str | None = None) -> None:
    path.write_bytes(render_pdf(quiz, version))
