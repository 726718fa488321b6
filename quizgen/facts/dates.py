"""Date facts: every date expression, normalised to ISO, with the event its clause states.

The event is the clause the date attaches to in the parse, written as a statement of its own
("Ada Lind married Tomas Berg"), or nothing when no self-contained statement can be made. The
``relation`` says whether the date is the time of that event ("time") or something else ("since",
"span", "modifier" …; see date_relations.py).
"""

from __future__ import annotations

from ..dates import normalize_date
from ..model import DateFact, Document, Fact
from .clauses import clause_of, statement
from .date_relations import TIME, date_relation
from .evidence import mention_at


def extract_dates(doc: Document, reference_date: str | None = None) -> list[Fact]:
    facts = []
    for entity in doc.entities:
        if entity.label != "DATE":
            continue
        sentence = doc.sentence_at(entity.start)
        if sentence is None:
            continue
        first, last = doc.token_range(entity.start, entity.end)
        if last < len(doc.tokens) and doc.tokens[last].text in ("'s", "\u2019s") and entity.text.isdigit():
            continue  # "the 1930's": a decade, not the year 1930
        relation, _ = date_relation(doc, first, last)
        facts.append(DateFact(text=entity.text, iso=normalize_date(entity.text, reference_date),
                          event=_event(doc, first, last, relation), relation=relation,
                          mentions=(mention_at(doc, entity.start, entity.end, sentence,
                                                    "date" if relation == TIME else ""),)))
    return facts


def _event(doc: Document, first: int, last: int, relation: str) -> str | None:
    head = doc.head_of(first, last)
    governor = doc.tokens[head].head
    if governor == head:
        return None
    if relation != TIME:
        # "the 1998 final": the date dates a thing, not the clause; the clause still says what happened
        governor = doc.tokens[governor].head if doc.tokens[governor].head != governor else governor
    predicate = clause_of(doc, governor)
    if predicate is None:
        return None
    return statement(doc, predicate, without=(first, last))
