"""Gold named people, organisations, places and dates from GUM's entity annotation, and quizgen scored on them.

    python -m tools.evaluate facts [--show]

GUM marks every mention of an entity (named or not: "Ada Lind", "the mayor", "she") with its type
and its coreference chain. A gold entity here is a chain of type person, organization or place with
at least one NAMED mention, one whose head is a proper noun ("Ada Lind", "the University of
Bergen", "the United States"; not "the mayor" nor "the city"); its name forms are the named
mentions' names (the head with its flat and compound parts, and a proper-noun "of" complement:
"Bank of Norway"; without a determiner, a possessive or a relative clause); a direction alone
("the North") is no place. A gold date is a time
mention that holds a year or a month name ("September 9, 2016", "in 1990", "the 1990s"; not
"Sunday" nor "last week"), outermost only.

quizgen reads the running text rebuilt from the corpus tokens, as for the roles report. A predicted
person, organisation or place is right when one of its names matches a name form of a gold entity of
the same type, one-to-one (exact matches are paired first): equal after normalising, or one inside
the other with the same last word — the name rule of ../shared/tools/score_facts.py; a second name of
a place found ("America" beside "the United States") is right too, as the gold facts list place
names. A predicted date
with a year or a month name is right when its text and a gold date's are equal or one holds the other.

Known mismatches with the gold facts of ../shared/dev and dev2 (score_facts.py):
- places there match on exact normalised equality; here the looser name rule applies to places too;
- GUM chains a person's mentions itself, so a person whose forms quizgen did not join ("Lind" and
  "Ada Lind" as two people) costs precision here as it does there, but GUM sometimes splits one
  person into two chains too (a miss here that the gold facts would not have);
- GUM types by what a mention refers to in context: a country acting ("France declared war") stays a
  place, a newspaper or a team is an organisation, a named ship, work, event or law is none of the
  three; the gold facts list names of places, organisations and people by their usual kind;
- nationality words ("Swiss") are no entity in GUM, nor in the gold facts;
- dates: the gold facts keep dates with their event and ISO form; here only the text is compared,
  and a year used as a modifier ("the 2016 election") is a time mention in GUM only sometimes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tools.corpora import detokenize, gum_documents
from tools.gum_roles import (
    ASIDE,
    GENRES,
    HONORIFICS,
    _children,
    _head,
    _Mention,
    _Token,
    never_trained_on,
    quizgen_facts,
    read_document,
)

KINDS = ("person", "organization", "place")
DATE = "date"
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_YEAR_OR_MONTH = re.compile(r"\b(1\d{3}|20\d\d)s?\b|\b(" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_LEADING = frozenset("the a an this that these those his her its their our my your in on at by since from "
                     "until during of for to".split())
_PROPER = ("NNP", "NNPS")
# A direction alone ("from the North", "Southeast" as a heading) is a part of some place, not a named place.
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest downtown midtown".split())


@dataclass
class GoldEntity:
    kind: str
    forms: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class GoldFacts:
    name: str
    genre: str
    text: str
    entities: tuple[GoldEntity, ...]
    dates: tuple[str, ...]
    other_kinds: dict[str, str]  # normalised name of a named mention of another type → that type


def _named(tokens: list[_Token], m: _Mention) -> bool:
    """A named mention: headed by a proper noun; a person's by a singular one with no determiner ("the
    Bernoullis", "the Emperor" are no name), that is no title of address."""
    head = _named_head(tokens, m)
    if m.kind == "person":
        # (its own possessive "'s" is no determiner: "Isaac Newton's Principia")
        determined = any(tokens[k].head == head and tokens[k].tag in ("DT", "PRP$", "WP$") for k in range(m.first, m.last))
        return tokens[head].tag == "NNP" and not determined and tokens[head].word.lower().rstrip(".") not in HONORIFICS
    return tokens[head].tag in _PROPER


def _named_head(tokens: list[_Token], m: _Mention) -> int:
    """The mention's head; for "author Truman Capote", which GUM heads by the title with the name
    beside it (no comma between), the name."""
    head = _head(tokens, m)
    if tokens[head].tag in _PROPER:
        return head
    inner = next((k for k in range(head + 1, m.last) if tokens[k].head == head and tokens[k].rel in ("appos", "flat")
                  and tokens[k].tag in _PROPER), None)
    if inner is None or any(tokens[k].word in (",", "(", ":") for k in range(head + 1, inner)):
        return head
    return inner


