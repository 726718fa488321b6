"""One builder per question kind. Each takes a ``Target`` (a fact and the mention to ask about) and
returns the typed question (quizgen.question), or None when the kind does not fit the fact. A
question its kind's rules refuse raises ``QuestionError``; the caller reports it as rejected."""

from __future__ import annotations

import bisect
import functools
import hashlib
import random
import re
from dataclasses import dataclass

from ..model import Article, Fact, Mention
from ..question import BLANK, Cloze, MultipleChoice, ShortAnswer, TrueFalse
from ..vocab import GUIDE_HEADINGS, gazetteer
from . import distractors as dis
from .slots import slot_hint
from .text import (
    blank_parts,
    norm,
    question_shape_problem,
    restore_capitals,
    self_contained,
    statement,
    words_dropped,
)


@dataclass(frozen=True)
class Target:
    """What a question asks about: a fact, the mention whose text is the answer, and an aspect
    ("name"; "who" or "role" for a person's role)."""

    fact: Fact
    mention: Mention
    aspect: str = "name"
    person_mention: Mention | None = None  # for roles: the person's name in the same sentence
    variant: str = ""  # set for a mention other than the fact's clearest: tells the questions apart

    @property
    def answer(self) -> str:
        return self.mention.text

    @property
    def key(self) -> str:
        return f"{self.fact.key}:{self.aspect}" + (f"@{self.variant}" if self.variant else "")


