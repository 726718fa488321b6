"""Our own dependency parser, kept as the comparison point for the shipped UDPipe parser
(docs/parser-choice.md): greedy arc-hybrid transitions chosen by an averaged perceptron, with a
second perceptron that labels each arc as it is made (trained by tools/train_parser.py; why this and
not UDPipe is in docs/parser-choice.md).

Conventions: words 0..n-1; index n is the root and sits at the end of the buffer. SHIFT pushes the
buffer front; LEFT gives the stack top the buffer front as its head; RIGHT gives the stack top the
word beneath it. LEFT onto the root is allowed only for the last word on the stack, so every parse
is one tree with one root.

The weights are saved as compact arrays (``parser.bin.gz``): each feature string is hashed to 64
bits, and a feature's weights are one row of a float array, so loading is a decompression and an
index build, not the decoding of a million JSON objects.
"""

from __future__ import annotations

import gzip
import json
import zlib
from array import array

SHIFT, LEFT, RIGHT = 0, 1, 2
MOVES = (SHIFT, LEFT, RIGHT)
MAGIC = b"QZGPARSER1\n"


def normalise(word: str) -> str:
    """Lower case; numbers and years collapse to a shape, so "1998" and "2003" share their weights."""
    if word.isdigit():
        return "!YEAR" if len(word) == 4 else "!DIGITS"
    if word[:1].isdigit():
        return "!NUM"
    return word.lower()


def feature_key(feature: str) -> int:
    """A 64-bit key for a feature string: CRC-32 and Adler-32 side by side (fast, and no two of the
    model's features share one; a model that had such a pair would fail to build, see SparseWeights)."""
    data = feature.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


class State:
    __slots__ = ("n", "i", "stack", "heads", "labels", "lefts", "rights")

    def __init__(self, n: int) -> None:
        self.n = n
        self.i = 0
        self.stack: list[int] = []
        self.heads = [-1] * (n + 1)
        self.labels = [""] * (n + 1)
        self.lefts: list[list[int]] = [[] for _ in range(n + 1)]
        self.rights: list[list[int]] = [[] for _ in range(n + 1)]

    def done(self) -> bool:
        return not self.stack and self.i >= self.n

    def valid(self) -> tuple[bool, bool, bool]:
        depth = len(self.stack)
        return (self.i < self.n, depth >= 1 and (self.i < self.n or depth == 1), depth >= 2)

    def head_of_move(self, move: int) -> int:
        return self.i if move == LEFT else self.stack[-2]

    def apply(self, move: int, label: str = "") -> None:
        if move == SHIFT:
            self.stack.append(self.i)
            self.i += 1
            return
        child = self.stack.pop()
        head = self.i if move == LEFT else self.stack[-1]
        self.heads[child] = head
        self.labels[child] = label
        (self.lefts if child < head else self.rights)[head].append(child)


