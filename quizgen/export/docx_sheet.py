"""The worksheet as an editable Word document (python-docx): questions, then the key on a new page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

from ..model import QuizSet
from .reproducible import fix_zip_dates
from .worksheet import KEY_FOLLOWS, LETTERS, sections

FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def write_docx(quiz: QuizSet, path: Path, version: str | None = None) -> None:
    doc = Document()
    title = quiz.title + (f" — version {version}" if version else "")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Name: ______________________    Date: ____________")
    doc.add_paragraph(KEY_FOLLOWS)
    parts = sections(quiz)
    for section in parts:
        doc.add_heading(section.title, level=2)
        doc.add_paragraph(section.instructions).runs[0].italic = True
        for item in section.items:
            q = item.question
            doc.add_paragraph(f"{item.number}. {item.text}")
            if q.type == "mcq":
                for k, option in enumerate(q.options):
                    doc.add_paragraph(f"{LETTERS[k]}. {option}", style="List")
            elif q.type == "true_false":
                doc.add_paragraph("T  /  F", style="List")
            elif q.type in ("cloze", "short_answer"):
                doc.add_paragraph("Answer: ________________________________", style="List")
            elif q.type == "matching":
                table = doc.add_table(rows=0, cols=2)
                for n, ((left, _), right) in enumerate(zip(q.pairs, item.scrambled), 1):
                    cells = table.add_row().cells
                    cells[0].text = f"{n}. {left}  ____"
                    cells[1].text = f"{LETTERS[n - 1]}. {right}"
            elif q.type == "ordering":
                for entry in item.scrambled:
                    doc.add_paragraph(f"____ {entry}", style="List")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Answer key" + (f" — version {version}" if version else ""), level=2)
    for section in parts:
        for item in section.items:
            paragraph = doc.add_paragraph(f"{item.number}. ")
            paragraph.add_run(item.key_text()).bold = True
            sources = " / ".join(e.sentence for e in item.question.evidence)
            doc.add_paragraph(f"Source: {sources}", style="List")
    props = doc.core_properties
    props.title = title
    props.author = "quizgen"
    props.created = props.modified = FIXED_TIME
    props.last_modified_by = "quizgen"
    props.revision = 1
    doc.save(str(path))
    fix_zip_dates(path)