# prepositions that stay inside a name ("Bank of Norway", "Centre for Peace"); "in", "at" end it
# ("Sorbonne in Paris", "University of California at Berkeley").
_NAME_CASES = frozenset("of for de du des del della di da von van".split())


def name_span(tokens: list[_Token], m: _Mention) -> tuple[int, int]:
    """The proper name a named mention holds (first and last token): its head, the flat, compound and
    fixed parts around it, a capitalised modifier and a proper-noun "of"/"for" complement."""
    head = _named_head(tokens, m)
    keep, stack = {head}, [head]
    title = _head(tokens, m)
    if title != head:  # "nominee Ken Cuccinelli": GUM hangs every part of the name on the title
        k = head + 1
        while k < m.last and tokens[k].head == title and tokens[k].rel in ("flat", "appos") and tokens[k].tag in _PROPER:
            keep.add(k)
            stack.append(k)
            k += 1
    while stack:
        k = stack.pop()
        for c in _children(tokens, k, m.first, m.last):
            rel = tokens[c].rel.split(":")[0]
            cases = [g for g in _children(tokens, c, m.first, m.last) if tokens[g].rel == "case"]
            if rel in ("flat", "compound", "fixed", "goeswith") \
                    or (rel == "amod" and tokens[c].word[:1].isupper() and c < k) \
                    or (rel == "nummod" and c > k) \
                    or (rel == "nmod" and c > k and tokens[c].tag in _PROPER and len(cases) == 1
                        and tokens[cases[0]].word.lower() in _NAME_CASES and not _surnamed(tokens, m, k)) \
                    or (rel == "case" and k != head and tokens[c].word.lower() in _NAME_CASES) \
                    or (rel in ("cc", "conj") and k != head and c > k and (rel == "cc" or tokens[c].tag in _PROPER)):
                keep.add(c)
                stack.append(c)
    first, last = min(keep), max(keep)
    # a comma, a bracket or a possessive ends a name ("London, Jack" in a list of authors, "Bush's")
    stops = [k for k in range(first, last + 1) if tokens[k].tag in (",", "-LRB-", "-RRB-", "POS", ":")
             or tokens[k].word in ("[", "]", "(", ")")]
    first = max([first] + [k + 1 for k in stops if k < head])
    last = min([last] + [k - 1 for k in stops if k > head])
    while first < head and tokens[first].word.lower() in _LEADING:
        first += 1
    return first, last


def _surnamed(tokens: list[_Token], m: _Mention, k: int) -> bool:
    """A person with a given name and surname ("Jann Wenner of Rolling Stone") is not named by the "of"
    after them: that is where they work ("Hilary of Poitiers" is a name)."""
    return m.kind == "person" and any(tokens[c].rel == "flat" and tokens[c].tag == "NNP"
                                      for c in _children(tokens, k, m.first, m.last))


