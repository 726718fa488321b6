"""Which labelled names are really people, organisations and places: the recogniser and the votes
also label titles, everyday words, laws, events, vehicles and groups of people; these checks drop
them before they become entities."""

from __future__ import annotations

import re

from ..model import Document
from ..vocab import (
    EVENT_HEADS,
    FACILITY_WORDS,
    GROUP_WORDS,
    INSTITUTIONS,
    NOT_ORGANIZATION_ACRONYMS,
    OCCUPATIONS,
    ORG_WORDS,
    ROLE_TITLES,
    SURNAME_FACILITIES,
    gazetteer,
    person_nouns,
)
from .name_tokens import NameMention, is_title_word, name_mention, name_words
from .rules import is_road_name

# Laws, treaties, awards and events have capitalised names too, but they are not organisations.
_NOT_ORGANIZATION_HEADS = {"act", "accord", "accords", "treaty", "award", "awards", "prize", "principles", "games",
                           "war", "olympics", "cup", "agreement", "convention", "doctrine", "plan", "crisis",
                           "index", "standard", "report", "rate", "theory", "protocol",
                           # events held, not bodies that hold them ("Avignon Festival", "Google Science Fair")
                           "festival", "fair", "championship", "championships", "tournament", "tour", "lectures",
                           "jubilee", "game", "marathon", "exhibition",
                           # what a body awards or keeps, not the body ("BAFTA Fellowship", "UNESCO World Heritage List")
                           "medal", "medals", "trophy", "fellowship", "list"}
_VEHICLES = {"shuttle", "spacecraft", "orbiter", "orbiters", "rocket", "ship", "aircraft", "hms", "uss", "submarine",
             "starship", "spaceship", "airship", "yacht", "vessel", "steamer", "schooner", "frigate", "battleship", "rover"}
_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}


# Words before a ship's name ("HMS Victory", "USS Maine"): the name is a vessel's.
SHIP_PREFIXES = frozenset("hms uss rms ss mv hmas hmcs hmnzs ins usns rv hmt sms".split())
# Heads of award names: what follows "Prize in" / "Award for" is the award's field, not a name.
AWARD_HEADS = frozenset("prize prizes award awards medal medals trophy cup fellowship scholarship".split())


_SHORT_FORM = re.compile(r"[A-Z]{2,6}")
_ROMAN = re.compile(r"[IVXLCDM]+")


def bodies_named_in_their_things(doc: Document, mentions: list[NameMention]) -> list[NameMention]:
    """"the FIFA World Cup", "a BAFTA Award", "the UNESCO World Heritage List": a name whose head is
    an award, an event or a list opens with the short form of the body that holds or gives it. The
    whole is no organisation (``plausible_organization``), the short form before it is one: a mention
    of it, one for each such name, unless the short form is already a mention there."""
    taken = {(m.first, m.last) for m in mentions}
    out = []
    for m in mentions:
        words = m.text.split()
        first = words[0]
        if len(words) < 2 or not _SHORT_FORM.fullmatch(first) or first in NOT_ORGANIZATION_ACRONYMS \
                or _ROMAN.fullmatch(first) or (m.first, m.first + 1) in taken or all(w.isupper() for w in words):
            continue
        heads = [w.lower() for w in words[1:] if w[:1].isupper()]
        if heads and (heads[-1] in _NOT_ORGANIZATION_HEADS or heads[-1] in EVENT_HEADS):
            out.append(name_mention(doc, m.first, m.first + 1, m.sentence, [("ORG", 0.6)], m.source))
            taken.add((m.first, m.first + 1))
    return out


def common_noun_use(doc: Document, m: NameMention) -> bool:
    """A capitalised name used as no person, organisation or place: a product or model after "a"/"an"
    ("an iPhone", "a Toyota Corolla"), a ship ("HMS Victory"), the field of an award ("the Nobel Prize in
    Physics")."""
    tokens = doc.tokens
    before = tokens[m.first - 1].text.lower() if m.first > m.sentence.first_token else ""
    after = tokens[m.last] if m.last < m.sentence.last_token else None
    # ("a BBC reporter": the name only modifies the noun after it, and is still the broadcaster's name)
    modifies_a_noun = after is not None and after.tag in ("NN", "NNS") and after.text[:1].islower()
    ship = tokens[m.first].text.lower().rstrip(".") in SHIP_PREFIXES or before in SHIP_PREFIXES
    if (before in ("a", "an") and not modifies_a_noun) or ship:
        return True
    if before in ("this", "that", "these", "those") and tokens[m.first - 1].tag == "DT" and m.last - m.first == 1:
        return True  # "welcomed to this Chamber", "in that Court": a capitalised common noun, pointed at
    return (m.first - 2 >= m.sentence.first_token and before in ("in", "for", "of")
            and tokens[m.first - 2].text.lower() in AWARD_HEADS and tokens[m.first - 2].text[:1].isupper())


_SHORT_FORM = re.compile(r"[A-Z]{2,6}s?")
_YEAR = re.compile(r"(?:1\d|20)\d\d")


