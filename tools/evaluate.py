"""Evaluate the shipped NLP models on held-out data they never trained on.

    python -m tools.evaluate            # POS, sentence boundaries, NER, dependency parsing
    python -m tools.evaluate pos        # only some: pos, sentences, ner, parser, roles, facts
    python -m tools.evaluate roles --show   # roles, listing each missed and each wrong one
    python -m tools.evaluate roles facts    # roles and named people, organisations, places, dates (GUM)
    python -m tools.evaluate parser --beam 1   # the parser decoding with another beam than the shipped one

spaCy en_core_web_sm's figures on the same data are printed beside quizgen's when
docs/peer-spacy.json exists (measured by tools/peer_spacy.py in a separate venv; see docs/peer-spacy.md).

Held out: EWT test; the GUM news documents in tools.corpora.HELD_OUT_GUM_NEWS; the last 10% of GMB
and Wikigold; UNER English-EWT test.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from functools import cache
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

from quizgen.nlp.ner import name_tagger
from quizgen.nlp.parse import parse
from quizgen.nlp.pos import pos_tag
from quizgen.nlp.sentences import split_sentences
from tools.corpora import CorpusSentence, detokenize, ewt, gmb, gum, uner, wikigold
from tools.paths import MODELS
from tools.scoring import prf, spans
from tools.treebank import Tree, ewt_trees, gum_trees

# spaCy en_core_web_sm's figures on the same data, measured in its own venv by tools/peer_spacy.py.
PEER = Path(__file__).resolve().parents[1] / "docs" / "peer-spacy.json"


@cache
def _peer() -> dict:
    return json.loads(PEER.read_text(encoding="utf-8")) if PEER.exists() else {}


def beside(section: str, corpus: str, key: str = "accuracy", label: str | None = None, count: int | None = None) -> str:
    """spaCy's figure for one corpus (and label), to print beside quizgen's; "" when not recorded.

    ``count`` (tokens, or gold spans of the label) guards against figures measured on other data."""
    figures = _peer().get(section, {}).get(corpus, {})
    if label:
        figures = figures.get("labels", {}).get(label, {})
    value = figures.get("f1" if label else key)
    if value is None:
        return ""
    if count is not None and figures.get("gold" if label else "tokens") != count:
        return "  (spaCy sm: measured on other data; re-run tools/peer_spacy.py)"
    if key == "tokens_per_s":
        return f"  (spaCy sm {value:,.0f} tokens/s)"
    return f"  (spaCy sm {'F1 ' if label else ''}{value:6.2%})"


def pos_accuracy(sentences: list[CorpusSentence]) -> tuple[float, int, float]:
    correct = total = 0
    started = time.perf_counter()
    for s in sentences:
        for guess, gold in zip(pos_tag(s.words), s.tags):
            correct += guess == gold
            total += 1
    elapsed = time.perf_counter() - started
    return correct / total, total, total / elapsed


def boundary_f1(predicted: list[int], gold: list[int]) -> tuple[float, float, float]:
    p, g = set(predicted), set(gold)
    tp = len(p & g)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def sentence_scores(sentences: list[CorpusSentence]) -> dict[str, tuple[float, float, float]]:
    text, gold_ends = detokenize(sentences)
    ours = [end for _, end in split_sentences(text)]
    untrained = PunktSentenceTokenizer()
    baseline = []
    # The baseline gets the same paragraph breaks, so only the splitter itself is compared.
    offset = 0
    for block in text.split("\n\n"):
        baseline += [offset + e for _, e in untrained.span_tokenize(block)]
        offset += len(block) + 2
    return {"quizgen": boundary_f1(ours, gold_ends), "untrained Punkt": boundary_f1(baseline, gold_ends)}


def ner_scores(sentences: list[CorpusSentence]) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    tagger = name_tagger()
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    tokens = 0
    started = time.perf_counter()
    for s in sentences:
        tags = pos_tag(s.words)
        predicted = {(sp.first, sp.last, sp.label) for sp in tagger.tag(s.words, tags)}
        gold = spans(s.labels or [])
        tokens += len(s.words)
        for span in predicted & gold:
            tp[span[2]] += 1
        for span in predicted - gold:
            fp[span[2]] += 1
        for span in gold - predicted:
            fn[span[2]] += 1
    speed = tokens / (time.perf_counter() - started)
    return {label: (x["p"], x["r"], x["f1"], int(x["gold"])) for label, x in prf(tp, fp, fn).items()}, speed


def report_pos() -> None:
    print("POS tagging (token accuracy, Penn Treebank tags)")
    # GMB's held-out tail is more news (Voice of America), but its tags are partly automatic: a
    # second opinion on news, not a gold standard.
    corpora = (("EWT test", ewt("test")), ("GUM news (held out)", gum(held_out=True, genre="news")),
               ("GMB news (last 10%)", gmb()[1]))
    for name, data in corpora:
        accuracy, total, speed = pos_accuracy(data)
        print(f"  {name:<22} {accuracy:7.2%}  on {total:,} tokens  ({speed:,.0f} tokens/s){beside('pos', name, count=total)}")


def report_sentences() -> None:
    print("Sentence boundaries (precision / recall / F1)")
    for name, data in (("EWT test", ewt("test")), ("GUM news (held out)", gum(held_out=True, genre="news"))):
        for system, (p, r, f) in sentence_scores(data).items():
            print(f"  {name:<22} {system:<16} P {p:6.2%}  R {r:6.2%}  F1 {f:6.2%}")


def report_ner() -> None:
    print("Names (span P / R / F1, gold spans)")
    corpora = (("GMB (last 10%)", gmb()[1]), ("UNER EWT test", uner()[1]), ("Wikigold (last 10%)", wikigold()[1]),
               ("GUM news (held out)", gum(held_out=True, with_entities=True, genre="news")))
    for name, data in corpora:
        scores, speed = ner_scores(data)
        print(f"  {name}  ({speed:,.0f} tokens/s, POS tagging included){beside('ner', name, 'tokens_per_s')}")
        for label, (p, r, f, support) in scores.items():
            spacy = beside("ner", name, label=label, count=support)
            print(f"    {label:<7} P {p:6.2%}  R {r:6.2%}  F1 {f:6.2%}  ({support} gold){spacy}")


def attachment_scores(trees: list[Tree], parse=parse) -> tuple[float, float, int, float]:
    """UAS and LAS (every token, punctuation included, as the CoNLL 2018 scorer counts) with quizgen's own
    tags as the parser's input, and the speed of tagging plus parsing."""
    heads = labels = total = 0
    started = time.perf_counter()
    for tree in trees:
        parsed = parse(tree.words, pos_tag(tree.words))
        for i, (head, rel) in enumerate(parsed):
            gold_head = tree.heads[i] - 1 if tree.heads[i] else i
            if head == gold_head:
                heads += 1
                labels += rel.split(":")[0] == tree.deprels[i].split(":")[0]
        total += len(parsed)
    speed = total / (time.perf_counter() - started)
    return heads / total, labels / total, total, speed


