"""Name mentions: every mention of a name, collected from the recogniser's entities, the gazetteer
and capitalised phrases the recogniser missed, cleaned (titles, determiners and possessives off),
grown over the whole name, each with the label votes its own context gives (``name_votes`` turns
them into one label per name for the document).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from ..model import Document, Entity
from ..vocab import (
    BODY_KINDS,
    COMPANY_HEADS,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_SHORT_NAMES,
    EVENT_HEADS,
    FACILITY_WORDS,
    OCCUPATIONS,
    ORG_WORDS,
    PLACE_FEATURE_HEADS,
    PLACE_HEADS,
    PLACE_KINDS,
    RELATION_NOUNS,
    ROLE_TITLES,
    SURNAME_FACILITIES,
    WORK_KINDS,
    gazetteer,
    is_facility,
    person_by_its_form,
    person_nouns,
)
from .name_growth import COMPANY_POSSESSIONS, FIRM_ENDINGS, company_possession_of, expand
from .name_guesses import acronym_definitions, add_guess, capitalised_phrases, uncovered_runs
from .name_tokens import (
    NAME_LABELS,
    NAME_LINKERS,
    POSSESSIVE,
    NameMention,
    NamesAt,
    is_known_place,
    list_label,
    name_mention,
    names_an_event,
    strip_name,
)

__all__ = ["NAME_LABELS", "NameMention", "collect_mentions"]


def _entity_spans(doc: Document) -> list[tuple[int, int, Entity]]:
    return [(*doc.token_range(e.start, e.end), e) for e in doc.entities]


def given_name_first_only(doc: Document, first: int, last: int) -> bool:
    """A lone given name before a facility word ("Helen Park") may be a surname: the name stays a person's."""
    return last - first == 1 and doc.tokens[first].text in gazetteer().given_names


