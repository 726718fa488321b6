"""Loading of the model files shipped inside the package (quizgen/nlp/models/*.json.gz).

Each file is read at most once per process, on first use, so importing quizgen stays instant.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources


class ModelMissingError(RuntimeError):
    pass


@cache
def load_model(name: str) -> dict:
    """Return the decoded JSON of ``models/<name>.json.gz``."""
    path = resources.files("quizgen.nlp") / "models" / f"{name}.json.gz"
    try:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as handle:
            return json.loads(handle.read().decode("utf-8"))
    except FileNotFoundError:
        raise ModelMissingError(
            f"quizgen's model file models/{name}.json.gz is missing; rebuild it with python -m tools.train_models"
        ) from None
