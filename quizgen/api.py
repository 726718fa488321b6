"""The documented Python API: each CLI command is one of these calls.

    >>> import quizgen
    >>> article = quizgen.read_article("seeds/new-kazakhstan.txt")
    >>> doc = quizgen.annotate_article(article)
    >>> facts = quizgen.extract_facts(article, doc)
    >>> questions = quizgen.build_questions(article, facts, seed=0)   # the curated set
    >>> everything = quizgen.build_questions(article, facts, curated=False)   # every valid candidate
"""

from __future__ import annotations

from pathlib import Path

from .facts import extract_facts
from .ingest import read_article
from .model import Article, Document, Fact, QuizSet
from .nlp import annotate


def annotate_article(article: Article, progress=None) -> Document:
    """Annotate the article's body (not its header or title); offsets stay into ``article.text``.
    ``progress(component, share_done)`` hears how far annotation is (see quizgen.nlp.annotate)."""
    return annotate(article.text, article.body_start, article.body_end, progress)


def facts_of(source: str | Path | Article, progress=None) -> tuple[Article, tuple[Fact, ...]]:
    """Read (unless given an ``Article`` already), annotate and extract."""
    article = source if isinstance(source, Article) else read_article(source)
    return article, extract_facts(article, annotate_article(article, progress))


def quiz_set(source: str | Path | Article, *, seed: int = 0, types: tuple[str, ...] | None = None,
             max_questions: int | None = None, curated: bool = True, progress=None) -> QuizSet:
    """Everything about one article that the outputs need: the article, its facts, its questions
    (the curated set of about one per 60 words, or ``max_questions``; ``curated=False`` for every
    valid candidate) and the candidates left out with the reasons."""
    from .questions import build_question_set

    article, facts = facts_of(source, progress)
    built = build_question_set(article, facts, seed=seed, types=types, max_questions=max_questions, curated=curated)
    return QuizSet(article=article, facts=facts, questions=built.questions, rejected=built.rejected)
