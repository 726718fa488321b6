import random
import re

import pytest

from quizgen.model import Evidence, Fact, Mention
from quizgen.questions import build_questions
from quizgen.questions import distractors as dis
from quizgen.questions.validate import problems

from .conftest import SAMPLE


def test_all_six_kinds_on_the_sample(sample_quiz):
    kinds = {q.type for q in sample_quiz.questions}
    assert kinds == {"cloze", "mcq", "true_false", "short_answer", "matching", "ordering"}


def test_every_question_passes_validation_and_is_grounded(sample_quiz):
    text = SAMPLE.read_text(encoding="utf-8")
    for q in sample_quiz.questions:
        assert problems(q) == []
        for ev in q.evidence:
            assert text[ev.start:ev.end] == ev.sentence


def test_cloze_hides_a_fact_in_article_text(sample_quiz):
    text = SAMPLE.read_text(encoding="utf-8")
    for q in (q for q in sample_quiz.questions if q.type == "cloze"):
        hidden = re.search(r"\{\{c1::(.*?)\}\}", q.cloze).group(1)
        assert hidden == q.answer
        assert q.cloze.replace("{{c1::", "").replace("}}", "") in text


def test_mcq_has_four_distinct_options_and_one_key(sample_quiz):
    for q in (q for q in sample_quiz.questions if q.type == "mcq"):
        assert len(q.options) == 4 and len(set(q.options)) == 4
        assert q.options.count(q.answer) == 1
        assert q.answer.lower() not in q.prompt.lower()


def test_same_seed_same_questions_and_ids(sample_quiz):
    from quizgen.api import quiz_set

    again = quiz_set(SAMPLE, seed=0)
    assert [q.to_json() for q in again.questions] == [q.to_json() for q in sample_quiz.questions]
    # ids are content keys: another seed shuffles options but asks the same cloze questions
    other = quiz_set(SAMPLE, seed=7)
    clozes = {q.id: q.cloze for q in sample_quiz.questions if q.type == "cloze"}
    assert {q.id: q.cloze for q in other.questions if q.type == "cloze"} == clozes


def test_types_and_max(sample_quiz):
    only = build_questions(sample_quiz.article, sample_quiz.facts, types=("cloze",), max_questions=5)
    assert len(only) == 5 and {q.type for q in only} == {"cloze"}
    with pytest.raises(ValueError):
        build_questions(sample_quiz.article, sample_quiz.facts, types=("essay",))


def test_volume_one_question_per_60_words(sample_quiz):
    words = len(sample_quiz.article.body.split())
    assert len(sample_quiz.questions) >= words / 60


def _person(name, roles=(), aliases=()):
    ev = Evidence(f"{name} spoke.", 0, len(name) + 7)
    return Fact(kind="person", name=name, aliases=tuple(aliases), roles=tuple(roles),
                mentions=(Mention(name, 0, len(name), ev),))


def test_distractor_that_is_secretly_true_is_never_offered():
    asked = _person("Ann Lee", roles=["director general of the UN office"])
    also_true = _person("Bo Chan", roles=["former director general of the UN office"])
    others = [_person(n, roles=["farmer"]) for n in ("Cy Diaz", "Di Eng", "Ed Fox")]
    facts = (asked, also_true, *others)
    offered = dis.person_distractors(asked, "Ann Lee", facts, random.Random(0),
                                     asked_role="director general of the UN office")
    assert "Bo Chan" not in offered
    assert set(offered) == {"Cy Diaz", "Di Eng", "Ed Fox"}


def test_another_name_of_the_same_person_is_not_a_distractor():
    asked = _person("Ann Lee", aliases=["Lee"])
    facts = (asked, _person("Lee"), _person("Bo Chan"))
    assert "Lee" not in dis.person_distractors(asked, "Lee", facts, random.Random(0))


def test_number_distractors_keep_magnitude_unit_and_format():
    fact = Fact(kind="number", text="7,600 km", value=7600, unit="km")
    options = dis.number_distractors(fact, "7,600 km", (fact,), random.Random(1))
    assert len(options) >= 3
    for option in options:
        assert re.fullmatch(r"\d{1,2},\d00 km", option), option
        assert option != "7,600 km"


def test_number_distractors_never_repeat_a_value_the_article_gives():
    fact = Fact(kind="number", text="30 measures", value=30, unit="measures")
    other = Fact(kind="number", text="15 measures", value=15, unit="measures")
    options = dis.number_distractors(fact, "30 measures", (fact, other), random.Random(0))
    assert "15 measures" not in options


