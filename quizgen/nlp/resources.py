"""Loading of the model files shipped inside the package (quizgen/nlp/models/).

Each file is read at most once per process, on first use, so importing quizgen stays instant. The
perceptrons' weights are ``<name>.weights.gz`` (flat arrays, gzipped, see ``weights.py``); the smaller tables
are ``<name>.json.gz``.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources

from .weights import Weights, WeightsFormatError, decode_weights


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


@cache
def load_weights(name: str) -> Weights:
    """Return the perceptron weights of ``models/<name>.weights.gz`` (gzip: a quarter of the size,
    inflated in about 30 ms)."""
    path = resources.files("quizgen.nlp") / "models" / f"{name}.weights.gz"
    try:
        return decode_weights(gzip.decompress(path.read_bytes()), f"models/{name}.weights.gz")
    except FileNotFoundError:
        raise ModelMissingError(
            f"quizgen's model file models/{name}.weights.gz is missing; rebuild it with python -m tools.train_models {name}"
        ) from None
    except (OSError, EOFError):
        raise ModelMissingError(f"quizgen's model file models/{name}.weights.gz is damaged; rebuild it with "
                                f"python -m tools.train_models {name}") from None
    except WeightsFormatError as error:
        raise ModelMissingError(f"quizgen's model file {error}; rebuild it with python -m tools.train_models {name}") from None
