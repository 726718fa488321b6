import random
import re

import pytest

from quizgen.model import Evidence, Fact, Mention
from quizgen.questions import build_questions
from quizgen.questions import distractors as dis
from quizgen.questions.kinds import Context
from quizgen.questions.text import norm
from quizgen.questions.validate import problems

from .conftest import SAMPLE


def test_all_six_kinds_among_the_candidates_and_a_mix_in_the_set(sample_quiz, sample_all):
    kinds = {q.type for q in sample_all.questions}
    assert kinds == {"cloze", "mcq", "true_false", "short_answer", "matching", "ordering"}
    assert len({q.type for q in sample_quiz.questions}) >= 4


def test_every_question_passes_validation_and_is_grounded(sample_quiz, sample_all):
    text = SAMPLE.read_text(encoding="utf-8")
    context = Context(sample_all.facts)
    for q in (*sample_quiz.questions, *sample_all.questions):
        assert problems(q, context) == []
        for ev in q.evidence:
            assert text[ev.start:ev.end] == ev.sentence


def test_cloze_hides_a_fact_in_article_text(sample_all):
    text = SAMPLE.read_text(encoding="utf-8")
    for q in (q for q in sample_all.questions if q.type == "cloze"):
        hidden = re.search(r"\{\{c1::(.*?)(?:::[a-z]+)?\}\}", q.cloze).group(1)
        assert hidden == q.answer
        assert re.sub(r"\{\{c1::(.*?)(?:::[a-z]+)?\}\}", r"\1", q.cloze) in text


def test_mcq_has_four_distinct_options_and_one_key(sample_all):
    for q in (q for q in sample_all.questions if q.type == "mcq"):
        assert len(q.options) == 4 and len(set(q.options)) == 4
        assert q.options.count(q.answer) == 1
        assert q.answer.lower() not in q.prompt.lower()


def test_same_seed_same_questions_and_ids(sample_quiz, sample_all):
    from quizgen.api import quiz_set

    again = quiz_set(SAMPLE, seed=0)
    assert [q.to_json() for q in again.questions] == [q.to_json() for q in sample_quiz.questions]
    # ids are content keys: another seed shuffles options but asks the same cloze questions
    other = quiz_set(SAMPLE, seed=7, curated=False)
    clozes = {q.id: q.cloze for q in sample_all.questions if q.type == "cloze"}
    assert {q.id: q.cloze for q in other.questions if q.type == "cloze"} == clozes


def test_types_and_max(sample_quiz):
    only = build_questions(sample_quiz.article, sample_quiz.facts, types=("cloze",), max_questions=5)
    assert len(only) == 5 and {q.type for q in only} == {"cloze"}
    with pytest.raises(ValueError):
        build_questions(sample_quiz.article, sample_quiz.facts, types=("essay",))


def test_the_default_set_has_about_one_question_per_60_words_each_on_its_own_fact(sample_quiz):
    words = len(sample_quiz.article.body.split())
    # fewer when no more candidates pass the checks (precision first: a smaller set of good questions)
    assert 5 <= len(sample_quiz.questions) <= max(10, min(40, round(words / 60)))
    if len(sample_quiz.questions) < 10:
        assert not any("the set is full" in r for x in sample_quiz.rejected for r in x.reasons)
    facts = [k for q in sample_quiz.questions for k in q.fact_keys]
    assert len(facts) == len(set(facts))
    sentences = [(e.start, e.end) for q in sample_quiz.questions for e in q.evidence]
    assert len(sentences) == len(set(sentences))


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


def test_true_false_false_form_is_false_by_the_article(sample_all):
    for q in (q for q in sample_all.questions if q.type == "true_false"):
        if q.truth:
            assert not q.replacement and not q.original, q.statement
        else:
            # the article's answer swapped for another of its kind, and nothing else changed
            assert q.replacement in q.statement and norm(q.original) not in norm(q.statement), q.statement


def test_matching_and_ordering_are_built_from_the_article(sample_all):
    ordering = next(q for q in sample_all.questions if q.type == "ordering")
    assert len(ordering.items) >= 3 and len(ordering.evidence) == len(ordering.items)
    people = {f.name: f.roles for f in sample_all.facts if f.kind == "person"}
    matching = [q for q in sample_all.questions if q.type == "matching" and q.fact == "person"][0]
    for name, role in matching.pairs:
        assert role in people[name]


@pytest.mark.parametrize("kind", ["short_answer", "cloze"])
def test_typed_answers_accept_surname_and_number_without_separator(sample_all, kind):
    """As the README promises: "7600 km" for "7,600 km", and a surname alone, on cloze cards too."""
    from quizgen.grading import is_correct

    person_q = next(q for q in sample_all.questions if q.type == kind and q.fact == "person"
                    and len(q.answer.split()) > 1)
    assert is_correct(person_q, person_q.answer.split()[-1].upper())
    number_q = next(q for q in sample_all.questions if q.type == kind and re.fullmatch(r"\d{1,3},\d{3}", q.answer))
    plain = number_q.answer.replace(",", "")
    for typed in (plain, number_q.answer, plain[:-3] + " " + plain[-3:]):
        assert is_correct(number_q, typed), typed
    assert not is_correct(number_q, str(int(plain) - 100))
    assert not is_correct(number_q, plain[:-1])


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
    ("Britain", "country"), ("Kenya", "country"), ("Fisht Stadium", "facility"), ("Europe", "continent"),
    ("Asia", "continent"), ("Far East", "region"), ("Indiana", "region"),
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


def test_a_continent_is_offered_only_among_continents():
    def place(name):
        return Fact(kind="place", name=name)

    europe = place("Europe")
    facts = (europe, place("Indiana"), place("Far East"), place("Asia"), place("Africa"), place("Oceania"))
    offered = dis.entity_distractors(europe, facts, random.Random(0))
    assert sorted(offered) == ["Africa", "Asia", "Oceania"]
    # with too few other continents in the article, there is no multiple choice rather than a state among them
    assert dis.entity_distractors(europe, facts[:4], random.Random(0), article_only=True) == ["Asia"]


def test_country_distractors_after_the_take_the_and_are_never_the_answers_other_name():
    sentence = "The treaty was signed between the United States and Peru."
    start = sentence.index("United States")
    evidence = Evidence(sentence, 0, len(sentence))
    answer = Fact(kind="place", name="United States",
                  mentions=(Mention("United States", start, start + len("United States"), evidence),))
    offered = dis.entity_distractors(answer, (answer,), random.Random(0), evidence)
    assert len(offered) == 3 and all(dis._takes_the(c) for c in offered)
    assert not any("United States" in c for c in offered)


def test_a_surname_distractor_is_a_form_the_article_uses():
    asked = _person("Ada Lind", aliases=["Lind"], roles=["mayor"])
    called_by_surname = _person("Tomas Berg", aliases=["Berg"], roles=["judge"])
    one_name = _person("Santa Marta", roles=["general"])  # never called "Marta" alone
    offered = dis.person_distractors(asked, "Lind", (asked, called_by_surname, one_name), random.Random(0))
    assert "Berg" in offered and "Marta" not in offered
