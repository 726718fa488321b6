"""Bounded sentences: a "sentence" of more than ``MAX_TOKENS`` tokens is cut into pieces.

Real sentences stay well under the bound (the longest in the sample and development articles has
106 tokens). Longer ones are text without sentence punctuation: a pasted PDF dump on one line, a
table, a list run together. Every later step works sentence by sentence, and some of them look at
the whole sentence for each word in it (the clause a date attaches to, the mentions a pronoun may
refer to), so one 50,000-word "sentence" would make their cost grow with the square of its length.
Cut into bounded pieces, the cost stays linear in the input, whatever its shape.

A cut falls where a reader would pause, when the last half of the window has such a place: after a
comma, semicolon, colon or dash, or at a line break; else before a capitalised word that follows a
lower-case one (so that a name is never split); else between two lower-case words; else at the bound.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Token

# As long as the parser's own piece (quizgen.nlp.parse.MAX_WORDS), so each piece is parsed whole.
MAX_TOKENS = 150
_PAUSES = frozenset({",", ";", ":", "-", "--", "\u2013", "\u2014"})


def bounded(text: str, tokens: Sequence[Token], first: int, last: int) -> Iterator[tuple[int, int]]:
    """The token ranges ``[a, b)`` that cover ``tokens[first:last]``, none longer than ``MAX_TOKENS``."""
    while last - first > MAX_TOKENS:
        cut = _cut(text, tokens, first + MAX_TOKENS // 2, first + MAX_TOKENS)
        yield first, cut
        first = cut
    if first < last:
        yield first, last


def _cut(text: str, tokens: Sequence[Token], lowest: int, highest: int) -> int:
    """The index of the token that starts the next piece: the best-placed break in ``(lowest, highest]``."""
    candidates = range(highest, lowest, -1)
    for k in candidates:
        if tokens[k - 1].text in _PAUSES or "\n" in text[tokens[k - 1].end:tokens[k].start]:
            return k
    for k in candidates:
        if tokens[k].text[:1].isupper() and tokens[k - 1].text[:1].islower():
            return k
    for k in candidates:
        if tokens[k].text[:1].islower() and tokens[k - 1].text[:1].islower():
            return k
    return highest
