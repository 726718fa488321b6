"""Property-based tests (hypothesis): random Unicode, real sentences mixed with noise and huge
tokens go through ingest and the whole pipeline without an exception, and every question passes
the project's question checker (../shared/tools/check_questions.py when present, else our own
invariants). About 1,300 examples in all, a few seconds each test."""

from __future__ import annotations

import importlib.util
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.api import quiz_set
from quizgen.export.escape import html_text, markdown_text, spreadsheet_cell
from quizgen.export.lms import gift_escape
from quizgen.ingest import IngestError, article_from_bytes, parse_article
from quizgen.ingest.text import clean_text

from .conftest import SHARED

SENTENCES = [
    "Kassym-Jomart Tokayev was elected President of Kazakhstan in June 2019.",
    "The Tana is the longest river in Kenya, at 1,000 km.",
    "NASA Administrator Charles Bolden announced the decision in Florida on April 12, 1981.",
    "The company employed 4,500 people in Toronto in 2011.",
    "Human Rights Watch (HRW) published its report on Tuesday.",
    "Dean Kamen founded FIRST Global in Manchester, New Hampshire.",
]
NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
# runs of digits up to 600 long: past about 308 a value overflows a float, which must not break anything
HUGE_TOKEN = st.one_of(st.builds(lambda c, n: c * n, st.sampled_from(["a", "Z", "-", "é", "{", "<", "."]),
                                 st.integers(200, 3000)),
                       st.builds(lambda n: "9" * n, st.integers(20, 600)))


def examples(count: int) -> settings:
    return settings(max_examples=count, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _checker():
    path = SHARED / "tools" / "check_questions.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("check_questions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECKER = _checker()


def _own_invariants(text: str, questions: list[dict]) -> list[str]:
    problems = []
    for q in questions:
        evidence = q["evidence"] if isinstance(q["evidence"], list) else [q["evidence"]]
        for ev in evidence:
            if text[ev["start"]:ev["end"]] != ev["sentence"]:
                problems.append(f"{q['id']}: evidence offsets do not give the sentence")
        if q["type"] == "mcq" and list(q["options"]).count(q["answer"]) != 1:
            problems.append(f"{q['id']}: answer is not exactly one option")
    return problems


@examples(400)
@given(st.binary(max_size=3000))
def test_any_bytes_give_an_article_or_one_line_error(raw):
    try:
        article = article_from_bytes(raw, "random.bin")
    except IngestError as error:
        assert "\n" not in str(error) and str(error).startswith("random.bin: ")
        return
    assert article.text[article.body_start:article.body_end] == article.body
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", article.text)


@examples(300)
@given(st.text(max_size=2000))
def test_clean_text_leaves_no_character_an_exporter_rejects(text):
    cleaned = clean_text(text)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]", cleaned)
    assert clean_text(cleaned) == cleaned


@examples(350)
@given(st.text(max_size=300))
def test_escapers_never_let_markup_through(text):
    assert "<" not in html_text(text) and "{{" not in html_text(text)
    gift = gift_escape(text)
    assert "<" not in gift and not re.search(r"(?<!\\)[{}=~#]", gift.replace("&#", ""))
    assert "\n" not in gift
    assert "<" not in markdown_text(text).replace("\\<", "")
    assert not spreadsheet_cell(text).startswith(("=", "@")) or text == ""


@examples(250)
@given(st.lists(st.one_of(st.sampled_from(SENTENCES), NOISE, HUGE_TOKEN), min_size=1, max_size=8),
       st.integers(0, 3))
def test_whole_pipeline_on_sentences_noise_and_huge_tokens(parts, seed):
    text = "Title: Mixed\n\n" + " ".join(parts) + "\n"
    try:
        article = parse_article(clean_text(text), "mixed.txt")
    except IngestError:
        return
    quiz = quiz_set(article, seed=seed)
    questions = [q.to_json() for q in quiz.questions]
    assert not _own_invariants(article.text, questions)
    if CHECKER is not None and questions:
        with tempfile.TemporaryDirectory() as folder:
            source, answers = Path(folder) / "a.txt", Path(folder) / "q.json"
            source.write_text(article.text, encoding="utf-8")
            answers.write_text(json.dumps({"questions": questions}), encoding="utf-8")
            assert CHECKER.main(str(source), str(answers)) == 0


def test_the_checker_is_used_when_present():
    if CHECKER is None:
        pytest.skip(f"needs {SHARED / 'tools' / 'check_questions.py'} (the project's ../shared folder)")
    assert hasattr(CHECKER, "main")


def test_a_number_too_big_for_a_float():
    article = parse_article("Title: Big\n\n" + "9" * 400 + " people came to Nairobi in 2019.\n", "big.txt")
    quiz = quiz_set(article)
    assert not [f for f in quiz.facts if f.kind == "number" and f.text.startswith("999")]
