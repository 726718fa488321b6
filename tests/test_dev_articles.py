"""The sample and the eight dev articles (and dev2's six of other kinds), through the real CLI, judged by
the project's own scorer and question checker from ../shared/tools (skipped in a fresh clone without
../shared)."""

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
    # (a short report can give a single question: the set leaves out the kinds of question blind raters
    # accepted well below the rest for a kind of fact, quizgen.questions.fit, and every candidate a check
    # refuses; the set is never empty on these articles)
    assert 1 <= len(questions) <= max(10, min(40, round(words / 60) + 1))
    explained = json.loads(run_quizgen("questions", str(article), "--json", "--explain").stdout)
    if len(questions) < 10:  # a smaller set: no candidate that passed was left out for room
        assert not any("the set is full" in r for x in explained["rejected"] for r in x["reasons"])
    assert {q["type"] for q in questions} <= {"cloze", "mcq", "true_false", "short_answer"}
    facts = [key for q in questions for key in q["fact_keys"]]
    assert len(facts) == len(set(facts))
    sentences = [(e["start"], e["end"]) for q in questions
                 for e in (q["evidence"] if isinstance(q["evidence"], list) else [q["evidence"]])]
    assert len(sentences) == len(set(sentences))
    assert len({q["type"] for q in questions}) >= (3 if len(questions) >= 6 else min(2, len(questions)))


def _scores(tmp_path, articles, gold_of) -> tuple[dict[str, float], str]:
    """Per-category F1 and the macro-F1 of ``quizgen extract --json`` on ``articles``, by the shared scorer."""
    preds, golds = tmp_path / "pred", tmp_path / "gold"
    preds.mkdir(parents=True)
    golds.mkdir(parents=True)
    for article in articles:
        (preds / f"{article.stem}.json").write_text(run_quizgen("extract", str(article), "--json").stdout)
        (golds / f"{article.stem}.json").write_text(gold_of(article).read_text(encoding="utf-8"))
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "score_facts.py"), "--dir", str(preds),
                             str(golds)], capture_output=True, text=True, check=True)
    lines = [line.split() for line in result.stdout.splitlines() if line.split()]
    f1 = {cells[0]: float(cells[3]) for cells in lines if cells[0] in CATEGORIES}
    f1["macro"] = next(float(cells[1]) for cells in lines if cells[0] == "macro-F1")
    return f1, result.stdout


CATEGORIES = ("people", "roles", "organizations", "places", "numbers", "dates")


def test_fact_scores_on_the_dev_set(tmp_path):
    """The fact-extraction issue's targets (not the levels reached): macro-F1 at least 0.88 on the dev
    set, every category at least 0.80."""
    needs_shared("tools", "score_facts.py")
    f1, report = _scores(tmp_path, ARTICLES, _gold)
    assert f1["macro"] >= 0.88, f"macro-F1 {f1['macro']:.3f} < 0.88\n{report}"
    for category in CATEGORIES:
        assert f1[category] >= 0.80, f"{category} F1 {f1[category]:.2f} < 0.80\n{report}"


def test_fact_scores_on_the_other_kinds_of_text(tmp_path):
    """The same issue's targets on dev2 (travel guides, textbooks, a speech, a biography): macro-F1 at
    least 0.83 with roles at least 0.75, and within 0.05 of the dev set's."""
    needs_shared("dev2", "gold")
    other = sorted((SHARED / "dev2" / "articles").glob("*.txt"))
    f1, report = _scores(tmp_path, other, lambda a: SHARED / "dev2" / "gold" / f"{a.stem}.json")
    assert f1["macro"] >= 0.83, f"dev2 macro-F1 {f1['macro']:.3f} < 0.83\n{report}"
    assert f1["roles"] >= 0.75, f"dev2 roles F1 {f1['roles']:.2f} < 0.75\n{report}"
    dev, _ = _scores(tmp_path / "dev", ARTICLES, _gold)
    assert dev["macro"] - f1["macro"] <= 0.05, f"dev {dev['macro']:.3f} against dev2 {f1['macro']:.3f}\n{report}"
