"""Shared test setup: no NLTK data and no network, the sample article, and ../shared when present."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "new-kazakhstan.txt"
SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT.parent / "shared"))
EMPTY_NLTK_DATA = tempfile.mkdtemp(prefix="quizgen-empty-nltk-data-")
# quizgen must work with no NLTK data on the machine: point NLTK at an empty folder before it loads.
os.environ["NLTK_DATA"] = EMPTY_NLTK_DATA
# The quiz keeps a review history; the tests' goes to a temporary folder, never the user's own.
os.environ["QUIZGEN_STORE"] = str(Path(tempfile.mkdtemp(prefix="quizgen-test-store-")) / "reviews.sqlite3")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(self, address, *args, **kwargs):
        if self.family == socket.AF_UNIX:
            return real_connect(self, address, *args, **kwargs)
        raise AssertionError(f"quizgen tried to reach the network: {address!r}")

    real_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the project's ../shared folder, present in CI, absent in a fresh clone)")
    return path


def quizgen_command() -> list[str]:
    exe = shutil.which("quizgen")
    return [exe] if exe else [sys.executable, "-m", "quizgen"]


def run_quizgen(*args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run the real ``quizgen`` command as a user types it (no network, empty NLTK data)."""
    env = dict(os.environ, NLTK_DATA=EMPTY_NLTK_DATA, PYTHONIOENCODING="utf-8")
    result = subprocess.run([*quizgen_command(), *args], capture_output=True, text=True, cwd=cwd or ROOT,
                            env=env, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"quizgen {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def sample_quiz():
    from quizgen.api import quiz_set

    return quiz_set(SAMPLE, seed=0)


@pytest.fixture(scope="session")
def sample_all():
    """Every candidate that passes the checks (``--all``), not the curated set."""
    from quizgen.api import quiz_set

    return quiz_set(SAMPLE, seed=0, curated=False)
