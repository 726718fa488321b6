"""Start-up: how long ``quizgen --help`` takes, and what importing the CLI costs, in fresh processes.

    python bench/bench_startup.py [RUNS]

Prints figures; asserts nothing. A command imports only what it uses: the NLP models, NLTK and the
exporters' libraries (fpdf, python-docx, openpyxl, genanki) load when a command needs them.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import child_env, machine  # noqa: E402


def timed(args: list[str], runs: int, env: dict) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=env)
        out.append(time.perf_counter() - started)
    return out


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = child_env()
    print(f"machine: {machine()}")
    baseline = timed([sys.executable, "-c", "pass"], runs, env)
    help_ = timed([sys.executable, "-m", "quizgen", "--help"], runs, env)
    heavy = [m for m in ("nltk", "fpdf", "docx", "openpyxl", "genanki", "questionary", "fsrs", "ufal")
             if m in subprocess.run([sys.executable, "-c", "import sys, quizgen.cli; print(' '.join(sys.modules))"],
                                    check=True, capture_output=True, text=True, env=env).stdout.split()]
    print(f"python itself:        median {statistics.median(baseline):.3f} s over {runs} runs")
    print(f"quizgen --help:       median {statistics.median(help_):.3f} s "
          f"({statistics.median(help_) - statistics.median(baseline):.3f} s of it quizgen's imports; target 0.15 s)")
    print(f"heavy modules loaded by importing the CLI: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
