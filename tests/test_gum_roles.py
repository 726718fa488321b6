"""The held-out role measurement (tools/gum_roles.py): gold roles read from GUM's annotation, and the scoring."""

from tests.conftest import needs_shared
from tools.gum_roles import GoldDocument, GoldPerson, gold_document, score_document


def test_gold_roles_come_from_apposition_predicates_and_titles():
    path = needs_shared("data", "gum", "GUM_news_asylum.conllu.gz")
    people = {min(p.names, key=len): p for p in gold_document(path).people.values()}
    assert people["Basya"].constructions["spokesman for the Indonesian military"] == "appos"
    assert people["Basya"].constructions["Major general"] == "title"
    bio = gold_document(needs_shared("data", "gum", "GUM_bio_bernoulli.conllu.gz"))
    daniel = next(p for p in bio.people.values() if "Daniel Bernoulli" in p.names)
    # "was a Swiss mathematician and physicist": a predicate, headed by both nouns
    assert daniel.constructions["Swiss mathematician and physicist"] == "pred"
    assert {"mathematician", "physicist"} <= daniel.roles["Swiss mathematician and physicist"]


def _document() -> GoldDocument:
    lind = GoldPerson({"Ada Lind", "Lind"}, {"the mayor of Bergen": frozenset({"mayor"})}, {"the mayor of Bergen": "appos"})
    berg = GoldPerson({"Tomas Berg"}, {"geologist": frozenset({"geologist"})}, {"geologist": "pred"})
    return GoldDocument("GUM_news_example", "news", "", {"1": lind, "2": berg})


def test_a_role_is_right_when_it_holds_the_head_of_its_persons_description():
    tally = score_document(_document(), [("Ada Lind", ("Lind",), ("mayor of Bergen", "son of the geologist")),
                                         ("Tomas Berg", (), ())])
    assert (tally.gold, tally.found) == (2, 1)  # Berg's "geologist" is missed
    assert (tally.predicted, tally.right) == (2, 1)  # "son of the geologist" is not Lind's description
    assert tally.by_construction == {"appos": [1, 1], "pred": [0, 1]}


def test_roles_of_names_gum_has_as_no_person_are_counted_apart():
    tally = score_document(_document(), [("Bergen Museum", (), ("director",))])
    assert (tally.predicted, tally.unaligned, tally.found) == (0, 1, 0)
