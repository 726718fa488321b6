"""Read an article file into an ``Article``: decoded text, metadata header, title and body offsets.

Supported now: UTF-8 plain text and Markdown. A metadata header is recognised and kept out of the
body: YAML front matter (``---`` … ``---``) or leading ``Title:``/``Source:``/``Date:`` lines;
otherwise the first line is the title when a blank line follows it (a Markdown ``# Heading`` too).
"""

from __future__ import annotations

import re
from pathlib import Path

from .dates import parse_header_date
from .model import Article

TEXT_SUFFIXES = {"", ".txt", ".text", ".md", ".markdown", ".mdown"}
LATER_SUFFIXES = {".html", ".htm", ".pdf", ".docx", ".doc", ".odt", ".rtf", ".epub"}
HEADER_KEYS = {"title", "source", "date", "author", "url", "published", "language", "licence", "license"}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):[ \t]*(.*)$")
MAX_TITLE_CHARS = 200


class IngestError(ValueError):
    """The file cannot be read as an article; ``str()`` is a one-line message naming the file."""

    def __init__(self, path: str | Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def read_article(path: str | Path) -> Article:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in LATER_SUFFIXES:
        raise IngestError(path, f"{suffix[1:].upper()} files are not supported yet; save the article as UTF-8 text or Markdown")
    if suffix not in TEXT_SUFFIXES:
        raise IngestError(path, f"unsupported file type {suffix!r}; quizgen reads UTF-8 text (.txt) and Markdown (.md)")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except IsADirectoryError:
        raise IngestError(path, "is a directory, not an article file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot be read ({exc.strerror or exc})") from None
    return parse_article(decode(raw, path), str(path))


def decode(raw: bytes, path: str | Path = "<text>") -> str:
    if b"\x00" in raw[:4096]:
        raise IngestError(path, "looks like a binary file, not UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(path, f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                                "re-save it as UTF-8") from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_article(text: str, path: str = "<text>") -> Article:
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
                   body_end=body_end, metadata=metadata)


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
    follows_blank = rest.lstrip(" \t").startswith(("\n", "\r\n")) or not rest.strip()
    is_heading = line.startswith("#")
    if line and (follows_blank or is_heading) and len(line) <= MAX_TITLE_CHARS:
        return line.lstrip("#").strip() or None, line_end + 1
    return None, start
