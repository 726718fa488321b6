"""Products, ships, awards' fields, demonyms and honorifics are not people or organisations (sentences
written for these tests)."""

import pytest

from quizgen.nlp import annotate


def named(text: str) -> dict[str, str]:
    return {e.text: e.label for e in annotate(text).entities if e.label in ("PERSON", "ORG", "LOC")}


@pytest.mark.parametrize("text, thing", [
    ("She bought an iPhone and a Toyota Corolla in Nairobi last year.", "Toyota Corolla"),
    ("The HMS Victory sailed from Portsmouth to Cadiz in 1805.", "HMS Victory"),
    ("The USS Maine exploded in Havana harbour.", "Maine"),
    ("Ada Lind won the Nobel Prize in Physics in 1921.", "Physics"),
    ("In the story a comet, or the starship Orion, enters the cloud.", "Orion"),
    ("The Senate welcomed two new Members to this Chamber on Monday.", "Chamber"),
    ("His last words to his sister were: \u201cNe pars pas, Marie! J'ai besoin de toi.\u201d", "J'ai"),
])
def test_not_a_person_organisation_or_place(text, thing):
    found = named(text)
    assert not any(thing in name for name in found), found


def test_a_name_after_the_conjunction_that_is_still_a_name():
    assert "Tomas Berg" in named("The report said that Tomas Berg reacted angrily in Oslo.")


def test_a_name_that_modifies_a_noun_after_an_article_is_still_a_name():
    assert named("A BBC reporter interviewed Ada Lind in Oslo.").get("BBC") == "ORG"


def test_demonyms_and_honorifics():
    doc = annotate("The Kenyan delegation met Dr. Ada Lind and Mr. Tomas Berg in Oslo.")
    labels = {e.text: e.label for e in doc.entities}
    assert labels.get("Kenyan") == "NORP"
    assert labels.get("Ada Lind") == "PERSON" and labels.get("Tomas Berg") == "PERSON"
    assert not any(name.startswith(("Dr", "Mr")) for name in labels)


def test_a_list_items_letter_is_no_initial():
    text = ("Which of these peoples built cliff dwellings?\n\nA. Anasazi\n\nB. Cherokee\n\n"
            "J. Smith wrote the report in Oslo.\n")
    found = named(text)
    assert "Anasazi" not in found and "Cherokee" not in found
    assert found.get("J. Smith") == "PERSON"