def counted_short_form(doc: Document, m: NameMention) -> bool:
    """A short form in capitals used as a count noun or a unit, not as a name: in the plural ("two
    RBIs", "the SDGs"), after a number ("3 RBI", "25 CUC") or before a long one ("PMID 17547490", "USD
    250"). An organisation is neither counted nor measured in (a year beside it is a date: "the 2018
    FIFA World Cup")."""
    if not _SHORT_FORM.fullmatch(m.text):
        return False
    if m.text.endswith("s"):
        return True
    tokens = doc.tokens
    before = tokens[m.first - 1] if m.first > m.sentence.first_token else None
    after = tokens[m.last] if m.last < m.sentence.last_token else None
    if before is not None and before.tag == "CD" and any(c.isdigit() for c in before.text) \
            and not _YEAR.fullmatch(before.text):
        return True
    return after is not None and after.text.isdigit() and len(after.text) >= 3 and not _YEAR.fullmatch(after.text)


def postnominal_letters(doc: Document, m: NameMention, people: set[int]) -> bool:
    """"Mark Tedeschi, QC, said": letters in capitals after a person's name and a comma, closed by a
    comma or the sentence's end, are an honour or a degree (QC, FRS, OBE), not an organisation.
    ``people``: the indices of tokens in a person's name."""
    if not _SHORT_FORM.fullmatch(m.text) or m.first < m.sentence.first_token + 2:
        return False
    tokens = doc.tokens
    closed = m.last >= m.sentence.last_token or tokens[m.last].text in (",", ".", ";", ")")
    return tokens[m.first - 1].text == "," and (m.first - 2) in people and closed


def shouted_words(doc: Document, m: NameMention) -> bool:
    """Everyday words in a line written all in capitals ("PRESS RELEASE", "LINK TO LEARNING",
    "ANSWER:"): a heading's typography, not a name."""
    text = doc.text[m.sentence.start:m.sentence.end]
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return False
    common = gazetteer().common_words
    return all(w.lower() in common or w.lower() in ("of", "to", "and", "the") for w in m.text.split())


# Letters of the phonetic alphabet that English names do not use: a pronunciation in brackets.
_PHONETIC = frozenset("ˈˌːəɔʁʌʒʃθðŋɪʊɛæɑɐɒɜɡɹɾʔ")


def plausible_person(name: str, mentions: list[NameMention], doc: Document) -> bool:
    """A one-word "person" that is a title ("President"), an everyday word ("Weeks") or a plural
    ("Texans") is a recogniser slip, unless it is the short form of a fuller name (``name`` is the
    fullest form of the group ``mentions``) or an everyday word a title stands before ("Senator Baker")."""
    if any(w.lower() in _NOT_ORGANIZATION_HEADS for w in name.split()[1:]) or not name_words(name):
        return False  # "French and Indian War", "Bretton Woods Accord", a stray "Jr."
    if re.fullmatch(r"[A-Za-z]['\u2019][a-z\u00e0-\u00ff]+", name):
        return False  # "J'ai", "C'est": an elided French word at the start of a quoted sentence ("D'Artagnan" is a name)
    words = name.lower().split()
    given_first = name.split()[0] in gazetteer().given_names
    if words[-1] in FACILITY_WORDS and not (given_first and words[-1] in SURNAME_FACILITIES):
        return False  # "Katy Trail"; "Helen Park" has a given name and stays
    if any(w in FACILITY_WORDS for w in words[:-1]) and not given_first:
        return False  # "(King) Street West"; "Eric Temple Bell" has a given name and stays
    if " of the " in name or any(w in GROUP_WORDS for w in name.split()):
        return False  # "Roman Catholic of the Latin Rite": a faith, whatever "Roman" suggests
    if not name[:1].isupper() or any(c in _PHONETIC for c in name):
        return False  # "dʒəˈroʊm": how a name is said (in IPA), not the name
    if " " in name and not given_first and all(doc.tokens[m.last - 1].tag in ("NNPS", "NNS") for m in mentions):
        return False  # "Senate Democrats", "Rationalist Atheists": a group of people, in the plural
    if " " in name and not given_first and words[-1].rstrip(".") in ROLE_TITLES \
            and all(_before_a_name(doc, m) for m in mentions):
        return False  # "Foreign Minister Ada Lind": a title ends it, and a name follows it ("John Major" is a name)
    if " " in name:
        return True
    gaz = gazetteer()
    low = name.lower()
    if low in ROLE_TITLES or low in person_nouns() or name in gaz.nationalities:
        return False
    if (low in OCCUPATIONS or low in gaz.common_words) and not any(_after_a_title(doc, m) for m in mentions):
        return False  # "Weeks", "Baker" alone: everyday words; "Senator Baker" names a person
    headed_by_the = sum(1 for m in mentions if _the_name_as_head(doc, m))
    if headed_by_the and headed_by_the * 2 >= len(mentions):
        return False  # "the Olmec built aqueducts", "the Maya were …": a people, not a person (also when a
        # list or a caption names it bare); "the Trump administration" only modifies its noun
    if all(_inside_longer_name(doc, m) for m in mentions):
        return False  # "Tao" of "Sing Tao", 'Joseph' of 'Joseph "Holy Joe" Atkinson'
    return not all(doc.tokens[m.last - 1].tag == "NNPS" for m in mentions)


