"""Statements and wh-questions made from the parse: self-contained, subject resolved, nothing cut.
Every passage was written for these tests."""

from quizgen.api import facts_of
from quizgen.ingest import parse_article

PASSAGE = ("Ada Lind married Tomas Berg in June 1990. The couple moved to Bergen, where Lind opened a bakery in "
           "1995. She was elected mayor of Bergen in 2001. The bakery employs 40 people.")


def mentions(text: str = PASSAGE):
    _, facts = facts_of(parse_article("Title: T\n\n" + text, "t.txt"))
    return [(f, m) for f in facts for m in f.mentions]


def statement_of(answer: str, text: str = PASSAGE):
    return next(m.statement for f, m in mentions(text) if m.text == answer and m.statement)


def test_a_statement_marks_where_its_answer_is():
    for _, m in mentions():
        if m.statement:
            assert m.statement.answer == m.text


def test_a_pronoun_subject_is_replaced_by_the_name_it_refers_to():
    st = statement_of("2001")
    assert st.text.startswith("Ada Lind was elected mayor of Bergen") or st.text.startswith("Lind was elected")
    assert "She" not in st.text


def test_a_relative_clause_is_a_statement_of_its_own():
    st = statement_of("1995")
    assert st.text == "Lind opened a bakery in 1995"


def test_wh_questions():
    questions = {m.text: m.statement.question for _, m in mentions() if m.statement and m.statement.question}
    assert questions["June 1990"] == "When did Ada Lind marry Tomas Berg?"
    assert questions["1995"] == "In what year did Lind open a bakery?"
    assert questions["40 people"] == "How many people does the bakery employ?"
    assert questions["Tomas Berg"] == "Who did Ada Lind marry in June 1990?"


def test_an_unresolvable_pronoun_subject_gives_no_statement():
    text = "Ada Lind met Maria Berg in Oslo in 1990. She founded a bakery in 1995."
    assert not any(m.statement for f, m in mentions(text) if m.text == "1995")


def test_a_date_that_is_not_the_time_of_its_event_gets_no_when_question():
    text = "Ada Lind has run the bakery in Bergen since 1995."
    date = next(f for f, m in mentions(text) if f.kind == "date")
    assert date.relation == "since"
    assert not any(m.statement and m.statement.question for m in date.mentions)
