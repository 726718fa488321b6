"""The one error ingest raises: a one-line message that names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class IngestError(ValueError):
    """The file cannot be read as an article; ``str()`` is a one-line message naming the file."""

    def __init__(self, path: str | Path, problem: str):
        problem = " ".join(str(problem).split())  # the message stays on one line, whatever the cause said
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem
