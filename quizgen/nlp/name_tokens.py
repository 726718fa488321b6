"""The vocabulary of name mentions: the NameMention record, how a span is cleaned into a name, and
the token tests the collectors share (capitalised, an abbreviation, a known place)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Sentence, Token
from ..vocab import EVENT_HEADS, GROUP_WORDS, OCCUPATIONS, ORG_WORDS, PLACE_HEADS, ROLE_TITLES, gazetteer
from .references import FEMALE_TITLES, MALE_TITLES

NAME_LABELS = ("PERSON", "ORG", "LOC")
LINKERS = {"of", "for", "and", "the", "de", "des", "du", "la", "le", "van", "von", "der", "da", "di", "bin", "al", "&"}
POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_NOT_NAMES = frozenset("""i he she it we they you his her its our their this that these those there here
a an the mr mrs ms dr but and or so yet if when while as after before since because although however
meanwhile following according despite during among between under over about across""".split())


NAME_LINKERS = {"of", "for", "on", "de", "des", "du", "del", "la", "le", "&"}
# Pronouns that stress a name ("the island itself"): never its last word.
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})


@dataclass(frozen=True)
class NameMention:
    text: str
    start: int
    end: int
    first: int  # token index
    last: int  # one past the last token
    sentence: Sentence
    votes: tuple[tuple[str, float], ...]  # (label, weight) evidence from this mention
    source: str = "guess"  # the recogniser's source of the entity it grew from; "guess", "acronym" otherwise


# Words that make a title of the title after them ("Vice President", "Prime Minister"), not titles alone.
_TITLE_PREFIXES = frozenset({"vice", "prime", "acting", "first"})


# Titles of address (not of rank: "Prince Edward Island", "King Street" are no people).
HONORIFICS = (MALE_TITLES | FEMALE_TITLES) - {"king", "queen", "prince", "princess", "lord", "lady", "dame", "sir",
                                              "count", "duke", "baron", "countess", "duchess", "baroness", "m"}


def list_label(doc: Document, k: int, last: int) -> bool:
    """Token ``k`` is a letter that labels a list item, a line of its own that ends with token ``last - 1``
    ("A. Anasazi", "b) Tomas Berg"): not the initial of a name ("J. Smith wrote …")."""
    text = doc.tokens[k].text
    start, end = doc.tokens[k].start, doc.tokens[last - 1].end
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    rest = doc.text[end:line_end if line_end >= 0 else len(doc.text)]
    if not re.fullmatch(r"[A-Za-z][.)]", text) or doc.text[line_start:start].strip() or rest.strip(" .;,"):
        return False
    # (one of a run of labels: a line opens with the letter before or after it, "A." … "B.")
    neighbours = "".join(chr(ord(text[0]) + step) for step in (-1, 1) if chr(ord(text[0]) + step).isalpha())
    return re.search(rf"(?m)^[ \t]*[{neighbours}]\{text[1]}[ \t]", doc.text) is not None


def is_title_word(word: str, following: str) -> bool:
    """A title before a name: "Senator", "Senators" (of "Senators A and B"), "Major-General", "Vice" of
    "Vice President"."""
    low = word.lower().rstrip(".")
    if low in ROLE_TITLES or low.rsplit("-", 1)[-1] in ROLE_TITLES:
        return True
    if word[:1].isupper() and low in OCCUPATIONS:
        return True  # "Tsar Peter", "Shah Abbas": the recogniser does not know these titles, the rules do
    if low.endswith("s") and low[:-1] in ROLE_TITLES and word[:1].isupper():
        return True
    return low in _TITLE_PREFIXES and is_title_word(following, "")


def strip_name(doc: Document, first: int, last: int, label: str) -> tuple[int, int]:
    """Drop determiners, titles (for people), trailing possessives and punctuation from a span."""
    tokens = doc.tokens
    while first < last and (tokens[first].text.lower() in ("the", "a", "an", "and") or not tokens[first].text[:1].isalnum()):
        first += 1
    if last - first > 1 and list_label(doc, first, last):
        first += 1  # "A. Anasazi" on a line of its own: the letter labels an item of a list, it is no initial
    if last - first >= 2 and tokens[first].text == "Team" and \
            " ".join(t.text for t in tokens[first + 1:last]) in gazetteer().countries:
        first += 1  # "Team Estonia": the country stands for its team, and is a place
    if label == "PERSON":
        # "Scientologist Tom Cruise", "Kenyan Eliud Kipchoge": who someone is, before a given name
        while first < last - 2 and tokens[first + 1].text in gazetteer().given_names and (
                tokens[first].text in gazetteer().nationalities or tokens[first].text in GROUP_WORDS
                or re.fullmatch(r"[A-Z][a-z]+ists?", tokens[first].text)):
            first += 1
        # "Minister of Education Stefania Giannini": the title's complement ends where a given name begins
        k = first
        while k < last - 2 and tokens[k].text[:1].isupper() and tokens[k].text not in gazetteer().given_names:
            k += 1
        if k > first and tokens[k].text in gazetteer().given_names and first > 0 \
                and tokens[first - 1].text.lower() in ("of", "for") and first > 1 \
                and is_title_word(tokens[first - 2].text, tokens[first - 1].text):
            first = k
        # "Home Secretary Suella Braverman": a title with its modifier before a full name (a given
        # name does not begin the span: "Alexander Dean Smith" keeps his middle name)
        if tokens[first].text not in gazetteer().given_names:
            k = next((k for k in range(first + 1, last - 2) if tokens[k].text[:1].isupper()
                      and tokens[k].text.lower().rstrip(".") in ROLE_TITLES), None)
            if k is not None and all(t.text[:1].isupper() for t in tokens[k + 1:last]):
                first = k + 1
        while first < last - 1 and (is_title_word(tokens[first].text, tokens[first + 1].text)
                                    or tokens[first].text.lower().rstrip(".") in HONORIFICS):
            if last - first == 2 and tokens[first].text in gazetteer().given_names:
                break  # "Dean Kamen": a given name that is also a title
            first += 1
    opened = next((k for k in range(first + 1, last) if tokens[k].text == "("), None)
    if opened is not None and not any(tokens[k].text == ")" for k in range(opened, last)):
        last = opened  # "Jacob Bernoulli (who …": a name ends where a bracket it does not close opens
    while last > first and (tokens[last - 1].text in POSSESSIVE or tokens[last - 1].text.lower() in LINKERS | NAME_LINKERS
                            or tokens[last - 1].text.lower() in REFLEXIVES  # "Chatham Island itself"
                            or not (tokens[last - 1].text[-1:].isalnum() or is_abbreviation(tokens[last - 1].text))):
        last -= 1
    if label == "ORG":
        # "DC Comics superhero Superman": a name does not run on past an ordinary lower-case word
        for k in range(first + 1, last):
            low = tokens[k].text
            if low.islower() and low not in LINKERS and low not in NAME_LINKERS and not (low == "party" and k == last - 1):
                last = k
                break
    if label in ("ORG", "LOC", ""):
        # "NASA Administrator", "Museum of Flight CEO": a title after a name belongs to a person
        while last - first > 1 and tokens[last - 1].text.lower() in ROLE_TITLES \
                and not (last - first == 2 and tokens[first].text in gazetteer().nationalities):
            last -= 1  # (but "American Lawyer" is a magazine, not the American)
        # "Kazakhstan's Ministry of Home Affairs": the owner's name is not part of the ministry's
        for k in range(first + 1, last - 1):
            if tokens[k].text in ("'s", "\u2019s") and label == "ORG":
                first = k + 1
                break
        # "United States Lyndon B. Johnson", "United States National (Security Council)": a country
        # run into a person's or an organisation's name ends where the country does
        gaz = gazetteer()
        for k in range(first + 1, last):
            head = " ".join(t.text for t in tokens[first:k])
            # (a given name and a surname after a place: "Fort William Henry" is one name)
            if head in gaz.countries or (tokens[k].text in gaz.given_names and last - k >= 2 and head in gaz.places
                                         and f"{head} {tokens[k].text}" not in gaz.places):  # "San Francisco" is one
                if not any(t.text.lower() in PLACE_HEADS | ORG_WORDS for t in tokens[k:last]):
                    last = k
                    break
    return first, last


def names_an_event(doc: Document, last: int, sentence: Sentence) -> bool:
    """"Seven Years' War", "Yom Kippur War": the name is part of an event's name, not an entity."""
    k = last
    if k < sentence.last_token and doc.tokens[k].text in POSSESSIVE:
        k += 1
    return k < sentence.last_token and doc.tokens[k].text.lower() in EVENT_HEADS and doc.tokens[k].text[:1].isupper()


