"""Wrong options of the same kind and form as the answer, none of them true by the article.

People for people (same form: full name or surname), roles for roles, countries for countries,
organisations for organisations, numbers of the same magnitude, unit and format, dates of the same
granularity and era. A candidate that the article makes true for the same fact (another name of
the same person, a role that person also holds, a value the fact also has) is never offered.
"""

from __future__ import annotations

import functools
import math
import random
import re

from ..model import Evidence, Fact, Mention
from ..vocab import (
    COMPANY_HEADS,
    CONTINENTS,
    COUNTRY_SHORT_NAMES,
    INSTITUTIONS,
    MONTHS,
    ORG_WORDS,
    PLACE_HEADS,
    gazetteer,
    is_facility,
)
from .text import norm

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


@functools.lru_cache(maxsize=1 << 14)  # (every role is compared with every other person's roles)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(w for w in norm(text).replace("-", " ").split()
                     if w not in {"the", "of", "a", "an", "to", "for", "in"})


def similar(a: str, b: str) -> bool:
    """Two roles or names that overlap enough that offering one for the other could be true."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    common = len(ta & tb)
    return common / min(len(ta), len(tb)) >= 0.5


def in_running_text(fact: Fact) -> bool:
    """Named at least once in a sentence of the article's running text, not only in a heading
    ("LINK TO LEARNING"), a citation or a credit line: a name from the page furniture makes an
    option a reader rules out on sight."""
    if not fact.mentions:
        return True  # nothing says where it stands
    for mention in fact.mentions:
        sentence = mention.evidence.sentence.strip()
        if sentence.rstrip("\"\u201d')\u2019")[-1:] in ".!?" and not sentence.isupper() and \
                not _CREDIT.search(sentence) and not _IN_CITATION.search(sentence[:mention.start - mention.evidence.start]):
            return True
    return False


_IN_CITATION = re.compile(r"\([^()]*$")  # inside an open bracket: "(Penn Business Journal, 2014)"
_CREDIT = re.compile(r"\b(?:image|photo|picture|credit|courtesy|file|source)\s*:", re.IGNORECASE)


def person_distractors(answer_fact: Fact, answer_text: str, facts: tuple[Fact, ...], rng: random.Random,
                       asked_role: str | None = None) -> list[str]:
    """People of the article in the answer's form: full names for a full name, surnames for a
    surname, first names for someone the article names by first name only ("a son, Samuel")."""
    if re.fullmatch(r"[A-Z]{2,5}", answer_text):
        return []  # "LBJ" among names gives itself away
    gaz = gazetteer()
    surname_only = len(answer_text.split()) == 1
    first_name_only = surname_only and " " not in answer_fact.name and answer_text in gaz.given_names
    answer_forms = {norm(f) for f in (answer_fact.name, *answer_fact.aliases)}
    out = []
    offered: set[str] = set()  # the normalised forms in ``out``
    for fact in facts:
        if fact.kind != "person" or fact is answer_fact:
            continue
        if asked_role and any(similar(asked_role, role) for role in fact.roles):
            continue  # that person holds a like role: offering them could be right too
        name = fact.name.split()[0 if first_name_only else -1] if surname_only else fact.name
        if first_name_only and name not in gaz.given_names:
            continue
        if surname_only and not first_name_only and " " in fact.name and name not in fact.aliases:
            continue  # the article never calls them by that word alone ("Anna" of "Santa Anna")
        if not surname_only and len(name.split()) < 2:
            continue  # a lone surname among full names gives itself away
        if not clearly_a_person(fact) or not in_running_text(fact) or not named_like_a_person(fact):
            continue  # "La Machine Infernale", "Roman Catholicism" read as people: ruled out on sight
        if norm(name) in answer_forms or norm(name) in offered:
            continue
        out.append(name)
        offered.add(norm(name))
    rng.shuffle(out)
    return out


def clearly_a_person(fact: Fact) -> bool:
    """Only people the article clearly presents as people make good wrong answers: a given name,
    a stated role, or several mentions (a mislabelled "Bretton Woods" would give the answer away)."""
    if fact.name.count('"') % 2 or fact.name.count("\u201c") != fact.name.count("\u201d"):
        return False  # 'Holy Joe" Atkinson': a name cut through a quotation
    gaz = gazetteer()
    attested = bool(fact.roles) or len(fact.mentions) > 1
    if not attested and fact.name.split()[-1].lower() in gaz.common_words:
        return False  # "Roman Catholic", named once: a given name before an everyday word
    return attested or fact.name.split()[0] in gaz.given_names


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord|General|Gen|Colonel|Col|Captain|Capt|President|"
                           r"Senator|Sen|Governor|Gov|Mayor|Judge|Justice|Prof|Professor|Rev|Father|Sister|Saint|St|"
                           r"King|Queen|Prince|Princess|Emperor|Pope|Chief|Minister|Secretary|Ambassador)\.?\s+$")


def named_like_a_person(fact: Fact) -> bool:
    """A person the article names as one: a given name first, a stated role, or a title before the
    name ("General Braddock"). Several mentions alone do not make "DLA Piper" a person."""
    if fact.roles or fact.name.split()[0] in gazetteer().given_names:
        return True
    return any(_TITLE_BEFORE.search(m.evidence.sentence[:m.start - m.evidence.start]) for m in fact.mentions)


def role_distractors(person: Fact, facts: tuple[Fact, ...], rng: random.Random) -> list[str]:
    out = []
    # the roles in ``out`` by their words: only a role sharing a word can be ``similar`` (not a pass
    # over every role so far for each role, which made a long text's role questions quadratic)
    by_word: dict[str, list[int]] = {}
    for fact in facts:
        if fact.kind != "person" or fact is person:
            continue
        for role in fact.roles:
            if any(similar(role, own) for own in person.roles):
                continue
            words = _tokens(role)
            if any(similar(role, out[i]) for i in sorted({i for w in words for i in by_word.get(w, ())})):
                continue
            for w in words:
                by_word.setdefault(w, []).append(len(out))
            out.append(role)
    rng.shuffle(out)
    return out


def near_evidence(fact: Fact, evidence: Evidence, text_window: int = 400) -> bool:
    """Whether ``fact`` is named close to the evidence sentence. In "Sudan, Iran, Libya and Yemen
    are covered … Syria and all refugees are covered" any listed neighbour may be true as well."""
    return any(evidence.start - text_window <= m.start <= evidence.end + text_window for m in fact.mentions)


