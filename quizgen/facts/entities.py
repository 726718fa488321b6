"""People (with aliases and roles), organisations (with acronyms) and places, from the Document's
name entities.

The NLP layer's "names" component has already settled what is a name, its label and the full name
each mention is a form of (``Entity.name``); here each name becomes one fact, with its mentions and,
for people, the roles the text gives them.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from ..model import Document, Entity, Fact, Mention, OrganizationFact, PersonFact, PlaceFact, Sentence
from ..vocab import ROLE_TITLES
from .clauses import mention_statement
from .evidence import evidence_of, mention_at
from .parsed_roles import is_role_word, roles_of
from .roles import is_address, pronoun_roles, roles_after, roles_before, titled_name


@dataclass(frozen=True)
class _NameMention:
    """An entity with the tokens and sentence it spans."""

    text: str
    start: int
    end: int
    first: int  # token index
    last: int  # one past the last token
    sentence: Sentence
    entity: Entity


def extract_entities(doc: Document) -> list[Fact]:
    groups: dict[str, dict[str, list[_NameMention]]] = {"PERSON": {}, "ORG": {}, "LOC": {}}
    for entity in sorted(doc.entities, key=lambda e: e.start):
        if entity.label in groups:
            first, last = doc.token_range(entity.start, entity.end)
            m = _NameMention(entity.text, entity.start, entity.end, first, last, doc.sentence_of(first), entity)
            groups[entity.label].setdefault(entity.name or entity.text, []).append(m)
    return _people(doc, groups["PERSON"]) + _organizations(doc, groups["ORG"]) + _places(doc, groups["LOC"])


def _mention(doc: Document, m: _NameMention) -> Mention:
    kind = {"PERSON": "person", "ORG": "organization", "LOC": "place"}.get(m.entity.label, "")
    return mention_at(doc, m.start, m.end, m.sentence, kind)


def _other_forms(name: str, group: list[_NameMention]) -> list[str]:
    """The forms a name's mentions take besides the name itself, in order of first use."""
    return list(dict.fromkeys(m.text for m in group if m.text != name))


_TITLE_AFTER_PREPOSITION = re.compile(r"\s(?:for|to|of|under|with)\s+([A-Z][a-z]+)$")  # (not "Counselor to the President")


def _title_of_the_name(doc: Document, role: tuple[str, int, int], first: int) -> tuple[str, int, int]:
    """"a spokesman for President Clinton", "special counsel to President Lyndon B. Johnson": a role that
    runs up to the name through a preposition and a title is someone else's; the name holds the title."""
    text, start, end = role
    match = _TITLE_AFTER_PREPOSITION.search(text)
    name_start = doc.tokens[first].start
    if match and match.group(1).lower() in ROLE_TITLES and end <= name_start and not doc.text[end:name_start].strip():
        return match.group(1), start + match.start(1), end
    return role


def _people(doc: Document, groups: dict[str, list[_NameMention]]) -> list[Fact]:
    by_reference = _referring_mentions(doc, groups)
    by_pronoun = _pronoun_roles(doc, groups)
    person_spans = [(m.first, m.last) for group in groups.values() for m in group]
    facts = []
    for name, group in groups.items():
        named = [(m.first, m.last, m.sentence) for m in group]
        spans = named + by_reference.get(name, [])
        named_spans = set(named)  # (a person named a thousand times in a long text: no list search per span)
        roles: list[str] = []
        role_mentions: list[Mention] = []

        for first, last, sentence in sorted(spans, key=lambda s: s[0]):
            found = [(r.text, r.start, r.end) for r in roles_of(doc, first, last, is_role_word)]
            if (first, last, sentence) in named_spans:
                # the token-level constructions read what the parse does not give ("NASA Administrator
                # Charles Bolden", a title the parser folds into the name)
                found += roles_before(doc, first, sentence.first_token) + roles_after(doc, last, sentence.last_token)
            found = [_without_a_closing_quote(role) for role in found]
            found = [role for role in found if not _names_another_person(doc, role[1], role[2], person_spans)
                     and not is_address(role[0]) and not titled_name(role[0])
                     and not _title_of_a_name_after(doc, role[2], first, last) and not _marked_up(role[0])]
            found = [_title_of_the_name(doc, role, first) for role in found]
            _add_roles(doc, name, found, sentence, roles, role_mentions)
        for found_roles, sentence in by_pronoun.get(name, []):
            _add_roles(doc, name, found_roles, sentence, roles, role_mentions)
        roles, role_mentions = _without_contained(roles, role_mentions)
        facts.append(PersonFact(name=name, aliases=tuple(_other_forms(name, group)), roles=tuple(roles),
                          mentions=tuple(_mention(doc, m) for m in group), role_mentions=tuple(role_mentions)))
    return facts


