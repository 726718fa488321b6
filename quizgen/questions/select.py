"""The set a teacher gets: the best N distinct questions of the candidates, and why the rest are out.

The default set asks about as many different facts as it has questions: at most one question per
fact and per source sentence, kinds mixed, true and false statements balanced, and no question
whose text (stem, statement, options, or the source sentence shown after it) gives away another
question's answer. N is about one question per 60 words of the article (10 to 40).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import Article
from ..question import Matching, MultipleChoice, Question, TrueFalse
from .text import norm

WORDS_PER_QUESTION = 60
MIN_SET, MAX_SET = 10, 40
KIND_SPREAD = 0.12  # score given up per question of the same kind already chosen: keeps kinds mixed


@dataclass(frozen=True)
class Rejection:
    """A candidate left out, with the reasons: a failed check, or what it clashes with in the set."""

    kind: str
    prompt: str
    answer: str
    reasons: tuple[str, ...]
    stage: str  # "build" (its kind's rules), "check" (quizgen.questions.validate), "set" (this module)
    id: str = ""
    sentence: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.kind, "prompt": self.prompt, "answer": self.answer,
                "stage": self.stage, "reasons": list(self.reasons), "sentence": self.sentence}


def rejection(question: Question, reasons: list[str] | tuple[str, ...], stage: str) -> Rejection:
    return Rejection(question.type, question.prompt, question.answer, tuple(reasons), stage, question.id,
                     question.evidence[0].sentence)


def default_size(article: Article) -> int:
    """About one question per 60 words of article body, at least 10, at most 40."""
    words = len(article.body.split())
    return max(MIN_SET, min(MAX_SET, round(words / WORDS_PER_QUESTION)))


@dataclass(frozen=True)
class _Profile:
    """A question as the set checks see it, normalised once."""

    facts: frozenset[str]
    sentences: frozenset[tuple[int, int]]
    visible: str  # every text of it that states something, the source sentence shown after it included
    hidden: tuple[str, ...]  # what the learner has to produce
    pairs: tuple[tuple[str, str], ...]  # matching: which goes with which
    prompt: str  # two questions with the same prompt read as one asked twice


def _telling(q: Question) -> tuple[str, ...]:
    """The texts of ``q`` that state something: a multiple-choice question's options are left out.
    A name among four options says nothing about which question it answers (the options of person
    questions are the article's other people, so counting them would shut every second one out)."""
    return (q.stem,) if isinstance(q, MultipleChoice) else q.shown


def profile(q: Question) -> _Profile:
    visible = " | ".join(f" {norm(t)} " for t in (*_telling(q), *(e.sentence for e in q.evidence)))
    pairs = tuple((f" {norm(a)} ", f" {norm(b)} ") for a, b in q.pairs) if isinstance(q, Matching) else ()
    return _Profile(frozenset(q.fact_keys), frozenset((e.start, e.end) for e in q.evidence), visible,
                    tuple(f" {norm(h)} " for h in q.hidden if norm(h)), pairs, norm(q.prompt))


def _reveals(shower: _Profile, asked: _Profile) -> bool:
    """Does ``shower`` show what ``asked`` wants the learner to produce?"""
    if any(hidden in shower.visible for hidden in asked.hidden):
        return True
    # a text showing both sides of a matching pair answers that pair
    texts = shower.visible.split(" | ")
    return any(a in text and b in text for a, b in asked.pairs for text in texts)


def clash(candidate: Question, chosen: list[Question], profiles: dict[str, _Profile] | None = None) -> str | None:
    """Why ``candidate`` cannot join ``chosen``, or None."""
    profiles = profiles if profiles is not None else {}
    mine = profiles.get(candidate.id) or profile(candidate)
    for q in chosen:
        other = profiles.get(q.id) or profile(q)
        if mine.facts & other.facts:
            return f"asks about a fact question {q.id} asks about"
        if mine.sentences & other.sentences:
            return f"its source sentence is used by question {q.id}"
        if mine.prompt == other.prompt:
            return f"asks what question {q.id} asks, word for word"
        if _reveals(mine, other):
            return f"would give away the answer of question {q.id}"
        if _reveals(other, mine):
            return f"its answer is given away by question {q.id}"
    return None


def _balanced(candidate: Question, chosen: list[Question]) -> bool:
    """True and false statements in equal share (at most one apart)."""
    if not isinstance(candidate, TrueFalse):
        return True
    truths = Counter(q.truth for q in chosen if isinstance(q, TrueFalse))
    return truths[candidate.truth] <= truths[not candidate.truth]


def _mixed(questions: list[Question]) -> bool:
    """No kind takes more than about a third of the set (the swap below must not undo the mix)."""
    most = max(Counter(q.type for q in questions).values(), default=0)
    return most <= max(2, -(-len(questions) * 35 // 100))


def _swap_one_for_two(chosen: list[Question], pool: list[Question], profiles: dict[str, _Profile],
                      size: int) -> tuple[list[Question], list[Question]]:
    """Where one chosen question alone shuts out two others that go together (it asks about the fact
    of one and uses the sentence of the other), take those two instead: the set asks about one more
    fact. The greedy choice by score cannot see this; a fact or a sentence has several candidates."""
    for _ in range(size):
        if len(chosen) >= size:
            break
        blocked_by: dict[str, list[Question]] = {}
        for c in pool:
            blockers = [q for q in chosen if clash(c, [q], profiles) is not None]
            if len(blockers) == 1:
                blocked_by.setdefault(blockers[0].id, []).append(c)
        swap = None
        for q in chosen:
            alone = blocked_by.get(q.id, [])
            rest = [x for x in chosen if x is not q]
            for i, first in enumerate(alone):
                if not _balanced(first, rest):
                    continue
                second = next((c for c in alone[i + 1:] if clash(c, [first], profiles) is None
                               and _balanced(c, [*rest, first]) and _mixed([*rest, first, c])), None)
                if second is not None:
                    swap = (q, first, second)
                    break
            if swap:
                break
        if swap is None:
            break
        out, first, second = swap
        chosen = [x for x in chosen if x is not out] + [first, second]
        pool = [x for x in pool if x is not first and x is not second] + [out]
    return chosen, pool


def select(candidates: list[Question], size: int) -> tuple[list[Question], list[Rejection]]:
    """Greedy choice of ``size`` questions: the best-scored that clashes with nothing chosen, a
    kind's score lowered a little for each question of that kind already in (kinds mixed)."""
    pool = sorted(candidates, key=lambda q: (-round(q.score, 6), q.id))
    profiles = {q.id: profile(q) for q in pool}
    chosen: list[Question] = []
    kinds: Counter[str] = Counter()
    while len(chosen) < size:
        best = None
        best_score = float("-inf")
        for q in pool:
            adjusted = q.score - KIND_SPREAD * kinds[q.type]
            if adjusted <= best_score:
                continue
            if clash(q, chosen, profiles) is None and _balanced(q, chosen):
                best, best_score = q, adjusted
        if best is None:
            break
        chosen.append(best)
        kinds[best.type] += 1
        pool.remove(best)
    chosen, pool = _swap_one_for_two(chosen, pool, profiles, size)
    dropped = []
    for q in pool:
        reason = clash(q, chosen, profiles) or ("keeps true and false statements balanced" if not _balanced(q, chosen)
                                      else f"the set is full ({size} questions; --max or --all for more)")
        dropped.append(rejection(q, [reason], "set"))
    chosen.sort(key=lambda q: (-round(q.score, 6), q.id))
    return chosen, dropped
