"""Every name construction's examples and counter-examples give the kind of fact (and the role) they
state (the constructions are data: quizgen/facts/patterns/names.toml)."""

import tomllib
from functools import cache
from pathlib import Path

import pytest

from quizgen.api import annotate_article
from quizgen.facts import extract_facts
from quizgen.model import Article

PATTERNS = Path(__file__).resolve().parents[1] / "quizgen" / "facts" / "patterns" / "names.toml"


@cache
def _patterns() -> list[dict]:
    return tomllib.loads(PATTERNS.read_text(encoding="utf-8"))["pattern"]


def _facts(text: str, name: str) -> list:
    article = Article(path="case.txt", text=text, title=None, date=None, body_start=0, body_end=len(text))
    facts = extract_facts(article, annotate_article(article))
    return [f for f in facts if f.kind in ("person", "organization", "place") and name in (f.name, *f.aliases)]


CASES = [(p["id"], case) for p in _patterns() for key in ("examples", "counter_examples") for case in p[key]]


def test_every_pattern_has_examples_counter_examples_and_its_code():
    ids = [p["id"] for p in _patterns()]
    assert len(ids) == len(set(ids))
    for p in _patterns():
        assert p["examples"] and p["counter_examples"] and p["what"], p["id"]
        path, function = p["code"].split(": ")
        source = (PATTERNS.parents[3] / path).read_text(encoding="utf-8")
        assert all(f"def {name.strip()}(" in source for name in function.split(",")), p["code"]


@pytest.mark.parametrize("pattern_id, case", CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_name_pattern_cases(pattern_id, case):
    facts = _facts(case["text"], case["name"])
    kinds = {f.kind for f in facts}
    if case["kind"] == "none":
        assert not kinds, kinds
    else:
        assert kinds == {case["kind"]}, kinds
    if "same_as" in case:
        assert any(case["same_as"] in (f.name, *f.aliases) for f in facts), facts
    if "not_same_as" in case:
        assert not any(case["not_same_as"] in (f.name, *f.aliases) for f in facts), facts
    roles = [role for f in facts for role in f.roles]
    if "role" in case:
        assert case["role"] in roles, roles
    if "not_role" in case:
        assert case["not_role"] not in roles, roles


def test_a_group_in_the_plural_is_no_person():
    # (the recogniser labels such phrases a person only now and then: the check is called directly)
    from quizgen.nlp import annotate
    from quizgen.nlp.name_checks import plausible_person
    from quizgen.nlp.name_tokens import name_mention

    doc = annotate("Turks and Tatars raided the town in 1690.")
    group = name_mention(doc, 0, 3, doc.sentences[0], [("PERSON", 1.0)])
    assert not plausible_person("Turks and Tatars", [group], doc)
    doc = annotate("Charles Dickens wrote the novel in 1850.")
    person = name_mention(doc, 0, 2, doc.sentences[0], [("PERSON", 1.0)])
    assert plausible_person("Charles Dickens", [person], doc)