def _after_a_title(doc: Document, m: NameMention) -> bool:
    """A capitalised title of rank stands right before the name ("Senator Baker", "Judge Cook")."""
    if m.first <= m.sentence.first_token:
        return False
    title = doc.tokens[m.first - 1]
    return title.text[:1].isupper() and title.text.lower().rstrip(".") in ROLE_TITLES \
        and doc.tokens[m.last - 1].tag != "NNPS"  # ("the Member States": a plural, no one's name)


def _before_a_name(doc: Document, m: NameMention) -> bool:
    after = doc.tokens[m.last] if m.last < m.sentence.last_token else None
    return after is not None and after.tag == "NNP" and after.text[:1].isupper()


def _the_name_as_head(doc: Document, m: NameMention) -> bool:
    """"the Maya" as a noun phrase of its own: after "the", and no common noun after it."""
    tokens = doc.tokens
    if m.first <= m.sentence.first_token or tokens[m.first - 1].text.lower() != "the":
        return False
    after = tokens[m.last] if m.last < m.sentence.last_token else None
    return after is None or not (after.tag in ("NN", "NNS") and after.text[:1].islower())


def _inside_longer_name(doc: Document, m: NameMention) -> bool:
    """A one-word mention glued to capitalised words around it is a piece of a longer name."""
    tokens = doc.tokens
    before = tokens[m.first - 1] if m.first > m.sentence.first_token else None
    after = tokens[m.last] if m.last < m.sentence.last_token else None
    glued_before = before is not None and before.tag in ("NNP", "NNPS") and before.text.isalpha() \
        and not is_title_word(before.text, tokens[m.first].text)
    glued_after = after is not None and (after.text[:1].isupper() or after.text in ('"', "\u201c")) \
        and m.last + 1 < m.sentence.last_token and tokens[m.last + 1].text[:1].isupper()
    return glued_before or glued_after


# A hyphenated word whose last part is lower case ("UN-related", "Oslo-based") is made from a name.
_MODIFIER = re.compile(r"\w-[a-z]+$")


def plausible_organization(text: str) -> bool:
    """Laws and events are not organisations; nor is a lone everyday word ("Administration", "Team")."""
    words = text.split()
    if ":" in text:
        return False  # "ISIN: US0378331005", "Tel: 555": a label and a code
    if _MODIFIER.search(text):
        return False  # "UN-related", "Mets-inspired": a word made from a name, which modifies a noun
    if words[-1].lower() in _NOT_ORGANIZATION_HEADS or words[0].lower() in EVENT_HEADS \
            or text in NOT_ORGANIZATION_ACRONYMS:
        return False
    return not (" " not in text and (not text.isupper() or len(text) > 6) and text.lower() in gazetteer().common_words
                and text.lower() not in INSTITUTIONS)  # (a shouted "WHEREAS" is still a word)


def vehicle_names(doc: Document) -> set[str]:
    """Names that follow "Shuttle", "orbiter", "HMS"…: craft and ships, not places."""
    names = set()
    tokens = doc.tokens
    for k in range(len(tokens) - 1):
        if tokens[k].text.lower() in _VEHICLES and tokens[k + 1].text[:1].isupper():
            names.add(tokens[k + 1].text)
    return names


def plausible_place(name: str, vehicles: set[str]) -> bool:
    gaz = gazetteer()
    if ":" in name:
        return False  # "IATA: TUL": a label and a code, not a place's name
    if is_road_name(name):
        return True  # "I-244", "47th Street": a numbered road is a place, whatever its shape
    letters = name.replace(".", "")
    if letters.isupper() and len(letters) <= 3 and name not in gaz.places:
        return False  # "US", "U.S.", "UK": abbreviations, listed under their full name if the text gives one
    if re.search(r"[A-Z]-\d", name) or {name.split()[0].lower(), name.split()[-1].lower()} & EVENT_HEADS:
        return False  # "STS-134" is a mission, "Battle of Jumonville Glen", "Beijing Olympic Games" events
    if " " not in name and (name.lower() in gaz.common_words or name.lower() in ORG_WORDS) \
            and name not in gaz.places and name not in gaz.countries:
        return False  # "Bureau", "Space": an everyday word cut from a longer name
    if not name[:1].isupper() or name.lower() in _COMPASS:
        return False  # "east", "South": directions, not places
    if (any(w.lower() in ROLE_TITLES for w in name.split()) and name not in gaz.places and name not in gaz.countries) \
            or any(w.lower() in _VEHICLES for w in name.split()):
        return False  # "US Secretary of State" is a title ("Saint Pierre and Miquelon" is not), "Space Shuttle" a vehicle
    # "Orthodox Christians", "Shia Muslims": groups of people, not places
    return not (name in vehicles or re.search(r"(?:ians|ists|ans|ims)$", name.split()[-1]) and " " in name)
