from quizgen.grading import is_correct
from quizgen.model import Evidence, Question


def q(answer, accepted=(), kind="short_answer"):
    return Question(id="x", type=kind, prompt="Fill in: _____.", answer=answer, fact="person",
                    evidence=(Evidence("s", 0, 1),), score=1.0, accepted=tuple(accepted))


def test_case_accents_punctuation_and_small_typos():
    question = q("Elvira Azimova", accepted=["Azimova"])
    for typed in ("elvira azimova", "Elvira Azimova.", "Elvíra Azimova", "Elvira Azimowa", "azimova"):
        assert is_correct(question, typed), typed
    assert not is_correct(question, "Zhovtis")
    assert not is_correct(question, "")


def test_numbers_must_be_exact():
    question = q("7,600 km", accepted=["7600"])
    assert is_correct(question, "7600")
    assert is_correct(question, "7,600 km")
    assert not is_correct(question, "7,700 km")
    assert not is_correct(question, "760")


def test_multiple_choice_is_exact():
    question = q("Geneva", kind="mcq")
    assert is_correct(question, "Geneva")
    assert not is_correct(question, "Genevo")
