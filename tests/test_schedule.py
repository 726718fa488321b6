"""Spaced repetition: the FSRS schedule and the SQLite review history, with a fixed clock."""

from datetime import UTC, datetime, timedelta

import pytest

from quizgen.model import Evidence
from quizgen.question import ShortAnswer
from quizgen.quiz import ReviewStore, StoreError, due_questions, review
from quizgen.quiz.schedule import describe_wait, next_due

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def question(n: int) -> ShortAnswer:
    evidence = Evidence(f"Sentence {n} of the article.", 0, 27)
    return ShortAnswer(id=f"q{n}", stem=f"What is question number {n}?", key=str(n), fact="number",
                       evidence=(evidence,), score=1.0)


def test_a_known_answer_comes_back_later_than_a_missed_one():
    known = review(review(None, True, T0), True, T0 + timedelta(minutes=10))
    missed = review(review(None, True, T0), False, T0 + timedelta(minutes=10))
    assert known.due - (T0 + timedelta(minutes=10)) >= timedelta(days=1)
    assert missed.due - (T0 + timedelta(minutes=10)) <= timedelta(minutes=10)
    # the same answers at the same times give the same schedule (no fuzzing)
    assert review(review(None, True, T0), True, T0 + timedelta(minutes=10)).due == known.due


def test_due_reviews_come_first_then_new_questions_and_the_rest_wait():
    questions = [question(n) for n in range(5)]
    cards = {"q0": review(None, True, T0), "q1": review(None, False, T0 - timedelta(days=1)),
             "q2": review(review(None, True, T0), True, T0 + timedelta(minutes=10))}
    now = T0 + timedelta(minutes=30)
    # q1 is overdue, q0 came due after its ten-minute step, q2 waits days; q3, q4 are new
    assert [q.id for q in due_questions(questions, cards, now)] == ["q1", "q0", "q3", "q4"]
    assert next_due(questions, {"q2": cards["q2"]}) == cards["q2"].due


def test_describe_wait():
    assert describe_wait(T0, T0) == "now"
    assert describe_wait(T0 + timedelta(minutes=10), T0) == "in 10 minutes"
    assert describe_wait(T0 + timedelta(days=1, hours=2), T0) == "in 1 day"
    assert describe_wait(T0 + timedelta(days=3), T0) == "in 3 days"


def test_the_history_survives_closing_the_store(tmp_path):
    path = tmp_path / "sub" / "reviews.sqlite3"
    card = review(None, True, T0)
    with ReviewStore(path) as store:
        store.record("q1", "article.txt", card, True, T0)
        store.record("q1", "article.txt", review(card, False, T0 + timedelta(minutes=10)), False, T0)
    with ReviewStore(path) as store:
        cards = store.cards(["q1", "q2"])
        assert list(cards) == ["q1"] and cards["q1"].due == review(card, False, T0 + timedelta(minutes=10)).due
        assert store.review_count() == 2


def test_a_file_that_is_not_a_review_history_is_a_clear_error(tmp_path):
    path = tmp_path / "reviews.sqlite3"
    path.write_text("not a database, just text " * 100)
    with pytest.raises(StoreError, match=r"reviews\.sqlite3: is not a quizgen review history"):
        ReviewStore(path)
