"""PDF to prose with pypdf: text in reading order, page furniture dropped, paragraphs rebuilt.

pypdf's layout mode lays each page out top to bottom with a blank line where the page has a
vertical gap, which is what paragraphs need (its plain mode runs paragraphs together). Then:
running headers and footers (a line that recurs at the top or bottom of pages, numbers aside) and
page numbers are dropped, a word hyphenated at a line end is joined again, and each paragraph's
lines are joined into one line. A PDF with no text layer (a scan) is an error that says so.
pdfminer.six was measured too (tools/compare_readers.py): same text on our samples, 5-10x slower.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from pathlib import Path

from .errors import IngestError

_PAGE_NUMBER = re.compile(r"^\W*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\W*$", re.I)
_HYPHEN_AT_END = re.compile(r"([a-zà-ÿ]{2,})[-\u00ad]$")
_PAGE_BREAK = "\f"
_FURNITURE_LINES = 2  # lines at the top and at the bottom of a page that may be running headers/footers


def pdf_to_text(raw: bytes, path: str | Path) -> tuple[str, dict[str, str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs damage it works around ("EOF marker not found") to stderr; our error says it in one line
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(path, "is a password-protected PDF; quizgen cannot read it")
        pages = [_page_lines(page.extract_text(extraction_mode="layout")) for page in reader.pages]
        info = reader.metadata or {}
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise IngestError(path, f"is not a readable PDF ({exc})") from None
    if not pages:
        raise IngestError(path, "is a PDF with no pages")
    if not any(line.strip() for lines in pages for line in lines):
        raise IngestError(path, "is a PDF with no text layer (a scan or images only); "
                                "run OCR on it first (e.g. ocrmypdf) or copy the text out")
    body = paragraphs_from_pages(pages)
    metadata = {"title": str(info.get("/Title") or "").strip(), "author": str(info.get("/Author") or "").strip()}
    first, _, rest = body.partition("\n\n")
    if metadata["title"] and " ".join(first.split()).casefold() == " ".join(metadata["title"].split()).casefold():
        body = rest  # the title printed on the first page is the title, not body text
    return body, {k: v for k, v in metadata.items() if v}


def _page_lines(text: str) -> list[str]:
    # layout mode pads with spaces to keep columns; the prose only needs the words
    return [" ".join(line.split()) for line in text.splitlines()]


def paragraphs_from_pages(pages: list[list[str]]) -> str:
    """Drop running headers/footers and page numbers, join hyphenated words and paragraph lines."""
    furniture = _running_lines(pages)
    lines: list[str] = []
    for page in pages:
        content = [line for line in page if line]
        top, bottom = content[:_FURNITURE_LINES], content[-_FURNITURE_LINES:]
        kept = [line for line in page
                if not ((line in top or line in bottom) and (_PAGE_NUMBER.match(line) or _shape(line) in furniture))]
        while kept and not kept[0]:
            kept.pop(0)  # the gap under a dropped header is not a paragraph break
        while kept and not kept[-1]:
            kept.pop()
        lines += kept
        lines.append(_PAGE_BREAK)
    return _join_paragraphs(lines)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines that recur at the top or bottom of at least half the pages (two at least)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        content = [line for line in page if line]
        seen.update({_shape(line) for line in content[:_FURNITURE_LINES] + content[-_FURNITURE_LINES:]})
    return {shape for shape, count in seen.items() if count >= max(2, len(pages) / 2)}


def _join_paragraphs(lines: list[str]) -> str:
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line or line == _PAGE_BREAK:
            # a blank line on a page ends a paragraph; a page break only after a finished sentence
            if current and (line != _PAGE_BREAK or _ends_sentence(current)):
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif (match := _HYPHEN_AT_END.search(current)) and line[:1].islower():
            current = current[:match.end(1)] + line
        else:
            current = f"{current} {line}"
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs) + "\n"


def _ends_sentence(text: str) -> bool:
    """A page break after a finished sentence (or a short heading-like line) ends the paragraph;
    after an unfinished one the paragraph goes on on the next page."""
    return text.rstrip()[-1:] in ".!?:;\"'”’)" or len(text.split()) <= 12
