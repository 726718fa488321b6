"""The interactive terminal quiz, with FSRS spaced repetition over a SQLite review history."""

from .schedule import due_questions, review
from .session import NotATerminalError, QuizResult, run_quiz
from .store import ReviewStore, StoreError, default_store_path

__all__ = ["NotATerminalError", "QuizResult", "ReviewStore", "StoreError", "default_store_path", "due_questions",
           "review", "run_quiz"]
