"""Text helpers for questions: trimming a sentence to the clause around an answer, blanking it, and
normalising strings for comparison (the way a grader compares a typed answer)."""

from __future__ import annotations

import re

from ..model import Mention
from ..question import BLANK, same_text

__all__ = ["BLANK", "blank_parts", "blanked", "context_window", "excerpt", "norm", "self_contained", "statement"]
MAX_WORDS = 40  # longer sentences are trimmed to the clause that carries the fact
# Only strong breaks: a cut at a comma leaves fragments ("2012) served as…", "Picking up along the way…").
_CLAUSE_BREAK = re.compile(r"(?<=;)\s+|(?<=[a-z]:)\s+")


def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form for comparing answers."""
    return same_text(text)


def context_window(mention: Mention) -> tuple[int, int]:
    """Offsets (relative to the evidence sentence) of the part of it to show: the whole sentence when
    short, else the clauses around the answer, at least ~12 words, cut at clause boundaries."""
    sentence = mention.evidence.sentence
    a = mention.start - mention.evidence.start
    b = mention.end - mention.evidence.start
    if len(sentence.split()) <= MAX_WORDS:
        return 0, len(sentence)
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    start = max(c for c in cuts if c <= a)
    end = min(c for c in cuts if c >= b)
    while len(sentence[start:end].split()) < 12 or not _balanced(sentence[start:end]):
        earlier = [c for c in cuts if c < start]
        later = [c for c in cuts if c > end]
        if later:
            end = later[0]
        elif earlier:
            start = earlier[-1]
        else:
            break
    return start, end


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("\u201c") == text.count("\u201d")


_FOOTNOTE_START = re.compile(r"\s*\[\w{1,3}\]\s*")
_NO_CONTEXT = re.compile(r"^\W*(?:he|she|it|they|his|her|its|their|this|these|those|that|the same|such|and|but|or|so|"
                         r"also|however|then|there|here)\b", re.IGNORECASE)


def self_contained(sentence: str) -> bool:
    """Can the sentence stand alone? Not when it opens on a pronoun, a back reference or a connective."""
    return _NO_CONTEXT.match(sentence) is None


def excerpt(mention: Mention, use_statement: bool = True) -> tuple[str, int, int]:
    """The text shown for a mention, and the answer's offsets inside it: the self-contained statement
    the facts made of its clause (pronouns resolved, side clauses split off) when there is one, else
    the sentence, trimmed to the clauses around the answer."""
    if use_statement and mention.statement is not None:
        st = mention.statement
        return st.text, st.answer_start, st.answer_end
    start, end = context_window(mention)
    sentence = mention.evidence.sentence
    mark = _FOOTNOTE_START.match(sentence, start)
    if mark and mark.end() <= mention.start - mention.evidence.start:
        start = mark.end()  # "[8] He was …": the previous sentence's footnote mark, no part of this one
    text = sentence[start:end].rstrip(" ,;:\u2014")
    return text, mention.start - mention.evidence.start - start, mention.end - mention.evidence.start - start


def blanked(mention: Mention) -> str:
    text, a, b = excerpt(mention)
    stem = text[:a] + BLANK + text[b:]
    stem = stem[0].upper() + stem[1:] if stem[:1].islower() else stem
    if stem[-1:] not in ".?!\"\u201d":
        stem += "."
    return stem


def blank_parts(mention: Mention, use_statement: bool = True) -> tuple[str, str]:
    """The excerpt's text before and after the answer (the article's own words with ``use_statement``
    off: a cloze card gives back the article's text)."""
    text, a, b = excerpt(mention, use_statement)
    return text[:a], text[b:]


def statement(mention: Mention, replacement: str | None = None) -> str:
    """The excerpt as a statement; with ``replacement``, the answer swapped for it."""
    text, a, b = excerpt(mention)
    if replacement is not None:
        text = text[:a] + replacement + text[b:]
    text = text[0].upper() + text[1:] if text[:1].islower() else text
    return text if text[-1:] in ".?!\"\u201d" else text + "."
