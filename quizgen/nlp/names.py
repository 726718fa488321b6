"""The names component: the recogniser's people, organisations and places made into the document's
final name entities, as a reader would settle them.

Every mention of a name is collected (the recogniser's spans grown over the whole name and cleaned
of titles, determiners and possessives; capitalised phrases the recogniser missed), given one label
per document from the votes of all its mentions, checked (titles, laws, events, vehicles are not
names), and tied to the fullest form of the name it shortens (``Entity.name``). The entities of the
other labels (dates, amounts, nationalities …) are kept as the recogniser found them, except where a
name now covers them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..model import Document, Entity
from .name_checks import (
    bodies_named_in_their_things,
    common_noun_use,
    counted_short_form,
    plausible_organization,
    plausible_person,
    plausible_place,
    postnominal_letters,
    shouted_words,
    vehicle_names,
)
from .name_groups import (
    Groups,
    canonical_groups,
    initials_of_people,
    merge_former_names,
    merge_known_as,
    middle_names_apart,
    org_keys,
    org_short_form,
    parenthesised_acronyms,
    person_keys,
    person_short_form,
)
from .name_mentions import collect_mentions
from .name_tokens import NAME_LABELS, NameMention
from .name_votes import NameLabel, resolve_labels


def resolve_names(doc: Document) -> Document:
    collected = collect_mentions(doc)
    mentions = [m for m in collected if not common_noun_use(doc, m) and not shouted_words(doc, m)]
    mentions += bodies_named_in_their_things(doc, collected)
    # a short form counted or measured anywhere in the text ("3 RBI", "two RBIs") is a unit everywhere
    counted = {m.text for m in mentions if counted_short_form(doc, m)}
    counted |= {text.removesuffix("s") for text in counted}
    people = {k for m in mentions if m.votes and max(m.votes, key=lambda v: v[1])[0] == "PERSON" for k in range(m.first, m.last)}
    mentions = [m for m in mentions if m.text not in counted and not postnominal_letters(doc, m, people)]
    labels = resolve_labels(mentions)
    by_label: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        if m.text in labels:
            by_label[labels[m.text].label].append(m)
    people = merge_known_as(doc, middle_names_apart(canonical_groups(by_label["PERSON"], person_short_form, person_keys)))
    people = {name: group for name, group in people.items() if plausible_person(name, group, doc)}
    people, org_mentions = initials_of_people(people, by_label["ORG"])
    acronyms = parenthesised_acronyms(doc)
    org_mentions = [m for m in org_mentions if plausible_organization(m.text)]
    orgs = merge_former_names(doc, canonical_groups(
        org_mentions, lambda short, full: org_short_form(short, full) or acronyms.get(short) == full,
        lambda name: org_keys(name) | ({acronyms[name]} if name in acronyms else set())))
    vehicles = vehicle_names(doc)
    places: Groups = defaultdict(list)
    for m in sorted(by_label["LOC"], key=lambda m: m.start):
        places[m.text].append(m)  # a place is named one way: no short forms
    places = {name: group for name, group in places.items() if plausible_place(name, vehicles)}
    names: list[Entity] = []
    for label, groups in (("PERSON", people), ("ORG", orgs), ("LOC", places)):
        for name, group in groups.items():
            acronym = next((short for short, full in acronyms.items() if full == name), "") if label == "ORG" else ""
            names.extend(_entity(m, label, labels[m.text], name, acronym) for m in group)
    taken = {k for e in names for k in range(e.start, e.end)}
    others = [e for e in doc.entities if e.label not in NAME_LABELS and not any(k in taken for k in range(e.start, e.end))]
    return replace(doc, entities=tuple(sorted(names + others, key=lambda e: (e.start, e.end))))


def _entity(m: NameMention, label: str, voted: NameLabel, name: str, acronym: str) -> Entity:
    """The mention as an entity. Its score is the share of the document's evidence for its label (all
    mentions of the name voting); a person's initials are labelled by the person they abbreviate."""
    if label == voted.label:
        score, alternatives = voted.score, voted.alternatives
    else:
        shares = dict(voted.alternatives)
        score = shares.pop(label, 0.0)
        alternatives = tuple(sorted({**shares, voted.label: voted.score}.items(), key=lambda kv: (-kv[1], kv[0])))
    return Entity(m.text, label, m.start, m.end, score, m.source, alternatives, name=name, acronym=acronym)
