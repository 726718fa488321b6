"""The ``quizgen`` command: a thin layer over the Python API (quizgen.api).

Every input may be a file (text, Markdown, HTML, PDF, DOCX), ``-`` for stdin, or (for build) a
folder; ``--url`` fetches one page when asked. See quizgen.runtime for exit codes.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass

from . import __version__
from .export import AVAILABLE, DEFAULT_FORMATS, ExportError, parse_formats, preload, write_outputs
from .ingest import DEFAULT_MAX_BYTES, IngestError, expand_inputs, read_article, read_stdin
from .ingest.language import check_language
from .model import Article, QuizSet
from .question import QUESTION_TYPES, Matching, MultipleChoice
from .runtime import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TERMINATED,
    Progress,
    Terminated,
    install_signal_handlers,
)

INPUT_HELP = "article: text (any encoding), Markdown, HTML, PDF or DOCX file, or - for stdin"


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


def _max(args: argparse.Namespace) -> int | None:
    if args.max is not None and args.max < 1:
        raise UsageError("--max must be a positive number of questions")
    return args.max


def _set_options(p: argparse.ArgumentParser, what: str) -> None:
    """--max, --types and --all: the size and kinds of the question set."""
    p.add_argument("--max", type=int, default=None,
                   help=f"{what} this many questions (default: the curated set, about one per 60 words of "
                        "article, 10 to 40)")
    p.add_argument("--types", help=f"comma-separated question types of {','.join(QUESTION_TYPES)} (default: "
                                   "cloze,mcq,true_false,short_answer; with --all every type)")
    p.add_argument("--all", action="store_true",
                   help="every question that passes the checks (several per fact), not the curated set")


def _print_json(data: dict) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _span_json(span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end, "tokens": [span.first, span.last]}


def _warn(message: str) -> None:
    print(f"quizgen: warning: {message}", file=sys.stderr)


def _max_bytes(args: argparse.Namespace) -> int:
    return int(args.max_size * 1_000_000) if args.max_size else DEFAULT_MAX_BYTES


def load(source: str, args: argparse.Namespace) -> Article:
    """One input as the user named it: ``-`` is stdin; ``--url`` was resolved to its URL."""
    max_bytes = _max_bytes(args)
    if getattr(args, "url", None) and source == args.url:
        from .ingest.fetch import fetch_article

        article = fetch_article(source, max_bytes=max_bytes)
    elif source == "-":
        article = read_stdin(max_bytes=max_bytes)
    else:
        article = read_article(source, max_bytes=max_bytes)
    if article.source_format == "html" and source.lower().endswith((".txt", ".text", ".md")):
        _warn(f"{source}: is a web page (HTML) although its name says text; reading it as a web page")
    for warning in check_language(article, strict=args.strict):
        _warn(warning)
    if args.verbose:
        how = f", encoding {article.encoding}" if article.encoding else ""
        print(f"quizgen: {article.path}: read as {article.source_format}{how}; {len(article.body):,} characters of "
              f"article text (quizgen extract --text shows it)", file=sys.stderr)
    return article


def _single_source(args: argparse.Namespace) -> str:
    if args.url and args.article:
        raise UsageError("give an article or --url, not both")
    if not (args.url or args.article):
        raise UsageError("give an article file, - for stdin, or --url URL")
    return args.url or args.article


def _parse_ahead() -> bool:
    """Start loading the parser on another core before this process reads and tags its input (and,
    on a long text, parse half of it there: quizgen.nlp.parse.start_helper); True when it does."""
    from .nlp.parse import helper_running, start_helper

    return helper_running() or start_helper()  # (quizgen.head_start may have started it already)


def _no_parse_ahead() -> None:
    """Stop a parser helper that quizgen.head_start started for work that will not use it."""
    parse = sys.modules.get("quizgen.nlp.parse")
    if parse is not None:
        parse.stop_helper()


def _models_released_after_use() -> contextlib.AbstractContextManager:
    """For a command that annotates one text: each model is freed once the components that read it
    are done, and what follows reuses its memory (quizgen.nlp.models_released_after_use)."""
    from .nlp import models_released_after_use

    return models_released_after_use()


def _no_facts(article: Article) -> IngestError:
    return IngestError(article.path, "no facts found (no names, places, numbers or dates quizgen can ask about); "
                                     "is it an English article with full sentences?")


def _quiz_with_facts(article: Article, **options) -> QuizSet:
    from .api import quiz_set  # (the NLP models load with it: not for --help)

    quiz = quiz_set(article, **options)
    if not quiz.facts:
        raise _no_facts(article)
    return quiz


def cmd_annotate(args: argparse.Namespace) -> int:
    _parse_ahead()
    article = load(_single_source(args), args)
    from .api import annotate_article

    with _models_released_after_use():
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
        return EXIT_OK
    for entity in doc.entities:
        # a short form shows the full name it stands for ("Tokayev → Kassym-Jomart Tokayev")
        full = f" \u2192 {entity.name}" if entity.name and entity.name != entity.text else ""
        print(f"{entity.label:<9} {entity.text}{full}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    if not args.text:
        _parse_ahead()
    article = load(_single_source(args), args)
    if args.text:
        sys.stdout.write(article.text if article.text.endswith("\n") else article.text + "\n")
        return EXIT_OK
    from .api import facts_of

    with _models_released_after_use():
        _, facts = facts_of(article)
    if not facts:
        raise _no_facts(article)
    if args.json:
        _print_json({"source": article.path, "title": article.title, "facts": [f.to_json() for f in facts]})
        return EXIT_OK
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
    return EXIT_OK


def cmd_questions(args: argparse.Namespace) -> int:
    _parse_ahead()
    article = load(_single_source(args), args)
    with _models_released_after_use():
        quiz = _quiz_with_facts(article, seed=args.seed, types=_types(args.types), max_questions=_max(args),
                                curated=not args.all)
    if args.json:
        data = {"source": quiz.article.path, "questions": [q.to_json() for q in quiz.questions]}
        if args.explain:
            data["rejected"] = [r.to_json() for r in quiz.rejected]
        _print_json(data)
        return EXIT_OK
    if args.explain:
        for r in quiz.rejected:
            print(f"rejected [{r.kind}] {r.prompt or r.answer}: {'; '.join(r.reasons)}", file=sys.stderr)
    for n, q in enumerate(quiz.questions, 1):
        print(f"{n}. [{q.type}] {q.prompt}")
        for k, option in enumerate(q.options if isinstance(q, MultipleChoice) else ()):
            print(f"     {'ABCDEFGH'[k]}. {option}")
        for a, b in q.pairs if isinstance(q, Matching) else ():
            print(f"     {a} — {b}")
        print(f"     answer: {q.answer}")
    return EXIT_OK


@dataclass(frozen=True)
class Failure:
    source: str
    message: str


def _build_one(args: argparse.Namespace, types: tuple[str, ...] | None, max_questions: int | None, source: str,
               progress=None) -> QuizSet:
    """One input of a batch, read and made into its quiz set (in a worker process when ``--jobs`` > 1)."""
    return _quiz_with_facts(load(source, args), seed=args.seed, types=types, max_questions=max_questions,
                            curated=not args.all, progress=progress)


def cmd_build(args: argparse.Namespace) -> int:
    formats = parse_formats(args.format) if args.format else DEFAULT_FORMATS
    sources = list(args.articles) + ([args.url] if args.url else [])
    if not sources:
        raise UsageError("give article files, folders, - for stdin, or --url URL")
    if sources.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be a positive number of processes")
    work = functools.partial(_build_one, args, _types(args.types), _max(args))
    files, folder_errors = expand_inputs(sources)
    failures = [Failure(e.path, str(e)) for e in folder_errors]
    for error in folder_errors:
        print(f"quizgen: error: {error}", file=sys.stderr)
    quizzes: list[QuizSet] = []
    progress = Progress()
    from .batch import default_jobs, outcomes

    local = {"-", args.url} if args.url else {"-"}  # stdin, and a page fetched here: not in a worker
    jobs = args.jobs or default_jobs()
    if jobs <= 1 or len([f for f in files if f not in local]) <= 1:  # (every article is built in this process)
        if _parse_ahead():
            preload(formats)  # (this process has time for it while the helper loads the parser)
    else:
        _no_parse_ahead()  # (the workers parse; a helper would only take a core from them)
    with _models_released_after_use() if len(files) == 1 else contextlib.nullcontext():
        for outcome in outcomes(files, work, jobs=jobs, show=progress.show if progress.enabled else None,
                                local=local, prepare=functools.partial(_prepare_workers, formats=formats)):
            if outcome.messages:
                progress.clear()
                sys.stderr.write(outcome.messages)
            if outcome.quiz is not None:
                quizzes.append(outcome.quiz)
            else:
                progress.clear()
                print(f"quizgen: error: {outcome.error}", file=sys.stderr)
                failures.append(Failure(outcome.source, outcome.error or ""))
    _no_parse_ahead()  # (a helper the workers shared has done its work)
    if not quizzes:
        progress.clear()
        if len(failures) == 1:
            return EXIT_ERROR  # the one error is printed already
        _summary(failures, len(files) + len(folder_errors))
        return EXIT_ERROR
    progress.show(f"writing {len(formats)} format(s) for {len(quizzes)} article(s)…")
    try:
        result = write_outputs(quizzes, args.output, formats, course=args.course, versions=args.versions,
                               seed=args.seed, combine=args.combine)
    finally:
        progress.clear()
    for path in result.files:
        print(f"wrote {path}")
    for note in result.notes:
        print(f"quizgen: note: {note}", file=sys.stderr)
    if failures:
        _summary(failures, len(files) + len(folder_errors))
        return EXIT_SOME_FAILED
    return EXIT_OK


def _prepare_workers(workers: int, formats: tuple[str, ...] = ()) -> Callable[[], object] | None:
    """In the process that forks a batch's workers: the pipeline imported and every model loaded once,
    for them all. The parser loads in a helper that all the workers share (on another core while this
    process loads the rest), where a helper may run; each worker then takes its seat at it. The
    writers of ``formats`` are imported meanwhile too (this process writes once the workers are done)."""
    from .nlp.parse import share_helper, take_helper_seat

    shared = share_helper(workers)
    from . import api, questions  # noqa: F401  (their imports, done here once instead of in each worker)
    from .nlp import load_models

    load_models(parser=not shared)
    if shared:
        preload(formats)  # (the helper's load of the parser takes longer than the rest)
    return take_helper_seat if shared else None


def _summary(failures: list[Failure], total: int) -> None:
    names = ", ".join(f.source for f in failures)
    print(f"quizgen: {len(failures)} of {total} inputs failed (nothing written for them): {names}", file=sys.stderr)


def cmd_quiz(args: argparse.Namespace) -> int:
    from .quiz import NotATerminalError, ReviewStore, StoreError, default_store_path, run_quiz

    source = _single_source(args)
    if source == "-":
        raise UsageError("the quiz reads answers from the terminal, so its article cannot come from stdin; "
                         "save it to a file")
    quiz = _quiz_with_facts(load(source, args), seed=args.seed, types=_types(args.types), curated=not args.all)
    if not sys.stdin.isatty():
        raise UsageError(f"{source}: the quiz is interactive: run it in a terminal (stdin is not a terminal)")
    try:
        if args.no_schedule:
            run_quiz(quiz, limit=args.max)
            return EXIT_OK
        with ReviewStore(args.store or default_store_path()) as store:
            run_quiz(quiz, limit=args.max, store=store)
    except (NotATerminalError, StoreError) as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK


def _input_options(p: argparse.ArgumentParser, many: bool = False) -> None:
    if many:
        p.add_argument("articles", nargs="*", metavar="ARTICLE",
                       help="article files (text, Markdown, HTML, PDF, DOCX), folders of them, or - for stdin")
    else:
        p.add_argument("article", nargs="?", help=INPUT_HELP)
    p.add_argument("--url", default=None,
                   help="fetch the article from this web address (the only time quizgen goes online; "
                        "20 s timeout, --max-size applies)")
    p.add_argument("--max-size", type=float, default=None, metavar="MB",
                   help=f"refuse inputs larger than this many megabytes (default: {DEFAULT_MAX_BYTES // 1_000_000})")
    p.add_argument("--strict", action="store_true",
                   help="an article that does not look like English is an error, not a warning")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="say how each input was read (format, text encoding, length)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn an article into study material: facts, questions, Anki decks, worksheets and a quiz. "
                    "Runs offline; every question points back to the sentence it came from.")
    p.add_argument("--version", action="version", version=f"quizgen {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("extract", help="list the facts in an article",
                       description="Extract people (with roles), organisations, places, numbers and dates.")
    _input_options(s)
    s.add_argument("--json", action="store_true", help="print the facts as JSON (see README for the schema)")
    s.add_argument("--text", action="store_true",
                   help="print the article's text as quizgen read it (converted from HTML/PDF/DOCX/Markdown): "
                        "the text every evidence offset points into")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("questions", help="generate questions from an article",
                       description="Generate grounded questions: by default the curated set (one question per "
                                   "fact and per sentence, kinds mixed, about one per 60 words), best first; "
                                   "--all for every candidate.")
    _input_options(s)
    s.add_argument("--json", action="store_true", help="print the questions as JSON")
    _set_options(s, "at most")
    s.add_argument("--explain", action="store_true",
                   help="also list the candidates left out and why (JSON: a \"rejected\" list; text: on stderr)")
    s.add_argument("--seed", type=int, default=0, help="seed for options and distractors (default: 0)")
    s.set_defaults(func=cmd_questions)

    s = sub.add_parser("build", help="write Anki decks and worksheets",
                       description="Write study files for one or more articles and print one line per file. "
                                   "Several articles make one deck with a subdeck each and one worksheet each "
                                   "(or one combined worksheet with --combine). An article that fails is "
                                   "named, the others are still written, and the exit code is 3.")
    _input_options(s, many=True)
    s.add_argument("-o", "--output", default="decks", help="output folder (default: decks/)")
    s.add_argument("--format", default=None,
                   help=f"comma-separated formats or 'all' (default: {','.join(DEFAULT_FORMATS)}); "
                        f"available: {', '.join(AVAILABLE)}")
    _set_options(s, "at most")
    s.add_argument("--seed", type=int, default=0, help="seed for options and distractors (default: 0)")
    s.add_argument("--course", default=None, help="parent deck name: articles become COURSE::Title subdecks")
    s.add_argument("--versions", type=int, default=1,
                   help="worksheet versions A, B, C… with questions and options shuffled (md, html, pdf, docx)")
    s.add_argument("--combine", action="store_true",
                   help="one worksheet with every article's questions instead of one per article")
    s.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="build N articles at a time in worker processes (default: one per core; 1: one "
                        "after the other in this process). The files are the same either way")
    s.set_defaults(func=cmd_build)

    s = sub.add_parser("quiz", help="take an interactive quiz in the terminal, with spaced repetition",
                       description="Ask multiple-choice, true/false and typed-answer questions and show the score. "
                                   "Answers are kept in a review history, and each run asks what is due for review "
                                   "(FSRS scheduling) and then new questions.")
    _input_options(s)
    s.add_argument("--max", type=int, default=10, help="at most this many questions (default: 10)")
    s.add_argument("--store", default=None,
                   help="review history file (default: $QUIZGEN_STORE, else ~/.local/share/quizgen/reviews.sqlite3)")
    s.add_argument("--no-schedule", action="store_true",
                   help="ask the best-ranked questions and keep no history")
    s.add_argument("--types", help="comma-separated question types (mcq,true_false,cloze,short_answer)")
    s.add_argument("--all", action="store_true", help="draw from every question that passes the checks, "
                                                      "not the curated set")
    s.add_argument("--seed", type=int, default=0, help="seed for options (default: 0)")
    s.set_defaults(func=cmd_quiz)

    s = sub.add_parser("annotate", help="show sentences, tokens and entities (the NLP layer)",
                       description="Run quizgen's offline NLP on an article.")
    _input_options(s)
    s.add_argument("--json", action="store_true",
                   help="print sentences, tokens (tag, lemma, head, dep), entities, noun chunks and references as JSON")
    s.set_defaults(func=cmd_annotate)
    return p


def main(argv: list[str] | None = None) -> int:
    install_signal_handlers()
    try:
        args = parser().parse_args(argv)
        if args.max_size is not None and args.max_size <= 0:
            raise UsageError("--max-size must be a positive number of megabytes")
        return args.func(args)
    except (IngestError, ExportError, UsageError) as exc:
        print(f"quizgen: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("\nquizgen: interrupted; nothing half-written was left behind", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated as exc:
        print(f"quizgen: stopped by {exc}; nothing half-written was left behind", file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
