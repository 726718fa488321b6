"""One builder per question kind. Each takes a ``Target`` (a fact and the mention to ask about) and
returns a ``Question`` or None when the kind does not fit the fact."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from ..model import Fact, Mention, Question
from . import distractors as dis
from .text import blanked, cloze_text, norm, statement


@dataclass(frozen=True)
class Target:
    """What a question asks about: a fact, the mention whose text is the answer, and an aspect
    ("name", or "role" for the roles of a person)."""

    fact: Fact
    mention: Mention
    aspect: str = "name"
    person_mention: Mention | None = None  # for roles: the person's name in the same sentence

    @property
    def answer(self) -> str:
        return self.mention.text

    @property
    def key(self) -> str:
        return f"{self.fact.key}:{self.aspect}"


def question_id(kind: str, key: str, answer: str) -> str:
    return hashlib.sha1(f"{kind}|{key}|{answer}".encode()).hexdigest()[:12]


def rng_for(seed: int, kind: str, key: str) -> random.Random:
    """A random stream per question, so one question's options don't depend on the others."""
    return random.Random(f"{seed}|{kind}|{key}")


def make_cloze(target: Target, score: float) -> Question:
    cloze, at = cloze_text(target.mention)
    return Question(
        id=question_id("cloze", target.key, target.answer), type="cloze", prompt=blanked(target.mention),
        answer=target.answer, fact=target.fact.kind, evidence=(target.mention.evidence,), score=score,
        cloze=cloze, cloze_at=at, fact_key=target.key,
        difficulty=_difficulty(target, "cloze"))


def distractors_for(target: Target, facts: tuple[Fact, ...], rng: random.Random) -> list[str]:
    fact = target.fact
    if target.aspect == "role":
        return dis.role_distractors(fact, facts, rng)
    if target.aspect == "who":  # the answer is the person's name as the role sentence gives it
        answer = target.person_mention.text if target.person_mention else fact.name
        return dis.person_distractors(fact, answer, facts, rng, asked_role=target.mention.text)
    if fact.kind == "person":
        return dis.person_distractors(fact, target.answer, facts, rng)
    if fact.kind in ("organization", "place"):
        return dis.entity_distractors(fact, facts, rng, target.mention.evidence)
    if fact.kind == "number":
        return dis.number_distractors(fact, target.answer, facts, rng)
    return dis.date_distractors(fact, target.answer, facts, rng)


def _who_prompt(role: str) -> str:
    first = role.split()[0].lower()
    if first in ("former", "seasoned") or not role[:1].isupper() and first not in ("deputy",) and " of " not in role \
            and " to " not in role and " for " not in role:
        return f"Who does the article describe as a {role}?" if first[0] not in "aeiou" else \
            f"Who does the article describe as an {role}?"
    if role.split()[0].endswith(("'s", "\u2019s")):
        return f"Who is {role}?"
    return f"Who is the {role}?"


def make_mcq(target: Target, facts: tuple[Fact, ...], seed: int, score: float) -> Question | None:
    rng = rng_for(seed, "mcq", target.key)
    wrong = distractors_for(target, facts, rng)[:3]
    if len(wrong) < 3:
        return None
    if target.aspect == "who":
        prompt = _who_prompt(target.mention.text)
        answer = target.person_mention.text if target.person_mention else target.fact.name
        evidence = target.mention.evidence
    elif target.aspect == "role":
        prompt = f"How does the article describe {target.person_mention.text if target.person_mention else target.fact.name}?"
        answer = target.answer
        evidence = target.mention.evidence
    else:
        prompt = blanked(target.mention)
        answer = target.answer
        evidence = target.mention.evidence
    options = [answer, *wrong]
    rng.shuffle(options)
    return Question(
        id=question_id("mcq", target.key, answer), type="mcq", prompt=prompt, answer=answer,
        fact=target.fact.kind, evidence=(evidence,), score=score, options=tuple(options), fact_key=target.key,
        difficulty=_difficulty(target, "mcq"))


def make_true_false(target: Target, facts: tuple[Fact, ...], seed: int, score: float) -> Question | None:
    rng = rng_for(seed, "true_false", target.key)
    truth = rng.random() < 0.5
    if truth:
        text = statement(target.mention)
    else:
        wrong = distractors_for(target, facts, rng)
        if not wrong:
            return None
        text = statement(target.mention, wrong[0])
    return Question(
        id=question_id("true_false", target.key, target.answer), type="true_false",
        prompt=f"True or false? {text}", answer="True" if truth else "False", fact=target.fact.kind,
        evidence=(target.mention.evidence,), score=score, options=("True", "False"), fact_key=target.key,
        difficulty="easy")


def make_short_answer(target: Target, score: float) -> Question | None:
    accepted = accepted_answers(target.fact, target.answer)
    return Question(
        id=question_id("short_answer", target.key, target.answer), type="short_answer",
        prompt=f"Fill in the blank: {blanked(target.mention)}", answer=target.answer, fact=target.fact.kind,
        evidence=(target.mention.evidence,), score=score, accepted=tuple(accepted), fact_key=target.key,
        difficulty=_difficulty(target, "short_answer"))


def accepted_answers(fact: Fact, answer: str) -> list[str]:
    """Other answers a grader takes: a person's other names and surname, a number's bare value."""
    out: list[str] = []
    if fact.kind == "person":
        out += [fact.name, *fact.aliases, fact.name.split()[-1]]
    elif fact.kind == "organization":
        out += [fact.name, *fact.aliases]
    elif fact.kind == "number" and fact.value is not None:
        value = fact.value
        out.append(f"{int(value)}" if float(value).is_integer() else f"{value}")
        number = re.search(r"\d[\d,]*(?:\.\d+)?", answer)
        if number:
            out.append(number.group())
    elif fact.kind == "date" and fact.iso and re.fullmatch(r"\d{4}", fact.iso):
        out.append(fact.iso)
    seen = {norm(answer)}
    unique = []
    for a in out:
        if norm(a) not in seen:
            seen.add(norm(a))
            unique.append(a)
    return unique


def _difficulty(target: Target, kind: str) -> str:
    fact = target.fact
    if kind == "mcq":
        return "easy" if fact.kind in ("person", "place", "organization") else "medium"
    if fact.kind in ("number", "date") or target.aspect == "role":
        return "hard"
    return "medium"