def collect_mentions(doc: Document) -> list[NameMention]:
    gaz = gazetteer()
    mentions: list[NameMention] = []
    spans = _entity_spans(doc)
    owner = {k: n for n, (first, last, _) in enumerate(spans) for k in range(first, last)}
    covered: set[int] = set()
    consumed: set[int] = set()
    # Multi-word names recognised anywhere in the text: a phrase being grown stops where one begins
    # ("the UN Yerlan Alimbayev" when "Yerlan Alimbayev" is a name elsewhere).
    people = NamesAt({e.text for e in doc.entities if e.label in NAME_LABELS and " " in e.text})
    persons = NamesAt({e.text for e in doc.entities if e.label == "PERSON" and " " in e.text})
    for first, last, sentence, short in acronym_definitions(doc):
        if not short.isupper():
            continue  # (a mixed-case short form only links the names, in entities)
        # "Surface Water and Ocean Topography (SWOT)": the whole phrase the acronym stands for is one
        # name, whatever pieces of it the recogniser labelled
        inside = [n for n, (a, b, e) in enumerate(spans) if first <= a and b <= last and e.label in NAME_LABELS]
        if any(spans[n][:2] == (first, last) for n in inside) or any(spans[n][2].label == "PERSON" for n in inside):
            continue
        consumed.update(inside)
        covered.update(range(first, last))
        mentions.append(name_mention(doc, first, last, sentence, [("ORG", 0.6)], "acronym"))
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
        # "A. Anasazi" opening a line of a list: the recogniser read the label as an initial, and its
        # reading of the rest as a person rests on that
        first, last = strip_name(doc, first, last, label)
        labelled_item = label == "PERSON" and last - first == 1 and first > 0 and list_label(doc, first - 1, last)
        if label != "PERSON":
            # "the UN Yerlan Alimbayev": the span runs into a person named elsewhere in the text
            last = next((k for k in range(first + 1, last) if persons.starts_at(doc.text, doc.tokens[k].start)), last)
            last = _person_after_a_body(doc, first, last)
        if first >= last:
            continue
        grown_first, grown_last, absorbed = expand(doc, first, last, label, sentence, owner, spans, n, people)
        consumed |= absorbed
        votes = [(label, entity.score * (0.6 if entity.source == "gazetteer" else 1.0))]
        votes += [(alt, p) for alt, p in entity.alternatives if alt in NAME_LABELS and p > 0.05]
        if labelled_item:
            votes = [("NONE", 0.2)]
        words = [re.sub(r"-\d+$", "", t.text.lower()) for t in doc.tokens[grown_first:grown_last]]
        given_name_first = doc.tokens[grown_first].text in gaz.given_names
        if is_facility(words) and not (label == "PERSON" and given_name_first and words[-1] in SURNAME_FACILITIES):
            # ("Helen Park" is a person; "Katy Trail" is not)
            votes = [("LOC", max(entity.score, 0.8))]  # stadiums, forts, streets, bases are places
        elif label == "PERSON" and len(words) > 1 and words[-1] not in SURNAME_FACILITIES \
                and (words[-1] in PLACE_HEADS or words[-1] in PLACE_FEATURE_HEADS):
            votes = [("LOC", max(entity.score, 0.8))]  # "Ross Sea", "Ross Ice Shelf": a place named after a person
        elif len(words) > 2 and words[-2] in ("and", "&") and doc.tokens[grown_last - 1].text in FIRM_ENDINGS:
            votes = [("ORG", max(entity.score, 0.8))]  # "J. Lyons and Co."
        elif label == "PERSON" and len(words) > 1 and any(w in ORG_WORDS for w in words[1:]):
            votes = [("ORG", entity.score)]  # "Steven F. Udvar-Hazy Center", "Virginia Regiment"
        elif label == "LOC" and len(words) > 1 and words[-1] in COMPANY_HEADS and not is_known_place(
                doc.text[doc.tokens[grown_first].start:doc.tokens[grown_last - 1].end]):
            # "Deltra Oil", "Wexby Motors" (grown from the place "Wexby"): a company, not a place
            votes = [("ORG", entity.score)]
        elif (grown_first, grown_last) != (first, last):
            if any(w in ORG_WORDS for w in words[1:]) or (words and words[-1] in ORG_WORDS) or (
                    grown_first < first and words[0] in ORG_WORDS):  # "University of the South"
                votes = [("ORG", entity.score)]
            elif label == "PERSON" and any(w in NAME_LINKERS for w in words):
                votes = [("LOC", entity.score * 0.5)]
        if (grown_first, grown_last) != (first, last):
            first, last = strip_name(doc, grown_first, grown_last, label)
            if label != "PERSON":
                last = _person_after_a_body(doc, first, last)
        if first >= last:
            continue
        title = doc.tokens[first - 1] if first > sentence.first_token else None
        if title is not None and title.text[:1].isupper() and title.text.lower().rstrip(".") in ROLE_TITLES \
                and label != "PERSON" and not any(w in ORG_WORDS | FACILITY_WORDS for w in words):
            votes = [*votes, ("PERSON", 1.0)]  # "Director Bong Joon-ho": a title stands before a person
        elif label != "PERSON" and _listed_under_a_title(doc, first, last):
            votes = [*votes, ("PERSON", 1.0)]  # "Senators Lind, BERG and Okafor": each is one
        after = [t.text for t in doc.tokens[last:min(last + 3, sentence.last_token)]]
        if len(after) == 3 and after[0] == "," and after[2] == "," and after[1].isdigit() and 1 < int(after[1]) < 120:
            votes = [*votes, ("PERSON", 1.0)]  # "Bong, 49, previously directed …": an age
        if last + 1 < sentence.last_token and doc.tokens[last].text in POSSESSIVE \
                and doc.tokens[last + 1].text.lower() in COMPANY_POSSESSIONS:
            votes = [("ORG", 1.0)]  # "Sony's chief financial officer", "Diageo's shares"
        elif company_possession_of(doc, first, last, sentence):
            votes = [("ORG", 1.0)]  # "the shares of Orkla", "the chairman of Statoil": the same, with "of"
        if label == "PERSON" and last + 1 < sentence.last_token and doc.tokens[last].text == "," \
                and doc.tokens[last + 1].text in ("Jr.", "Sr.", "Jr", "Sr", "II", "III"):
            last += 2  # "Martin Luther King, Jr." is the whole name
        if label == "PERSON" and last < sentence.last_token and doc.tokens[last].text[:1].isupper() \
                and doc.tokens[last].text.lower() in FACILITY_WORDS and not given_name_first_only(doc, first, last):
            # "Richard L. Jones, Jr. Airport", "John F. Kennedy Memorial": a place named after a person
            last += 1
            votes = [("LOC", max(entity.score, 0.8))]
        covered.update(range(first, last))
        if names_an_event(doc, last, sentence):
            continue
        mentions.append(name_mention(doc, first, last, sentence, votes, entity.source))
    for sentence in doc.sentences:
        for phrase_first, phrase_last in capitalised_phrases(doc, sentence):
            # the parts of the phrase no recognised name covers ("UN" is, "Yerlan Alimbayev" is not)
            for first, last in uncovered_runs(phrase_first, phrase_last, covered):
                add_guess(doc, sentence, first, last, gaz, mentions)
    mentions = [_named_after_a_place(doc, _as_team(doc, m)) for m in mentions]
    spans = {(m.first, m.last) for m in mentions}
    return [m if any(a <= m.first and m.last <= b and (a, b) != (m.first, m.last) for a, b in spans)
            else kind_said_after(doc, kind_said_before(doc, m)) for m in mentions]


