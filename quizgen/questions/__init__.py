"""Turn facts into ranked, validated questions of six kinds.

``build_questions(article, facts, seed=…)`` picks what to ask about each fact (a ``Target``), builds
every requested kind, drops what fails validation, asks each fact once per kind, and returns the
questions ranked by ``score`` (ties broken by id, so the order is stable).
"""

from __future__ import annotations

import math
import re

from ..model import QUESTION_TYPES, Article, Fact, Mention, Question
from ..vocab import MONTHS
from .distractors import clearly_a_person
from .kinds import Target, make_cloze, make_mcq, make_short_answer, make_true_false
from .sets import dates_events_matching, events_ordering, people_roles_matching
from .validate import is_valid

__all__ = ["build_questions", "targets_of"]

TYPE_WEIGHT = {"mcq": 1.0, "cloze": 0.95, "matching": 0.9, "ordering": 0.9, "short_answer": 0.85, "true_false": 0.8}


def build_questions(article: Article, facts: tuple[Fact, ...], *, seed: int = 0,
                    types: tuple[str, ...] | None = None, max_questions: int | None = None) -> tuple[Question, ...]:
    wanted = tuple(types or QUESTION_TYPES)
    unknown = [t for t in wanted if t not in QUESTION_TYPES]
    if unknown:
        raise ValueError(f"unknown question type {unknown[0]!r}; choose from {', '.join(QUESTION_TYPES)}")
    candidates: list[Question] = []
    for target in targets_of(facts):
        importance = _importance(target)
        for kind in wanted:
            score = importance * TYPE_WEIGHT[kind]
            question = None
            if kind == "cloze" and target.aspect == "name":
                question = make_cloze(target, score)
            elif kind == "mcq" and _askable(target):
                question = make_mcq(target, facts, seed, score)
            elif kind == "true_false" and target.aspect == "name" and target.fact.kind != "organization" \
                    and _askable(target):
                # organisation names are the least reliable spans: a swapped one reads as nonsense
                question = make_true_false(target, facts, seed, score)
            elif kind == "short_answer" and target.aspect == "name":
                question = make_short_answer(target, score)
            if question is not None:
                candidates.append(question)
    if "matching" in wanted:
        candidates += [q for q in (people_roles_matching(facts, seed), dates_events_matching(facts, seed)) if q]
    if "ordering" in wanted:
        candidates += [q for q in (events_ordering(facts, seed),) if q]
    questions = _dedupe([q for q in candidates if is_valid(q)])
    questions.sort(key=lambda q: (-round(q.score, 6), q.id))
    if max_questions is not None:
        questions = questions[:max_questions]
    return tuple(questions)


def targets_of(facts: tuple[Fact, ...]) -> list[Target]:
    """What to ask about each fact: its clearest mention, and for people their roles too."""
    out: list[Target] = []
    for fact in facts:
        if not fact.mentions:
            continue
        if fact.kind in ("number",) and fact.value is None:
            continue  # "hundreds": no definite answer to ask for
        if fact.kind == "date" and (not fact.iso or not _absolute(fact.text)):
            continue  # "last week", "Next year": not an answer worth learning, even when resolved
        mention = _best_mention(fact)
        if _in_parentheses(mention):
            continue  # "(56,000 m2)", "(JSC)": a conversion or an acronym of what precedes it
        if fact.kind in ("person", "organization", "place") and _runs_into_a_name(mention):
            continue  # "_____ City": the mention is only part of a longer name
        out.append(Target(fact, mention))
        if fact.kind == "person":
            for role_mention in fact.role_mentions[:1]:
                person_mention = next((m for m in fact.mentions if m.evidence == role_mention.evidence), None)
                out.append(Target(fact, role_mention, "who", person_mention))
                out.append(Target(fact, role_mention, "role", person_mention))
    return out


def _absolute(date_text: str) -> bool:
    return bool(re.search(r"\d", date_text)) or any(w.lower().strip(".,") in MONTHS for w in date_text.split())


def _runs_into_a_name(mention: Mention) -> bool:
    """"_____ City", "the _____ on Civil Rights", "Daughters of the _____": the mention is part of a
    longer name, so blanking it would ask for a fragment."""
    sentence, start = mention.evidence.sentence, mention.start - mention.evidence.start
    after = [w.strip('"\u201c\u201d.,;:') for w in sentence[start + len(mention.text):].split(maxsplit=2)]
    if after and after[0][:1].isupper() and after[0].isalpha():
        return True  # also 'Joseph "Holy Joe" Atkinson': a nickname continues the name
    if len(after) > 1 and after[0] in ("of", "on", "for", "de") and after[1][:1].isupper():
        return True
    # "Daughters of the _____", "Task Force on _____": the name began earlier
    before = sentence[:start].split()
    if before and before[-1] == "the":
        before = before[:-1]
    return len(before) >= 2 and before[-1] in ("of", "on", "for") and before[-2][:1].isupper()


def _in_parentheses(mention: Mention) -> bool:
    sentence, start = mention.evidence.sentence, mention.start - mention.evidence.start
    end = start + len(mention.text)
    return sentence[:start].rstrip().endswith("(") and sentence[end:].lstrip().startswith(")")


def _askable(target: Target) -> bool:
    """Kinds that offer alternatives (multiple choice, true/false) need a fact the article clearly
    presents as what it is: a person with a given name, a role or several mentions."""
    return target.fact.kind != "person" or clearly_a_person(target.fact)


def _best_mention(fact: Fact) -> Mention:
    """The full name where it occurs, in the shortest such sentence (clearest context)."""
    full = [m for m in fact.mentions if m.text == fact.label] or list(fact.mentions)
    return min(full, key=lambda m: (abs(len(m.evidence.sentence.split()) - 22), m.start))


def _importance(target: Target) -> float:
    fact = target.fact
    if fact.kind in ("person", "organization", "place"):
        base = 0.45 + 0.12 * math.log1p(len(fact.mentions)) + (0.1 if fact.roles else 0.0)
    else:
        base = 0.6 + (0.1 if (fact.counts or fact.event) else 0.0)
    if target.aspect in ("who", "role"):
        base += 0.1
    words = len(target.mention.evidence.sentence.split())
    if words > 40:
        base -= 0.1
    return max(0.05, min(1.0, base))


def _dedupe(questions: list[Question]) -> list[Question]:
    """One question per fact per kind (the best), and never the same prompt twice."""
    best: dict[tuple[str, str], Question] = {}
    for q in questions:
        slot = (q.type, q.fact_key)
        if slot not in best or q.score > best[slot].score:
            best[slot] = q
    seen_prompts: set[str] = set()
    seen_ids: set[str] = set()
    out = []
    for q in sorted(best.values(), key=lambda q: (-q.score, q.id)):
        prompt_key = q.prompt if q.type != "cloze" else q.cloze
        if prompt_key in seen_prompts or q.id in seen_ids:
            continue
        seen_prompts.add(prompt_key)
        seen_ids.add(q.id)
        out.append(q)
    return out
