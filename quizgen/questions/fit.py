"""How well each kind of question suits each kind of fact, as blind raters judged it.

``data/kind_fit.json`` (written by ``python -m tools.kind_fit --write`` from the rounds logged in
``docs/ratings/``) counts, per question type and fact kind, the ratings and the acceptable ones: a
date asked as a cloze was accepted 93% of the time, a person asked by a short answer 50%. The default
set's ranking multiplies a candidate's score by its slot's share (shrunk towards the overall share, as
a few ratings say little), relative to the best slot's; a slot far below the rest is left out of it.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

PRIOR_RATINGS = 20  # a slot's share counts as if this many ratings at the overall share came first
# A slot whose (shrunk) share is this far below the overall share is no part of the default set: rounds
# 18-29 left out short answers about people (50%: roles joined to the wrong person among them) and
# organisations (60%); the rest lie within 0.1 of the overall 78%.
MARGIN_BELOW_OVERALL = 0.10


@functools.lru_cache(maxsize=1)
def _shares() -> tuple[dict[str, float], float]:
    table = json.loads(resources.files("quizgen.questions").joinpath("data", "kind_fit.json").read_text("utf-8"))
    slots = table["slots"]
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


def fits_the_default_set(kind: str, fact: str) -> bool:
    return share(kind, fact) >= _shares()[1] - MARGIN_BELOW_OVERALL
