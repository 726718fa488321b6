"""The parser loaded in a forked helper process (quizgen.nlp.parse.start_helper): the same arcs as
parsing here, the command's output unchanged, and a helper that dies is replaced by parsing here."""

import os
import signal
import sys
from pathlib import Path

import pytest

from quizgen.nlp import PIPELINE
from quizgen.nlp import parse as parsing
from quizgen.nlp.parse import parse, parse_many

from .conftest import run_quizgen

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "new-kazakhstan.txt"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the helper is forked, on Linux only")


def _sample_sentences() -> list[tuple[list[str], list[str]]]:
    from quizgen.model import Document

    text = SAMPLE.read_text(encoding="utf-8")
    components = dict(PIPELINE)
    doc = components["tagger"](components["tokenizer"](Document(text=text, start=0, end=len(text))))
    return [([t.text for t in doc.tokens[s.first_token:s.last_token]], [t.tag for t in doc.tokens[s.first_token:s.last_token]])
            for s in doc.sentences]


@pytest.fixture
def helper(monkeypatch):
    made = parsing._Helper()
    monkeypatch.setattr(parsing, "_helper", made)
    yield made
    parsing.stop_helper()


def test_the_helper_parses_as_this_process_does(helper):
    sentences = _sample_sentences()
    assert len(sentences) > 50
    done = []
    assert parse_many(sentences, done.append) == [parse(words, tags) for words, tags in sentences]
    assert done[-1] == len(sentences)
    # half of the sentences went to the helper's partner, a copy forked once the parser was loaded,
    # which parsed them while the helper parsed the other half; it ends with the helper
    partners = _children(helper.pid)
    assert len(partners) == 1
    parsing.stop_helper()
    with pytest.raises(ChildProcessError):
        os.waitpid(helper.pid, os.WNOHANG)  # it has ended and been reaped
    assert not any(Path(f"/proc/{pid}").exists() for pid in partners)


def test_a_long_text_is_parsed_half_here_half_by_the_helper_with_the_same_arcs(helper, monkeypatch):
    sentences = _sample_sentences()
    monkeypatch.setattr(parsing, "SHARE_FROM_WORDS", 100)
    done = []
    assert parse_many(sentences, done.append) == [parse(words, tags) for words, tags in sentences]
    assert done[-1] == len(sentences)


def test_a_helper_that_died_is_replaced_by_parsing_here(helper):
    sentences = _sample_sentences()[:20]
    os.kill(helper.pid, signal.SIGKILL)
    os.waitpid(helper.pid, 0)
    assert parse_many(sentences) == [parse(words, tags) for words, tags in sentences]
    assert parsing._helper is None


def test_the_command_writes_the_same_facts_with_and_without_the_helper(monkeypatch):
    monkeypatch.setenv("QUIZGEN_PARSER_HELPER", "1")  # (even when the machine is busy)
    with_helper = run_quizgen("extract", "--json", str(SAMPLE)).stdout
    monkeypatch.setenv("QUIZGEN_PARSER_HELPER", "0")
    assert run_quizgen("extract", "--json", str(SAMPLE)).stdout == with_helper


def test_the_recogniser_runs_beside_the_helper_with_the_same_document(monkeypatch):
    from quizgen.nlp import annotate

    text = SAMPLE.read_text(encoding="utf-8")
    alone = annotate(text)
    components = []
    made = parsing._Helper()
    monkeypatch.setattr(parsing, "_helper", made)
    try:
        beside = annotate(text, progress=lambda name, share: components.append((name, share)))
    finally:
        parsing.stop_helper()
    assert beside == alone
    assert beside.entities and any(t.head != i for i, t in enumerate(beside.tokens))
    # the progress still reports each component in the pipeline's order
    in_order = [name for k, (name, _) in enumerate(components) if k == 0 or components[k - 1][0] != name]
    assert in_order == [name for name, _ in PIPELINE]


def test_the_work_meanwhile_is_done_once_also_when_the_helper_dies(helper, monkeypatch):
    sentences = _sample_sentences()
    monkeypatch.setattr(parsing, "SHARE_FROM_WORDS", 100)  # (the long text's way: half here, half there)
    calls = []

    def meanwhile():
        calls.append(1)
        os.kill(helper.pid, signal.SIGKILL)  # it dies while this process works

    assert parse_many(sentences, meanwhile=meanwhile) == [parse(words, tags) for words, tags in sentences]
    assert calls == [1]
    assert parsing._helper is None


def test_a_shared_helper_answers_each_worker_forked_after_it(monkeypatch):
    # a batch's workers: forked after the helper, each takes a seat; one beyond them parses itself
    sentences = _sample_sentences()
    expected = [parse(words, tags) for words, tags in sentences]
    shared = parsing._Helper(clients=2)
    monkeypatch.setattr(parsing, "_helper", shared)
    assert not parsing.helper_running()  # (the process that forked it has no seat)
    results = []
    for _ in range(3):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # a worker: the first two take the seats, the third has none
            code = 1
            try:
                seated = parsing.take_helper_seat()
                same = parse_many(sentences[::-1]) == expected[::-1]
                code = 0 if same and seated == parsing.helper_running() else 1
                os.write(write, b"seated" if seated else b"alone")
            finally:
                os._exit(code)
        os.close(write)
        results.append((pid, read))
    seen = []
    for pid, read in results:
        with os.fdopen(read, "rb") as answer:
            seen.append(answer.read())
        assert os.waitpid(pid, 0)[1] == 0  # the same arcs in every worker
    assert seen == [b"seated", b"seated", b"alone"]
    # the second worker was answered by a copy of the helper, forked once the parser was loaded (so
    # that one worker's sentences never wait behind the other's); stopping the helper ends it too
    copies = _children(shared.pid)
    assert len(copies) == 1
    parsing.stop_helper()
    with pytest.raises(ChildProcessError):
        os.waitpid(shared.pid, os.WNOHANG)
    assert not any(Path(f"/proc/{pid}").exists() for pid in copies)


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out
