"""How well each kind of question suits each kind of fact, as blind raters judged it.

``data/kind_fit.json`` (written by ``python -m tools.kind_fit --write`` from the rounds logged in
``docs/ratings/``) counts, per question type and fact kind, the ratings and the acceptable ones: a
date asked as a cloze was accepted 91% of the time, a person asked by a short answer 50%.

In the default set this share takes the place of a kind's fixed weight (``Builder.weight``, from rounds
5-8, which it refines by the kind of fact): a candidate's score is multiplied by its slot's share,
shrunk towards the overall share (a few ratings say little), relative to the best slot's. A slot is left
out of the default set only when the ratings show it below the overall share with 95% confidence (the
upper end of its Wilson interval lies below the overall share), counting each question once although
two raters judged it, and only with ten questions or more. A slot no round has rated takes the overall
share and stays in.
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

PRIOR_RATINGS = 20  # a slot's share counts as if this many ratings at the overall share came first
RATERS_PER_QUESTION = 2  # every logged round had two raters: n ratings are n / 2 questions
Z_ONE_SIDED_95 = 1.645
MIN_QUESTIONS = 10  # fewer rated questions than this never take a slot out (one rejected question is no trend)


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, int]]:
    text = resources.files("quizgen.questions").joinpath("data", "kind_fit.json").read_text("utf-8")
    return json.loads(text)["slots"]


@functools.lru_cache(maxsize=1)
def _shares() -> tuple[dict[str, float], float]:
    slots = _table()
    rated = sum(s["rated"] for s in slots.values())
    overall = sum(s["accepted"] for s in slots.values()) / rated if rated else 1.0
    shares = {slot: (s["accepted"] + PRIOR_RATINGS * overall) / (s["rated"] + PRIOR_RATINGS)
              for slot, s in slots.items()}
    return shares, overall


def share(kind: str, fact: str) -> float:
    """The expected acceptable share of a ``kind`` question about a ``fact`` (the overall share for a
    slot no round has rated)."""
    shares, overall = _shares()
    return shares.get(f"{kind}/{fact}", overall)


def fit(kind: str, fact: str) -> float:
    """``share`` relative to the best slot's: the ranking's weight for the slot (at most 1)."""
    shares, overall = _shares()
    return share(kind, fact) / max(max(shares.values(), default=overall), overall)


def wilson_upper(accepted: float, n: float, z: float = Z_ONE_SIDED_95) -> float:
    """The upper end of the Wilson score interval of ``accepted`` successes in ``n`` trials."""
    if n <= 0:
        return 1.0
    p = accepted / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre + spread) / (1 + z * z / n)


def fits_the_default_set(kind: str, fact: str) -> bool:
    """False only for a slot the ratings show below the overall share with 95% confidence."""
    counts = _table().get(f"{kind}/{fact}")
    n = counts["rated"] / RATERS_PER_QUESTION if counts else 0
    if n < MIN_QUESTIONS:
        return True
    return wilson_upper(counts["accepted"] / RATERS_PER_QUESTION, n) >= _shares()[1]
