"""The rule vocabulary as the NLP layer reads it: the lists live in ``quizgen.vocab`` (defined once, shared
with facts and questions); this name is kept for the recogniser's features and the training tools."""

from ..vocab import (  # noqa: F401
    COMPANY_HEADS,
    CORPORATE_SUFFIXES,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_SHORT_NAMES,
    EVENT_HEADS,
    FACILITY_WORDS,
    GROUP_WORDS,
    INSTITUTIONS,
    MONTHS,
    MULTIPLIER_WORDS,
    NOT_ORGANIZATION_ACRONYMS,
    NUMBER_WORDS,
    OCCUPATIONS,
    ORDINAL_WORDS,
    ORG_WORDS,
    PLACE_HEADS,
    ROLE_TITLES,
    SCALE_WORDS,
    SEASONS,
    WEEKDAYS,
    is_facility,
)
