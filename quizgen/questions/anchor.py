"""Say where: a question from a sentence that holds only in the place the article is about.

A country profile's "The economy contracted 0.7% in 2009" or a guide's "Your passport needs to be
valid six months" names no place: the article's title says which. Asked alone, such a sentence leaves
out where (the check ``setting_left_out`` refuses it); said with the place, "In Costa Rica, the
economy contracted 0.7% in 2009" holds as asked. Statements and stems take the place in front;
cloze cards keep the article's own words (they are the article's text with a blank) and are not
anchored. The anchored question goes through every check again.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..question import BLANK, MultipleChoice, Question, ShortAnswer, TrueFalse
from ..vocab import MONTHS, WEEKDAYS, gazetteer
from .kinds import TEMPLATE_STEMS
from .text import word_forms

# Words a sentence opens with that are ordinary words, written with a capital only because they open it.
_OPENING_FUNCTION_WORDS = frozenset(
    "a an the this that these those its their his her our your my some many most much more few several "
    "each every all both no none one two three four five six seven eight nine ten what when where which "
    "who how why whose".split())


def anchored(question: Question, place: str, article_text: str, names: frozenset[str] = frozenset()) -> Question | None:
    """``question`` with "In PLACE, " before its statement or stem, or None when the kind keeps the
    article's words (cloze) or the text cannot take the place in front (a template, an empty stem).
    ``names``: the words of the article's names, which keep their capitals."""
    if isinstance(question, TrueFalse):
        statement = with_place(question.statement, place, article_text, names)
        return replace(question, statement=statement) if statement else None
    if isinstance(question, MultipleChoice | ShortAnswer):
        if question.stem.startswith(TEMPLATE_STEMS):
            return None  # a template asks what the article says, not what holds somewhere
        stem = with_place(question.stem, place, article_text, names)
        return replace(question, stem=stem) if stem else None
    return None


@functools.lru_cache(maxsize=16)
def place_phrase(name: str, article_text: str) -> str:
    """The place as the article writes it inside a sentence: "the Chatham Islands", "the Gambia" when
    it mostly has "the" before it, else the name alone ("Tulsa")."""
    uses = re.findall(rf"(\b[Tt]he\s+)?(?<![\w-]){re.escape(name)}(?![\w-])", article_text)
    with_the = sum(1 for before in uses if before)
    return f"the {name}" if uses and with_the * 2 >= len(uses) else name


def with_place(text: str, place: str, article_text: str, names: frozenset[str] = frozenset()) -> str:
    """"The economy contracted …" -> "In Costa Rica, the economy contracted …"; "" when the text
    opens with a quotation or a blank (where the place would read as part of the answer)."""
    text = text.strip()
    if not text or text.startswith(('"', "\u201c", "'", "(", BLANK)) or not place.strip():
        return ""
    if re.match(r"(?:In|At|On|During|By|From|Since|After|Before)\s", text):
        return ""  # "In Kenya, in 2006 tourism …": a second opening phrase reads badly
    first, _, rest = text.partition(" ")
    return f"In {place}, {_lower_opening(first, article_text, names)}{' ' if rest else ''}{rest}"


def _lower_opening(word: str, article_text: str, names: frozenset[str]) -> str:
    """The sentence's first word as it reads inside a sentence: "The" -> "the", "Exports" -> "exports";
    a name (one of ``names``, or a word the article capitalises inside its sentences), an initialism
    and "I" keep their capitals."""
    bare = re.sub(r"[^\w'-]", "", word)
    if not bare or not bare[0].isupper() or bare.isupper() and len(bare) > 1 or bare == "I":
        return word
    if any(c.isupper() for c in bare[1:]) or bare in names:
        return word  # "McKinley", "Lind"
    written_lower, capitalised_inside = word_forms(article_text)
    lower = bare.lower()
    if lower in MONTHS or lower in WEEKDAYS or bare in gazetteer().nationalities:
        return word  # "January is the driest month", "Afghan President …": never "january", "afghan"
    if lower in capitalised_inside and lower not in written_lower and lower not in _OPENING_FUNCTION_WORDS:
        return word
    return word.replace(bare[0], lower[0], 1)
