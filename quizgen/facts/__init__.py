"""Fact extraction: people and roles, organisations, places, numbers and dates, with evidence.

``extract_facts(article, document)`` reads only the annotated ``Document`` (any NLP layer that fills
one will do) and the article's own date, and returns facts in a stable order: people,
organisations, places, then numbers and dates in text order.
"""

from __future__ import annotations

import re

from ..dates import normalize_date
from ..model import Article, Document, Fact
from .dates import extract_dates
from .entities import extract_entities
from .numbers import extract_numbers

__all__ = ["extract_facts"]


def extract_facts(article: Article, doc: Document) -> tuple[Fact, ...]:
    entities = extract_entities(doc)
    numbers = extract_numbers(doc)
    dates = extract_dates(doc, article.date or dateline(doc))
    return tuple(entities + numbers + dates)


def dateline(doc: Document) -> str | None:
    """The article's date from a news dateline: a first line that is nothing but a full date
    ("Wednesday, April 13, 2011"), as Wikinews and wire copy begin."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    text = doc.text[first.start:first.end].strip(" .")
    for entity in doc.entities:
        if entity.label == "DATE" and first.start <= entity.start < first.end and entity.text == text:
            iso = normalize_date(entity.text)
            return iso if iso and re.fullmatch(r"\d{4}-\d\d-\d\d", iso) else None
    return None
