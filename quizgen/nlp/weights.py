"""Averaged-perceptron weights as shipped and as read at run time: flat arrays with their own hash
index, read in place, not Python dicts.

A model file ``models/<name>.weights`` holds one table of feature strings, an open-addressing hash
index over them, and, for every feature, its run of (label, weight) pairs in flat arrays. Loading
it maps the file (``mmap``) and reads its header: no Python object is made for a feature until a
text uses it. The first version of the format (gzipped, the feature strings split into a list and a
dict of 194k entries built at load) took about 80 ms to load the tagger's weights and some 30 MB for
that index; this one loads in well under a millisecond, and a text's lookups cost about the same
(each feature a text uses is looked up in the file once; the ones the model has are then kept in a
dict). bench/README.md ("Branch perf5") has the figures.

Layout (all integers little-endian; every section starts at a multiple of 8 bytes, zero-padded):

    b"quizgen-weights 2\\n"
    header length (uint32), header: UTF-8 JSON {"classes", "features", "entries", "text_bytes",
        "slots", "weight_type", "scale", "extra"}
    starts:  uint32 × (features + 1), feature i's UTF-8 text is text[starts[i]:starts[i + 1]]
    slots:   uint32 × slots (a power of two, at least twice the features): 0 for an empty slot, else a
             feature's index + 1; a feature's first slot is the CRC-32 of its UTF-8 text modulo slots,
             then the next ones in turn (linear probing)
    offsets: uint32 × (features + 1), feature i's pairs are offsets[i] to offsets[i + 1]
    weights: weight_type × entries (``array`` type codes: "h" int16 or "i" int32 holding weight ×
             scale, when every weight is an exact multiple of 1/scale, as training rounds them to
             thousandths; else "d", float64 with scale 1), the trained weights exactly
    labels:  uint8 × entries, an index into classes
    text:    the feature strings, UTF-8, one after the other (text_bytes bytes)

Scores are summed feature by feature, in the order the features are given, each label's weights in
the same order as NLTK's ``AveragedPerceptron.predict`` adds them: the same floats, the same tags
(``k / 1000`` is the very float that training's ``round(w, 3)`` gave).
"""

from __future__ import annotations

import json
import mmap
import struct
import sys
import zlib
from array import array
from collections.abc import Iterable, Mapping
from pathlib import Path

MAGIC = b"quizgen-weights 2\n"
SCALE = 1000  # training rounds every weight to thousandths (tools/train_models.py)
_UNSEEN = object()


class WeightsFormatError(ValueError):
    pass


def _padding(size: int) -> int:
    return -size % 8


