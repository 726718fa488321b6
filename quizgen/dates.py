"""Normalise date expressions to ISO 8601 forms.

"25 April, 2022" → "2022-04-25", "October 2021" → "2021-10", "2019" → "2019", "16 march" →
"--03-16", "June" → "--06", "the 1980s" → "1980/1989", "1965 to 1969" → "1965/1969",
"August 1964-August 1965" → "1964-08/1965-08". Seasons and qualifiers collapse to the year.
Relative expressions ("last month") give None unless a reference date makes them exact.
"""

from __future__ import annotations

import datetime as dt
import re

from .vocab import MONTHS, NUMBER_WORDS, ORDINAL_WORDS

_MONTH = r"(?P<{n}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<{n}>1\d{{3}}|20\d\d)"
_APPROXIMATE = re.compile(r"^\s*(?:about|around|roughly|approximately|c\.|ca\.|circa)\s+", re.I)
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b|\band\b|,)\s*(?:the\s+)?", re.I)
_WEEKDAY = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+", re.I)


def _compile(pattern: str) -> re.Pattern:
    return re.compile(r"^" + pattern + r"$", re.I)


DAY_MONTH_YEAR = _compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format(n="m") + r",?\s+" + _YEAR.format(n="y"))
MONTH_DAY_YEAR = _compile(_MONTH.format(n="m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR.format(n="y"))
DAY_MONTH = _compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format(n="m"))
MONTH_DAY = _compile(_MONTH.format(n="m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?")
MONTH_YEAR = _compile(r"(?:.*\bof\s+)?" + _MONTH.format(n="m") + r",?\s+(?:of\s+)?" + _YEAR.format(n="y"))
MONTH = _compile(_MONTH.format(n="m"))
YEAR = _compile(r"(?:(?:early|late|mid|the|end|start|beginning|middle|spring|summer|autumn|fall|winter|"
                r"months|of|in|-)\s*)*" + _YEAR.format(n="y"))
DECADE = _compile(r"(?:(?:the|early|late|mid)[\s-]+)*(?P<y>1\d{2}0|20\d0)['\u2019]?s")
_ORDINAL_WORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
CENTURY = _compile(r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<c>\d{1,2})(?:st|nd|rd|th)|(?P<w>" + _ORDINAL_WORD
                   + r"))[\s-]+century")
ISO = _compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ].*)?")


def normalize_date(text: str, reference: str | None = None) -> str | None:
    """ISO form of a date expression, or None when the text alone does not fix it."""
    text = _WEEKDAY.sub("", text.strip())
    text = re.sub(r"^(?:since|from|between|in|on|by|until|during)\s+", "", text, flags=re.I)
    single = _single(text)
    if single is not None:
        return single
    parts = [_APPROXIMATE.sub("", p) for p in _RANGE_SEP.split(text) if p.strip()]
    if len(parts) == 2 and re.fullmatch(r"\d{1,4}", parts[0].strip()) and _ERA.match(parts[1].strip()) \
            and parts[1].split()[-1].upper().startswith("B"):
        parts[0] = f"{parts[0].strip()} {parts[1].split()[-1]}"  # "1200 to about 400 BCE": both BCE
    if len(parts) >= 2:
        first, last = _single(parts[0]), _single(parts[-1])
        if first and re.fullmatch(r"\d\d", parts[-1].strip()) and re.fullmatch(r"\d{4}", first):
            last = first[:2] + parts[-1].strip()  # "1974–76"
        if first and last:
            start = first.split("/")[0]
            end = last.split("/")[-1]
            if first.startswith("--") and not last.startswith("--"):
                start = last[:4] + first[1:]  # "June and September 2014"
            years = [re.match(r"-?\d{4}", x) for x in (start, end)]
            if all(years) and int(years[0].group()) > int(years[1].group()):
                return None  # "1200 to 400 AD": no range runs backwards (a BC era left unsaid)
            return f"{start}/{end}"
    relative = resolve_relative(text, reference) if reference else None
    return relative