def place_class(name: str) -> str:
    """country, continent, region (states, provinces, world regions), facility (stadiums, forts, streets), place
    (towns, and names the gazetteer does not know), or "unknown" for a name no list vouches for
    (often a mislabel such as a person or an organisation, so never offered as a distractor)."""
    gaz = gazetteer()
    if name in gaz.countries or name in COUNTRY_SHORT_NAMES:
        return "country"
    if name in CONTINENTS:
        return "continent"
    if is_facility(name.lower().split()):
        return "facility"
    if name in gaz.regions:
        return "region"
    return "place" if name in gaz.places else "unknown"


_PLACE_HEAD_FIRST = frozenset({"lake", "mount", "fort", "cape", "port", "isle", "gulf", "bay"})


def place_head(name: str) -> str:
    """The kind of place a name says it is: "lake" for "Lake Victoria", "river" for "Tana River",
    "region" for "Coast Region"; "" for a bare name ("Mombasa")."""
    words = [w.lower().strip(".,") for w in name.split()]
    if len(words) < 2:
        return ""
    if words[0] in _PLACE_HEAD_FIRST:
        return words[0]
    last = words[-1]
    if last in PLACE_HEADS or last in ("ocean", "oceans"):
        return last[:-1] if last.endswith("s") and last[:-1] in PLACE_HEADS else last
    return ""


_ORG_CLASSES = (
    # a university among universities: "a Physics professor at the _____" takes no think tank or school district
    ("university", ("university", "college", "polytechnic")),
    ("school", ("school", "academy", "conservatory", "district")),
    ("institute", ("institute", "laboratory", "observatory")),
    ("media", ("journal", "times", "post", "news", "magazine", "herald", "gazette", "tribune", "press", "review",
               "broadcasting", "television", "radio", "bbc", "cnn", "cbc", "mtv", "wikinews")),
    ("party", ("party", "camp", "front", "alliance", "league")),
    ("government", ("ministry", "department", "agency", "office", "government", "administration", "bureau",
                    "commission", "service", "authority", "council", "assembly", "parliament", "congress", "senate")),
    ("team", ("fc", "united", "city", "club", "sox", "yankees", "team")),
)


def org_class(name: str) -> str:
    """What kind of organisation a name says it is ("University of Copenhagen": education, "Huffington
    Post": media); "other" when its words do not say (most companies)."""
    words = set(norm(name).split())
    return next((kind for kind, heads in _ORG_CLASSES if words & set(heads)), "other")


def _fragment(name: str, facts: tuple[Fact, ...]) -> bool:
    """A name that is only part of another name in the article ("U.S. Space" of "U.S. Space and
    Rocket Center") is probably a recognition slip, not a real alternative."""
    names, exact, known = _entity_names(facts)
    if name not in known:
        # it occurs more often among the names than as a name of its own: some other name contains it
        known[name] = names.count(name) > exact.get(name, 0)
    return known[name]


