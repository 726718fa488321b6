"""What a command can start before its own imports: the parser helper.

The parser's load (UDPipe's ``Model.load``, about 0.27 s) is the longest step of a one-article
command, and the parser helper (``quizgen.nlp.parse.start_helper``) takes it off the critical path by
loading it on another core. The sooner the helper starts, the sooner it is ready: started here, from
the command line alone, before ``quizgen.cli`` and the libraries it imports (0.04 s), instead of
after them. ``python -m quizgen`` and the ``quizgen`` script come in here.

Only commands that annotate exactly one article start it here; anything this cannot tell from the
arguments alone (a folder, several files, stdin, a URL, ``--help``, an option it does not know) is
left to the CLI, which starts the helper itself where it wants one (``quizgen.cli._parse_ahead``)
and stops one started here that it does not want (a batch built by worker processes).
"""

from __future__ import annotations

import os
import sys

ONE_ARTICLE_COMMANDS = frozenset({"extract", "questions", "annotate", "build"})
# The options of those commands (kept equal to quizgen.cli's by a test): those that take a value,
# the flags, and those after which the command annotates nothing (or nothing from a file).
OPTIONS_WITH_VALUES = frozenset({"--url", "--max-size", "-o", "--output", "--format", "--max", "--types",
                                 "--seed", "--course", "--versions", "-j", "--jobs"})
FLAGS = frozenset({"--json", "--all", "--explain", "--strict", "-v", "--verbose", "--combine"})
NO_ANNOTATION = frozenset({"-h", "--help", "--text", "--url"})


def one_article(argv: list[str]) -> bool:
    """True when ``argv`` (without the program name) is a command that annotates one article file."""
    if not argv or argv[0] not in ONE_ARTICLE_COMMANDS:
        return False
    inputs: list[str] = []
    rest = iter(argv[1:])
    for arg in rest:
        name = arg.split("=", 1)[0] if arg.startswith("--") else arg
        if name in NO_ANNOTATION:
            return False
        if name in OPTIONS_WITH_VALUES:
            if name == arg:
                next(rest, None)  # (its value)
        elif name in FLAGS:
            continue
        elif arg.startswith("-") and arg != "-":
            return False  # an abbreviation, "-j2", "--": the CLI will know
        else:
            inputs.append(arg)
    return len(inputs) == 1 and inputs[0] != "-" and os.path.isfile(inputs[0])


def start_parser_helper(argv: list[str]) -> bool:
    """Start the parser helper now when ``argv`` is a one-article command; True when one runs."""
    if not one_article(argv):
        return False
    from .nlp.parse import start_helper

    return start_helper()


def main(argv: list[str] | None = None) -> int:
    """The ``quizgen`` command: the parser helper first where it helps, then ``quizgen.cli.main``."""
    start_parser_helper(sys.argv[1:] if argv is None else argv)
    from .cli import main as cli_main

    return cli_main(argv)