_BEFORE_A_KIND = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS", "VBN", "HYPH", "CD", "RB"})


def kind_said_before(doc: Document, m: NameMention) -> NameMention:
    """"the airline Widerøe", "the village Lohals", "the legal drama The Good Wife", "the composer Berg":
    a common noun that the parse joins to the name right after it, in a phrase with a determiner or a
    possessive, says what the name is: a body, a place, a person, or a work or product (no entity).
    Other nouns say nothing here ("the year Ada Lind left": the name is the subject of a clause), nor does
    the noun to the first part of a longer name ("the law firm Lind, Berg and Moe")."""
    k = m.first - 1
    sentence = m.sentence
    if k <= sentence.first_token:
        return m
    noun = doc.tokens[k]
    word = noun.text.lower()
    if noun.tag != "NN" or not noun.text.isalpha() or not noun.text.islower():
        return m
    head = doc.head_of(m.first, m.last)
    joined = (doc.tokens[head].head == k and doc.tokens[head].dep in ("appos", "compound", "flat", "nmod")) \
        or (noun.head == head and noun.dep in ("compound", "nmod", "amod"))
    if not joined:
        return m
    j = k - 1
    while j > sentence.first_token and doc.tokens[j].tag in _BEFORE_A_KIND and doc.tokens[j].tag not in ("DT", "PRP$", "POS"):
        j -= 1
    if doc.tokens[j].tag not in ("DT", "PRP$", "POS"):
        return m  # "Bergen resident Ada Lind": a title, the role readers' construction
    if word in ROLE_TITLES or word in OCCUPATIONS or word in RELATION_NOUNS or word in person_nouns() \
            or person_by_its_form(word):
        return replace(m, votes=(*m.votes, ("PERSON", 1.0)))
    listed = m.last + 1 < sentence.last_token and doc.tokens[m.last].text == "," \
        and doc.tokens[m.last + 1].text[:1].isupper()
    if (word in BODY_KINDS or word in COMPANY_HEADS) and not listed:
        # ("the law firm Lind, Okafor and Moe": the firm's name is the whole list, which says nothing of Lind)
        return replace(m, votes=(("ORG", 1.0),))
    if word in PLACE_KINDS or word in PLACE_HEADS or word in PLACE_FEATURE_HEADS:
        return replace(m, votes=(("LOC", 1.0),))
    if word in WORK_KINDS:
        return replace(m, votes=(("NONE", 3.0),))
    return m


def kind_said_after(doc: Document, m: NameMention) -> NameMention:
    """"Volaris, a Mexican airline, …", "Lohals is a village on Langeland", "Bergen Harbour is a crime
    drama": the apposition after the name or the predicate of a copula the name is the subject of says
    what kind of thing it is, a body, a place or a work (no entity). (A person's kind is the role
    readers' business: "Firefox, its main rival" says nothing of a person.)"""
    if m.votes and max(m.votes, key=lambda v: v[1])[0] == "PERSON":
        return m  # (what a person is, is a role)
    head = doc.head_of(m.first, m.last)
    token = doc.tokens[head]
    # (an apposition set off by a comma, a bracket or a colon ("Utvær: an island …"); "the Army-Navy
    # game" is none)
    kinds = [c for c in doc.children(head) if doc.tokens[c].dep == "appos" and c > head
             and m.last < len(doc.tokens) and doc.tokens[m.last].text in (",", "(", ":")]
    if token.dep == "nsubj" and token.head != head and any(doc.tokens[c].dep == "cop" for c in doc.children(token.head)):
        kinds.append(token.head)
    for k in kinds:
        noun = doc.tokens[k]
        if noun.tag != "NN" or not noun.text.islower() or any(
                doc.tokens[c].dep in ("case", "advmod") and doc.tokens[c].text.lower() in ("like", "not", "never", "than")
                for c in doc.children(k)):
            continue  # ("is like a village", "is not a band")
        word = noun.text.lower()
        if word in BODY_KINDS:
            return replace(m, votes=(*m.votes, ("ORG", 1.5)))
        if word in PLACE_KINDS or word in PLACE_FEATURE_HEADS:
            return replace(m, votes=(*m.votes, ("LOC", 1.5)))
        if word in WORK_KINDS:
            return replace(m, votes=(("NONE", 3.0),))
    return m


