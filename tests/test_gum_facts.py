"""The held-out facts measurement (tools/gum_facts.py): named entities and dates read from GUM, and the scoring."""

from tests.conftest import needs_shared
from tools.gum_facts import GoldEntity, GoldFacts, gold_facts, score_document


def _forms(path, kind):
    return [e.forms for e in gold_facts(path).entities if e.kind == kind]


def test_gold_names_are_proper_names_without_their_location_or_title():
    path = needs_shared("data", "gum", "GUM_bio_fillmore.conllu.gz")
    organisations = _forms(path, "organization")
    # "the University of Pisa" keeps its "of" complement; "Pisa" inside it is no place of its own
    assert any("University of Pisa" in forms for forms in organisations)
    assert not any("Pisa" in forms for forms in _forms(path, "place"))
    people = _forms(path, "person")
    fillmore = next(forms for forms in people if "Fillmore" in forms)
    assert "Charles J. Fillmore" in fillmore
    # "President of the Linguistic Society of America" is a title, not a name of his
    assert not any(form.startswith("President") for form in fillmore)
    chao = needs_shared("data", "gum", "GUM_bio_chao.conllu.gz")
    # "the University of California at Berkeley": the place it is at is not part of its name
    assert any("University of California" in forms for forms in _forms(chao, "organization"))
    # a plural proper noun names a group, not a person ("the Bernoullis")
    bernoulli = needs_shared("data", "gum", "GUM_bio_bernoulli.conllu.gz")
    assert not any("Bernoullis" in forms for forms in _forms(bernoulli, "person"))


def test_gold_people_named_beside_a_title_keep_their_whole_name():
    # "Republican Party nominee Ken Cuccinelli": GUM heads the mention by the title
    people = _forms(needs_shared("data", "gum", "GUM_interview_libertarian.conllu.gz"), "person")
    assert any("Ken Cuccinelli" in forms for forms in people)
    # "Jann Wenner of Rolling Stone": where someone works is not part of their name
    people = _forms(needs_shared("data", "gum", "GUM_news_warhol.conllu.gz"), "person")
    assert any("Jann Wenner" in forms for forms in people)
    assert any("Truman Capote" in forms for forms in people)  # "author Truman Capote"


def test_chains_of_one_kind_that_share_a_name_are_one_entity_and_directions_are_no_places():
    places = _forms(needs_shared("data", "gum", "GUM_voyage_tulsa.conllu.gz"), "place")
    assert sum("Oklahoma" in forms for forms in places) == 1  # (GUM has it in two chains)
    assert not any({"North", "Southeast"} & forms for forms in places)  # "From the North": a heading


def test_gold_dates_hold_a_year_or_a_month():
    dates = gold_facts(needs_shared("data", "gum", "GUM_news_asylum.conllu.gz")).dates
    assert "May 18 , 2015" in dates
    assert all(any(c.isdigit() for c in d) or d.split()[0] in ("May", "June") for d in dates)


def _document() -> GoldFacts:
    entities = (GoldEntity("person", {"Ada Lind", "Lind"}), GoldEntity("person", {"Tomas Lind"}),
                GoldEntity("organization", {"University of Bergen"}), GoldEntity("place", {"Bergen"}))
    return GoldFacts("GUM_news_example", "news", "", entities, ("March 3 , 1990", "1991"), {})


def test_names_pair_one_to_one_exact_names_first():
    # "Lind" stands for Ada Lind exactly: Tomas Lind is not taken by the short form
    tallies = score_document(_document(), [("person", ("Tomas Lind",)), ("person", ("Lind",)),
                                           ("person", ("Ada Lind",))])
    person = tallies["person"]
    assert (person.gold, person.predicted, person.found, person.right) == (2, 3, 2, 2)  # one for Ada is extra


def test_a_name_of_the_wrong_kind_is_wrong_and_missed():
    misses: list[str] = []
    wrong: list[str] = []
    tallies = score_document(_document(), [("place", ("University of Bergen",)), ("place", ("Bergen",)),
                                           ("date", ("March 3, 1990",)), ("date", ("Sunday",))], misses, wrong)
    assert (tallies["place"].found, tallies["place"].right, tallies["place"].predicted) == (1, 1, 2)
    assert tallies["organization"].found == 0
    assert "GUM_news_example: organization University of Bergen (quizgen: place)" in misses
    assert "GUM_news_example: place University of Bergen (GUM: organization)" in wrong
    # a date is right when its text and the gold one's agree; a weekday alone is not counted
    assert (tallies["date"].gold, tallies["date"].predicted, tallies["date"].found) == (2, 1, 1)


def test_a_second_name_of_a_place_found_is_right():
    entities = (GoldEntity("place", {"United States", "America"}),)
    gold = GoldFacts("GUM_news_example", "news", "", entities, (), {})
    place = score_document(gold, [("place", ("United States",)), ("place", ("America",))])["place"]
    assert (place.gold, place.found, place.predicted, place.right) == (1, 1, 2, 2)
