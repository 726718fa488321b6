"""Number facts: value, unit (or counted noun) and a short phrase of what the number counts."""

from __future__ import annotations

import math
import re

from ..model import Document, Entity, Fact, NumberFact, Sentence, Token
from ..vocab import CURRENCY_SYMBOLS, MONTHS, UNIT_WORDS, VAGUE_AMOUNTS
from .evidence import mention_at
from .phrases import noun_phrase_after, noun_phrase_before, plural_noun_before
from .values import CURRENCY_CODES, UNIT_NAMES, number_value, ordinal_value

NUMBER_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
# Ordinals that only structure a text ("first half", "at first") carry no fact worth asking.
_STRUCTURAL_AFTER_ORDINAL = {"half", "few", "time", "times", "step", "steps", "phase", "part", "round", "glance",
                             "thing", "things", "sight", "instance", "place", "person", ",", ".", "and", "of"}
# Words before a number that only points into the document: "Figure 2.2", "Chapter 4", "page 12".
_DOCUMENT_PARTS = {"figure", "fig", "fig.", "table", "chapter", "section", "page", "pages", "p.", "pp.", "part",
                   "item", "equation", "eq.", "appendix", "volume", "vol.", "no.", "exercise", "example", "step",
                   "paragraph", "verse", "line", "lines", "clause", "article", "question", "slide", "box"}
_PRONOUN_ONE_AFTER = {"of", "another", "day", "way", "such", "who", "that", "which", ",", "."}


def extract_numbers(doc: Document) -> list[Fact]:
    facts = []
    for entity in doc.entities:
        if entity.label not in NUMBER_LABELS:
            continue
        sentence = doc.sentence_at(entity.start)
        if sentence is None:
            continue
        first, last = doc.token_range(entity.start, entity.end)
        fact = _number_fact(doc, entity, sentence, first, last)
        if fact:
            facts.append(fact)
    return facts


def _numbers_the_text(text: str, prev: Token | None, nxt: Token | None, starts_sentence: bool) -> bool:
    """A number that labels part of the document, not a quantity: "(Figure 2.2)", a list item's
    "1." or "2)", a heading's "2.1 Early Ideas in Atomic Theory"."""
    if prev is not None and prev.text.lower() in _DOCUMENT_PARTS:
        return True
    if prev is not None and nxt is not None and prev.text == "[" and nxt.text == "]":
        return True  # "[2]": a footnote mark
    if text.isdigit() and ((prev is not None and prev.text == "/") or (nxt is not None and nxt.text == "/")):
        return True  # "9/11", "24/7": a name or a ratio written with a slash, not a count
    if not starts_sentence or not re.fullmatch(r"\d+(?:\.\d+)*", text):
        return False
    if nxt is None or nxt.text in (".", ")", ":"):
        return True
    if re.fullmatch(r"\d{1,2}", text) and nxt.tag in ("NNP", "NNPS"):
        return True  # "7 Ālī Qāpū": a guidebook's or list's item number before a name
    return "." in text and nxt.text[:1].isupper()


def _number_fact(doc: Document, entity: Entity, sentence: Sentence, first: int, last: int) -> Fact | None:
    tokens = doc.tokens
    prev = tokens[first - 1] if first > sentence.first_token else None
    nxt = tokens[last] if last < sentence.last_token else None
    low = entity.text.lower()
    if _inside_name(entity, prev, nxt, first == sentence.first_token):
        return None
    if _numbers_the_text(entity.text, prev, nxt, first == sentence.first_token):
        return None
    if nxt is not None and nxt.text.lower() in ("o'clock", "o\u2019clock"):
        return None  # "at ten o'clock": a time of day, not a quantity
    if re.fullmatch(r"\d{1,2}[-–]\d{1,2}", entity.text):
        return _fact(doc, sentence, entity.start, entity.end, None, "score", "score")
    determined = prev is not None and (prev.text.lower() == "the" or prev.tag == "PRP$" or prev.text in ("'s", "\u2019s"))
    if low == "first" and not (determined and nxt is not None and nxt.tag in ("NN", "NNS", "JJ", "NNP")):
        return None  # "first" mostly orders a story ("at first", "first half"); keep "the first X"
    if low == "one" and (nxt is None or nxt.text.lower() in _PRONOUN_ONE_AFTER or not nxt.tag.startswith("NN")
                         or (prev is not None and prev.text.lower() in ("no", "the", "any", "every", "each"))):
        return None
    if entity.label == "ORDINAL":
        structural = nxt is None or nxt.text.lower() in _STRUCTURAL_AFTER_ORDINAL or (
            prev is not None and prev.text.lower() in ("at", "the") and nxt.tag not in ("NN", "NNS", "NNP", "JJ", "JJS"))
        if structural and "-" not in entity.text:
            return None
        if prev is not None and prev.text.lower() == "the" and first >= 2 and tokens[first - 2].text.lower() == "of":
            return None  # "one of the first"
    text_first, text_last = first, last
    unit: str | None
    value: float | None
    if low in VAGUE_AMOUNTS:
        value = None
        text_last = last + (1 if nxt is not None and nxt.tag in ("VBN", "VBD", "NNS") else 0)
        unit = nxt.text if nxt is not None and nxt.tag == "NNS" else "people"
    elif entity.label == "PERCENT":
        value, unit = number_value(entity.text), "%"
    elif entity.label == "MONEY":
        value = number_value(entity.text)
        unit = _currency(entity.text)
    elif entity.label == "QUANTITY":
        words = entity.text.lower().split()
        value = number_value(entity.text)
        unit_word = words[-1] if words[-1] in UNIT_WORDS else None
        unit = UNIT_NAMES.get(unit_word or "", unit_word)
        if len(words) >= 2 and words[-2] in ("sq", "square") and unit:
            unit = f"sq {unit}" if unit != "km" else "km2"
        elif len(words) >= 2 and words[-2] == "cubic" and unit:
            unit = f"cubic {unit}" if unit not in ("km", "m") else f"{unit}3"
    elif entity.label == "ORDINAL":
        value = ordinal_value(entity.text)
        unit = "rank"
    else:
        value = number_value(entity.text)
        noun = noun_phrase_after(doc, last, sentence.last_token, max_words=3)
        unit = doc.text[tokens[noun[0]].start:tokens[noun[1] - 1].end] if noun else None
        age_of_a_name = "-" in entity.text and noun is not None and tokens[noun[0]].tag.startswith("NNP")
        if noun and noun[0] == last and not age_of_a_name:
            text_last = noun[1]  # ("the 21-year-old Major George Washington": the number is his age)
        if "-" in entity.text and (not entity.text[0].isdigit() or age_of_a_name):
            unit = entity.text.split("-", 1)[1]
        if unit is None:
            # a bare number counts what the parse ties it to ("a population of 40,000", "signatures … rose
            # to 50,000"); failing that, the plural noun before it
            unit = counted_by_parse(doc, first, last, head_only=True)
            if unit is None:
                counted_before = plural_noun_before(doc, first, sentence.first_token, 12)
                unit = tokens[counted_before].text if counted_before is not None else None
    if value is None and low not in VAGUE_AMOUNTS and not (entity.label == "QUANTITY" and " to " in entity.text):
        return None  # (a range of one measure, "5 to 10 meters", is kept: a fact with no one value)
    if value is not None and not math.isfinite(value):
        return None  # a 400-digit run of figures is no quantity anyone can be asked about
    start, end = tokens[text_first].start, tokens[text_last - 1].end
    if entity.label == "MONEY" or entity.label == "PERCENT" or entity.label == "QUANTITY":
        start, end = entity.start, entity.end
    counts = _counts(doc, sentence, first, last, unit if entity.label == "CARDINAL" else None)
    return _fact(doc, sentence, start, end, value, unit, counts)


