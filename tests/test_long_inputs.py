"""Text without sentence punctuation (a pasted PDF dump on one line, a run-on "sentence") is cut into
bounded pieces, so it finishes in time linear in its length, and gives the facts its punctuated
version gives wherever punctuation does not decide them: the same dates and numbers, most places.

Speed itself is measured by bench/bench_linear.py, never here."""

from __future__ import annotations

import re

import pytest

from quizgen.api import annotate_article, facts_of
from quizgen.ingest import article_from_bytes, read_article
from quizgen.model import Token
from quizgen.nlp.long_sentences import MAX_TOKENS, bounded

from .conftest import SAMPLE, needs_shared

# punctuation, except a point or comma inside a number and a word's own hyphen or apostrophe
_PUNCTUATION = re.compile(r"(?!(?<=\d)[.,](?=\d))(?!(?<=\w)[-'’](?=\w))[^\w\s]")


def one_line(text: str) -> str:
    """The words of ``text`` on one line with no punctuation."""
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def one_sentence(text: str) -> str:
    """``text`` as one run-on sentence: no line breaks, no full stop, ?, !, : or ; until the end."""
    return re.sub(r"[.!?;:…]+(?=\s|$)", "", " ".join(text.split())) + "."


def _tokens(words: list[str]) -> list[Token]:
    out, pos = [], 0
    for word in words:
        out.append(Token(word, pos, pos + len(word)))
        pos += len(word) + 1
    return out


def test_bounded_pieces_cover_the_tokens_in_order_and_none_is_too_long():
    words = ["word"] * 1000
    tokens = _tokens(words)
    pieces = list(bounded(" ".join(words), tokens, 0, len(tokens)))
    assert pieces[0][0] == 0 and pieces[-1][1] == 1000
    assert all(a < b <= a + MAX_TOKENS for a, b in pieces)
    assert all(prev[1] == nxt[0] for prev, nxt in zip(pieces, pieces[1:]))


def test_a_cut_falls_after_a_comma_and_never_inside_a_name():
    words = (["the", "envoy", "met", "Yerlan", "Alimbayev", "in", "Geneva"] * 40)[:MAX_TOKENS + 20]
    tokens = _tokens(words)
    cut = next(iter(bounded(" ".join(words), tokens, 0, len(tokens))))[1]
    assert words[cut].istitle() and words[cut - 1].islower()  # "… met | Yerlan Alimbayev …"
    words[100] = ","
    tokens = _tokens(words)
    assert next(iter(bounded(" ".join(words), tokens, 0, len(tokens))))[1] == 101


def test_sentences_of_a_real_article_are_never_cut():
    article = read_article(SAMPLE)
    doc = annotate_article(article)
    assert max(s.last_token - s.first_token for s in doc.sentences) < MAX_TOKENS
    assert [doc.text[s.start:s.end] for s in doc.sentences][:1] == [
        "UN Geneva director general Tatiana Valovaya speaks with Kazakh ambassador to the UN Yerlan Alimbayev "
        "during the opening of the exhibition “Ordinary Objects” on 25 April, 2022."]


def _facts_by_kind(article) -> dict[str, set]:
    _, facts = facts_of(article)
    keys = {"date": lambda f: f.iso, "number": lambda f: f.value}
    out: dict[str, set] = {}
    for fact in facts:
        out.setdefault(fact.kind, set()).add(keys.get(fact.kind, lambda f: f.name)(fact))
    return out


def _variant(article, transform):
    """The article with its body rewritten (the header kept, so the same date anchors apply)."""
    return article_from_bytes((article.text[:article.body_start] + transform(article.body)).encode("utf-8"),
                              f"{article.path}.variant.txt", suffix=".txt")


ARTICLES = [pytest.param(lambda: SAMPLE, id="sample"),
            pytest.param(lambda: needs_shared("dev", "articles", "kenya.txt"), id="kenya"),
            pytest.param(lambda: needs_shared("dev2", "articles", "gum-bio-galois.txt"), id="galois")]


@pytest.mark.parametrize("path", ARTICLES)
@pytest.mark.parametrize("transform", [one_line, one_sentence])
def test_an_unpunctuated_article_is_cut_into_bounded_pieces_and_keeps_its_facts(path, transform):
    article = read_article(path())
    variant = _variant(article, transform)
    assert len(variant.body.splitlines()) == 1
    doc = annotate_article(variant)
    lengths = [s.last_token - s.first_token for s in doc.sentences]
    assert max(lengths) <= MAX_TOKENS
    assert len(lengths) >= len(doc.tokens) // MAX_TOKENS  # it was cut, not left as one sentence

    punctuated, run_on = _facts_by_kind(article), _facts_by_kind(variant)
    assert run_on["date"] == punctuated["date"]
    numbers = punctuated.get("number", set())
    # (a few may go where a cut falls inside an amount: Kenya keeps 50 of its 53)
    assert len(run_on.get("number", set()) & numbers) >= 0.9 * len(numbers)
    places = punctuated["place"]
    assert len(run_on["place"] & places) >= 0.8 * len(places)
    if transform is one_sentence:  # commas still show where one name ends and the next begins
        people = punctuated["person"]
        assert len(run_on["person"] & people) >= 0.75 * len(people)


def test_the_command_finishes_on_a_long_pasted_dump(tmp_path):
    """Twenty copies of the sample on one line, as a PDF dump pastes it: the command finishes and reports
    the article's people (it took minutes and gigabytes before the cut, growing with the square)."""
    from .conftest import run_quizgen

    body = one_line(read_article(SAMPLE).body)
    dump = tmp_path / "dump.txt"
    dump.write_text(" ".join([body] * 20) + "\n", encoding="utf-8")
    result = run_quizgen("extract", str(dump))
    assert "Tatiana Valovaya" in result.stdout and "Kassym-Jomart Tokayev" in result.stdout