@cache
def _lower_case_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every word GUM writes in lower case somewhere, and those of them it tags as common nouns."""
    words: set[str] = set()
    nouns: set[str] = set()
    for path in gum_documents():
        tokens, _, _ = read_document(path)
        for t in tokens:
            if t.word.islower():
                words.add(t.word)
                if t.tag in ("NN", "NNS"):
                    nouns.add(t.word)
    return frozenset(words), frozenset(nouns)


def _no_name(form: str) -> bool:
    """A person's 'name' that is a title or a relation ("Prime Minister", "Vice President", "Mother") or
    a pronunciation ("dʒəˈroʊm"): every word of it is a word GUM writes in lower case elsewhere (and a
    lone word a common noun), or it does not begin with a capital."""
    words, nouns = _lower_case_words()
    parts = [w.lower() for w in form.split() if w.lower() not in ("of", "the", "and")]
    if not form[:1].isupper() or not parts:
        return True
    before_of = form.lower().split(" of ")[0].split()
    if " of " in form.lower() and all(w in words for w in before_of):
        return True  # "President of the Linguistic Society", "Count of the Empire"
    return all(w in words for w in parts) if len(parts) > 1 else parts[0] in nouns


def gold_facts(path: Path) -> GoldFacts:
    tokens, mentions, sentences = read_document(path)
    name = path.name.split(".")[0]
    text, _ = detokenize(sentences)
    groups: dict[str, GoldEntity] = {}
    other: dict[str, str] = {}
    times: list[_Mention] = []
    named = []
    for m in mentions:
        if m.kind == "time":
            times.append(m)
        elif _named(tokens, m):
            first, last = name_span(tokens, m)
            named.append((m, first, last))
    def form_of(first: int, last: int) -> str:
        return " ".join(tokens[i].word for i in range(first, last + 1))

    # a name inside the name of a person, organisation or place is part of it ("Pisa" in "University
    # of Pisa"); not one inside a title, a work or an award ("Linguistic Society of America" in
    # "President of the Linguistic Society of America")
    outer = [(f, e) for o, f, e in named if o.kind in KINDS and not (o.kind == "person" and _no_name(form_of(f, e)))]
    for m, first, last in named:
        if any(f <= first and last <= e and (f, e) != (first, last) for f, e in outer):
            continue
        form = form_of(first, last)
        if m.kind not in KINDS:
            other.setdefault(norm(form), m.kind)
        elif not (m.kind == "person" and _no_name(form)) and not (m.kind == "place" and form.lower() in _DIRECTIONS):
            groups.setdefault(m.group, GoldEntity(m.kind)).forms.add(form)
    dates = []
    for m in sorted(times, key=lambda m: (m.first, -m.last)):
        # (up to a clause or a bracket the mention runs on into: "1360, when he …")
        end = next((i for i in range(m.first, m.last) if tokens[i].tag in ("WRB", "WDT", "WP", "-LRB-")), m.last)
        words = [tokens[i].word for i in range(m.first, end)]
        while words and words[0].lower() in _LEADING:
            words = words[1:]
        phrase = " ".join(words)
        if not _YEAR_OR_MONTH.search(phrase):
            continue
        if any(o.first <= m.first and m.last <= o.last and (o.first, o.last) != (m.first, m.last)
               and _YEAR_OR_MONTH.search(" ".join(tokens[i].word for i in range(o.first, o.last))) for o in times):
            continue  # inside a larger date
        dates.append(phrase)
    return GoldFacts(name, name.split("_")[1], text, _merged(list(groups.values())), tuple(dates), other)


def _merged(entities: list[GoldEntity]) -> tuple[GoldEntity, ...]:
    """GUM sometimes keeps one entity in two chains (a place named in two sections, "Chao" twice): chains
    of one kind that share a name form are one entity, as the gold facts list each name once."""
    out: list[GoldEntity] = []
    for entity in entities:
        keys = {(entity.kind, norm(f)) for f in entity.forms}
        same = [e for e in out if keys & {(e.kind, norm(f)) for f in e.forms}]
        for e in same:
            entity.forms |= e.forms
            out.remove(e)
        out.append(entity)
    return tuple(out)


def gold_documents(genres: tuple[str, ...] = GENRES) -> list[GoldFacts]:
    return [gold_facts(p) for p in gum_documents() if p.name.split("_")[1] in genres]


# -- scoring -----------------------------------------------------------------------------------

def norm(s: str) -> str:
    """score_facts.py's normalisation: case, quotes, possessive 's, punctuation, a leading article."""
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2018", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s\-./]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*-\s*", "-", s)  # (GUM splits "I-44" into three tokens)
    return re.sub(r"^(the|a|an) ", "", s)


def _exact(names: tuple[str, ...], forms: set[str]) -> bool:
    return bool({norm(n) for n in names} & {norm(f) for f in forms})


def _loose(names: tuple[str, ...], forms: set[str]) -> bool:
    """score_facts.py's name rule: equal, or one inside the other with the same last word."""
    for n in map(norm, names):
        for f in map(norm, forms):
            if n and f and (n == f or ((n in f or f in n) and n.split()[-1] == f.split()[-1])):
                return True
    return False


def _date_match(pred: str, gold: str) -> bool:
    p, g = norm(pred), norm(gold)
    return bool(p and g) and (p == g or p in g or g in p)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold entities (dates) a prediction stands for
    right: int = 0  # predictions that stand for a gold entity (date)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.right += other.right

    def scores(self) -> tuple[float, float, float]:
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


Predicted = tuple[str, tuple[str, ...]]  # (kind, names: the name and its aliases; a date's text)


