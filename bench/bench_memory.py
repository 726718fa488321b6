"""Where a bulk ``quizgen extract``'s memory goes, stage by stage.

    python bench/bench_memory.py [--words 80000] [--helper]

A fresh process does what ``quizgen extract --json`` does on WORDS words of real text (the models
freed after use, as the command frees them on a long text) and prints, after its imports and each
annotation component, the facts and the JSON, its resident memory (VmRSS) and its peak so far
(VmHWM), from /proc/self/status. Then the whole command, as ``bench_peer.py`` runs it: its own peak
and its parser helper's. The parser helper is off in the staged run unless ``--helper`` (with it the
run also loads a parser here to share a long text's parse). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, child_env, machine, quizgen_command, real_text, run_child  # noqa: E402

STAGES = r'''
import json, sys, time
started = time.perf_counter()

def line(stage):
    status = dict(l.split(":", 1) for l in open("/proc/self/status") if l.startswith(("VmRSS", "VmHWM")))
    rss, hwm = (int(status[k].split()[0]) // 1024 for k in ("VmRSS", "VmHWM"))
    print(f"  {stage:<28} {rss:>5} MB  (peak so far {hwm:>4} MB)  {time.perf_counter() - started:6.2f} s", flush=True)

line("python")
from quizgen.cli import _parse_ahead
_parse_ahead()
from quizgen.api import facts_of
from quizgen.ingest import read_article
from quizgen.nlp import models_released_after_use
line("imports")
article = read_article(sys.argv[1])
line("read")
shown = []  # (a component may report its end twice)
with models_released_after_use():
    _, facts = facts_of(article, lambda name, done: done == 1.0 and shown[-1:] != [name]
                        and (shown.append(name), line(name)))
line("facts")
json.dump({"facts": [f.to_json() for f in facts]}, open("/dev/null", "w"), ensure_ascii=False, indent=2)
line("JSON written")
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=80_000)
    parser.add_argument("--helper", action="store_true", help="let the parser helper run in the staged run")
    options = parser.parse_args()
    env = child_env()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="quizgen-memory-") as tmp:
        path = Path(tmp) / "bulk.txt"
        path.write_text(real_text(options.words), encoding="utf-8")
        helper = "1" if options.helper else "0"
        print(f"\n{options.words:,} words, stage by stage (one process, parser helper {'on' if options.helper else 'off'}):")
        subprocess.run([sys.executable, "-c", STAGES, str(path)], cwd=ROOT, check=True,
                       env={**env, "QUIZGEN_PARSER_HELPER": helper})
        print("\nthe whole quizgen extract --json (own peak RSS; the parser helper's beside it):")
        for setting in ("0", "1"):
            run = run_child(quizgen_command("extract", "--json", str(path)),
                            env={**env, "QUIZGEN_PARSER_HELPER": setting})
            print(f"  QUIZGEN_PARSER_HELPER={setting}: {run.seconds:5.2f} s, {options.words / run.seconds:,.0f} words/s; "
                  f"peak {run.peak_mb:.0f} MB + helper {run.helpers_mb:.0f} MB = {run.total_mb:.0f} MB")
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
