"""The sample and the eight dev articles, through the real CLI, judged by the project's own scorer
and question checker from ../shared/tools (skipped in a fresh clone without ../shared)."""

import json
import subprocess
import sys

import pytest

from .conftest import SHARED, needs_shared, run_quizgen

ARTICLES = sorted((SHARED / "dev" / "articles").glob("*.txt")) + [SHARED / "seeds" / "new-kazakhstan.txt"]


def _gold(article):
    name = article.stem + ".json"
    return SHARED / ("gold" if article.parent.name == "seeds" else "dev/gold") / name


def _checked(article, tmp_path, *options):
    out = tmp_path / "q.json"
    out.write_text(run_quizgen("questions", str(article), "--json", *options).stdout, encoding="utf-8")
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "check_questions.py"), str(article), str(out),
                             str(_gold(article))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert "violations=0" in result.stdout
    coverage = float(result.stdout.split("gold_coverage=")[1].split("=")[1].split()[0])
    return json.loads(out.read_text(encoding="utf-8"))["questions"], coverage


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_candidate_passes_the_checker(article, tmp_path):
    needs_shared("tools", "check_questions.py")
    questions, coverage = _checked(article, tmp_path, "--all")
    # issue 12's target for --all; the giveaway checks now refuse what earlier sets asked ("500 miles
    # (800 km)" with the conversion beside the blank, "the _____ space shuttle mission" for "first")
    assert coverage >= 0.7
    kinds = {q["type"] for q in questions}
    assert {"cloze", "mcq", "true_false", "short_answer", "matching"} <= kinds
    # ordering needs three events dated by the time of their own clause: the match report has only
    # two, and an ordering made of quotations would be worse than none; the shuttle report's third
    # date ("last month") and the robotics report's ("This year", "Next year") are no such dates
    if article.stem not in ("wikinews-world-cup-day-five", "wikinews-nasa-shuttles", "wikinews-afghan-robotics"):
        assert "ordering" in kinds


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_the_default_set_asks_each_fact_once_in_a_mix_of_kinds(article, tmp_path):
    """The set a teacher hands out: about one question per 60 words (10 to 40) — fewer only when no
    more candidates pass the checks — no fact and no source sentence twice, kinds mixed, and it
    passes the checker."""
    needs_shared("tools", "check_questions.py")
    questions, _ = _checked(article, tmp_path)
    words = len(article.read_text(encoding="utf-8").split())
    assert 3 <= len(questions) <= max(10, min(40, round(words / 60) + 1))
    explained = json.loads(run_quizgen("questions", str(article), "--json", "--explain").stdout)
    if len(questions) < 10:  # a smaller set: no candidate that passed was left out for room
        assert not any("the set is full" in r for x in explained["rejected"] for r in x["reasons"])
    assert {q["type"] for q in questions} <= {"cloze", "mcq", "true_false", "short_answer"}
    facts = [key for q in questions for key in q["fact_keys"]]
    assert len(facts) == len(set(facts))
    sentences = [(e["start"], e["end"]) for q in questions
                 for e in (q["evidence"] if isinstance(q["evidence"], list) else [q["evidence"]])]
    assert len(sentences) == len(set(sentences))
    assert len({q["type"] for q in questions}) >= 3


def test_fact_scores_on_the_dev_set(tmp_path):
    needs_shared("tools", "score_facts.py")
    preds, golds = tmp_path / "pred", tmp_path / "gold"
    preds.mkdir()
    golds.mkdir()
    for article in ARTICLES:
        (preds / f"{article.stem}.json").write_text(run_quizgen("extract", str(article), "--json").stdout)
        (golds / f"{article.stem}.json").write_text(_gold(article).read_text(encoding="utf-8"))
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "score_facts.py"), "--dir", str(preds),
                             str(golds)], capture_output=True, text=True, check=True)
    f1 = {line.split()[0]: float(line.split()[3]) for line in result.stdout.splitlines()
          if line.split() and line.split()[0] in ("people", "roles", "organizations", "places", "numbers", "dates")}
    # The fact-extraction issue's targets, met on this set: a change that falls below one fails here.
    floor = {"people": 0.95, "roles": 0.85, "organizations": 0.85, "places": 0.9, "numbers": 0.9, "dates": 0.9}
    for category, minimum in floor.items():
        assert f1[category] >= minimum, f"{category} F1 {f1[category]:.2f} < {minimum}\n{result.stdout}"
