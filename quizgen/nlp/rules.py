"""Rule layer of the recogniser: dates, times, money, percentages, quantities, ordinals and cardinals.

These are closed, regular constructions where hand-written patterns over tokens beat a statistical
model trained on corpora that mostly do not mark them. Matchers run left to right over a sentence's
tokens; each returns the token index one past its match, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..model import Token
from ..vocab import (
    CURRENCY_SYMBOLS,
    FACILITY_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    SEASONS,
    UNIT_WORDS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)

DIGITS = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")
YEAR = re.compile(r"^(1[0-9]\d\d|20\d\d)$")
DECADE = re.compile(r"^(?:mid-)?(1[0-9]\d0|20\d0)s$|^['\u2019]\d0s$")
ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$")
CURRENCY_WORDS = frozenset("""dollar dollars euro euros pound pounds yen yuan rupee rupees shilling shillings
francs franc rubles roubles ruble rouble tenge pesos peso won usd eur gbp cents cent""".split())
TIME_WORDS = frozenset("a.m. p.m. am pm gmt utc noon midnight".split())
RELATIVE_DAY = frozenset("today yesterday tomorrow tonight".split())
RELATIVE_UNITS = frozenset("day days week weeks month months year years decade decades century centuries".split())
DATE_QUALIFIERS = frozenset("early late mid the end beginning start middle".split())


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if 0 <= i < len(tokens) else ""


@lru_cache(maxsize=1 << 16)
def is_number_token(text: str) -> bool:
    low = text.lower()
    if DIGITS.match(text):
        return True
    if low in NUMBER_WORDS:
        return True
    parts = low.split("-")
    return len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS  # twenty-five


def _is_month(tokens: list[Token], i: int, strict: bool) -> bool:
    if not 0 <= i < len(tokens):
        return False
    text = tokens[i].text.rstrip(".")
    if text.lower() not in MONTHS:
        return False
    if text.lower() == "may" and strict:
        return text == "May" and tokens[i].tag.startswith("NNP")
    return text[:1].isupper() or not strict


def _day(text: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", text)) and 1 <= int(re.match(r"\d+", text).group()) <= 31


def _year_at(tokens: list[Token], i: int) -> bool:
    return 0 <= i < len(tokens) and bool(YEAR.match(tokens[i].text))


def match_date(tokens: list[Token], i: int) -> int | None:
    end = _match_date_core(tokens, i)
    if end is None:
        return None
    # "1974–76": a year range written with a two-digit end
    if (end == i + 1 and YEAR.match(tokens[i].text) and end + 1 < len(tokens) and tokens[end].text in ("-", "–")
            and re.fullmatch(r"\d\d", tokens[end + 1].text) and tokens[end].start == tokens[i].end
            and tokens[end + 1].start == tokens[end].end):
        return end + 2
    # Ranges: "1965 to 1969", "1956–1959", "June and September", "August 1964-August 1965".
    if end < len(tokens) and _low(tokens, end) in ("to", "-", "–", "—", "and", "until", "through"):
        second = _match_date_core(tokens, end + 1)
        if second is not None and _same_kind(tokens, i, end, end + 1, second):
            return second
        # "1200 to about 400 BCE": a BC era after the second year dates the (larger) first one too
        after = end + 2 if _low(tokens, end + 1) in APPROXIMATORS else end + 1
        second = _match_date_core(tokens, after)
        if end == i + 1 and second == after + 2 and _low(tokens, after + 1) in BC_ERAS \
                and re.fullmatch(r"\d{1,4}", tokens[i].text) and int(tokens[i].text) > int(tokens[after].text):
            return second
    return end


APPROXIMATORS = frozenset({"about", "around", "roughly", "approximately", "c.", "ca.", "circa"})
BC_ERAS = frozenset({"bc", "b.c.", "bce"})


def _same_kind(tokens: list[Token], a0: int, a1: int, b0: int, b1: int) -> bool:
    def kind(s: int, e: int) -> str:
        words = [t.text for t in tokens[s:e]]
        if all(YEAR.match(w) for w in words):
            return "year"
        return "month" if any(w.lower() in MONTHS for w in words) else "other"
    return kind(a0, a1) == kind(b0, b1) and (a1 - a0) == (b1 - b0)


def _optional_year(tokens: list[Token], j: int) -> int:
    """End of a day-and-month date at token ``j``, taking a following ", 2022" or "2022" along."""
    if _low(tokens, j) == "," and _year_at(tokens, j + 1):
        return j + 2
    if _year_at(tokens, j):
        return j + 1
    return j


def _match_date_core(tokens: list[Token], i: int) -> int | None:
    n = len(tokens)
    if i >= n:
        return None
    low = _low(tokens, i)
    text = tokens[i].text
    # eras: "AD 79", "44 BC", "79 AD", "500 BCE"
    if low in ("ad", "a.d.", "ce") and text.isupper() and i + 1 < n and re.fullmatch(r"\d{1,4}", tokens[i + 1].text):
        return i + 2
    if re.fullmatch(r"\d{1,4}", text) and i + 1 < n and _low(tokens, i + 1) in ("bc", "b.c.", "bce", "ad", "a.d.", "ce") \
            and tokens[i + 1].text.isupper():
        return i + 2
    # qualifiers: "early 1754", "late 1980s", "mid-2000s", "the early months of 1754"
    if low in ("early", "late", "mid", "mid-"):
        inner = _match_date_core(tokens, i + 1)
        if inner is not None and _low(tokens, i + 1) not in WEEKDAYS:
            return inner
    # 25 April, 2022 / 25 April 2022 / 16 march
    if _day(text) and _is_month(tokens, i + 1, strict=False):
        return _optional_year(tokens, i + 2)
    if _is_month(tokens, i, strict=True):
        # April 25, 2022 / April 25 / October 2021 / June
        if i + 1 < n and _day(tokens[i + 1].text):
            return _optional_year(tokens, i + 2)
        if _year_at(tokens, i + 1):
            return i + 2
        if _low(tokens, i + 1) == "of" and _year_at(tokens, i + 2):
            return i + 3
        return i + 1
    # seasons: "summer of 1966", "spring 2010"
    if low in SEASONS:
        if _low(tokens, i + 1) == "of" and _year_at(tokens, i + 2):
            return i + 3
        if _year_at(tokens, i + 1):
            return i + 2
        return None
    if DECADE.match(text):
        return i + 1
    if YEAR.match(text):
        nxt = tokens[i + 1] if i + 1 < n else None
        prev = tokens[i - 1].text if i else ""
        if prev in CURRENCY_SYMBOLS or (nxt and (nxt.text.lower() in UNIT_WORDS or nxt.text == "%")):
            return None
        if nxt and nxt.tag == "NNS" and nxt.text.islower() and nxt.text not in RELATIVE_UNITS and prev.lower() != "the":
            return None  # "1500 people" (but "the 1967 territories", "the 1980 elections" name a year)
        return i + 1
    # 18th century
    if (ORDINAL_DIGITS.match(text) or low in ORDINAL_WORDS) and _low(tokens, i + 1) in ("century", "centuries"):
        return i + 2
    # relative: "last month", "next year", "this week", "yesterday", "Tuesday", "three years ago"
    if low in WEEKDAYS and _low(tokens, i + 1) == ",":
        full = _match_date_core(tokens, i + 2)  # a dateline: "Wednesday, April 13, 2011"
        if full is not None and any(YEAR.match(t.text) for t in tokens[i + 2:full]):
            return full
    if low in RELATIVE_DAY or low in WEEKDAYS:
        return i + 1
    if low in ("last", "next", "this", "previous", "following", "coming", "past") and _low(tokens, i + 1) in RELATIVE_UNITS:
        if not (low == "past" and _low(tokens, i + 1).endswith("s")):
            return i + 2
    return _ago(tokens, i)


AGO_UNITS = RELATIVE_UNITS | frozenset("hour hours minute minutes moment moments second seconds millennia".split())
_VAGUE_COUNTS = frozenset("several many some few".split())


def _ago(tokens: list[Token], i: int) -> int | None:
    """A time counted back from now: "three years ago", "a few hours ago", "hundreds of years ago",
    "ten thousand years ago", "decades ago"."""
    low = _low(tokens, i)
    j = i
    if low in ("a", "an"):
        j = i + 1
        if _low(tokens, j) in ("few", "couple"):
            j += 1
            if _low(tokens, j) == "of":
                j += 1
    elif low in _VAGUE_COUNTS:
        j = i + 1
    elif low in ("hundreds", "thousands", "millions", "dozens") and _low(tokens, i + 1) == "of":
        j = i + 2
    elif is_number_token(tokens[i].text):
        j = _number_phrase(tokens, i) or i + 1
    elif not low.endswith("s"):
        return None  # a bare unit counts back only in the plural: "decades ago"
    if _low(tokens, j) in AGO_UNITS and _low(tokens, j + 1) == "ago":
        return j + 2
    return None


def match_time(tokens: list[Token], i: int) -> int | None:
    text = tokens[i].text
    if re.fullmatch(r"\d{1,2}:\d\d", text):
        return i + 2 if _low(tokens, i + 1) in TIME_WORDS else i + 1
    if re.fullmatch(r"\d{1,2}", text) and _low(tokens, i + 1) in ("a.m.", "p.m.", "am", "pm"):
        return i + 2
    return None


def _number_phrase(tokens: list[Token], i: int) -> int | None:
    """A number in digits or words, with scale words: "7,600", "2 million", "two hundred", "9.37 bn"."""
    if i >= len(tokens) or not is_number_token(tokens[i].text):
        return None
    j = i + 1
    while j < len(tokens) and (_low(tokens, j) in SCALE_WORDS or (
            tokens[j].text.lower() in NUMBER_WORDS and tokens[j - 1].text.lower() in NUMBER_WORDS) or (
            # "one hundred and fifty": "and" after a scale word, before the rest of the number in words
            _low(tokens, j) == "and" and _low(tokens, j - 1) in ("hundred", "thousand") and not tokens[i].text[:1].isdigit()
            and _low(tokens, j + 1).split("-")[0] in NUMBER_WORDS)):
        if _low(tokens, j) in ("m", "k") and j + 1 < len(tokens) and tokens[j + 1].text[:1].isalpha():
            break  # "5 m tall": a unit, not a scale
        j += 2 if _low(tokens, j) == "and" else 1
    return j


def match_money(tokens: list[Token], i: int) -> int | None:
    text = tokens[i].text
    # "$" "9.37" "bn" / "US$" "803" "million" / "Shs15": a currency symbol token before a number
    symbol = text in CURRENCY_SYMBOLS or (text == "US" and _low(tokens, i + 1) == "$")
    if symbol:
        start = i + 2 if text == "US" else i + 1
        end = _number_phrase(tokens, start)
        return end
    m = re.fullmatch(r"(?:Shs|Ksh|KSh|US\$|USD)(\d[\d,.]*)", text)
    if m:
        return _number_phrase_after_digits(tokens, i)
    end = _number_phrase(tokens, i)
    if end is not None and _low(tokens, end) in CURRENCY_WORDS:
        return end + 1
    return None


def _number_phrase_after_digits(tokens: list[Token], i: int) -> int:
    j = i + 1
    while j < len(tokens) and _low(tokens, j) in SCALE_WORDS:
        j += 1
    return j


def match_percent(tokens: list[Token], i: int) -> int | None:
    end = _number_phrase(tokens, i)
    if end is None:
        return None
    if _low(tokens, end) in ("%", "percent", "pc"):
        return end + 1
    if _low(tokens, end) == "per" and _low(tokens, end + 1) == "cent":
        return end + 2
    return None


def match_quantity(tokens: list[Token], i: int) -> int | None:
    end = _number_phrase(tokens, i)
    if end is None:
        return None
    if _low(tokens, end) == "to" and _low(tokens, i - 1) != "from":  # "5 to 10 meters": a range of one measure
        # (not "rose from 2 to 4 meters": a change, two values)
        second = _number_phrase(tokens, end + 1)
        if second is not None and _low(tokens, second) in UNIT_WORDS:
            end = second
    unit = _low(tokens, end)
    if unit in ("sq", "square", "cubic") and _low(tokens, end + 1) in UNIT_WORDS:
        return end + 2
    if unit in UNIT_WORDS:
        return end + 1
    return None


def match_ordinal(tokens: list[Token], i: int) -> int | None:
    low = _low(tokens, i)
    head = low.split("-")[0]
    if ORDINAL_DIGITS.match(low) or head in ORDINAL_WORDS or ORDINAL_DIGITS.match(head):
        if head == "second" and tokens[i].tag not in ("JJ", "RB", "JJS") and "-" not in low:
            return None  # "a second" (time unit)
        return i + 1
    return None


def match_score(tokens: list[Token], i: int) -> int | None:
    """A score or a result: "1–0", "2-1" (digits joined by a dash, no spaces)."""
    if (i + 2 < len(tokens) and re.fullmatch(r"\d{1,2}", tokens[i].text) and tokens[i + 1].text in ("-", "–")
            and re.fullmatch(r"\d{1,2}", tokens[i + 2].text)
            and tokens[i + 1].start == tokens[i].end and tokens[i + 2].start == tokens[i + 1].end):
        return i + 3
    return None


def match_cardinal(tokens: list[Token], i: int) -> int | None:
    text = tokens[i].text
    low = text.lower()
    if low in VAGUE_AMOUNTS:
        return i + 1
    if re.fullmatch(r"\d[\d,.]*[-\u2013][^\W\d_]+(?:-[^\W\d_]+)*", text):
        return i + 1  # "20-year-old", "22\u2013year-old"
    head = low.split("-")[0]
    if "-" in low and head in NUMBER_WORDS and not is_number_token(low):
        return i + 1  # "six-member"
    if low in ("twice", "thrice"):
        return i + 1
    return _number_phrase(tokens, i)


_ROAD_NUMBER = re.compile(r"(?:I|US|SR|SH)-\d{1,4}[A-Z]?")
_ROAD_WORDS = frozenset({"Highway", "Hwy", "Hwy.", "Route", "Interstate", "US", "SR"})


def is_road_name(name: str) -> bool:
    """What ``match_road`` and ``match_address`` find, as a whole name ("US-169", "47th Street",
    "Route 66", "6400 College Avenue")."""
    words = name.split()
    if len(words) >= 2 and re.fullmatch(r"\d{1,5}", words[0]) and all(w[:1].isupper() for w in words[1:]) and (
            words[1] in _COMPASS or words[-1].lower() in _STREET_WORDS):
        return True  # an address, as ``match_address`` finds it
    return bool(_ROAD_NUMBER.fullmatch(name)) or (
        len(words) == 2 and ((words[0] in _ROAD_WORDS and words[1].isdigit())
                             or (bool(ORDINAL_DIGITS.match(words[0])) and words[1].lower() in FACILITY_WORDS)))


# The last word of a street's name in an address ("317 S Detroit Ave.", "6400 College Avenue").
# (not "court", "square", "place" or "way": "the 9 Supreme Court justices", "in 1989 Tiananmen Square")
_STREET_WORDS = frozenset({"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd",
                           "blvd.", "drive", "dr.", "lane", "ln.", "pl.", "ct.", "parkway", "highway", "terrace"})
_COMPASS = frozenset({"N", "S", "E", "W", "N.", "S.", "E.", "W.", "NE", "NW", "SE", "SW"})


def match_address(tokens: list[Token], i: int) -> int | None:
    """A street address: a house number, an optional compass letter and a street's name, ending
    on a street word ("6400 College Avenue", "12 Main St.") or led by the compass letter
    ("319 S. Denver", ending the phrase). A year before a name ("in 1990 South Korea", "In 1905 Market
    Street was paved") is no house number."""
    if not re.fullmatch(r"\d{1,5}", tokens[i].text) or i + 1 >= len(tokens):
        return None
    before = tokens[i - 1].text.lower() if i else ""
    if re.fullmatch(r"1\d{3}|20\d\d", tokens[i].text) and before not in ("at", ",", "to", "from", "address"):
        return None
    j = i + 1
    compass = tokens[j].text in _COMPASS
    if compass:
        j += 1
    last = j
    while last < len(tokens) and last - j < 3 and tokens[last].text[:1].isupper() and tokens[last].text[:1].isalpha():
        last += 1
        if tokens[last - 1].text.lower() in _STREET_WORDS and last - 1 > j:
            return last
    if compass and last > j and (last == len(tokens) or not tokens[last].text[:1].isalnum()):
        return last  # ("12 N. American trains" goes on: an adjective, not a street)
    return None


def match_road(tokens: list[Token], i: int) -> int | None:
    """A road or street named by a number: "I-244", "US-169", "Hwy 51", "Route 66", "47th Street"."""
    text = tokens[i].text
    if _ROAD_NUMBER.fullmatch(text):
        return i + 1
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if text in _ROAD_WORDS and re.fullmatch(r"\d{1,4}", nxt) and tokens[i + 1].start == tokens[i].end + 1:
        return i + 2
    if ORDINAL_DIGITS.match(text) and nxt[:1].isupper() and nxt.lower() in FACILITY_WORDS:
        return i + 2
    return None


def _glued(tokens: list[Token], k: int) -> bool:
    return 0 < k < len(tokens) and tokens[k].start == tokens[k - 1].end


_PHONE_CUES = frozenset({"phone", "telephone", "tel", "call", "fax", "mobile", "dial"})


def match_phone(tokens: list[Token], i: int) -> int | None:
    """A telephone number: "+1918584-4428", "(555) 123-4567", "555-0100" (three digits, a hyphen and
    four, written without spaces). None of it counts anything."""
    text = tokens[i].text
    j = None
    if text == "+" and i + 2 < len(tokens) and re.fullmatch(r"\d{1,12}", tokens[i + 1].text) and _glued(tokens, i + 1):
        # "+1918584-4428", "+44 20 7946 0958": a country code with more groups of digits after it
        # (not "closed at +1500 points")
        j = i + 2
        while j < len(tokens) and (re.fullmatch(r"\d{2,4}", tokens[j].text) or (
                tokens[j].text in ("-", "\u2011") and j + 1 < len(tokens) and re.fullmatch(r"\d{2,4}", tokens[j + 1].text))):
            j += 2 if tokens[j].text in ("-", "\u2011") else 1
        if j == i + 2:
            return None
        return j
    elif text == "(" and i + 3 < len(tokens) and re.fullmatch(r"\d{3}", tokens[i + 1].text) and tokens[i + 2].text == ")" \
            and re.fullmatch(r"\d{3}", tokens[i + 3].text):
        j = i + 4
    elif re.fullmatch(r"\d{3}", text) and i + 2 < len(tokens) and tokens[i + 1].text in ("-", "\u2011") \
            and re.fullmatch(r"\d{3,4}", tokens[i + 2].text) and _glued(tokens, i + 1) and _glued(tokens, i + 2) \
            and any(t.text.lower().rstrip(".:") in _PHONE_CUES for t in tokens[max(0, i - 4):i]):
        j = i + 1  # ("100-1000 people" is a range: the bare form needs "phone", "call", "tel." before it)
    if j is None:
        return None
    while j + 1 < len(tokens) and tokens[j].text in ("-", "\u2011") and re.fullmatch(r"\d{3,4}", tokens[j + 1].text) \
            and _glued(tokens, j) and _glued(tokens, j + 1):
        j += 2
    return j if j > i + 1 and any(re.fullmatch(r"\d{4,}", t.text) for t in tokens[i:j]) else None


Matcher = Callable[[list[Token], int], "int | None"]
MATCHERS: tuple[tuple[str, Matcher], ...] = (
    ("PHONE", match_phone),  # claimed so that nothing else reads it; no entity
    ("LOC", match_address),
    ("LOC", match_road),
    ("DATE", match_date),
    ("TIME", match_time),
    ("MONEY", match_money),
    ("PERCENT", match_percent),
    ("QUANTITY", match_quantity),
    ("ORDINAL", match_ordinal),
    ("CARDINAL", match_score),
    ("CARDINAL", match_cardinal),
)


def rule_entities(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(first token, one past last token, label) for every rule match in a sentence."""
    found = []
    i = 0
    while i < len(tokens):
        for label, matcher in MATCHERS:
            end = matcher(tokens, i)
            if end is not None and end > i:
                found.append((i, end, label))
                i = end
                break
        else:
            i += 1
    return found
