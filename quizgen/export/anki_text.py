"""Text files for Anki's importer (with its header lines) and for Quizlet (term, definition)."""

from __future__ import annotations

import csv
import io

from ..model import QuizSet
from .anki import note_for
from .escape import html_cell, spreadsheet_cell


def render_anki_tsv(quiz: QuizSet, deck: str | None = None) -> str:
    """Tab-separated notes that Anki's File → Import reads without questions: the header lines set
    the separator, HTML, note type, deck, and the tags and GUID columns (GUIDs match the .apkg)."""
    out = io.StringIO()
    # One deck per file; the note type varies per row (Cloze or Basic), so it gets a column.
    out.write(f"#separator:tab\n#html:true\n#deck:{' '.join((deck or quiz.title).split())}\n"
              "#guid column:1\n#notetype column:2\n#tags column:5\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for q in quiz.questions:
        note = note_for(q, quiz)
        if note is None:
            continue
        # Anki's stock note types, present in every collection: Cloze (Text, Back Extra), Basic (Front, Back)
        fields = note.fields
        if q.type == "cloze":
            kind, front, back = "Cloze", fields[0], fields[1]
        elif q.type == "mcq":  # Question, Options, Answer, Source
            kind, front, back = "Basic", f"{fields[0]}<br>{fields[1]}", f"{fields[2]}<br>{fields[3]}"
        else:  # Front, Back, Source
            kind, front, back = "Basic", fields[0], f"{fields[1]}<br>{fields[2]}"
        writer.writerow([note.guid, kind, html_cell(front), html_cell(back), " ".join(note.tags)])
    return out.getvalue()


def render_quizlet_tsv(quiz: QuizSet) -> str:
    """Quizlet's import: one "term<TAB>definition" card per line, nothing else."""
    lines = []
    for q in quiz.questions:
        if q.type in ("mcq", "short_answer", "cloze", "true_false"):
            term, definition = (spreadsheet_cell(" ".join(t.replace("\t", " ").split())) for t in (q.prompt, q.answer))
            lines.append(f"{term}\t{definition}")
    return "\n".join(lines) + "\n"