class Weights:
    """The weights of one perceptron: ``scores(features)`` gives every class's score."""

    __slots__ = ("classes", "extra", "_text", "_text_at", "_starts", "_slots", "_mask", "_offsets", "_labels", "_weights",
                 "_scale", "_rows")

    def __init__(self, classes: tuple[str, ...], extra: dict, data: bytes | mmap.mmap, text_at: int, starts, slots,
                 offsets, labels, weights, scale: int):
        self.classes = classes  # sorted: a label's index in every array and every score list
        self.extra = extra  # what else the model ships (the tagger's tag dictionary)
        # the file's bytes (or the mapped file), whose slices are bytes: the feature strings start at text_at
        self._text, self._text_at = data, text_at
        self._starts, self._slots, self._mask = starts, slots, len(slots) - 1
        self._offsets, self._labels, self._weights, self._scale = offsets, labels, weights, scale
        # Each feature a text has used that the model has, with its labels (bytes) and weights (a
        # tuple of floats): a text touches a small share of the features, and a dict lookup of a
        # Python object is the fastest read. Features the model lacks are not kept (on text that
        # never repeats they outnumber the others, and looking one up again costs under a microsecond).
        self._rows: dict[str, tuple[bytes, tuple[float, ...]]] = {}

    def scores(self, features: Mapping[str, int]) -> list[float]:
        """Each class's score (in ``classes`` order) for ``features``, a mapping of feature to how
        many times it fires (as NLTK's tagger builds them; the recogniser's all fire once)."""
        totals = [0.0] * len(self.classes)
        rows = self._rows
        known, find = rows.get, self._find
        for feature, count in features.items():
            pairs = known(feature, _UNSEEN)
            if pairs is _UNSEEN:
                pairs = find(feature)
                if pairs is None:
                    continue
                rows[feature] = pairs
            if count == 1:
                for label, weight in zip(*pairs):
                    totals[label] += weight
            elif count:
                for label, weight in zip(*pairs):
                    totals[label] += count * weight
        return totals

    def _row_number(self, feature: str) -> int:
        """The feature's index in the file, or -1 when the model does not have it."""
        key = feature.encode("utf-8")
        slots, starts, text, at, mask = self._slots, self._starts, self._text, self._text_at, self._mask
        slot = zlib.crc32(key) & mask
        while True:
            row = slots[slot]
            if not row:
                return -1
            row -= 1
            if text[at + starts[row]:at + starts[row + 1]] == key:
                return row
            slot = (slot + 1) & mask

    def _find(self, feature: str) -> tuple[bytes, tuple[float, ...]] | None:
        row = self._row_number(feature)
        if row < 0:
            return None
        first, last = self._offsets[row], self._offsets[row + 1]
        values = self._weights[first:last]
        scale = self._scale
        weights = tuple(values) if scale == 1 else tuple([value / scale for value in values])
        return self._labels[first:last].tobytes(), weights

    def __contains__(self, feature: object) -> bool:
        return isinstance(feature, str) and self._row_number(feature) >= 0

    def __len__(self) -> int:
        return len(self._starts) - 1

    def features(self) -> list[str]:
        """Every feature, in the file's (sorted) order."""
        starts, text, at = self._starts, self._text, self._text_at
        return [text[at + starts[i]:at + starts[i + 1]].decode("utf-8") for i in range(len(self))]

    def as_dict(self) -> dict[str, dict[str, float]]:
        """``{feature: {label: weight}}``, as training made them (for tools and tests, not for tagging)."""
        out = {}
        for feature in self.features():
            labels, weights = self._find(feature)  # type: ignore[misc]  (every listed feature is there)
            out[feature] = {self.classes[label]: weight for label, weight in zip(labels, weights)}
        return out


def _weight_array(weights: list[float]) -> tuple[array, int]:
    """The weights as integers × ``SCALE`` when that is exact (in the narrowest type that holds them),
    else as float64: (the array, its scale)."""
    scaled = [round(w * SCALE) for w in weights]
    if all(k / SCALE == w for k, w in zip(scaled, weights)):
        for code in ("h", "i"):
            bound = 1 << (8 * array(code).itemsize - 1)
            if all(-bound <= k < bound for k in scaled):
                return array(code, scaled), SCALE
    return array("d", weights), 1


