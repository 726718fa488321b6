"""Date facts: every date expression, normalised to ISO, with a short phrase of what happened."""

from __future__ import annotations

from ..dates import normalize_date
from ..model import Document, Fact, Mention
from .evidence import evidence_of
from .phrases import clause_without


def extract_dates(doc: Document, reference_date: str | None = None) -> list[Fact]:
    facts = []
    for entity in doc.entities:
        if entity.label != "DATE":
            continue
        sentence = doc.sentence_at(entity.start)
        if sentence is None:
            continue
        first, last = doc.token_range(entity.start, entity.end)
        event = clause_without(doc, sentence.first_token, sentence.last_token, first, last)
        facts.append(Fact(kind="date", text=entity.text, iso=normalize_date(entity.text, reference_date),
                          event=event, mentions=(Mention(entity.text, entity.start, entity.end,
                                                         evidence_of(doc, sentence)),)))
    return facts