def _fact(doc: Document, sentence: Sentence, start: int, end: int, value: float | None, unit: str | None,
          counts: str | None) -> Fact:
    text = doc.text[start:end]
    return NumberFact(text=text, value=value, unit=unit, counts=counts,
                mentions=(mention_at(doc, start, end, sentence, "number"),))


def _inside_name(entity: Entity, prev: Token | None, nxt: Token | None, at_start: bool) -> bool:
    """"Vostok 1", "Highway 407", "Boeing 747": a bare number right after a capitalised word;
    "Three Mile Island", "Six-Day War", "FIRST Global": a capitalised number word inside a name."""
    if entity.text[:1].isalpha() and entity.text[:1].isupper() and not at_start:
        return bool(nxt is not None and nxt.text[:1].isupper()) or "-" in entity.text or entity.text.isupper()
    if not re.fullmatch(r"\d+", entity.text) or prev is None:
        return False
    if prev.text.lower().rstrip(".") in MONTHS:
        return False
    return prev.tag in ("NNP", "NNPS") and prev.text[:1].isupper()


def _currency(text: str) -> str:
    low = text.lower()
    for symbol in sorted(CURRENCY_SYMBOLS, key=len, reverse=True):
        if low.startswith(symbol.lower()):
            return CURRENCY_CODES.get(symbol.lower(), symbol)
    last = low.split()[-1]
    return CURRENCY_CODES.get(last, last)


def counted_by_parse(doc: Document, first: int, last: int, head_only: bool = False) -> str | None:
    """What the number at tokens ``first:last`` counts or measures, by the parse: the noun it is a
    numeric modifier of ("300 engineers"), the noun it completes ("a population of 40,000"), or the
    subject of the clause it measures in ("the border stretches over 7,600 km")."""
    tokens = doc.tokens
    head = doc.head_of(first, last)
    dep, governor = tokens[head].dep, tokens[head].head
    noun = None
    if dep == "nummod" and governor >= last and tokens[governor].tag in ("NN", "NNS"):
        noun = governor
    elif dep == "nmod" and tokens[governor].tag in ("NN", "NNS"):
        noun = governor
    elif dep in ("obj", "obl", "nsubj", "root") and governor != head or dep == "root":
        predicate = head if dep == "root" else governor
        noun = next((c for c in doc.children(predicate) if tokens[c].dep in ("nsubj", "nsubj:pass")
                     and tokens[c].tag in ("NN", "NNS")), None)
    if noun is None:
        return None
    if head_only:
        return tokens[noun].text
    start = noun
    while start - 1 >= 0 and tokens[start - 1].head == noun and tokens[start - 1].dep in ("amod", "compound") \
            and not first <= start - 1 < last:
        start -= 1
    end = noun + 1
    of = [c for c in doc.children(noun) if c > noun and tokens[c].dep == "nmod"
          and any(tokens[g].text.lower() == "of" for g in doc.children(c)) and not first <= c < last]
    if of:
        sub = doc.subtree(of[0])
        if sub[1] - noun <= 6:
            end = sub[1]
    return doc.text[tokens[start].start:tokens[end - 1].end]


def _counts(doc: Document, sentence: Sentence, first: int, last: int, counted: str | None) -> str | None:
    """What the number measures: its counted noun phrase with a following "of …", or the noun it
    describes before it ("a border with Russia that stretches over 7,600 km" → "border with Russia")."""
    if counted:
        return counted
    by_parse = counted_by_parse(doc, first, last)
    if by_parse:
        return by_parse
    before = noun_phrase_before(doc, first, sentence.first_token, plural_reach=12)
    if before:
        return doc.text[doc.tokens[before[0]].start:doc.tokens[before[1] - 1].end]
    return None
