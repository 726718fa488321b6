"""Every role pattern's examples give the stated role and its counter-examples give none (patterns are data:
quizgen/facts/patterns/roles.toml)."""

import pytest

from quizgen.facts.parsed_roles import is_role_word, pattern_data, role_patterns, roles_of
from quizgen.nlp import annotate


def _roles(text: str, person: str) -> dict[str, str]:
    doc = annotate(text)
    start = text.index(person)
    first, last = doc.token_range(start, start + len(person))
    return {r.text: r.pattern for r in roles_of(doc, first, last, is_role_word)}


CASES = [(p["id"], case, True) for p in pattern_data() for case in p["examples"]] + \
        [(p["id"], case, False) for p in pattern_data() for case in p.get("counter_examples", [])]


def test_every_pattern_loads_and_has_examples_and_counter_examples():
    assert len(role_patterns()) == len(pattern_data())
    for p in pattern_data():
        assert p["examples"] and p.get("counter_examples"), p["id"]


@pytest.mark.parametrize("pattern_id, case, matches", CASES,
                         ids=[f"{c[0]}-{'ex' if c[2] else 'counter'}-{n}" for n, c in enumerate(CASES)])
def test_pattern_examples(pattern_id, case, matches):
    found = _roles(case["text"], case["person"])
    if matches:
        assert found.get(case["role"]) == pattern_id, found
    else:
        assert pattern_id not in found.values(), found


def test_a_role_keeps_its_possessor():
    found = _roles("Ada Lind, Tomas Berg's former deputy, took over in May.", "Ada Lind")
    assert "Tomas Berg's former deputy" in found


def test_a_role_of_a_company_is_not_given_to_the_person_who_works_there():
    doc = annotate("Ada Lind, makeup artist for Bergen Studios, won the award.")
    start = doc.text.index("Bergen Studios")
    first, last = doc.token_range(start, start + len("Bergen Studios"))
    assert not roles_of(doc, first, last, is_role_word)


def test_role_words():
    assert is_role_word("ambassador") and is_role_word("co-founder") and is_role_word("hydrologist")
    assert not is_role_word("Mr") and not is_role_word("bridge")


def test_one_of_several_gives_the_singular_role():
    assert "founder of the company" in _roles("Ada Lind, one of the two founders of the company, died in May.", "Ada Lind")
    assert not _roles("Ada Lind, one of the reasons for the delay, arrived late.", "Ada Lind")


def test_nouns_for_people_learnt_from_treebanks_head_roles():
    # "novelist", "lawmaker", "geologist": in no hand list, in the data tools/build_person_nouns.py learns
    assert "novelist from Oslo" in _roles("Tomas Berg, a novelist from Oslo, found the coins.", "Tomas Berg")
    assert "veteran lawmaker" in _roles("Ada Lind is a veteran lawmaker.", "Ada Lind")
    assert not _roles("Ada Lind, the population of the valley, grew.", "Ada Lind")


def test_a_person_by_sex_or_age_is_a_role_only_when_ranked_with_what_the_ranking_is_about():
    assert "first woman to climb the north face" in _roles("Ada Lind was the first woman to climb the north face.",
                                                          "Ada Lind")
    assert "only senator who voted against the bill" in _roles("Ada Lind is the only senator who voted against the bill.",
                                                              "Ada Lind")
    assert not _roles("Ada Lind was a wise woman.", "Ada Lind")
    assert not _roles("Tomas Berg is the smartest man I have ever met.", "Tomas Berg")


def test_a_conjoined_clause_with_its_own_subject_keeps_its_role():
    found = _roles("Her father, Tomas Berg, was a geologist and her mother is a translator.", "Tomas Berg")
    assert "geologist" in found and "translator" not in found


def _person_roles(text: str) -> dict[str, tuple[str, ...]]:
    from quizgen.facts.entities import extract_entities

    return {f.name: f.roles for f in extract_entities(annotate(text)) if f.kind == "person"}


def test_an_age_and_what_comes_before_it_are_not_part_of_the_role():
    assert _person_roles("Ada Lind, a talented 30-year-old architect from Oslo, won.")["Ada Lind"] == ("architect from Oslo",)


def test_an_aside_after_a_comma_is_not_part_of_the_role():
    found = _roles("We know that Ada Lind is the first Kurdish senator from Bergen, sworn in today on a bible.", "Ada Lind")
    assert "first Kurdish senator from Bergen" in found


def test_a_title_the_recogniser_does_not_know_is_not_part_of_the_name_and_is_the_role():
    roles = _person_roles("The bridge was built for Tsar Peter the Great in 1700.")
    assert roles == {"Peter the Great": ("Tsar",)}


def test_a_role_ending_in_of_before_a_titled_name_is_someone_elses():
    roles = _person_roles("The hall has paintings by Ada Lind, the court painter of Shah Abbas, and her pupils.")
    assert roles["Abbas"] == ("Shah",) and "court painter of Shah Abbas" in roles["Ada Lind"]


def test_a_plural_with_a_quantifier_or_a_phrase_with_a_pronoun_is_no_role():
    assert _person_roles("Tomas Berg, like many prominent mathematicians of his day, studied in Paris.") == {"Tomas Berg": ()}
    assert _person_roles("I met Ada Lind, our editor and he said yes.") == {"Ada Lind": ()}


def test_a_ranked_role_does_not_absorb_the_bare_title():
    roles = _person_roles("Senator Ada Lind spoke first. Ada Lind is the first Kurdish senator from Bergen.")
    assert roles["Ada Lind"] == ("Senator", "first Kurdish senator from Bergen")
    # the same title stated twice is one role
    assert _person_roles("Ambassador Ada Lind spoke. Ada Lind, the Afghan Ambassador to Norway, left.") == {
        "Ada Lind": ("Afghan Ambassador to Norway",)}


def test_a_titles_complement_before_a_name_ends_where_a_given_name_begins():
    assert _person_roles("Minister for Health Ada Lind spoke first.") == {"Ada Lind": ("Minister for Health",)}
