"""Label votes: one label per name per document.

The recogniser labels each mention on its own; a reader does not. The evidence of all the mentions
of a name is summed, so a name that is a person in one sentence is a person in all of them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..vocab import CORPORATE_SUFFIXES, COUNTRY_ABBREVIATIONS, FACILITY_WORDS, ORG_WORDS, gazetteer
from .name_tokens import NameMention


@dataclass(frozen=True)
class NameLabel:
    """A name's label for the whole document, with the share of the evidence for it (``score``) and
    for each other label (``alternatives``, largest first)."""

    label: str
    score: float
    alternatives: tuple[tuple[str, float], ...]


def resolve_labels(mentions: list[NameMention]) -> dict[str, NameLabel]:
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
    # The longer names a one-word name ends ("Tokayev", "Jomart" of "Kassym-Jomart Tokayev") or starts
    # before a corporate suffix only ("Torstar" of "Torstar Corporation"), by that word, in name
    # order: looked up, not found by trying every name against every other (quadratic on long texts).
    ends: dict[str, list[int]] = defaultdict(list)
    starts: dict[str, list[int]] = defaultdict(list)
    for position, other in enumerate(names):
        words = other.split()
        if len(words) < 2:
            continue
        for last in dict.fromkeys((words[-1], other.replace("-", " ").split()[-1])):
            ends[last].append(position)
        if all(w.lower() in CORPORATE_SUFFIXES for w in words[1:]):
            starts[words[0]].append(position)
    for name in names:
        words = name.split()
        if len(words) != 1:
            continue
        ending = set(ends.get(name, ()))
        for position in sorted(ending | set(starts.get(name, ()))):
            other = names[position]
            if position in ending:
                for label, weight in totals[other].items():
                    if label == "PERSON":
                        totals[name][label] += weight
            else:
                totals[name]["ORG"] += totals[other].get("ORG", 0.0)  # "Torstar" of "Torstar Corporation"
    alone = {name: dict(votes) for name, votes in totals.items() if " " not in name}
    for name in names:
        words = name.split()
        if len(words) > 1 and words[0] in gaz.given_names:
            totals[name]["PERSON"] += 0.5  # "Eden Hazard": a given name starts it
            # and the surname, named alone elsewhere, says whether it is a person
            totals[name]["PERSON"] += alone.get(words[-1], {}).get("PERSON", 0.0)
        elif len(words) > 1 and set(totals[name]) <= {"NONE"}:
            # a phrase nothing else labels, ending in the surname of a person named alone ("Pescheux
            # d'Herbinville" beside "d'Herbinville"): that person's full name
            totals[name]["PERSON"] += 0.5 * alone.get(words[-1], {}).get("PERSON", 0.0)
    labels = {}
    for name, votes in totals.items():
        label = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
        words = name.lower().split()
        if label == "PERSON" and len(words) > 1 and any(w in ORG_WORDS for w in words[1:]):
            label = "ORG"  # "Virginia Regiment", "Addis Ababa University School of Law"
        if label == "LOC" and len(words) > 1 and words[0] in ORG_WORDS and words[-1] not in FACILITY_WORDS:
            label = "ORG"  # "École Normale", "Bank of Canada" ("Union Station", "Bank Street" stay places)
        if label != "NONE":
            labels[name] = label
    # One label per name per document: the surname of a person named in full is that person
    # everywhere ("Washington" after "George Washington"), whatever a single sentence suggested.
    surnames = {n.replace("-", " ").split()[-1] for n, label in labels.items()
                if label == "PERSON" and " " in n and n.split()[0] in gaz.given_names}
    for name, label in labels.items():
        if " " not in name and name in surnames and label != "PERSON" and name not in gaz.countries:
            labels[name] = "PERSON"
    return {name: _with_shares(label, totals[name]) for name, label in labels.items()}


def _with_shares(label: str, votes: dict[str, float]) -> NameLabel:
    total = sum(weight for weight in votes.values() if weight > 0) or 1.0
    others = sorted(((other, round(weight / total, 3)) for other, weight in votes.items()
                     if other != label and other != "NONE" and weight > 0), key=lambda kv: (-kv[1], kv[0]))
    return NameLabel(label, round(max(votes.get(label, 0.0), 0.0) / total, 3), tuple(others))
