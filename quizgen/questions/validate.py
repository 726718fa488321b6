"""Checks every question must pass before it is emitted; a failing question is dropped, not shipped."""

from __future__ import annotations

import re

from ..model import Question
from .text import BLANK, norm

_STOPWORDS = frozenset("the a an of and or to in on at for by with he she it they this that".split())


def problems(question: Question) -> list[str]:
    """Everything wrong with a question (empty when it may be emitted)."""
    out = []
    q = question
    if not q.evidence:
        return ["no evidence"]
    if not q.answer.strip() or norm(q.answer) in _STOPWORDS:
        out.append("answer is empty or a word of no value")
    if q.type in ("cloze", "mcq", "short_answer") and norm(q.answer) not in norm(q.evidence[0].sentence):
        out.append("answer not in its evidence sentence")
    if q.type in ("mcq", "short_answer") and norm(q.answer) in norm(q.prompt):
        out.append("answer leaks into the prompt")
    if q.type == "cloze":
        before, answer, after = q.cloze_parts
        if norm(answer) in norm(before + " " + after).split(" ") or f" {norm(answer)} " in f" {norm(before + ' ' + after)} ":
            out.append("answer shows elsewhere in the cloze text")
    if q.type == "mcq":
        options = [norm(o) for o in q.options]
        if len(options) < 4:
            out.append("fewer than 4 options")
        if len(set(options)) != len(options):
            out.append("duplicate options")
        if options.count(norm(q.answer)) != 1:
            out.append("answer is not exactly one of the options")
        if any(o and o != norm(q.answer) and (o in norm(q.prompt)) for o in options if len(o) > 3):
            out.append("a distractor appears in the stem")
    if q.type == "true_false" and (q.answer not in ("True", "False") or list(q.options) != ["True", "False"]):
        out.append("true/false answer malformed")
    if q.type == "cloze":
        if not re.search(r"\{\{c\d+::.+?\}\}", q.cloze):
            out.append("cloze has no deletion")
        stripped = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", q.cloze)
        if norm(stripped) not in norm(q.evidence[0].sentence):
            out.append("cloze text is not the evidence text")
    if q.type in ("mcq", "short_answer", "true_false"):
        words = q.prompt.split()
        if len(words) < 5 or q.prompt.rstrip()[-1:] not in ".?!\"\u201d)":
            out.append("stem does not read as a full sentence or question")
        if q.prompt.count(BLANK) > 1:
            out.append("more than one blank")
    if q.type not in ("matching", "ordering") and len(q.evidence[0].sentence.split()) < 6:
        out.append("evidence is a heading or dateline, not a sentence")
    if q.type == "matching":
        lefts = [norm(a) for a, _ in q.pairs]
        rights = [norm(b) for _, b in q.pairs]
        if len(q.pairs) < 3 or len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
            out.append("matching needs 3+ pairs with distinct sides")
    if q.type == "ordering":
        if len(q.items) < 3 or len({norm(i) for i in q.items}) != len(q.items):
            out.append("ordering needs 3+ distinct items")
    return out


def is_valid(question: Question) -> bool:
    return not problems(question)
