"""The ``quizgen`` command: a thin layer over the Python API (quizgen.api)."""

from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .api import annotate_article, facts_of, quiz_set
from .export import AVAILABLE, DEFAULT_FORMATS, ExportError, parse_formats, write_outputs
from .ingest import IngestError, read_article
from .model import QUESTION_TYPES


class UsageError(ValueError):
    pass


def _types(spec: str | None) -> tuple[str, ...] | None:
    if not spec:
        return None
    names = tuple(t.strip() for t in spec.split(",") if t.strip())
    for name in names:
        if name not in QUESTION_TYPES:
            raise UsageError(f"unknown question type {name!r}; choose from {', '.join(QUESTION_TYPES)}")
    return names


def _print_json(data: dict) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _span_json(span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end, "tokens": [span.first, span.last]}


def cmd_annotate(args: argparse.Namespace) -> int:
    article = read_article(args.article)
    doc = annotate_article(article)
    if args.json:
        _print_json({
            "source": article.path,
            "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
            "tokens": [{"text": t.text, "start": t.start, "end": t.end, "tag": t.tag, "lemma": t.lemma,
                        "head": t.head, "dep": t.dep} for t in doc.tokens],
            "entities": [{"text": e.text, "label": e.label, "start": e.start, "end": e.end, "score": e.score,
                          "source": e.source, "name": e.name, "acronym": e.acronym} for e in doc.entities],
            "noun_chunks": [_span_json(c) for c in doc.noun_chunks],
            "references": [{"mention": _span_json(r.mention), "antecedent": _span_json(r.antecedent),
                            "confidence": r.confidence, "label": r.entity_label} for r in doc.references],
        })
        return 0
    for entity in doc.entities:
        # a short form shows the full name it stands for ("Tokayev → Kassym-Jomart Tokayev")
        full = f" \u2192 {entity.name}" if entity.name and entity.name != entity.text else ""
        print(f"{entity.label:<9} {entity.text}{full}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    article, facts = facts_of(args.article)
    if args.json:
        _print_json({"source": article.path, "title": article.title, "facts": [f.to_json() for f in facts]})
        return 0
    print(f"{article.title or article.path}: {len(facts)} facts")
    for fact in facts:
        if fact.kind == "person":
            detail = "; ".join(fact.roles)
            extra = f" (also: {', '.join(fact.aliases)})" if fact.aliases else ""
            print(f"  person        {fact.name}{extra}{' — ' + detail if detail else ''}")
        elif fact.kind in ("organization", "place"):
            extra = f" ({', '.join(fact.aliases)})" if fact.aliases else ""
            print(f"  {fact.kind:<13} {fact.name}{extra}")
        elif fact.kind == "number":
            value = "?" if fact.value is None else f"{fact.value:g}"
            print(f"  number        {fact.text} = {value} {fact.unit or ''}{' — ' + fact.counts if fact.counts else ''}")
        else:
            print(f"  date          {fact.text} = {fact.iso or '?'}{' — ' + fact.event if fact.event else ''}")
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    quiz = quiz_set(args.article, seed=args.seed, types=_types(args.types), max_questions=args.max)
    if args.json:
        _print_json({"source": quiz.article.path, "questions": [q.to_json() for q in quiz.questions]})
        return 0
    for n, q in enumerate(quiz.questions, 1):
        print(f"{n}. [{q.type}] {q.prompt}")
        for k, option in enumerate(q.options if q.type == "mcq" else ()):
            print(f"     {'ABCDEFGH'[k]}. {option}")
        if q.type == "matching":
            for a, b in q.pairs:
                print(f"     {a} — {b}")
        print(f"     answer: {q.answer}")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    formats = parse_formats(args.format) if args.format else DEFAULT_FORMATS
    articles = [read_article(path) for path in args.articles]  # every input is checked before any work
    quizzes = [quiz_set(article, seed=args.seed) for article in articles]
    result = write_outputs(quizzes, args.output, formats, course=args.course, versions=args.versions, seed=args.seed)
    for path in result.files:
        print(f"wrote {path}")
    for note in result.notes:
        print(f"quizgen: note: {note}", file=sys.stderr)
    return 0


def cmd_quiz(args: argparse.Namespace) -> int:
    from .quiz import NotATerminalError, ReviewStore, StoreError, default_store_path, run_quiz

    quiz = quiz_set(args.article, seed=args.seed, types=_types(args.types))
    if not sys.stdin.isatty():
        raise UsageError(f"{args.article}: the quiz is interactive: run it in a terminal (stdin is not a terminal)")
    try:
        if args.no_schedule:
            run_quiz(quiz, limit=args.max)
            return 0
        with ReviewStore(args.store or default_store_path()) as store:
            run_quiz(quiz, limit=args.max, store=store)
    except (NotATerminalError, StoreError) as exc:
        raise UsageError(str(exc)) from None
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn an article into study material: facts, questions, Anki decks, worksheets and a quiz. "
                    "Runs offline; every question points back to the sentence it came from.")
    p.add_argument("--version", action="version", version=f"quizgen {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("extract", help="list the facts in an article",
                       description="Extract people (with roles), organisations, places, numbers and dates.")
    s.add_argument("article", help="UTF-8 text or Markdown file")
    s.add_argument("--json", action="store_true", help="print the facts as JSON (see README for the schema)")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("questions", help="generate questions from an article",
                       description="Generate grounded questions, ranked best first.")
    s.add_argument("article", help="UTF-8 text or Markdown file")
    s.add_argument("--json", action="store_true", help="print the questions as JSON")
    s.add_argument("--types", help=f"comma-separated question types (default: all of {','.join(QUESTION_TYPES)})")
    s.add_argument("--seed", type=int, default=0, help="seed for options and distractors (default: 0)")
    s.add_argument("--max", type=int, default=None, help="at most this many questions (the best ranked)")
    s.set_defaults(func=cmd_questions)

    s = sub.add_parser("build", help="write Anki decks and worksheets",
                       description="Write study files for one or more articles and print one line per file.")
    s.add_argument("articles", nargs="+", metavar="ARTICLE", help="UTF-8 text or Markdown files")
    s.add_argument("-o", "--output", default="decks", help="output folder (default: decks/)")
    s.add_argument("--format", default=None,
                   help=f"comma-separated formats or 'all' (default: {','.join(DEFAULT_FORMATS)}); "
                        f"available: {', '.join(AVAILABLE)}")
    s.add_argument("--seed", type=int, default=0, help="seed for options and distractors (default: 0)")
    s.add_argument("--course", default=None, help="parent deck name: articles become COURSE::Title subdecks")
    s.add_argument("--versions", type=int, default=1,
                   help="worksheet versions A, B, C… with questions and options shuffled (md, html, pdf, docx)")
    s.set_defaults(func=cmd_build)

    s = sub.add_parser("quiz", help="take an interactive quiz in the terminal, with spaced repetition",
                       description="Ask multiple-choice, true/false and typed-answer questions and show the score. "
                                   "Answers are kept in a review history, and each run asks what is due for review "
                                   "(FSRS scheduling) and then new questions.")
    s.add_argument("article", help="UTF-8 text or Markdown file")
    s.add_argument("--max", type=int, default=10, help="at most this many questions (default: 10)")
    s.add_argument("--store", default=None,
                   help="review history file (default: $QUIZGEN_STORE, else ~/.local/share/quizgen/reviews.sqlite3)")
    s.add_argument("--no-schedule", action="store_true",
                   help="ask the best-ranked questions and keep no history")
    s.add_argument("--types", help="comma-separated question types (mcq,true_false,cloze,short_answer)")
    s.add_argument("--seed", type=int, default=0, help="seed for options (default: 0)")
    s.set_defaults(func=cmd_quiz)

    s = sub.add_parser("annotate", help="show sentences, tokens and entities (the NLP layer)",
                       description="Run quizgen's offline NLP on an article.")
    s.add_argument("article", help="UTF-8 text or Markdown file")
    s.add_argument("--json", action="store_true",
                   help="print sentences, tokens (tag, lemma, head, dep), entities, noun chunks and references as JSON")
    s.set_defaults(func=cmd_annotate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (IngestError, ExportError, UsageError) as exc:
        print(f"quizgen: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
