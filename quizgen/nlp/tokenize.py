"""A Penn-Treebank-style word tokenizer that keeps exact character offsets.

Every token is a slice of the input: ``text[token.start:token.end] == token.text``. Hyphenated words
("Kassym-Jomart", "six-member", "STS-135") stay whole, as the tagger was trained to see them;
clitics ("'s", "n't") and punctuation are split off; an abbreviation keeps its period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .abbreviations import ABBREVIATIONS

_APOS = "'\u2019"
_TOKEN_RE = re.compile(
    r"""
    (?P<url>https?://\S+[^\s.,;:!?)\]'"\u2019\u201d])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<dotted>(?:[A-Za-z]\.){2,}(?![A-Za-z]))          # U.N.  U.S.A.  e.g.
  | (?P<number>\d+(?:[.,]\d+)*(?:[-\u2010\u2011\u2013][a-z]+)+(?![\w])  # 20-year-old, 22–year-old (not 1964-August)
              |\d+(?:st|nd|rd|th|s)(?![\w])                    # 25th  1980s
              |\d+(?:[.,:]\d+)*)                               # 7,600  9.37 (of 9.37bn)  10:30
  | (?P<nt>[^\W_]+?(?=n[APOS]t\b))                       # "do" of "don't"
  | (?P<negation>n[APOS]t\b)
  | (?P<clitic>[APOS](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b)
  | (?P<word>[^\W_]+(?:(?:[-\u2010\u2011.&]|[APOS](?!(?:s|S|re|ve|ll|d|m|t)\b))[^\W_]+)*)
  | (?P<ellipsis>\.\.\.|\u2026)
  | (?P<dash>--+)
  | (?P<punct>\S)
    """.replace("APOS", _APOS),
    re.VERBOSE,
)
# A word may contain a "." or an apostrophe only between letters ("e.g", "O'Brien"); a trailing
# one belongs to the sentence, so the word pattern cannot end on it.


def iter_token_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) offsets of the tokens in ``text[start:end]``."""
    end = len(text) if end is None else end
    pending: tuple[int, int] | None = None
    for match in _TOKEN_RE.finditer(text, start, end):
        span = match.span()
        if pending is not None:
            if (match.lastgroup == "punct" and text[span[0]] == "." and span[0] == pending[1]
                    and _keeps_period(text[pending[0]:pending[1]])):
                yield (pending[0], span[1])
                pending = None
                continue
            yield pending
            pending = None
        if match.lastgroup in ("word", "nt"):
            pending = span
        else:
            yield span
    if pending is not None:
        yield pending


def _keeps_period(word: str) -> bool:
    """An abbreviation ("Mr", "Jan", "No") or an initial ("J") takes its period with it."""
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def tokenize(text: str) -> list[str]:
    return [text[s:e] for s, e in iter_token_spans(text)]
