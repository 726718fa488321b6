"""How often blind raters accepted each kind of question for each kind of fact: the table the default
set's ranking reads (``quizgen/questions/data/kind_fit.json``).

usage: python -m tools.kind_fit [--first 18] [--last N] [--write]

Reads every logged round from ``docs/ratings/rN/`` (its ``sheet-key.json`` with each question's type
and fact, and the raters' ``rating-*.md``) and counts, per (question type, fact kind), the ratings and
the ACCEPTABLE ones. ``--write`` stores the counts where the ranking reads them; the ranking shrinks each
share towards the overall one (few ratings say little), so the table holds counts, not weights.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATINGS = ROOT / "docs" / "ratings"
TABLE = ROOT / "quizgen" / "questions" / "data" / "kind_fit.json"
LABELS = ("ACCEPTABLE", "WRONG_KEY", "AMBIGUOUS", "UNGRAMMATICAL", "NO_CONTEXT", "BAD_DISTRACTORS", "TRIVIAL", "OTHER")
_VERDICT = re.compile(r"\s*(?:[-*]\s*)?\**(\d+)\**[.):]\s*\**(" + "|".join(LABELS) + r")\b")


def verdicts(path: Path) -> dict[int, str]:
    out: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _VERDICT.match(line)
        if match and int(match.group(1)) not in out:
            out[int(match.group(1))] = match.group(2)
    return out


def counts(first: int, last: int | None) -> tuple[Counter[str], Counter[str], list[int]]:
    rated: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    rounds = []
    for folder in sorted(RATINGS.glob("r*"), key=lambda p: int(p.name[1:]) if p.name[1:].isdigit() else -1):
        if not folder.name[1:].isdigit():
            continue
        number = int(folder.name[1:])
        key_path = folder / "sheet-key.json"
        if number < first or (last is not None and number > last) or not key_path.exists():
            continue
        key = json.loads(key_path.read_text(encoding="utf-8"))
        if not all(isinstance(v, dict) and "type" in v and "fact" in v for v in key.values()):
            continue  # (early rounds' keys do not say the fact's kind)
        rounds.append(number)
        for rating in sorted(folder.glob("rating-*.md")):
            got = verdicts(rating)
            for n, entry in key.items():
                label = got.get(int(n))
                if label is None:
                    continue
                slot = f"{entry['type']}/{entry['fact']}"
                rated[slot] += 1
                accepted[slot] += label == "ACCEPTABLE"
    return rated, accepted, rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=18)
    parser.add_argument("--last", type=int, default=None)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rated, accepted, rounds = counts(args.first, args.last)
    for slot in sorted(rated, key=lambda s: -rated[s]):
        print(f"{slot:28} {accepted[slot]:4}/{rated[slot]:<4} {100 * accepted[slot] / rated[slot]:5.1f}%")
    total = sum(rated.values())
    print(f"{'all':28} {sum(accepted.values()):4}/{total:<4} {100 * sum(accepted.values()) / max(total, 1):5.1f}%"
          f"   rounds {rounds[0]}-{rounds[-1]}" if rounds else "no rounds")
    if args.write:
        TABLE.parent.mkdir(parents=True, exist_ok=True)
        table = {"rounds": rounds, "slots": {s: {"rated": rated[s], "accepted": accepted[s]} for s in sorted(rated)}}
        TABLE.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
        print("written:", TABLE.relative_to(ROOT))


if __name__ == "__main__":
    main()
