"""The gazetteer (places, countries, given names, nationalities) as the NLP layer reads it: defined
in ``quizgen.vocab``, shared with facts and questions."""

from ..vocab import Gazetteer, gazetteer  # noqa: F401
