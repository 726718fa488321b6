"""Loading of the model files shipped inside the package (quizgen/nlp/models/).

Each file is read at most once per process, on first use, so importing quizgen stays instant. The
perceptrons' weights are ``<name>.weights`` (flat arrays with a hash index, read in place, see
``weights.py``); the smaller tables are ``<name>.json.gz``.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from pathlib import Path

from .weights import Weights, WeightsFormatError, decode_weights, read_weights


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
    """Return the perceptron weights of ``models/<name>.weights``, mapped into memory (uncompressed, so
    that nothing is inflated or built at load: a text reads only the features it uses; the wheel
    compresses the file)."""
    path = resources.files("quizgen.nlp") / "models" / f"{name}.weights"
    label = f"models/{name}.weights"
    try:
        if isinstance(path, Path):
            return read_weights(path, label)
        return decode_weights(path.read_bytes(), label)  # (a package inside a zip file)
    except FileNotFoundError:
        raise ModelMissingError(
            f"quizgen's model file {label} is missing; rebuild it with python -m tools.train_models {name}"
        ) from None
    except OSError:
        raise ModelMissingError(f"quizgen's model file {label} is unreadable; rebuild it with "
                                f"python -m tools.train_models {name}") from None
    except WeightsFormatError as error:
        raise ModelMissingError(f"quizgen's model file {error}; rebuild it with python -m tools.train_models {name}") from None