def score_document(gold: GoldFacts, predicted: list[Predicted], misses: list[str] | None = None,
                   wrong: list[str] | None = None) -> dict[str, Tally]:
    """Tallies per kind (person, organization, place, date) for one document."""
    out: dict[str, Tally] = {}
    for kind in KINDS:
        golds = [e for e in gold.entities if e.kind == kind]
        preds = [names for k, names in predicted if k == kind]
        pairs: dict[int, int] = {}  # prediction → gold
        for rule in (_exact, _loose):  # exact names first, so "Bernoulli" does not take Daniel's place
            for i, names in enumerate(preds):
                if i in pairs:
                    continue
                j = next((j for j, e in enumerate(golds) if j not in pairs.values() and rule(names, e.forms)), None)
                if j is not None:
                    pairs[i] = j
        right = set(pairs)
        if kind == "place":
            # the gold facts list the names of places, not places: a second name of a place found
            # ("America" beside "the United States", one chain in GUM) is right too
            right |= {i for i, names in enumerate(preds) if any(_exact(names, golds[j].forms) for j in pairs.values())}
        out[kind] = Tally(len(golds), len(preds), len(pairs), len(right))
        if misses is not None:
            misses += [f"{gold.name}: {kind} {sorted(e.forms, key=len)[-1]}" + _typed_as(e.forms, predicted, kind)
                       for j, e in enumerate(golds) if j not in pairs.values()]
        if wrong is not None:
            wrong += [f"{gold.name}: {kind} {names[0]}" + _gum_has(names, gold, kind)
                      for i, names in enumerate(preds) if i not in right]
    dates = [names[0] for k, names in predicted if k == DATE and _YEAR_OR_MONTH.search(names[0])]
    used: set[int] = set()
    for text in dates:
        j = next((j for j, g in enumerate(gold.dates) if j not in used and _date_match(text, g)), None)
        if j is not None:
            used.add(j)
        elif wrong is not None:
            wrong.append(f"{gold.name}: date {text}")
    if misses is not None:
        misses += [f"{gold.name}: date {g}" for j, g in enumerate(gold.dates) if j not in used]
    out[DATE] = Tally(len(gold.dates), len(dates), len(used), len(used))
    return out


def _typed_as(forms: set[str], predicted: list[Predicted], kind: str) -> str:
    other = next((k for k, names in predicted if k != kind and k in KINDS and _exact(names, forms)), None)
    return f" (quizgen: {other})" if other else ""


def _gum_has(names: tuple[str, ...], gold: GoldFacts, kind: str) -> str:
    other = next((e.kind for e in gold.entities if e.kind != kind and _exact(names, e.forms)), None)
    if other is None:
        other = next((gold.other_kinds[n] for n in map(norm, names) if n in gold.other_kinds), None)
    return f" (GUM: {other})" if other else ""


def quizgen_predicted(text: str, name: str) -> list[Predicted]:
    out: list[Predicted] = []
    for f in quizgen_facts(text, name):
        if f.kind in KINDS:
            out.append((f.kind, (f.name, *f.aliases)))
        elif f.kind == DATE:
            out.append((DATE, (f.text,)))
    return out


def evaluate(genres: tuple[str, ...] = GENRES, show: bool = False) -> dict[str, dict[str, Tally]]:
    """Tallies per kind, by genre, for the documents no model trained on, for those kept aside, and for all."""
    out: dict[str, dict[str, Tally]] = {}
    misses: list[str] = []
    wrong: list[str] = []
    for gold in gold_documents(genres):
        shown = gold.name not in ASIDE  # (the errors of the documents kept aside are never listed)
        tallies = score_document(gold, quizgen_predicted(gold.text, gold.name),
                                 misses if shown else None, wrong if shown else None)
        keys = (gold.genre, "all") + (("never trained on",) if never_trained_on(gold.name) else ()) \
            + (("kept aside",) if gold.name in ASIDE else ())
        for key in keys:
            for kind, tally in tallies.items():
                out.setdefault(key, {}).setdefault(kind, Tally()).add(tally)
    if show:
        print("  missed (the kind quizgen gave it instead, if any):", *misses, sep="\n    ")
        print("  not a gold entity of that kind (GUM's kind for it, if any):", *wrong, sep="\n    ")
    return out
