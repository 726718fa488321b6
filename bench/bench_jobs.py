"""The speed-up of ``quizgen build --jobs N`` on a batch of 20 real articles.

    python bench/bench_jobs.py [--jobs 2] [--runs 3]

The batch: the sample, the development articles (``../shared/dev`` and ``dev2``) and the text
articles of tests/data, 20 in all (fewer in a fresh clone without ``../shared``). Each run is a fresh
``quizgen build`` process, ``--jobs 1`` (serial) and ``--jobs N`` taking turns; the script prints the
median wall time of each, the speed-up, the CPU time the run used (the process and its workers), and
checks that both wrote the same bytes. ``--jobs 1`` uses the parser helper's core when it is free,
so each run also times ``--jobs 1`` with QUIZGEN_PARSER_HELPER=0 (one core alone). It also builds
each half of the batch (what each of two workers does) alone: serial time / the longer half is an
upper bound of the 2-core speed-up that can be measured even when another process has a core. A
speed-up needs idle cores: the load average is printed with every figure, and figures taken on a busy
machine say so. Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import (  # noqa: E402
    ROOT,
    article_paths,
    child_env,
    idle_cores,
    load_average,
    machine,
    quizgen_command,
    run_child,
)

BATCH_SIZE = 20


def batch() -> list[Path]:
    extra = sorted((ROOT / "tests" / "data").glob("*.txt"))
    return [p for p in article_paths() + extra if p.exists()][:BATCH_SIZE]


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel run (default 2)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median; default 3)")
    options = parser.parse_args()
    articles = batch()
    env = child_env()
    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in articles)
    print(f"machine: {machine()}")
    print(f"batch: {len(articles)} articles, {words:,} words; quizgen build (apkg + md), {options.runs} runs each\n")
    walls: dict[int, list[float]] = {1: [], options.jobs: []}
    cpus: dict[int, list[float]] = {1: [], options.jobs: []}
    outputs: dict[int, dict[str, bytes]] = {}
    one_core: list[float] = []
    with tempfile.TemporaryDirectory(prefix="quizgen-jobs-") as tmp:
        for run in range(options.runs):
            for jobs in (1, options.jobs):
                out = Path(tmp) / f"jobs{jobs}-{run}"
                idle = idle_cores()
                result = run_child(quizgen_command("build", *map(str, articles), "-o", str(out), "--jobs", str(jobs)),
                                   env=env)
                if result.exit_code != 0:
                    raise SystemExit(f"bench_jobs: --jobs {jobs} failed ({result.exit_code}): {result.stderr[-300:]}")
                walls[jobs].append(result.seconds)
                cpus[jobs].append(result.cpu_seconds)
                outputs[jobs] = files(out)
                print(f"  run {run + 1}, --jobs {jobs}: {result.seconds:6.2f} s wall, {result.cpu_seconds:6.2f} s CPU; "
                      f"{idle:.1f} cores idle before it; {load_average()}")
            # the serial run on one core: --jobs 1 uses a parser helper on the other core when it is free
            idle = idle_cores()
            result = run_child(quizgen_command("build", *map(str, articles), "-o", str(Path(tmp) / f"alone-{run}"),
                                               "--jobs", "1"), env={**env, "QUIZGEN_PARSER_HELPER": "0"})
            one_core.append(result.seconds)
            print(f"  run {run + 1}, --jobs 1 without the parser helper (one core): {result.seconds:6.2f} s wall, "
                  f"{result.cpu_seconds:6.2f} s CPU; {idle:.1f} cores idle before it; {load_average()}")
        # What each of two workers does, run one after the other: with two free cores the parallel run
        # cannot be faster than the longer half, so serial / longer half bounds its speed-up from above
        # (measurable when a core is busy; the parallel run adds pickling and writing the other half).
        halves = []
        for run in range(options.runs):
            parts = [run_child(quizgen_command("build", *map(str, articles[k::2]), "-o", str(Path(tmp) / f"half{k}-{run}"),
                                               "--jobs", "1"), env=env).seconds for k in (0, 1)]
            halves.append(max(parts))
            print(f"  run {run + 1}, each half alone (--jobs 1): {parts[0]:5.2f} s and {parts[1]:5.2f} s; {load_average()}")
    serial, parallel = statistics.median(walls[1]), statistics.median(walls[options.jobs])
    bound = serial / statistics.median(halves)
    print(f"\n--jobs 1: {serial:.2f} s   --jobs {options.jobs}: {parallel:.2f} s   "
          f"speed-up {serial / parallel:.2f}× (target ≥ 1.7× with 2 jobs on 2 idle cores)")
    print(f"against --jobs 1 on one core (no parser helper): {statistics.median(one_core):.2f} s, "
          f"speed-up {statistics.median(one_core) / parallel:.2f}×")
    print(f"CPU time: {statistics.median(cpus[1]):.2f} s serial, {statistics.median(cpus[options.jobs]):.2f} s "
          f"with {options.jobs} jobs (the models loaded once before the workers are forked, the parser in a "
          f"helper they share)")
    print(f"upper bound of the 2-core speed-up from the halves: {bound:.2f}× (serial / the longer half alone)")
    print(f"outputs identical: {'yes' if outputs[1] == outputs[options.jobs] else 'NO'} "
          f"({len(outputs[1])} files)")


if __name__ == "__main__":
    main()
