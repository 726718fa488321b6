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


def test_names_written_in_capitals_after_a_given_name_are_people_with_their_roles():
    # (a record or a programme that writes surnames, or whole names, in capitals)
    roles = _person_roles("The chamber welcomed two members today. We know that TOMAS VARGA is the first "
                          "Kurdish senator from Bergen.")
    assert "first Kurdish senator from Bergen" in roles["TOMAS VARGA"]


def test_each_name_coordinated_after_a_plural_title_is_a_person_with_that_title():
    roles = _person_roles("The bill was signed by Senators VARGA, HOLMQVIST, and Okafor on Tuesday.")
    assert roles == {"VARGA": ("Senator",), "HOLMQVIST": ("Senator",), "Okafor": ("Senator",)}


def test_a_participle_clause_between_the_subject_and_its_copula_keeps_the_role():
    roles = _person_roles("Tomas Berg, born in Oslo in 1950, is now the oldest senator in the chamber.")
    assert "oldest senator in the chamber" in roles["Tomas Berg"]


def test_a_ranked_role_keeps_the_clause_that_says_what_the_ranking_is_about():
    roles = _person_roles("Ada Lind is now the first Kurdish senator Norway has ever elected.")
    assert roles["Ada Lind"] == ("first Kurdish senator Norway has ever elected",)


def test_a_topic_before_the_comma_is_not_the_subjects_role_but_the_named_persons():
    roles = _person_roles("As to the architect of the bridge, Ada Lind names Tomas Berg.")
    assert roles["Ada Lind"] == ()
    assert roles["Tomas Berg"] == ("architect of the bridge",)


def test_a_title_of_address_starts_a_name_and_is_no_part_of_it():
    roles = _person_roles("The letters were written by Mademoiselle Ysolde Perrichon, the daughter of the innkeeper.")
    assert roles == {"Ysolde Perrichon": ("daughter of the innkeeper",)}


def test_a_surname_after_an_elided_particle_is_part_of_the_name():
    roles = _person_roles("Old letters name Octave d'Aubrac, who was one of the cavalry officers of the regiment. "
                          "Later d'Aubrac left Paris.")
    assert roles.get("Octave d'Aubrac") == ("cavalry officer of the regiment",)


def test_one_of_a_group_of_people_is_one_of_them():
    assert "young engineer" in _roles("Ada Lind joined the team as one of a group of young engineers.", "Ada Lind")
    assert "lawyer" in _roles("The city hired Tomas Berg as part of a team of lawyers.", "Tomas Berg")
    assert not _roles("Ada Lind, part of the team, arrived late.", "Ada Lind")


def test_two_clauses_about_two_people_keep_their_own_roles():
    roles = _person_roles("Her father, Tomas Berg, was a geologist and her mother, Ada Lind, is a nurse.")
    assert "nurse" not in roles["Tomas Berg"] and roles["Ada Lind"] == ("nurse",)
    assert "farmer" in _person_roles("Tomas Berg was a geologist and is now a farmer.")["Tomas Berg"]


def test_a_role_said_of_a_relative_pronoun_object_is_not_the_subjects():
    # ("whom" is the object the "as" phrase is said of)
    roles = _person_roles("In Oslo he met Ada Lind, whom Tomas Berg describes as a close friend.")
    assert not any("friend" in role for role in roles["Tomas Berg"])
