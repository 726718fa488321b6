"""Where the time of one ``quizgen build ARTICLE`` goes, phase by phase, in fresh processes.

    python bench/bench_build.py [ARTICLE] [--runs 5]

Each run is a new Python process that does what ``quizgen build ARTICLE -o TMP`` does, with a clock
between the phases: Python's start, importing the CLI, importing the NLP layer, loading each model,
each annotation component, facts, questions, and writing the default formats (the phases load the
parser in the process itself). Prints the median of each phase, and the whole ``quizgen build``
command's median with the parser loading in a helper process on another core meanwhile
(QUIZGEN_PARSER_HELPER=1, quizgen.nlp.parse.start_helper) and with QUIZGEN_PARSER_HELPER=0 (all in
one process). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, child_env, machine, quizgen_command, run_child  # noqa: E402

PHASES = """
import time, json, sys
t0 = time.perf_counter()
marks = []
def mark(name):
    global t0
    now = time.perf_counter()
    marks.append((name, now - t0))
    t0 = now
import quizgen.cli
mark("import quizgen.cli")
import quizgen.api
mark("import the NLP layer")
from quizgen.nlp.resources import load_model, load_weights
for name in ("punkt", "lemmas", "gazetteer", "genders"):
    load_model(name)
mark("load the JSON models")
for name in ("pos", "ner"):
    load_weights(name)
mark("load the perceptrons' weights")
from quizgen.nlp.pos import _tagger
from quizgen.nlp.sentences import _punkt
from quizgen.nlp.ner import name_tagger
from quizgen.nlp.gazetteer import gazetteer
_tagger(); _punkt(); name_tagger(); gazetteer()
mark("build the taggers and the gazetteer")
from quizgen.nlp.parse import load_parser
load_parser()
mark("load the UDPipe parser")
from quizgen.ingest import read_article
article = read_article(sys.argv[1])
mark("read the article")
from quizgen.api import annotate_article
last = [None]
def progress(component, done):
    if done == 0.0:
        mark("(between components)") if last[0] else None
    elif done == 1.0:
        mark(f"annotate: {component}")
    last[0] = component
doc = annotate_article(article, progress)
from quizgen.facts import extract_facts
facts = extract_facts(article, doc)
mark("facts")
from quizgen.questions import build_question_set
built = build_question_set(article, facts)
mark("questions")
from quizgen.export import DEFAULT_FORMATS, write_outputs
from quizgen.model import QuizSet
write_outputs([QuizSet(article, facts, built.questions, built.rejected)], sys.argv[2], DEFAULT_FORMATS)
mark("write apkg + md")
print(json.dumps(marks))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "seeds" / "new-kazakhstan.txt"))
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    env = child_env()
    phases: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="quizgen-build-") as tmp:
        for _ in range(options.runs):
            result = subprocess.run([sys.executable, "-c", PHASES, options.article, tmp], capture_output=True,
                                    text=True, env=env, check=True)
            for name, seconds in json.loads(result.stdout):
                if not name.startswith("("):
                    phases.setdefault(name, []).append(seconds)
        starts = [run_child([sys.executable, "-c", "pass"], env=env).seconds for _ in range(options.runs)]
        alone, helper = dict(env, QUIZGEN_PARSER_HELPER="0"), dict(env, QUIZGEN_PARSER_HELPER="1")
        whole, whole_alone = [], []
        for _ in range(options.runs):  # (in turn, so that both see the same load)
            whole.append(run_child(quizgen_command("build", options.article, "-o", tmp), env=helper).seconds)
            whole_alone.append(run_child(quizgen_command("build", options.article, "-o", tmp), env=alone).seconds)
    print(f"machine: {machine()}")
    print(f"one build of {Path(options.article).name}: median of {options.runs} fresh processes per phase\n")
    total = statistics.median(starts)
    print(f"  {'Python start (python -c pass)':<42} {total:6.3f} s")
    for name, times in phases.items():
        median = statistics.median(times)
        total += median
        print(f"  {name:<42} {median:6.3f} s")
    print(f"  {'sum of the phases':<42} {total:6.3f} s")
    print(f"  {'the whole quizgen build command':<42} {statistics.median(whole):6.3f} s (target ≈ 0.4 s; "
          "parser helper on: QUIZGEN_PARSER_HELPER=1)")
    print(f"  {'  the same, parser loaded in process':<42} {statistics.median(whole_alone):6.3f} s "
          "(QUIZGEN_PARSER_HELPER=0)")


if __name__ == "__main__":
    main()