def is_abbreviation(text: str) -> bool:
    """"Ltd.", "Inc.", "Jr.": a final period that belongs to the name."""
    return len(text) > 2 and text.endswith(".") and text[:-1].replace(".", "").isalpha()


# A surname after an elided particle: "d'Herbinville", "d’Alembert", "dell'Acqua".
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|degl)['’][A-ZÀ-Þ]")


def is_capitalised(token: Token) -> bool:
    text = token.text
    return ((text[:1].isupper() or _ELIDED_PARTICLE.match(text) is not None) and any(c.isalpha() for c in text)
            and token.tag in ("NNP", "NNPS", "NN", "NNS", "JJ", "FW", "VBN", "VBG", "CD")
            and text.lower() not in _NOT_NAMES)


def is_known_place(text: str) -> bool:
    gaz = gazetteer()
    return text in gaz.places or text in gaz.countries


def name_mention(doc: Document, first: int, last: int, sentence: Sentence, votes, source: str = "guess") -> NameMention:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    return NameMention(doc.text[start:end], start, end, first, last, sentence, tuple(votes), source)


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def name_words(name: str) -> list[str]:
    """The words of a name without punctuation and generational suffixes ("McPherson, Jr.")."""
    words = [w.strip(",.") for w in name.split()]
    return [w for w in words if w and w.lower() not in _NAME_SUFFIXES]


class NamesAt:
    """Names to look for at a place in the text ("does a known name start here?"), bucketed by their
    first three characters: a long text knows thousands of names, and every word of a name being
    grown asks."""

    def __init__(self, names: set[str]):
        self._by_start: dict[str, list[str]] = {}
        self._short: list[str] = []  # (names under three characters, tried everywhere)
        for name in sorted(names):
            if len(name) < 3:
                self._short.append(name)
            else:
                self._by_start.setdefault(name[:3], []).append(name)

    def starts_at(self, text: str, position: int) -> bool:
        candidates = self._by_start.get(text[position:position + 3], ())
        return any(text.startswith(name, position) for name in (*candidates, *self._short))
