"""quizgen's own offline NLP: one annotated ``Document`` that a list of small components enriches.

``annotate(text)`` runs ``PIPELINE`` in order, as spaCy runs a pipeline over its Doc: each component
takes the ``Document`` so far and returns a copy with more filled in. The fact extractor reads only
the ``Document`` it returns, and ``quizgen annotate --json`` shows all of it.

The pipeline lives in ``quizgen.nlp.pipeline`` and is imported on first use of one of its names:
importing a single module of this package (the parser helper's ``quizgen.nlp.parse``, which the
command starts before anything else, quizgen.head_start) then does not import every component.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import PIPELINE, annotate, load_models, models_released_after_use

__all__ = ["PIPELINE", "annotate", "load_models", "models_released_after_use"]
# what ``quizgen.nlp`` gives from ``.pipeline``: the public names and the components themselves
_FROM_PIPELINE = frozenset({*__all__, "Component", "Progress", "tokenize", "tag",
                            "dependencies"})


def __getattr__(name: str):
    if name in _FROM_PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'quizgen.nlp' has no attribute {name!r}")
