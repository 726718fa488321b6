"""Benchmark of the whole job per article: read, annotate, extract facts, build questions.

    python bench/bench_pipeline.py [ARTICLE ...]   (default: the sample, plus the dev set when present)

Each article runs once cold-free (models loaded first) and the median of 5 runs is printed.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from quizgen.api import quiz_set
    from quizgen.nlp import load_models

    paths = [Path(p) for p in sys.argv[1:]] or [
        ROOT / "seeds" / "new-kazakhstan.txt", *sorted((ROOT.parent / "shared" / "dev" / "articles").glob("*.txt"))]
    started = time.perf_counter()
    load_models()
    print(f"{'load models':<32} {time.perf_counter() - started:7.3f} s (once per process)")
    for path in paths:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            quiz = quiz_set(path)
            times.append(time.perf_counter() - started)
        words = len(quiz.article.body.split())
        print(f"{path.stem:<32} {statistics.median(times):7.3f} s  {words:5,} words  {len(quiz.facts):3} facts  "
              f"{len(quiz.questions):3} questions")


if __name__ == "__main__":
    main()
