import pytest

from quizgen.dates import normalize_date


@pytest.mark.parametrize("text, iso", [
    ("25 April, 2022", "2022-04-25"),
    ("July 9, 1755", "1755-07-09"),
    ("Friday, July 21, 2017", "2017-07-21"),
    ("October 2021", "2021-10"),
    ("2019", "2019"),
    ("16 march", "--03-16"),
    ("December 12", "--12-12"),
    ("September", "--09"),
    ("the 1980s", "1980/1989"),
    ("late 1980s", "1980/1989"),
    ("mid-2000s", "2000/2009"),
    ("1965 to 1969", "1965/1969"),
    ("1974–76", "1974/1976"),
    ("August 1964-August 1965", "1964-08/1965-08"),
    ("June and September", "--06/--09"),
    ("summer of 1966", "1966"),
    ("early months of 1754", "1754"),
    ("the 19th century", "1800/1899"),
    ("the twentieth century", "1900/1999"),
    ("last month", None),
    ("Tuesday", None),
])
def test_normalize(text, iso):
    assert normalize_date(text) == iso


def test_relative_dates_resolve_against_the_article_date():
    assert normalize_date("last month", "2022-05-03") == "2022-04"
    assert normalize_date("yesterday", "2022-05-03") == "2022-05-02"
    assert normalize_date("Seventeen years ago", "2017-07-21") == "2000"


def test_era_years_are_astronomical_iso_years():
    from quizgen.dates import normalize_date

    assert normalize_date("AD 79") == normalize_date("79 AD") == "0079"
    assert normalize_date("44 BC") == normalize_date("44 B.C.") == "-0043"
    assert normalize_date("1 BC") == "0000"


def test_an_era_after_a_range_dates_both_ends():
    from quizgen.nlp import annotate

    assert normalize_date("1200 to about 400 BCE") == "-1199/-0399"
    assert normalize_date("2000 BCE to 900 CE") == "-1999/0900"
    assert normalize_date("1200 to 400 AD") is None  # no range runs backwards
    doc = annotate("The towns flourished from about 1300 to about 500 BCE along the river.")
    assert "1300 to about 500 BCE" in [e.text for e in doc.entities if e.label == "DATE"]
    doc = annotate("The town grew from 1300 to 1400 and then shrank.")
    assert "1300 to 1400" in [e.text for e in doc.entities if e.label == "DATE"]


@pytest.mark.parametrize("sentence, date", [
    ("A few hours ago the council met to vote on the budget.", "A few hours ago"),
    ("Ten thousand years ago hunters arrived in the valley.", "Ten thousand years ago"),
    ("Decades ago the river flooded the town.", "Decades ago"),
    ("Hundreds of years ago settlers built the first farm.", "Hundreds of years ago"),
    ("She moved to the coast three years ago.", "three years ago"),
])
def test_a_time_counted_back_from_now_is_a_date(sentence, date):
    from quizgen.nlp import annotate

    doc = annotate(sentence)
    assert date in [e.text for e in doc.entities if e.label == "DATE"]


def test_a_count_of_years_without_ago_is_not_a_date():
    from quizgen.nlp import annotate

    doc = annotate("The tree is hundreds of years old and the wall took decades to build.")
    assert not [e for e in doc.entities if e.label == "DATE"]
