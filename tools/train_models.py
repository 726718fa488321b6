"""Rebuild every model quizgen ships, from the open corpora in ../shared/data, reproducibly.

    python -m tools.train_models                # gazetteer, genders, punkt, pos, ner, lemmas, parser
    python -m tools.train_models pos ner        # only some
    python -m tools.train_models compact        # pos.json.gz/ner.json.gz of an older training → .weights
    python -m tools.train_models repack         # pos.weights.gz/ner.weights.gz (the format's version 1) → .weights

Writes quizgen/nlp/models/<name>.json.gz (gzip with a zero timestamp and sorted keys) and, for the two
perceptrons (pos, ner), <name>.weights (flat arrays with a hash index, uncompressed, read in place,
quizgen/nlp/weights.py; features and labels sorted): the same corpora and seed give byte-identical files.
Held-out data (EWT test, the GUM news documents in tools.corpora.HELD_OUT_GUM_NEWS, the tails of GMB and
Wikigold, UNER test) is never trained on.
"""

from __future__ import annotations

import gzip
import json
import random
import struct
import sys
import time
from array import array

from nltk.tag.perceptron import AveragedPerceptron
from nltk.tokenize.punkt import PunktTrainer

from quizgen.nlp.abbreviations import ABBREVIATIONS
from quizgen.nlp.gazetteer import gazetteer
from quizgen.nlp.ner import sentence_context, token_features
from quizgen.nlp.weights import unpack_weights, write_weights
from tools import build_gazetteer
from tools.corpora import detokenize, ewt, gmb, gum, uner, wikigold
from tools.paths import MODELS
from tools.pos_training import Tagger
from tools.train_parser import train_lemmas, train_own_parser, train_parser

SEED = 1234


def save(name: str, data: dict) -> None:
    MODELS.mkdir(parents=True, exist_ok=True)
    path = MODELS / f"{name}.json.gz"
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(payload)
    print(f"  wrote {path.relative_to(MODELS.parents[2])} ({path.stat().st_size:,} bytes)")


def save_weights(name: str, weights: dict, classes: list[str], extra: dict | None = None) -> None:
    """Write a perceptron's ``{feature: {label: weight}}`` as ``models/<name>.weights``: flat arrays with a
    hash index, read in place at run time (quizgen/nlp/weights.py), the same bytes for the same weights."""
    MODELS.mkdir(parents=True, exist_ok=True)
    path = MODELS / f"{name}.weights"
    write_weights(path, weights, classes, extra)
    print(f"  wrote {path.relative_to(MODELS.parents[2])} ({path.stat().st_size:,} bytes)")


def compact_json_models() -> None:
    """Convert perceptron models trained before the compact format (``pos.json.gz``, ``ner.json.gz``:
    ``{feature: "label-index weight …"}`` strings) into ``<name>.weights`` with the very same weights,
    without retraining, and remove the JSON files."""
    for name in ("pos", "ner"):
        path = MODELS / f"{name}.json.gz"
        if not path.exists():
            print(f"  {path.name}: not there, nothing to convert")
            continue
        with gzip.open(path, "rb") as handle:
            data = json.loads(handle.read().decode("utf-8"))
        extra = {"tagdict": data["tagdict"]} if "tagdict" in data else None
        save_weights(name, unpack_weights(data["weights"], data["classes"]), data["classes"], extra)
        path.unlink()


def _version_1_weights(data: bytes) -> tuple[dict, list[str], dict]:
    """``({feature: {label: weight}}, classes, extra)`` of the weights format's first version (gzipped:
    magic, a JSON header, the features joined by line breaks, uint32 offsets, uint8 labels, float64
    weights)."""
    magic = b"quizgen-weights 1\n"
    if not data.startswith(magic):
        raise ValueError("not a version 1 weights file")
    (size,) = struct.unpack_from("<I", data, len(magic))
    at = len(magic) + 4
    header = json.loads(data[at:at + size])
    at += size
    n, m = header["features"], header["entries"]
    features = data[at:at + header["text_bytes"]].decode("utf-8").split("\n") if n else []
    at += header["text_bytes"]
    offsets, labels, values = array("I"), array("B"), array("d")
    for part, length in ((offsets, 4 * (n + 1)), (labels, m), (values, 8 * m)):
        part.frombytes(data[at:at + length])
        at += length
    if sys.byteorder != "little":
        offsets.byteswap()
        values.byteswap()
    classes = header["classes"]
    weights = {feature: {classes[labels[k]]: values[k] for k in range(offsets[i], offsets[i + 1])}
               for i, feature in enumerate(features)}
    return weights, classes, header["extra"]


def repack_weights() -> None:
    """Rewrite the perceptrons' weights of the format's first version (``<name>.weights.gz``) as
    ``<name>.weights`` with the very same weights, without retraining, and remove the old files."""
    from quizgen.nlp.weights import read_weights

    for name in ("pos", "ner"):
        path = MODELS / f"{name}.weights.gz"
        if not path.exists():
            print(f"  {path.name}: not there, nothing to repack")
            continue
        weights, classes, extra = _version_1_weights(gzip.decompress(path.read_bytes()))
        save_weights(name, weights, classes, extra or None)
        if read_weights(MODELS / f"{name}.weights").as_dict() != weights:
            raise SystemExit(f"{name}: the repacked weights differ from {path.name}'s; kept both")
        path.unlink()


