"""Checks every question must pass before it is emitted; a failing question is dropped, not shipped.

Each check is a function from a question (and what the article says, ``Context``) to the reason it
fails, or None; ``CHECKS`` lists them all. The reasons are what ``quizgen questions --json --explain``
shows for a rejected candidate. Checks on the set as a whole (repetition, a set that answers
itself, true/false balance) live in quizgen.questions.select.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Fact
from ..question import (
    BLANK,
    Cloze,
    Matching,
    MultipleChoice,
    Ordering,
    Question,
    ShortAnswer,
    TrueFalse,
)
from ..vocab import NUMBER_WORDS, ORDINAL_WORDS, UNIT_WORDS
from .kinds import Context
from .slots import slot_kinds
from .text import norm

FUNCTION_WORDS = frozenset("""the a an of and or but nor to in on at for by with from as into onto than then
he she it they we you i me him her us them his its their our your this that these those who whom whose which
what when where why how there here is are was were be been being has have had do does did not no yes all any
some each every both either neither one ones other another such same own only also very more most less least
many much few several""".split())
OPINION_WORDS = frozenset("""said says say told tells believe believes believed think thinks thought argue argues
argued claim claims claimed feel feels felt should must ought hope hopes hoped wish wishes fear fears feared
according insisted insists warned warns urged urges alleged allegedly reportedly""".split())
FIRST_PERSON = frozenset("i we me us my our mine ours".split())
_CITATION = re.compile(r"\([^()]*\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b[^()]*\)")
_PAGE = re.compile(r"\b(?:p|pp|page|pages)\.?\s*\d+", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,}(?:\([^)]*\))?\s*(?:,[^\u2014-]{0,30})?\s*[\u2014\u2013-]{1,2}\s")
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


def _blank(q: Question) -> tuple[str, str] | None:
    """(text before, text after) the blank, for kinds that blank a sentence."""
    if isinstance(q, Cloze):
        return q.before, q.after
    stem = getattr(q, "stem", "")
    if BLANK in stem:
        before, _, after = stem.partition(BLANK)
        return before, re.sub(r"^ \([a-z]+\)", "", after)
    return None


def _facts_of(q: Question, context: Context | None) -> list[Fact]:
    if context is None:
        return []
    return context.facts_with_keys(q.fact_keys)


# --- the answer itself -------------------------------------------------------------------------

def answer_of_no_value(q: Question, context: Context | None) -> str | None:
    answer = norm(q.answer)
    if not answer:
        return "the answer is empty"
    if answer in FUNCTION_WORDS:
        return f"the answer {q.answer!r} is a function word"
    if answer.split()[0] in ORDINAL_WORDS:
        return f"the answer {q.answer!r} is an ordinal"  # "first": a word, not a fact ("the 39th mission" is one)
    return None


def answer_not_in_evidence(q: Question, context: Context | None) -> str | None:
    if _blank(q) is not None and norm(q.answer) not in norm(q.evidence[0].sentence):
        return "the answer is not in its evidence sentence"
    return None


def cloze_not_article_text(q: Question, context: Context | None) -> str | None:
    """Anki reads every "{{c1::…}}" of the field: article text that holds one would read as a second
    deletion, so the cloze must give back the sentence when its markers are taken out."""
    if not isinstance(q, Cloze):
        return None
    stripped = re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", q.cloze)
    if stripped not in q.evidence[0].sentence:
        return "the cloze text is not the article's text (the article holds cloze markers)"
    return None


def counted_noun_in_blank(q: Question, context: Context | None) -> str | None:
    """"There were originally _____" for "three ships": blank the number, keep the noun."""
    if q.fact != "number" or _blank(q) is None:
        return None
    words = q.answer.split()
    last = words[-1].lower().strip(".,") if words else ""
    numeric = bool(_NUMBER.search(words[0])) or words[0].lower() in NUMBER_WORDS if words else False
    if len(words) > 1 and numeric and last.isalpha() and last not in UNIT_WORDS \
            and last not in ("million", "billion", "trillion", "thousand", "hundred", "percent", "cent"):
        return f"the blank swallows the counted noun {words[-1]!r}"
    return None


# --- giveaways beside the blank ------------------------------------------------------------------

def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", text) if w[0].isupper() or len(w) > 3).upper()


def acronym_beside_blank(q: Question, context: Context | None) -> str | None:
    """"_____ (HRW)" for Human Rights Watch, "Human Rights Watch (_____)" for HRW."""
    parts = _blank(q)
    if parts is None:
        return None
    before, after = parts
    answer = q.answer.replace(".", "")
    following = re.match(r"\s*\(([^()]{1,60})\)", after)
    preceding = re.search(r"([A-Z][\w'&. -]{1,80})\(\s*$", before)
    for shown in (following.group(1) if following else "", preceding.group(1) if preceding else ""):
        shown = shown.strip().replace(".", "")
        if not shown:
            continue
        if re.fullmatch(r"[A-Z&]{2,8}", shown) and _initials(answer) == shown:
            return f"the acronym {shown!r} beside the blank gives the answer away"
        if re.fullmatch(r"[A-Z&]{2,8}", answer) and _initials(shown).endswith(answer):
            return f"the expansion {shown!r} beside the blank gives the answer away"
    return None


def conversion_beside_blank(q: Question, context: Context | None) -> str | None:
    """"_____ (4,700 miles)": the conversion of a blanked number is the number in other units."""
    parts = _blank(q)
    if parts is None or not _NUMBER.search(q.answer):
        return None
    before, after = parts
    if re.match(r"\s*\([^()]*\d[^()]*\)", after) or re.search(r"\d[^()]*\(\s*$", before):
        return "a unit conversion beside the blank gives the number away"
    return None


def half_of_either_or(q: Question, context: Context | None) -> str | None:
    """"_____ or Bishkek": the other half of "X or Y" all but names the answer."""
    parts = _blank(q)
    if parts is None:
        return None
    before, after = parts
    if re.match(r"\s*,?\s*or\b", after) or re.search(r"\bor\s*$", before):
        return "the blank is one half of \"X or Y\""
    return None


def answer_elsewhere_in_stem(q: Question, context: Context | None) -> str | None:
    answer = norm(q.answer)
    if isinstance(q, Cloze):
        around = norm(q.before + " " + q.after)
        if f" {answer} " in f" {around} ":
            return "the answer shows elsewhere in the sentence"
    elif isinstance(q, MultipleChoice | ShortAnswer) and answer in norm(q.stem):
        return "the answer leaks into the stem"
    return None


def ambiguous_slot(q: Question, context: Context | None) -> str | None:
    """A typed answer whose slot another kind of the article's facts fits too ("in _____": a place
    or a month) needs a hint; without one there is a second valid answer."""
    if not isinstance(q, Cloze | ShortAnswer) or context is None:
        return None
    parts = _blank(q)
    if parts is None or (isinstance(q, Cloze) and q.hint) or re.search(r"_____ \([a-z]+\)", getattr(q, "stem", "")):
        return None
    fits = slot_kinds(parts[0])
    if q.fact == "number" and (parts[1].lstrip()[:1].isalpha() or not q.answer[-1:].isdigit()):
        return None  # "_____ people", "_____ km": the noun or unit says a number is wanted
    if q.fact not in fits:
        return None
    own = _facts_of(q, context)
    rivals = {f.kind for f in context.facts if f not in own and f.kind in fits and f.kind != q.fact}
    return f"another {sorted(rivals)[0]} of the article fits the blank too" if rivals else None


# --- the stem ----------------------------------------------------------------------------------------

def not_a_sentence(q: Question, context: Context | None) -> str | None:
    text = {MultipleChoice: "stem", ShortAnswer: "stem", TrueFalse: "statement"}.get(type(q))
    if text is None:
        return None
    value = getattr(q, text)
    if len(value.split()) < 5 or value.rstrip()[-1:] not in ".?!\"\u201d)":
        return "the stem does not read as a full sentence or question"
    if value.count(BLANK) > 1:
        return "more than one blank"
    return None


def source_furniture(q: Question, context: Context | None) -> str | None:
    """Datelines, citations, headlines and page numbers are never answers or statements."""
    if isinstance(q, Matching | Ordering):
        return None
    sentence = q.evidence[0].sentence
    if len(sentence.split()) < 6 or sentence.rstrip()[-1:] not in ".?!\"\u201d')\u2019":
        return "the evidence is a heading or a dateline, not a sentence"
    answer = q.answer if not isinstance(q, TrueFalse) else (q.original or "")
    if answer:
        for citation in _CITATION.finditer(sentence):
            if answer in citation.group() and (re.search(r"\bp{1,2}\.|\bet al\b|,", citation.group())):
                return f"the answer {answer!r} is part of a citation"
        for page in _PAGE.finditer(sentence):
            if answer in page.group():
                return f"the answer {answer!r} is a page number"
        dateline = _DATELINE.match(sentence)
        if dateline and answer in dateline.group():
            return f"the answer {answer!r} is in the dateline"
    if isinstance(q, TrueFalse) and (_CITATION.search(q.statement) and re.search(r"\bp{1,2}\.", q.statement)):
        return "the statement carries a citation"
    return None


def the_for_a(q: Question, context: Context | None) -> str | None:
    """"Who is the member of …?" when the article says "a member of …"."""
    if not isinstance(q, MultipleChoice):
        return None
    match = re.search(r"\bwho is the (.+)\?$", q.stem, re.IGNORECASE)
    if not match:
        return None
    role = match.group(1)
    sentence = q.evidence[0].sentence.lower()
    if re.search(rf"\b(?:a|an|one of the)\s+{re.escape(role.lower())}\b", sentence):
        return f"the article says \"a {role}\", the question \"the {role}\""
    return None


# --- true/false ------------------------------------------------------------------------------------

def bad_true_false(q: Question, context: Context | None) -> str | None:
    if not isinstance(q, TrueFalse):
        return None
    words = [w.lower() for w in re.findall(r"[\w']+", q.statement)]
    if words and words[0] in ("and", "but", "or", "so", "yet", "however"):
        return "the statement starts with a conjunction"
    if re.search(r"[\"\u201c\u201d]|(?:^|\s)'[A-Z]", q.statement):
        return "the statement quotes someone"
    if any(w in OPINION_WORDS for w in words):
        return "the statement reports an opinion or a claim"
    if any(w in FIRST_PERSON for w in words):
        return "the statement speaks in the first person"
    if not q.truth:
        own = _facts_of(q, context)
        forms = {norm(x) for f in own for x in (f.name, *f.aliases, *f.roles) if x}
        if norm(q.replacement) in forms:
            return "the false statement swaps in another name of the same thing"
        if bool(_YEAR.search(q.original)) != bool(_YEAR.search(q.replacement)) or \
                bool(_NUMBER.search(q.original)) != bool(_NUMBER.search(q.replacement)):
            return "the false statement does not swap like for like"
    return None


# --- multiple choice -------------------------------------------------------------------------------

def _shape(text: str) -> tuple[bool, bool, bool]:
    """What grammar and format alone give away: a capital, digits, a leading "the"."""
    return text[:1].isupper(), bool(_NUMBER.search(text)), text.lower().startswith("the ")


def bad_options(q: Question, context: Context | None) -> str | None:
    if not isinstance(q, MultipleChoice):
        return None
    if len(q.options) < 4:
        return "fewer than 4 options"
    key = norm(q.key)
    stem = norm(q.stem)
    for option in q.options:
        o = norm(option)
        if o != key and len(o) > 3 and o in stem:
            return f"the option {option!r} appears in the stem"
        if o != key and _shape(option) != _shape(q.key):
            return f"the option {option!r} differs in form from the key (capital, digits or \"the\")"
    parts = _blank(q)
    if parts is not None:
        article = re.search(r"\b(a|an)\s*$", parts[0], re.IGNORECASE)
        if article:
            wants_an = article.group(1).lower() == "an"
            for option in q.options:
                if (option[:1].lower() in "aeiou") != wants_an:
                    return f"\"{article.group(1)} {option}\" does not agree"
    own = _facts_of(q, context)
    forms = {norm(x) for f in own for x in (f.name, *f.aliases) if x}
    roles = {norm(r) for f in own for r in f.roles}
    for option in q.options:
        o = norm(option)
        if o == key:
            continue
        if o in forms:
            return f"the option {option!r} is another name of the key"
        if o in roles and norm(q.key) not in roles:
            return f"the option {option!r} is a role the article gives the key"
    return None


Check = Callable[[Question, "Context | None"], "str | None"]
CHECKS: tuple[Check, ...] = (
    answer_of_no_value, answer_not_in_evidence, cloze_not_article_text, counted_noun_in_blank, acronym_beside_blank,
    conversion_beside_blank, half_of_either_or, answer_elsewhere_in_stem, ambiguous_slot, not_a_sentence,
    source_furniture, the_for_a, bad_true_false, bad_options,
)


def problems(question: Question, context: Context | None = None) -> list[str]:
    """Everything wrong with a question (empty when it may be emitted)."""
    return [reason for check in CHECKS if (reason := check(question, context))]


def is_valid(question: Question, context: Context | None = None) -> bool:
    return not problems(question, context)
