"""Build quizgen/nlp/data/person_nouns.txt: common nouns that name a kind of person, learnt from treebanks.

    python -m tools.build_person_nouns

A role's head must be a noun for a person ("farmer", "surveyor", "opponent", "novelist"); hand lists
miss most of them. Three kinds of evidence, all from ../shared/data:

- GUM marks every mention of a person: the common nouns that head person mentions ("the surveyor",
  "a young novelist"), counted against every mention the same noun heads, so a noun that usually
  names something else ("party", "team", "side") stays out;
- EWT (no entity annotation): nouns that a "who" relative clause describes ("a farmer who …");
- GMB (news with person names marked): a singular noun right before a person's name ("cleric X") or
  heading the apposition after it ("X, a senior negotiator,").

A noun enters when it is seen naming a person at least ``MIN_EVIDENCE`` times in all, and, where GUM
has it as the head of at least two mentions, names a person in at least half of them. A singular noun
that "they" takes up more often than "he" or "she" (at least twice) names a group ("the population",
"the staff") and stays out. The GUM documents that quizgen is measured on as unseen text
(../shared/dev2, the held-out news, and the documents kept aside from rule work, tools.gum_roles.ASIDE)
are never read. Number words ("a million") and pronoun-like nouns ("someone") are left out, and so are
the words
of ``quizgen.vocab.ROLE_TITLES``, ``RELATION_NOUNS`` and ``GENERIC_PERSON_NOUNS``, which have jobs of
their own (a title before a name is a feature of the recogniser; a relation is not asked about; "a
man" is a role only as "the first man to …"): each word has one list.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

from quizgen.vocab import GENERIC_PERSON_NOUNS, NUMBER_WORDS, RELATION_NOUNS, ROLE_TITLES
from tools.corpora import DATA, HELD_OUT_GUM_NEWS, gum_documents, read_gmb
from tools.gum_roles import ASIDE, read_document
from tools.treebank import DEV2_GUM

OUT = Path(__file__).resolve().parents[1] / "quizgen" / "nlp" / "data" / "person_nouns.txt"
MIN_EVIDENCE = 2
# Transcribed talk names people by slang and insults quizgen's articles do not use for a role.
SPOKEN_GENRES = ("conversation", "vlog")
MIN_PERSON_SHARE = 0.5
MIN_GROUP_EVIDENCE = 2
_NOT_NOUNS = frozenset("someone anyone everyone somebody anybody everybody nobody no-one one ones whoever other others"
                       " self".split())
# Collective nouns name a group of people, never one person's role ("the audience", "the staff").
_COLLECTIVE = frozenset("audience crowd generation humanity public panel staff troop troops minority majority"
                        " population team crew committee".split())


def _word(lemma: str) -> str | None:
    low = lemma.lower()
    return low if low.replace("-", "").isalpha() and len(low) > 2 and low not in _NOT_NOUNS \
        and low not in _COLLECTIVE and low not in NUMBER_WORDS else None


_ONE = frozenset("he him his himself she her hers herself".split())
_MANY = frozenset("they them their theirs themselves".split())


def gum_counts() -> tuple[dict[str, int], dict[str, int], dict[str, list[int]]]:
    """Mentions each noun heads as a person and in all, and how often the pronouns that take up its
    singular mentions are singular and plural ("the population … they": a group)."""
    person: dict[str, int] = defaultdict(int)
    every: dict[str, int] = defaultdict(int)
    pronouns: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in gum_documents():
        name = path.name.split(".")[0]
        if name in DEV2_GUM or name in HELD_OUT_GUM_NEWS or name in ASIDE or name.split("_")[1] in SPOKEN_GENRES:
            continue
        tokens, mentions, _ = read_document(path)
        heads = [next((i for i in range(m.first, m.last) if not m.first <= tokens[i].head < m.last), m.first)
                 for m in mentions]
        taken_up: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for m, h in zip(mentions, heads):
            word = tokens[h].word.lower()
            if m.last - m.first == 1 and (word in _ONE or word in _MANY):
                taken_up[m.group][word in _MANY] += 1
        for m, head in zip(mentions, heads):
            if tokens[head].tag not in ("NN", "NNS") or tokens[head].lemma[:1].isupper():
                continue  # (a capitalised "noun" is a name the tagger missed: "Santorum")
            word = _word(tokens[head].lemma)
            if word is None:
                continue
            every[word] += 1
            if m.kind == "person":
                person[word] += 1
                if tokens[head].tag == "NN":
                    one, many = taken_up.get(m.group, (0, 0))
                    pronouns[word][0] += one
                    pronouns[word][1] += many
    return person, every, pronouns


def ewt_who_antecedents() -> dict[str, set[str]]:
    """Documents where a noun is what a "who" relative clause describes ("a farmer who …")."""
    documents: dict[str, set[str]] = defaultdict(set)
    for split in ("train", "dev", "test"):
        doc = ""
        rows: list[list[str]] = []
        with gzip.open(DATA / "ewt" / f"en_ewt-ud-{split}.conllu.gz", "rt", encoding="utf-8") as handle:
            for line in [*handle, "\n"]:
                line = line.rstrip("\n")
                if line.startswith("# newdoc id"):
                    doc = line.split("=", 1)[1].strip()
                elif line.startswith("#"):
                    continue
                elif line:
                    cols = line.split("\t")
                    if cols[0].isdigit():
                        rows.append(cols)
                elif rows:
                    for clause in rows:
                        if clause[7] != "acl:relcl":
                            continue
                        if not any(r[6] == clause[0] and r[2].lower() in ("who", "whom") for r in rows):
                            continue
                        noun = rows[int(clause[6]) - 1]
                        if noun[3] == "NOUN":
                            word = _word(noun[2])
                            if word:
                                documents[word].add(f"ewt:{doc}")
                    rows = []
    return documents


def gmb_next_to_names() -> dict[str, int]:
    """How often a singular noun stands right before a person's name or heads the apposition after it."""
    counts: dict[str, int] = defaultdict(int)
    for s in read_gmb(DATA / "gmb" / "gmb_8300.conll.gz"):
        words, tags, labels = s.words, s.tags, s.labels or []
        for i, label in enumerate(labels):
            if label != "B-PERSON":
                continue
            if i and tags[i - 1] == "NN" and words[i - 1].islower():
                counts[words[i - 1]] += 1  # "cleric Ada Lind"
            end = i + 1
            while end < len(labels) and labels[end] == "I-PERSON":
                end += 1
            k = end + 1
            if end < len(words) and words[end] == ",":
                k += k < len(words) and tags[k] == "DT"
                head = None
                while k < len(words) and tags[k] in ("JJ", "NN", "NNP", "VBN"):
                    head = words[k] if tags[k] == "NN" and words[k].islower() else head
                    k += 1
                if head and k < len(words) and tags[k] in ("IN", ",", "."):
                    counts[head] += 1  # "Ada Lind, a senior negotiator, said"
    return counts