def encode_weights(weights: Mapping[str, Mapping[str, float]], classes: Iterable[str],
                   extra: dict | None = None) -> bytes:
    """The file's bytes for ``{feature: {label: weight}}``: features and labels sorted, so the same
    weights always give the same bytes."""
    classes = sorted(classes)
    if len(classes) > 255:
        raise WeightsFormatError(f"{len(classes)} classes: the format holds at most 255")
    label_index = {label: i for i, label in enumerate(classes)}
    features = sorted(weights)
    offsets, labels, values = array("I", [0]), array("B"), []
    for feature in features:
        for label, weight in sorted(weights[feature].items()):
            labels.append(label_index[label])
            values.append(weight)
        offsets.append(len(labels))
    texts = [feature.encode("utf-8") for feature in features]
    starts = array("I", [0])
    for text in texts:
        starts.append(starts[-1] + len(text))
    size = 2
    while size < 2 * len(features):
        size *= 2
    slots, mask = array("I", [0]) * size, size - 1
    for row, text in enumerate(texts):
        slot = zlib.crc32(text) & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        slots[slot] = row + 1
    weight_values, scale = _weight_array(values)
    header = json.dumps({"classes": classes, "features": len(features), "entries": len(labels),
                         "text_bytes": starts[-1], "slots": size, "weight_type": weight_values.typecode,
                         "scale": scale, "extra": extra or {}},
                        ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    if sys.byteorder != "little":
        for part in (starts, slots, offsets, weight_values):
            part.byteswap()
    out = bytearray(MAGIC + struct.pack("<I", len(header)) + header)
    for part in (starts.tobytes(), slots.tobytes(), offsets.tobytes(), weight_values.tobytes(), labels.tobytes(),
                 b"".join(texts)):
        out += bytes(_padding(len(out)))
        out += part
    return bytes(out)


def decode_weights(data: bytes | mmap.mmap, name: str = "weights") -> Weights:
    """The ``Weights`` in a file's bytes (or a mapped file, read in place); ``name`` is for the error message."""
    if array("I").itemsize != 4:
        raise WeightsFormatError(f"{name}: this platform's C unsigned int is not 4 bytes")
    if data[:len(MAGIC)] != MAGIC or len(data) < len(MAGIC) + 4:
        raise WeightsFormatError(f"{name}: not a quizgen weights file (version 2)")
    view = memoryview(data)
    pos = len(MAGIC)
    (header_size,) = struct.unpack_from("<I", data, pos)
    pos += 4
    try:
        header = json.loads(bytes(view[pos:pos + header_size]))
        n, m, text_bytes, size = header["features"], header["entries"], header["text_bytes"], header["slots"]
        weight_type, scale = header["weight_type"], header["scale"]
        array(weight_type)  # (a type code array knows)
    except (ValueError, KeyError, TypeError):
        raise WeightsFormatError(f"{name}: truncated or damaged (its header)") from None
    pos += header_size
    sections = []
    for code, count in (("I", n + 1), ("I", size), ("I", n + 1), (weight_type, m), ("B", m), ("", text_bytes)):
        pos += _padding(pos)
        length = count * (array(code).itemsize if code else 1)
        sections.append((code, pos, length))
        pos += length
    if len(data) != pos or size & (size - 1):
        raise WeightsFormatError(f"{name}: truncated or damaged ({len(data):,} bytes)")
    parts = []
    for code, start, length in sections[:-1]:
        part = view[start:start + length]
        if code and code != "B":
            if sys.byteorder == "little":
                part = part.cast(code)
            else:
                part = array(code, part.tobytes())
                part.byteswap()
        parts.append(part)
    starts, slots, offsets, weights, labels = parts
    return Weights(tuple(header["classes"]), header["extra"], data, sections[-1][1], starts, slots, offsets, labels,
                   weights, scale)


def read_weights(path: Path, name: str | None = None) -> Weights:
    """The ``Weights`` of a file, mapped into memory (read in place: pages are read as they are used)."""
    with open(path, "rb") as handle:
        try:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # (an empty file cannot be mapped)
            raise WeightsFormatError(f"{name or path.name}: not a quizgen weights file (empty)") from None
    return decode_weights(mapped, name or path.name)


def write_weights(path: Path, weights: Mapping[str, Mapping[str, float]], classes: Iterable[str],
                  extra: dict | None = None) -> None:
    path.write_bytes(encode_weights(weights, classes, extra))


def unpack_weights(packed: Mapping[str, str], classes: list[str]) -> dict[str, dict[str, float]]:
    """The earlier JSON models' ``{feature: "label-index weight …"}`` strings as ``{feature: {label:
    weight}}`` (the weights were written with six significant digits, exact for these weights)."""
    out = {}
    for feature, text in packed.items():
        parts = text.split()
        out[feature] = {classes[int(i)]: float(w) for i, w in zip(parts[::2], parts[1::2])}
    return out
