"""Our own dependency parser, built as the comparison point for UDPipe 1 (issue 10; docs/parser-choice.md).

    python -m tools.own_parser train --train /tmp/train.conllu --heldout /tmp/heldout.conllu \\
        --model /tmp/own-parser.json.gz --iterations 10 [--limit 5000]
    python -m tools.own_parser evaluate --model /tmp/own-parser.json.gz

A greedy arc-hybrid transition parser with a dynamic oracle (Goldberg & Nivre 2013) and an averaged
perceptron over hand-built feature templates (after Zhang & Nivre 2011 and Honnibal's "parsing English in
500 lines of Python"), with a relation labeller: a second averaged perceptron that labels each arc as it is
made. In the arc-hybrid system a word is attached only once all its own dependents are, so the labeller
sees the dependent's whole subtree, and the move templates can use the relations of the children made so
far (Zhang & Nivre's label features) at the cost of one small classification per word, not a move per
relation. Pure Python at run time: that is the speed that would ship.

Conventions: words 0..n-1; index n is the root and sits at the end of the buffer. Moves: SHIFT pushes the
buffer front; LEFT gives the stack top the buffer front as its head; RIGHT gives the stack top the word
beneath it as its head. LEFT onto the root is allowed only for the last word on the stack, so every parse
is a single-rooted tree. Training trees that are not projective are made projective by lifting arcs
(the lifted word takes its grandparent as head) so the oracle can reach them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

SHIFT, LEFT, RIGHT = 0, 1, 2
MOVES = (SHIFT, LEFT, RIGHT)


# --- words as features -------------------------------------------------------------------------------

def normalise(word: str) -> str:
    """Lower case; numbers and years collapse to a shape, so "1998" and "2003" share their weights."""
    if word.isdigit():
        return "!YEAR" if len(word) == 4 else "!DIGITS"
    if word[:1].isdigit():
        return "!NUM"
    return word.lower()


# --- the averaged perceptron ---------------------------------------------------------------------------

class Perceptron:
    """Sparse multi-class averaged perceptron; weights[feature][class] (dict of dicts), averaged lazily."""

    def __init__(self, classes: int) -> None:
        self.classes = classes
        self.weights: dict[str, dict[int, float]] = {}
        self._totals: dict[tuple[str, int], float] = defaultdict(float)
        self._stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.instances = 0

    def scores(self, features: list[str]) -> list[float]:
        scores = [0.0] * self.classes
        weights = self.weights
        for feature in features:
            row = weights.get(feature)
            if row:
                for label, weight in row.items():
                    scores[label] += weight
        return scores

    def update(self, truth: int, guess: int, features: list[str]) -> None:
        self.instances += 1
        if truth == guess:
            return
        for feature in features:
            row = self.weights.setdefault(feature, {})
            for label, delta in ((truth, 1.0), (guess, -1.0)):
                key = (feature, label)
                weight = row.get(label, 0.0)
                self._totals[key] += (self.instances - self._stamps[key]) * weight
                self._stamps[key] = self.instances
                row[label] = weight + delta

    def tick(self) -> None:
        """Count one more training instance without an update (keeps the averaging exact)."""
        self.instances += 1

    def averaged(self) -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = {}
        for feature, row in self.weights.items():
            averaged_row = {}
            for label, weight in row.items():
                key = (feature, label)
                total = self._totals[key] + (self.instances - self._stamps[key]) * weight
                value = total / self.instances
                if value:
                    averaged_row[label] = value
            if averaged_row:
                out[feature] = averaged_row
        return out


# --- the transition system -----------------------------------------------------------------------------

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


def zero_cost(state: State, gold: list[int], gold_rightmost: list[int], gold_lefts: list[list[int]],
              in_stack: list[bool]) -> tuple[bool, bool, bool]:
    """Which moves lose no gold arc that is still reachable (arc-hybrid; exact for projective gold)."""
    stack, b = state.stack, state.i
    shift_ok = left_ok = right_ok = False
    can_shift, can_left, can_right = state.valid()
    if can_shift:
        head = gold[b]
        shift_ok = not ((head < b and in_stack[head] and head != stack[-1]) if stack else False)
        if shift_ok:
            shift_ok = not any(in_stack[d] for d in gold_lefts[b])
    if stack:
        s0 = stack[-1]
        lost_child = gold_rightmost[s0] >= b
        head = gold[s0]
        if can_left:
            left_ok = not lost_child and (head == b or not (head > b or (len(stack) >= 2 and head == stack[-2])))
        if can_right:
            right_ok = not lost_child and head < b
    return shift_ok, left_ok, right_ok


def features(words: list[str], tags: list[str], state: State) -> list[str]:
    """Zhang & Nivre-style templates over the stack top three (s0-s2), the buffer front three (n0-n2),
    the outermost children of s0, s1 and n0, the s0-n0 distance and the valencies."""
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
        # unigrams
        f"s0w {ws0}", f"s0t {ts0}", f"s0wt {ws0} {ts0}",
        f"n0w {wn0}", f"n0t {tn0}", f"n0wt {wn0} {tn0}",
        f"n1w {wn1}", f"n1t {tn1}", f"n1wt {wn1} {tn1}",
        f"n2w {wn2}", f"n2t {tn2}",
        f"s1w {ws1}", f"s1t {ts1}", f"s1wt {ws1} {ts1}",
        f"s2t {ts2}",
        f"s0Lw {w(s0L)}", f"s0Lt {ts0L}", f"s0Rw {w(s0R)}", f"s0Rt {ts0R}",
        f"n0Lw {w(n0L)}", f"n0Lt {tn0L}", f"s1Rt {ts1R}",
        # pairs of s0 and n0
        f"s0wt.n0wt {ws0} {ts0} {wn0} {tn0}", f"s0wt.n0w {ws0} {ts0} {wn0}", f"s0w.n0wt {ws0} {wn0} {tn0}",
        f"s0wt.n0t {ws0} {ts0} {tn0}", f"s0t.n0wt {ts0} {wn0} {tn0}", f"s0w.n0w {ws0} {wn0}",
        f"s0t.n0t {ts0} {tn0}", f"n0t.n1t {tn0} {tn1}", f"s1t.s0t {ts1} {ts0}", f"s1w.s0w {ws1} {ws0}",
        f"s1wt.s0t {ws1} {ts1} {ts0}", f"s1t.s0wt {ts1} {ws0} {ts0}", f"s0w.n1w {ws0} {wn1}",
        # tag trigrams
        f"n0t.n1t.n2t {tn0} {tn1} {tn2}", f"s0t.n0t.n1t {ts0} {tn0} {tn1}", f"s0wt.n0t.n1t {ws0} {ts0} {tn0} {tn1}",
        f"s1t.s0t.n0t {ts1} {ts0} {tn0}", f"s2t.s1t.s0t {ts2} {ts1} {ts0}",
        f"s0t.s0Lt.n0t {ts0} {ts0L} {tn0}", f"s0t.s0Rt.n0t {ts0} {ts0R} {tn0}", f"s0t.n0t.n0Lt {ts0} {tn0} {tn0L}",
        f"s0t.s0Lt.s0L2t {ts0} {ts0L} {ts0L2}", f"s0t.s0Rt.s0R2t {ts0} {ts0R} {ts0R2}",
        f"n0t.n0Lt.n0L2t {tn0} {tn0L} {tn0L2}", f"s1t.s1Rt.s0t {ts1} {ts1R} {ts0}",
        f"s0w.s0Rt.n0t {ws0} {ts0R} {tn0}", f"s0w.s0Lt.n0t {ws0} {ts0L} {tn0}",
        # distance
        f"s0w.d {ws0} {dist}", f"s0t.d {ts0} {dist}", f"n0w.d {wn0} {dist}", f"n0t.d {tn0} {dist}",
        f"s0w.n0w.d {ws0} {wn0} {dist}", f"s0t.n0t.d {ts0} {tn0} {dist}",
        # valency
        f"s0w.vr {ws0} {vs0r}", f"s0t.vr {ts0} {vs0r}", f"s0w.vl {ws0} {vs0l}", f"s0t.vl {ts0} {vs0l}",
        f"n0w.vl {wn0} {vn0l}", f"n0t.vl {tn0} {vn0l}", f"s0t.n0t.vl {ts0} {tn0} {vs0l} {vn0l}",
        # relations of the children made so far (Zhang & Nivre's label features)
        f"s0Ll {rels[s0L]}", f"s0L2l {rels[s0L2]}", f"s0Rl {rels[s0R]}", f"s0R2l {rels[s0R2]}",
        f"n0Ll {rels[n0L]}", f"n0L2l {rels[n0L2]}", f"s1Rl {rels[s1R]}",
        f"s0wt.s0ll {ws0} {ts0} {'|'.join(sorted({rels[k] for k in s0l}))}",
        f"s0wt.s0rl {ws0} {ts0} {'|'.join(sorted({rels[k] for k in s0r}))}",
        f"n0wt.n0ll {wn0} {tn0} {'|'.join(sorted({rels[k] for k in n0l}))}",
        f"s0t.s0Ll.n0t {ts0} {rels[s0L]} {tn0}", f"s0t.s0Rl.n0t {ts0} {rels[s0R]} {tn0}",
        # the stack's depth matters at the end of the sentence (only RIGHT, then LEFT onto the root)
        f"depth.n0t {min(depth, 3)} {tn0}",
    ]


# --- labelling the finished tree -----------------------------------------------------------------------

def label_features(words: list[str], tags: list[str], state: State, d: int, h: int) -> list[str]:
    """Features for the relation of word d to head h, at the moment the arc is made: d's subtree is
    complete, h has the children attached so far."""
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


# --- the parser: parsing, training, saving -------------------------------------------------------------

class Parser:
    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        self.label_index = {label: k for k, label in enumerate(labels)}
        self.root = self.label_index["root"]
        self.moves = Perceptron(3)
        self.labeller = Perceptron(len(labels))
        # at run time, weights are plain (averaged, pruned) dicts; during training the live ones are used
        self.move_weights: dict[str, dict[int, float]] | None = None
        self.label_weights: dict[str, dict[int, float]] | None = None

    # run time ---------------------------------------------------------------------------------------

    def parse(self, words: list[str], tags: list[str]) -> list[tuple[int, str]]:
        """(head, relation) for each word: the head's index in ``words``, the root's own index."""
        n = len(words)
        if not n:
            return []
        state = self._parse([normalise(word) for word in words], tags)
        return [(i if state.heads[i] == n else state.heads[i], state.labels[i]) for i in range(n)]

    def _parse(self, words: list[str], tags: list[str]) -> State:
        weights = self.move_weights if self.move_weights is not None else self.moves.weights
        state = State(len(words))
        while not state.done():
            scores = [0.0, 0.0, 0.0]
            for feature in features(words, tags, state):
                row = weights.get(feature)
                if row:
                    for move, weight in row.items():
                        scores[move] += weight
            valid = state.valid()
            move = max((m for m in MOVES if valid[m]), key=scores.__getitem__)
            state.apply(move, self._label(words, tags, state, move) if move != SHIFT else "")
        return state

    def _label(self, words: list[str], tags: list[str], state: State, move: int) -> str:
        head = state.head_of_move(move)
        if head == state.n:
            return "root"
        weights = self.label_weights if self.label_weights is not None else self.labeller.weights
        scores = [0.0] * len(self.labels)
        for feature in label_features(words, tags, state, state.stack[-1], head):
            row = weights.get(feature)
            if row:
                for label, weight in row.items():
                    scores[label] += weight
        scores[self.root] = float("-inf")
        return self.labels[max(range(len(scores)), key=scores.__getitem__)]

    # training ---------------------------------------------------------------------------------------

    def train_sentence(self, words: list[str], tags: list[str], gold: list[int], gold_labels: list[str],
                       explore: bool) -> tuple[int, int]:
        """One pass of the dynamic oracle over a sentence; the labeller learns each arc whose head is right.
        Returns (moves right, moves made)."""
        n = len(words)
        gold_rightmost = [-1] * (n + 1)
        gold_lefts: list[list[int]] = [[] for _ in range(n + 1)]
        for d, h in enumerate(gold):
            gold_rightmost[h] = max(gold_rightmost[h], d)
            if d < h:
                gold_lefts[h].append(d)
        in_stack = [False] * (n + 1)
        state = State(n)
        right = made = 0
        moves, labeller = self.moves, self.labeller
        while not state.done():
            feats = features(words, tags, state)
            scores = moves.scores(feats)
            valid = state.valid()
            guess = max((m for m in MOVES if valid[m]), key=scores.__getitem__)
            ok = zero_cost(state, gold, gold_rightmost, gold_lefts, in_stack)
            options = [m for m in MOVES if ok[m]] or [m for m in MOVES if valid[m]]
            best = max(options, key=scores.__getitem__)
            moves.update(best, guess, feats)
            right += guess in options
            made += 1
            move = guess if explore else best
            label = ""
            if move == SHIFT:
                in_stack[state.i] = True
            else:
                child, head = state.stack[-1], state.head_of_move(move)
                in_stack[child] = False
                if head == n:
                    label = "root"
                else:
                    label_feats = label_features(words, tags, state, child, head)
                    label_scores = labeller.scores(label_feats)
                    label_scores[self.root] = float("-inf")
                    predicted = max(range(len(label_scores)), key=label_scores.__getitem__)
                    if gold[child] == head:
                        labeller.update(self.label_index[gold_labels[child]], predicted, label_feats)
                    # the parser goes on with the relation it predicted, as it will at run time
                    label = self.labels[predicted] if explore else gold_labels[child]
            state.apply(move, label)
        return right, made

    def freeze(self) -> None:
        """Use the averaged weights (for evaluation between iterations and for saving)."""
        self.move_weights = self.moves.averaged()
        self.label_weights = self.labeller.averaged()

    def save(self, path: Path, threshold: float = 0.0) -> int:
        def prune(weights: dict[str, dict[int, float]]) -> dict[str, dict[str, float]]:
            out = {}
            for feature, row in weights.items():
                kept = {str(k): round(v, 3) for k, v in row.items() if abs(v) > threshold}
                if kept:
                    out[feature] = kept
            return out

        data = {"labels": self.labels, "moves": prune(self.move_weights or {}),
                "labeller": prune(self.label_weights or {})}
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
            json.dump(data, handle, separators=(",", ":"))
        return path.stat().st_size

    @classmethod
    def load(cls, path: Path) -> Parser:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        parser = cls(data["labels"])
        parser.move_weights = {f: {int(k): v for k, v in row.items()} for f, row in data["moves"].items()}
        parser.label_weights = {f: {int(k): v for k, v in row.items()} for f, row in data["labeller"].items()}
        return parser


# --- data ------------------------------------------------------------------------------------------------

def projectivise(heads: list[int]) -> list[int]:
    """Lift non-projective arcs (the dependent takes its head's head) until the tree is projective.
    heads: 0-based, root = len(heads)."""
    heads = list(heads)
    n = len(heads)

    def dominated(k: int, h: int) -> bool:
        while k != n and k != h:
            k = heads[k]
        return k == h

    while True:
        worst = None
        for d, h in enumerate(heads):
            lo, hi = min(d, h), max(d, h)
            if h != n and any(not dominated(k, h) for k in range(lo + 1, hi)):
                if worst is None or hi - lo < worst[1]:
                    worst = (d, hi - lo)
        if worst is None:
            return heads
        heads[worst[0]] = heads[heads[worst[0]]]


def is_tree(heads: list[int]) -> bool:
    """Every word reaches the root. (Joining hyphenated words can leave a cycle, e.g. "Sri Lanka-born"
    where UD's "Sri" depends on "born" and "Lanka-born" on "Sri".)"""
    n = len(heads)
    for k in range(n):
        steps = 0
        while k != n and steps <= n:
            k, steps = heads[k], steps + 1
        if k != n:
            return False
    return True


def load_conllu(path: Path) -> list[tuple[list[str], list[str], list[int], list[str]]]:
    """(normalised words, tags, 0-based heads with the root at n, relations) per sentence that is a tree."""
    from tools.treebank import read_trees

    out = []
    for tree in read_trees(path):
        n = len(tree.words)
        heads = [h - 1 if h else n for h in tree.heads]
        if is_tree(heads):
            out.append(([normalise(w) for w in tree.words], tree.tags, heads, tree.deprels))
    return out


def attachment(parser: Parser, data: list[tuple[list[str], list[str], list[int], list[str]]]) -> tuple[float, float]:
    heads = labels = total = 0
    for words, tags, gold, rels in data:
        n = len(words)
        state = parser._parse(words, tags)
        predicted, names = state.heads, state.labels
        for i in range(n):
            if predicted[i] == gold[i]:
                heads += 1
                labels += names[i].split(":")[0] == rels[i].split(":")[0]
        total += n
    return heads / total, labels / total


def train(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    data = load_conllu(args.train)
    if args.limit:
        data = data[:args.limit]
    heldout = load_conllu(args.heldout)
    labels = sorted({rel for _, _, _, rels in data for rel in rels} | {"root"})
    parser = Parser(labels)
    training = [(words, tags, projectivise(heads), rels) for words, tags, heads, rels in data]
    print(f"{len(training):,} sentences, {sum(len(s[0]) for s in training):,} tokens, {len(labels)} relations",
          flush=True)
    rng = random.Random(1)
    best = (-1.0, 0)
    for iteration in range(1, args.iterations + 1):
        rng.shuffle(training)
        right = made = 0
        for words, tags, heads, rels in training:
            r, m = parser.train_sentence(words, tags, heads, rels, explore=iteration > 1)
            right += r
            made += m
        parser.freeze()
        uas, las = attachment(parser, heldout)
        minutes = (time.perf_counter() - started) / 60
        print(f"iteration {iteration}: train moves {right / made:.2%}  heldout UAS {uas:.2%} LAS {las:.2%}  "
              f"({minutes:.1f} min)", flush=True)
        if las > best[0]:
            best = (las, iteration)
            size = parser.save(args.model, args.prune)
            print(f"  saved {args.model} ({size / 1e6:.2f} MB)", flush=True)
    print(f"best iteration {best[1]} (heldout LAS {best[0]:.2%}); "
          f"trained in {(time.perf_counter() - started) / 60:.1f} min", flush=True)


def evaluate(args: argparse.Namespace) -> None:
    from quizgen.nlp.pos import pos_tag
    from tools.treebank import ewt_trees, gum_trees

    parser = Parser.load(args.model)
    print(f"model {args.model}: {args.model.stat().st_size / 1e6:.2f} MB gzipped JSON, "
          f"{len(parser.move_weights or {}):,} move features, {len(parser.label_weights or {}):,} label features")
    pos_tag(["Warm", "up", "."])
    for name, trees in (("EWT test", ewt_trees("test")), ("GUM news (held out)", gum_trees(held_out=True, genre="news"))):
        tag_time = parse_time = tag_cpu = parse_cpu = 0.0
        heads = labels = total = 0
        for tree in trees:
            t0, c0 = time.perf_counter(), time.process_time()
            tags = pos_tag(tree.words)
            t1, c1 = time.perf_counter(), time.process_time()
            parsed = parser.parse(tree.words, tags)
            parse_time += time.perf_counter() - t1
            parse_cpu += time.process_time() - c1
            tag_time += t1 - t0
            tag_cpu += c1 - c0
            for i, (head, rel) in enumerate(parsed):  # scored as tools.evaluate.attachment_scores scores
                gold_head = tree.heads[i] - 1 if tree.heads[i] else i
                if head == gold_head:
                    heads += 1
                    labels += rel.split(":")[0] == tree.deprels[i].split(":")[0]
            total += len(parsed)
        # wall-clock speed depends on what else the machine runs; CPU-time speed is what one free core gives
        print(f"  {name:<20} UAS {heads / total:6.2%}  LAS {labels / total:6.2%}  on {total:,} tokens\n"
              f"  {'':<20} tokens/s, wall clock: parsing {total / parse_time:,.0f}, "
              f"tagging + parsing {total / (tag_time + parse_time):,.0f}; CPU time: parsing {total / parse_cpu:,.0f}, "
              f"tagging + parsing {total / (tag_cpu + parse_cpu):,.0f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = cli.add_subparsers(dest="command", required=True)
    trainer = commands.add_parser("train")
    trainer.add_argument("--train", type=Path, required=True)
    trainer.add_argument("--heldout", type=Path, required=True)
    trainer.add_argument("--model", type=Path, required=True)
    trainer.add_argument("--iterations", type=int, default=10)
    trainer.add_argument("--limit", type=int, default=0, help="train on the first N sentences only")
    trainer.add_argument("--prune", type=float, default=1.0,
                         help="drop averaged weights this small or smaller (1.0 keeps heldout accuracy, 43%% of the size)")
    evaluator = commands.add_parser("evaluate")
    evaluator.add_argument("--model", type=Path, required=True)
    args = cli.parse_args(argv)
    (train if args.command == "train" else evaluate)(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