def features(words: list[str], tags: list[str], state: State) -> list[str]:
    """Zhang & Nivre (2011)-style templates over the stack top three (s0-s2), the buffer front three
    (n0-n2), the outermost children of s0, s1 and n0, the s0-n0 distance, the valencies and the
    relations of the children attached so far."""
    n, stack, b = state.n, state.stack, state.i
    lefts, rights = state.lefts, state.rights
    depth = len(stack)
    s0 = stack[-1] if depth else -1
    s1 = stack[-2] if depth > 1 else -1
    s2 = stack[-3] if depth > 2 else -1

    def w(k: int) -> str:
        return words[k] if 0 <= k < n else ("<root>" if k == n else "")

    def t(k: int) -> str:
        return tags[k] if 0 <= k < n else ("<root>" if k == n else "")

    n1 = b + 1 if b + 1 < n else -1
    n2 = b + 2 if b + 2 < n else -1
    s0l = lefts[s0] if s0 >= 0 else []
    s0r = rights[s0] if s0 >= 0 else []
    s1r = rights[s1] if s1 >= 0 else []
    n0l = lefts[b]
    s0L, s0L2 = (s0l[0] if s0l else -1), (s0l[1] if len(s0l) > 1 else -1)
    s0R, s0R2 = (s0r[-1] if s0r else -1), (s0r[-2] if len(s0r) > 1 else -1)
    n0L, n0L2 = (n0l[0] if n0l else -1), (n0l[1] if len(n0l) > 1 else -1)
    s1R = s1r[-1] if s1r else -1
    rels = state.labels

    ws0, ws1, wn0, wn1, wn2 = w(s0), w(s1), w(b), w(n1), w(n2)
    ts0, ts1, ts2, tn0, tn1, tn2 = t(s0), t(s1), t(s2), t(b), t(n1), t(n2)
    ts0L, ts0L2, ts0R, ts0R2, tn0L, tn0L2, ts1R = t(s0L), t(s0L2), t(s0R), t(s0R2), t(n0L), t(n0L2), t(s1R)
    dist = min(b - s0, 6) if s0 >= 0 else 0
    vs0l, vs0r, vn0l = len(s0l), len(s0r), len(n0l)
    return [
        "bias",
        f"s0w {ws0}", f"s0t {ts0}", f"s0wt {ws0} {ts0}",
        f"n0w {wn0}", f"n0t {tn0}", f"n0wt {wn0} {tn0}",
        f"n1w {wn1}", f"n1t {tn1}", f"n1wt {wn1} {tn1}",
        f"n2w {wn2}", f"n2t {tn2}",
        f"s1w {ws1}", f"s1t {ts1}", f"s1wt {ws1} {ts1}",
        f"s2t {ts2}",
        f"s0Lw {w(s0L)}", f"s0Lt {ts0L}", f"s0Rw {w(s0R)}", f"s0Rt {ts0R}",
        f"n0Lw {w(n0L)}", f"n0Lt {tn0L}", f"s1Rt {ts1R}",
        f"s0wt.n0wt {ws0} {ts0} {wn0} {tn0}", f"s0wt.n0w {ws0} {ts0} {wn0}", f"s0w.n0wt {ws0} {wn0} {tn0}",
        f"s0wt.n0t {ws0} {ts0} {tn0}", f"s0t.n0wt {ts0} {wn0} {tn0}", f"s0w.n0w {ws0} {wn0}",
        f"s0t.n0t {ts0} {tn0}", f"n0t.n1t {tn0} {tn1}", f"s1t.s0t {ts1} {ts0}", f"s1w.s0w {ws1} {ws0}",
        f"s1wt.s0t {ws1} {ts1} {ts0}", f"s1t.s0wt {ts1} {ws0} {ts0}", f"s0w.n1w {ws0} {wn1}",
        f"n0t.n1t.n2t {tn0} {tn1} {tn2}", f"s0t.n0t.n1t {ts0} {tn0} {tn1}", f"s0wt.n0t.n1t {ws0} {ts0} {tn0} {tn1}",
        f"s1t.s0t.n0t {ts1} {ts0} {tn0}", f"s2t.s1t.s0t {ts2} {ts1} {ts0}",
        f"s0t.s0Lt.n0t {ts0} {ts0L} {tn0}", f"s0t.s0Rt.n0t {ts0} {ts0R} {tn0}", f"s0t.n0t.n0Lt {ts0} {tn0} {tn0L}",
        f"s0t.s0Lt.s0L2t {ts0} {ts0L} {ts0L2}", f"s0t.s0Rt.s0R2t {ts0} {ts0R} {ts0R2}",
        f"n0t.n0Lt.n0L2t {tn0} {tn0L} {tn0L2}", f"s1t.s1Rt.s0t {ts1} {ts1R} {ts0}",
        f"s0w.s0Rt.n0t {ws0} {ts0R} {tn0}", f"s0w.s0Lt.n0t {ws0} {ts0L} {tn0}",
        f"s0w.d {ws0} {dist}", f"s0t.d {ts0} {dist}", f"n0w.d {wn0} {dist}", f"n0t.d {tn0} {dist}",
        f"s0w.n0w.d {ws0} {wn0} {dist}", f"s0t.n0t.d {ts0} {tn0} {dist}",
        f"s0w.vr {ws0} {vs0r}", f"s0t.vr {ts0} {vs0r}", f"s0w.vl {ws0} {vs0l}", f"s0t.vl {ts0} {vs0l}",
        f"n0w.vl {wn0} {vn0l}", f"n0t.vl {tn0} {vn0l}", f"s0t.n0t.vl {ts0} {tn0} {vs0l} {vn0l}",
        f"s0Ll {rels[s0L]}", f"s0L2l {rels[s0L2]}", f"s0Rl {rels[s0R]}", f"s0R2l {rels[s0R2]}",
        f"n0Ll {rels[n0L]}", f"n0L2l {rels[n0L2]}", f"s1Rl {rels[s1R]}",
        f"s0wt.s0ll {ws0} {ts0} {'|'.join(sorted({rels[k] for k in s0l}))}",
        f"s0wt.s0rl {ws0} {ts0} {'|'.join(sorted({rels[k] for k in s0r}))}",
        f"n0wt.n0ll {wn0} {tn0} {'|'.join(sorted({rels[k] for k in n0l}))}",
        f"s0t.s0Ll.n0t {ts0} {rels[s0L]} {tn0}", f"s0t.s0Rl.n0t {ts0} {rels[s0R]} {tn0}",
        f"depth.n0t {min(depth, 3)} {tn0}",
    ]


