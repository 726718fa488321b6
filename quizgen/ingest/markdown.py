"""Markdown parsed as Markdown (CommonMark, with markdown-it-py) and rendered to plain prose.

Only prose reaches the article: paragraphs, headings, list items and quotes, with emphasis, link
and list/quote markers removed (a link keeps its text, never its target). Code blocks, tables,
raw HTML and images are left out: they are not sentences a question can be built from. A leading
``# Title`` becomes the title; front matter and ``Title:`` header lines stay metadata.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .header import _front_matter, _header_lines

_SKIPPED_BLOCKS = {"fence", "code_block", "html_block", "hr"}
_INSIDE_SKIPPED = ("table_open", "table_close")


def markdown_to_text(source: str) -> tuple[str, dict[str, str]]:
    """The prose of a Markdown document (paragraphs separated by blank lines) and its metadata."""
    metadata, start = _front_matter(source) or _header_lines(source) or ({}, 0)
    tokens = MarkdownIt("commonmark").enable("table").parse(source[start:])
    blocks: list[str] = []
    in_table = False
    first_heading_seen = False
    for index, token in enumerate(tokens):
        if token.type in _INSIDE_SKIPPED:
            in_table = token.type == "table_open"
            continue
        if in_table or token.type in _SKIPPED_BLOCKS or token.type != "inline":
            continue
        text = _inline_text(token.children or [])
        if not text.strip():
            continue
        opener = tokens[index - 1] if index else None
        if opener is not None and opener.type == "heading_open":
            if opener.tag == "h1" and not first_heading_seen and not blocks and "title" not in metadata:
                metadata = {**metadata, "title": " ".join(text.split())}
                first_heading_seen = True
                continue
            first_heading_seen = True
        blocks.append(text.strip())
    return "\n\n".join(blocks) + ("\n" if blocks else ""), metadata


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        # images, inline HTML and link/emphasis markers add nothing: a link's text is its own text token
    return "".join(parts)