def train_punkt() -> None:
    text, _ = detokenize(ewt("train") + gum(held_out=False))
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train(text, finalize=True)
    params = trainer.get_params()
    save("punkt", {
        "abbrev_types": sorted(params.abbrev_types | set(ABBREVIATIONS)),
        "collocations": sorted([list(c) for c in params.collocations]),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": dict(sorted(params.ortho_context.items())),
    })


# A feature whose largest averaged weight is below this barely moves a decision; dropping those
# halves the files and their loading time for under 0.1 point of accuracy (see tools.evaluate).
# The tagger keeps more: at 1.0 it loses 0.1-0.3 points on held-out news, at 0.5 none.
MIN_FEATURE_WEIGHT = {"ner": 1.0, "pos": 0.5}


def _rounded(weights: dict, minimum: float) -> dict:
    out = {}
    for feat, by_label in weights.items():
        if max((abs(w) for w in by_label.values()), default=0) < minimum:
            continue
        kept = {label: round(w, 3) for label, w in by_label.items() if abs(w) >= 0.001}
        if kept:
            out[feat] = kept
    return out


def _trained_tagger(corpus: list, iterations: int = 5) -> Tagger:
    random.seed(SEED)
    tagger = Tagger(load=False)
    tagger.train([list(zip(s.words, s.tags)) for s in corpus], nr_iter=iterations)
    return tagger


def train_pos() -> None:
    # GMB's Voice of America news (its training part) is what lifts news tagging: EWT is web text,
    # and GUM has only a few news documents.
    tagger = _trained_tagger(ewt("train") + ewt("dev") + gum(held_out=False) + gmb()[0])
    save_weights("pos", _rounded(tagger.model.weights, MIN_FEATURE_WEIGHT["pos"]), sorted(tagger.classes),
                 {"tagdict": tagger.tagdict})


def ner_training_sentences() -> list:
    from quizgen.nlp.pos import pos_tag

    # Features use our own tagger's POS, as at run time: corpus tags are better than what the
    # recogniser will see. GMB's sentences are tagged by a tagger that never saw them (trained, and
    # pruned, like the shipped one but without GMB): tags from the shipped tagger, which learnt
    # those very sentences, would be near perfect there and teach the recogniser to trust POS
    # more than it can on new text.
    without_gmb = _trained_tagger(ewt("train") + ewt("dev") + gum(held_out=False))
    without_gmb.model.weights = _rounded(without_gmb.model.weights, MIN_FEATURE_WEIGHT["pos"])
    news = gmb()[0]
    for s in news:
        s.tags = [tag for _, tag in without_gmb.tag(s.words)]
    others = uner()[0] + wikigold()[0] + gum(held_out=False, with_entities=True)
    for s in others:
        s.tags = pos_tag(s.words)
    return news + others


def train_ner(iterations: int = 8) -> None:
    sentences = ner_training_sentences()
    gaz = gazetteer()
    contexts = [sentence_context(s.words, gaz) for s in sentences]
    model = AveragedPerceptron()
    model.classes = {label for s in sentences for label in s.labels}
    rng = random.Random(SEED)
    order = list(range(len(sentences)))
    for it in range(iterations):
        rng.shuffle(order)
        correct = total = 0
        for idx in order:
            s = sentences[idx]
            prev, prev2 = "<s>", "<s>"
            for i, gold in enumerate(s.labels):
                feats = token_features(i, s.words, s.tags, contexts[idx], prev, prev2)
                guess, _ = model.predict(feats)
                model.update(gold, guess, feats)
                # The history is the model's own guesses, as in NLTK's POS trainer, so that it
                # learns to recover from its own mistakes as it must at run time.
                prev2, prev = prev, guess
                correct += guess == gold
                total += 1
        print(f"  ner iteration {it + 1}/{iterations}: token accuracy {correct / total:.4f}")
    model.average_weights()
    save_weights("ner", _rounded(model.weights, MIN_FEATURE_WEIGHT["ner"]), sorted(model.classes))


STEPS = {"gazetteer": build_gazetteer.main, "genders": build_gazetteer.genders, "punkt": train_punkt,
         "pos": train_pos, "ner": train_ner, "lemmas": train_lemmas, "parser": train_parser,
         "own-parser": train_own_parser, "compact": compact_json_models,
         "repack": repack_weights}
# (our own parser: the comparison, not shipped; compact and repack: conversions of older model files, not training)
DEFAULT_STEPS = [step for step in STEPS if step not in ("own-parser", "compact", "repack")]


def main(argv: list[str]) -> None:
    steps = argv or DEFAULT_STEPS
    for step in steps:
        started = time.perf_counter()
        print(f"training {step} …")
        STEPS[step]()
        if step == "gazetteer":
            gazetteer.cache_clear()
        print(f"  {step} done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
