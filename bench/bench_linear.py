"""The cost curve: ``quizgen extract`` on 1k, 10k, 100k and 1M words, in three shapes.

    python bench/bench_linear.py [--max-words 100000] [--shape real|line|sentence ...]

Shapes (bench/corpus.py): real text (the sample and the development articles, repeated); the same
words on one line with no punctuation (a pasted PDF dump); and the same text as one "sentence" (no
full stop until the end), whose largest step is 50k words; and, when ``../shared/data`` is there,
text that never repeats (the sentences of GUM and EWT train: 2.5k, 25k and 250k words), whose
thousands of distinct names show a cost that grows with the number of names. Each step is a fresh ``quizgen extract``
process; the script prints its wall time, its own peak memory (RSS), and the ratio to the step
before, for the whole command and for the work alone (the wall time less that of a 20-word article:
Python's start, imports and model loading). A linear cost shows as a ratio of about 10 per step.

``--max-words`` (default 100,000) caps the curve: the 1M-word step takes minutes, so it runs only
when asked (``--max-words 1000000``). Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import (  # noqa: E402
    child_env,
    distinct_text,
    load_average,
    machine,
    one_line,
    one_sentence,
    quizgen_command,
    real_text,
    run_child,
)

SHAPES = {
    "real": ("real text", real_text, (1_000, 10_000, 100_000, 1_000_000)),
    "line": ("one line, no punctuation", one_line, (1_000, 10_000, 100_000, 1_000_000)),
    "sentence": ("one sentence", one_sentence, (500, 5_000, 50_000)),
    "distinct": ("distinct text (GUM, EWT)", distinct_text, (2_500, 25_000, 250_000)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-words", type=int, default=100_000, help="largest step (default 100,000)")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="shapes to run (default: all)")
    options = parser.parse_args()
    env = child_env()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="quizgen-linear-") as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text(real_text(20), encoding="utf-8")
        fixed = statistics.median(run_child(quizgen_command("extract", str(tiny)), env=env).seconds for _ in range(3))
        print(f"fixed cost (start, imports, models: extract of a 20-word article, median of 3): {fixed:.2f} s\n")
        print(f"{'shape':<26} {'words':>9} {'wall s':>8} {'×':>6} {'work s':>8} {'×':>6} {'peak MB':>8} "
              f"{'×':>5}  load")
        for key in options.shape or list(SHAPES):
            name, make, steps = SHAPES[key]
            previous = None
            for words in (w for w in steps if w <= options.max_words):
                path = Path(tmp) / f"{key}-{words}.txt"
                try:
                    path.write_text(make(words), encoding="utf-8")
                except ValueError as exc:  # (no ../shared/data here)
                    print(f"{name:<26} {words:>9,} skipped: {exc}")
                    break
                run = run_child(quizgen_command("extract", str(path), "--max-size", "100"), env=env)
                if run.exit_code != 0:
                    print(f"{name:<26} {words:>9,} failed ({run.exit_code}): {run.stderr.strip()[-200:]}")
                    break
                work = max(run.seconds - fixed, 1e-3)
                ratios = ("", "", "") if previous is None else (
                    f"{run.seconds / previous[0]:.1f}", f"{work / previous[1]:.1f}", f"{run.peak_mb / previous[2]:.1f}")
                print(f"{name:<26} {words:>9,} {run.seconds:>8.1f} {ratios[0]:>6} {work:>8.1f} {ratios[1]:>6} "
                      f"{run.peak_mb:>8.0f} {ratios[2]:>5}  {load_average()}")
                previous = (run.seconds, work, run.peak_mb)


if __name__ == "__main__":
    main()