_NAMES_OF: dict[int, tuple[tuple[Fact, ...], tuple[str, dict[str, int], dict[str, bool]]]] = {}


def _entity_names(facts: tuple[Fact, ...]) -> tuple[str, dict[str, int], dict[str, bool]]:
    """The organisation and place names of ``facts`` joined by NULs (which no name holds), how often
    each is a whole name, and the answers found so far: made once per article, not once per
    distractor (a long text has thousands of each)."""
    cached = _NAMES_OF.get(id(facts))
    if cached is None or cached[0] is not facts:
        names = [f.name for f in facts if f.kind in ("organization", "place")]
        exact: dict[str, int] = {}
        for name in names:
            exact[name] = exact.get(name, 0) + 1
        _NAMES_OF.clear()  # (one article at a time: keep only the latest)
        cached = _NAMES_OF[id(facts)] = (facts, ("\0".join(names), exact, {}))
    return cached[1]


_BODY_WORDS = ORG_WORDS | COMPANY_HEADS | INSTITUTIONS


def entity_distractors(answer_fact: Fact, facts: tuple[Fact, ...], rng: random.Random,
                       evidence: Evidence | None = None, article_only: bool = False) -> list[str]:
    """Organisations for organisations, places for places: the article's own first, then the
    gazetteer (countries for a country, other places for other places)."""
    gaz = gazetteer()
    own_forms = {norm(f) for f in (answer_fact.name, *answer_fact.aliases)}
    if re.fullmatch(r"[A-Z][A-Z.&]{1,7}", answer_fact.name):
        return []  # an acronym among full names would give itself away
    is_country = answer_fact.name in gaz.countries
    # an answer the gazetteer does not know is most likely a small town or region: offer towns
    wanted = {"unknown": "place"}.get(place_class(answer_fact.name), place_class(answer_fact.name))
    same_article = []
    for fact in facts:
        if fact.kind != answer_fact.kind or fact is answer_fact:
            continue
        # countries for a country, towns and regions for a town, buildings and sites for a building
        if answer_fact.kind == "place" and (place_class(fact.name) != wanted or
                                            place_head(fact.name) != place_head(answer_fact.name)):
            continue  # and a lake for a lake, a river for a river: not "Tana River" for "Lake Victoria"
        if answer_fact.kind == "organization" and org_class(fact.name) != org_class(answer_fact.name):
            continue  # a newspaper among companies, a party among universities: ruled out on sight
        if norm(fact.name) in own_forms or fact.name in answer_fact.name or answer_fact.name in fact.name:
            continue
        if evidence is not None and near_evidence(fact, evidence):
            continue
        if not in_running_text(fact):
            continue
        if _fragment(fact.name, facts) or (re.fullmatch(r"[A-Z][A-Z.&]{1,7}", fact.name) and " " in answer_fact.name):
            continue  # "Space Museum" (of a longer name), "JSC" among full names
        if answer_fact.kind == "organization" and len(fact.mentions) < 2 and \
                not {w.lower().strip(".,") for w in fact.name.split()} & _BODY_WORDS:
            continue  # "New Year", "Black Hawk", "Southern Republicans": named once, with no word of a body
            # (rounds 13-17: multiple choice the weakest kind, options of the wrong kind the reason)
        same_article.append(fact.name)
    rng.shuffle(same_article)
    if answer_fact.kind == "place" and len(same_article) < 3 and is_country and not article_only:
        mentioned = {norm(f.name) for f in facts if f.kind == "place"}
        # "between the _____": the United States wants the Netherlands, not "the Georgia"
        after_the = evidence is not None and _after_the(answer_fact, evidence)
        pool = sorted(c for c in gaz.countries if norm(c) not in mentioned and norm(c) not in own_forms
                      and _takes_the(c) == after_the and (" " not in c or after_the)
                      and answer_fact.name not in c and c not in answer_fact.name)  # not "United States of America"
        same_article += rng.sample(pool, min(3 - len(same_article), len(pool)))
    return same_article


def _takes_the(country: str) -> bool:
    """"the United States", "the Netherlands", "the Czech Republic": names said with "the"."""
    words = country.split()
    return words[0] in ("United", "Czech", "Dominican", "Central") or words[-1] in ("Republic", "Islands") or (
        len(words) == 1 and country.endswith(("lands", "pines", "hamas", "dives", "chelles", "moros")))


