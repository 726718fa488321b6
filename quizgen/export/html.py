"""A print-friendly HTML worksheet: one self-contained page, the answer key after a page break."""

from __future__ import annotations

from ..model import QuizSet
from .escape import html_text as h
from .worksheet import KEY_FOLLOWS, LETTERS, sections

CSS = """body { font-family: Georgia, serif; max-width: 46em; margin: 2em auto; line-height: 1.45; color: #111; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; border-bottom: 1px solid #999; margin-top: 1.6em; }
.instructions { font-style: italic; } ol.options { list-style: upper-alpha; } .line { border-bottom: 1px solid #444;
height: 1.6em; width: 60%; } .key { page-break-before: always; } .source { color: #444; font-size: .9em; }
table.matching td { padding: .2em 1.5em .2em 0; vertical-align: top; }
@media print { body { margin: 0; } a { color: inherit; } }"""


def render_html(quiz: QuizSet, version: str | None = None) -> str:
    title = quiz.title + (f" — version {version}" if version else "")
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{h(title)}</title>",
           f"<style>{CSS}</style></head><body>", f"<h1>{h(title)}</h1>",
           "<p>Name: ______________________ &nbsp; Date: ____________</p>",
           f"<p>{KEY_FOLLOWS}</p>"]
    parts = sections(quiz)
    for section in parts:
        out.append(f"<h2>{h(section.title)}</h2><p class=instructions>{h(section.instructions)}</p>")
        out.append(f'<ol start="{section.items[0].number}">')
        for item in section.items:
            q = item.question
            out.append(f"<li><p>{h(item.text)}</p>")
            if q.type == "mcq":
                out.append("<ol class=options>" + "".join(f"<li>{h(o)}</li>" for o in q.options) + "</ol>")
            elif q.type == "true_false":
                out.append("<p>T &nbsp; / &nbsp; F</p>")
            elif q.type in ("cloze", "short_answer"):
                out.append("<div class=line></div>")
            elif q.type == "matching":
                rows = "".join(
                    f"<tr><td>{n}. {h(a)} ____</td><td>{LETTERS[k]}. {h(b)}</td></tr>"
                    for k, (n, (a, b)) in enumerate(zip(range(1, len(q.pairs) + 1), zip([p[0] for p in q.pairs],
                                                                                     item.scrambled))))
                out.append(f"<table class=matching>{rows}</table>")
            elif q.type == "ordering":
                out.append("<ul>" + "".join(f"<li>____ {h(i)}</li>" for i in item.scrambled) + "</ul>")
            out.append("</li>")
        out.append("</ol>")
    out.append(f"<section class=key><h2>Answer key{h(' — version ' + version) if version else ''}</h2><ol>")
    for section in parts:
        for item in section.items:
            sources = " / ".join(h(e.sentence) for e in item.question.evidence)
            out.append(f'<li value="{item.number}"><b>{h(item.key_text())}</b><br>'
                       f"<span class=source>Source: {sources}</span></li>")
    out.append("</ol></section></body></html>")
    return "\n".join(out) + "\n"
