"""One builder per question kind. Each takes a ``Target`` (a fact and the mention to ask about) and
returns the typed question (quizgen.question), or None when the kind does not fit the fact. A
question its kind's rules refuse raises ``QuestionError``; the caller reports it as rejected."""

from __future__ import annotations

import functools
import hashlib
import random
import re
from dataclasses import dataclass

from ..model import Article, Fact, Mention
from ..question import BLANK, Cloze, MultipleChoice, ShortAnswer, TrueFalse
from . import distractors as dis
from .slots import slot_hint
from .text import (
    blank_parts,
    norm,
    question_shape_problem,
    restore_capitals,
    self_contained,
    statement,
    words_dropped,
)


@dataclass(frozen=True)
class Target:
    """What a question asks about: a fact, the mention whose text is the answer, and an aspect
    ("name"; "who" or "role" for a person's role)."""

    fact: Fact
    mention: Mention
    aspect: str = "name"
    person_mention: Mention | None = None  # for roles: the person's name in the same sentence
    variant: str = ""  # set for a mention other than the fact's clearest: tells the questions apart

    @property
    def answer(self) -> str:
        return self.mention.text

    @property
    def key(self) -> str:
        return f"{self.fact.key}:{self.aspect}" + (f"@{self.variant}" if self.variant else "")


