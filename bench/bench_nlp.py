"""Benchmarks for the offline NLP layer: model loading time, annotate throughput, peak memory.

    python bench/bench_nlp.py [WORDS]      (default 100,000 words)

Prints figures; asserts nothing (speed is measured here, never in tests).
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(words: int) -> str:
    """Real article text repeated to the requested length (the sample, plus the dev set when present)."""
    paths = [ROOT / "seeds" / "new-kazakhstan.txt", *sorted((ROOT.parent / "shared" / "dev" / "articles").glob("*.txt"))]
    from quizgen.ingest import read_article

    bodies = [read_article(p).body for p in paths if p.exists()]
    text, count = [], 0
    while count < words:
        for body in bodies:
            text.append(body)
            count += len(body.split())
            if count >= words:
                break
    return "\n\n".join(text)


LOAD_SNIPPET = "import time, quizgen.nlp as n; t = time.perf_counter(); n.load_models(); print(time.perf_counter() - t)"


def load_times(runs: int = 7) -> list[float]:
    """Model loading time in fresh processes (loading happens once per process, so one sample each)."""
    import subprocess

    return sorted(float(subprocess.run([sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True,
                                       cwd=ROOT, check=True).stdout) for _ in range(runs))


def main() -> None:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    started = time.perf_counter()
    import quizgen.nlp as nlp

    imported = time.perf_counter() - started
    started = time.perf_counter()
    nlp.load_models()
    load = time.perf_counter() - started
    text = corpus(words)
    started, cpu_started = time.perf_counter(), time.process_time()
    doc = nlp.annotate(text)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    tokens = len(doc.tokens)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    models = sorted(p for p in (ROOT / "quizgen" / "nlp" / "models").iterdir() if p.is_file())
    size = sum(p.stat().st_size for p in models)
    print(f"model files:        {size / 1e6:.2f} MB ({', '.join(p.name for p in models)})")
    print(f"import quizgen.nlp: {imported:.3f} s")
    print(f"load all models:    {load:.3f} s in this process (read, decompress, build taggers and gazetteer)")
    times = load_times()
    print(f"                    median {statistics.median(times):.3f} s over {len(times)} fresh processes "
          f"(min {times[0]:.3f}, max {times[-1]:.3f})")
    print(f"annotate:           {len(text.split()):,} words, {tokens:,} tokens, {len(doc.sentences):,} sentences, "
          f"{len(doc.entities):,} entities in {elapsed:.2f} s")
    print(f"throughput:         {tokens / elapsed:,.0f} tokens/s wall clock, {tokens / cpu:,.0f} tokens/s of CPU time "
          "(the whole pipeline: split, tokenize, tag, parse, recognise, names, chunks, references; one core)")
    print(f"peak memory (RSS):  {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