def label_features(words: list[str], tags: list[str], state: State, d: int, h: int) -> list[str]:
    """Features for the relation of word d to head h when the arc is made: d's subtree is complete,
    h has the children attached so far."""
    n = len(words)
    wd, td = words[d], tags[d]
    wh, th = (words[h], tags[h]) if h < n else ("<root>", "<root>")
    direction = "L" if d < h else "R"
    dist = min(abs(h - d), 6)
    prev_t = tags[d - 1] if d > 0 else "<s>"
    next_t = tags[d + 1] if d + 1 < n else "</s>"
    rels = state.labels
    kids = state.lefts[d] + state.rights[d]
    out = [
        f"dir {direction}", f"dw {wd}", f"dt {td}", f"dwt {wd} {td}", f"hw {wh}", f"ht {th}", f"hwt {wh} {th}",
        f"dt.ht {td} {th} {direction}", f"dw.ht {wd} {th} {direction}", f"dt.hw {td} {wh} {direction}",
        f"dw.hw {wd} {wh}", f"dt.ht.dist {td} {th} {dist} {direction}", f"prev.dt.ht {prev_t} {td} {th}",
        f"next.dt.ht {next_t} {td} {th}", f"suffix {wd[-3:]} {td}", f"kids {min(len(kids), 4)} {td}",
        f"first {d == 0} {td} {th}", f"kidrels {'|'.join(sorted({rels[k] for k in kids}))} {td} {th}",
    ]
    for kid in kids:
        side = "L" if kid < d else "R"
        out.append(f"kt {side} {tags[kid]} {td}")
        out.append(f"kw {side} {words[kid]} {td}")
        out.append(f"kl {side} {rels[kid]} {td} {th}")
    siblings = state.lefts[h] if d < h else state.rights[h]
    if siblings:
        nearest = siblings[-1] if d > h else siblings[0]
        out.append(f"sib {tags[nearest]} {rels[nearest]} {td} {th}")
        out.append(f"sib.w {words[nearest]} {rels[nearest]} {td}")
    return out