def _after_the(fact: Fact, evidence: Evidence) -> bool:
    """Is the fact named right after "the" in this sentence?"""
    for mention in fact.mentions:
        if mention.evidence == evidence:
            before = evidence.sentence[:mention.start - evidence.start].rstrip()
            return before.lower().endswith(" the") or before.lower() == "the"
    return False


NUMBER_IN_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _ordinal_suffix(text: str) -> str:
    """"92th" -> "92nd": an ordinal's suffix follows its new number."""
    def fix(match: re.Match) -> str:
        n = int(match.group(1))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return match.group(1) + suffix
    return re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", fix, text)


def _format_like(template: str, old: str, value: float) -> str:
    decimals = len(old.split(".")[1]) if "." in old else 0
    if decimals:
        body = f"{value:,.{decimals}f}" if "," in old else f"{value:.{decimals}f}"
    else:
        body = f"{int(round(value)):,}" if ("," in old or value >= 10000) and "," in old else f"{int(round(value))}"
    return template.replace(old, body, 1)


def number_distractors(fact: Fact, answer: str, facts: tuple[Fact, ...], rng: random.Random) -> list[str]:
    """Numbers of the same magnitude, unit and format: "7,600 km" → "5,400 km", never a value
    that the article gives for this kind of thing."""
    match = NUMBER_IN_TEXT.search(answer)
    if not match or fact.value is None:
        return []
    old = match.group()
    current = float(old.replace(",", ""))
    if current == 0:
        return []
    taken = {f.value for f in facts if f.kind == "number" and f.unit == fact.unit} | {current}
    integer = "." not in old
    # near the key, so that no option is ruled out by its size alone (573 countries for 191 was)
    # (not exactly half or double: a pair of options where one is twice the other points at one of them)
    factors = [0.6, 0.7, 0.75, 0.8, 1.2, 1.25, 1.4, 1.5, 1.75]
    age = re.search(r"\d+[- ]years?[- ]old\b|\baged? \d+", answer) is not None or any(
        re.search(rf"\bages? of\s+{re.escape(answer)}", m.evidence.sentence) for m in fact.mentions)
    if age:
        # "the _____ teacher" of "23-year-old": an adult's age stays an adult's (a 16-year-old teacher is
        # ruled out on sight, round 30), and ages lie close together
        factors = [0.85, 0.9, 1.1, 1.15, 1.2, 1.25, 1.3]
    rng.shuffle(factors)
    ceiling = _NATURAL_MAXIMUM.get((fact.unit or "").lower().split()[-1] if fact.unit else "", float("inf"))
    # another number of the key's size in the same sentence fixes which side the key lies on: "up to
    # _____ ºC in January and down to 24 ºC in June" rules out every option below 24 (round 8)
    sentences = {(m.evidence.start, m.evidence.end) for m in fact.mentions}
    beside = [f.value for f in facts if f.kind == "number" and f is not fact and f.value is not None
              and any((m.evidence.start, m.evidence.end) in sentences for m in f.mentions)
              and 0.4 * current <= f.value <= 2.5 * current and f.value != current]
    if beside:  # (values nearer the key, so that the key is not the lowest or highest option left)
        factors = [0.85, 0.9, 1.1, 1.15, *factors]
    out: list[str] = []
    seen = {current}
    for factor in factors:
        value = current * factor
        if not math.isfinite(value):
            continue  # a run of hundreds of digits overflows a float: no number of its size to offer
        if integer:
            value = _round_like(value, old)
            if value <= 0 or value in seen:
                continue
        if value in taken or value in seen or value > ceiling or any(value in (v * 2, v / 2) for v in seen):
            continue  # (``seen`` holds the key: no option is half or double the key or another option)
        if age and (current >= 18 > value or current < 18 <= value or value > 105):
            continue  # ("children under the age of _____": no adult's age either, round 31; nobody is 119)
        if any((value > other) != (current > other) for other in beside):
            continue
        seen.add(value)
        out.append(_ordinal_suffix(_format_like(answer, old, value)))
    return out


# Counts the world bounds: a distractor above them is ruled out without reading the article.
_NATURAL_MAXIMUM = {"countries": 195, "nations": 195, "continents": 7, "oceans": 5}


def _round_like(value: float, old: str) -> float:
    """Round to as many significant figures as the original shows ("7,600" → two: 5,400)."""
    digits = old.replace(",", "")
    significant = len(digits.rstrip("0")) or 1
    magnitude = len(digits) - significant
    return float(round(value / 10 ** magnitude) * 10 ** magnitude) if magnitude else float(round(value))


_ROUND_YEAR_SLOT = re.compile(r"\b(?:by|until|before) (?:the year )?\d{3}0\b|\b\d{3}0 (?:census|decennial)\b",
                              re.IGNORECASE)