def person_nouns() -> dict[str, int]:
    """Each noun that passes the floors, with how often the corpora name a person by it."""
    person, every, pronouns = gum_counts()
    evidence: dict[str, int] = defaultdict(int, person)
    for word, docs in ewt_who_antecedents().items():
        evidence[word] += len(docs)
    for word, count in gmb_next_to_names().items():
        if _word(word):
            evidence[word] += count
    out = {}
    for word, count in evidence.items():
        if count < MIN_EVIDENCE or word in ROLE_TITLES or word in RELATION_NOUNS or word in GENERIC_PERSON_NOUNS:
            continue
        if every.get(word, 0) >= 2 and person.get(word, 0) / every[word] < MIN_PERSON_SHARE:
            continue
        one, many = pronouns.get(word, (0, 0))
        if many >= MIN_GROUP_EVIDENCE and many > one:
            continue  # "the population … they", "the staff … them": a group, not one person
        out[word] = count
    return out


def main(argv: list[str]) -> None:
    words = person_nouns()
    lines = ["# Common nouns that name a kind of person, learnt by tools/build_person_nouns.py from GUM's person",
             "# mentions, EWT's 'who' clauses and GMB's names (../shared/data; CC BY, CC BY-SA, public domain).",
             f"# Rebuild, do not edit. Word, then how often the corpora name a person by it (at least {MIN_EVIDENCE})."]
    lines += [f"{w}\t{n}" for w, n in sorted(words.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(words)} nouns)")


if __name__ == "__main__":
    main(sys.argv[1:])
