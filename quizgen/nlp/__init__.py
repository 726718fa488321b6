"""quizgen's own offline NLP: sentences, tokens with offsets, POS tags and entities.

``annotate(text)`` is the one entry point; the fact extractor reads only the ``Document`` it returns,
so any layer underneath (splitter, tagger, recogniser) can be swapped without touching it.
"""

from __future__ import annotations

from ..model import Document, Entity, Sentence, Token
from .gazetteer import gazetteer
from .lexicon import GROUP_WORDS
from .ner import name_tagger
from .pos import pos_tag
from .rules import rule_entities
from .sentences import split_sentences
from .tokenize import iter_token_spans

__all__ = ["annotate", "load_models"]


def load_models() -> None:
    """Load every model now instead of on first use (for benchmarks and long-running callers)."""
    from .resources import load_model

    for name in ("punkt", "pos", "ner", "gazetteer"):
        load_model(name)
    gazetteer()
    name_tagger()


def annotate(text: str, start: int = 0, end: int | None = None) -> Document:
    """Annotate ``text[start:end]``; every offset in the result is into ``text`` itself."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    entities: list[Entity] = []
    for sent_start, sent_end in split_sentences(text, start, end):
        spans = list(iter_token_spans(text, sent_start, sent_end))
        words = [text[s:e] for s, e in spans]
        tags = pos_tag(words)
        sent_tokens = [Token(w, s, e, t) for w, (s, e), t in zip(words, spans, tags)]
        first = len(tokens)
        tokens.extend(sent_tokens)
        sentences.append(Sentence(sent_start, sent_end, first, len(tokens)))
        entities.extend(_sentence_entities(text, sent_tokens))
    return Document(text=text, sentences=tuple(sentences), tokens=tuple(tokens), entities=tuple(entities))


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
        if label in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") and claim(first, last):
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
