"""Nothing breaks and nothing is left half-written: output paths, signals, stale temp files, the
review store, and hostile text in LMS and spreadsheet files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.export import OutputError, write_outputs
from quizgen.export.escape import spreadsheet_cell
from quizgen.export.files import remove_stale_temp_files
from quizgen.export.lms import gift_escape, render_blackboard, render_gift

from .conftest import EMPTY_NLTK_DATA, ROOT, SAMPLE, quizgen_command, run_quizgen


def test_output_path_that_is_a_file(tmp_path):
    target = tmp_path / "decks"
    target.write_text("not a folder")
    result = run_quizgen("build", str(SAMPLE), "-o", str(target), check=False)
    assert result.returncode == 1 and result.stderr == f"quizgen: error: {target}: is a file, not a folder; " \
                                                       "give -o a folder to write into\n"


def test_output_name_that_is_a_folder_replaces_nothing(sample_quiz, tmp_path):
    (tmp_path / "new-kazakhstan.md").write_text("the old worksheet")
    (tmp_path / "new-kazakhstan.apkg").mkdir()
    with pytest.raises(OutputError, match=r"new-kazakhstan\.apkg: is a folder"):
        write_outputs([sample_quiz], tmp_path)
    assert (tmp_path / "new-kazakhstan.md").read_text() == "the old worksheet"
    assert sorted(os.listdir(tmp_path)) == ["new-kazakhstan.apkg", "new-kazakhstan.md"]  # no temp file left


def test_unwritable_or_read_only_folder(sample_quiz, tmp_path, monkeypatch):
    import errno
    import tempfile

    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # as on a read-only mount (chmod does not stop root)
    with pytest.raises(OutputError, match=r": cannot write to the output folder \(read-only file system\)$"):
        write_outputs([sample_quiz], tmp_path)


def test_uncreatable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_quizgen("build", str(SAMPLE), "-o", str(blocker / "sub"), check=False)
    assert result.returncode == 1 and "cannot create the output folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_stale_temp_files_of_dead_builds_are_removed(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".deck.apkg.{dead.pid}.abcd1234.tmp"
    live = tmp_path / f".deck.apkg.{os.getpid()}.abcd1234.tmp"
    old_style = tmp_path / ".deck.md.zz99xx11.tmp"
    for path in (stale, live, old_style):
        path.write_text("partial")
    os.utime(old_style, (time.time() - 7200, time.time() - 7200))
    assert sorted(remove_stale_temp_files(tmp_path)) == sorted([stale, old_style])
    assert live.exists()


def _start_build(out: Path) -> subprocess.Popen:
    env = dict(os.environ, NLTK_DATA=EMPTY_NLTK_DATA, PYTHONIOENCODING="utf-8")
    return subprocess.Popen([*quizgen_command(), "build", str(SAMPLE), "-o", str(out), "--format", "all"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("sig, code, words", [(signal.SIGTERM, 143, "stopped by SIGTERM"),
                                              (signal.SIGINT, 130, "interrupted")])
def test_signal_during_build_one_line_and_no_temp_files(tmp_path, sig, code, words):
    out = tmp_path / "out"
    build = _start_build(out)
    deadline = time.time() + 120
    while time.time() < deadline and not any(out.glob(".*.tmp")) and build.poll() is None:
        time.sleep(0.005)  # wait until it is writing, so the signal lands mid-build
    build.send_signal(sig)
    _, stderr = build.communicate(timeout=120)
    if build.returncode == 0:
        pytest.skip("the build finished before the signal arrived")
    assert build.returncode == code and words in stderr and "Traceback" not in stderr
    assert stderr.strip().count("\n") == 0
    assert not list(out.glob(".*.tmp"))


def test_two_builds_into_one_folder_both_finish_whole(tmp_path):
    out = tmp_path / "out"
    builds = [_start_build(out), _start_build(out)]
    for build in builds:
        build.communicate(timeout=300)
        assert build.returncode == 0
    assert not list(out.glob(".*.tmp"))
    import zipfile

    for name in ("new-kazakhstan.apkg", "new-kazakhstan.qti.zip", "new-kazakhstan.docx", "new-kazakhstan.kahoot.xlsx"):
        assert zipfile.ZipFile(out / name).testzip() is None


def test_review_store_damaged_or_read_only(tmp_path):
    from datetime import UTC, datetime

    from quizgen.quiz.schedule import review
    from quizgen.quiz.store import ReviewStore, StoreError

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="is not a quizgen review history"):
        ReviewStore(damaged)
    store = ReviewStore(tmp_path / "ok.sqlite3")
    store._db.execute("PRAGMA query_only = ON")  # as a read-only file behaves (root ignores chmod)
    now = datetime(2024, 1, 1, tzinfo=UTC)
    with pytest.raises(StoreError, match="the answer could not be saved"):
        store.record("q1", "a.txt", review(None, True, now), True, now)


def test_gift_and_blackboard_escape_html_and_keep_blank_spaces(sample_quiz):
    question = next(q for q in sample_quiz.questions if q.type == "cloze")
    hostile = replace(question, before="<script>alert(1)</script> time ", after=" gained <img src=x onerror=alert(2)>",
                      key="Kazakhstan", hint="", accepted=())
    quiz = replace(sample_quiz, questions=(hostile,))
    gift = render_gift(quiz)
    assert "<script>" not in gift and "<img" not in gift and "&lt;script&gt;" in gift
    assert "time {=Kazakhstan} gained" in gift
    board = render_blackboard(quiz)
    assert "<script>" not in board and "<img" not in board
    assert gift_escape(" a:b ") == " a\\:b "


@pytest.mark.parametrize("cell, safe", [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1+cmd", "'+1+cmd"),
                                        ("@SUM(A1)", "'@SUM(A1)"), ("-5", "-5"), ("+3%", "+3%"), ("Astana", "Astana")])
def test_spreadsheet_formula_injection(cell, safe):
    assert spreadsheet_cell(cell) == safe


def test_kahoot_cells_are_text_never_formulas(sample_quiz, tmp_path):
    from openpyxl import load_workbook

    mcq = next(q for q in sample_quiz.questions if q.type == "mcq")
    evil = replace(mcq, stem="=1+2", options=("=A1", *mcq.options[1:]), key="=A1")
    write_outputs([replace(sample_quiz, questions=(evil,))], tmp_path, ("kahoot", "csv"))
    row = list(load_workbook(tmp_path / "new-kazakhstan.kahoot.xlsx").active.iter_rows(min_row=2, values_only=True))[0]
    assert row[0] == "=1+2" and row[1] == "=A1"
    sheet = load_workbook(tmp_path / "new-kazakhstan.kahoot.xlsx").active
    assert sheet["A2"].data_type == "s"
    assert (tmp_path / "new-kazakhstan.quizlet.tsv").read_text(encoding="utf-8").startswith("'=1+2\t'=A1")


def test_progress_line_only_on_a_terminal():
    import io

    from quizgen.runtime import Progress

    piped = io.StringIO()
    Progress(piped).show("[1/2] a.txt: reading…")
    assert piped.getvalue() == ""  # quiet when stderr is a pipe or a file
    terminal = io.StringIO()
    progress = Progress(terminal, enabled=True)
    progress.show("[1/2] a.txt: reading…")
    progress.clear()
    assert terminal.getvalue() == "\r\x1b[K[1/2] a.txt: reading…\r\x1b[K"


def test_build_on_a_terminal_shows_how_far_annotation_is(tmp_path):
    """On a terminal, a long article shows which annotation step runs and how much of the text it has done."""
    import pexpect

    from .conftest import SAMPLE

    child = pexpect.spawn(sys.executable, ["-m", "quizgen", "build", str(SAMPLE), "-o", str(tmp_path / "out"), "--format", "md"],
                          encoding="utf-8", timeout=120)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    screen = child.before
    assert "parser" in screen and "100%" in screen and "wrote" in screen