@dataclass(frozen=True)
class Context:
    """What a builder may read besides its target: the article's facts and the seed; for the set a
    teacher gets (``curated``), the article too (the checks read what the sentence cannot say)."""

    facts: tuple[Fact, ...]
    seed: int = 0
    article: Article | None = None
    curated: bool = False

    def facts_with_keys(self, keys) -> list[Fact]:
        """The facts with these keys, in article order (an index, not a pass over every fact per question)."""
        found = sorted(i for key in set(keys) for i in self._positions.get(key, ()))
        return [self.facts[i] for i in found]

    @functools.cached_property
    def _positions(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, fact in enumerate(self.facts):
            out.setdefault(fact.key, []).append(i)
        return out


def question_id(kind: str, key: str, answer: str) -> str:
    return hashlib.sha1(f"{kind}|{key}|{answer}".encode()).hexdigest()[:12]


def rng_for(seed: int, kind: str, key: str) -> random.Random:
    """A random stream per question, so one question's options don't depend on the others."""
    return random.Random(f"{seed}|{kind}|{key}")


def _common(target: Target, kind: str, answer: str, score: float) -> dict:
    return {"id": question_id(kind, target.key, answer), "fact": target.fact.kind,
            "evidence": (target.mention.evidence,), "score": score, "fact_key": target.key,
            "fact_keys": (target.fact.key,), "difficulty": _difficulty(target, kind)}


def make_cloze(target: Target, context: Context, score: float) -> Cloze | None:
    if target.aspect != "name":
        return None
    before, after = blank_parts(target.mention, use_statement=False)
    if not target.mention.standalone or not self_contained(before + target.answer + after):
        return None  # "He was also …", "this book …": a card a learner cannot place
    return Cloze(key=target.answer, before=before, after=after, hint=slot_hint(target, context.facts),
                 accepted=tuple(accepted_answers(target.fact, target.answer)),
                 **_common(target, "cloze", target.answer, score))


def make_short_answer(target: Target, context: Context, score: float) -> ShortAnswer | None:
    if target.aspect != "name":
        return None
    if context.curated and not _sentence_stands_alone(target):
        return None
    question = _wh_question(target, context)
    if question:  # "When did Ada Lind marry Tomas Berg?" (facts/wh.py)
        return ShortAnswer(stem=question, key=target.answer, accepted=tuple(accepted_answers(target.fact, target.answer)),
                           **_common(target, "short_answer", target.answer, score))
    before, after = blank_parts(target.mention, use_statement=not context.curated)
    hint = slot_hint(target, context.facts)
    stem = _as_stem(before + BLANK + (f" ({hint})" if hint else "") + after)
    return ShortAnswer(stem=stem, key=target.answer, accepted=tuple(accepted_answers(target.fact, target.answer)),
                       **_common(target, "short_answer", target.answer, score))


def _as_stem(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text[-1:] in ".?!\"\u201d" else text + "."


def _sentence_stands_alone(target: Target) -> bool:
    """The set a teacher gets asks only from sentences that stand alone as the article wrote them:
    a name put in for "he" may be the wrong one, and a statement cut from a long clause may read
    as a fragment (blind rating rounds 1-4)."""
    before, after = blank_parts(target.mention, use_statement=False)
    return target.mention.standalone and self_contained(before + target.answer + after)


def _wh_question(target: Target, context: Context) -> str:
    """The statement's wh-question; in the curated set only one whose every word reads as the
    article writes it (a name keeps its capital) and that passes the checks of a question's shape."""
    question = target.mention.statement.question if target.mention.statement else ""
    if not question or not context.curated:
        return question
    question = restore_capitals(question, context.article.text if context.article else "")
    broken = question_shape_problem(question, target.answer) or \
        words_dropped(question, target.answer, target.mention.evidence.sentence)
    return question if not broken else ""


def distractors_for(target: Target, facts: tuple[Fact, ...], rng: random.Random, article_only: bool = False) -> list[str]:
    """Wrong options for the target; with ``article_only`` (the curated set) places and organisations
    only from the article itself ("Comoros" and "Faroe Islands" beside "the United States" are
    ruled out on sight)."""
    fact = target.fact
    if target.aspect == "role":
        return dis.role_distractors(fact, facts, rng)
    if target.aspect == "who":  # the answer is the person's name as the role sentence gives it
        answer = target.person_mention.text if target.person_mention else fact.name
        return dis.person_distractors(fact, answer, facts, rng, asked_role=target.mention.text)
    if fact.kind == "person":
        return dis.person_distractors(fact, target.answer, facts, rng)
    if fact.kind in ("organization", "place"):
        return dis.entity_distractors(fact, facts, rng, target.mention.evidence, article_only=article_only)
    if fact.kind == "number":
        return dis.number_distractors(fact, target.answer, facts, rng)
    return dis.date_distractors(fact, target.answer, facts, rng)


def _indefinite(role_mention: Mention) -> bool:
    """Does the article say "a member of …" (one of several) rather than "the …"?"""
    before = role_mention.evidence.sentence[:role_mention.start - role_mention.evidence.start].rstrip().lower()
    return before.endswith((" a", " an", " one of the", " one of its")) or before in ("a", "an")


def who_prompt(role: str, indefinite: bool = False) -> str:
    """"According to the article, who is the mayor of Lyon?": asked of what the article says (an
    office changes hands), with "a" where the article says "a member of …"."""
    role = re.sub(r"\s+(['\u2019]s)\b", r"\1", role)  # "Obama 's adviser" as the source spaced it
    first = role.split()[0].lower()
    article = "an" if first[:1] in "aeiou" else "a"
    if indefinite or first in ("former", "seasoned") or (
            not role[:1].isupper() and first != "deputy" and not any(p in role for p in (" of ", " to ", " for "))):
        return f"Who does the article describe as {article} {role}?"
    if first.endswith(("'s", "\u2019s", "'", "\u2019")) or re.match(r"(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*['\u2019]s?\s", role):
        return f"According to the article, who is {role}?"  # "Maxime Bernier's adviser", not "the Maxime …"
    return f"According to the article, who is the {role}?"


def make_mcq(target: Target, context: Context, score: float) -> MultipleChoice | None:
    rng = rng_for(context.seed, "mcq", target.key)
    wrong = distractors_for(target, context.facts, rng, article_only=context.curated)[:3]
    if len(wrong) < 3:
        return None
    if target.aspect == "who":
        stem = who_prompt(target.mention.text, _indefinite(target.mention))
        answer = target.person_mention.text if target.person_mention else target.fact.name
    elif target.aspect == "role":
        person = target.person_mention.text if target.person_mention else target.fact.name
        stem = f"How does the article describe {person}?"
        answer = target.answer
    elif context.curated and not _sentence_stands_alone(target):
        return None
    elif _wh_question(target, context):
        stem = _wh_question(target, context)
        answer = target.answer
    else:
        before, after = blank_parts(target.mention, use_statement=not context.curated)
        stem = _as_stem(before + BLANK + after)
        answer = target.answer
    options = [answer, *wrong]
    rng.shuffle(options)
    common = _common(target, "mcq", answer, score)
    if target.aspect != "name":
        common["difficulty"] = "medium"
    return MultipleChoice(stem=stem, key=answer, options=tuple(options), **common)


_LEADING_CONNECTIVE = re.compile(r"^(?:and|but|or|so|yet|also|however|meanwhile|moreover|still|then|thus)\b,?\s+",
                                 re.IGNORECASE)


def plain_statement(text: str) -> str:
    """A statement without the connective that tied it to the sentence before ("But the…") and
    without the source's footnote marks ("[1]")."""
    text = _LEADING_CONNECTIVE.sub("", text, count=1)
    text = re.sub(r"\s*\[\w{1,3}\]", "", text)
    return text[:1].upper() + text[1:]


def make_true_false(target: Target, context: Context, score: float, truth: bool) -> TrueFalse | None:
    """The statement as the article gives it (``truth``) or with the answer swapped for a wrong one
    of the same kind. Both forms are candidates; the set picks the form that keeps true and false
    balanced."""
    if target.aspect != "name":
        return None
    if target.mention.statement is not None and target.mention.statement.resolved:
        # a statement to judge true must be the article's own claim: a name put in for "he" that is
        # wrong would make a learner learn a falsehood as true (blind rating round 4)
        return None
    own_words = context.curated
    if own_words and (not _sentence_stands_alone(target) or (not truth and target.fact.kind not in TRUE_FALSE_SWAPS)):
        # the set a teacher gets judges the article's own sentence; a false one swaps a date, a
        # number or a person for another of the article (a place or an organisation swapped in reads
        # as nonsense or stays true: "the airport or Beijing", "San Francisco visitors")
        return None
    rng = rng_for(context.seed, "true_false", target.key)
    common = _common(target, "true_false", target.answer, score)
    common["difficulty"] = "easy"
    common["id"] = question_id("true_false", target.key, target.answer + ("" if truth else "|false"))
    if truth:
        return TrueFalse(statement=plain_statement(statement(target.mention, use_statement=not own_words)),
                         truth=True, **common)
    if own_words and target.fact.kind == "person" and not target.fact.roles:
        return None  # swap only someone the article presents with a role: a character for an actor is absurd
    wrong = distractors_for(target, context.facts, rng, article_only=context.curated)
    if not wrong:
        return None
    text = plain_statement(statement(target.mention, wrong[0], use_statement=not own_words))
    return TrueFalse(statement=text, truth=False, original=target.answer, replacement=wrong[0], **common)


TRUE_FALSE_SWAPS = ("date", "number", "person")  # the kinds a curated false statement may swap

_NUMBER_PART = re.compile(r"(?:US\$|[A-Z]?\$|[€£¥₹])?\s?\d[\d,]*(?:\.\d+)?")


def accepted_answers(fact: Fact, answer: str) -> list[str]:
    """Other answers a grader takes: a person's other names and surname, a number written without
    its thousands separators or its unit, a year on its own."""
    out: list[str] = []
    if fact.kind == "person":
        out += [fact.name, *fact.aliases, fact.name.split()[-1], answer.split()[-1]]
    elif fact.kind == "organization":
        out += [fact.name, *fact.aliases]
    elif fact.kind == "number":
        number = _NUMBER_PART.search(answer)
        if number:
            digits = number.group().strip()
            out += [digits, digits.replace(",", ""), answer.replace(digits, digits.replace(",", ""))]
    elif fact.kind == "date" and fact.iso and re.fullmatch(r"\d{4}", fact.iso):
        out.append(fact.iso)
    seen = {norm(answer)}
    unique = []
    for a in out:
        if a.strip() and a not in unique and (norm(a) not in seen or a != answer):
            seen.add(norm(a))
            unique.append(a)
    return [a for a in unique if a != answer]


def _difficulty(target: Target, kind: str) -> str:
    fact = target.fact
    if kind == "mcq":
        return "easy" if fact.kind in ("person", "place", "organization") else "medium"
    if fact.kind in ("number", "date") or target.aspect == "role":
        return "hard"
    return "medium"
