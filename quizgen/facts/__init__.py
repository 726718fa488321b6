"""Fact extraction: people and roles, organisations, places, numbers and dates, with evidence.

``extract_facts(article, document)`` reads only the annotated ``Document`` (any NLP layer that fills
one will do) and the article's own date, and returns facts in a stable order: people,
organisations, places, then numbers and dates in text order.
"""

from __future__ import annotations

from ..model import Article, Document, Fact
from .dates import extract_dates
from .entities import extract_entities
from .numbers import extract_numbers

__all__ = ["extract_facts"]


def extract_facts(article: Article, doc: Document) -> tuple[Fact, ...]:
    entities = extract_entities(doc)
    numbers = extract_numbers(doc)
    dates = extract_dates(doc, article.date)
    return tuple(entities + numbers + dates)
