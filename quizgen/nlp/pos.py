"""Penn Treebank part-of-speech tagging with NLTK's averaged perceptron, trained by tools/train_models.py."""

from __future__ import annotations

from functools import cache

from nltk.tag.perceptron import PerceptronTagger

from .resources import load_model
from .weights import PackedWeights


def tagger_from_params(data: dict) -> PerceptronTagger:
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = PackedWeights(data["weights"], data["classes"])
    tagger.tagdict = data["tagdict"]
    tagger.classes = set(data["classes"])
    tagger.model.classes = tagger.classes
    return tagger


@cache
def _tagger() -> PerceptronTagger:
    return tagger_from_params(load_model("pos"))


def pos_tag(words: list[str]) -> list[str]:
    if not words:
        return []
    return [tag for _, tag in _tagger().tag(words)]
