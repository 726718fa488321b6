"""Read an article from a file, a folder, stdin or bytes into an ``Article``.

One reader per format, chosen by what the bytes are (a web page saved as ``.txt`` is still a web
page), with the suffix as a tie-breaker between plain text and Markdown:

    text      any common encoding (quizgen.ingest.text), header lines and title (header)
    markdown  CommonMark rendered to prose (markdown)
    html      main content and metadata (html)
    pdf       text layer in reading order, page furniture dropped (pdf)
    docx      paragraphs and headings (docx)

Converted formats become plain text with their metadata as ``Title:``/``Author:``/``Date:`` lines
on top; ``Article.text`` is that text, and every offset points into it.
"""

from __future__ import annotations

import re
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..model import Article
from .errors import IngestError
from .header import parse_article, with_header
from .text import clean_text, decode

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "IngestError", "article_from_bytes", "decode",
           "expand_inputs", "parse_article", "read_article", "read_stdin"]

DEFAULT_MAX_BYTES = 10_000_000
TEXT_SUFFIXES = {"", ".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
_CONVERT_FIRST = {
    ".doc": "old Word .doc files are not supported; save it as .docx or PDF",
    ".odt": "OpenDocument files are not supported; save it as .docx, PDF or text",
    ".rtf": "RTF files are not supported; save it as .docx, PDF or text",
    ".epub": "EPUB books are not supported; save the chapter as text, HTML or PDF",
    ".pages": "Apple Pages files are not supported; export it as .docx or PDF",
}
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|a|br|body|head|script|li|ul|table|h[1-6])\b[^>]*>", re.I)


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file of any supported format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _CONVERT_FIRST:
        raise IngestError(path, _CONVERT_FIRST[suffix])
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(path, f"unsupported file type {suffix!r}; quizgen reads text, Markdown, HTML, PDF and "
                                "DOCX files (.txt .md .html .pdf .docx)")
    try:
        if path.is_dir():
            raise IngestError(path, "is a directory, not an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(path, f"is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit; "
                                    "raise it with --max-size MB if you mean it")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except PermissionError:
        raise IngestError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise IngestError(path, f"cannot be read ({exc.strerror or exc})") from None
    return article_from_bytes(raw, str(path), suffix=suffix, max_bytes=max_bytes)


def read_stdin(stream: BinaryIO | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read an article piped in (``quizgen extract -``); its format is found from its content."""
    stream = stream if stream is not None else sys.stdin.buffer
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise IngestError("<stdin>", f"is over the {_megabytes(max_bytes)} limit; raise it with --max-size MB")
    return article_from_bytes(raw, "<stdin>", max_bytes=max_bytes)


def article_from_bytes(raw: bytes, path: str, *, suffix: str = "", url: str | None = None,
                       max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Decode, convert and split ``raw``; ``path`` names the source in every message."""
    if not raw:
        raise IngestError(path, "is empty (0 bytes)")
    if not raw.strip():
        raise IngestError(path, "contains only whitespace, no article text")
    if raw.startswith(b"%PDF-") or raw[:1024].lstrip().startswith(b"%PDF-"):
        from .pdf import pdf_to_text

        return _converted(*pdf_to_text(raw, path), path, "pdf", max_bytes)
    if suffix == ".pdf":
        raise IngestError(path, "is not a PDF file (it does not start with %PDF-)")
    if raw.startswith(b"PK\x03\x04"):
        return _from_zip(raw, path, max_bytes)
    if suffix == ".docx":
        raise IngestError(path, "is not a Word .docx file (it is not a ZIP package)")
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(path, "is an old Word .doc (or other Office 97) file; save it as .docx or PDF")
    if raw.startswith(b"{\\rtf"):
        raise IngestError(path, _CONVERT_FIRST[".rtf"])
    text, encoding = decode(raw, path)
    text = clean_text(text)
    if not text.strip():
        raise IngestError(path, "contains only whitespace")
    if suffix in HTML_SUFFIXES or _looks_like_html(raw, text):
        from .html import html_to_text

        return _converted(*html_to_text(text, path, url), path, "html", max_bytes, encoding)
    if suffix in MARKDOWN_SUFFIXES:
        from .markdown import markdown_to_text

        return _converted(*markdown_to_text(text), path, "markdown", max_bytes, encoding)
    _check_size(text, path, max_bytes)
    return parse_article(text, path, source_format="text", encoding=encoding)


def _looks_like_html(raw: bytes, text: str) -> bool:
    """A saved page whatever its name: a doctype or <html> at the start, or prose thick with tags."""
    if _HTML_START.match(raw[:4096]):
        return True
    sample = text[:20000]
    tags = _HTML_TAGS.findall(sample)
    return len(tags) >= 5 and sum(map(len, tags)) > len(sample) * 0.05


def _from_zip(raw: bytes, path: str, max_bytes: int) -> Article:
    import io

    try:
        names = set(zipfile.ZipFile(io.BytesIO(raw)).namelist())
    except zipfile.BadZipFile:
        raise IngestError(path, "is a damaged ZIP file, not an article") from None
    if "word/document.xml" in names:
        from .docx import docx_to_text

        return _converted(*docx_to_text(raw, path), path, "docx", max_bytes)
    if "content.xml" in names:
        raise IngestError(path, _CONVERT_FIRST[".odt"])
    if "META-INF/container.xml" in names:
        raise IngestError(path, _CONVERT_FIRST[".epub"])
    raise IngestError(path, "is a ZIP archive, not an article; unpack it and give quizgen the files")


def _converted(body: str, metadata: dict[str, str], path: str, source_format: str, max_bytes: int,
               encoding: str | None = None) -> Article:
    body = clean_text(body).strip()
    if not body:
        raise IngestError(path, f"contains no article text ({source_format.upper()})")
    text = with_header(body + "\n", metadata)
    _check_size(text, path, max_bytes)
    return parse_article(text, path, source_format=source_format, encoding=encoding)


def _check_size(text: str, path: str, max_bytes: int) -> None:
    if len(text) > max_bytes:
        raise IngestError(path, f"has {len(text):,} characters of text, over the {_megabytes(max_bytes)} limit; "
                                "raise it with --max-size MB if you mean it")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[IngestError]]:
    """Command-line inputs with each folder replaced by the supported files in it (sorted, hidden
    files skipped, not recursive). A folder with none is an error; ``-`` (stdin) passes through."""
    files: list[str] = []
    errors: list[IngestError] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            try:
                found = sorted(str(p) for p in path.iterdir()
                               if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES)
            except OSError as exc:
                errors.append(IngestError(path, f"cannot be listed ({exc.strerror or exc})"))
                continue
            if not found:
                errors.append(IngestError(path, "is a folder with no supported files "
                                                f"({' '.join(sorted(s for s in SUPPORTED_SUFFIXES if s))})"))
            files += found
        else:
            files.append(name)
    return list(dict.fromkeys(files)), errors