_ERA = re.compile(r"^(?:(?:AD|A\.D\.|CE)\s+(?P<ad>\d{1,4})|(?P<y>\d{1,4})\s+(?P<era>BCE?|B\.C\.|AD|A\.D\.|CE))$")


def _era_year(text: str) -> str | None:
    """"AD 79" → "0079"; "44 BC" → "-0043" (ISO 8601's astronomical years: 1 BC is year 0)."""
    m = _ERA.match(text)
    if not m:
        return None
    if m.group("ad"):
        return f"{int(m.group('ad')):04d}"
    year = int(m.group("y"))
    if not m.group("era").startswith("B"):
        return f"{year:04d}"
    return "0000" if year == 1 else f"-{year - 1:04d}"


def _single(text: str) -> str | None:
    text = text.strip().rstrip(",")
    era = _era_year(text) or _era_year(text.rstrip("."))
    if era is not None:
        return era
    text = text.rstrip(".")
    for pattern in (ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        m = pattern.match(text)
        if m:
            return _ymd(m.group("y"), m.group("m"), m.group("d"))
    m = MONTH_YEAR.match(text)
    if m:
        return f"{m.group('y')}-{_month(m.group('m')):02d}"
    for pattern in (DAY_MONTH, MONTH_DAY):
        m = pattern.match(text)
        if m and 1 <= int(m.group("d")) <= 31:
            return f"--{_month(m.group('m')):02d}-{int(m.group('d')):02d}"
    m = MONTH.match(text)
    if m:
        return f"--{_month(m.group('m')):02d}"
    m = DECADE.match(text)
    if m:
        y = int(m.group("y"))
        return f"{y}/{y + 9}"
    m = CENTURY.match(text)
    if m:
        c = int(m.group("c")) if m.group("c") else ORDINAL_WORDS[m.group("w").lower()]
        # the years that begin with its number, as the century is commonly meant ("the 1900s")
        return f"{max((c - 1) * 100, 1):04d}/{(c - 1) * 100 + 99:04d}"
    m = YEAR.match(text)
    if m:
        return m.group("y")
    return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _ymd(y: str, m: str, d: str) -> str | None:
    month = int(m) if m.isdigit() else _month(m)
    try:
        return dt.date(int(y), month, int(d)).isoformat()
    except ValueError:
        return None


def parse_header_date(value: str) -> str | None:
    """The article's own date from a header value ("2022-05-03", "3 May 2022", "May 3, 2022")."""
    value = value.strip().strip("'\"")
    if not value:
        return None
    iso = normalize_date(value)
    return iso if iso and re.fullmatch(r"\d{4}-\d\d-\d\d", iso) else None


_UNIT_DAYS = {"day": 1, "week": 7}


def resolve_relative(text: str, reference: str) -> str | None:
    """Make "yesterday", "last month", "next year", "three years ago" exact from the article's date."""
    try:
        ref = dt.date.fromisoformat(reference)
    except ValueError:
        return None
    low = re.sub(r"^(?:since|from|in|on)\s+", "", text.lower().strip())
    if low == "today":
        return ref.isoformat()
    if low == "yesterday":
        return (ref - dt.timedelta(days=1)).isoformat()
    if low == "tomorrow":
        return (ref + dt.timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(last|next|this) (month|year)", low)
    if m:
        step = {"last": -1, "next": 1, "this": 0}[m.group(1)]
        if m.group(2) == "year":
            return str(ref.year + step)
        month_index = ref.year * 12 + ref.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    m = re.fullmatch(r"(\w+) years? ago", low)
    if m:
        n = NUMBER_WORDS.get(m.group(1)) or ORDINAL_WORDS.get(m.group(1))
        if m.group(1).isdigit():
            n = int(m.group(1))
        return str(ref.year - n) if n else None
    return None
