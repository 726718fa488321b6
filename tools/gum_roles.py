"""Gold (person, role) pairs from GUM's entity and coreference annotation, and quizgen scored on them.

    python -m tools.evaluate roles

GUM marks every mention of a person, and links a description to its person when the text states it
in apposition ("Ada Lind, the mayor"; "the mayor, Ada Lind") or as a predicate ("Lind was the mayor",
"served as mayor": GUM's ``appos`` and ``pred`` links). A title inside a named mention is its
``nmod:desc`` dependent ("Finance minister Ada Lind"). A gold role is such a description of a person
whom the document names somewhere (the name gives the person quizgen's fact must carry); the
description need not be linked to the name itself ("He was a poet" counts for Byron).

quizgen reads the running text rebuilt from the corpus tokens. A predicted role is right when it
holds the head noun of one of its person's gold descriptions (or of a noun conjoined with it): roles
are phrases whose edges differ by design ("poet" for "an English poet who …"). Precision is counted
over the roles of people quizgen and GUM both name; it is a lower bound, because GUM links
descriptions only in these constructions. Roles given to a name GUM does not have as a person are
counted apart ("unaligned").
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tools.corpora import HELD_OUT_GUM_NEWS, CorpusSentence, detokenize, gum_documents, merge_hyphens, read_conllu
from tools.treebank import DEV2_GUM

GENRES = ("news", "bio", "interview", "voyage", "textbook", "speech")
# Documents kept aside from rule work: their errors are never listed (--show), only counted, so a
# rule tuned to what the listed errors show can be checked on documents it was not tuned to. The
# four held-out news documents and the last two of each other genre (by name, dev2's left out).
ASIDE = ("GUM_news_asylum", "GUM_news_election", "GUM_news_iodine", "GUM_news_sensitive",
         "GUM_news_warming", "GUM_news_worship", "GUM_bio_padalecki", "GUM_bio_theodorus",
         "GUM_interview_shalev", "GUM_interview_stardust", "GUM_voyage_vavau", "GUM_voyage_york",
         "GUM_textbook_stats", "GUM_textbook_union", "GUM_speech_telescope", "GUM_speech_trump")
LINKS = frozenset({"appos", "pred"})
# Titles of address are not roles (quizgen keeps them out too).
HONORIFICS = frozenset("mr mrs ms miss mister dr sir dame lady lord madam mme mlle monsieur st saint".split())
_DETERMINERS = frozenset({"DT", "PRP$", "POS", "WP$"})


@dataclass
class _Mention:
    first: int  # token indices in the document
    last: int  # one past the last
    group: str
    kind: str
    link: str


@dataclass
class _Token:
    word: str
    lemma: str
    tag: str
    head: int  # document index of the head, -1 for a root
    rel: str


@dataclass
class GoldPerson:
    """A person GUM's document names, with the descriptions the text states of them."""

    names: set[str] = field(default_factory=set)
    roles: dict[str, frozenset[str]] = field(default_factory=dict)  # role text → its head words
    constructions: dict[str, str] = field(default_factory=dict)  # role text → appos, pred or title


@dataclass(frozen=True)
class GoldDocument:
    name: str
    genre: str
    text: str
    people: dict[str, GoldPerson]


def read_document(path: Path) -> tuple[list[_Token], list[_Mention], list[CorpusSentence]]:
    """The document's tokens (joined at hyphens as quizgen tokenises), person mentions and sentences."""
    raw = list(read_conllu(path))
    rows_by_sentence = _misc_and_trees(path)
    tokens: list[_Token] = []
    mentions: list[_Mention] = []
    sentences = []
    for sentence, rows in zip(raw, rows_by_sentence):
        offset = len(tokens)
        merged = merge_hyphens(sentence)
        sentences.append(merged)
        # map each original word to its merged token (hyphenated words become one)
        index = _merge_map(sentence)
        for k in range(len(rows)):
            if k > 0 and index[k] == index[k - 1]:
                continue
            # the head of a merged word's part that attaches outside it
            parts = [j for j in range(len(rows)) if index[j] == index[k]]
            outer = next((j for j in parts if int(rows[j][6]) - 1 not in parts), k)
            head = int(rows[outer][6]) - 1 if rows[outer][6] != "0" else -1
            tokens.append(_Token(merged.words[index[k]], rows[outer][2], rows[outer][4],
                                 offset + index[head] if head >= 0 else -1, rows[outer][7]))
        for first, last, group, kind, link in _entity_spans(rows):
            mentions.append(_Mention(offset + index[first], offset + index[last - 1] + 1, group, kind, link))
    return tokens, mentions, sentences


