"""Scripts that rebuild quizgen's shipped NLP models from the open corpora in ../shared/data."""
