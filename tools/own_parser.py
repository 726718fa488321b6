"""Our own dependency parser, trained as the comparison point for the shipped UDPipe parser (its
parsing side is tools/transition.py; the comparison and why UDPipe ships: docs/parser-choice.md).
``python -m tools.train_models own-parser`` runs it on the jackknifed treebank files that
tools/train_parser.py writes; by hand:

    python -m tools.own_parser train --train build/parser/train.conllu --heldout build/parser/heldout.conllu \\
        --model build/parser/own-parser.bin.gz --iterations 7
    python -m tools.own_parser evaluate [--model build/parser/own-parser.bin.gz]

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
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from tools.transition import (
    MOVES,
    SHIFT,
    SparseWeights,
    State,
    TransitionParser,
    features,
    label_features,
    normalise,
)

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

    def runtime(self) -> TransitionParser:
        """The shipped parser's transition loop over these weights: the averaged ones once frozen, the
        live ones during training (a Perceptron scores features as SparseWeights does)."""
        def scorer(frozen: dict[str, dict[int, float]] | None, live: Perceptron) -> Perceptron:
            if frozen is None:
                return live
            view = Perceptron(live.classes)
            view.weights = frozen
            return view

        return TransitionParser(self.labels, scorer(self.move_weights, self.moves),
                                scorer(self.label_weights, self.labeller))

    def parse(self, words: list[str], tags: list[str]) -> list[tuple[int, str]]:
        return self.runtime().parse(words, tags)

    def _parse(self, words: list[str], tags: list[str]) -> State:
        return self.runtime().parse_state(words, tags)

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

    def shipped(self, threshold: float = 0.0) -> TransitionParser:
        """The run-time parser (quizgen.nlp.transition) with the averaged weights, those of magnitude
        ``threshold`` or less dropped, rounded to 3 decimals."""
        def prune(weights: dict[str, dict[int, float]]) -> dict[str, dict[int, float]]:
            out = {}
            for feature, row in weights.items():
                kept = {k: round(v, 3) for k, v in row.items() if abs(v) > threshold}
                if kept:
                    out[feature] = kept
            return out

        return TransitionParser(self.labels, SparseWeights.from_rows(prune(self.move_weights or {}), 3),
                                SparseWeights.from_rows(prune(self.label_weights or {}), len(self.labels)))

    def save(self, path: Path, threshold: float = 0.0) -> int:
        return self.shipped(threshold).save(path)


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
    """A saved model's figures, scored exactly as ``python -m tools.evaluate parser`` scores the shipped one."""
    from tools.evaluate import attachment_scores
    from tools.treebank import ewt_trees, gum_trees

    with gzip.open(args.model, "rb") as handle:
        parser = TransitionParser.from_bytes(handle.read())
    for name, trees in (("EWT test", ewt_trees("test")), ("GUM news (held out)", gum_trees(held_out=True, genre="news"))):
        uas, las, total, speed = attachment_scores(trees, parser.parse)
        print(f"  {name:<22} UAS {uas:6.2%}  LAS {las:6.2%}  on {total:,} tokens  ({speed:,.0f} tokens/s tagging + parsing)")


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
    evaluator.add_argument("--model", type=Path, default=Path("build/parser/own-parser.bin.gz"))
    args = cli.parse_args(argv)
    (train if args.command == "train" else evaluate)(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