class SparseWeights:
    """Weights of one averaged perceptron: a row of (class, weight) pairs per feature key."""

    def __init__(self, keys: array, offsets: array, classes: array, weights: array, n_classes: int):
        self.index = dict(zip(keys, range(len(keys))))
        if len(self.index) != len(keys) or len(offsets) != len(keys) + 1:
            raise ValueError("parser weights: two features share a key, or the rows do not add up")
        self.keys, self.offsets, self.classes, self.weights, self.n_classes = keys, offsets, classes, weights, n_classes

    @classmethod
    def from_rows(cls, rows: dict[str, dict[int, float]], n_classes: int) -> SparseWeights:
        keys, offsets, classes, weights = array("Q"), array("I", [0]), array("B"), array("f")
        for feature in sorted(rows, key=feature_key):
            keys.append(feature_key(feature))
            for label, weight in sorted(rows[feature].items()):
                classes.append(label)
                weights.append(weight)
            offsets.append(len(classes))
        return cls(keys, offsets, classes, weights, n_classes)

    def scores(self, features: list[str]) -> list[float]:
        scores = [0.0] * self.n_classes
        index, offsets, classes, weights = self.index, self.offsets, self.classes, self.weights
        for feature in features:
            row = index.get(feature_key(feature))
            if row is not None:
                for k in range(offsets[row], offsets[row + 1]):
                    scores[classes[k]] += weights[k]
        return scores

    def arrays(self) -> list[array]:
        return [self.keys, self.offsets, self.classes, self.weights]


class TransitionParser:
    def __init__(self, labels: list[str], moves: SparseWeights, labeller: SparseWeights):
        self.labels = labels
        self.root = labels.index("root")
        self.moves = moves
        self.labeller = labeller

    def parse(self, words: list[str], tags: list[str]) -> list[tuple[int, str]]:
        """(head, relation) for each word: the head's index in ``words``, the root's own index."""
        n = len(words)
        if not n:
            return []
        state = self.parse_state([normalise(word) for word in words], tags)
        return [(i if state.heads[i] == n else state.heads[i], state.labels[i]) for i in range(n)]

    def parse_state(self, words: list[str], tags: list[str]) -> State:
        state = State(len(words))
        while not state.done():
            scores = self.moves.scores(features(words, tags, state))
            valid = state.valid()
            move = max((m for m in MOVES if valid[m]), key=scores.__getitem__)
            state.apply(move, self.label(words, tags, state, move) if move != SHIFT else "")
        return state

    def label(self, words: list[str], tags: list[str], state: State, move: int) -> str:
        head = state.head_of_move(move)
        if head == state.n:
            return "root"
        scores = self.labeller.scores(label_features(words, tags, state, state.stack[-1], head))
        scores[self.root] = float("-inf")
        return self.labels[max(range(len(scores)), key=scores.__getitem__)]

    # -- the shipped file: a JSON header line, then the arrays, all gzipped --------------------------
    def to_bytes(self) -> bytes:
        parts = self.moves.arrays() + self.labeller.arrays()
        header = {"labels": self.labels, "moves_classes": self.moves.n_classes,
                  "lengths": [len(a) for a in parts], "codes": [a.typecode for a in parts]}
        body = b"".join(a.tobytes() for a in parts)
        return MAGIC + json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + body

    @classmethod
    def from_bytes(cls, data: bytes) -> TransitionParser:
        if not data.startswith(MAGIC):
            raise ValueError("not a quizgen parser model")
        end = data.index(b"\n", len(MAGIC))
        header = json.loads(data[len(MAGIC):end])
        parts, at = [], end + 1
        for code, length in zip(header["codes"], header["lengths"]):
            a = array(code)
            size = a.itemsize * length
            a.frombytes(data[at:at + size])
            parts.append(a)
            at += size
        labels = header["labels"]
        return cls(labels, SparseWeights(*parts[:4], header["moves_classes"]),
                   SparseWeights(*parts[4:], len(labels)))

    def save(self, path) -> int:
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as handle:
            handle.write(self.to_bytes())
        return path.stat().st_size
