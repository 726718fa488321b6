"""The recogniser component: names from the statistical model, dates and amounts from the rules,
countries and nationalities from the gazetteer, one label per token (rules and exact country names
win over the model, as said below)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Document, Entity, Token
from .gazetteer import gazetteer
from .lexicon import GROUP_WORDS
from .ner import name_tagger
from .rules import rule_entities


def recognise(doc: Document) -> Document:
    entities: list[Entity] = []
    for sentence in doc.sentences:
        entities.extend(_sentence_entities(doc.text, list(doc.tokens[sentence.first_token:sentence.last_token])))
    return replace(doc, entities=tuple(entities))


def _sentence_entities(text: str, tokens: list[Token]) -> list[Entity]:
    words = [t.text for t in tokens]
    tags = [t.tag for t in tokens]
    gaz = gazetteer()
    taken = [False] * len(tokens)
    found: list[tuple[int, int, str, float, str, tuple]] = []

    def claim(first: int, last: int) -> bool:
        if any(taken[first:last]):
            return False
        for k in range(first, last):
            taken[k] = True
        return True

    names = name_tagger().tag(words, tags)
    rules = rule_entities(tokens)
    # Dates, money and other numeric expressions are the rules' job: a capitalised "March" is a
    # date even where the name model, trained on corpora without dates, sees a name.
    for first, last, label in rules:
        if label == "PHONE":
            claim(first, last)  # a telephone number: no name and no number inside it
        elif label in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "LOC") and claim(first, last):
            found.append((first, last, label, 1.0, "rule", ()))
    # A country's name of several words is known exactly ("Saint Pierre and Miquelon", "South
    # Korea"): it wins over the model's spans, which may cut it or read a person in it.
    country_spans = [(first, last) for first, last in gaz.match_places(words)
                     if words[first][:1].isupper() and " ".join(words[first:last]) in gaz.countries]
    for first, last in country_spans:
        if last - first > 1 and claim(first, last):
            found.append((first, last, "LOC", 0.95, "gazetteer", ()))
    for span in names:
        first, last, label = span.first, span.last, span.label
        if last - first == 1 and (words[first] in gaz.nationalities or words[first] in GROUP_WORDS) \
                and words[first] not in gaz.places:
            label = "NORP"  # "Kazakh", "Canadian": a nationality, not a place or an organisation
        if claim(first, last):
            found.append((first, last, label, span.score, "model", span.alternatives))
    for first, last, label in rules:
        if label in ("ORDINAL", "CARDINAL") and claim(first, last):
            found.append((first, last, label, 1.0, "rule", ()))
    for i, word in enumerate(words):
        if word in gaz.nationalities and word[:1].isupper() and claim(i, i + 1):
            found.append((i, i + 1, "NORP", 0.9, "gazetteer", ()))
    for first, last in country_spans:
        if claim(first, last):
            found.append((first, last, "LOC", 0.9, "gazetteer", ()))
    found.sort()
    out = []
    for first, last, label, score, source, alts in found:
        s, e = tokens[first].start, tokens[last - 1].end
        out.append(Entity(text[s:e], label, s, e, score, source, alts))
    return out
