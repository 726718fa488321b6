"""quizgen: turn an article into study material, offline.

The pipeline is a chain of plain functions over the dataclasses in ``quizgen.model``::

    article = read_article(path)                 # ingest
    doc = annotate_article(article)              # sentences, tokens, POS, entities
    facts = extract_facts(article, doc)          # people+roles, organisations, places, numbers, dates
    questions = build_questions(article, facts)  # cloze, mcq, true/false, short answer, matching, ordering
    write_outputs([QuizSet(article, facts, questions)], "decks")
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import annotate_article, facts_of, quiz_set  # noqa: E402
from .export import write_outputs  # noqa: E402
from .facts import extract_facts  # noqa: E402
from .ingest import IngestError, read_article  # noqa: E402
from .model import Article, Document, Fact, Question, QuizSet  # noqa: E402
from .nlp import annotate  # noqa: E402
from .questions import build_questions  # noqa: E402

__all__ = [
    "Article", "Document", "Fact", "IngestError", "Question", "QuizSet", "annotate", "annotate_article",
    "build_questions", "extract_facts", "facts_of", "quiz_set", "read_article", "write_outputs",
]
