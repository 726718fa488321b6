"""The references component: pronouns and definite descriptions pointed at their named antecedents.

A salience model in the manner of Lappin and Leass (1994), read off the parse: every mention of a
name, and every unnamed noun phrase that could compete with it, earns weight from its grammatical
role (a subject more than an object, an object more than the rest), halved for each sentence back;
a pronoun goes to the most salient earlier thing that agrees with it in person, gender and number
and that the binding rules allow ("Lind praised her" cannot mean Lind). The confidence is the
winner's share of the salience of all that agree; below ``THRESHOLD`` nothing is resolved, so two
people of one gender in play, or an "it" most likely about an unnamed thing, give no reference.

"the country", "the company" (see data/reference_nouns.toml) refer back to the most salient named
thing of that kind; "the physicist" to the person the text has called a physicist ("Ada Lind, a
physicist", "Lind was a physicist", "physicist Ada Lind").
"""

from __future__ import annotations

import bisect
import math
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ..model import Document, Reference
from .gazetteer import gazetteer
from .resources import load_model

THRESHOLD = 0.7
WINDOW = 3  # sentences back a pronoun looks
DESCRIPTION_WINDOW = 8  # and a definite description

PRONOUNS = {
    # word: (kind, gender, plural)
    "he": ("person", "m", False), "him": ("person", "m", False), "his": ("person", "m", False),
    "himself": ("person", "m", False),
    "she": ("person", "f", False), "her": ("person", "f", False), "hers": ("person", "f", False),
    "herself": ("person", "f", False),
    "it": ("thing", "", False), "its": ("thing", "", False), "itself": ("thing", "", False),
    "they": ("any", "", True), "them": ("any", "", True), "their": ("any", "", True),
    "theirs": ("any", "", True), "themselves": ("any", "", True),
}
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
POSSESSIVES = frozenset({"his", "her", "hers", "its", "their", "theirs"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
ROLE_WEIGHT = {"nsubj": 100, "nsubj:pass": 90, "obj": 60, "iobj": 50, "nmod:poss": 45, "obl": 40, "appos": 40}
OTHER_WEIGHT = 30
# An unnamed thing ("an office") competes with the names around it, but is less often what the text
# goes on to talk about than a name in the same position.
UNNAMED_FACTOR = 0.6
PLURAL_ORG_FACTOR = 0.5
# Common nouns for people of one gender: unnamed competitors of a named antecedent ("his father").
MALE_NOUNS = frozenset("man boy father son brother husband king prince uncle grandfather nephew".split())
FEMALE_NOUNS = frozenset("woman girl mother daughter sister wife queen princess aunt grandmother niece".split())
MALE_TITLES = frozenset("mr sir lord king prince m monsieur herr señor senor signor count duke baron".split())
FEMALE_TITLES = frozenset("mrs ms miss madam lady dame queen princess mme mlle madame mademoiselle frau señora senora "
                          "signora countess duchess baroness".split())
# Below this salience a lone candidate is too far back, or too much in the background, to be what a
# pronoun or "the company" clearly means: the confidence is scaled down by best / SALIENCE_FULL.
SALIENCE_FULL = 30.0
TOPIC_MENTIONS = 4  # a name mentioned this often (or a pronoun resolved to it) is a topic of the text
TOPIC_WEIGHT = 16.0
PARALLEL_SUBJECT = 1.3
# Verbs whose "it" subject is a placeholder ("it seems that…", "it rained").
PLACEHOLDER_IT_VERBS = frozenset("seem appear happen rain snow matter transpire emerge turn".split())


@dataclass(slots=True)  # (a long text has tens of thousands: no __dict__ each)
class _Mention:
    first: int
    last: int
    head: int
    sentence: int
    cluster: int
    weight: float


@dataclass(slots=True)
class _Cluster:
    label: str  # PERSON, ORG, LOC, NORP for names; THING, THINGS, PEOPLE for unnamed phrases
    named: int | None = None  # index of its latest named mention's entity span, as (first, last)
    span: tuple[int, int] | None = None
    gender: str = ""
    # the shared empty frozenset until the cluster is named: most of a long text's clusters are
    # unnamed common nouns, and two empty sets each came to some 6 MB on 80k words
    roles: set[str] | frozenset[str] = frozenset()
    names: set[str] | frozenset[str] = frozenset()


@cache
def _genders() -> tuple[frozenset[str], frozenset[str]]:
    data = load_model("genders")
    return frozenset(data["male"]), frozenset(data["female"])


@cache
def _description_nouns() -> dict[str, tuple[str, str]]:
    text = (resources.files("quizgen.nlp") / "data" / "reference_nouns.toml").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for group in tomllib.loads(text).values():
        for noun in group["nouns"]:
            out[noun] = (group["label"], group.get("subtype", ""))
    return out


def _word_prefixes(name: str) -> list[str]:
    """The shorter names ``name`` starts with, word by word: "A B C" -> "A", "A B"."""
    return [name[:i] for i, char in enumerate(name) if char == " "]


def resolve_references(doc: Document) -> Document:
    return replace(doc, references=tuple(_Resolver(doc).run()))


class _Resolver:
    def __init__(self, doc: Document):
        self.doc = doc
        self.clusters: list[_Cluster] = []
        self.mentions: list[_Mention] = []
        self.entity_at: dict[int, tuple[int, int, str]] = {}  # first token -> (first, last, label)
        for entity in doc.entities:
            if entity.label in ("PERSON", "ORG", "LOC", "NORP"):
                first, last = doc.token_range(entity.start, entity.end)
                self.entity_at[first] = (first, last, entity.label)
        self.in_entity = {i for first, last, _ in self.entity_at.values() for i in range(first, last)}
        self.entities_over: dict[int, list[tuple[int, int, str]]] = {}  # token -> the entities covering it
        for entity in self.entity_at.values():
            for i in range(entity[0], entity[1]):
                self.entities_over.setdefault(i, []).append(entity)
        self.mention_counts: dict[int, int] = {}
        # the clusters mentioned TOPIC_MENTIONS times or more, in the order they were first mentioned
        # (as mention_counts lists them): kept as they come, not found by a pass over every cluster
        self.topics: list[int] = []
        self._counted_order: dict[int, int] = {}
        # named clusters by name, by a person's last word, by an organisation name's leading words
        self._by_name: dict[tuple[str, str], int] = {}
        self._by_last_word: dict[str, int] = {}
        self._org_by_prefix: dict[str, int] = {}

    def _remember(self, m: _Mention) -> None:
        self.mentions.append(m)
        if self.clusters[m.cluster].span is not None:
            count = self.mention_counts[m.cluster] = self.mention_counts.get(m.cluster, 0) + 1
            if count == 1:
                self._counted_order[m.cluster] = len(self._counted_order)
            if count == TOPIC_MENTIONS:
                bisect.insort(self.topics, m.cluster, key=self._counted_order.__getitem__)

    # -- the walk ---------------------------------------------------------------------------------
    def run(self) -> list[Reference]:
        out: list[Reference] = []
        for s_index, sentence in enumerate(self.doc.sentences):
            pending: list[Reference | None] = []
            i = sentence.first_token
            while i < sentence.last_token:
                token = self.doc.tokens[i]
                if i in self.entity_at:
                    first, last, label = self.entity_at[i]
                    self._add_named(first, last, label, s_index)
                    i = last
                    continue
                low = token.text.lower()
                if low in PRONOUNS and token.tag in ("PRP", "PRP$"):
                    pending.append(self._resolve_pronoun(i, s_index))
                elif token.tag in ("NN", "NNS") and self._heads_chunk(i):
                    pending.append(self._resolve_description(i, s_index) if self._is_description(i) else None)
                    if pending[-1] is None:
                        self._add_unnamed(i, s_index)
                i += 1
            out.extend(ref for ref in pending if ref is not None)
        return out

    def _heads_chunk(self, i: int) -> bool:
        return i not in self.in_entity and self.doc.tokens[i].dep not in ("compound", "flat", "fixed")

    # -- mentions ---------------------------------------------------------------------------------
    def _weight(self, head: int) -> float:
        head = self._attachment(head)
        dep = self.doc.tokens[head].dep
        if dep in ("conj", "appos", "flat"):  # a conjunct or apposition stands where its head stands
            parent = self.doc.tokens[head].head
            if parent != head:
                dep = self.doc.tokens[parent].dep
        return ROLE_WEIGHT.get(dep, OTHER_WEIGHT)

    def _add_named(self, first: int, last: int, label: str, s_index: int) -> None:
        words = [t.text for t in self.doc.tokens[first:last]]
        name = " ".join(words)
        cluster = self._cluster_for(name, label)
        c = self.clusters[cluster]
        c.names = c.names if isinstance(c.names, set) else set(c.names)
        c.names.add(name)
        c.span = (first, last)
        self._index_name(cluster, name, label)
        if label == "PERSON" and not c.gender:
            c.gender = self._name_gender(words, first)
        head = self.doc.head_of(first, last)
        if label == "PERSON":
            c.roles |= self._stated_roles(head)
        self._remember(_Mention(first, last, head, s_index, cluster, self._weight(head)))

    def _cluster_for(self, name: str, label: str) -> int:
        """The latest named cluster of this label that has this name; for a person, one that has a name
        with the same last word; for an organisation, one with a name this one extends or shortens
        ("Human Rights Watch", "Human Rights Watch Central Asia"). Else a new cluster. The name
        indexes make this a few look-ups, not a pass over every cluster so far (which made long texts
        quadratic: every common noun is a cluster too)."""
        found = [self._by_name.get((label, name), -1)]
        if label == "PERSON":
            found.append(self._by_last_word.get(name.split()[-1], -1))
        if label == "ORG":
            found.append(self._org_by_prefix.get(name, -1))
            found.extend(self._by_name.get(("ORG", prefix), -1) for prefix in _word_prefixes(name))
        best = max(found)
        if best >= 0:
            return best
        self.clusters.append(_Cluster(label))
        return len(self.clusters) - 1

    def _index_name(self, k: int, name: str, label: str) -> None:
        """Remember that named cluster ``k`` (the latest so far to take it) has ``name``."""
        keys = [(self._by_name, (label, name))]
        if label == "PERSON":
            keys.append((self._by_last_word, name.split()[-1]))
        if label == "ORG":
            keys.extend((self._org_by_prefix, prefix) for prefix in _word_prefixes(name))
        for index, key in keys:
            index[key] = max(index.get(key, -1), k)

    def _name_gender(self, words: list[str], first: int) -> str:
        male, female = _genders()
        before = self.doc.tokens[first - 1].text.lower().rstrip(".") if first > 0 else ""
        if before in MALE_TITLES:
            return "m"
        if before in FEMALE_TITLES:
            return "f"
        given = words[0]
        return "m" if given in male else "f" if given in female else ""

    def _stated_roles(self, head: int) -> set[str]:
        """Nouns the text states as this person's role: apposition, a title before the name, a copula."""
        tokens = self.doc.tokens
        roles = set()
        for child in self.doc.children(head):
            if tokens[child].dep in ("appos", "compound") and tokens[child].tag in ("NN", "NNS"):
                roles.add(tokens[child].lemma)
        parent = tokens[head].head
        if parent != head and tokens[parent].tag in ("NN", "NNS"):
            rel = tokens[head].dep
            copular = any(tokens[c].dep == "cop" for c in self.doc.children(parent))
            if rel == "appos" or (rel in SUBJECTS and copular):
                roles.add(tokens[parent].lemma)
        return roles

    def _add_unnamed(self, i: int, s_index: int) -> None:
        token = self.doc.tokens[i]
        if any(self.doc.tokens[c].dep == "cop" for c in self.doc.children(i)):
            return  # "a physicist" in "Lind was a physicist" describes a name; it is no new thing
        if token.dep == "appos" or any(self.doc.tokens[c].dep == "appos" and c in self.in_entity
                                       for c in self.doc.children(i)):
            return
        lemma = token.lemma
        label = "PEOPLE" if lemma in MALE_NOUNS or lemma in FEMALE_NOUNS else "THINGS" if token.tag == "NNS" else "THING"
        cluster = _Cluster(label, gender="m" if lemma in MALE_NOUNS else "f" if lemma in FEMALE_NOUNS else "")
        self.clusters.append(cluster)
        self._remember(_Mention(i, i + 1, i, s_index, len(self.clusters) - 1, self._weight(i)))

    # -- pronouns ---------------------------------------------------------------------------------
    def _resolve_pronoun(self, i: int, s_index: int) -> Reference | None:
        word = self.doc.tokens[i].text.lower()
        if word in ("it", "its") and self._placeholder_it(i):
            return None
        kind, gender, plural = PRONOUNS[word]
        scores = self._scores(i, s_index, WINDOW, lambda c: self._agrees(c, kind, gender, plural),
                              self._binding(i, word), plural)
        if not scores:
            cataphor = self._cataphor(i, kind, gender)
            if cataphor is not None:
                return self._reference(i, i + 1, cataphor, 0.75, s_index, self._weight(i))
            return None
        best, confidence = self._winner(scores, s_index)
        return self._reference(i, i + 1, best, confidence, s_index, self._weight(i))

    def _agrees(self, c: _Cluster, kind: str, gender: str, plural: bool) -> bool:
        if kind == "person":
            if c.label not in ("PERSON", "PEOPLE"):
                return False
            return not c.gender or c.gender == gender
        if kind == "thing":
            return c.label in ("ORG", "LOC", "THING")
        return c.label in ("ORG", "NORP", "THINGS")

    def _binding(self, i: int, word: str):
        """Which earlier mentions the pronoun may not (or, reflexive, must) refer to."""
        tokens = self.doc.tokens
        predicate = tokens[i].head
        # "her" is a possessive only where the parse says so ("her book"), not in "appointed her to …"
        if word in POSSESSIVES and (word != "her" or tokens[i].dep == "nmod:poss"):
            return lambda m: True
        if word in REFLEXIVES:
            return lambda m: tokens[self._attachment(m.head)].head == predicate \
                and tokens[self._attachment(m.head)].dep in SUBJECTS
        return lambda m: not (tokens[self._attachment(m.head)].head == predicate and m.head != i)

    def _attachment(self, k: int) -> int:
        """The word through which a name attaches to its clause ("Mayor" of "Mayor Jo Reyes", which the
        parser may make the head of the whole name)."""
        tokens = self.doc.tokens
        for _ in range(8):
            if tokens[k].dep not in ("flat", "compound", "fixed", "nmod:desc", "appos") or tokens[k].head == k:
                return k
            k = tokens[k].head
        return k

    def _placeholder_it(self, i: int) -> bool:
        tokens = self.doc.tokens
        if tokens[i].dep == "expl":
            return True
        head = tokens[i].head
        if tokens[head].lemma in PLACEHOLDER_IT_VERBS:
            return True
        children = self.doc.children(head)
        copular = any(tokens[c].dep == "cop" for c in children)
        # "It is likely that …", "it was hard to …": the real subject is the clause after the predicate.
        return copular and tokens[i].dep in SUBJECTS and any(
            tokens[c].dep in ("csubj", "ccomp", "xcomp") and c > head for c in children)

    def _cataphor(self, i: int, kind: str, gender: str) -> int | None:
        """"When she arrived in Oslo, Ada Lind …": a pronoun in a clause before the main clause's named subject."""
        if kind != "person":
            return None
        tokens = self.doc.tokens
        sentence = self.doc.sentence_of(i)
        root = next((k for k in range(sentence.first_token, sentence.last_token) if tokens[k].dep == "root"), None)
        if root is None or root < i:
            return None
        k = i
        while tokens[k].head != k and tokens[k].head != root:
            k = tokens[k].head
        if tokens[k].dep not in ("advcl", "nsubj") or k > root:
            return None
        for child in self.doc.children(root):
            if tokens[child].dep in SUBJECTS and child > i:
                for f, last, label in self.entities_over.get(child, ()):
                    if label == "PERSON":
                        words = [t.text for t in tokens[f:last]]
                        named_gender = self._name_gender(words, f)
                        if not named_gender or named_gender == gender:
                            self._add_named(f, last, label, self._sentence_index(i))
                            return self.mentions[-1].cluster
        return None

    def _sentence_index(self, i: int) -> int:
        return self.doc.sentence_index(i)

    # -- definite descriptions --------------------------------------------------------------------
    def _is_description(self, i: int) -> bool:
        tokens = self.doc.tokens
        if tokens[i].tag != "NN":
            return False
        children = self.doc.children(i)
        det = [c for c in children if tokens[c].dep == "det" and tokens[c].lemma in ("the", "this", "that")]
        if not det:
            return False
        for c in children:
            dep = tokens[c].dep
            if dep in ("det", "punct", "case", "cop", "cc") or (dep == "amod" and tokens[c].lemma == "same"):
                continue
            return False  # "the company that …", "the country's …": narrowed down, maybe a new thing
        return not any(tokens[c].dep == "cop" for c in children)

    def _resolve_description(self, i: int, s_index: int) -> Reference | None:
        noun = self.doc.tokens[i].lemma
        kinds = _description_nouns()
        gaz = gazetteer()
        if noun in kinds:
            label, subtype = kinds[noun]

            def fits(c: _Cluster) -> bool:
                if c.label != label or c.span is None:
                    return False
                name = " ".join(t.text for t in self.doc.tokens[c.span[0]:c.span[1]])
                if subtype == "country":
                    return any(n in gaz.countries for n in c.names)
                if subtype == "not_country":
                    return not any(n in gaz.countries for n in c.names) or noun == "state"
                return bool(name)
        else:
            def fits(c: _Cluster) -> bool:
                # "the physicist" for a person called one; "the river" for the Nile River
                named = c.span is not None
                return named and (noun in c.roles or any(noun.title() in n.split() for n in c.names))
        scores = self._scores(i, s_index, DESCRIPTION_WINDOW, fits, lambda m: True)
        if not scores:
            return None
        first = min([c for c in self.doc.children(i) if self.doc.tokens[c].dep == "det"] + [i])
        best, confidence = self._winner(scores, s_index)
        return self._reference(first, i + 1, best, confidence, s_index, self._weight(i))

    # -- scoring ----------------------------------------------------------------------------------
    @staticmethod
    def _factor(c: _Cluster, plural: bool) -> float:
        if plural:
            # "they" is far more often a plural noun phrase than an organisation named in the singular
            return PLURAL_ORG_FACTOR if c.label == "ORG" else 1.0
        return 1.0 if c.span else UNNAMED_FACTOR

    def _scores(self, i: int, s_index: int, window: int, agrees, allowed, plural: bool = False) -> dict[int, float]:
        scores: dict[int, float] = {}
        subject = self.doc.tokens[i].dep in SUBJECTS
        banned = set()
        for m in reversed(self.mentions):
            if m.sentence < s_index - window:
                break
            if m.last > i or not agrees(self.clusters[m.cluster]):
                continue
            if not allowed(m):
                banned.add(m.cluster)  # "Okafor praised him": no mention of Okafor can be "him"
                continue
            weight = m.weight * self._factor(self.clusters[m.cluster], plural)
            if subject and m.weight >= ROLE_WEIGHT["nsubj:pass"]:
                weight *= PARALLEL_SUBJECT  # a subject pronoun goes on with the subject before (centering)
            scores[m.cluster] = scores.get(m.cluster, 0.0) + weight * 0.5 ** (s_index - m.sentence)
        # The text's topic stays salient past the window: in a life story "he", many sentences on, is still
        # its subject unless someone else has been brought up in between.
        for k in self.topics:
            if agrees(self.clusters[k]):
                scores[k] = scores.get(k, 0.0) + TOPIC_WEIGHT * math.log2(self.mention_counts[k])
        return {k: v for k, v in scores.items() if k not in banned}

    def _winner(self, scores: dict[int, float], s_index: int) -> tuple[int, float]:
        """The most salient candidate, and its share of the salience it shares with the runner-up."""
        ranked = sorted(scores, key=lambda k: -scores[k])
        best = ranked[0]
        second = scores[ranked[1]] if len(ranked) > 1 else 0.0
        return best, scores[best] / (scores[best] + second) * min(1.0, scores[best] / SALIENCE_FULL)

    def _reference(self, first: int, last: int, cluster: int, confidence: float, s_index: int,
                   weight: float) -> Reference | None:
        c = self.clusters[cluster]
        if c.span is None or confidence < THRESHOLD:
            if c.span is None:  # "it" about an unnamed thing keeps that thing salient for the next "it"
                self._remember(_Mention(first, last, last - 1, s_index, cluster, weight))
            return None
        self._remember(_Mention(first, last, last - 1, s_index, cluster, weight))
        word = self.doc.tokens[first].text.lower()
        if c.label == "PERSON" and not c.gender and word in PRONOUNS and PRONOUNS[word][1]:
            c.gender = PRONOUNS[word][1]  # "Tokayev … he": later "she" is someone else
        antecedent = self.doc.span(*c.span)
        return Reference(self.doc.span(first, last), antecedent, round(confidence, 3), c.label)
