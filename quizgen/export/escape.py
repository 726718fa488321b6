"""Escaping of untrusted article text for each place it lands."""

from __future__ import annotations

import html
import re


def html_text(text: str) -> str:
    """HTML-escape, and neutralise Anki template syntax: "{{c1::x}}" or "{{Front}}" in an article
    must show as written, not be read by Anki as a cloze deletion or a field reference."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def anki_cloze(before: str, answer: str, after: str, hint: str = "") -> str:
    """An Anki Cloze field with one live deletion: every brace of the article's own text is escaped,
    and "::" inside the answer too (Anki would read it as a hint separator); ``hint`` is Anki's
    cloze hint, shown in place of the blank ("[year]")."""
    hidden = html_text(answer).replace(":", "&#58;")
    shown_hint = f"::{html_text(hint).replace(':', '&#58;')}" if hint else ""
    return f"{html_text(before)}{{{{c1::{hidden}{shown_hint}}}}}{html_text(after)}"


def markdown_text(text: str) -> str:
    """Escape Markdown and inline-HTML specials so article text prints literally."""
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`*_\[\]#|<>])", r"\\\1", text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d,.]*\s?%?")


def spreadsheet_cell(text: str) -> str:
    """A CSV/TSV cell a spreadsheet will not run as a formula: one that starts with = + - @ gets a
    leading apostrophe (OWASP's advice), unless it is a plain number such as "-5" or "+3%"."""
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def html_cell(text: str) -> str:
    """An Anki TSV field (HTML): a leading = + - @ becomes its character reference, which Anki shows
    as the character and a spreadsheet does not read as a formula."""
    if text[:1] in "=+-@" and not _PLAIN_NUMBER.fullmatch(text):
        return f"&#{ord(text[0])};{text[1:]}"
    return text
