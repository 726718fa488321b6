"""Evidence records: the sentence a fact comes from, exactly as it stands in the article."""

from __future__ import annotations

from ..model import Document, Evidence, Sentence


def evidence_of(doc: Document, sentence: Sentence) -> Evidence:
    return Evidence(doc.text[sentence.start:sentence.end], sentence.start, sentence.end)