def report_parser(beam: int | None = None) -> None:
    from quizgen.nlp import parse as parser

    if beam is not None:
        parser.BEAM_SEARCH = beam  # (read at each sentence)
    print(f"Dependency parsing (UD relations; input: quizgen's own POS tags on the gold tokens; "
          f"beam {parser.BEAM_SEARCH})")
    parser.load_parser()
    targets = {"EWT test": (0.86, 0.83), "GUM news (held out)": (None, 0.85)}
    for name, trees in (("EWT test", ewt_trees("test")), ("GUM news (held out)", gum_trees(held_out=True, genre="news"))):
        uas, las, total, speed = attachment_scores(trees)
        uas_target, las_target = targets[name]
        marks = "".join(f"  {label} target {t:.2f} {'met' if value >= t else 'MISSED'}"
                        for label, value, t in (("UAS", uas, uas_target), ("LAS", las, las_target)) if t)
        spacy = beside("dep", name, "uas_ud_conventions")
        print(f"  {name:<22} UAS {uas:6.2%}  LAS {las:6.2%}  on {total:,} tokens  "
              f"({speed:,.0f} tokens/s tagging + parsing){marks}{spacy}")
    sizes = sum(p.stat().st_size for p in MODELS.iterdir() if p.is_file())
    print(f"  all shipped models together: {sizes / 1e6:.1f} MB (target 20 MB)")


def report_roles(show: bool = False) -> None:
    from tools.gum_roles import GENRES, evaluate

    print("Roles against GUM's appositions, predicates and titles (P / R / F1; tools/gum_roles.py)")
    tallies = evaluate(show=show)
    for key in (*GENRES, "never trained on", "kept aside", "all"):
        t = tallies.get(key)
        if t is None:
            continue
        p, r, f = t.scores()
        print(f"  {key:<17} P {p:6.2%}  R {r:6.2%}  F1 {f:6.2%}  ({t.found}/{t.gold} gold found, {t.right}/{t.predicted} "
              f"predicted right, {t.unaligned} on names GUM has as no person)")
    every = tallies["all"].by_construction
    print("  recall by construction: " + ", ".join(f"{k} {f}/{g}" for k, (f, g) in sorted(every.items())))


def report_facts(show: bool = False) -> None:
    from tools.gum_facts import DATE, KINDS
    from tools.gum_facts import evaluate as evaluate_facts
    from tools.gum_roles import GENRES

    print("Named people, organisations, places and dates against GUM's entities (F1, found/gold, "
          "right/predicted; tools/gum_facts.py)")
    tallies = evaluate_facts(show=show)
    for key in (*GENRES, "never trained on", "kept aside", "all"):
        kinds = tallies.get(key)
        if kinds is None:
            continue
        cells = []
        for kind in (*KINDS, DATE):
            t = kinds[kind]
            cells.append(f"{kind[:6]} {t.scores()[2]:6.2%} ({t.found}/{t.gold}, {t.right}/{t.predicted})")
        macro = sum(kinds[k].scores()[2] for k in (*KINDS, DATE)) / (len(KINDS) + 1)
        print(f"  {key:<17} macro {macro:6.2%}  " + "  ".join(cells))


REPORTS = {"pos": report_pos, "sentences": report_sentences, "ner": report_ner, "parser": report_parser,
           "roles": report_roles, "facts": report_facts}


def main(argv: list[str]) -> None:
    show = "--show" in argv  # roles: list every missed and every wrong role
    beam = None  # parser: decode with this beam instead of quizgen.nlp.parse.BEAM_SEARCH
    if "--beam" in argv:
        at = argv.index("--beam")
        beam = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    for name in [a for a in argv if a != "--show"] or list(REPORTS):
        if name in ("roles", "facts"):
            REPORTS[name](show=show)
        elif name == "parser":
            REPORTS[name](beam=beam)
        else:
            REPORTS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
