"""Roles and titles the text states for a person mention.

Four constructions, tried around every mention of a person:
- before the name: "Kazakh ambassador to the UN Yerlan Alimbayev", "deputy foreign minister Roman V."
- before the name with a comma: "Kazakhstan's human rights commissioner, Elvira Azimova,"
- apposition after it: "Svetlana Vorobyeva, Central Asia researcher for HRW,", "Tokayev, a seasoned
  diplomat and former director general of the UN office in Geneva,"
- a copula or relative clause: "X was the first Administrator", "X, who served as press secretary".
A candidate counts only if it contains a role word (ambassador, director, …), so an ordinary noun
phrase next to a name is not taken for a title.
"""

from __future__ import annotations

from ..model import Document, Token
from ..nlp.lexicon import ROLE_TITLES

_PHRASE_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "JJS", "JJR", "POS", "VBN", "CD", "HYPH", "RBS"}
_INNER_WORDS = {"of", "to", "for", "at", "in", "on", "the", "and"}
_COPULAS = {"is", "was", "became", "becomes", "served", "serves", "remains", "remained", "named", "appointed",
            "elected"}
_MAX_ROLE_TOKENS = 14
_APPOSITION_STOPS = {",", ";", "(", ")", "\u2014", "\u2013", ".", ":", "!", "?"}
_ROLE_WORDS = ROLE_TITLES - {"mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord",
                             "miss", "st", "saint", "member"}


def _is_role_word(token: Token) -> bool:
    return token.text.lower().rstrip(".") in _ROLE_WORDS or token.text.lower() in _ROLE_WORDS


def _role_text(doc: Document, first: int, last: int) -> tuple[str, int, int] | None:
    """Clean a candidate span into role text; None if it has no role word."""
    tokens = doc.tokens
    while first < last and (tokens[first].text.lower() in ("a", "an", "the", "its", "his", "their")
                            or tokens[first].tag in ("CC", "IN", "DT", ",", "RB")):
        first += 1
    if first < last and (tokens[first].tag in ("PRP", "WP", "WP$", "VBD", "VBN", "VBZ") or
                         tokens[first].text.lower() in ("him", "her", "them", "whose")):
        return None  # "him to the Commission", "whose head", "awarded …": not a role phrase
    # "editor from 1899 until his death": the role ends where its dates begin
    for k in range(first + 1, last - 1):
        if tokens[k].tag == "IN" and (tokens[k + 1].tag == "CD" or tokens[k].text.lower() in ("until", "since")):
            last = k
            break
    while last > first and (tokens[last - 1].tag in ("IN", "DT", "CC", "TO", ",", "POS", ".")
                            or tokens[last - 1].text in (",", "'s", "\u2019s")):
        last -= 1
    if first >= last or last - first > _MAX_ROLE_TOKENS:
        return None
    if not any(_is_role_word(t) for t in tokens[first:last]):
        return None
    start, end = tokens[first].start, tokens[last - 1].end
    return doc.text[start:end], start, end


def _backwards_phrase(doc: Document, end: int, floor: int) -> int:
    """Start of the role-like noun phrase that ends just before token ``end``."""
    tokens = doc.tokens
    i = end
    while i > floor:
        tok = tokens[i - 1]
        low = tok.text.lower()
        if tok.tag in _PHRASE_TAGS or low in ("'s", "\u2019s") or (low in _INNER_WORDS and i - 1 > floor):
            i -= 1
            continue
        break
    # An inner word may only stand between role-phrase words: trim one that begins the phrase.
    while i < end and tokens[i].text.lower() in _INNER_WORDS:
        i += 1
    return i


