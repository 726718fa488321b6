"""Averaged-perceptron weights as shipped and as read at run time: flat arrays, not Python dicts.

A model file ``models/<name>.weights.gz`` holds, gzipped, one table of feature strings and, for every feature,
its run of (label, weight) pairs in three flat arrays. Loading it is one read and three
``array.frombytes``; the only Python objects made are the feature strings and their index. Against
the earlier gzipped JSON of ``{feature: "label weight …"}`` strings, the tagger's model (194k
features, 614k weights) loads in about a third of the time and takes about two thirds of the memory
(bench/README.md has the figures).

Layout (all integers little-endian):

    b"quizgen-weights 1\\n"
    header length (uint32), header: UTF-8 JSON {"classes", "features", "entries", "text_bytes", "extra"}
    the feature strings, UTF-8, joined by "\\n"            (text_bytes bytes)
    offsets: uint32 × (features + 1), feature i's pairs are offsets[i] to offsets[i + 1]
    labels:  uint8 × entries, an index into classes
    weights: float64 × entries, the trained weights exactly (no rounding beyond the training's own)

Scores are summed feature by feature, in the order the features are given, each label's weights in
the same order as NLTK's ``AveragedPerceptron.predict`` adds them: the same floats, the same tags.
"""

from __future__ import annotations

import gzip
import json
import struct
import sys
from array import array
from collections.abc import Iterable, Mapping
from pathlib import Path

MAGIC = b"quizgen-weights 1\n"


class WeightsFormatError(ValueError):
    pass


class Weights:
    """The weights of one perceptron: ``scores(features)`` gives every class's score."""

    __slots__ = ("classes", "extra", "_index", "_offsets", "_labels", "_weights", "_rows")

    def __init__(self, classes: tuple[str, ...], features: list[str], offsets: array, labels: array,
                 weights: array, extra: dict | None = None):
        self.classes = classes  # sorted: a label's index in every array and every score list
        self.extra = extra or {}  # what else the model ships (the tagger's tag dictionary)
        self._index = dict(zip(features, range(len(features))))
        self._offsets = offsets
        self._labels = labels
        self._weights = weights
        # Feature i's labels (bytes) and weights (a tuple of floats), made when a text first uses the
        # feature: a text touches a small share of the features, and reading Python objects halves
        # the time of a score against slicing the arrays each time. Two flat sequences a row, not a
        # tuple of (label, weight) pairs: about a third of the memory (a long text's rows came to
        # 15-19 MB as pairs), at the same speed.
        self._rows: list[tuple[bytes, tuple[float, ...]] | None] = [None] * len(features)

    def scores(self, features: Mapping[str, int]) -> list[float]:
        """Each class's score (in ``classes`` order) for ``features``, a mapping of feature to how
        many times it fires (as NLTK's tagger builds them; the recogniser's all fire once)."""
        totals = [0.0] * len(self.classes)
        index_get, rows = self._index.get, self._rows
        for feature, count in features.items():
            row = index_get(feature)
            if row is None or not count:
                continue
            pairs = rows[row]
            if pairs is None:
                pairs = rows[row] = self._row(row)
            if count == 1:
                for label, weight in zip(*pairs):
                    totals[label] += weight
            else:
                for label, weight in zip(*pairs):
                    totals[label] += count * weight
        return totals

    def _row(self, row: int) -> tuple[bytes, tuple[float, ...]]:
        first, last = self._offsets[row], self._offsets[row + 1]
        return self._labels[first:last].tobytes(), tuple(self._weights[first:last])

    def __contains__(self, feature: object) -> bool:
        return feature in self._index

    def __len__(self) -> int:
        return len(self._index)

    def as_dict(self) -> dict[str, dict[str, float]]:
        """``{feature: {label: weight}}``, as training made them (for tools and tests, not for tagging)."""
        return {feature: {self.classes[self._labels[k]]: self._weights[k]
                          for k in range(self._offsets[row], self._offsets[row + 1])}
                for feature, row in self._index.items()}


def encode_weights(weights: Mapping[str, Mapping[str, float]], classes: Iterable[str],
                   extra: dict | None = None) -> bytes:
    """The file's bytes for ``{feature: {label: weight}}``: features and labels sorted, so the same
    weights always give the same bytes."""
    classes = sorted(classes)
    if len(classes) > 255:
        raise WeightsFormatError(f"{len(classes)} classes: the format holds at most 255")
    label_index = {label: i for i, label in enumerate(classes)}
    features = sorted(weights)
    bad = next((f for f in features if "\n" in f), None)
    if bad is not None:
        raise WeightsFormatError(f"feature {bad!r} holds a line break, which separates the features")
    offsets, labels, values = array("I", [0]), array("B"), array("d")
    for feature in features:
        for label, weight in sorted(weights[feature].items()):
            labels.append(label_index[label])
            values.append(weight)
        offsets.append(len(labels))
    text = "\n".join(features).encode("utf-8")
    header = json.dumps({"classes": classes, "features": len(features), "entries": len(labels),
                         "text_bytes": len(text), "extra": extra or {}},
                        ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    if sys.byteorder != "little":
        for part in (offsets, values):
            part.byteswap()
    return b"".join((MAGIC, struct.pack("<I", len(header)), header, text,
                     offsets.tobytes(), labels.tobytes(), values.tobytes()))


def decode_weights(data: bytes, name: str = "weights") -> Weights:
    """The ``Weights`` in a file's bytes; ``name`` is for the error message."""
    if array("I").itemsize != 4:
        raise WeightsFormatError(f"{name}: this platform's C unsigned int is not 4 bytes")
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise WeightsFormatError(f"{name}: not a quizgen weights file")
    view = memoryview(data)
    pos = len(MAGIC)
    (header_size,) = struct.unpack_from("<I", data, pos)
    pos += 4
    header = json.loads(bytes(view[pos:pos + header_size]))
    pos += header_size
    n, m, text_bytes = header["features"], header["entries"], header["text_bytes"]
    if len(data) != pos + text_bytes + 4 * (n + 1) + m + 8 * m:
        raise WeightsFormatError(f"{name}: truncated or damaged ({len(data):,} bytes)")
    features = str(view[pos:pos + text_bytes], "utf-8").split("\n") if n else []
    pos += text_bytes
    offsets, labels, weights = array("I"), array("B"), array("d")
    for part, size in ((offsets, 4 * (n + 1)), (labels, m), (weights, 8 * m)):
        part.frombytes(view[pos:pos + size])
        pos += size
    if sys.byteorder != "little":
        for part in (offsets, weights):
            part.byteswap()
    return Weights(tuple(header["classes"]), features, offsets, labels, weights, header["extra"])


def write_weights(path: Path, weights: Mapping[str, Mapping[str, float]], classes: Iterable[str],
                  extra: dict | None = None) -> None:
    # gzip with no time stamp: the same weights always give the same bytes
    path.write_bytes(gzip.compress(encode_weights(weights, classes, extra), compresslevel=9, mtime=0))


def unpack_weights(packed: Mapping[str, str], classes: list[str]) -> dict[str, dict[str, float]]:
    """The earlier JSON models' ``{feature: "label-index weight …"}`` strings as ``{feature: {label:
    weight}}`` (the weights were written with six significant digits, exact for these weights)."""
    out = {}
    for feature, text in packed.items():
        parts = text.split()
        out[feature] = {classes[int(i)]: float(w) for i, w in zip(parts[::2], parts[1::2])}
    return out
