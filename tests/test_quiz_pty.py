"""The interactive quiz driven through a real pseudo-terminal, keystroke by keystroke."""

import os

import pytest

from .conftest import EMPTY_NLTK_DATA, SAMPLE, quizgen_command

pexpect = pytest.importorskip("pexpect", reason="pexpect (test extra) drives the quiz in a pseudo-terminal")


def test_quiz_in_a_terminal_scores_answers():
    from quizgen.api import quiz_set

    questions = [q for q in quiz_set(SAMPLE).questions if q.type in ("mcq", "true_false", "cloze", "short_answer")][:3]
    command, *args = quizgen_command()
    env = dict(os.environ, NLTK_DATA=EMPTY_NLTK_DATA, TERM="xterm")
    child = pexpect.spawn(command, [*args, "quiz", str(SAMPLE), "--max", "3"], env=env, encoding="utf-8",
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
