"""Markdown worksheet: questions grouped by kind, then the answer key with source sentences."""

from __future__ import annotations

from ..model import QuizSet
from .escape import markdown_text as md
from .worksheet import KEY_FOLLOWS, LETTERS, sections


def render_markdown(quiz: QuizSet, version: str | None = None) -> str:
    title = quiz.title + (f" — version {version}" if version else "")
    lines = [f"# {md(title)}", "", "Name: ______________________  Date: ____________", "",
             KEY_FOLLOWS, ""]
    parts = sections(quiz)
    for section in parts:
        lines += [f"## {section.title}", "", f"*{section.instructions}*", ""]
        for item in section.items:
            q = item.question
            lines.append(f"{item.number}. {md(item.text)}")
            if q.type == "mcq":
                lines += [f"    - {LETTERS[k]}. {md(o)}" for k, o in enumerate(q.options)]
            elif q.type == "true_false":
                lines.append("    - T / F")
            elif q.type in ("cloze", "short_answer"):
                lines.append("    - Answer: ________________________________")
            elif q.type == "matching":
                lines += [f"    - {n}. {md(a)}  ____" for n, (a, _) in enumerate(q.pairs, 1)]
                lines += [f"    - {LETTERS[k]}. {md(b)}" for k, b in enumerate(item.scrambled)]
            elif q.type == "ordering":
                lines += [f"    - ____ {md(i)}" for i in item.scrambled]
            lines.append("")
    key_title = "## Answer key" + (f" — version {version}" if version else "")
    lines += ['<div style="page-break-before: always"></div>', "", key_title, ""]
    for section in parts:
        for item in section.items:
            sources = " / ".join(md(e.sentence) for e in item.question.evidence)
            lines.append(f"{item.number}. **{md(item.key_text())}**  ")
            lines.append(f"    Source: {sources}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
