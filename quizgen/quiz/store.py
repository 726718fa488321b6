"""The learner's review history: one SQLite file that keeps each question's FSRS card and every answer.

Questions are keyed by their content id, so a rebuilt question set (same article, same facts)
finds its history again. Each answer is committed at once: a quiz stopped with Ctrl-C keeps what
was answered.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from fsrs import Card

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    question_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    card TEXT NOT NULL,
    due TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    source TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    correct INTEGER NOT NULL
);
"""


class StoreError(RuntimeError):
    pass


def default_store_path() -> Path:
    """``$QUIZGEN_STORE``, else ``$XDG_DATA_HOME/quizgen/reviews.sqlite3`` (``~/.local/share`` by default)."""
    if os.environ.get("QUIZGEN_STORE"):
        return Path(os.environ["QUIZGEN_STORE"])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "quizgen" / "reviews.sqlite3"


class ReviewStore:
    """Open (creating if needed) the review history at ``path``."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.executescript(_SCHEMA)
            self._db.execute("SELECT COUNT(*) FROM cards").fetchone()  # a damaged file fails here, not mid-quiz
            # a read-only history would fail after the first answer: take the write lock once now
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("ROLLBACK")
        except sqlite3.DatabaseError as exc:
            problem = ("is not a quizgen review history (damaged or another kind of file); move it away or give "
                       "--store another path" if "not a database" in str(exc) or "malformed" in str(exc)
                       else f"cannot be written ({exc}); give --store a writable path")
            raise StoreError(f"{self.path}: {problem}") from None
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the review history ({exc})") from None

    def cards(self, question_ids: Iterable[str]) -> dict[str, Card]:
        """The cards of those questions that have been answered before."""
        ids = list(question_ids)
        found: dict[str, Card] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's limit on query parameters
            chunk = ids[start:start + 500]
            try:
                rows = self._db.execute(
                    f"SELECT question_id, card FROM cards WHERE question_id IN ({','.join('?' * len(chunk))})", chunk)
                found.update((question_id, Card.from_json(card)) for question_id, card in rows)
            except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
                raise StoreError(f"{self.path}: the review history is damaged ({exc}); move it away") from None
        return found

    def record(self, question_id: str, source: str, card: Card, correct: bool, reviewed_at: datetime) -> None:
        try:
            self._record(question_id, source, card, correct, reviewed_at)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: the answer could not be saved ({exc})") from None

    def _record(self, question_id: str, source: str, card: Card, correct: bool, reviewed_at: datetime) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO cards (question_id, source, card, due) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(question_id) DO UPDATE SET source = excluded.source, card = excluded.card, due = excluded.due",
                (question_id, source, card.to_json(), card.due.isoformat()))
            self._db.execute("INSERT INTO reviews (question_id, source, reviewed_at, correct) VALUES (?, ?, ?, ?)",
                             (question_id, source, reviewed_at.isoformat(), int(correct)))

    def review_count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
