"""Split an article's text into its metadata header, title and body (offsets stay into the text).

A metadata header is recognised and kept out of the body: YAML front matter (``---`` … ``---``) or
leading ``Title:``/``Source:``/``Date:`` lines; otherwise the first line is the title when a blank
line follows it (a ``# Heading`` too). Readers of converted formats (HTML, PDF, DOCX, Markdown)
write the metadata they find as header lines above the body with ``with_header``, so the text that
``quizgen extract --text`` prints is the text every offset points into.
"""

from __future__ import annotations

import re

from ..dates import parse_header_date
from ..model import Article
from .errors import IngestError

HEADER_KEYS = {"title", "source", "date", "author", "url", "published", "language", "licence", "license"}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):[ \t]*(.*)$")
MAX_TITLE_CHARS = 200


def with_header(body: str, metadata: dict[str, str]) -> str:
    """``Title: …`` lines (one line each, in a fixed order) above the body, when there are any."""
    order = ("title", "author", "date", "source")
    lines = [f"{key.capitalize()}: {' '.join(metadata[key].split())}" for key in order if metadata.get(key, "").strip()]
    return "\n".join(lines) + "\n\n" + body if lines else body


def parse_article(text: str, path: str = "<text>", **details: str | None) -> Article:
    """Split decoded text into header, title and body (offsets stay into ``text``)."""
    metadata, body_start = _front_matter(text) or _header_lines(text) or ({}, 0)
    title = metadata.get("title") or None
    if title is None:
        title, body_start = _title_line(text, body_start)
    body_end = len(text.rstrip())
    while body_start < body_end and text[body_start].isspace():
        body_start += 1
    if body_start >= body_end:
        raise IngestError(path, "contains no article text")
    date = parse_header_date(metadata.get("date") or metadata.get("published") or "")
    return Article(path=path, text=text, title=title, date=date, body_start=body_start,
                   body_end=body_end, metadata=metadata, **details)


def _front_matter(text: str) -> tuple[dict[str, str], int] | None:
    match = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text, re.S)
    if not match:
        return None
    metadata = {}
    for line in match.group(1).splitlines():
        m = _HEADER_LINE.match(line)
        if m:
            metadata[m.group(1).strip().lower()] = _unquote(m.group(2).strip())
    return metadata, match.end()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _header_lines(text: str) -> tuple[dict[str, str], int] | None:
    metadata: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        m = _HEADER_LINE.match(line.rstrip("\r\n"))
        if not m or m.group(1).strip().lower() not in HEADER_KEYS:
            break
        metadata[m.group(1).strip().lower()] = m.group(2).strip()
        pos += len(line)
    return (metadata, pos) if metadata else None


def _title_line(text: str, start: int) -> tuple[str | None, int]:
    """The first line is a title when a blank line follows it (``# Title`` in Markdown)."""
    while start < len(text) and text[start] in "\r\n":
        start += 1
    line_end = text.find("\n", start)
    if line_end < 0:
        return None, start
    line = text[start:line_end].strip()
    rest = text[line_end + 1:]
    if not rest.strip():
        return None, start  # a one-line text is all body: a title alone would leave nothing to ask about
    follows_blank = rest.lstrip(" \t").startswith(("\n", "\r\n")) or not rest.strip()
    is_heading = line.startswith("#")
    if line and (follows_blank or is_heading) and len(line) <= MAX_TITLE_CHARS:
        return line.lstrip("#").strip() or None, line_end + 1
    return None, start
