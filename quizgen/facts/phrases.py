"""Small phrase finders over tagged tokens, shared by the number and date extractors."""

from __future__ import annotations

from ..model import Document

_NOUN = ("NN", "NNS", "NNP", "NNPS")
_MODIFIER = ("JJ", "JJR", "JJS", "VBN", "NN", "NNP", "HYPH")
_PREPOSITIONS = {"in", "on", "at", "since", "by", "from", "until", "during", "of", "after", "before", "around",
                 "between", "through", "till", "to", "over", "about", "within"}


def noun_phrase_after(doc: Document, i: int, limit: int, max_words: int = 3) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` ("constitutional reforms"), ending in a plural or
    singular noun, at most ``max_words`` long."""
    tokens = doc.tokens
    j = i
    end = None
    while j < limit and j - i < max_words and (tokens[j].tag in _MODIFIER or tokens[j].tag in _NOUN or (
            j > i and tokens[j].tag == "CD" and tokens[j - 1].tag == "NNP")):  # "PlayStation 5 consoles"
        if tokens[j].tag in ("NN", "NNS", "NNPS") or (tokens[j].tag == "NNP" and j > i):
            end = j + 1
        j += 1
    if end is None:
        return None
    return i, end


def noun_phrase_before(doc: Document, i: int, floor: int, reach: int = 8,
                       plural_reach: int = 0) -> tuple[int, int] | None:
    """The nearest noun phrase left of token ``i``, with one "of/with/in X" complement after it.
    With ``plural_reach``, a plural noun that near wins over a nearer singular one: what a bare
    number counts is plural ("the number of required signatures … from 50,000")."""
    tokens = doc.tokens
    k = plural_noun_before(doc, i, floor, plural_reach)
    if k is None:
        k = i - 1
        while k >= max(floor, i - reach) and tokens[k].tag not in ("NN", "NNS"):
            k -= 1
        if k < max(floor, i - reach):
            return None
    head = k
    start = head
    while start - 1 >= floor and tokens[start - 1].tag in _MODIFIER:
        start -= 1
    end = head + 1
    if end + 1 < i and tokens[end].text.lower() in ("of", "with", "in", "for") and tokens[end + 1].tag in _NOUN:
        end += 2
        while end < i and tokens[end].tag in _NOUN:
            end += 1
    return start, end


def plural_noun_before(doc: Document, i: int, floor: int, reach: int) -> int | None:
    """Index of the nearest plural common noun within ``reach`` tokens left of token ``i``."""
    return next((j for j in range(i - 1, max(floor, i - reach) - 1, -1) if doc.tokens[j].tag == "NNS"), None)


def clause_without(doc: Document, first_token: int, last_token: int, span_first: int, span_last: int,
                   max_words: int = 20) -> str | None:
    """The clause of a sentence that holds tokens [span_first, span_last), with that span (and a
    preposition before it) taken out: "In October 2021, the country was elected a member" →
    "the country was elected a member". Falls back to the neighbouring clause when the span's own
    clause is only an introductory phrase."""
    tokens = doc.tokens
    bounds = [first_token]
    for k in range(first_token, last_token):
        if span_first <= k < span_last:
            continue  # the comma of "April 12, 1981" is part of the date, not a clause break
        if tokens[k].text in (",", ";", ":", "\u2014", "(", ")") or tokens[k].text.lower() in ("while", "but", "which", "where"):
            bounds.append(k)
            bounds.append(k + 1)
    bounds.append(last_token)
    clauses = [(bounds[n], bounds[n + 1]) for n in range(0, len(bounds) - 1, 2) if bounds[n] < bounds[n + 1]]
    own = next(((a, b) for a, b in clauses if a <= span_first < b), None)
    if own is None:
        return None
    a, b = own
    words = [k for k in range(a, b) if not span_first <= k < span_last]
    if span_first - 1 in words and tokens[span_first - 1].text.lower() in _PREPOSITIONS:
        words.remove(span_first - 1)
    if len(words) < 4 or not any(tokens[k].tag.startswith("VB") for k in words):
        # "Yesterday, day five of the World Cup, Sweden defeated South Korea": the event is the
        # first following clause with a verb
        index = clauses.index(own)
        for a, b in clauses[index + 1:index + 3]:
            if any(tokens[k].tag.startswith("VB") for k in range(a, b)):
                words = list(range(a, b))
                break
    words = [k for k in words if tokens[k].tag not in (".",) and tokens[k].text not in ("“", "”", '"')]
    while words and (tokens[words[0]].tag in ("CC", "IN", "POS") or tokens[words[0]].text in ("'s", "\u2019s")) \
            and tokens[words[0]].text.lower() not in ("since",):
        words.pop(0)
    if len(words) < 2:
        return None
    if len(words) > max_words:
        return None  # cut short, an event reads as a fragment; better none than a broken one
    if not any(tokens[k].tag.startswith("VB") for k in words) or any(
            tokens[k].text.lower() in ("i", "we", "you", "my", "our") for k in words):
        return None  # no verb is no event; "I think we have learned a lot" is a quotation
    while len(words) > 2 and tokens[words[-1]].tag in ("IN", "DT", "CC", "TO", ",", "PRP$"):
        words.pop()  # "… Yerlan Alimbayev during" reads better without the dangling "during"
    out = []
    for n, k in enumerate(words):
        if n and (tokens[k].start != tokens[words[n - 1]].end or k != words[n - 1] + 1):
            out.append(" ")
        out.append(tokens[k].text)
    return "".join(out).strip()
