"""Draw a rating sheet from quizgen's questions, as ../shared/quality/RATING.md describes.

    python -m tools.sample_questions QUESTIONS_DIR ARTICLES_DIR N [--seed 2026] [--key KEY.json] > sheet.md

QUESTIONS_DIR holds ``NAME.json`` files written by ``quizgen questions NAME.txt --json`` (the default
set, what a user gets); ARTICLES_DIR the ``NAME.txt`` articles. About N questions are drawn, spread
evenly over the articles and, within each, over the question types. The sheet shows what a learner
sees and the keyed answer, numbered 1…N with nothing that tells who made them; the key file (default
``sheet-key.json`` beside the current directory) maps each number to its article and question id.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path


def _stratified(questions: list[dict], n: int, rng: random.Random) -> list[dict]:
    """``n`` questions, types taken in turn so that every type present is represented."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    for q in questions:
        by_type[q["type"]].append(q)
    for pool in by_type.values():
        rng.shuffle(pool)
    chosen: list[dict] = []
    types = sorted(by_type)
    rng.shuffle(types)
    while len(chosen) < n and any(by_type.values()):
        for t in types:
            if by_type[t] and len(chosen) < n:
                chosen.append(by_type[t].pop())
    return chosen


def render(number: int, article: str, q: dict) -> str:
    lines = [f"### {number}. ({article}; {q['type']})"]
    lines.append(q.get("cloze") if q["type"] == "cloze" and q.get("cloze") else q["prompt"])
    for k, option in enumerate(q.get("options") or []):
        if q["type"] == "mcq":
            lines.append(f"   {'ABCDEFGH'[k]}. {option}")
    for left, right in q.get("pairs") or []:
        lines.append(f"   - {left} — {right}")
    for item in q.get("items") or []:
        lines.append(f"   - {item}")
    lines.append(f"Keyed answer: {q['answer']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--key", type=Path, default=Path("sheet-key.json"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    files = sorted(args.questions.glob("*.json"))
    if not files:
        parser.error(f"{args.questions}: no question files (NAME.json)")
    per_article = max(1, round(args.n / len(files)))
    drawn: list[tuple[str, dict]] = []
    for path in files:
        if not (args.articles / f"{path.stem}.txt").exists():
            parser.error(f"{path.stem}: no article {args.articles / (path.stem + '.txt')}")
        questions = json.loads(path.read_text(encoding="utf-8"))["questions"]
        drawn += [(path.stem, q) for q in _stratified(questions, per_article, rng)]
    rng.shuffle(drawn)
    key = {}
    print("# Questions to rate\n")
    print("For each: does it meet every point of the rubric? Read the article first.\n")
    for number, (article, q) in enumerate(drawn, 1):
        print(render(number, article, q) + "\n")
        key[number] = {"article": article, "id": q["id"], "type": q["type"], "fact": q.get("fact")}
    args.key.write_text(json.dumps(key, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