def _title_of_a_name_after(doc: Document, end: int, first: int, last: int) -> bool:
    """A title that stands right before a capitalised name other than this person's ("Vice President
    Mondale, Senator Baker": "Senator" is Baker's, not Mondale's) belongs to that name."""
    k = doc.token_range(end, end)[0]
    if k >= len(doc.tokens) or first <= k < last or doc.tokens[k].start != end + 1 and doc.tokens[k].start != end:
        return False
    title = doc.tokens[k - 1].text.lower().rstrip(".") if k > 0 else ""
    after = doc.tokens[k]
    return title in ROLE_TITLES and after.tag == "NNP" and after.text[:1].isupper() \
        and after.text.lower().rstrip(".") not in ROLE_TITLES


def _without_a_closing_quote(role: tuple[str, int, int]) -> tuple[str, int, int]:
    """'Emperor of the United States"': a quote the role ends in, opened before it, is not part of it;
    'curator of "Andy Warhol': a quoted title cut in two leaves the role before it ("curator")."""
    text, start, end = role
    quotes = text.count('"') + text.count("\u201c") + text.count("\u201d")
    if text.endswith(('"', "\u201d")) and quotes == 1:
        return text[:-1].rstrip(), start, end - 1
    opened = max(text.rfind('"'), text.rfind("\u201c"))
    cut = re.search(r"\s+(?:of|for|to|at|in|on)\s+$", text[:opened]) if quotes == 1 and opened > 0 else None
    if cut is not None:
        # 'curator of "Andy Warhol': the title it names is cut in two; the role is what comes before it
        return text[:cut.start()], start, start + cut.start()
    return role


def _marked_up(role: str) -> bool:
    """A "role" holding a citation mark or an unpaired quote ("[3] and against the Regent", 'curator of
    "Andy Warhol'): a piece of the page's mark-up or a title cut in two, not a phrase."""
    return "[" in role or "]" in role or role.count('"') % 2 == 1 or role.count("\u201c") != role.count("\u201d")


def _add_roles(doc: Document, name: str, found: list[tuple[str, int, int]], sentence: Sentence,
               roles: list[str], role_mentions: list[Mention]) -> None:
    """Add each found role not already held (by case or possessive) and not the name itself."""
    for text, start, end in found:
        if _role_key(text) not in {_role_key(r) for r in roles} and not _overlaps_name(text, name):
            roles.append(text)
            role_first, role_last = doc.token_range(start, end)
            role_mentions.append(Mention(text, start, end, evidence_of(doc, sentence),
                                         mention_statement(doc, role_first, role_last)))


def _pronoun_roles(doc: Document, groups: dict[str, list[_NameMention]]) -> dict[str, list]:
    """Roles stated of "he"/"she"/"him", by the person the pronoun most likely means: of the people
    named in this or the three sentences before, the one the article names most often (its
    subject), the latest of them on a tie. "X appointed him": "him" is never someone named in the
    same sentence, so object pronouns look only at the sentences before. One pass over the text."""
    counts = {person: len(group) for person, group in groups.items()}
    starts = sorted((m.start, person) for person, group in groups.items() for m in group)
    offsets = [start for start, _ in starts]

    def likeliest(people: list[str]) -> str | None:
        # the person the last pronoun meant stays the topic on a tie
        return max(reversed(people), key=lambda person: counts[person] + 0.5 * (person == referent)) if people else None

    out: dict[str, list] = defaultdict(list)
    # Whom the last "he"/"him" meant: a run of pronouns keeps its referent even when other people
    # are named in between ("Carter appointed him …. Reagan appointed him …. He was also …").
    referent: str | None = None
    for index, sentence in enumerate(doc.sentences):
        window_start = doc.sentences[max(0, index - 3)].start
        # (the names in a stretch of text are a slice of the sorted starts: bisect, not a pass over all)
        lo, mid, hi = (bisect.bisect_left(offsets, at) for at in (window_start, sentence.start, sentence.end))
        before = [person for _, person in starts[lo:mid]]
        if referent:
            before.insert(0, referent)
        inside = [person for _, person in starts[mid:hi]]
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


