"""Perceptron weights as shipped: one compact string per feature, decoded on first use.

A tagger has ~100k features, each with a few label weights. As nested JSON objects they take
0.2 s to parse, most of the model-loading budget; as ``{feature: "label-index weight ..."}``
strings the parse is four times faster, and a text only ever touches a few thousand features,
each decoded once and kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping


def pack_weights(weights: Mapping[str, Mapping[str, float]], classes: list[str]) -> dict[str, str]:
    """``{feature: {label: weight}}`` → ``{feature: "i w i w …"}`` with ``i`` an index into ``classes``."""
    index = {label: i for i, label in enumerate(classes)}
    # (":g" keeps six significant digits: exact for weights rounded to three decimals below 1,000,
    # and trained weights stay far below that)
    return {feature: " ".join(f"{index[label]} {weight:g}" for label, weight in sorted(by_label.items()))
            for feature, by_label in weights.items()}


class PackedWeights(Mapping[str, dict[str, float]]):
    """A read-only ``{feature: {label: weight}}`` mapping over packed strings, as NLTK's
    ``AveragedPerceptron.predict`` and quizgen's recogniser read it."""

    def __init__(self, packed: dict[str, str], classes: list[str]):
        self._packed = packed
        self._classes = classes
        self._decoded: dict[str, dict[str, float]] = {}

    def __getitem__(self, feature: str) -> dict[str, float]:
        decoded = self._decoded.get(feature)
        if decoded is None:
            parts = self._packed[feature].split()
            decoded = {self._classes[int(i)]: float(w) for i, w in zip(parts[::2], parts[1::2])}
            self._decoded[feature] = decoded
        return decoded

    def get(self, feature: str, default=None):
        """(Mapping's own ``get`` raises and catches a KeyError for every unknown feature, and most of
        a text's features are unknown: this is the recogniser's inner loop.)"""
        decoded = self._decoded.get(feature)
        if decoded is not None:
            return decoded
        return self[feature] if feature in self._packed else default

    def __contains__(self, feature: object) -> bool:
        return feature in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)