_QUADRENNIAL = re.compile(r"\bOlympic|\bWorld Cup\b|\bParalympic")


def _told_in_order(between: str) -> bool:
    """Two events of a sentence joined as one after the other ("In March 2009, … and in _____ …")."""
    return bool(re.search(r"\band\b|\bthen\b|;", between)) and not re.search(
        r"\b(?:after|since|before|following|until|when|founded|established|born|created)\b", between, re.IGNORECASE)


def date_distractors(fact: Fact, answer: str, facts: tuple[Fact, ...], rng: random.Random,
                     mention: Mention | None = None) -> list[str]:
    """Dates of the same granularity and era: other years near it, other months or days (``mention``:
    the one asked about, whose sentence bounds the options)."""
    iso = fact.iso or ""
    taken = {f.iso for f in facts if f.kind == "date" and f.iso}
    out: list[str] = []
    year_match = re.search(r"\b(1\d{3}|20\d\d)\b", answer)
    if year_match and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", iso):
        year = int(year_match.group())
        offsets = [-3, -2, -1, 1, 2, 3, -5, 5, 4, -4]
        if any(_QUADRENNIAL.search(m.evidence.sentence) for m in fact.mentions):
            offsets = [-12, -8, -4, 4, 8, 12]  # the Olympics, a World Cup: only years when one was held
        elif year % 10 == 0 and answer.strip() == year_match.group() and _ROUND_YEAR_SLOT.search(
                " ".join(m.evidence.sentence for m in fact.mentions)):
            # "by 2050": a round year among round years, not 2047; "the 2010 census" (every ten years).
            # Any other year that happens to be round is one of its decade ("in 2010 he joined …"):
            # 1990 or 2030 beside it would be ruled out by the rest of the article
            offsets = [-20, -10, 10, 20, 30, -30]
        if re.match(r"['\u2019]?s\b", answer[year_match.end():]) and year % 10 == 0:
            offsets = [-30, -20, -10, 10, 20, 30]  # "the 1930's": other decades, never "the 1932's"
        rng.shuffle(offsets)
        # a year before the latest the article names gets no option after it ("October 2026" beside a
        # report whose last event is of 2022 is ruled out on sight)
        latest = max((int(f.iso[:4]) for f in facts if f.kind == "date" and f.iso and re.fullmatch(r"\d{4}", f.iso[:4])
                      and f.relation in (None, "time")), default=year)  # (not a goal's "by 2050")
        ceiling = latest if year < latest else 2100
        # a year the sentence states bounds the options on the key's side ("Construction began in 1882,
        # and trains were running by _____": never 1881)
        asked = mention or (fact.mentions[0] if fact.mentions else None)
        sentence = asked.evidence.sentence if asked is not None else ""
        at = asked.start - asked.evidence.start if asked is not None else 0
        stated = [(int(m.group()), m.start()) for m in re.finditer(r"\b(1\d{3}|20\d\d)\b", sentence)
                  if not at <= m.start() < at + len(answer)]
        floor = max((y for y, _ in stated if y < year), default=0)
        ceiling = min([ceiling, *(y for y, _ in stated if y > year)])
        # the key's own year stated before it ("In February 2008 … and in _____") leaves only later
        # years; stated after it, only earlier ones (round 18: "September 2004" was ruled out on sight)
        # — only where the sentence tells the two in order ("… and in"), not "seven months after it was
        # founded in _____"
        if any(y == year and where < at and _told_in_order(sentence[where:at]) for y, where in stated):
            floor = max(floor, year)
        if any(y == year and where > at and _told_in_order(sentence[at:where]) for y, where in stated):
            ceiling = min(ceiling, year - 1)
        for offset in offsets:
            candidate = year + offset
            if str(candidate) in (t[:4] for t in taken) or candidate > ceiling or candidate <= floor \
                    or candidate == ceiling and ceiling != latest:
                continue
            out.append(answer.replace(year_match.group(), str(candidate), 1))
        return out
    month_match = next((m for m in re.finditer(r"[A-Za-z]+", answer) if m.group().lower() in MONTHS), None)
    if month_match and iso.startswith("--"):
        name = month_match.group()
        current = MONTHS[name.lower()]
        months = [m for m in range(1, 13) if m != current and f"--{m:02d}" not in {t[:4] for t in taken}]
        rng.shuffle(months)
        for m in months:
            replacement = MONTH_NAMES[m - 1]
            if name.islower():
                replacement = replacement.lower()
            out.append(answer[:month_match.start()] + replacement + answer[month_match.end():])
        return out
    return out
