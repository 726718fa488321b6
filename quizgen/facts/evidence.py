"""Evidence records: the sentence a fact comes from, exactly as it stands in the article, and each
mention's self-contained statement (see clauses.py)."""

from __future__ import annotations

from ..model import Document, Evidence, Mention, Sentence
from .clauses import mention_statement, stands_alone


def evidence_of(doc: Document, sentence: Sentence) -> Evidence:
    return Evidence(doc.text[sentence.start:sentence.end], sentence.start, sentence.end)


def mention_at(doc: Document, start: int, end: int, sentence: Sentence, kind: str = "") -> Mention:
    """The mention of ``doc.text[start:end]`` in ``sentence``, with its statement (and, given the fact's
    ``kind``, a wh-question asking for it) when one can be made."""
    first, last = doc.token_range(start, end)
    return Mention(doc.text[start:end], start, end, evidence_of(doc, sentence), mention_statement(doc, first, last, kind),
                   stands_alone(doc, first))
