"""A person's roles read off the parse, by the dependency paths in patterns/roles.toml.

From the head word of a person's name each pattern walks a short path of dependency relations to a
noun that names a role ("Ada Lind, the mayor of Bergen": appos; "Lind was the mayor": nsubj of a
noun with a copula; "Lind served as mayor": obl with "as"). The role is that noun's phrase with
the clause's own time and place, relative clauses and the person's name left out; a possessor
stays ("Mahler's former deputy"), with a pronoun possessor replaced by the name it stands for.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..model import Document
from ..vocab import (
    GENERIC_PERSON_NOUNS,
    OCCUPATIONS,
    ORDINAL_WORDS,
    REFLEXIVES,
    RELATION_NOUNS,
    ROLE_TITLES,
    person_by_its_form,
    person_nouns,
)
from .clauses import case_words

# Honorifics are titles of address, not roles; party names describe a person as one.
_ROLE_WORDS = (ROLE_TITLES | OCCUPATIONS | RELATION_NOUNS | {"republican", "democrat", "conservative", "liberal", "socialist",
                                            "communist"}) - {"mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.", "sir",
                                                             "dame", "lady", "lord", "miss", "st", "saint"}


def is_role_word(word: str) -> bool:
    """A title, an occupation or another noun for a kind of person ("ambassador", "co-founder",
    "hydrologist", "novelist")."""
    low = word.lower().rstrip(".")
    # "vice-chairman", "co-founder", "ex-president": the last part names the role
    last = low.rsplit("-", 1)[-1]
    return low in _ROLE_WORDS or last in _ROLE_WORDS or low in person_nouns() or last in person_nouns() \
        or person_by_its_form(low)

_STEP_FIELDS = frozenset({"up", "rel", "lemma", "child", "no_child", "case", "tag", "before", "no_person_object"})
# Dependents of the role noun that are not part of the role: side clauses, the copula's clause
# (its subject, its time and place), punctuation.
_LEFT_OUT = frozenset({"acl:relcl", "acl", "appos", "punct", "advcl", "parataxis", "conj", "cc", "nsubj", "nsubj:pass",
                       "cop", "mark", "aux", "aux:pass", "obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod",
                       "dep", "discourse", "expl", "csubj", "ccomp", "xcomp", "reparandum", "orphan"})
_LEADING = frozenset({"the", "a", "an", "as", "both", "also", "then", "once", "other", "another"})
MAX_ROLE_WORDS = 12


@dataclass(frozen=True)
class Step:
    rel: frozenset[str]
    up: bool = False
    lemma: frozenset[str] = frozenset()
    child: frozenset[str] = frozenset()
    no_child: frozenset[str] = frozenset()
    case: frozenset[str] = frozenset()
    tag: frozenset[str] = frozenset()
    before: bool = False
    no_person_object: bool = False


@dataclass(frozen=True)
class RolePattern:
    id: str
    steps: tuple[Step, ...]

    @classmethod
    def from_data(cls, data: dict) -> RolePattern:
        steps = []
        for step in data.get("steps", ()):
            unknown = set(step) - _STEP_FIELDS
            if unknown or "rel" not in step:
                raise ValueError(f"role pattern {data.get('id')!r}: a step needs rel; unknown fields {unknown}")
            steps.append(Step(**{k: (frozenset(v) if isinstance(v, list) else v) for k, v in step.items()}))
        if not data.get("id") or not steps:
            raise ValueError(f"role pattern {data.get('id')!r} needs an id and steps")
        return cls(data["id"], tuple(steps))


@cache
def pattern_data() -> tuple[dict, ...]:
    text = (resources.files("quizgen.facts") / "patterns" / "roles.toml").read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)["pattern"])


@cache
def role_patterns() -> tuple[RolePattern, ...]:
    return tuple(RolePattern.from_data(p) for p in pattern_data())


@dataclass(frozen=True)
class ParsedRole:
    text: str
    start: int  # character offsets of the role phrase's first and last kept word
    end: int
    head: int  # token index of the role noun
    pattern: str


def roles_of(doc: Document, first: int, last: int, is_role_word: Callable[[str], bool]) -> list[ParsedRole]:
    """Every role the parse states for the name at tokens ``first:last``."""
    head = doc.head_of(first, last)
    out: list[ParsedRole] = []
    seen: set[int] = set()
    for anchor, via_conjunct in _anchors(doc, first, last, head):
        for pattern in role_patterns():
            for node in _with_conjuncts(doc, [_one_of(doc, n) for n in _follow(doc, anchor, pattern.steps)]):
                if node in seen or first <= node < last or doc.tokens[node].tag not in ("NN", "NNS", "NNP", "NNPS") \
                        or not (is_role_word(singular_of(doc.tokens[node])) or _set_apart(doc, node)):
                    continue
                plural = _plural(doc, node)
                if via_conjunct and not plural:
                    continue
                if _denied(doc, node):
                    continue  # "Lind was never the mayor", "the winner was not Lind"
                if _in_a_bracketed_title(doc, node):
                    continue  # "Elia Kazan (The Last Tycoon)": the film, not what Kazan is
                if _heads_another_name(doc, node, first, last):
                    continue  # "Senator Dahl, Vice President Moe, …" all hung on "Senator": Dahl's title
                if node > last and not plural and any(
                        doc.tokens[c].dep == "conj" and last <= c < node for c in doc.children(head)):
                    continue  # "George Bush and James Baker, secretary of state": the role is the nearer name's
                if node < first and doc.tokens[head].dep == "appos" and doc.tokens[head].head == node \
                        and _noun_between(doc, node, head):
                    # "A was a geologist and his mother, B, is a nurse": B stands beside "mother", not
                    # "geologist", and is what the second clause's predicate says
                    node = next((c for c in doc.children(node) if c > last and doc.tokens[c].dep == "conj"
                                 and any(doc.tokens[g].dep == "cop" for g in doc.children(c))), -1)
                    if node < 0 or node in seen or not is_role_word(singular_of(doc.tokens[node])):
                        continue
                    plural = _plural(doc, node)
                role = _role_phrase(doc, node, (first, last), singular=plural)
                if role is not None:
                    seen.add(node)
                    out.append(ParsedRole(role[0], role[1], role[2], node, pattern.id))
    return out


def _in_a_bracketed_title(doc: Document, node: int) -> bool:
    """The word stands in brackets that hold a capitalised "The" inside the sentence: the title of a
    work ("(The Last Tycoon)", "(Champion and The Victors)"), not a role; a title of office stays one
    ("(The Mayor of Bergen)")."""
    tokens = doc.tokens
    sentence = doc.sentence_of(node)
    opened = next((k for k in range(node - 1, sentence.first_token - 1, -1) if tokens[k].text in ("(", ")")), None)
    if opened is None or tokens[opened].text != "(":
        return False
    closed = next((k for k in range(node + 1, sentence.last_token) if tokens[k].text in ("(", ")")), None)
    if closed is None or tokens[closed].text != ")":
        return False
    return tokens[node].text.lower() not in ROLE_TITLES and any(tokens[k].text == "The" for k in range(opened + 1, closed))


def _heads_another_name(doc: Document, node: int, first: int, last: int) -> bool:
    """A title whose own name follows it ("Senator" of "Senator Dahl", "Speaker" of "Speaker
    Nilsen"), outside the name at ``first:last``, is that other person's title."""
    return doc.tokens[node].tag == "NNP" and any(
        c > node and not first <= c < last and doc.tokens[c].dep in ("flat", "compound")
        and doc.tokens[c].tag == "NNP" and doc.tokens[c].text[:1].isupper() for c in doc.children(node))


def _anchors(doc: Document, first: int, last: int, head: int) -> list[tuple[int, bool]]:
    """The words the name's relations start from, each with whether it is reached over a conjunction:
    the name's head; the name the parse builds it into when the recogniser took only part of it
    ("Pescheux d'Herbinville" with "d'Herbinville" recognised) or the title it puts over it
    ("Senators A, B and C" with the title as the head); other words of the name the parse attaches
    elsewhere; and the first of the names it is coordinated with ("A and B, both physicists": the
    first conjunct carries the role)."""
    tokens = doc.tokens
    anchors = [(head, False)]
    k = head
    # (a word of the same name: right before it, not a title — "Senator A, Mr. President, B": a title
    # heading a list of forms of address is no one's name)
    while tokens[k].dep == "flat" and all(tokens[j].head == tokens[k].head for j in range(tokens[k].head + 1, k)) \
            and tokens[tokens[k].head].tag == "NNP" and not is_role_word(tokens[tokens[k].head].text) \
            and len(anchors) < 4:
        k = tokens[k].head
        anchors.append((k, False))
    anchors += [(j, False) for j in range(first, last) if j != head and (tokens[j].head == j or (
        not first <= tokens[j].head < last and not is_role_word(tokens[tokens[j].head].text)))]
    while tokens[k].dep == "conj" and tokens[k].head != k and len(anchors) < 12:
        k = tokens[k].head
        anchors.append((k, True))
    return anchors


def singular_of(token) -> str:
    """The singular of a noun: its lemma, or for a capitalised plural the tagger leaves whole
    ("Senators"), the word without its plural ending."""
    if token.tag == "NNPS" and token.lemma == token.text and token.text.endswith("s") and len(token.text) > 3:
        return token.text[:-1]
    return token.lemma


def _plural(doc: Document, node: int) -> bool:
    return doc.tokens[node].tag in ("NNS", "NNPS")


_RANKING_WORDS = frozenset({"only", "last", "next", "sole", "youngest", "oldest"}) | frozenset(ORDINAL_WORDS)


def _ranked(doc: Document, noun: int) -> bool:
    """"the first Latino senator", "the youngest woman", "the only guy": an ordinal (or "only",
    "youngest") sets the person apart from everyone else the noun names, as a matter of record ("the
    smartest man" is an opinion)."""
    return any(doc.tokens[c].dep in ("amod", "advmod", "nummod") and doc.tokens[c].lemma.lower() in _RANKING_WORDS
               for c in doc.children(noun))


def _set_apart(doc: Document, noun: int) -> bool:
    """"the first woman to fly solo", "the youngest person elected": a person by sex or age alone is a
    role only when ranked, with what the ranking is about."""
    return doc.tokens[noun].lemma.lower() in GENERIC_PERSON_NOUNS and _ranked(doc, noun) and any(
        doc.tokens[c].dep.split(":")[0] in ("acl", "nmod") for c in doc.children(noun))


def _subtree(doc: Document, node: int) -> list[int]:
    out, stack = [], [node]
    while stack:
        k = stack.pop()
        out.append(k)
        stack.extend(doc.children(k))
    return out


_NEGATIONS = frozenset({"not", "n't", "never"})


def _denied(doc: Document, node: int) -> bool:
    """The clause that states the role denies it: a negation on the role noun after a copula ("was never
    the mayor"), or on the word it depends on ("did not serve as mayor", "the winner was not Lind")."""
    head = doc.tokens[node].head
    around = [node, head] if doc.tokens[node].dep.split(":")[0] in ("obl", "xcomp", "advcl", "nsubj", "obj") else [node]
    return any(doc.tokens[c].lemma.lower() in _NEGATIONS for k in around for c in doc.children(k))


_PARTITIVES = frozenset({"one", "part", "each"})
# Nouns for a number of people taken together: "part of a class of senators" is a senator.
_COLLECTIONS = frozenset("""class group team cohort generation body set delegation crew corps panel handful number pair
trio band wave contingent circle""".split())


def _one_of(doc: Document, node: int) -> int:
    """"X, one of the two founders of Y": the role is what X is one of (a founder of Y); the same through
    a group: "as part of a class of new senators", "one of a team of lawyers"."""
    if doc.tokens[node].text.lower() not in _PARTITIVES:
        return node
    k = node
    for _ in range(3):
        of = next((c for c in doc.children(k) if doc.tokens[c].dep.startswith("nmod") and "of" in case_words(doc, c)
                   and (_plural(doc, c) or doc.tokens[c].lemma.lower() in _COLLECTIONS)), None)
        if of is None:
            return node
        if _plural(doc, of):
            return of
        k = of
    return node


def _relation_in(dep: str, relations: frozenset[str]) -> bool:
    """A pattern's relation matches itself and its subtypes ("nmod" matches "nmod:desc")."""
    return dep in relations or dep.split(":", 1)[0] in relations


def _with_conjuncts(doc: Document, nodes: list[int]) -> list[int]:
    """"a retired judge and former ambassador": each conjoined role noun is a role of its own."""
    out = []
    for node in nodes:
        out.append(node)
        # (not a conjoined clause with a subject of its own: "A was a geologist and B is a nurse", also
        # when the parse makes that subject one more conjunct: "… and his mother, B, is a nurse")
        # (nor a name: "Senators A, B and C" coordinates the names under the title)
        # (nor a noun the parse joins to an adjective: "Lind is the youngest of five, with a brother and
        # a half-sister" lists her siblings, not what she is)
        if not doc.tokens[node].tag.startswith("NN"):
            continue
        out.extend(c for c in doc.children(node) if doc.tokens[c].dep == "conj" and not _in_a_name(doc, c)
                   and not any(doc.tokens[g].dep.startswith("nsubj") for g in doc.children(c))
                   and not (any(doc.tokens[g].dep == "cop" for g in doc.children(c)) and _noun_between(doc, node, c)))
    return out


def _noun_between(doc: Document, node: int, other: int) -> bool:
    """A noun conjoined to ``node`` stands between it and ``other``: the parse has put the subject of a
    second clause there ("… a geologist and his mother, B, is a nurse")."""
    return any(doc.tokens[k].head == node and doc.tokens[k].dep == "conj" and doc.tokens[k].tag.startswith("NN")
               for k in range(min(node, other) + 1, max(node, other)))


def _in_a_name(doc: Document, k: int, labels: tuple[str, ...] = ("PERSON", "ORG", "LOC")) -> bool:
    start = doc.tokens[k].start
    return any(e.start <= start < e.end for e in doc.entities if e.label in labels)


def _follow(doc: Document, start: int, steps: tuple[Step, ...]) -> list[int]:
    current = [start]
    for step in steps:
        nxt = []
        for c in current:
            if step.up:
                head = doc.tokens[c].head
                if head == c or not _relation_in(doc.tokens[c].dep, step.rel):
                    continue
                if step.case and not step.case & _prepositions(doc, c):
                    continue
                if step.before and head > c:
                    continue
                candidates = [head]
            else:
                candidates = [k for k in doc.children(c) if _relation_in(doc.tokens[k].dep, step.rel)]
                if step.before:
                    candidates = [k for k in candidates if k < c]
                if step.case:
                    candidates = [k for k in candidates if step.case & _prepositions(doc, k)]
            for k in candidates:
                if step.lemma and doc.tokens[k].lemma not in step.lemma:
                    continue
                if step.tag and doc.tokens[k].tag not in step.tag:
                    continue
                if step.child and not any(doc.tokens[g].dep in step.child for g in doc.children(k)):
                    continue
                if step.no_child and any(doc.tokens[g].dep in step.no_child for g in doc.children(k)):
                    continue
                if step.no_person_object and any(doc.tokens[g].dep == "obj" and _names_a_person(doc, g)
                                                 and doc.tokens[g].lemma.lower() not in REFLEXIVES for g in doc.children(k)):
                    continue  # "Lind sent Berg as her envoy": the "as" phrase is the object's
                nxt.append(k)
        current = nxt
    return current


def _prepositions(doc: Document, k: int) -> set[str]:
    """The prepositions attached to word ``k``, a fixed expression whole: "as to" and "as for" (which
    name a topic) are not "as" (which says what someone is)."""
    out = set()
    for c in doc.children(k):
        if doc.tokens[c].dep in ("case", "mark"):
            fixed = [g for g in doc.children(c) if doc.tokens[g].dep == "fixed"]
            out.add(" ".join(doc.tokens[g].text.lower() for g in [c, *fixed]))
        elif doc.tokens[c].dep == "fixed":
            out.add(doc.tokens[c].text.lower())
    return out


def _names_a_person(doc: Document, k: int) -> bool:
    """A name, a personal pronoun, or a noun for a person ("him", "Berg", "her deputy")."""
    token = doc.tokens[k]
    return token.tag in ("NNP", "NNPS", "PRP") or token.text.lower() == "whom" or is_role_word(token.lemma) \
        or token.lemma.lower() in GENERIC_PERSON_NOUNS


_WHERE = frozenset({"in", "at", "during", "within"})
# Prepositions that bring in examples of a plural role: "writers such as A and B", "guests like A".
_EXAMPLES = frozenset({"such", "like", "including"})
_QUANTIFIERS = frozenset("numerous several many various countless few some dozens hundreds".split())


def _quantified(doc: Document, noun: int) -> bool:
    return any(doc.tokens[c].dep == "nummod" or doc.tokens[c].lemma in _QUANTIFIERS for c in doc.children(noun))


def _role_phrase(doc: Document, node: int, name: tuple[int, int], singular: bool) -> tuple[str, int, int] | None:
    tokens = doc.tokens
    keep = {node}
    stack = [node]
    # "the first woman to fly solo", "the only senator who voted no": after a ranking, the clause says
    # what it is about, and stays
    if _ranked(doc, node):
        for clause in doc.children(node):
            if tokens[clause].dep in ("acl", "acl:relcl") and clause > node:
                keep.update(k for k in _subtree(doc, clause) if not name[0] <= k < name[1])
    while stack:
        parent = stack.pop()
        for child in doc.children(parent):
            if tokens[child].dep in _LEFT_OUT or name[0] <= child < name[1]:
                continue
            if parent == node and tokens[child].dep == "case":
                continue  # "according to the coach", "such as leaders": the preposition joins the role to the clause
            if parent == node and tokens[child].dep in ("compound", "flat") and _in_a_name(doc, child, ("PERSON",)):
                continue  # "the councillors A and B": A is another of them, not part of the title
            if parent == node and singular and tokens[child].lemma.lower() in _QUANTIFIERS:
                continue  # "several officials, including Lind": an official
            if parent == node and singular and tokens[child].dep == "nummod":
                continue  # "one of the two founders": a founder
            if tokens[child].text.lower().endswith("-old"):
                continue  # "the 22-year-old poet": an age, not part of the role
            if tokens[child].dep.startswith("nmod") and case_words(doc, child) & _EXAMPLES:
                continue  # "guests like A and B": B is a guest, not a "guest like A" (the examples are people)
            if tokens[child].dep == "nmod" and (tokens[child].tag == "CD" or _quantified(doc, child)):
                continue  # "mayor from 1990", "author of numerous books": what and when, not the title
            if tokens[child].dep == "nmod" and doc.tokens[child].head != node and case_words(doc, child) & _WHERE:
                continue  # "secretary of state in the Bureau of X": a second complement says where it was held
            if tokens[child].dep == "amod" and any(tokens[g].dep == "advmod" for g in doc.children(child)) \
                    and tokens[child].tag in ("VBN", "VBG"):
                continue  # "the newly appointed port commissioner": when, not what
            keep.add(child)
            stack.append(child)
    # the role is the words before the noun that modify it, the noun, and its complements after it —
    # never across the name it describes
    ordered = sorted(k for k in keep if not (name[0] <= k < name[1]))
    # "the senator from Ohio, sworn in today": after a comma, an aside about the person
    comma = next((k for k in ordered if k > node and tokens[k].text == ","), None)
    if comma is not None:
        ordered = [k for k in ordered if k < comma]
    if node > name[0]:
        ordered = [k for k in ordered if k > name[1] - 1 or k >= node]
    else:
        ordered = [k for k in ordered if k < name[0]]  # a title before the name ends at the name
    while ordered and (tokens[ordered[0]].text.lower() in _LEADING or tokens[ordered[0]].tag in ("DT", "IN", "CC", ",")):
        ordered.pop(0)
    while ordered and tokens[ordered[-1]].tag in (",", ".", ":", "IN", "DT", "CC", "POS"):
        ordered.pop()
    if ordered and ordered[-1] - ordered[0] + 1 != len(ordered) and node in ordered \
            and any(tokens[k].dep in ("cc", "conj") and tokens[k].head in (node, *ordered) for k in range(node + 1, ordered[-1])):
        # "a senator and governor of Bergen": the complement the parse hangs on the first noun is
        # shared with the noun coordinated with it; the first is a role of its own ("senator")
        run = [k for k in ordered if k <= node]
        ordered = [k for n, k in enumerate(run) if run[n:] == list(range(k, node + 1))]
    if not ordered or len(ordered) > MAX_ROLE_WORDS or ordered[-1] - ordered[0] + 1 != len(ordered):
        return None  # a role with a hole in it reads as a fragment
    words = []
    for k in ordered:
        text = tokens[k].text
        ref = doc.reference_at(k)
        if ref is not None and tokens[k].tag == "PRP$":
            name_text = ref.antecedent.text.removesuffix("'s").removesuffix("\u2019s")
            text = name_text + ("'" if name_text.endswith("s") else "'s")
        elif tokens[k].tag == "PRP$":
            return None  # "his uncle": whose, the text does not make clear
        if k == node and singular:
            lemma = singular_of(tokens[k])
            # "Senators A and B": "Senator"; "Physicists such as A": "physicist" (capital only as the sentence's first word)
            title_case = text[:1].isupper() and (doc.sentence_of(k).first_token != k or (
                k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()))  # a title right before a name
            text = lemma[:1].upper() + lemma[1:] if title_case else lemma
        words.append((k, text))
    out = []
    for n, (k, text) in enumerate(words):
        if n and tokens[k].start != tokens[words[n - 1][0]].end:
            out.append(" ")
        out.append(text)
    return "".join(out), tokens[ordered[0]].start, tokens[ordered[-1]].end
