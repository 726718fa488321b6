"""Train the dependency parser and the lemma table.

    python -m tools.train_models parser lemmas     # the shipped parser (UDPipe 1's Parsito) and lemmas
    python -m tools.train_models own-parser        # our own transition parser, which docs/parser-choice.md compares

The parser learns from EWT train and GUM's training documents (never EWT test, GUM's held-out news
or the GUM documents of ../shared/dev2). It reads the Penn tags quizgen's own tagger gives, not the
treebank's gold tags: at run time it only ever sees predicted tags, and a parser trained on perfect
tags learns to trust them more than it can. The training tags are jackknifed: the corpus is cut
into folds and each fold is tagged by a tagger trained, like the shipped one, on everything else.
"""

from __future__ import annotations

import os
import random
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

from tools.corpora import gmb
from tools.paths import MODELS
from tools.treebank import Tree, ewt_trees, gum_trees

SEED = 1234
FOLDS = 4
WORK = Path(os.environ.get("QUIZGEN_WORK", Path(__file__).resolve().parents[1] / "build" / "parser"))
PARSER_OPTIONS = os.environ.get("QUIZGEN_PARSER_OPTIONS", (
    "iterations=12;hidden_layer=200;batch_size=10;learning_rate=0.02;learning_rate_final=0.001;l2=0.5;"
    "embedding_upostag=0;embedding_feats=0;embedding_xpostag=20;embedding_form=50;embedding_lemma=0;"
    "embedding_deprel=20;transition_system=projective;transition_oracle=dynamic;structured_interval=8;"
    "early_stopping=1"))


def _fold_tags(args: tuple[int, list[Tree], list[Tree]]) -> tuple[int, list[list[str]], list[list[str]]]:
    """Tag fold ``k`` (and the held-out trees) with a tagger trained on every other fold plus GMB."""
    from tools.train_models import MIN_FEATURE_WEIGHT, _rounded, _trained_tagger

    k, trees, extra = args
    train = [t for i, t in enumerate(trees) if i % FOLDS != k]
    corpus = [_as_sentence(t) for t in train] + gmb()[0]
    tagger = _trained_tagger(corpus)
    tagger.model.weights = _rounded(tagger.model.weights, MIN_FEATURE_WEIGHT["pos"])
    own = [[tag for _, tag in tagger.tag(t.words)] for i, t in enumerate(trees) if i % FOLDS == k]
    return k, own, [[tag for _, tag in tagger.tag(t.words)] for t in extra]


def _as_sentence(tree: Tree):
    from tools.corpora import CorpusSentence

    return CorpusSentence(tree.words, tree.tags)


def jackknifed_training_files() -> tuple[Path, Path]:
    """Write train.conllu (jackknifed tags) and heldout.conllu (EWT dev, tagged by a fold's tagger)."""
    train_path, heldout_path = WORK / "train.conllu", WORK / "heldout.conllu"
    if train_path.exists() and heldout_path.exists():
        return train_path, heldout_path
    WORK.mkdir(parents=True, exist_ok=True)
    trees = ewt_trees("train") + gum_trees(held_out=False)
    heldout = ewt_trees("dev")
    tags: list[list[str]] = [[] for _ in trees]
    heldout_tags: list[list[str]] = []
    with Pool(min(FOLDS, os.cpu_count() or 1)) as pool:
        for k, own, extra in pool.imap_unordered(_fold_tags, [(k, trees, heldout) for k in range(FOLDS)]):
            for j, i in enumerate(i for i in range(len(trees)) if i % FOLDS == k):
                tags[i] = own[j]
            if k == 0:
                heldout_tags = extra
            print(f"  fold {k + 1}/{FOLDS} tagged")
    train_path.write_text("".join(t.to_conllu(tg) for t, tg in zip(trees, tags)), encoding="utf-8")
    heldout_path.write_text("".join(t.to_conllu(tg) for t, tg in zip(heldout, heldout_tags)), encoding="utf-8")
    return train_path, heldout_path


def read_sentences(path: Path):
    from ufal.udpipe import InputFormat, ProcessingError, Sentence, Sentences

    reader = InputFormat.newConlluInputFormat()
    reader.setText(path.read_text(encoding="utf-8"))
    sentences, error, sentence = Sentences(), ProcessingError(), Sentence()
    while reader.nextSentence(sentence, error):
        sentences.append(sentence)
        sentence = Sentence()
    if error.occurred():
        raise RuntimeError(f"{path}: {error.message}")
    return sentences


PARSER_ITERATIONS = 7  # our own parser's heldout LAS stops improving here (docs/parser-choice.md)
PRUNE = 1.0  # averaged weights this small or smaller are dropped: no heldout loss, 40% of the size


def train_own_parser() -> None:
    """Our own transition parser (tools/own_parser.py), the iteration best on heldout kept: the comparison."""
    from argparse import Namespace

    from tools.own_parser import train

    train_path, heldout_path = jackknifed_training_files()
    train(Namespace(train=train_path, heldout=heldout_path, model=WORK / "own-parser.bin.gz",
                    iterations=PARSER_ITERATIONS, limit=0, prune=PRUNE))


def train_parser() -> None:
    """UDPipe 1's Parsito on the jackknifed files: the shipped parser."""
    from ufal.udpipe import ProcessingError, Trainer

    train_path, heldout_path = jackknifed_training_files()
    error = ProcessingError()
    print(f"  parser options: {PARSER_OPTIONS}")
    model = Trainer.train("morphodita_parsito", read_sentences(train_path), read_sentences(heldout_path),
                          "none", "none", PARSER_OPTIONS, error)
    if error.occurred():
        raise RuntimeError(error.message)
    path = Path(os.environ.get("QUIZGEN_PARSER_OUT", MODELS / "parser.udpipe"))
    path.write_bytes(model)
    print(f"  wrote {path} ({len(model):,} bytes)")


def train_lemmas() -> None:
    """The lemma of each (word, tag) the treebanks show, where the suffix rules would get it wrong."""
    from quizgen.nlp.lemmas import rule_lemma
    from tools.train_models import save

    seen: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for tree in ewt_trees("train") + ewt_trees("dev") + gum_trees(held_out=False):
        for word, tag, lemma in zip(tree.words, tree.tags, tree.lemmas):
            # A proper noun is its own lemma; the rules already say so.
            if lemma and lemma != "_" and not tag.startswith("NNP"):
                seen[(word.lower(), tag)][lemma.lower()] += 1
    exceptions: dict[str, dict[str, str]] = defaultdict(dict)
    for (word, tag), lemmas in sorted(seen.items()):
        lemma = lemmas.most_common(1)[0][0]
        if lemma != rule_lemma(word, tag):
            exceptions[tag][word] = lemma
    save("lemmas", {"exceptions": exceptions})


if __name__ == "__main__":
    random.seed(SEED)
    train_parser()
