"""Name mentions and their document-level resolution.

The recogniser labels each mention on its own; a reader does not. Here every mention of a name is
collected (from the recogniser, the gazetteer, and capitalised phrases it missed), cleaned (titles,
determiners and possessives off), and given one label per document by summing the evidence of all
its mentions, so a name that is a person in one sentence is a person in all of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ..model import Document, Entity, Sentence, Token
from ..nlp.gazetteer import gazetteer
from ..nlp.lexicon import (
    COMPANY_HEADS,
    CORPORATE_SUFFIXES,
    COUNTRY_ABBREVIATIONS,
    EVENT_HEADS,
    FACILITY_WORDS,
    GROUP_WORDS,
    NOT_ORGANIZATION_ACRONYMS,
    ORG_WORDS,
    PLACE_HEADS,
    ROLE_TITLES,
    is_facility,
)

NAME_LABELS = ("PERSON", "ORG", "LOC")
_LINKERS = {"of", "for", "and", "the", "de", "des", "du", "la", "le", "van", "von", "der", "da", "di", "bin", "al", "&"}
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_NOT_NAMES = frozenset("""i he she it we they you his her its our their this that these those there here
a an the mr mrs ms dr but and or so yet if when while as after before since because although however
meanwhile following according despite during among between under over about across""".split())


@dataclass(frozen=True)
class NameMention:
    text: str
    start: int
    end: int
    first: int  # token index
    last: int  # one past the last token
    sentence: Sentence
    votes: tuple[tuple[str, float], ...]  # (label, weight) evidence from this mention


def _strip(doc: Document, first: int, last: int, label: str) -> tuple[int, int]:
    """Drop determiners, titles (for people), trailing possessives and punctuation from a span."""
    tokens = doc.tokens
    while first < last and (tokens[first].text.lower() in ("the", "a", "an") or not tokens[first].text[:1].isalnum()):
        first += 1
    if last - first >= 2 and tokens[first].text == "Team" and \
            " ".join(t.text for t in tokens[first + 1:last]) in gazetteer().countries:
        first += 1  # "Team Estonia": the country stands for its team, and is a place
    if label == "PERSON":
        # "Scientologist Tom Cruise", "Kenyan Eliud Kipchoge": who someone is, before a given name
        while first < last - 2 and tokens[first + 1].text in gazetteer().given_names and (
                tokens[first].text in gazetteer().nationalities or tokens[first].text in GROUP_WORDS
                or re.fullmatch(r"[A-Z][a-z]+ists?", tokens[first].text)):
            first += 1
        while first < last - 1 and (tokens[first].text.lower().rstrip(".") in ROLE_TITLES
                                    or tokens[first].text.lower().rsplit("-", 1)[-1] in ROLE_TITLES):  # "Major-General"
            if last - first == 2 and tokens[first].text in gazetteer().given_names:
                break  # "Dean Kamen": a given name that is also a title
            first += 1
    while last > first and (tokens[last - 1].text in _POSSESSIVE or tokens[last - 1].text.lower() in _LINKERS
                            or not (tokens[last - 1].text[-1:].isalnum() or _abbreviation(tokens[last - 1].text))):
        last -= 1
    if label == "ORG":
        # "DC Comics superhero Superman": a name does not run on past an ordinary lower-case word
        for k in range(first + 1, last):
            low = tokens[k].text
            if low.islower() and low not in _LINKERS and low not in _NAME_LINKERS and not (low == "party" and k == last - 1):
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


def _names_an_event(doc: Document, last: int, sentence: Sentence) -> bool:
    """"Seven Years' War", "Yom Kippur War": the name is part of an event's name, not an entity."""
    k = last
    if k < sentence.last_token and doc.tokens[k].text in _POSSESSIVE:
        k += 1
    return k < sentence.last_token and doc.tokens[k].text.lower() in EVENT_HEADS and doc.tokens[k].text[:1].isupper()


def _abbreviation(text: str) -> bool:
    """"Ltd.", "Inc.", "Jr.": a final period that belongs to the name."""
    return len(text) > 2 and text.endswith(".") and text[:-1].replace(".", "").isalpha()


