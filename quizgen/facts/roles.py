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

import re

from ..model import Document, Token
from ..nlp.lexicon import ROLE_TITLES

_PHRASE_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "JJS", "JJR", "POS", "VBN", "CD", "HYPH", "RBS"}
_INNER_WORDS = {"of", "to", "for", "at", "in", "on", "the", "and"}
_COPULAS = {"is", "was", "became", "becomes", "served", "serves", "remains", "remained", "named", "appointed",
            "elected"}
_MAX_ROLE_TOKENS = 14
_APPOSITION_STOPS = {",", ";", "(", ")", "\u2014", "\u2013", ".", ":", "!", "?"}
_ROLE_WORDS = (ROLE_TITLES | {"republican", "democrat", "conservative", "liberal", "socialist", "communist"}) - {
    "mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord", "miss", "st", "saint"}


def _is_role_word(token: Token) -> bool:
    return token.text.lower().rstrip(".") in _ROLE_WORDS or token.text.lower() in _ROLE_WORDS


def _role_text(doc: Document, first: int, last: int) -> tuple[str, int, int] | None:
    """Clean a candidate span into role text; None if it has no role word."""
    tokens = doc.tokens
    while first < last and (tokens[first].text.lower() in ("a", "an", "the", "its", "his", "their")
                            or tokens[first].tag in ("CC", "IN", "DT", ",", "RB")):
        first += 1
    while first < last - 1 and re.fullmatch(r"\d+-year-old|then|future", tokens[first].text.lower()):
        first += 1  # "21-year-old Major" → "Major": an age or a time is not part of the title
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
    head = next((k for k in range(first, last) if tokens[k].text.lower() == "of"), last) - 1
    if tokens[head].tag == "NNS" and not _is_role_word(tokens[head]):
        return None  # "representatives of every group": a role belongs to one person
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
    # An inner word may only stand between role-phrase words: trim one that begins the phrase, and
    # cut "critics of U.S. President" to "U.S. President" (no role word before the "of").
    k = end - 1
    while k > i:
        if tokens[k].text.lower() in ("of", "to", "for") and not any(_is_role_word(t) for t in tokens[i:k]):
            i = k + 1
            break
        k -= 1
    while i < end and tokens[i].text.lower() in _INNER_WORDS:
        i += 1
    return i


def roles_before(doc: Document, first: int, sentence_first: int) -> list[tuple[str, int, int]]:
    out = []
    tokens = doc.tokens
    # "ROLE Name": the phrase runs up to the name itself, and its last word is a role word
    # ("president Tokayev", "Kazakh ambassador to the UN Yerlan Alimbayev").
    start = _backwards_phrase(doc, first, sentence_first)
    if start < first and _best_prefix_role(doc, start, first):
        for part_first, part_last in _split_and(doc, start, first):
            role = _role_text(doc, part_first, part_last)
            if role:
                out.append(role)
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
    if tokens[i].text.lower() == "as" and i + 1 < sentence_last and tokens[i + 1].text.lower() != "well":
        return _role_list(doc, i + 1, sentence_last)  # "picking up Jacob Van Braam as an interpreter"
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
    verb = tokens[k].text.lower()
    k += 1
    if verb in ("named", "appointed", "elected") and k < sentence_last and tokens[k].tag == "NNP":
        return out  # "Nixon named William E. Simon as …": the role is Simon's, not Nixon's
    if verb.startswith("serv"):
        # "served in Germany as an intelligence officer", "served from 1976 to 1991 as its counsel"
        as_at = next((j for j in range(k, min(k + 8, sentence_last)) if tokens[j].text.lower() == "as"), None)
        if as_at is None:
            return out
        k = as_at
    if k < sentence_last and tokens[k].text.lower() == "as":
        k += 1
    elif k < sentence_last and tokens[k].tag in ("IN", "TO", "RB", "VBN", "VBG"):
        return out  # "was in Geneva to open …": a place or an action, not a role
    return _role_list(doc, k, sentence_last)


def _role_list(doc: Document, k: int, sentence_last: int) -> list[tuple[str, int, int]]:
    """Roles from token ``k`` on: one, or a list of them with years in parentheses between
    ("assistant general counsel (1956–1959), associate counsel (1959–1961) and general counsel")."""
    tokens = doc.tokens
    out: list[tuple[str, int, int]] = []
    while k < sentence_last:
        j = k
        while j < sentence_last and tokens[j].text not in (",", ";", ".", "(", ":") \
                and tokens[j].tag not in ("VBD", "VBZ", "VBP", "WDT", "WP"):
            j += 1
        found = []
        for part_first, part_last in _split_and(doc, k, j):
            role = _role_text(doc, part_first, part_last)
            if role:
                found.append(role)
        out += found
        if j >= sentence_last or tokens[j].text != "(" or not found:
            break
        close = next((c for c in range(j, sentence_last) if tokens[c].text == ")"), None)
        if close is None:
            break
        k = close + 1
        while k < sentence_last and tokens[k].text.lower() in (",", "and"):
            k += 1
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


_SUBJECT_PRONOUNS = {"he", "she"}
_OBJECT_PRONOUNS = {"him", "her"}
_APPOINTING_VERBS = {"appointed", "named", "made", "elected", "chose", "nominated", "hired", "promoted"}


def pronoun_roles(doc: Document, first: int, last: int, subject: bool = True,
                  objects: bool = True) -> list[tuple[str, int, int]]:
    """Roles a sentence gives someone it calls "he" or "she" ("He served as press secretary"), or
    "him"/"her" ("Reagan named him vice chairman of the Commission")."""
    tokens = doc.tokens
    out: list[tuple[str, int, int]] = []
    for k in range(first, last):
        low = tokens[k].text.lower()
        if low in _SUBJECT_PRONOUNS and subject:
            out += _copula_roles(doc, k + 1, last)
        elif objects and low in _OBJECT_PRONOUNS and k > first and tokens[k - 1].text.lower() in _APPOINTING_VERBS:
            j = k + 1
            if j < last and tokens[j].text.lower() == "as":
                j += 1
            end = j
            while end < last and tokens[end].text not in _APPOSITION_STOPS and tokens[end].tag not in (
                    "VBD", "VBZ", "VBP", "WDT", "WP", "TO") and tokens[end].text.lower() not in ("in", "on", "from"):
                end += 1
            for part_first, part_last in _split_and(doc, j, end):
                role = _role_text(doc, part_first, part_last)
                if role:
                    out.append(role)
    return out