@dataclass(frozen=True)
class Context:
    """What a builder may read besides its target: the article's facts and the seed; for the set a
    teacher gets (``curated``), the article too (the checks read what the sentence cannot say)."""

    facts: tuple[Fact, ...]
    seed: int = 0
    article: Article | None = None
    curated: bool = False

    def facts_with_keys(self, keys) -> list[Fact]:
        """The facts with these keys, in article order (an index, not a pass over every fact per question)."""
        found = sorted(i for key in set(keys) for i in self._positions.get(key, ()))
        return [self.facts[i] for i in found]

    @functools.cached_property
    def _positions(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, fact in enumerate(self.facts):
            out.setdefault(fact.key, []).append(i)
        return out

    # What the checks ask of every question, worked out once per article (a long text has thousands):

    @functools.cached_property
    def subjects(self) -> dict[str, Fact | None]:
        """The person the article is about and the place it is set in (see ``article_subject``)."""
        return {kind: _subject_of_kind(self, kind) for kind in ("person", "place")}

    @functools.cached_property
    def people_with_roles(self) -> frozenset[str]:
        """The names (full names, other forms, and the words of full names) of the people the article
        gives a role."""
        names = {n for f in self.facts if f.kind == "person" and f.roles for n in (f.name, *f.aliases)}
        return frozenset(names | {w for n in names if " " in n for w in n.split()})

    @functools.cached_property
    def is_guide(self) -> bool:
        """A travel guide: two or more of a guide's section headings ("Get in", "See") on lines of
        their own (the title counts as one)."""
        if self.article is None:
            return False
        lines = {line.strip().lower() for line in self.article.text.splitlines() if len(line) < 30}
        lines.add((self.article.title or "").strip().lower())
        return len(lines & GUIDE_HEADINGS) >= 2

    @functools.cached_property
    def topic_names(self) -> re.Pattern[str] | None:
        """For an article titled with a name ("Fairfax Connector", not a headline, an event or a guide's
        place): one pattern for the title's words, the names of the fact the title names and the title's
        initials, each a whole word ("Star" is not in "started"; "Kenyan" and "Kenyans" name Kenya); None otherwise."""
        title = self.article.title if self.article is not None and self.article.title else ""
        words = name_title_words(title)
        if not words or self.is_guide or _EVENT_TITLE.search(title):
            return None
        normed = norm(title)
        forms = {x for f in self.facts if normed in normed_forms(f) or norm(f.name) in normed.split()
                 for x in (f.name, *f.aliases) if x}
        initials = "".join(w[0] for w in words if w[:1].isupper())
        names = sorted({*words, *forms, *([initials] if len(initials) > 1 else [])}, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?:n|an|ian|ese|i)?s?(?![\w-])", re.IGNORECASE)

    @functools.cached_property
    def name_pattern(self) -> re.Pattern[str] | None:
        """One pattern for every name (and other form) of the article's people, organisations and
        places, each a whole word: what the checks look for in every question (once per article, not a
        pass over every fact per question)."""
        names = sorted({x for f in self.facts if f.kind in ("person", "organization", "place")
                        for x in (f.name, *f.aliases) if x}, key=len, reverse=True)
        if not names:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")

    @functools.cached_property
    def place_forms(self) -> frozenset[str]:
        """Every place's normalised forms (landmarks and streets too)."""
        return frozenset(x for f in self.facts if f.kind == "place" for x in normed_forms(f) if x)

    @functools.cached_property
    def place_or_people_pattern(self) -> re.Pattern[str] | None:
        """The places' normalised forms, or their people's ("Kenyans", "Iraqi"), each a whole word."""
        if not self.place_forms:
            return None
        forms = sorted(self.place_forms, key=len, reverse=True)
        return re.compile(r" (?:" + "|".join(re.escape(x) for x in forms) + r")(?:n|an|ian|ese|i)?s? ")

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """The words of the names of the article's people, organisations and places."""
        return frozenset(w for f in self.facts if f.kind in ("person", "organization", "place")
                         for x in (f.name, *f.aliases) for w in x.split())

    @functools.cached_property
    def body_words(self) -> int:
        return len(self.article.body.split()) if self.article is not None else 0

    @functools.cached_property
    def story_words(self) -> frozenset[str]:
        """The capitalised words (names, mostly) of the title and the first paragraph: what the story
        is about. Empty for an article without them."""
        if self.article is None:
            return frozenset()
        return capitalised_words(f"{self.article.title or ''} {self.lead}")

    @functools.cached_property
    def lead(self) -> str:
        """The article's first paragraph (its lead, in a news report)."""
        if self.article is None:
            return ""
        body = self.article.text[self.article.body_start:self.article.body_end].strip()
        return re.split(r"\n\s*\n", body, maxsplit=1)[0].strip() if body else ""

    @functools.cached_property
    def guide_setting(self) -> Fact | None:
        """The place in the title ("Cuba", "Tulsa, Oklahoma"), or, in a travel guide under a title
        that names none (a section heading, "Understand"), the place it names far more often than any
        other (a biography's or a news report's most named place is only a backdrop to some of its
        sentences)."""
        if self.article is None or not self.article.title:
            return None
        title = norm(self.article.title)
        if not self.is_guide and any(f.kind in ("organization", "person") and title in normed_forms(f)
                                     for f in self.facts):
            return None  # "Toronto Star": a newspaper named after its town is about the paper, not the town
        raw = self.article.title.strip()
        for fact in self.facts:
            if fact.kind == "place" and any(title == x or (title.startswith(x + " ") and
                                                           len(title.split()) <= len(x.split()) + 2 and
                                                           _title_goes_on_after_a_mark(raw, fact))
                                            for x in normed_forms(fact)):
                return fact
        return article_subject(self, "place") if self.is_guide else None

    @functools.cached_property
    def wider_place_forms(self) -> frozenset[str]:
        """The article's places that say where (towns, regions, countries; not landmarks or streets),
        normalised."""
        return frozenset(x for f in self.facts if f.kind == "place" and dis.place_class(f.name) != "facility"
                         for x in normed_forms(f))

    @functools.cached_property
    def person_mentions(self) -> tuple[tuple[int, Fact], ...]:
        """Every mention of a person, as (start offset, fact), in text order."""
        return tuple(sorted(((m.start, f) for f in self.facts if f.kind == "person" for m in f.mentions),
                            key=lambda pair: pair[0]))


TITLE_FILLERS = frozenset("the of and a an in on for to at by von van de der den du la le und y".split())

# A title that names an event ("French and Indian War", "1896 Atlantic City rail crash"): its sentences
# tell a story with people, places and dates of their own, and need not name the event (rounds 6-13: 60%
# acceptable without it, against 27% for an article about a thing, a body or a person)
_EVENT_TITLE = re.compile(r"\b(?:war|battle|siege|campaign|revolution|crisis|crash|election|games|olympics|cup|"
                          r"massacre|rebellion|uprising|expedition|mission|treaty|disaster|riots?|strike|affair|"
                          r"\d{4}s?)\b", re.IGNORECASE)


# Capitalised words that name nothing: function words opening a sentence, titles of address, days, months
_NOT_STORY_WORDS = frozenset("""The A An In On At By For From With And But Of To It He She They This That These
Those Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December""".split())


def capitalised_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\b[A-Z][a-zA-Z'-]+", text) if w not in _NOT_STORY_WORDS)


def _title_goes_on_after_a_mark(title: str, place: Fact) -> bool:
    """"Costa Rica: Economy", "Tulsa, Oklahoma", "Kenya (country)": the place, then a section or a wider
    place; not a headline that goes on with a verb ("South Asia celebrates Eid", round 27)."""
    for name in sorted((place.name, *place.aliases), key=len, reverse=True):
        if name and title.startswith(name):
            return bool(re.match(r"\s*(?:[:,(\u2013\u2014-]|$)", title[len(name):]))
    return False


# How the template questions open ("According to the article, who is the mayor?"): they ask what the
# article says, and the checks of a sentence's words do not apply to them
TEMPLATE_STEMS = ("According to the article", "Who does the article describe", "How does the article describe")


def name_title_words(title: str) -> tuple[str, ...]:
    """The words of a title that is a name ("Fairfax Connector", "139th Pennsylvania Volunteer Infantry
    Regiment", "Carter Beauford"), or () for a headline or a sentence ("Man killed in crane collapse")."""
    words = title.split()
    if not 0 < len(words) <= 6 or ":" in title or not all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_FILLERS for w in words):
        return ()
    kept = tuple(w for w in re.findall(r"[\w'&-]+", title) if w.lower() not in TITLE_FILLERS and len(w) > 2)
    # "Notes", "Chapter Review": everyday words name no one thing
    return kept if any(w.lower() not in gazetteer().common_words for w in kept) else ()


def normed_forms(fact: Fact) -> tuple[str, ...]:
    """A name's forms (of three letters or more), normalised for comparing."""
    return tuple(norm(x) for x in (fact.name, *fact.aliases) if len(x) > 2)


def question_id(kind: str, key: str, answer: str) -> str:
    return hashlib.sha1(f"{kind}|{key}|{answer}".encode()).hexdigest()[:12]


def rng_for(seed: int, kind: str, key: str) -> random.Random:
    """A random stream per question, so one question's options don't depend on the others."""
    return random.Random(f"{seed}|{kind}|{key}")


def _common(target: Target, kind: str, answer: str, score: float) -> dict:
    return {"id": question_id(kind, target.key, answer), "fact": target.fact.kind,
            "evidence": (target.mention.evidence,), "score": score, "fact_key": target.key,
            "fact_keys": (target.fact.key,), "difficulty": _difficulty(target, kind)}


def make_cloze(target: Target, context: Context, score: float) -> Cloze | None:
    if target.aspect != "name":
        return None
    before, after = blank_parts(target.mention, use_statement=False)
    if not target.mention.standalone or not self_contained(before + target.answer + after):
        return None  # "He was also …", "this book …": a card a learner cannot place
    return Cloze(key=target.answer, before=before, after=after, hint=slot_hint(target, context.facts),
                 accepted=tuple(accepted_answers(target.fact, target.answer)),
                 **_common(target, "cloze", target.answer, score))


def make_short_answer(target: Target, context: Context, score: float) -> ShortAnswer | None:
    if target.aspect == "who" and context.curated:
        # "According to the article, who is the US President?": typed, the answer needs no other people
        # beside it (as options they were the article's others, whatever their role: round 7)
        if _role_shared(target, context.facts):
            return None
        answer = target.person_mention.text if target.person_mention else target.fact.name
        return ShortAnswer(stem=who_prompt(target.mention.text, _indefinite(target.mention)), key=answer,
                           accepted=tuple(accepted_answers(target.fact, answer)),
                           **{**_common(target, "short_answer", answer, score), "difficulty": "medium"})
    if target.aspect != "name":
        return None
    stands_alone = _sentence_stands_alone(target)
    of_subject = context.curated and not stands_alone and told_of_the_subject(target, context)
    if context.curated and not stands_alone and not of_subject:
        return None
    question = _wh_question(target, context)
    if question:  # "When did Ada Lind marry Tomas Berg?" (facts/wh.py)
        return ShortAnswer(stem=question, key=target.answer, accepted=tuple(accepted_answers(target.fact, target.answer)),
                           **_common(target, "short_answer", target.answer, score))
    before, after = blank_parts(target.mention, use_statement=not context.curated or of_subject)
    hint = slot_hint(target, context.facts)
    stem = _as_stem(before + BLANK + (f" ({hint})" if hint else "") + after)
    return ShortAnswer(stem=stem, key=target.answer, accepted=tuple(accepted_answers(target.fact, target.answer)),
                       **_common(target, "short_answer", target.answer, score))


def _as_stem(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text[-1:] in ".?!\"\u201d" else text + "."


def _sentence_stands_alone(target: Target) -> bool:
    """The set a teacher gets asks only from sentences that stand alone as the article wrote them:
    a name put in for "he" may be the wrong one, and a statement cut from a long clause may read
    as a fragment (blind rating rounds 1-4) — but see ``told_of_the_subject``."""
    before, after = blank_parts(target.mention, use_statement=False)
    return target.mention.standalone and self_contained(before + target.answer + after)


def article_subject(context: Context, kind: str) -> Fact | None:
    """The place the article is set in or the person it is about: named in its title, or named far
    more often than any other of its kind (at least four times, twice the next)."""
    return context.subjects[kind] if kind in context.subjects else _subject_of_kind(context, kind)


def _subject_of_kind(context: Context, kind: str) -> Fact | None:
    of_kind = sorted((f for f in context.facts if f.kind == kind), key=lambda f: -len(f.mentions))
    if not of_kind:
        return None
    title = norm(context.article.title or "") if context.article else ""
    for fact in of_kind:
        if title and any(f" {norm(x)} " in f" {title} " for x in (fact.name, *fact.aliases) if len(x) > 2):
            return fact
    top = of_kind[0]
    runner_up = len(of_kind[1].mentions) if len(of_kind) > 1 else 0
    return top if len(top.mentions) >= 4 and len(top.mentions) >= 2 * runner_up else None


def told_of_the_subject(target: Target, context: Context) -> bool:
    """A biography's "He graduated from the University of Michigan in 1943.": "he", "she" or "his" for
    the person the whole article is about, or "the country" for the one place it is about, says who
    or where as plainly as a name does.
    Its statement, with the name put in ("Nida graduated …"), may be asked from (a wh-question, a
    true/false statement; never a cloze, which gives back the article's own words)."""
    st = target.mention.statement
    if st is None or not st.resolved:
        return False
    sentence = target.mention.evidence.sentence
    own: set[str] = set()
    person = article_subject(context, "person")
    pronoun = _PERSONAL_REFERENCE.search(sentence)
    if person is not None and person is not target.fact and pronoun and \
            _last_person_before(context, target.mention.evidence.start + pronoun.start()) is person:
        # ("… sold to Tomas Berg. He opened a gallery": "he" is the last person named, whoever the resolver chose)
        own |= {x for x in (person.name, *person.aliases) if len(x) > 2}
    # "the country" in a report about one country
    place = article_subject(context, "place")
    if place is not None and place is not target.fact and _PLACE_REFERENCE.search(sentence):
        own |= {x for x in (place.name, *place.aliases) if len(x) > 2}
    if not own:
        return False  # (a name put in for "the company" or a shared subject is another matter)
    # every name the statement has and the sentence lacks is the subject's ("In 1937, he …" -> "Nida …")
    put_in = {x for f in context.facts if f.kind in ("person", "organization", "place")
              for x in (f.name, *f.aliases) if len(x) > 2 and x in st.text  # (a cheap test first)
              and re.search(rf"(?<!\w){re.escape(x)}(?!\w)", st.text)
              and not re.search(rf"(?<!\w){re.escape(x)}(?!\w)", sentence)}
    if not put_in & own or any(x not in own and not any(x in o for o in own) for x in put_in):
        return False
    # "Fillmore's legacy continues with Fillmore's students": a name put in twice reads as no one writes
    forms = "|".join(re.escape(x) for x in sorted(own, key=len, reverse=True))
    if len(re.findall(rf"(?<!\w)(?:{forms})(?!\w)", st.text)) != 1 or not self_contained(st.text):
        return False
    # the sentence itself with the name put in, not a clause cut from it: a cut can change the fact
    # ("he was wounded and captured at the surrender of X" cut to "he recovered at surrender of X", round 9)
    said = set(re.findall(r"\w+", sentence.lower())) - {"he", "she", "his", "her", "him", "the", "country", "nation"}
    kept = set(re.findall(r"\w+", st.text.lower()))
    return len(said - kept) <= max(1, len(said) // 10)


def _last_person_before(context: Context, offset: int) -> Fact | None:
    """The person named last before ``offset`` in the article."""
    mentions = context.person_mentions
    at = bisect.bisect_left(mentions, offset, key=lambda pair: pair[0])
    return mentions[at - 1][1] if at else None


# "he", "she", "his", "her", "him": a third person the sentence does not name
_PERSONAL_REFERENCE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
# (only a country: in a guide to an island group or a region "the island" or "the town" is often one
# of its parts, "the largest island" of round 8's Vava'u)
_PLACE_REFERENCE = re.compile(r"\b[Tt]he (?:country|nation)\b")


# The facts a curated wh-question asks for: "When did …?", "How many …?". Asked of a place or an
# organisation ("Which place is Venezuela's largest oil customer?", "Where did she appear as herself?")
# blind raters accepted none of twelve (rounds 18-29): "place" reads badly for a country or a film.
WH_KINDS = ("date", "number")


def _wh_question(target: Target, context: Context) -> str:
    """The statement's wh-question; in the curated set only one whose every word reads as the
    article writes it (a name keeps its capital) and that passes the checks of a question's shape."""
    question = target.mention.statement.question if target.mention.statement else ""
    if not question or not context.curated:
        return question
    if target.fact.kind not in WH_KINDS:
        return ""  # (the fill-in-the-blank form instead)
    for fact in context.facts:  # "did charles j. fillmore": a name the question lower-cased when it moved it
        # (names of two words or more: "apple" in "plant apple trees" is no company)
        if fact.kind in ("person", "organization", "place") and " " in fact.name and fact.name.lower() in question:
            question = re.sub(rf"(?<!\w){re.escape(fact.name.lower())}(?!\w)", fact.name, question)
    question = restore_capitals(question, context.article.text if context.article else "")
    broken = question_shape_problem(question, target.answer) or \
        words_dropped(question, target.answer, target.mention.evidence.sentence)
    return question if not broken else ""


def distractors_for(target: Target, facts: tuple[Fact, ...], rng: random.Random, article_only: bool = False,
                    with_roles: frozenset[str] | None = None) -> list[str]:
    """Wrong options for the target; with ``article_only`` (the curated set) places and organisations
    only from the article itself ("Comoros" and "Faroe Islands" beside "the United States" are
    ruled out on sight); with ``with_roles``, only these people (``Context.people_with_roles``)."""
    fact = target.fact
    if target.aspect == "role":
        return dis.role_distractors(fact, facts, rng)
    if target.aspect == "who":  # the answer is the person's name as the role sentence gives it
        answer = target.person_mention.text if target.person_mention else fact.name
        offered = dis.person_distractors(fact, answer, facts, rng, asked_role=target.mention.text)
        return _with_roles(offered, with_roles) if with_roles is not None else offered
    if fact.kind == "person":
        offered = dis.person_distractors(fact, target.answer, facts, rng)
        return _with_roles(offered, with_roles) if with_roles is not None else offered
    if fact.kind in ("organization", "place"):
        return dis.entity_distractors(fact, facts, rng, target.mention.evidence, article_only=article_only)
    if fact.kind == "number":
        return dis.number_distractors(fact, target.answer, facts, rng)
    return dis.date_distractors(fact, target.answer, facts, rng, target.mention)


def role_head(role: str) -> str:
    """The noun a role is, as written: "professor" of "American academic and professor of law",
    "President" of "US President"."""
    words = re.split(r"\s(?:of|to|for|at|in|with|on)\s", role)[0].split()
    return words[-1] if words else ""


def _role_shared(target: Target, facts: tuple[Fact, ...]) -> bool:
    """"Who is the Prime Minister?" when the article calls two people so (round 9): the role does
    not pick one person out."""
    asked = target.mention.text
    return any(f.kind == "person" and f is not target.fact and any(_same_role(asked, r) for r in f.roles)
               for f in facts)


def _same_role(a: str, b: str) -> bool:
    """"Prime Minister" and "British Prime Minister": one role's words all in the other's, with one head."""
    words_a, words_b = set(norm(a).split()), set(norm(b).split())
    same_head = role_head(a).lower() == role_head(b).lower()
    return bool(words_a and words_b) and same_head and (words_a <= words_b or words_b <= words_a)


def _holding_a_like_role(target: Target, facts: tuple[Fact, ...], names: list[str]) -> list[str]:
    """The ``names`` of people the article gives a role of the same kind as the one asked about."""
    head = role_head(target.mention.text).lower()
    alike = {n for f in facts if f.kind == "person" and any(role_head(r).lower() == head for r in f.roles)
             for n in (f.name, *f.aliases, f.name.split()[-1])}
    return [n for n in names if n in alike]


def _with_roles(names: list[str], with_roles: frozenset[str]) -> list[str]:
    """"Who does the article describe as a poet?", "Who wrote about the war?": in the set a teacher
    gets, only people the article gives a role of their own pass for the one it means (a pop star
    named in passing is ruled out on sight)."""
    return [name for name in names if name in with_roles]


def _indefinite(role_mention: Mention) -> bool:
    """Does the article say "a member of …" (one of several) rather than "the …"?"""
    before = role_mention.evidence.sentence[:role_mention.start - role_mention.evidence.start].rstrip().lower()
    return before.endswith((" a", " an", " one of the", " one of its")) or before in ("a", "an")


def who_prompt(role: str, indefinite: bool = False) -> str:
    """"According to the article, who is the mayor of Lyon?": asked of what the article says (an
    office changes hands), with "a" where the article says "a member of …"."""
    role = re.sub(r"\s+(['\u2019]s)\b", r"\1", role)  # "Obama 's adviser" as the source spaced it
    first = role.split()[0].lower()
    article = "an" if first[:1] in "aeiou" else "a"
    if indefinite or first in ("former", "seasoned") or (
            not role[:1].isupper() and first != "deputy" and not any(p in role for p in (" of ", " to ", " for "))):
        return f"Who does the article describe as {article} {role}?"
    if first.endswith(("'s", "\u2019s", "'", "\u2019")) or re.match(r"(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*['\u2019]s?\s", role):
        return f"According to the article, who is {role}?"  # "Maxime Bernier's adviser", not "the Maxime …"
    return f"According to the article, who is the {role}?"


def make_mcq(target: Target, context: Context, score: float) -> MultipleChoice | None:
    rng = rng_for(context.seed, "mcq", target.key)
    wrong = distractors_for(target, context.facts, rng, article_only=context.curated,
                            with_roles=context.people_with_roles if context.curated else None)[:3]
    if len(wrong) < 3:
        return None
    if target.aspect == "who":
        if context.curated and (_role_shared(target, context.facts) or
                                len(_holding_a_like_role(target, context.facts, wrong)) < 3):
            return None  # a "psychology major" among a president and a company's founder: ruled out on sight
        stem = who_prompt(target.mention.text, _indefinite(target.mention))
        answer = target.person_mention.text if target.person_mention else target.fact.name
    elif target.aspect == "role":
        person = target.person_mention.text if target.person_mention else target.fact.name
        stem = f"How does the article describe {person}?"
        answer = target.answer
    else:
        stands_alone = _sentence_stands_alone(target)
        if context.curated and not stands_alone and not told_of_the_subject(target, context):
            return None
        stem = _wh_question(target, context)
        if not stem:
            before, after = blank_parts(target.mention, use_statement=not context.curated or not stands_alone)
            stem = _as_stem(before + BLANK + after)
        answer = target.answer
    options = [answer, *wrong]
    rng.shuffle(options)
    common = _common(target, "mcq", answer, score)
    if target.aspect != "name":
        common["difficulty"] = "medium"
    return MultipleChoice(stem=stem, key=answer, options=tuple(options), **common)


_LEADING_CONNECTIVE = re.compile(r"^(?:and|but|or|so|yet|also|however|meanwhile|moreover|still|then|thus)\b,?\s+",
                                 re.IGNORECASE)


def plain_statement(text: str) -> str:
    """A statement without the connective that tied it to the sentence before ("But the…") and
    without the source's footnote marks ("[1]")."""
    text = _LEADING_CONNECTIVE.sub("", text, count=1)
    text = re.sub(r"\s*\[\w{1,3}\]", "", text)
    return text[:1].upper() + text[1:]


def make_true_false(target: Target, context: Context, score: float, truth: bool) -> TrueFalse | None:
    """The statement as the article gives it (``truth``) or with the answer swapped for a wrong one
    of the same kind. Both forms are candidates; the set picks the form that keeps true and false
    balanced."""
    if target.aspect != "name":
        return None
    of_subject = told_of_the_subject(target, context)
    if target.mention.statement is not None and target.mention.statement.resolved and not of_subject:
        # a statement to judge true must be the article's own claim: a name put in for "he" that is
        # wrong would make a learner learn a falsehood as true (blind rating round 4) — unless "he" is
        # the one the whole article is about
        return None
    own_words = context.curated and not of_subject
    if context.curated and ((own_words and not _sentence_stands_alone(target)) or
                            (not truth and target.fact.kind not in TRUE_FALSE_SWAPS)):
        # the set a teacher gets judges the article's own sentence; a false one swaps a date, a
        # number or a person for another of the article (a place or an organisation swapped in reads
        # as nonsense or stays true: "the airport or Beijing", "San Francisco visitors")
        return None
    rng = rng_for(context.seed, "true_false", target.key)
    common = _common(target, "true_false", target.answer, score)
    common["difficulty"] = "easy"
    common["id"] = question_id("true_false", target.key, target.answer + ("" if truth else "|false"))
    if truth:
        return TrueFalse(statement=plain_statement(statement(target.mention, use_statement=not own_words)),
                         truth=True, **common)
    if own_words and target.fact.kind == "person" and not target.fact.roles:
        return None  # swap only someone the article presents with a role: a character for an actor is absurd
    wrong = distractors_for(target, context.facts, rng, article_only=context.curated,
                            with_roles=context.people_with_roles if context.curated else None)
    if context.curated and target.fact.kind == "number":
        wrong = _natural_looking(target.answer, wrong)
    if context.curated and target.fact.kind == "date":
        sentence = target.mention.evidence.sentence
        if BOUND_BEFORE.search(sentence[:target.mention.start - target.mention.evidence.start]):
            return None  # "By the outset of 1864, …": what held by then held by a later year too (round 30)
        wrong = sorted(wrong, key=lambda w: _years_apart(target.answer, w))  # the nearest year reads true-like
    if not wrong:
        return None
    text = plain_statement(statement(target.mention, wrong[0], use_statement=not own_words))
    return TrueFalse(statement=text, truth=False, original=target.answer, replacement=wrong[0], **common)


_FIGURE = dis.NUMBER_IN_TEXT
# a date after these is a bound: what held by 1864 held by 1865 too (rounds 29-30)
BOUND_BEFORE = re.compile(r"\b(?:[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Uu]p to)(?:\s+the\s+[a-z]+\s+of)?\s*$")


def _years_apart(answer: str, other: str) -> int:
    """How far apart the years of two dates are (a date without a year: far)."""
    a, b = re.search(r"\b\d{4}\b", answer), re.search(r"\b\d{4}\b", other)
    return abs(int(a.group()) - int(b.group())) if a and b else 9999


def _significant_digits(text: str) -> int:
    match = _FIGURE.search(text)
    digits = match.group().replace(",", "").replace(".", "").lstrip("0") if match else ""
    return len(digits.rstrip("0")) or 1


def _natural_looking(answer: str, wrong: list[str]) -> list[str]:
    """A false statement's figure as a writer would give it: the roundest of the alternatives ("extended
    by 60 hours" for 48, not "by 67 hours", round 28); none for a measurement to hundredths ("in 9.88
    seconds"), where any other figure looks made up or is ruled out by the rest of the report."""
    key = _FIGURE.search(answer)
    if key is None or (re.search(r"\.\d\d", key.group()) and not re.search(
            r"[$€£¥₹]|percent|%|\b(?:million|billion|trillion)\b", answer)):
        return []  # (money and rates to hundredths are no measurement: "$1.25 billion" may change)
    return sorted(wrong, key=_significant_digits)  # (a stable sort: the draw's order among equals)


# The kinds a curated false statement may swap: a date or a number the article fixes. (A person swapped
# for another may stay true: "a friend of Hamilton" with his mother put in is not ruled out by an article
# that names one friend, round 9.)
TRUE_FALSE_SWAPS = ("date", "number")

_NUMBER_PART = re.compile(r"(?:US\$|[A-Z]?\$|[€£¥₹])?\s?\d[\d,]*(?:\.\d+)?")


def accepted_answers(fact: Fact, answer: str) -> list[str]:
    """Other answers a grader takes: a person's other names and surname, a number written without
    its thousands separators or its unit, a year on its own."""
    out: list[str] = []
    if fact.kind == "person":
        out += [fact.name, *fact.aliases, fact.name.split()[-1], answer.split()[-1]]
    elif fact.kind == "organization":
        out += [fact.name, *fact.aliases]
    elif fact.kind == "number":
        number = _NUMBER_PART.search(answer)
        if number:
            digits = number.group().strip()
            out += [digits, digits.replace(",", ""), answer.replace(digits, digits.replace(",", ""))]
    elif fact.kind == "date" and fact.iso and re.fullmatch(r"\d{4}", fact.iso):
        out.append(fact.iso)
    seen = {norm(answer)}
    unique = []
    for a in out:
        if a.strip() and a not in unique and (norm(a) not in seen or a != answer):
            seen.add(norm(a))
            unique.append(a)
    return [a for a in unique if a != answer]


def _difficulty(target: Target, kind: str) -> str:
    fact = target.fact
    if kind == "mcq":
        return "easy" if fact.kind in ("person", "place", "organization") else "medium"
    if fact.kind in ("number", "date") or target.aspect == "role":
        return "hard"
    return "medium"
