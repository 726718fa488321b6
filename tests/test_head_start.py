"""The parser helper started from the command line alone, before the CLI's imports
(quizgen.head_start): only for a command that annotates exactly one article file, and the same
output either way. Its speed is measured by bench/bench_build.py, never here."""

from __future__ import annotations

import argparse

import pytest

from quizgen import cli
from quizgen.head_start import FLAGS, NO_ANNOTATION, ONE_ARTICLE_COMMANDS, OPTIONS_WITH_VALUES, one_article

from .conftest import SAMPLE


def _options(parser: argparse.ArgumentParser, command: str) -> tuple[set[str], set[str]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    with_values, flags = set(), set()
    for action in sub._actions:
        (with_values if action.nargs != 0 else flags).update(action.option_strings)
    return with_values, flags


@pytest.mark.parametrize("command", sorted(ONE_ARTICLE_COMMANDS))
def test_it_knows_every_option_of_the_commands_it_starts_for(command):
    with_values, flags = _options(cli.parser(), command)
    assert with_values <= OPTIONS_WITH_VALUES | NO_ANNOTATION
    assert flags <= FLAGS | NO_ANNOTATION


def test_one_article_file_and_nothing_else(tmp_path):
    sample = str(SAMPLE)
    assert one_article(["build", sample])
    assert one_article(["build", "-o", str(tmp_path), "--format", "apkg,md", sample, "--seed", "3"])
    assert one_article(["extract", "--json", sample])
    assert one_article(["questions", "--max=5", sample, "--explain"])
    assert one_article(["annotate", sample])
    assert not one_article(["build", sample, sample])  # a batch: worker processes parse
    assert not one_article(["build", str(tmp_path)])  # a folder
    assert not one_article(["build", "-o", sample])  # the value of -o is no article
    assert not one_article(["extract", "--text", sample])  # nothing to parse
    assert not one_article(["extract", "-"])  # stdin
    assert not one_article(["extract", "--url", "http://example.org/a"])
    assert not one_article(["build", "--help", sample])
    assert not one_article(["build", "-j2", sample])  # what it cannot read, the CLI decides
    assert not one_article(["quiz", sample])
    assert not one_article([])


def test_the_command_gives_the_same_output_with_the_helper_started_early(tmp_path, monkeypatch, capsys):
    from quizgen.head_start import main
    from quizgen.nlp.parse import stop_helper

    monkeypatch.setenv("QUIZGEN_PARSER_HELPER", "1")
    assert main(["extract", "--json", str(SAMPLE)]) == 0
    early = capsys.readouterr().out
    stop_helper()
    monkeypatch.setenv("QUIZGEN_PARSER_HELPER", "0")
    assert cli.main(["extract", "--json", str(SAMPLE)]) == 0
    assert capsys.readouterr().out == early
