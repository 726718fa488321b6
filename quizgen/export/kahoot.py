"""Kahoot's quiz spreadsheet (the columns of its xlsx import template), written with openpyxl.

Kahoot allows questions of at most 120 characters and answers of at most 75; a question that does
not fit is left out rather than cut mid-sentence, and the notes say how many.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from ..model import QuizSet
from ..question import MultipleChoice, TrueFalse
from .reproducible import fix_zip_dates

HEADER = ("Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
          "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
          "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one")
MAX_QUESTION = 120
MAX_ANSWER = 75
FIXED_TIME = dt.datetime(2000, 1, 1)


def kahoot_rows(quiz: QuizSet) -> tuple[list[tuple], list[str]]:
    rows = []
    too_long = 0
    for q in quiz.questions:
        if not isinstance(q, MultipleChoice | TrueFalse):
            continue
        options = list(q.options)
        text = q.statement if isinstance(q, TrueFalse) else q.stem
        if len(text) > MAX_QUESTION or any(len(o) > MAX_ANSWER for o in options):
            too_long += 1
            continue
        seconds = 20 if q.type == "true_false" else 30
        padded = options + [None] * (4 - len(options))
        rows.append((text, *padded, seconds, str(options.index(q.answer) + 1)))
    notes = []
    if too_long:
        notes.append(f"Kahoot: {too_long} questions longer than {MAX_QUESTION} characters (or with answers over "
                     f"{MAX_ANSWER}) left out")
    return rows, notes


def write_kahoot(quiz: QuizSet, path: Path) -> list[str]:
    rows, notes = kahoot_rows(quiz)
    book = Workbook()
    sheet = book.active
    sheet.title = "Kahoot"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                # openpyxl stores a string that starts with "=" as a formula; article text is never one
                cell.data_type = "s"
    for column, width in zip("ABCDEFG", (60, 30, 30, 30, 30, 12, 12)):
        sheet.column_dimensions[column].width = width
    # fixed document dates, so the same questions give the same file
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.save(path)
    fix_zip_dates(path)
    return notes
