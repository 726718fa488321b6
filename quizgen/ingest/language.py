"""Cheap checks that an article is text quizgen's English models can read.

English prose is full of a few short function words ("the", "of", "and" …): about four words in ten.
Text in another language has few of them, so their share tells English apart without a model.
Text in capitals throughout has lost what the name recogniser needs ("VALOVAYA SPEAKS WITH" would be
read as a name), so it is refused with a message rather than turned into nonsense facts.
"""

from __future__ import annotations

import re

from ..model import Article
from .errors import IngestError

_FUNCTION_WORDS = frozenset("""
the of and to a in is was that for on it with as by at from his her he she they be are were have has had
this which or an not but their its also who been will would there one all we more when after into than
""".split())
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 40  # below this the share says little
MIN_ENGLISH_SHARE = 0.12
MIN_CAPITALS_LETTERS = 200
MAX_CAPITALS_SHARE = 0.8


def english_share(text: str) -> tuple[float, int]:
    words = _WORD.findall(text.lower())
    return (sum(w in _FUNCTION_WORDS for w in words) / len(words) if words else 0.0), len(words)


def check_language(article: Article, strict: bool = False) -> list[str]:
    """Warnings about the article's language (errors with ``strict``); ALL-CAPS text is always an error."""
    body = article.body
    letters = [c for c in body if c.isalpha() and c.lower() != c.upper()]
    if len(letters) >= MIN_CAPITALS_LETTERS and sum(c.isupper() for c in letters) > MAX_CAPITALS_SHARE * len(letters):
        raise IngestError(article.path, "is written in capital letters throughout; quizgen needs normal capitalisation "
                                        "to tell names from other words (re-type it or convert it to sentence case)")
    share, count = english_share(body)
    if count >= MIN_WORDS and share < MIN_ENGLISH_SHARE:
        problem = (f"does not look like English (only {share:.0%} common English words, against about 40% in "
                   "English prose); quizgen's models are English, so its facts would be wrong")
        if strict:
            raise IngestError(article.path, problem)
        return [f"{article.path}: {problem}"]
    return []
