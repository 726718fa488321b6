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
from ..question import Matching, Question, TrueFalse
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


def _contains(text: str, part: str) -> bool:
    part = norm(part)
    return bool(part) and f" {part} " in f" {norm(text)} "


def _visible(q: Question) -> tuple[str, ...]:
    """What a learner sees of a question: its texts, and the source sentence shown after it."""
    return (*q.shown, *(e.sentence for e in q.evidence))


def _reveals(shower: Question, asked: Question) -> bool:
    """Does ``shower`` show what ``asked`` wants the learner to produce?"""
    seen = _visible(shower)
    if any(_contains(text, hidden) for hidden in asked.hidden for text in seen):
        return True
    if isinstance(asked, Matching):  # a text showing a pair together answers that pair
        return any(_contains(text, a) and _contains(text, b) for a, b in asked.pairs for text in seen)
    return False


def clash(candidate: Question, chosen: list[Question]) -> str | None:
    """Why ``candidate`` cannot join ``chosen``, or None."""
    facts = {k for q in chosen for k in q.fact_keys}
    sentences = {(e.start, e.end) for q in chosen for e in q.evidence}
    for q in chosen:
        if set(candidate.fact_keys) & set(q.fact_keys):
            return f"asks about a fact question {q.id} asks about"
    if set(candidate.fact_keys) & facts:
        return "asks about a fact already asked"
    if any((e.start, e.end) in sentences for e in candidate.evidence):
        return "its source sentence is already used by another question"
    for q in chosen:
        if _reveals(candidate, q):
            return f"would give away the answer of question {q.id}"
        if _reveals(q, candidate):
            return f"its answer is given away by question {q.id}"
    return None


def _balanced(candidate: Question, chosen: list[Question]) -> bool:
    """True and false statements in equal share (at most one apart)."""
    if not isinstance(candidate, TrueFalse):
        return True
    truths = Counter(q.truth for q in chosen if isinstance(q, TrueFalse))
    return truths[candidate.truth] <= truths[not candidate.truth]


def select(candidates: list[Question], size: int) -> tuple[list[Question], list[Rejection]]:
    """Greedy choice of ``size`` questions: the best-scored that clashes with nothing chosen, a
    kind's score lowered a little for each question of that kind already in (kinds mixed)."""
    pool = sorted(candidates, key=lambda q: (-round(q.score, 6), q.id))
    chosen: list[Question] = []
    kinds: Counter[str] = Counter()
    while len(chosen) < size:
        best = None
        best_score = float("-inf")
        for q in pool:
            adjusted = q.score - KIND_SPREAD * kinds[q.type]
            if adjusted <= best_score:
                continue
            if clash(q, chosen) is None and _balanced(q, chosen):
                best, best_score = q, adjusted
        if best is None:
            break
        chosen.append(best)
        kinds[best.type] += 1
        pool.remove(best)
    dropped = []
    for q in pool:
        reason = clash(q, chosen) or ("keeps true and false statements balanced" if not _balanced(q, chosen)
                                      else f"the set is full ({size} questions; --max or --all for more)")
        dropped.append(rejection(q, [reason], "set"))
    chosen.sort(key=lambda q: (-round(q.score, 6), q.id))
    return chosen, dropped
