"""Universal Dependencies parsing: quizgen's own transition parser (transition.py), trained by
tools/train_parser.py on EWT and GUM with the tags quizgen's own tagger gives.

The parser reads the words and their Penn tags and gives each word its head and relation. A
"sentence" longer than ``MAX_WORDS`` (a pasted table, a PDF dump without punctuation) is parsed in
pieces, so the cost stays linear in the input; each piece's root hangs from the first piece's root
as ``parataxis``.
"""

from __future__ import annotations

import gzip
import os
from functools import cache
from importlib import resources
from pathlib import Path

from .resources import ModelMissingError
from .transition import TransitionParser

MAX_WORDS = 150


@cache
def _parser() -> TransitionParser:
    # (QUIZGEN_PARSER_MODEL: another model file, for comparing retrained parsers in tools/)
    override = os.environ.get("QUIZGEN_PARSER_MODEL")
    path = Path(override) if override else resources.files("quizgen.nlp") / "models" / "parser.bin.gz"
    try:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as handle:
            return TransitionParser.from_bytes(handle.read())
    except FileNotFoundError:
        raise ModelMissingError("quizgen's model file models/parser.bin.gz is missing; "
                                "rebuild it with python -m tools.train_models parser") from None


def load_parser() -> None:
    _parser()


def parse(words: list[str], tags: list[str]) -> list[tuple[int, str]]:
    """(head, relation) for each word: the head's index in ``words``, the root's own index."""
    out: list[tuple[int, str]] = []
    first_root = -1
    for offset in range(0, len(words), MAX_WORDS):
        piece = _parser().parse(words[offset:offset + MAX_WORDS], tags[offset:offset + MAX_WORDS])
        for i, (head, rel) in enumerate(piece):
            if rel == "root":
                if first_root < 0:
                    first_root = offset + i
                    out.append((offset + i, "root"))
                else:
                    out.append((first_root, "parataxis"))
            else:
                out.append((offset + head, rel))
    return out
