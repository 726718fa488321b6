"""The rule vocabulary: each word in one list, and the nouns for people learnt from data loaded with the package."""

from quizgen.vocab import GENERIC_PERSON_NOUNS, OCCUPATIONS, RELATION_NOUNS, ROLE_TITLES, person_nouns


def test_the_learnt_person_nouns_ship_with_the_package_and_hold_everyday_occupations():
    nouns = person_nouns()
    assert len(nouns) > 50
    assert {"novelist", "geologist", "politician"} <= nouns


def test_a_word_is_in_one_list_only():
    lists = {"ROLE_TITLES": ROLE_TITLES, "OCCUPATIONS": OCCUPATIONS, "RELATION_NOUNS": RELATION_NOUNS,
             "GENERIC_PERSON_NOUNS": GENERIC_PERSON_NOUNS, "person_nouns()": person_nouns()}
    names = list(lists)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not lists[a] & lists[b], (a, b, sorted(lists[a] & lists[b]))


def test_the_shipped_person_nouns_are_what_the_builder_makes_from_the_corpora():
    from tests.conftest import needs_shared

    needs_shared("data", "gum")
    from tools.build_person_nouns import person_nouns as build

    assert set(build()) == person_nouns()