def test_date_distractors_keep_granularity():
    fact = Fact(kind="date", text="October 2021", iso="2021-10")
    options = dis.date_distractors(fact, "October 2021", (fact,), random.Random(0))
    assert options and all(re.fullmatch(r"October (19|20)\d\d", o) for o in options)
    month = Fact(kind="date", text="16 march", iso="--03-16")
    assert all(re.fullmatch(r"16 [a-z]+", o) and o != "16 march" for o in
               dis.date_distractors(month, "16 march", (month,), random.Random(0)))


def test_true_false_false_form_is_false_by_the_article(sample_quiz):
    for q in (q for q in sample_quiz.questions if q.type == "true_false"):
        statement = q.prompt.removeprefix("True or false? ").rstrip(".")
        in_article = statement.lower() in q.evidence[0].sentence.lower()
        assert in_article == (q.answer == "True"), q.prompt


def test_matching_and_ordering_are_built_from_the_article(sample_quiz):
    ordering = next(q for q in sample_quiz.questions if q.type == "ordering")
    assert len(ordering.items) >= 3 and len(ordering.evidence) == len(ordering.items)
    people = {f.name: f.roles for f in sample_quiz.facts if f.kind == "person"}
    matching = [q for q in sample_quiz.questions if q.type == "matching" and q.fact == "person"][0]
    for name, role in matching.pairs:
        assert role in people[name]


def test_short_answer_accepts_surname_and_numeric_forms(sample_quiz):
    from quizgen.grading import is_correct

    person_q = next(q for q in sample_quiz.questions if q.type == "short_answer" and q.fact == "person"
                    and len(q.answer.split()) > 1)
    assert is_correct(person_q, person_q.answer.split()[-1].upper())
    number_q = next(q for q in sample_quiz.questions if q.type == "short_answer" and q.answer == "7,600 km")
    assert is_correct(number_q, "7600")
    assert not is_correct(number_q, "7500")


def test_first_name_answers_get_first_name_distractors():
    son = _person("Samuel")
    facts = (son, _person("Peter Hall", roles=["judge"]), _person("Mary Lopez", roles=["mayor"]),
             _person("George Smith", roles=["pilot"]), _person("Clark Kent", roles=["reporter"]))
    offered = dis.person_distractors(son, "Samuel", facts, random.Random(0))
    assert set(offered) == {"Peter", "Mary", "George", "Clark"}


@pytest.mark.parametrize("sentence, answer, fragment", [
    ("Next year it moves to Mexico City.", "Mexico", True),
    ("They met in the Daughters of the American Revolution Hall.", "American Revolution Hall", True),
    ('It prospered under Joseph "Holy Joe" Atkinson.', "Joseph", True),
    ("He chaired the Task Force on Democratic Policy.", "Democratic Policy", True),
    ("The bronze went to Armenia.", "Armenia", False),
])
def test_a_blank_is_never_part_of_a_longer_name(sentence, answer, fragment):
    from quizgen.questions import _runs_into_a_name

    start = sentence.index(answer)
    mention = Mention(answer, start, start + len(answer), Evidence(sentence, 0, len(sentence)))
    assert _runs_into_a_name(mention) is fragment


@pytest.mark.parametrize("name, kind", [
    ("Los Angeles", "place"), ("Huntsville", "place"), ("Alabama", "region"), ("Oregon", "region"),
    ("Britain", "country"), ("Kenya", "country"), ("Fisht Stadium", "facility"),
])
def test_places_are_told_apart_by_kind_for_distractors(name, kind):
    assert dis.place_class(name) == kind


def test_a_town_is_never_offered_among_states():
    def place(name):
        return Fact(kind="place", name=name)

    city = place("Los Angeles")
    facts = (city, place("Oregon"), place("Alabama"), place("Illinois"), place("Houston"), place("Chicago"),
             place("Seattle"))
    offered = dis.entity_distractors(city, facts, random.Random(0))
    assert offered and set(offered) <= {"Houston", "Chicago", "Seattle"}


def test_country_distractors_after_the_take_the_and_are_never_the_answers_other_name():
    sentence = "The treaty was signed between the United States and Peru."
    start = sentence.index("United States")
    evidence = Evidence(sentence, 0, len(sentence))
    answer = Fact(kind="place", name="United States",
                  mentions=(Mention("United States", start, start + len("United States"), evidence),))
    offered = dis.entity_distractors(answer, (answer,), random.Random(0), evidence)
    assert len(offered) == 3 and all(dis._takes_the(c) for c in offered)
    assert not any("United States" in c for c in offered)
