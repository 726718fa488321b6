"""Every date-relation pattern's examples match it and its counter-examples do not (patterns are data:
quizgen/facts/patterns/date_relations.toml)."""

import pytest

from quizgen.facts.date_relations import TIME, date_patterns, date_relation, pattern_data
from quizgen.nlp import annotate


def _relation(text: str, date: str) -> tuple[str, str]:
    doc = annotate(text)
    start = text.index(date)
    first, last = doc.token_range(start, start + len(date))
    return date_relation(doc, first, last)


CASES = [(p["id"], p["relation"], case, True) for p in pattern_data() for case in p["examples"]] + \
        [(p["id"], p["relation"], case, False) for p in pattern_data() for case in p.get("counter_examples", [])]


def test_every_pattern_has_examples_and_counter_examples():
    assert date_patterns()
    for p in pattern_data():
        assert p["examples"] and p.get("counter_examples"), p["id"]


@pytest.mark.parametrize("pattern_id, relation, case, matches", CASES,
                         ids=[f"{c[0]}-{'ex' if c[3] else 'counter'}-{c[2]['date']}" for c in CASES])
def test_pattern_examples(pattern_id, relation, case, matches):
    found, by = _relation(case["text"], case["date"])
    if matches:
        assert (found, by) == (relation, pattern_id)
    else:
        assert by != pattern_id


def test_a_plain_date_is_the_time_of_its_event():
    assert _relation("Ada Lind married Tomas Berg in June 1990.", "June 1990")[0] == TIME
