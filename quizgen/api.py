"""The documented Python API: each CLI command is one of these calls.

    >>> import quizgen
    >>> article = quizgen.read_article("seeds/new-kazakhstan.txt")
    >>> doc = quizgen.annotate_article(article)
    >>> facts = quizgen.extract_facts(article, doc)
    >>> questions = quizgen.build_questions(article, facts, seed=0)
"""

from __future__ import annotations

from pathlib import Path

from .facts import extract_facts
from .ingest import read_article
from .model import Article, Document, Fact, QuizSet
from .nlp import annotate


def annotate_article(article: Article) -> Document:
    """Annotate the article's body (not its header or title); offsets stay into ``article.text``."""
    return annotate(article.text, article.body_start, article.body_end)


def facts_of(source: str | Path | Article) -> tuple[Article, tuple[Fact, ...]]:
    """Read (unless given an ``Article`` already), annotate and extract."""
    article = source if isinstance(source, Article) else read_article(source)
    return article, extract_facts(article, annotate_article(article))


def quiz_set(source: str | Path | Article, *, seed: int = 0, types: tuple[str, ...] | None = None,
             max_questions: int | None = None) -> QuizSet:
    """Everything about one article that the outputs need: the article, its facts, its questions."""
    from .questions import build_questions

    article, facts = facts_of(source)
    questions = build_questions(article, facts, seed=seed, types=types, max_questions=max_questions)
    return QuizSet(article=article, facts=facts, questions=questions)
