"""The interactive quiz driven through a real pseudo-terminal, keystroke by keystroke."""

import os
import re
import sqlite3

import pytest

from .conftest import EMPTY_NLTK_DATA, SAMPLE, quizgen_command

pexpect = pytest.importorskip("pexpect", reason="pexpect (test extra) drives the quiz in a pseudo-terminal")


def test_quiz_in_a_terminal_scores_answers():
    from quizgen.api import quiz_set

    questions = [q for q in quiz_set(SAMPLE).questions if q.type in ("mcq", "true_false", "cloze", "short_answer")][:3]
    command, *args = quizgen_command()
    env = dict(os.environ, NLTK_DATA=EMPTY_NLTK_DATA, TERM="xterm")
    child = pexpect.spawn(command, [*args, "quiz", str(SAMPLE), "--max", "3", "--no-schedule"], env=env, encoding="utf-8",
                          timeout=60, dimensions=(40, 200))
    try:
        expected_correct = 0
        for number, q in enumerate(questions, 1):
            child.expect(f"Question {number} of 3")
            if q.type in ("mcq", "true_false"):
                # answer the first question right and the others with the first option shown
                if number == 1:
                    for _ in range(q.options.index(q.answer)):
                        child.send("\x1b[B")  # arrow down
                    expected_correct += 1
                elif q.options[0] == q.answer:
                    expected_correct += 1
                child.send("\r")
            else:
                reply = q.answer if number == 1 else "nothing like it"
                expected_correct += number == 1
                child.sendline(reply)
            child.expect("Correct|The answer is")
        child.expect(r"Score: (\d+)/3")
        assert int(child.match.group(1)) == expected_correct
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def _answer_all(child, questions, right: bool) -> None:
    for number, q in enumerate(questions, 1):
        child.expect(f"Question {number} of {len(questions)}")
        child.expect(re.escape(q.prompt[:40]))
        if q.type in ("mcq", "true_false"):
            target = q.answer if right else next(o for o in q.options if o != q.answer)
            for _ in range(q.options.index(target)):
                child.send("\x1b[B")
            child.send("\r")
        else:
            child.sendline(q.answer if right else "nothing like it")
        child.expect("Correct" if right else "The answer is")
        child.expect(r"Next review: (in \d+ minutes?)")


def test_the_quiz_remembers_answers_and_asks_what_is_due(tmp_path):
    """Two sittings with one review history: the second asks new questions, not the ones just
    answered, and the history holds every answer."""
    from quizgen.api import quiz_set

    store = tmp_path / "reviews.sqlite3"
    askable = [q for q in quiz_set(SAMPLE, types=("mcq", "true_false")).questions]
    command, *args = quizgen_command()
    env = dict(os.environ, NLTK_DATA=EMPTY_NLTK_DATA, TERM="xterm")
    for sitting, (expected, right) in enumerate(((askable[:2], True), (askable[2:4], False))):
        child = pexpect.spawn(command, [*args, "quiz", str(SAMPLE), "--max", "2", "--types", "mcq,true_false",
                                        "--store", str(store)], env=env, encoding="utf-8", timeout=60,
                              dimensions=(40, 200))
        try:
            _answer_all(child, expected, right)
            child.expect(r"Score: (\d)/2")
            assert int(child.match.group(1)) == (2 if right else 0)
            child.expect(pexpect.EOF)
        finally:
            child.close()
        assert child.exitstatus == 0, f"sitting {sitting + 1}"
    with sqlite3.connect(store) as db:
        rows = db.execute("SELECT question_id, correct FROM reviews ORDER BY id").fetchall()
    assert rows == [(q.id, 1) for q in askable[:2]] + [(q.id, 0) for q in askable[2:4]]


def test_when_everything_is_answered_the_quiz_says_when_to_come_back(tmp_path):
    from quizgen.api import quiz_set

    article = tmp_path / "bridge.txt"
    article.write_text("Title: The new bridge\n\nMayor Maria Lopez opened the bridge in Leeds on 3 May 2021. "
                       "It cost 40 million pounds.\n", encoding="utf-8")
    store = tmp_path / "reviews.sqlite3"
    questions = quiz_set(article, types=("short_answer",)).questions
    assert questions
    command, *args = quizgen_command()
    env = dict(os.environ, NLTK_DATA=EMPTY_NLTK_DATA, TERM="xterm")
    run = [*args, "quiz", str(article), "--types", "short_answer", "--max", "50", "--store", str(store)]
    child = pexpect.spawn(command, run, env=env, encoding="utf-8", timeout=60, dimensions=(40, 200))
    try:
        _answer_all(child, questions, True)
        child.expect(pexpect.EOF)
    finally:
        child.close()
    child = pexpect.spawn(command, run, env=env, encoding="utf-8", timeout=60, dimensions=(40, 200))
    try:
        child.expect(r"nothing is due for review\. The next review is due in (\d+) minutes?\.")
        assert 1 <= int(child.match.group(1)) <= 10
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
