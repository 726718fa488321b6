"""Escaping of untrusted article text for each place it lands."""

from __future__ import annotations

import html
import re


def html_text(text: str) -> str:
    """HTML-escape, and neutralise Anki template syntax: "{{c1::x}}" or "{{Front}}" in an article
    must show as written, not be read by Anki as a cloze deletion or a field reference."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def anki_cloze(cloze: str) -> str:
    """Escape a quizgen cloze string ("... {{c1::answer}} ...") for an Anki Cloze field: only the
    deletion markers quizgen put there stay live."""
    out = []
    pos = 0
    for match in re.finditer(r"\{\{c(\d+)::(.*?)\}\}", cloze):
        out.append(html_text(cloze[pos:match.start()]))
        answer = html_text(match.group(2)).replace(":", "&#58;")
        out.append(f"{{{{c{match.group(1)}::{answer}}}}}")
        pos = match.end()
    out.append(html_text(cloze[pos:]))
    return "".join(out)


def markdown_text(text: str) -> str:
    """Escape Markdown and inline-HTML specials so article text prints literally."""
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`*_\[\]#|<>])", r"\\\1", text)