def _person_after_a_body(doc: Document, first: int, last: int) -> int:
    """"the director of the Oslo Housing Council Tomas Okafor": a body's name ends at its
    institution word when a given name and a surname follow it inside the span, and the person's name
    is left to be found on its own. Returns the new end of the span."""
    given = gazetteer().given_names
    for k in range(first + 1, last - 1):
        if doc.tokens[k - 1].text.lower() in ORG_WORDS and doc.tokens[k].text in given \
                and doc.tokens[k + 1].text[:1].isupper() and doc.tokens[k + 1].text.lower() not in ORG_WORDS:
            return k
    return last


def _listed_under_a_title(doc: Document, first: int, last: int) -> bool:
    """The parse coordinates the name with a plural title before it ("Senators A, B and C", the title
    the head of the list)."""
    head = doc.head_of(first, last)
    partner = doc.tokens[head].head
    word = doc.tokens[partner].text
    return doc.tokens[head].dep == "conj" and partner < first and doc.tokens[partner].tag in ("NNS", "NNPS") \
        and word[:1].isupper() and word.lower().removesuffix("s") in ROLE_TITLES


_COMPASS = frozenset("north south east west central northern southern eastern western".split())


def _named_after_a_place(doc: Document, m: NameMention) -> NameMention:
    """"the Prague Conservatory", "the San Francisco Bulletin", "Houston Astros", "African Union": a
    place's name before a head that names no kind of place is something of that place (its
    conservatory, newspaper, team, union), an organisation. The head says so: a word for an
    institution; or, after a known place, a plural (a team, a band) or any head when "the" stands
    before the whole (a town is not "the Prague"). "the Gaza Strip", "Miami Beach", "New York City"
    end in a word for a place and stay places."""
    if not m.votes or max(m.votes, key=lambda v: v[1])[0] != "LOC":
        return m
    words = m.text.split()
    if len(words) < 2 or is_known_place(m.text) or m.text in COUNTRY_SHORT_NAMES:
        return m
    if any(not w[:1].isupper() for w in words):
        return m  # "Rio de Janeiro", "Bank of Canada": a linker inside is another construction
    head = words[-1].lower()
    if any(h in PLACE_HEADS or h in PLACE_FEATURE_HEADS or h in _town_heads() for h in (head, head.removesuffix("s"))) \
            or head in _COMPASS or head in EVENT_HEADS or re.search(r"(?:ians|ans|ers|ites)$", head):
        return m  # ("Rio Grande Rivers", "the Texas Revolution", "San Franciscans": places, an event, a people)
    after_place = any(is_known_place(" ".join(words[:k])) for k in range(1, len(words)))
    after_the = m.first > m.sentence.first_token and doc.tokens[m.first - 1].text.lower() == "the"
    plural = doc.tokens[m.last - 1].tag == "NNPS" or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    if head in ORG_WORDS or (after_place and (plural or after_the)):
        return replace(m, votes=(("ORG", 0.8),))
    return m


@cache
def _town_heads() -> frozenset[str]:
    """Last words of the gazetteer's names of places, as many as three of them ("Beach", "Heights",
    "Springs"): words that end the names of places."""
    counts = Counter(p.rsplit(" ", 1)[-1].lower() for p in gazetteer().places if " " in p)
    return frozenset(word for word, n in counts.items() if n >= 3)


_MATCH_VERBS = {"beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed", "overcame", "drew", "draw",
                "lost", "loses", "hosted", "hosts", "faced", "faces", "played", "knocked"}
_SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-–] ?\d{1,2}(?!\d|[.,]\d)")  # "3-1", "2 – 2", not "1.5-2.5"


def _as_team(doc: Document, m: NameMention) -> NameMention:
    """"Tottenham Hotspur beat Arsenal 3-1": next to a match verb, in a sentence with a score, a
    name is a team, an organisation (a country's name stands for its team and stays a place)."""
    tokens = doc.tokens
    sentence = m.sentence
    before = tokens[m.first - 1].text.lower() if m.first > sentence.first_token else ""
    before2 = tokens[m.first - 2].text.lower() if m.first - 1 > sentence.first_token else ""
    after = tokens[m.last].text.lower() if m.last < sentence.last_token else ""
    beside_verb = after in _MATCH_VERBS or before in _MATCH_VERBS or (before in ("with", "to") and before2 in _MATCH_VERBS)
    if not beside_verb or is_known_place(m.text) or m.text in COUNTRY_ABBREVIATIONS:
        return m
    if not _SCORE.search(doc.text, sentence.start, sentence.end):
        return m
    if any(label == "PERSON" and weight >= 0.9 for label, weight in m.votes):
        return m  # "Kane beat two defenders …": a player, not a team
    return replace(m, votes=(("ORG", 0.8),))