def _merge_map(sentence: CorpusSentence) -> list[int]:
    """For each corpus word, the index of the token merge_hyphens makes of it."""
    out = []
    k = 0
    n = len(sentence.words)
    i = 0
    while i < n:
        out.append(k)
        while (i + 2 < n and not sentence.space_after[i] and sentence.words[i + 1] in ("-", "\u2010", "\u2011")
               and not sentence.space_after[i + 1] and sentence.words[i][-1:].isalnum()
               and sentence.words[i + 2][:1].isalpha()):
            out += [k, k]
            i += 2
        i += 1
        k += 1
    return out


def _misc_and_trees(path: Path) -> list[list[list[str]]]:
    """Each sentence's CoNLL-U rows (words only, no multi-word token lines)."""
    out: list[list[list[str]]] = []
    rows: list[list[str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line:
                if rows:
                    out.append(rows)
                rows = []
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append(cols)
    if rows:
        out.append(rows)
    return out


_OPEN = re.compile(r"\((\d+)-([^()]*?)(\))?(?=\(|\d+\)|$)|(\d+)\)")


def _entity_spans(rows: list[list[str]]) -> Iterator[tuple[int, int, str, str, str]]:
    """(first, one past last, group, entity type, link type) of each mention in a sentence."""
    open_: dict[str, list[tuple[int, str, str]]] = {}
    for i, row in enumerate(rows):
        misc = next((m[len("Entity="):] for m in row[9].split("|") if m.startswith("Entity=")), "")
        for match in _OPEN.finditer(misc):
            if match.group(1):
                fields = match.group(2).split("-", 6)
                kind = fields[0]
                link = fields[5] if len(fields) > 5 else ""
                if match.group(3):
                    yield i, i + 1, match.group(1), kind, link
                else:
                    open_.setdefault(match.group(1), []).append((i, kind, link))
            else:
                stack = open_.get(match.group(4))
                if stack:
                    start, kind, link = stack.pop()
                    yield start, i + 1, match.group(4), kind, link


def _head(tokens: list[_Token], m: _Mention) -> int:
    return next((i for i in range(m.first, m.last) if not m.first <= tokens[i].head < m.last), m.first)


def _determined(tokens: list[_Token], m: _Mention, head: int) -> bool:
    """"the Secretary of State": a determiner on the head makes a capitalised noun a description ("the
    critic Eduard Hanslick" is a name: its determiner belongs to the title)."""
    return any(tokens[k].head == head and tokens[k].tag in _DETERMINERS for k in range(m.first, m.last))


def _is_name(tokens: list[_Token], m: _Mention) -> bool:
    head = _head(tokens, m)
    # (a plural proper noun names a group: "the Rohingya", "Thais")
    return tokens[head].tag == "NNP" and not _determined(tokens, m, head) \
        and tokens[head].word.lower().rstrip(".") not in HONORIFICS


def _is_description(tokens: list[_Token], m: _Mention) -> bool:
    head = _head(tokens, m)
    return tokens[head].tag in ("NN", "NNS") or (tokens[head].tag in ("NNP", "NNPS") and _determined(tokens, m, head))


def _children(tokens: list[_Token], k: int, first: int, last: int) -> list[int]:
    return [i for i in range(first, last) if tokens[i].head == k]


def _subtree(tokens: list[_Token], k: int, first: int, last: int) -> list[int]:
    out, stack = [], [k]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(_children(tokens, node, first, last))
    return sorted(out)


def _name_text(tokens: list[_Token], m: _Mention) -> str:
    """The proper name of a named mention: its head with the flat and compound names around it."""
    parts, stack = set(), [_head(tokens, m)]
    while stack:  # (flat names of flat names: "Nathan Bedford Forrest")
        k = stack.pop()
        parts.add(k)
        stack.extend(i for i in _children(tokens, k, m.first, m.last)
                     if tokens[i].rel in ("flat", "compound") and tokens[i].tag in ("NNP", "NNPS"))
    return " ".join(tokens[i].word for i in sorted(parts))


def _role_text(tokens: list[_Token], words: list[int]) -> str:
    while words and tokens[words[0]].tag in _DETERMINERS | {"IN", "CC", ","}:
        words = words[1:]
    return " ".join(tokens[i].word for i in words)


def _role_heads(tokens: list[_Token], m: _Mention, head: int) -> frozenset[str]:
    """The head noun of a description and the nouns conjoined with it ("mathematician and physicist");
    "one of the nineteen officers" is headed by "officers"."""
    if tokens[head].lemma.lower() == "one":
        head = next((c for c in _children(tokens, head, m.first, m.last)
                     if tokens[c].tag in ("NNS", "NN") and tokens[c].rel.startswith("nmod")), head)
    heads = [head] + [c for c in _children(tokens, head, m.first, m.last)
                      if tokens[c].rel == "conj" and tokens[c].tag in ("NN", "NNS", "NNP")]
    return frozenset(w.rstrip(".") for h in heads for w in (tokens[h].word.lower(), tokens[h].lemma.lower()))


def gold_document(path: Path) -> GoldDocument:
    from quizgen.vocab import gazetteer

    given_names = gazetteer().given_names
    tokens, mentions, sentences = read_document(path)
    name = path.name.split(".")[0]
    text, _ = detokenize(sentences)
    people: dict[str, GoldPerson] = {}
    chains: dict[str, list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.first, -m.last)):
        if m.kind == "person":
            chains.setdefault(m.group, []).append(m)
    inner_names: dict[str, set[str]] = {}
    inner_titles: dict[str, dict[str, frozenset[str]]] = {}
    for group, chain in chains.items():
        for m in chain:
            # "the prominent critic Eduard Hanslick": GUM heads the mention by the title, the name its apposition
            head = _head(tokens, m)
            inner = next((k for k in range(head + 1, m.last) if tokens[k].head == head and tokens[k].rel == "appos"
                          and tokens[k].tag == "NNP"), None)
            # (not "the critic, Eduard Hanslick": with a comma it is an apposition GUM links itself)
            if inner is not None and tokens[head].tag in ("NN", "NNP") \
                    and not any(tokens[k].word == "," for k in range(head + 1, inner)):
                flat = [inner] + [k for k in range(inner + 1, m.last) if tokens[k].head == inner and tokens[k].rel == "flat"]
                inner_names.setdefault(group, set()).add(" ".join(tokens[k].word for k in flat))
                title = _role_text(tokens, [k for k in range(m.first, head + 1)])
                if title:
                    inner_titles.setdefault(group, {})[title] = _role_heads(tokens, m, head)
    for group, chain in chains.items():
        names = {_name_text(tokens, m) for m in chain if _is_name(tokens, m)} | inner_names.get(group, set())
        if not names:
            continue
        person = people.setdefault(group, GoldPerson())
        person.names |= names
        for title, heads in inner_titles.get(group, {}).items():
            person.roles.setdefault(title, heads)
            person.constructions.setdefault(title, "title")
        for k, m in enumerate(chain):
            if m.link in LINKS and k:
                role = m if _is_description(tokens, m) else chain[k - 1] if (
                    m.link == "appos" and _is_name(tokens, m) and _is_description(tokens, chain[k - 1])) else None
                if role is not None:
                    _add(person, tokens, role, m.link)
            if _is_name(tokens, m):
                head = _head(tokens, m)
                for title in _children(tokens, head, m.first, m.last):
                    if tokens[title].rel == "nmod:desc" and title < head \
                            and tokens[title].word.lower().rstrip(".") not in HONORIFICS \
                            and tokens[title].word not in given_names:  # ("Theodore the Sanctified")
                        words = _subtree(tokens, title, m.first, m.last)
                        text_ = _role_text(tokens, words)
                        if text_:
                            person.roles.setdefault(text_, _role_heads(tokens, m, title))
                            person.constructions.setdefault(text_, "title")
    return GoldDocument(name, name.split("_")[1], text, {g: p for g, p in people.items() if p.names})


def _add(person: GoldPerson, tokens: list[_Token], m: _Mention, link: str) -> None:
    text = _role_text(tokens, list(range(m.first, m.last)))
    if text:
        person.roles.setdefault(text, _role_heads(tokens, m, _head(tokens, m)))
        person.constructions.setdefault(text, link)


def gold_documents(genres: tuple[str, ...] = GENRES) -> list[GoldDocument]:
    return [gold_document(p) for p in gum_documents() if p.name.split("_")[1] in genres]


# -- scoring -----------------------------------------------------------------------------------

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").casefold()
    return re.sub(r"\s+", " ", re.sub(r"'s\b|[^\w\s\-.']", " ", s)).strip()


def _same_person(name: str, forms: set[str]) -> bool:
    """The scorer's rule (../shared/tools/score_facts.py): equal, or one inside the other with the same last word."""
    p = _norm(name)
    for g in map(_norm, forms):
        if p and g and (p == g or ((p in g or g in p) and p.split()[-1] == g.split()[-1])):
            return True
    return False


_COMPLEMENT_WORDS = frozenset("of to for at in with from on who whose which that".split())


def _role_words(role: str) -> set[str]:
    """A role's words before its complement ("son" of "son of the president"), a hyphenated one whole and
    in its parts ("co-founder", "founder")."""
    words = _norm(role).split()
    cut = next((k for k, w in enumerate(words) if k and w in _COMPLEMENT_WORDS), len(words))
    words = words[:cut]
    return {w.strip(".'") for w in words + [p for w in words for p in w.split("-")] if w.strip(".'")}


@dataclass
class Tally:
    gold: int = 0
    found: int = 0  # gold roles a prediction holds
    predicted: int = 0  # predicted roles of aligned people
    right: int = 0
    unaligned: int = 0  # predicted roles of names GUM does not have as people
    by_construction: dict[str, list[int]] = field(default_factory=dict)  # construction → [found, gold]

    def add(self, other: Tally) -> None:
        for key in ("gold", "found", "predicted", "right", "unaligned"):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        for key, (f, g) in other.by_construction.items():
            mine = self.by_construction.setdefault(key, [0, 0])
            mine[0] += f
            mine[1] += g

    def scores(self) -> tuple[float, float, float]:
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_document(gold: GoldDocument, people: list[tuple[str, tuple[str, ...], tuple[str, ...]]],
                   misses: list[str] | None = None, wrong: list[str] | None = None) -> Tally:
    """``people``: quizgen's (name, aliases, roles) for the document."""
    tally = Tally()
    # GUM may keep one person in two chains ("Biden", "Joe Biden"): a fact stands for every chain its
    # name or a form of it names exactly, else for those the scorer's looser rule allows.
    aligned: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # gold group → facts (name, roles)
    for name, aliases, roles in people:
        forms = {_norm(f) for f in (name, *aliases)}
        groups = [g for g, p in gold.people.items() if forms & {_norm(n) for n in p.names}] or \
                 [g for g, p in gold.people.items() if any(_same_person(f, p.names) for f in (name, *aliases))]
        if not groups:
            tally.unaligned += len(roles)
            continue
        for group in groups:
            aligned.setdefault(group, []).append((name, roles))
        gold_roles = [heads for g in groups for heads in gold.people[g].roles.values()]
        for role in roles:
            tally.predicted += 1
            ok = any(heads & _role_words(role) for heads in gold_roles)
            tally.right += ok
            if not ok and wrong is not None:
                wrong.append(f"{gold.name}: {name} — {role}")
    for group, person in gold.people.items():
        words = [_role_words(r) for _, roles in aligned.get(group, []) for r in roles]
        for text, heads in person.roles.items():
            hit = any(heads & w for w in words)
            tally.gold += 1
            tally.found += hit
            counts = tally.by_construction.setdefault(person.constructions[text], [0, 0])
            counts[0] += hit
            counts[1] += 1
            if not hit and misses is not None:
                misses.append(f"{gold.name}: {sorted(person.names)[0]} — {text} ({person.constructions[text]})")
    return tally


@cache
def quizgen_facts(text: str, name: str) -> tuple:
    """quizgen's facts for a document's text (kept, so the roles and facts reports extract once)."""
    from quizgen.api import annotate_article
    from quizgen.facts import extract_facts
    from quizgen.model import Article

    article = Article(path=f"{name}.txt", text=text, title=None, date=None, body_start=0, body_end=len(text))
    return extract_facts(article, annotate_article(article))


def quizgen_people(text: str, name: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(f.name, tuple(f.aliases), tuple(f.roles)) for f in quizgen_facts(text, name) if f.kind == "person"]


def never_trained_on(name: str) -> bool:
    """No model (parser, tagger, recogniser) nor the nouns for people learnt from this document."""
    return name in DEV2_GUM + HELD_OUT_GUM_NEWS


def evaluate(genres: tuple[str, ...] = GENRES, show: bool = False) -> dict[str, Tally]:
    """Tallies per genre, for all documents ("all"), for the documents no model trained on and for
    those kept aside (whose errors ``show`` does not list)."""
    out: dict[str, Tally] = {}
    misses: list[str] = []
    wrong: list[str] = []
    for gold in gold_documents(genres):
        shown = gold.name not in ASIDE
        tally = score_document(gold, quizgen_people(gold.text, gold.name), misses if shown else None,
                               wrong if shown else None)
        keys = (gold.genre, "all") + (("never trained on",) if never_trained_on(gold.name) else ()) \
            + (("kept aside",) if gold.name in ASIDE else ())
        for key in keys:
            out.setdefault(key, Tally()).add(tally)
    if show:
        print("  missed:", *misses, sep="\n    ")
        print("  not a gold role of the person:", *wrong, sep="\n    ")
    return out
