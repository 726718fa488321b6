"""Which mentions name the same thing: a short form joins the one full name it belongs to ("Tokayev"
of "Kassym-Jomart Tokayev", "HRW" of "Human Rights Watch"), former names join the organisation
("known as the Evening Star"), and a person's initials ("LBJ") are that person, not an acronym."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable

from ..model import Document
from ..vocab import CORPORATE_SUFFIXES, COUNTRY_ABBREVIATIONS, ORG_WORDS, gazetteer
from .name_guesses import acronym_definitions
from .name_tokens import NameMention, name_words

Groups = dict[str, list[NameMention]]  # fullest form → its mentions, in text order


def canonical_groups(mentions: list[NameMention], is_short_form: Callable[[str, str], bool],
                     keys: Callable[[str], set[str]] | None = None) -> Groups:
    """Group mentions under their fullest form; a short form joins the one full name it belongs to.

    ``keys(name)``, if given, are words a short form always shares with its full name (whenever
    ``is_short_form(short, full)``, ``keys(short) & keys(full)`` is not empty): the full names are
    looked up through them instead of each name being tried against every full name so far, which
    made a long text with thousands of names quadratic. A short form without keys is tried against all."""
    names = sorted({m.text for m in mentions}, key=lambda n: (-len(n.split()), -len(n), n))
    canonical: dict[str, str] = {}
    full_names: list[str] = []  # the names that are their own canonical form, in the order they became so
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in names:
        probe = keys(name) if keys else set()
        candidates = {c for key in probe for c in by_key.get(key, ())} if probe else full_names
        owners = sorted(c for c in set(candidates) if is_short_form(name, c))
        if len(owners) > 1 and " " not in name:
            # "Norton" of "Joshua Abraham Norton", "Norton I" and "Norton Bridge": the surname's owner
            owners = [c for c in owners if c.split()[-1] == name] or owners
        canonical[name] = owners[0] if len(owners) == 1 else name
        if canonical[name] == name:
            full_names.append(name)
            for key in (keys(name) if keys else ()):
                by_key[key].append(name)
    groups: Groups = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        groups[canonical[m.text]].append(m)
    return groups


def middle_names_apart(groups: Groups) -> Groups:
    """A one-word name that is only a middle word of the full name it was grouped under, and is used
    before that full name first is, is someone else ("Chao", the subject named alone from the start,
    and his daughter "Rulan Chao Pian" named late): a short form follows the full name it shortens."""
    out: Groups = defaultdict(list)
    for name, group in groups.items():
        words = name_words(name)
        full_start = min((m.start for m in group if m.text == name), default=None)
        for m in group:
            middle = " " not in m.text and m.text in words[1:-1] and m.text not in (words[0], words[-1])
            earliest = min(x.start for x in group if x.text == m.text)
            if middle and full_start is not None and earliest < full_start:
                out[m.text].append(m)
            else:
                out[name].append(m)
    return out


# What stands between a name and another name for the same person: "Ada Lind, better known as Ada
# Berg", "… (born 1950), also known by her pen name Ada Berg", "…, nicknamed 'Ada'".
_KNOWN_AS = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:\(\s*)?"
                       r"(?:(?:better|also|more commonly|commonly|popularly|widely|professionally)\s+)?"
                       r"(?:known\s+(?:professionally\s+)?(?:as|by\s+(?:his|her|their)\s+(?:pseudonym|stage name|pen name|"
                       r"nickname|ring name))|nicknamed)\s*[\"\u201c']?\s*$")


def merge_known_as(doc: Document, people: Groups) -> Groups:
    """"Jenna Mourey, better known as Jenna Marbles": the name after "known as" is another name of the
    person named before it (an alias of the same fact), not a second person."""
    owner = {m.start: name for name, group in people.items() for m in group}
    ends = sorted((m.end, name) for name, group in people.items() for m in group)
    merged: dict[str, str] = {}
    for name, group in people.items():
        for m in group:
            before = bisect.bisect_left(ends, (m.start, "")) - 1
            if before < 0:
                continue
            end, other = ends[before]
            if other != name and m.start - end < 60 and _KNOWN_AS.fullmatch(doc.text[end:m.start]) \
                    and owner.get(m.start) == name and not doc.text.startswith(("'s", "\u2019s"), m.end):
                # (not "known as Berg's rival": a possessive makes the name part of a description)
                merged.setdefault(name, other)
    out: Groups = defaultdict(list)
    for name, group in people.items():
        target = name
        while target in merged and merged[target] != name:
            target = merged[target]
        out[target].extend(group)
    return {name: sorted(group, key=lambda m: m.start) for name, group in out.items()}


def person_keys(name: str) -> set[str]:
    """The words every person_short_form of or for ``name`` shares with it."""
    return set(name_words(name))


def org_keys(name: str) -> set[str]:
    """What every org_short_form of or for ``name`` shares with it: a word, or the name as initials."""
    return {*name.split(), initials(name), name}


def person_short_form(short: str, full: str) -> bool:
    if short == full:
        return False
    s_words = name_words(short)
    f_words = name_words(full)
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


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _is_country(words: str) -> bool:
    gaz = gazetteer()
    return words in gaz.countries or words in gaz.nationalities or words in COUNTRY_ABBREVIATIONS


def org_short_form(short: str, full: str) -> bool:
    """"HRW" of "Human Rights Watch", "Udvar-Hazy Center" of "Steven F. Udvar-Hazy Center",
    "Torstar" of "Torstar Corporation", "Harvard" of "Harvard University"."""
    if short == full:
        return False
    if re.fullmatch(r"[A-Z]{2,6}", short) and initials(full) == short:
        return True
    short_words, full_words = short.split(), full.split()
    prefix = " ".join(full_words[:-len(short_words)])
    if full_words[-len(short_words):] == short_words and (
            _is_country(prefix) or (len(short_words) == 1 and prefix in gazetteer().places)):
        # "Senate" of "U.S. Senate", "Army" of "French Army", "Pirates" of "Pittsburgh Pirates": the
        # country's or the town's own, named without it
        return True
    if len(short_words) >= 2 and full_words[-len(short_words):] == short_words:
        # (not "Daily Star" of "Toronto Daily Star": a name of everyday words may be another paper)
        return short_words[0].lower() not in gazetteer().common_words
    rest = full_words[len(short_words):]
    if full_words[:len(short_words)] == short_words and len(rest) == 1 and rest[0].lower() in ORG_WORDS \
            and not _is_country(short):
        return True  # "Harvard" of "Harvard University", "Labour" of "Labour Party": the name without its kind
    return full_words[:len(short_words)] == short_words and bool(rest) and all(w.lower() in CORPORATE_SUFFIXES for w in rest)


def parenthesised_acronyms(doc: Document) -> dict[str, str]:
    """"Human Rights Watch (HRW)" → {"HRW": "Human Rights Watch"}."""
    return {short: " ".join(doc.text[doc.tokens[first].start:doc.tokens[last - 1].end].split())
            for first, last, _, short in acronym_definitions(doc)}


def initials_of_people(people: Groups, org_mentions: list[NameMention]) -> tuple[Groups, list[NameMention]]:
    """"LBJ" beside "Lyndon Baines Johnson": a person's initials are another name for them, not an
    organisation's acronym. Returns the people with their initials' mentions and the other mentions."""
    by_initials = {}
    for name in people:
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        if len(words) >= 3:
            by_initials["".join(w[0] for w in words)] = name
    if not by_initials:
        return people, org_mentions
    kept = []
    people = {name: list(group) for name, group in people.items()}
    for m in org_mentions:
        owner = by_initials.get(m.text)
        if owner is None:
            kept.append(m)
        else:
            people[owner].append(m)
    return people, kept


_FORMERLY = re.compile(r"\b(?:(?:originally|formerly|previously|first|once|also|then)\s+)?(?:known|called|named)\s+as\b"
                       r"|\bformerly\b|\bpreviously\b")


def merge_former_names(doc: Document, groups: Groups) -> Groups:
    """"The Star (originally known as the Evening Star and then the Toronto Daily Star)": the names
    after "known as" are other names of the organisation just before it, which may be a short form
    ("The Star") of the article's most mentioned organisation that ends with it."""
    group_of = {id(m): name for name, group in groups.items() for m in group}
    mentions = sorted((m for group in groups.values() for m in group), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for match in _FORMERLY.finditer(doc.text):
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        ends = [doc.text.find(c, match.end(), sentence.end) for c in ");"]
        stop = min((e for e in ends if e >= 0), default=sentence.end)
        # (the mentions starting in match.end():stop, by bisect: a long text has many "known as")
        in_reach = mentions[bisect.bisect_left(starts, match.end()):bisect.bisect_right(starts, stop)]
        later = {group_of[id(m)] for m in in_reach if m.end <= stop}
        words_before = doc.text[sentence.start:match.start()].rstrip(" ,(").split()
        if not later or not words_before:
            continue
        owners = sorted((name for name in groups if name not in later and name.split()[-1] == words_before[-1]),
                        key=lambda name: -len(groups[name]))
        if not owners or (len(owners) > 1 and len(groups[owners[0]]) == len(groups[owners[1]])):
            continue  # no one organisation it can be: the most mentioned, or the only one
        for other in later:
            if other in groups and other != owners[0]:  # (a text that states it twice merged it already)
                groups[owners[0]].extend(groups.pop(other))
                for m in groups[owners[0]]:
                    group_of[id(m)] = owners[0]
    return {name: sorted(group, key=lambda m: m.start) for name, group in groups.items()}
