"""References: pronouns and "the company"-style descriptions to their named antecedents — or to nothing.

Every passage here was written for these tests; none comes from a dev article.
"""

import pytest

from quizgen.nlp import annotate


def resolved(text: str) -> dict[str, str]:
    """Each resolved mention ("She@2" for the second word "She") -> its antecedent's text."""
    doc = annotate(text)
    out = {}
    for ref in doc.references:
        nth = sum(1 for r in doc.references if r.mention.text == ref.mention.text and r.mention.start <= ref.mention.start)
        out[f"{ref.mention.text}@{nth}"] = ref.antecedent.text
    return out


def test_a_pronoun_refers_to_the_only_person_of_its_gender():
    refs = resolved("Peter Okafor visited Maria Lopez in Lagos on Monday. She praised his plan for the port.")
    assert refs.get("She@1") == "Maria Lopez"
    assert refs.get("his@1") == "Peter Okafor"


def test_two_people_of_one_gender_leave_the_pronoun_unresolved():
    refs = resolved("Maria Lopez met Ana Silva in Lisbon last week. She said the talks had gone well.")
    assert "She@1" not in refs


def test_a_pronoun_before_its_name():
    refs = resolved("When he arrived in Nairobi, Peter Okafor was greeted by a large crowd.")
    assert refs.get("he@1") == "Peter Okafor"


@pytest.mark.parametrize("text", [
    "It is likely that the Kenyan government will approve the budget in May.",
    "It seems that nobody in Oslo had heard of the plan.",
])
def test_it_that_refers_to_nothing(text):
    doc = annotate(text)
    assert not [r for r in doc.references if r.mention.text.lower() == "it"]


def test_a_pronoun_cannot_be_its_own_clauses_subject():
    refs = resolved("Peter Okafor thanked John Mensah on Friday. Okafor praised him warmly.")
    assert refs.get("him@1") == "John Mensah"


def test_a_chain_of_pronouns_keeps_its_person():
    text = ("Ada Lind was born in Bergen in 1950. She studied physics in Oslo. "
            "Later she taught at a university in Paris, where her students admired her.")
    refs = resolved(text)
    assert refs.get("She@1") == "Ada Lind"
    assert refs.get("she@1") == "Ada Lind"


def test_it_refers_to_a_named_company():
    refs = resolved("Microsoft opened an office in Nairobi in 2015. It now employs 300 engineers there.")
    assert refs.get("It@1") == "Microsoft"


@pytest.mark.parametrize("text, mention, antecedent", [
    ("Tanzania signed the treaty in March. The country will receive its first payment in June.",
     "The country", "Tanzania"),
    ("Microsoft bought the start-up in 2019. The company later closed its office in Lagos.",
     "The company", "Microsoft"),
    ("Ada Lind, a physicist, moved to Oslo in 1975. The physicist worked there for twenty years.",
     "The physicist", "Ada Lind"),
])
def test_a_definite_description_refers_back(text, mention, antecedent):
    doc = annotate(text)
    refs = {r.mention.text: r.antecedent.text for r in doc.references}
    assert refs.get(mention) == antecedent


def test_a_description_with_nothing_named_before_refers_to_nothing():
    doc = annotate("The company said on Monday that profits had fallen by a third.")
    assert not doc.references


def test_references_carry_offsets_and_a_confidence():
    text = "Maria Lopez founded a bakery in Porto. She sold it in 2010."
    doc = annotate(text)
    assert doc.references
    for ref in doc.references:
        assert text[ref.mention.start:ref.mention.end] == ref.mention.text
        assert text[ref.antecedent.start:ref.antecedent.end] == ref.antecedent.text
        assert ref.antecedent.end <= ref.mention.start or ref.mention.text.lower() in ("he", "she", "his", "her")
        assert 0.7 <= ref.confidence <= 1
