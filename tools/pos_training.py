"""The part-of-speech tagger as trained: NLTK's averaged perceptron over quizgen's own features.

quizgen tags with its compact weights and its own loop (quizgen/nlp/pos.py) and never imports NLTK's
tagger at run time; training keeps NLTK's ``PerceptronTagger.train``, which calls the same
``features`` and ``normalize``, so training and tagging cannot drift apart.
"""

from __future__ import annotations

from nltk.tag.perceptron import PerceptronTagger

from quizgen.nlp import pos


class Tagger(PerceptronTagger):
    """NLTK's tagger with quizgen's features; ``tag`` here is NLTK's (tools use it during training)."""

    START = list(pos.START)
    END = list(pos.END)

    def normalize(self, word: str) -> str:
        return pos.normalize(word)

    def _get_features(self, i, word, context, prev, prev2):
        return pos.features(i, word, context, prev, prev2)
