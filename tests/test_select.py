"""The curated set: one question per fact and per sentence, kinds mixed, true and false balanced,
and no question (or the source shown after it) giving another's answer away."""

import json

from quizgen.model import Article, Evidence
from quizgen.question import Cloze, MultipleChoice, TrueFalse
from quizgen.questions.select import default_size, select

from .conftest import SAMPLE, run_quizgen


def _ev(text: str, start: int) -> Evidence:
    return Evidence(text, start, start + len(text))


def _cloze(qid, sentence, answer, fact, start, score=1.0):
    at = sentence.index(answer)
    return Cloze(id=qid, key=answer, before=sentence[:at], after=sentence[at + len(answer):], fact="place",
                 evidence=(_ev(sentence, start),), score=score, fact_keys=(fact,))


def test_a_statement_that_answers_another_question_is_never_in_the_same_set():
    asked = _cloze("a", "The ferry to the island leaves from Portmore every morning.", "Portmore", "place:Portmore", 0)
    giveaway = TrueFalse(id="b", statement="The harbour master of Portmore rang the bell at noon.", truth=True,
                         fact="person", evidence=(_ev("The harbour master of Portmore rang the bell at noon.", 100),),
                         score=0.99, fact_keys=("person:Ann",))
    other = _cloze("c", "The bridge was built across the river at Wexby in the spring.", "Wexby", "place:Wexby", 200,
                   0.5)
    chosen, dropped = select([asked, giveaway, other], 3)
    assert [q.id for q in chosen] == ["a", "c"]
    assert "give away the answer of question a" in dropped[0].reasons[0]


def _quay_question(sentence: str) -> MultipleChoice:
    """"Who opened the new quay?" (Ann Lee, among Bo Chan, Cy Diaz and Di Eng), from ``sentence``."""
    return MultipleChoice(id="m", stem="Who opened the new quay, according to the article?", key="Ann Lee",
                          options=("Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"), fact="person",
                          evidence=(_ev(sentence, 0),), score=1.0, fact_keys=("person:Ann Lee",))


def test_the_source_shown_after_a_question_never_answers_another():
    # the multiple-choice question's own text is harmless, but the sentence shown after it names the cloze's answer
    mcq = _quay_question("Ann Lee opened the new quay at Portmore in front of a large crowd.")
    cloze = _cloze("c", "Ferries leave from Portmore every morning at seven.", "Portmore", "place:Portmore", 300, 0.9)
    chosen, _ = select([mcq, cloze], 2)
    assert [q.id for q in chosen] == ["m"]


def test_an_option_among_others_gives_nothing_away():
    # "Bo Chan" is one of four options of the first question and the answer of the second: both stay
    sentence = "Ann Lee opened the new quay in front of a large crowd."
    mcq = _quay_question(sentence)
    cloze = _cloze("c", "The ferry was first sailed by Bo Chan in the spring.", "Bo Chan", "person:Bo Chan", 300, 0.9)
    chosen, _ = select([mcq, cloze], 2)
    assert [q.id for q in chosen] == ["m", "c"]
    # but a stem that names the other answer still does
    telling = MultipleChoice(id="t", stem="Who opened the quay that Bo Chan sailed to, according to the article?",
                             key="Ann Lee", options=("Ann Lee", "Cy Diaz", "Di Eng", "Ed Fox"), fact="person",
                             evidence=(_ev(sentence, 0),), score=1.0, fact_keys=("person:Ann Lee",))
    chosen, _ = select([telling, cloze], 2)
    assert [q.id for q in chosen] == ["t"]


def test_one_question_per_fact_and_per_sentence():
    sentence = "The ferry to the island leaves from Portmore every morning at seven."
    first = _cloze("a", sentence, "Portmore", "place:Portmore", 0)
    same_fact = _cloze("b", "Portmore has had a harbour since the middle ages.", "Portmore", "place:Portmore", 100, 0.9)
    same_sentence = _cloze("c", sentence, "seven", "number:seven", 0, 0.8)
    chosen, dropped = select([first, same_fact, same_sentence], 3)
    assert [q.id for q in chosen] == ["a"]
    assert {r.id for r in dropped} == {"b", "c"}


def test_true_and_false_statements_are_balanced():
    statements = []
    for n in range(6):
        text = f"Statement number {n} about the island of Wexby is in this article."
        statements.append(TrueFalse(id=f"t{n}", statement=text, truth=True, fact="place",
                                    evidence=(_ev(text, 100 * n),), score=1.0 - n / 100, fact_keys=(f"f{n}",)))
    text = "A false statement about the harbour of Wexby is in this article too."
    statements.append(TrueFalse(id="f", statement=text, truth=False, original="Wexby", replacement="Portmore",
                                fact="place", evidence=(_ev(text, 1000),), score=0.5, fact_keys=("g",)))
    chosen, _ = select(statements, 6)
    truths = [q.truth for q in chosen]
    assert abs(truths.count(True) - truths.count(False)) <= 1


def test_the_set_size_follows_the_article_length():
    def article(words):
        body = "word " * words
        return Article(path="a.txt", text=body, title=None, date=None, body_start=0, body_end=len(body))

    assert default_size(article(100)) == 10
    assert default_size(article(1200)) == 20
    assert default_size(article(9000)) == 40


def test_questions_explain_lists_what_was_left_out_and_why():
    result = json.loads(run_quizgen("questions", str(SAMPLE), "--json", "--explain", "--max", "5").stdout)
    assert len(result["questions"]) == 5
    reasons = [reason for r in result["rejected"] for reason in r["reasons"]]
    assert result["rejected"] and all(r["stage"] in ("build", "check", "set") for r in result["rejected"])
    assert any("already" in r or "fact question" in r for r in reasons)
    # the JSON keeps its keys, and says which facts each question asks about
    first = result["questions"][0]
    assert {"id", "type", "prompt", "answer", "fact", "evidence", "score", "difficulty", "fact_keys"} <= set(first)
    everything = json.loads(run_quizgen("questions", str(SAMPLE), "--json", "--all").stdout)["questions"]
    assert len(everything) > 3 * len(result["questions"])


def test_the_articles_own_subject_is_never_the_blank(tmp_path):
    article = tmp_path / "interview.txt"
    article.write_text("Interview with Ada Lind\n\nAda Lind founded the Bergen Bakery in 1990 with Tomas Berg. "
                       "Tomas Berg left the bakery in 1995 to open a cafe in Oslo. The bakery employs 40 people "
                       "and sells 2,000 loaves a day. Ada Lind was elected mayor of Bergen in 2004.\n", encoding="utf-8")
    data = json.loads(run_quizgen("questions", str(article), "--json", "--all").stdout)
    assert data["questions"]
    assert all(q["answer"] != "Ada Lind" for q in data["questions"])
