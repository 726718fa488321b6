"""Print a reproducible random sample of questions for rating against docs/rubric.md.

    python -m tools.sample_questions [ARTICLE ...] [--per-article 5] [--seed 2026]

Default articles: the dev set in ../shared/dev/articles.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from quizgen.api import quiz_set
from quizgen.question import Cloze, Matching, MultipleChoice, Ordering

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--per-article", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    articles = args.articles or sorted(DEV.glob("*.txt"))
    rng = random.Random(args.seed)
    number = 0
    for article in articles:
        questions = quiz_set(article).questions
        for q in rng.sample(list(questions), min(args.per_article, len(questions))):
            number += 1
            print(f"--- {number} [{article.stem}] {q.type} ({q.fact})")
            print("Q:", q.stem if isinstance(q, Cloze) else q.prompt)
            if isinstance(q, MultipleChoice):
                print("   options:", " | ".join(q.options))
            for left, right in q.pairs if isinstance(q, Matching) else ():
                print(f"   {left} — {right}")
            for item in q.items if isinstance(q, Ordering) else ():
                print(f"   · {item}")
            print("A:", q.answer)


if __name__ == "__main__":
    main()
