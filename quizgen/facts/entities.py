"""People (with aliases and roles), organisations (with acronyms) and places, from name mentions."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..model import Document, Fact, Mention
from ..vocab import (
    CORPORATE_SUFFIXES,
    EVENT_HEADS,
    FACILITY_WORDS,
    GROUP_WORDS,
    INSTITUTIONS,
    NOT_ORGANIZATION_ACRONYMS,
    OCCUPATIONS,
    ORG_WORDS,
    ROLE_TITLES,
    gazetteer,
)
from .evidence import evidence_of
from .name_guesses import acronym_definitions
from .names import NameMention, collect_mentions, resolve_labels
from .roles import pronoun_roles, roles_after, roles_before


def extract_entities(doc: Document) -> list[Fact]:
    mentions = collect_mentions(doc)
    labels = resolve_labels(mentions)
    by_label: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        label = labels.get(m.text)
        if label:
            by_label[label].append(m)
    people = _people(doc, by_label["PERSON"])
    people, by_label["ORG"] = _initials_of_people(doc, people, by_label["ORG"])
    orgs = _organizations(doc, by_label["ORG"])
    places = _places(doc, by_label["LOC"])
    return people + orgs + places


def _initials_of_people(doc: Document, people: list[Fact],
                        org_mentions: list[NameMention]) -> tuple[list[Fact], list[NameMention]]:
    """"LBJ" beside "Lyndon Baines Johnson": a person's initials are another name for them, not an
    organisation's acronym."""
    by_initials = {}
    for person in people:
        words = [w for w in re.split(r"[\s-]+", person.name) if w[:1].isupper()]
        if len(words) >= 3:
            by_initials["".join(w[0] for w in words)] = person
    if not by_initials:
        return people, org_mentions
    kept, taken = [], defaultdict(list)
    for m in org_mentions:
        owner = by_initials.get(m.text)
        if owner is None:
            kept.append(m)
        else:
            taken[owner.name].append(m)
    people = [replace(p, aliases=p.aliases + (taken[p.name][0].text,),
                      mentions=p.mentions + tuple(_mention(doc, m) for m in taken[p.name]))
              if taken.get(p.name) else p for p in people]
    return people, kept


def _mention(doc: Document, m: NameMention) -> Mention:
    return Mention(m.text, m.start, m.end, evidence_of(doc, m.sentence))


def _other_forms(name: str, group: list[NameMention]) -> list[str]:
    """The forms a name's mentions take besides the name itself, in order of first use."""
    return list(dict.fromkeys(m.text for m in group if m.text != name))