def _capitalised_phrases(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Runs of capitalised words (with "of", "des", … inside) that may be names the model missed."""
    tokens = doc.tokens
    out = []
    i = sentence.first_token
    end = sentence.last_token
    while i < end:
        if not _cap(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < end:
            if _cap(tokens[j]):
                j += 1
            elif tokens[j].text.lower() in _LINKERS and j + 1 < end and _cap(tokens[j + 1]):
                j += 2
            elif tokens[j].text.lower() == "of" and j + 2 < end and tokens[j + 1].text == "the" \
                    and _cap(tokens[j + 2]):
                j += 3  # "Daughters of the American Revolution"
            else:
                break
        out.append((i, j))
        i = j
    return out


def _cap(token: Token) -> bool:
    text = token.text
    return (text[:1].isupper() and any(c.isalpha() for c in text)
            and token.tag in ("NNP", "NNPS", "NN", "NNS", "JJ", "FW", "VBN", "VBG", "CD")
            and text.lower() not in _NOT_NAMES)


def _entity_spans(doc: Document) -> list[tuple[int, int, Entity]]:
    return [(*doc.token_range(e.start, e.end), e) for e in doc.entities]


# What follows a company's possessive, and a person's rarely: "Sony's chief financial officer".
_COMPANY_POSSESSIONS = {"chief", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "shares", "shareholders",
                        "board", "profits", "profit", "revenue", "revenues", "sales", "stock", "subsidiary",
                        "headquarters", "brand", "products", "customers", "employees", "staff", "workforce"}
_FIRM_ENDINGS = {"Co.", "Co", "Company", "Sons", "Brothers", "Partners", "Associates"}
_NAME_LINKERS = {"of", "for", "on", "de", "des", "du", "del", "la", "le", "&"}


def _expand(doc: Document, first: int, last: int, label: str, sentence: Sentence,
            owner: dict[int, int], spans: list, own: int, people: set[str]) -> tuple[int, int, set[int]]:
    """Grow a recognised name over the capitalised phrase it is part of: the model often stops early
    ("Kennedy Space" of "Kennedy Space Center Visitor Complex", "Museum of" of "Museum of Flight").
    People grow only over capitalised words; organisations and places also over "of", "for", "des"…
    and, inside an organisation's name, over "and (the)". Returns the new span and the other
    entities it swallowed."""
    tokens = doc.tokens
    absorbed: set[int] = set()
    def joins_on_the_left(k: int) -> bool:
        if k <= sentence.first_token or not _cap(tokens[k]):
            return False
        if tokens[k].text.lower().rstrip(".") in ROLE_TITLES and (label == "PERSON" or k - 1 < sentence.first_token
                                                                  or tokens[k - 1].text.lower() not in ("the", "a", "an")):
            return False  # "President Tokayev": a title, not a name; but "the Premier League" is a name
        # a capitalised ordinal is part of the name ("First Canadian Place"), other entities are not
        return k not in owner or (spans[owner[k]][2].label == "ORDINAL" and tokens[k].tag == "NNP")

    # once an organisation's name has taken in a country or city ("Government of Canada"), only an
    # organisation word may follow ("… School of Law"), not a new name ("… Digital Collections")
    place_inside = False
    while True:
        if joins_on_the_left(first - 1):
            first -= 1
        elif label in ("LOC", "ORG") and _institution_before(doc, first, sentence, owner, spans):
            # "University of" + "Texas" + "School of Law", "University of the" + "South": the place
            # is inside an institution's name
            head = first - 3 if tokens[first - 1].text == "the" else first - 2
            if head in owner:
                absorbed.add(owner[head])
            place_inside = _is_place(" ".join(t.text for t in tokens[first:last]))
            first = head
            label = "ORG"
        else:
            break
    j = last
    end = sentence.last_token
    while j < end:
        token = tokens[j]
        low = token.text.lower()
        other = owner.get(j)
        after_linker = tokens[j - 1].text.lower() in _NAME_LINKERS | {"the", "and"}
        if low in ("and", "&") and j + 1 < end and tokens[j + 1].text in _FIRM_ENDINGS:
            j += 2  # "J. Lyons and Co.", "Smith & Sons": a firm, named after its founders
            label = "ORG"
            continue
        run_end = _institution_run(doc, first, j, end, owner, spans, own, label)
        if run_end:
            # "Johnson" + "Space Center", "Independent" + "Presbyterian Church", "U.S. Space and" +
            # "Rocket Center": the next names end in an institution's head word, and so does this one
            absorbed.update(owner[k] for k in range(j, run_end) if k in owner and owner[k] != own)
            j = run_end
            if label == "PERSON":
                label = "ORG"
            continue
        if label != "PERSON" and not after_linker and any(doc.text.startswith(p, token.start) for p in people):
            break
        if place_inside and _cap(token) and low not in ORG_WORDS and tokens[j - 1].text.lower() not in _NAME_LINKERS:
            break  # "Government of Canada" + "Digital Collections website": the name ended at the country
        sandwiched = (token.text[:1].isupper() and token.text.isalpha() and _cap(tokens[j - 1])
                      and j + 1 < end and _cap(tokens[j + 1]))  # "… Officials Task Force on …" (Task: a verb?)
        if (_cap(token) or sandwiched) and (other is None or other == own):
            j += 1
            if label == "LOC" and low in ORG_WORDS:
                label = "ORG"  # "Addis Ababa University School" + "of Law"
            continue
        if other is not None and spans[other][2].label == label and spans[other][0] == j and _abbreviation(token.text):
            absorbed.add(other)  # "Washington" + "D.C.": one place
            j = spans[other][1]
            continue
        if label == "PERSON" and any(t.text.lower() in ORG_WORDS for t in tokens[first:j]):
            label = "ORG"  # "John F. Kennedy Center": a person's name that founds an institution's
        if label == "PERSON" and not (low == "des" and j + 1 < end and _cap(tokens[j + 1])):
            break  # a person's name may hold "de" ("Coulon de Jumonville"); "des" marks a place
        if label == "LOC" and low in _NAME_LINKERS and tokens[j - 1].text.lower() not in PLACE_HEADS:
            break  # "Colony of Canada", "Forks of the Ohio" grow; "Britain of Florida" does not
        if other is not None and other != own and _cap(token) and tokens[j - 1].text.lower() in _NAME_LINKERS | {"the"}:
            other_first, other_last, other_entity = spans[other]
            if other_first == j and other_entity.label in NAME_LABELS:
                absorbed.add(other)
                j = other_last
                place_inside = label == "ORG" and other_entity.label == "LOC" and _is_place(other_entity.text)
                continue
        linker = low in _NAME_LINKERS or (low == "the" and tokens[j - 1].text.lower() in _NAME_LINKERS | {"and"})
        joins = (label == "ORG" and low == "and" and tokens[j - 1].text.lower() not in ORG_WORDS
                 and _cap(tokens[j - 1]) and not _two_institutions(tokens, first, j, end))
        if low == "on" and not (tokens[j + 1].text.isalpha() if j + 1 < end else False):
            break  # "Kennedy Space Center on STS-1": a mission, not the rest of a name
        if low == "and" and j + 2 < end and tokens[j + 1].text == "the" and label == "ORG":
            k = j + 2
            while k < end and _cap(tokens[k]):
                k += 1
            if any(t.text.lower() in ORG_WORDS for t in tokens[j + 2:k]):
                break  # "Foreign Affairs and the Publications Committee": a second organisation
        if (linker or joins) and j + 1 < end and (_cap(tokens[j + 1]) or tokens[j + 1].text.lower() == "the"):
            j += 1
            continue
        break
    while j > last and (tokens[j - 1].text.lower() in _NAME_LINKERS | {"and", "the"}):
        j -= 1
    if label == "ORG" and j < end and tokens[j].text == "party":
        j += 1  # "the Progressive Conservative party": the party is part of its name
    if absorbed and not any(t.text.lower() in ORG_WORDS for t in tokens[first:j]) and label != "LOC":
        return first, last, set()  # "X of Y" with no organisation word: keep the two names apart
    return first, j, absorbed


def _two_institutions(tokens: tuple[Token, ...], first: int, and_at: int, end: int) -> bool:
    """"University of California and Columbia University": each side of "and" has its own
    organisation word, so they are two names ("Bureau of Educational and Cultural Affairs" is one)."""
    k = and_at + 1
    while k < end and _cap(tokens[k]):
        k += 1
    def has_org_word(part: tuple[Token, ...]) -> bool:
        return any(t.text.lower() in ORG_WORDS for t in part)
    return has_org_word(tokens[first:and_at]) and has_org_word(tokens[and_at + 1:k])


def _is_place(text: str) -> bool:
    gaz = gazetteer()
    return text in gaz.places or text in gaz.countries


def _institution_before(doc: Document, first: int, sentence: Sentence, owner: dict[int, int], spans: list) -> bool:
    """Does "University of (the)", "Bank of" stand just before token ``first``? Not when the
    institution word ends a longer name: "Evergreen Aviation & Space Museum of McMinnville" is
    where that museum is."""
    tokens = doc.tokens
    linker = first - 2 if first - 1 > sentence.first_token and tokens[first - 1].text == "the" else first - 1
    head = linker - 1
    if head < sentence.first_token or tokens[linker].text not in ("of", "for"):
        return False
    if not _cap(tokens[head]) or tokens[head].text.lower() not in ORG_WORDS:
        return False
    if head in owner and spans[owner[head]][2].label != "ORG":
        return False
    return not (head - 1 >= sentence.first_token and _cap(tokens[head - 1]))


def _institution_run(doc: Document, first: int, j: int, end: int, owner: dict[int, int], spans: list, own: int,
                     label: str) -> int | None:
    """End of a run of capitalised words from ``j`` that another name begins and an organisation
    word ends ("Space Center", "Rocket Center"), after a name or after "and"/"&" inside one; for a
    place, a facility word ("Lake" + "Nakuru National Park")."""
    tokens = doc.tokens
    k = j
    if tokens[k].text in ("and", "&") and j > 0 and _cap(tokens[j - 1]):
        if _two_institutions(tokens, first, j, end):
            return None  # "University of California and Columbia University"
        k += 1
    start = k
    while k < end and _cap(tokens[k]):
        k += 1
    if k == start or not any(x in owner and owner[x] != own for x in range(start, k)):
        return None
    head = tokens[k - 1].text.lower()
    if not (label == "LOC" and head in FACILITY_WORDS and k - start >= 2) and (
            head not in ORG_WORDS or head in ("press", "news", "star", "times")):
        return None
    labels = {spans[owner[x]][2].label for x in range(start, k) if x in owner}
    if not labels <= set(NAME_LABELS) or ("PERSON" in labels and label != "PERSON"):
        return None  # (a date or a number in between; a person after a place is someone there)
    return k


def collect_mentions(doc: Document) -> list[NameMention]:
    gaz = gazetteer()
    mentions: list[NameMention] = []
    spans = _entity_spans(doc)
    owner = {k: n for n, (first, last, _) in enumerate(spans) for k in range(first, last)}
    covered: set[int] = set()
    consumed: set[int] = set()
    # Multi-word names recognised anywhere in the text: a phrase being grown stops where one begins
    # ("the UN Yerlan Alimbayev" when "Yerlan Alimbayev" is a name elsewhere).
    people = {e.text for e in doc.entities if e.label in NAME_LABELS and " " in e.text}
    persons = {e.text for e in doc.entities if e.label == "PERSON" and " " in e.text}
    for first, last, sentence in _acronym_definitions(doc):
        # "Surface Water and Ocean Topography (SWOT)": the whole phrase the acronym stands for is one
        # name, whatever pieces of it the recogniser labelled
        inside = [n for n, (a, b, e) in enumerate(spans) if first <= a and b <= last and e.label in NAME_LABELS]
        if any(spans[n][:2] == (first, last) for n in inside) or any(spans[n][2].label == "PERSON" for n in inside):
            continue
        consumed.update(inside)
        covered.update(range(first, last))
        mentions.append(_mention(doc, first, last, sentence, [("ORG", 0.6)]))
    for n, (first, last, entity) in enumerate(spans):
        if entity.label not in NAME_LABELS:
            if entity.label != "NORP":
                covered.update(range(first, last))
            continue
        if n in consumed:
            continue
        sentence = doc.sentence_at(entity.start)
        if sentence is None:
            continue
        label = entity.label
        first, last = _strip(doc, first, last, label)
        if label != "PERSON":
            # "the UN Yerlan Alimbayev": the span runs into a person named elsewhere in the text
            last = next((k for k in range(first + 1, last)
                         if any(doc.text.startswith(p, doc.tokens[k].start) for p in persons)), last)
        if first >= last:
            continue
        grown_first, grown_last, absorbed = _expand(doc, first, last, label, sentence, owner, spans, n, people)
        consumed |= absorbed
        votes = [(label, entity.score * (0.6 if entity.source == "gazetteer" else 1.0))]
        votes += [(alt, p) for alt, p in entity.alternatives if alt in NAME_LABELS and p > 0.05]
        words = [re.sub(r"-\d+$", "", t.text.lower()) for t in doc.tokens[grown_first:grown_last]]
        given_name_first = doc.tokens[grown_first].text in gaz.given_names
        if is_facility(words) and not (label == "PERSON" and given_name_first):  # "Helen Park" is a person
            votes = [("LOC", max(entity.score, 0.8))]  # stadiums, forts, streets, bases are places
        elif len(words) > 2 and words[-2] in ("and", "&") and doc.tokens[grown_last - 1].text in _FIRM_ENDINGS:
            votes = [("ORG", max(entity.score, 0.8))]  # "J. Lyons and Co."
        elif label == "PERSON" and len(words) > 1 and any(w in ORG_WORDS for w in words[1:]):
            votes = [("ORG", entity.score)]  # "Steven F. Udvar-Hazy Center", "Virginia Regiment"
        elif label == "LOC" and len(words) > 1 and words[-1] in COMPANY_HEADS and not _is_place(entity.text):
            votes = [("ORG", entity.score)]  # "Deltra Oil": a company, not a place
        elif (grown_first, grown_last) != (first, last):
            if any(w in ORG_WORDS for w in words[1:]) or (words and words[-1] in ORG_WORDS) or (
                    grown_first < first and words[0] in ORG_WORDS):  # "University of the South"
                votes = [("ORG", entity.score)]
            elif label == "PERSON" and any(w in _NAME_LINKERS for w in words):
                votes = [("LOC", entity.score * 0.5)]
        if (grown_first, grown_last) != (first, last):
            first, last = _strip(doc, grown_first, grown_last, label)
        if first >= last:
            continue
        if last + 1 < sentence.last_token and doc.tokens[last].text in _POSSESSIVE \
                and doc.tokens[last + 1].text.lower() in _COMPANY_POSSESSIONS:
            votes = [("ORG", 1.0)]  # "Sony's chief financial officer", "Diageo's shares"
        if label == "PERSON" and last + 1 < sentence.last_token and doc.tokens[last].text == "," \
                and doc.tokens[last + 1].text in ("Jr.", "Sr.", "Jr", "Sr", "II", "III"):
            last += 2  # "Martin Luther King, Jr." is the whole name
        covered.update(range(first, last))
        if _names_an_event(doc, last, sentence):
            continue
        mentions.append(_mention(doc, first, last, sentence, votes))
    for sentence in doc.sentences:
        for phrase_first, phrase_last in _capitalised_phrases(doc, sentence):
            # the parts of the phrase no recognised name covers ("UN" is, "Yerlan Alimbayev" is not)
            for first, last in _uncovered_runs(phrase_first, phrase_last, covered):
                _add_guess(doc, sentence, first, last, gaz, mentions)
    return mentions


def _acronym_definitions(doc: Document) -> list[tuple[int, int, Sentence]]:
    """Token spans of capitalised phrases followed by an acronym of their initials in parentheses."""
    tokens = doc.tokens
    found = []
    for sentence in doc.sentences:
        for k in range(sentence.first_token + 2, sentence.last_token - 1):
            acronym = tokens[k].text
            if tokens[k - 1].text != "(" or tokens[k + 1].text != ")" or not re.fullmatch(r"[A-Z]{2,8}", acronym):
                continue
            start = k - 1
            while start - 1 >= sentence.first_token and (_cap(tokens[start - 1]) or tokens[start - 1].text.lower() in
                                                           ("of", "and", "for", "the", "on", "de", "&")) and k - start < 12:
                start -= 1
            for first in range(start, k - 1):
                words = [t.text for t in tokens[first:k - 1] if t.text[:1].isupper()]
                if tokens[first].text[:1].isupper() and len(words) >= 2 and \
                        "".join(w[0] for w in words) == acronym:
                    found.append((first, k - 1, sentence))
                    break
    return found


def _uncovered_runs(first: int, last: int, covered: set[int]) -> list[tuple[int, int]]:
    runs = []
    start = None
    for k in range(first, last + 1):
        free = k < last and k not in covered
        if free and start is None:
            start = k
        elif not free and start is not None:
            runs.append((start, k))
            start = None
    return runs


_PUBLICATIONS = {"magazine", "newspaper", "journal", "weekly", "daily", "tabloid", "newsletter"}


def _add_guess(doc: Document, sentence: Sentence, first: int, last: int, gaz, mentions: list[NameMention]) -> None:
    """A capitalised phrase the recogniser left alone becomes a mention with tentative votes."""
    if (last < sentence.last_token and doc.tokens[last].text in _PUBLICATIONS and last - first > 1) or (
            first > sentence.first_token and doc.tokens[first - 1].text in _PUBLICATIONS):
        # "American Lawyer magazine", "the journal Nature Water"
        # "American Lawyer magazine": the name of a publication, whatever words it is made of
        while first < last and doc.tokens[first].text.lower() in ("the", "a", "an"):
            first += 1
        mentions.append(_mention(doc, first, last, sentence, [("ORG", 0.6)]))
        return
    first, last = _strip(doc, first, last, "")
    if first >= last:
        return
    before = " ".join(t.text.lower() for t in doc.tokens[max(sentence.first_token, first - 2):first])
    if before.endswith(("shares in", "shares of", "stake in", "stock of")):
        # "Shares in Diageo rose 4%": only a company has shares
        mentions.append(_mention(doc, first, last, sentence, [("ORG", 0.6)]))
        return
    words = [t.text for t in doc.tokens[first:last]]
    text = doc.text[doc.tokens[first].start:doc.tokens[last - 1].end]
    votes = _guess_label(words, text, gaz, at_start=first == sentence.first_token,
                         after_speech=before.endswith(_SPEECH_VERBS))
    if votes:
        mentions.append(_mention(doc, first, last, sentence, votes))


def _given_name(word: str, gaz) -> bool:
    """"Cédric" is in the names list as "Cedric"."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return word in gaz.given_names or plain in gaz.given_names


# Words after which a name of two or three words is the speaker: "…," said Cédric David.
_SPEECH_VERBS = ("said", "says", "added", "explained", "according to", "told by", "wrote")


def _guess_label(words: list[str], text: str, gaz, at_start: bool, after_speech: bool = False) -> list[tuple[str, float]]:
    """Votes for a capitalised phrase the model left alone, from its shape and the gazetteers."""
    lowered = [w.lower() for w in words]
    if words[-1] in gaz.nationalities or (len(words) == 1 and words[0].lower() in ROLE_TITLES):
        return []
    if text in gaz.places or is_facility(lowered):
        return [("LOC", 0.5)]
    if any(w in ORG_WORDS for w in lowered) and len(words) > 1:
        return [("ORG", 0.5)]
    if len(words) > 1 and lowered[-1] in COMPANY_HEADS and lowered[0] not in COMPANY_HEADS:
        return [("ORG", 0.4)]  # "Tullow Oil", "Base Titanium"
    if re.fullmatch(r"[A-Z]{2,6}s?", text) and text not in NOT_ORGANIZATION_ACRONYMS \
            and not re.fullmatch(r"[IVXLCDM]+", text):  # "XVII" is a number
        return [("ORG", 0.3)]
    if len(words) == 1 and lowered[0] in ORG_WORDS and not at_start:
        return [("ORG", 0.5)]  # "Congress", "Parliament", "the Army"
    if len(words) in (2, 3) and _given_name(words[0], gaz) and all(w[:1].isupper() for w in words):
        return [("PERSON", 0.5)]
    if len(words) in (2, 3) and after_speech and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
            and not any(w.lower() in ROLE_TITLES for w in words) and words[0] not in gaz.nationalities:
        return [("PERSON", 0.4)]  # (not "said Afghan Ambassador" before the name itself)
    if at_start and len(words) == 1:
        return []
    return [("NONE", 0.2)]  # unknown: adopts a label only if other mentions of the name have one


def _mention(doc: Document, first: int, last: int, sentence: Sentence, votes) -> NameMention:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    return NameMention(doc.text[start:end], start, end, first, last, sentence, tuple(votes))


def resolve_labels(mentions: list[NameMention]) -> dict[str, str]:
    """One label per name string: the label with the most evidence over all its mentions.

    A one-word name also inherits the votes of the longer names it ends or starts ("Tokayev" in
    "Kassym-Jomart Tokayev"), which is how a surname is known to be a person everywhere.
    """
    gaz = gazetteer()
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for m in mentions:
        for label, weight in m.votes:
            totals[m.text][label] += weight
        if m.text in gaz.countries or m.text in COUNTRY_ABBREVIATIONS:
            totals[m.text]["LOC"] += 1.5  # a country name is a place, even standing for its team
    names = list(totals)
    for name in names:
        words = name.split()
        if len(words) != 1:
            continue
        for other in names:
            other_words = other.replace("-", " ").split()
            if other != name and len(other.split()) > 1 and (other.split()[-1] == name or other_words[-1] == name):
                for label, weight in totals[other].items():
                    if label == "PERSON":
                        totals[name][label] += weight
            elif other.split()[0] == name and all(w.lower() in CORPORATE_SUFFIXES for w in other.split()[1:]) \
                    and len(other.split()) > 1:
                totals[name]["ORG"] += totals[other].get("ORG", 0.0)  # "Torstar" of "Torstar Corporation"
    alone = {name: dict(votes) for name, votes in totals.items() if " " not in name}
    for name in names:
        words = name.split()
        if len(words) > 1 and words[0] in gaz.given_names:
            totals[name]["PERSON"] += 0.5  # "Eden Hazard": a given name starts it
            # and the surname, named alone elsewhere, says whether it is a person
            totals[name]["PERSON"] += alone.get(words[-1], {}).get("PERSON", 0.0)
    labels = {}
    for name, votes in totals.items():
        label = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
        words = name.lower().split()
        if label == "PERSON" and len(words) > 1 and any(w in ORG_WORDS for w in words[1:]):
            label = "ORG"  # "Virginia Regiment", "Addis Ababa University School of Law"
        if label != "NONE":
            labels[name] = label
    # One label per name per document: the surname of a person named in full is that person
    # everywhere ("Washington" after "George Washington"), whatever a single sentence suggested.
    surnames = {n.replace("-", " ").split()[-1] for n, label in labels.items()
                if label == "PERSON" and " " in n and n.split()[0] in gaz.given_names}
    for name, label in labels.items():
        if " " not in name and name in surnames and label != "PERSON" and name not in gaz.countries:
            labels[name] = "PERSON"
    return labels