def _referring_mentions(doc: Document, groups: dict[str, list[_NameMention]]) -> dict[str, list]:
    """Pronouns and descriptions ("she", "the physicist") that the Document resolves to a person's mention:
    a role stated of them ("She became mayor") is that person's."""
    owner = {(m.start, m.end): name for name, group in groups.items() for m in group}
    out: dict[str, list] = defaultdict(list)
    for ref in doc.references:
        name = owner.get((ref.antecedent.start, ref.antecedent.end))
        if name is not None:
            out[name].append((ref.mention.first, ref.mention.last, doc.sentence_of(ref.mention.first)))
    return out


def _without_contained(roles: list[str], mentions: list[Mention]) -> tuple[list[str], list[Mention]]:
    """Drop a role that a longer one of the same person contains ("Ambassador", "Afghan Ambassador"
    beside "Afghan Ambassador to the United States"): it is the same title, stated twice."""
    def covered(role: str, other: str) -> bool:
        if _RANKED.match(other):
            return False  # "Senator" beside "first Latino Senator to …": an office, and a distinction in it
        if " " not in role:
            return _role_key(role) in _role_key(other).split()
        # "Afghan Ambassador" of "… to the US"; "Mayor of Toronto" of "future Mayor of Toronto" (the same
        # office, with when it was held; "general counsel" and "assistant general counsel" are two)
        return _role_key(other).startswith(_role_key(role) + " ") or any(
            _role_key(other) == f"{when} {_role_key(role)}" for when in _WHEN_HELD)

    keep = [k for k, role in enumerate(roles)
            if not any(k != j and covered(role, other) for j, other in enumerate(roles))]
    return [roles[k] for k in keep], [mentions[k] for k in keep]


_WHEN_HELD = ("future", "former", "then", "later", "onetime", "one-time", "erstwhile", "sometime", "retired")
_RANKED = re.compile(r"(?:first|second|third|last|only|sole|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def _role_key(role: str) -> str:
    """Roles that differ only by case or a possessive ("UN Geneva's director general") are one role."""
    return re.sub(r"['\u2019]s\b", "", role).casefold()


def _names_another_person(doc: Document, start: int, end: int, person_spans: list[tuple[int, int]]) -> bool:
    """A "role" that holds a person's name as its own head, not as a complement ("Senator B" read
    after "Senator A," in a list of senators): it is the next person, not a role. A name after a
    preposition or before a possessive is the role's complement ("counsel to President X", "X's
    successor") and stays."""
    first, last = doc.token_range(start, end)
    for name_first, name_last in person_spans:
        if first <= name_first and name_last <= last:
            between = doc.tokens[first:name_first]
            if any(t.tag in ("IN", "TO") for t in between):
                continue
            if name_last < len(doc.tokens) and doc.tokens[name_last].tag == "POS":
                continue
            return True
    return False


def _overlaps_name(role: str, name: str) -> bool:
    # (a name's lower-case words, "the" of "Pliny the Elder", "de" of "Coulon de Jumonville", do not count;
    # "Jerome's friend" is not a role of Jerome, but "Walt Whitman's brother" is one of George Whitman)
    possessor = re.match(r"(.+?)['\u2019]s?\s", role)
    if possessor is not None and possessor.group(1) == name:
        return True
    return any(word in role.split() for word in name.split() if not word.islower())


def _organizations(doc: Document, groups: dict[str, list[_NameMention]]) -> list[Fact]:
    facts = []
    for name, group in groups.items():
        aliases = _other_forms(name, group)
        acronym = group[0].entity.acronym
        if acronym and acronym not in aliases:
            aliases.append(acronym)
        facts.append(OrganizationFact(name=name, aliases=tuple(aliases),
                          mentions=tuple(_mention(doc, m) for m in group)))
    return facts


def _places(doc: Document, groups: dict[str, list[_NameMention]]) -> list[Fact]:
    return [PlaceFact(name=name, mentions=tuple(_mention(doc, m) for m in group))
            for name, group in groups.items()]
