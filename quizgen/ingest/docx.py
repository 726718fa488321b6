"""Word (.docx) to prose with python-docx: paragraphs in document order, headings as their own
paragraphs, the Title style (or the document's title property) as the title.

Tables are left out unless a cell holds real sentences: a table of key facts ("Founded | 1892")
has no sentence for a question to quote, and flattened rows read as nonsense.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .errors import IngestError

_MIN_SENTENCE_WORDS = 8


def docx_to_text(raw: bytes, path: str | Path) -> tuple[str, dict[str, str]]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path, f"is not a readable Word (.docx) document ({exc})") from None
    metadata = {"title": (document.core_properties.title or "").strip(),
                "author": (document.core_properties.author or "").strip()}
    # the creation date is not used as a publication date: it is when the file was made (Word's
    # own template says 2013), and a wrong date would resolve "last year" wrongly
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            style = (block.style.name if block.style is not None else "") or ""
            if text and style == "Title" and not blocks:
                metadata["title"] = " ".join(text.split())
            elif text:
                blocks.append(text)
        elif isinstance(block, Table):
            blocks += _sentences_in_table(block)
    return "\n\n".join(blocks) + "\n", {k: v for k, v in metadata.items() if v}


def _sentences_in_table(table) -> list[str]:
    cells = []
    for row in table.rows:
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if len(text.split()) >= _MIN_SENTENCE_WORDS and text[-1:] in ".!?" and text not in cells:
                cells.append(text)
    return cells
