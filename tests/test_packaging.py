"""The models ship inside the built wheel, and quizgen runs from it with no NLTK data and no source tree."""

import json
import os
import shutil
import subprocess
import sys
import zipfile

from .conftest import EMPTY_NLTK_DATA, ROOT, SAMPLE


def test_wheel_contains_the_models_and_runs_from_them(tmp_path):
    # built from a copy of the sources: a build/ folder left in the checkout by an earlier build would
    # put files in the wheel that the sources no longer have
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", "build", "*.egg-info", "__pycache__", "decks",
                                                                ".venv", ".ruff_cache", ".pytest_cache"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
                            str(tmp_path / "dist"), str(source)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp_path / "dist").glob("quizgen-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    models = [n for n in names if n.startswith("quizgen/nlp/models/")]
    assert sorted(os.path.basename(n) for n in models) == [
        "gazetteer.json.gz", "genders.json.gz", "lemmas.json.gz", "ner.weights", "parser.udpipe", "pos.weights",
        "punkt.json.gz"]
    assert sum(zipfile.ZipFile(wheel).getinfo(n).file_size for n in models) <= 20_000_000
    assert "quizgen/nlp/data/reference_nouns.toml" in names
    assert "quizgen/questions/data/kind_fit.json" in names  # the default set's ranking reads it (build, below)
    assert {"quizgen/export/fonts/DejaVuSans.ttf", "quizgen/export/fonts/DejaVuSans-Bold.ttf"} <= set(names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site), NLTK_DATA=EMPTY_NLTK_DATA)
    result = subprocess.run([sys.executable, "-c", "import quizgen, sys; print(quizgen.__file__)"],
                            capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.stdout.strip().startswith(str(site)), result.stdout + result.stderr
    result = subprocess.run([sys.executable, "-m", "quizgen", "extract", str(SAMPLE), "--json"],
                            capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)["facts"]
    assert any(f["kind"] == "person" and f["name"] == "Kassym-Jomart Tokayev" for f in facts)
    result = subprocess.run([sys.executable, "-m", "quizgen", "build", str(SAMPLE), "--format", "pdf", "-o",
                             str(tmp_path / "out")], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "new-kazakhstan.pdf").read_bytes().startswith(b"%PDF")
