"""Statistical recogniser for PERSON, ORG and LOC names: a greedy averaged-perceptron BIO tagger.

It is trained by tools/train_models.py on GMB, Universal NER, Wikigold and GUM (labels harmonised in
tools/corpora.py). Its features mix word shape, affixes, POS, context and the gazetteers; the same
``token_features`` function serves training and tagging, so they can never drift apart.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .gazetteer import Gazetteer, gazetteer
from .lexicon import ORG_WORDS, ROLE_TITLES
from .resources import load_weights
from .weights import Weights

LABELS = ("PERSON", "ORG", "LOC")


@lru_cache(maxsize=1 << 16)  # words repeat: the cache halves the recogniser's feature time
def word_shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", word)
    shape = re.sub(r"[a-z]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1{2,}", r"\1\1", shape)


def sentence_context(words: list[str], gaz: Gazetteer) -> list[str]:
    """Per-token gazetteer tags: place span membership, given names, nationalities."""
    tags = [""] * len(words)
    for first, last in gaz.match_places(words):
        for i in range(first, last):
            tags[i] = "placeB" if i == first else "placeI"
    for i, word in enumerate(words):
        if word in gaz.given_names:
            tags[i] += "+given"
        if word in gaz.nationalities:
            tags[i] += "+norp"
    return tags


def token_features(i: int, words: list[str], pos: list[str], gaz_tags: list[str],
                   prev: str, prev2: str) -> dict[str, int]:
    def word(k: int) -> str:
        return words[k] if 0 <= k < len(words) else ("<s>" if k < 0 else "</s>")

    def tag(k: int) -> str:
        return pos[k] if 0 <= k < len(pos) else ("<s>" if k < 0 else "</s>")

    w = words[i]
    lower = w.lower()
    shape = word_shape(w)
    feats = [
        "bias",
        f"w={lower}",
        f"shape={shape}",
        f"pre3={lower[:3]}",
        f"suf3={lower[-3:]}",
        f"suf2={lower[-2:]}",
        f"pos={tag(i)}",
        f"pos-1={tag(i - 1)}",
        f"pos+1={tag(i + 1)}",
        f"w-1={word(i - 1).lower()}",
        f"w+1={word(i + 1).lower()}",
        f"w-2={word(i - 2).lower()}",
        f"w+2={word(i + 2).lower()}",
        f"prev={prev}",
        f"prev2={prev2}+prev={prev}",
        f"prev={prev}+shape={shape}",
        f"prev={prev}+pos={tag(i)}",
        f"shape-1={word_shape(word(i - 1))}+shape={shape}",
        f"shape={shape}+shape+1={word_shape(word(i + 1))}",
        f"gaz={gaz_tags[i]}",
        f"gaz-1={gaz_tags[i - 1] if i else '<s>'}",
        f"gaz+1={gaz_tags[i + 1] if i + 1 < len(words) else '</s>'}",
    ]
    if i == 0:
        feats.append("first")
    if word(i - 1).lower().rstrip(".") in ROLE_TITLES:
        feats.append("after-title")
    for k in (i, i + 1, i + 2):
        if word(k).lower() in ORG_WORDS and word(k)[:1].isupper():
            feats.append(f"orgword@{k - i}")
    if w.isupper() and len(w) > 1:
        feats.append("allcaps")
    return {f: 1 for f in feats}


@dataclass(frozen=True)
class NameSpan:
    first: int  # token index
    last: int  # one past the last token
    label: str
    score: float  # mean probability of the chosen labels
    alternatives: tuple[tuple[str, float], ...]  # other labels' mean probability over the span


class NameTagger:
    """Tagging with the trained weights (training is tools/train_models.py's, with NLTK's
    ``AveragedPerceptron`` over the same ``token_features``)."""

    def __init__(self, weights: Weights):
        self.weights = weights

    def tag(self, words: list[str], pos: list[str]) -> list[NameSpan]:
        gaz = gazetteer()
        gaz_tags = sentence_context(words, gaz)
        prev, prev2 = "<s>", "<s>"
        labels: list[str] = []
        probs: list[dict[str, float]] = []
        for i in range(len(words)):
            feats = token_features(i, words, pos, gaz_tags, prev, prev2)
            scores = self._scores(feats)
            label = self._best_valid(scores, prev)
            labels.append(label)
            probs.append(_softmax(scores))
            prev2, prev = prev, label
        return _spans(labels, probs)

    def _scores(self, feats: dict[str, int]) -> dict[str, float]:
        # (each feature counts once: the sums are those of NLTK's predict, which training used)
        return dict(zip(self.weights.classes, self.weights.scores(feats)))

    @staticmethod
    def _best_valid(scores: dict[str, float], prev: str) -> str:
        for label, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            if label.startswith("I-") and prev[2:] != label[2:]:
                continue  # I-X may only continue an X
            return label
        return "O"


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def _spans(labels: list[str], probs: list[dict[str, float]]) -> list[NameSpan]:
    spans = []
    i = 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        kind = labels[i][2:]
        j = i + 1
        while j < len(labels) and labels[j] == f"I-{kind}":
            j += 1
        chosen = sum(probs[k][labels[k]] for k in range(i, j)) / (j - i)
        alts = []
        for other in (*LABELS, "O"):
            if other == kind:
                continue
            if other == "O":
                p = sum(probs[k].get("O", 0.0) for k in range(i, j)) / (j - i)
            else:
                p = sum(probs[k].get(("B-" if k == i else "I-") + other, 0.0) for k in range(i, j)) / (j - i)
            alts.append((other, round(p, 4)))
        alts.sort(key=lambda a: -a[1])
        spans.append(NameSpan(i, j, kind, round(chosen, 4), tuple(alts)))
        i = j
    return spans


@cache
def name_tagger() -> NameTagger:
    return NameTagger(load_weights("ner"))