def roles_before(doc: Document, first: int, sentence_first: int) -> list[tuple[str, int, int]]:
    out = []
    tokens = doc.tokens
    # "ROLE Name": the phrase runs up to the name itself, and its last word is a role word
    # ("president Tokayev", "Kazakh ambassador to the UN Yerlan Alimbayev").
    start = _backwards_phrase(doc, first, sentence_first)
    if start < first:
        span = _best_prefix_role(doc, start, first)
        if span:
            out.append(span)
    # "ROLE, Name,": a comma between them, and the phrase starts a clause.
    if first - 1 > sentence_first and tokens[first - 1].text == ",":
        start = _backwards_phrase(doc, first - 1, sentence_first)
        if start < first - 1 and (start == sentence_first or tokens[start - 1].text in (",", "the", "The")
                                  or tokens[start - 1].tag in ("IN", "VBD", "VBZ", "DT", "CC")):
            role = _role_text(doc, start, first - 1)
            if role and _is_role_word(tokens[first - 2]):
                out.append(role)
    return out


def _best_prefix_role(doc: Document, start: int, end: int) -> tuple[str, int, int] | None:
    """In "... the UN Yerlan", the role must end in a role word or in the name of its organisation."""
    tokens = doc.tokens
    # Find the last role word: what follows it up to the name must be a complement ("to the UN"),
    # not a new phrase.
    last_role = max((k for k in range(start, end) if _is_role_word(tokens[k])), default=None)
    if last_role is None:
        return None
    tail = [t.text.lower() for t in tokens[last_role + 1:end]]
    if tail and tail[0] not in ("of", "to", "for", "at", "general", "in") and not tokens[last_role + 1].tag.startswith("NNP"):
        return None
    return _role_text(doc, start, end)


def roles_after(doc: Document, last: int, sentence_last: int) -> list[tuple[str, int, int]]:
    tokens = doc.tokens
    out: list[tuple[str, int, int]] = []
    if last >= sentence_last:
        return out
    if tokens[last].text in ("'s", "\u2019s"):
        return out
    i = last
    if tokens[i].text == ",":
        i += 1
        if i < sentence_last and tokens[i].text.lower() == "who":
            i += 1
            return _copula_roles(doc, i, sentence_last)
        # apposition: up to the next comma, "who", a finite verb, or the end of the sentence
        j = i
        while j < sentence_last and tokens[j].text not in _APPOSITION_STOPS \
                and tokens[j].tag not in ("VBD", "VBZ", "VBP", "VB", "MD", "WP", "WDT"):
            j += 1
        if j == i:
            return out
        for part_first, part_last in _split_and(doc, i, j):
            role = _role_text(doc, part_first, part_last)
            if role:
                out.append(role)
        return out
    return _copula_roles(doc, i, sentence_last)


def _copula_roles(doc: Document, i: int, sentence_last: int) -> list[tuple[str, int, int]]:
    tokens = doc.tokens
    out = []
    k = i
    # skip auxiliaries: "has been", "had also served as"
    while k < sentence_last and tokens[k].text.lower() in ("has", "had", "have", "been", "also", "later", "then", "briefly"):
        k += 1
    if k >= sentence_last or tokens[k].text.lower() not in _COPULAS:
        return out
    k += 1
    if k < sentence_last and tokens[k].text.lower() == "as":
        k += 1
    elif k < sentence_last and tokens[k].tag in ("IN", "TO", "RB", "VBN", "VBG"):
        return out  # "was in Geneva to open …": a place or an action, not a role
    j = k
    while j < sentence_last and tokens[j].text not in (",", ";", ".", "(", ":") \
            and tokens[j].tag not in ("VBD", "VBZ", "VBP", "WDT", "WP"):
        j += 1
    for part_first, part_last in _split_and(doc, k, j):
        role = _role_text(doc, part_first, part_last)
        if role:
            out.append(role)
    return out


def _split_and(doc: Document, first: int, last: int) -> list[tuple[int, int]]:
    """Split "a seasoned diplomat and former director general of X" at "and" when both sides hold a role."""
    tokens = doc.tokens
    for k in range(first + 1, last - 1):
        if tokens[k].text.lower() == "and":
            left, right = (first, k), (k + 1, last)
            if any(_is_role_word(t) for t in tokens[first:k]) and any(_is_role_word(t) for t in tokens[k + 1:last]):
                return [left, *_split_and(doc, *right)]
    return [(first, last)]
