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

# Names are imported on first use, so that ``import quizgen`` (and ``quizgen --help``) stays instant:
# the NLP models, NLTK and the exporters load only when a command needs them.
_WHERE = {
    "annotate_article": "api", "facts_of": "api", "quiz_set": "api", "write_outputs": "export",
    "extract_facts": "facts", "IngestError": "ingest", "read_article": "ingest", "Article": "model",
    "Document": "model", "Fact": "model", "QuizSet": "model", "Question": "question", "annotate": "nlp",
    "build_questions": "questions",
}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quizgen' has no attribute {name!r}")


__all__ = [
    "Article", "Document", "Fact", "IngestError", "Question", "QuizSet", "annotate", "annotate_article",
    "build_questions", "extract_facts", "facts_of", "quiz_set", "read_article", "write_outputs",
]
