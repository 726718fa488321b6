"""``quizgen build --jobs N``: a batch spread over worker processes gives what a serial run gives, byte
for byte: the same files, the same lines on stdout and stderr in the same order, the same exit code.

(The speed-up is measured by bench/bench_jobs.py, never here.)"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from quizgen.batch import Outcome, outcomes
from quizgen.ingest import IngestError

from .conftest import ROOT, SAMPLE, run_quizgen

DATA = ROOT / "tests" / "data"
BATCH = [str(SAMPLE), str(DATA / "afghan-robotics.txt"), str(DATA / "bad" / "empty.txt"),
         str(DATA / "toronto-star.docx"), str(DATA / "bad" / "french.txt"), str(DATA / "nasa-shuttles.html"),
         str(DATA / "world-cup-day-five.cp1252.txt"), str(DATA / "bad" / "no-facts.txt")]


def _build(tmp_path: Path, jobs: int, *extra: str):
    out = tmp_path / f"jobs{jobs}"
    result = run_quizgen("build", *BATCH, "-o", str(out), "--jobs", str(jobs), "-v", *extra, check=False)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    return result.returncode, result.stdout.replace(str(out), "OUT"), result.stderr, files


@pytest.mark.parametrize("extra", [(), ("--format", "all", "--versions", "2")], ids=["default", "every-format"])
def test_a_parallel_build_is_byte_identical_to_a_serial_one(tmp_path, extra):
    serial = _build(tmp_path, 1, *extra)
    parallel = _build(tmp_path, 2, *extra)
    code, stdout, stderr, files = serial
    assert code == 3  # two inputs fail: the batch summary's exit code
    assert "quizgen: error: " + str(DATA / "bad" / "empty.txt") in stderr
    assert "quizgen: 2 of 8 inputs failed" in stderr  # (french.txt is a warning without --strict)
    assert any(name.startswith("new-kazakhstan") for name in files) and len(files) >= 6
    assert parallel[0] == code
    assert parallel[1] == stdout
    assert parallel[2] == stderr  # warnings, -v lines and errors in input order, as serially
    assert parallel[3].keys() == files.keys()
    for name, data in files.items():
        assert parallel[3][name] == data, f"{name} differs between --jobs 1 and --jobs 2"


def test_jobs_must_be_positive(tmp_path):
    result = run_quizgen("build", str(SAMPLE), "-o", str(tmp_path), "--jobs", "0", check=False)
    assert result.returncode == 1
    assert "--jobs must be a positive number" in result.stderr
    assert not any(tmp_path.iterdir())


def _fake_work(source: str, progress=None):
    """Stands in for building a quiz set: fails on names with "bad", says something on stderr."""
    import sys

    print(f"reading {source}", file=sys.stderr)
    if "bad" in source:
        raise IngestError(source, "is bad")
    return source.upper()


def test_outcomes_come_back_in_input_order_with_their_messages():
    sources = [f"s{i}" for i in range(7)] + ["bad-one", "-", "s8"]
    got = list(outcomes(sources, functools.partial(_fake_work), jobs=2))
    assert [o.source for o in got] == sources
    assert got[0] == Outcome("s0", "S0", None, "reading s0\n")
    assert got[7] == Outcome("bad-one", None, "bad-one: is bad", "reading bad-one\n")
    # stdin ("-") is read in this process, in its turn: its message is printed, not captured
    assert got[8] == Outcome("-", "-", None, "")