def _canonical_groups(mentions: list[NameMention], is_short_form) -> dict[str, list[NameMention]]:
    """Group mentions under their fullest form; a short form joins the one full name it belongs to."""
    names = sorted({m.text for m in mentions}, key=lambda n: (-len(n.split()), -len(n), n))
    canonical: dict[str, str] = {}
    for name in names:
        owners = sorted(c for c in set(canonical.values()) if is_short_form(name, c))
        if len(owners) > 1 and " " not in name:
            # "Norton" of "Joshua Abraham Norton", "Norton I" and "Norton Bridge": the surname's owner
            owners = [c for c in owners if c.split()[-1] == name] or owners
        canonical[name] = owners[0] if len(owners) == 1 else name
    groups: dict[str, list[NameMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        groups[canonical[m.text]].append(m)
    return groups


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _name_words(name: str) -> list[str]:
    """The words of a name without punctuation and generational suffixes ("McPherson, Jr.")."""
    words = [w.strip(",.") for w in name.split()]
    return [w for w in words if w and w.lower() not in _NAME_SUFFIXES]


def _person_short_form(short: str, full: str) -> bool:
    if short == full:
        return False
    s_words = _name_words(short)
    f_words = _name_words(full)
    if len(s_words) == len(f_words) >= 3 and s_words[0] == f_words[0] and s_words[-1] == f_words[-1] and all(
            a[0] == b[0] for a, b in zip(s_words[1:-1], f_words[1:-1])):
        return True  # "Lyndon B. Johnson" and "Lyndon Baines Johnson"
    if len(s_words) >= len(f_words):
        return False
    if s_words == f_words[-len(s_words):] or s_words == f_words[:len(s_words)]:
        return True
    if len(s_words) >= 2 and s_words[-1] == f_words[-1] and _in_order(s_words[:-1], f_words[:-1]):
        return True  # "Otto Jespersen" of "Jens Otto Harry Jespersen"
    # "Tokayev" of "Kassym-Jomart Tokayev"; "Kassym-Jomart" as a first name
    return len(s_words) == 1 and (s_words[0] in f_words)


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Are the words of ``part`` found in ``whole`` in the same order (others may come between)?"""
    rest = iter(whole)
    return all(word in rest for word in part)


def _plausible_person(name: str, mentions: list[NameMention], doc: Document) -> bool:
    """A one-word "person" that is a title ("President"), an everyday word ("Weeks") or a plural
    ("Texans") is a recogniser slip, unless it is the short form of a fuller name."""
    if any(w.lower() in _NOT_ORGANIZATION_HEADS for w in name.split()[1:]) or not _name_words(name):
        return False  # "French and Indian War", "Bretton Woods Accord", a stray "Jr."
    words = name.lower().split()
    if any(w in FACILITY_WORDS for w in words) and name.split()[0] not in gazetteer().given_names:
        return False  # "(King) Street West"; "Helen Park" has a given name and stays
    if " of the " in name or any(w in GROUP_WORDS for w in name.split()):
        return False  # "Roman Catholic of the Latin Rite": a faith, whatever "Roman" suggests
    if " " in name:
        return True
    gaz = gazetteer()
    low = name.lower()
    if low in ROLE_TITLES or low in OCCUPATIONS or low in gaz.common_words or name in gaz.nationalities:
        return False
    if all(_inside_longer_name(doc, m) for m in mentions):
        return False  # "Tao" of "Sing Tao", 'Joseph' of 'Joseph "Holy Joe" Atkinson'
    return not all(doc.tokens[m.last - 1].tag == "NNPS" for m in mentions)


def _inside_longer_name(doc: Document, m: NameMention) -> bool:
    """A one-word mention glued to capitalised words around it is a piece of a longer name."""
    tokens = doc.tokens
    before = tokens[m.first - 1] if m.first > m.sentence.first_token else None
    after = tokens[m.last] if m.last < m.sentence.last_token else None
    glued_before = before is not None and before.tag in ("NNP", "NNPS") and before.text.isalpha() \
        and before.text.lower().rstrip(".") not in ROLE_TITLES
    glued_after = after is not None and (after.text[:1].isupper() or after.text in ('"', "\u201c")) \
        and m.last + 1 < m.sentence.last_token and tokens[m.last + 1].text[:1].isupper()
    return glued_before or glued_after


def _people(doc: Document, mentions: list[NameMention]) -> list[Fact]:
    groups = _canonical_groups(mentions, _person_short_form)
    groups = {name: group for name, group in groups.items() if _plausible_person(name, group, doc)}
    by_pronoun = _pronoun_roles(doc, groups)
    facts = []
    for name, group in groups.items():
        stated = [(roles_before(doc, m.first, m.sentence.first_token)
                   + roles_after(doc, m.last, m.sentence.last_token), m.sentence) for m in group]
        stated += by_pronoun.get(name, [])
        roles: list[str] = []
        role_mentions: list[Mention] = []
        for found, sentence in stated:
            for text, start, end in found:
                if _role_key(text) not in {_role_key(r) for r in roles} and not _overlaps_name(text, name):
                    roles.append(text)
                    role_mentions.append(Mention(text, start, end, evidence_of(doc, sentence)))
        roles, role_mentions = _without_contained(roles, role_mentions)
        facts.append(Fact(kind="person", name=name, aliases=tuple(_other_forms(name, group)), roles=tuple(roles),
                          mentions=tuple(_mention(doc, m) for m in group), role_mentions=tuple(role_mentions)))
    return facts


def _pronoun_roles(doc: Document, groups: dict[str, list[NameMention]]) -> dict[str, list]:
    """Roles stated of "he"/"she"/"him", by the person the pronoun most likely means: of the people
    named in this or the three sentences before, the one the article names most often (its
    subject), the latest of them on a tie. "X appointed him": "him" is never someone named in the
    same sentence, so object pronouns look only at the sentences before. One pass over the text."""
    counts = {person: len(group) for person, group in groups.items()}
    starts = sorted((m.start, person) for person, group in groups.items() for m in group)

    def likeliest(people: list[str]) -> str | None:
        # the person the last pronoun meant stays the topic on a tie
        return max(reversed(people), key=lambda person: counts[person] + 0.5 * (person == referent)) if people else None

    out: dict[str, list] = defaultdict(list)
    # Whom the last "he"/"him" meant: a run of pronouns keeps its referent even when other people
    # are named in between ("Carter appointed him …. Reagan appointed him …. He was also …").
    referent: str | None = None
    for index, sentence in enumerate(doc.sentences):
        window_start = doc.sentences[max(0, index - 3)].start
        before = [person for start, person in starts if window_start <= start < sentence.start]
        if referent:
            before.insert(0, referent)
        inside = [person for start, person in starts if sentence.start <= start < sentence.end]
        subject = likeliest(before + inside)
        if inside and inside[0] != subject:
            subject = None  # someone else is named first: "he" may be them
        obj = likeliest([p for p in before if p not in inside])
        words = {t.text.lower() for t in doc.tokens[sentence.first_token:sentence.last_token]}
        if words & {"he", "she"} and subject:
            referent = subject
        elif words & {"him", "her"} and obj:
            referent = obj
        for person in dict.fromkeys(p for p in (subject, obj) if p):
            found = pronoun_roles(doc, sentence.first_token, sentence.last_token,
                                  subject=person == subject, objects=person == obj)
            if found:
                out[person].append((found, sentence))
    return out


def _without_contained(roles: list[str], mentions: list[Mention]) -> tuple[list[str], list[Mention]]:
    """Drop a role that a longer one of the same person contains ("Ambassador", "Afghan Ambassador"
    beside "Afghan Ambassador to the United States"): it is the same title, stated twice."""
    def covered(role: str, other: str) -> bool:
        if " " not in role:
            return _role_key(role) in _role_key(other).split()
        return _role_key(other).startswith(_role_key(role) + " ")  # "Afghan Ambassador" of "… to the US"

    keep = [k for k, role in enumerate(roles)
            if not any(k != j and covered(role, other) for j, other in enumerate(roles))]
    return [roles[k] for k in keep], [mentions[k] for k in keep]


def _role_key(role: str) -> str:
    """Roles that differ only by case or a possessive ("UN Geneva's director general") are one role."""
    return re.sub(r"['\u2019]s\b", "", role).casefold()


def _overlaps_name(role: str, name: str) -> bool:
    # (a name's lower-case words, "the" of "Pliny the Elder", "de" of "Coulon de Jumonville", do not count)
    return any(word in role.split() for word in name.split() if not word.islower())


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _org_short_form(short: str, full: str) -> bool:
    """"HRW" of "Human Rights Watch", "Udvar-Hazy Center" of "Steven F. Udvar-Hazy Center",
    "Torstar" of "Torstar Corporation"."""
    if short == full:
        return False
    if re.fullmatch(r"[A-Z]{2,6}", short) and _initials(full) == short:
        return True
    short_words, full_words = short.split(), full.split()
    if len(short_words) >= 2 and full_words[-len(short_words):] == short_words:
        # (not "Daily Star" of "Toronto Daily Star": a name of everyday words may be another paper)
        return short_words[0].lower() not in gazetteer().common_words
    rest = full_words[len(short_words):]
    return full_words[:len(short_words)] == short_words and bool(rest) and all(w.lower() in CORPORATE_SUFFIXES for w in rest)


# Laws, treaties, awards and events have capitalised names too, but they are not organisations.
_NOT_ORGANIZATION_HEADS = {"act", "accord", "accords", "treaty", "award", "awards", "prize", "principles", "games",
                           "war", "olympics", "cup", "agreement", "convention", "doctrine", "plan", "crisis",
                           "index", "standard", "report", "rate", "theory", "protocol"}
_VEHICLES = {"shuttle", "spacecraft", "orbiter", "orbiters", "rocket", "ship", "aircraft", "hms", "uss", "submarine"}
_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}


def _organizations(doc: Document, mentions: list[NameMention]) -> list[Fact]:
    common = gazetteer().common_words
    # laws and events are not organisations; nor is a lone everyday word ("Administration", "Team")
    mentions = [m for m in mentions if m.text.split()[-1].lower() not in _NOT_ORGANIZATION_HEADS
                and m.text.split()[0].lower() not in EVENT_HEADS and m.text not in NOT_ORGANIZATION_ACRONYMS
                and not (" " not in m.text and (not m.text.isupper() or len(m.text) > 6) and m.text.lower() in common
                         and m.text.lower() not in INSTITUTIONS)]  # (a shouted "WHEREAS" is still a word)
    acronyms = _parenthesised_acronyms(doc)
    groups = _merge_former_names(doc, _canonical_groups(mentions, lambda s, f: _org_short_form(s, f) or acronyms.get(s) == f))
    facts = []
    for name, group in groups.items():
        aliases = _other_forms(name, group)
        for acronym, full in acronyms.items():
            if full == name and acronym not in aliases:
                aliases.append(acronym)
        facts.append(Fact(kind="organization", name=name, aliases=tuple(aliases),
                          mentions=tuple(_mention(doc, m) for m in group)))
    return facts


_FORMERLY = re.compile(r"\b(?:(?:originally|formerly|previously|first|once|also|then)\s+)?(?:known|called|named)\s+as\b"
                       r"|\bformerly\b|\bpreviously\b")


def _merge_former_names(doc: Document, groups: dict[str, list[NameMention]]) -> dict[str, list[NameMention]]:
    """"The Star (originally known as the Evening Star and then the Toronto Daily Star)": the names
    after "known as" are other names of the organisation just before it, which may be a short form
    ("The Star") of the article's most mentioned organisation that ends with it."""
    group_of = {id(m): name for name, group in groups.items() for m in group}
    mentions = sorted((m for group in groups.values() for m in group), key=lambda m: m.start)
    for match in _FORMERLY.finditer(doc.text):
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        ends = [doc.text.find(c, match.end(), sentence.end) for c in ");"]
        stop = min((e for e in ends if e >= 0), default=sentence.end)
        later = {group_of[id(m)] for m in mentions if match.end() <= m.start and m.end <= stop}
        words_before = doc.text[sentence.start:match.start()].rstrip(" ,(").split()
        if not later or not words_before:
            continue
        owners = sorted((name for name in groups if name not in later and name.split()[-1] == words_before[-1]),
                        key=lambda name: -len(groups[name]))
        if not owners or (len(owners) > 1 and len(groups[owners[0]]) == len(groups[owners[1]])):
            continue  # no one organisation it can be: the most mentioned, or the only one
        for other in later:
            groups[owners[0]].extend(groups.pop(other))
    return {name: sorted(group, key=lambda m: m.start) for name, group in groups.items()}


def _parenthesised_acronyms(doc: Document) -> dict[str, str]:
    """"Human Rights Watch (HRW)" → {"HRW": "Human Rights Watch"}."""
    return {short: " ".join(doc.text[doc.tokens[first].start:doc.tokens[last - 1].end].split())
            for first, last, _, short in acronym_definitions(doc)}


def _vehicle_names(doc: Document) -> set[str]:
    """Names that follow "Shuttle", "orbiter", "HMS"…: craft and ships, not places."""
    names = set()
    tokens = doc.tokens
    for k in range(len(tokens) - 1):
        if tokens[k].text.lower() in _VEHICLES and tokens[k + 1].text[:1].isupper():
            names.add(tokens[k + 1].text)
    return names


def _places(doc: Document, mentions: list[NameMention]) -> list[Fact]:
    gaz = gazetteer()
    vehicles = _vehicle_names(doc)
    groups: dict[str, list[NameMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        groups[m.text].append(m)
    facts = []
    for name, group in groups.items():
        letters = name.replace(".", "")
        if letters.isupper() and len(letters) <= 3 and name not in gaz.places:
            continue  # "US", "U.S.", "UK": abbreviations, listed under their full name if the text gives one
        if re.search(r"[A-Z]-\d", name) or {name.split()[0].lower(), name.split()[-1].lower()} & EVENT_HEADS:
            continue  # "STS-134" is a mission, "Battle of Jumonville Glen", "Beijing Olympic Games" events
        if " " not in name and (name.lower() in gaz.common_words or name.lower() in ORG_WORDS) \
                and name not in gaz.places and name not in gaz.countries:
            continue  # "Bureau", "Space": an everyday word cut from a longer name
        if not name[:1].isupper() or name.lower() in _COMPASS:
            continue  # "east", "South": directions, not places
        if (any(w.lower() in ROLE_TITLES for w in name.split()) and name not in gaz.places and name not in gaz.countries) \
                or any(w.lower() in _VEHICLES for w in name.split()):
            continue  # "US Secretary of State" is a title ("Saint Pierre and Miquelon" is not), "Space Shuttle" a vehicle
        if name in vehicles or re.search(r"(?:ians|ists|ans|ims)$", name.split()[-1]) and " " in name:
            continue  # "Orthodox Christians", "Shia Muslims": groups of people, not places
        facts.append(Fact(kind="place", name=name, mentions=tuple(_mention(doc, m) for m in group)))
    return facts
