"""Sentence splitting: Punkt parameters trained on the corpora, plus news abbreviations (the
decisions are NLTK's Punkt's, made by ``punkt.py`` without importing NLTK).

Blocks of text separated by blank lines (paragraphs, headings, captions) never share a sentence;
within a block Punkt decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .abbreviations import ABBREVIATIONS
from .punkt import PunktParameters, SentenceSplitter
from .resources import load_model

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]\s|\d+[.)]\s|#))")


def punkt_parameters(data: dict) -> PunktParameters:
    return PunktParameters(abbrev_types=frozenset(data["abbrev_types"]) | frozenset(ABBREVIATIONS),
                           collocations=frozenset(tuple(pair) for pair in data["collocations"]),
                           sent_starters=frozenset(data["sent_starters"]),
                           ortho_context=data["ortho_context"])


def punkt_from_params(data: dict) -> SentenceSplitter:
    return SentenceSplitter(punkt_parameters(data))


@cache
def _punkt() -> SentenceSplitter:
    return punkt_from_params(load_model("punkt"))


def blocks(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Paragraph-like blocks of ``text[start:end]``, as offsets, trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    pos = start
    for match in _BLOCK_BREAK.finditer(text, start, end):
        yield from _trimmed(text, pos, match.start())
        pos = match.end()
    yield from _trimmed(text, pos, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


_TERMINAL = tuple(".!?:;\"'\u201d\u2019)]\u2026")
SHORT_LINE = 60  # a line this short with no final punctuation is a heading, caption or list item


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence offsets in ``text[start:end]``."""
    splitter = _punkt()
    out = []
    for block_start, block_end in blocks(text, start, end):
        block = text[block_start:block_end]
        spans = _rejoin_false_ends(block, list(splitter.span_tokenize(block)))
        for s, e in spans:
            out.extend(_split_short_lines(text, block_start + s, block_start + e))
    return out


# "… at 88 S." + "Pine Street …": a house number and a compass letter end no sentence; nor does one
# initial before another or before a number ("in support of H." + "R. 1280").
_ADDRESS_CUT = re.compile(r"\b\d{1,5} [NSEW]\.$")
_INITIAL_CUT = re.compile(r"(?:^|\s)[A-Z]\.$")
_INITIAL_NEXT = re.compile(r"[A-Z]\.\s")
_TWO_INITIALS = re.compile(r"(?:^|\s)[A-Z]\. ?[A-Z]\.$")  # "H. R." before "1280" (not "Plan B." before "2010")


def _rejoin_false_ends(block: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans with the false ends above joined to the sentence they cut."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        before = block[out[-1][0]:out[-1][1]] if out else ""
        if out and ((_ADDRESS_CUT.search(before) and block[s:s + 1].isupper()) or
                    (_INITIAL_CUT.search(before) and _INITIAL_NEXT.match(block, s)) or
                    (_TWO_INITIALS.search(before) and block[s:s + 1].isdigit()) or
                    _ONLY_INITIALS.fullmatch(before)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# "… a security threat." + "U.S." + "Embassy spokeswoman …": initials alone are no sentence; they open
# the next one
_ONLY_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def _split_short_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Within one Punkt sentence, a short unpunctuated line followed by a capitalised one is its own
    sentence (a caption or a byline); long lines are hard-wrapped prose and stay joined."""
    out = []
    line_start = start
    pos = text.find("\n", start, end)
    while pos != -1:
        line = text[line_start:pos].strip()
        following = text[pos + 1:end].lstrip()
        if line and len(line) < SHORT_LINE and not line.endswith(_TERMINAL) and following[:1].isupper():
            out.extend(_trimmed(text, start, pos))
            start = pos + 1
        line_start = pos + 1
        pos = text.find("\n", pos + 1, end)
    out.extend(_trimmed(text, start, end))
    return out
