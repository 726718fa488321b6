"""Readers for the training corpora in ../shared/data (see its SOURCES.md for licences and formats).

Every reader yields `CorpusSentence`s: tokens with their Penn Treebank tag (or None) and a harmonised
entity label in BIO form over quizgen's statistical labels PERSON, ORG and LOC. Dates, numbers and
nationalities are left to quizgen's rule and gazetteer layers, because only some corpora mark them.
"""

from __future__ import annotations

import gzip
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.nlp.lexicon import ROLE_TITLES

DATA = Path(os.environ.get("QUIZGEN_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "data"))
# GUM news documents never trained on: the held-out set for the POS, sentence and NER figures.
HELD_OUT_GUM_NEWS = ("GUM_news_asylum", "GUM_news_election", "GUM_news_iodine", "GUM_news_sensitive")


@dataclass
class CorpusSentence:
    words: list[str]
    tags: list[str | None]
    labels: list[str] | None = None  # BIO over PERSON/ORG/LOC, None where the corpus has no NER
    space_after: list[bool] = field(default_factory=list)
    doc: str = ""
    new_par: bool = False


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")


def read_conllu(path: Path, with_entities: bool = False) -> Iterator[CorpusSentence]:
    """EWT and GUM CoNLL-U. With ``with_entities``, GUM's MISC entity brackets become named-entity BIO."""
    doc = path.name.split(".")[0]
    rows: list[list[str]] = []
    new_par = False
    with _open(path) as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc = line.split("=", 1)[1].strip()
            elif line.startswith("# newpar"):
                new_par = True
            elif line.startswith("#"):
                continue
            elif not line:
                if rows:
                    yield _conllu_sentence(rows, doc, new_par, with_entities)
                rows, new_par = [], False
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                rows.append(cols)
    if rows:
        yield _conllu_sentence(rows, doc, new_par, with_entities)


_GUM_TYPES = {"person": "PERSON", "organization": "ORG", "place": "LOC"}


def _conllu_sentence(rows, doc, new_par, with_entities) -> CorpusSentence:
    words = [r[1] for r in rows]
    tags = [r[4] for r in rows]
    space_after = ["SpaceAfter=No" not in r[9] for r in rows]
    labels = _gum_entities(rows) if with_entities else None
    return CorpusSentence(words, tags, labels, space_after, doc, new_par)


def _gum_entities(rows) -> list[str]:
    """Named entities from GUM's (non-named too) mention spans: spans whose head is a proper noun."""
    spans: list[tuple[int, int, str]] = []
    open_: dict[str, list[tuple[int, str]]] = {}
    for i, row in enumerate(rows):
        misc = next((m[len("Entity="):] for m in row[9].split("|") if m.startswith("Entity=")), "")
        for match in re.finditer(r"\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)", misc):
            if match.group(1):
                if match.group(3):
                    spans.append((i, i + 1, match.group(2)))
                else:
                    open_.setdefault(match.group(1), []).append((i, match.group(2)))
            else:
                stack = open_.get(match.group(4))
                if stack:
                    start, kind = stack.pop()
                    spans.append((start, i + 1, kind))
    labels = ["O"] * len(rows)
    heads = {i: int(r[6]) - 1 for i, r in enumerate(rows) if r[6].isdigit()}
    for start, end, kind in sorted(spans, key=lambda s: s[1] - s[0]):
        label = _GUM_TYPES.get(kind)
        if not label:
            continue
        head = next((i for i in range(start, end) if not start <= heads.get(i, -1) < end), None)
        if head is None or rows[head][4] not in ("NNP", "NNPS"):
            continue
        # The named part: from the first proper noun, without determiners and titles before it.
        first = start
        while first < head and (rows[first][4] not in ("NNP", "NNPS") or rows[first][1].lower() in ROLE_TITLES):
            first += 1
        if any(lab != "O" for lab in labels[first:end]):
            continue  # a smaller named span inside it was already taken
        for i in range(first, end):
            labels[i] = ("B-" if i == first else "I-") + label
    return labels


def read_gmb(path: Path) -> Iterator[CorpusSentence]:
    mapping = {"per": "PERSON", "org": "ORG", "geo": "LOC"}
    words: list[str] = []
    tags: list[str | None] = []
    labels: list[str] = []
    with _open(path) as handle:
        for line in list(handle) + [""]:
            line = line.rstrip("\n")
            if not line:
                if words:
                    tags = _pair_quotes(tags)
                    yield CorpusSentence(words, tags, _strip_titles(words, labels), [True] * len(words), "gmb")
                words, tags, labels = [], [], []
                continue
            word, tag, bio = line.split("\t")
            kind = mapping.get(bio[2:]) if bio != "O" else None
            words.append(word)
            tags.append(_GMB_TAGS.get(tag, tag))
            labels.append(f"{bio[:2]}{kind}" if kind else "O")


# GMB's tag spellings where they differ from EWT and GUM's Penn Treebank tags.
_GMB_TAGS = {"LRB": "-LRB-", "RRB": "-RRB-", ";": ":"}


def _pair_quotes(tags: list[str | None]) -> list[str | None]:
    """GMB tags every quotation mark ``; Penn Treebank tags the closing one ''."""
    out, inside = [], False
    for tag in tags:
        if tag == "``":
            tag = "''" if inside else "``"
            inside = not inside
        out.append(tag)
    return out


def _strip_titles(words: list[str], labels: list[str]) -> list[str]:
    """GMB sometimes puts "President" inside a person span; quizgen treats titles as roles."""
    labels = _repair_bio(labels)
    for i, word in enumerate(words):
        if labels[i] == "B-PERSON" and word.lower().rstrip(".") in ROLE_TITLES:
            labels[i] = "O"
            if i + 1 < len(words) and labels[i + 1] == "I-PERSON":
                labels[i + 1] = "B-PERSON"
    return labels


def _repair_bio(labels: list[str]) -> list[str]:
    """Turn IO (or broken BIO) labels into proper BIO."""
    out = []
    prev = "O"
    for label in labels:
        if label.startswith("I-") and prev[2:] != label[2:]:
            label = "B-" + label[2:]
        out.append(label)
        prev = label
    return out


def read_uner(path: Path) -> Iterator[CorpusSentence]:
    mapping = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
    words: list[str] = []
    labels: list[str] = []
    with _open(path) as handle:
        for line in list(handle) + [""]:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line:
                if words:
                    yield CorpusSentence(words, [None] * len(words), _repair_bio(labels), [True] * len(words), "uner")
                words, labels = [], []
                continue
            cols = line.split("\t")
            kind = mapping.get(cols[2][2:]) if cols[2] != "O" else None
            words.append(cols[1])
            labels.append(f"{cols[2][:2]}{kind}" if kind else "O")


def read_wikigold(path: Path) -> Iterator[CorpusSentence]:
    mapping = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
    words: list[str] = []
    labels: list[str] = []
    with _open(path) as handle:
        for line in list(handle) + [""]:
            line = line.strip()
            if line == "-DOCSTART- O":
                continue
            if not line:
                if words:
                    yield CorpusSentence(words, [None] * len(words), _repair_bio(labels), [True] * len(words), "wikigold")
                words, labels = [], []
                continue
            word, label = line.rsplit(" ", 1)
            kind = mapping.get(label[2:]) if label != "O" else None
            words.append(word)
            labels.append(f"I-{kind}" if kind else "O")


def merge_hyphens(sentence: CorpusSentence) -> CorpusSentence:
    """Join "six - member" (hyphen with no spaces) into one token, as quizgen's tokenizer keeps it."""
    words, tags, labels, spaces = [], [], [], []
    src_labels = sentence.labels or [None] * len(sentence.words)
    i = 0
    n = len(sentence.words)
    while i < n:
        word, tag, label, space = sentence.words[i], sentence.tags[i], src_labels[i], sentence.space_after[i]
        while (i + 2 < n and not space and sentence.words[i + 1] in ("-", "\u2010", "\u2011")
               and not sentence.space_after[i + 1] and sentence.words[i][-1:].isalnum()
               and sentence.words[i + 2][:1].isalpha()):
            word += sentence.words[i + 1] + sentence.words[i + 2]
            tag = sentence.tags[i + 2]
            space = sentence.space_after[i + 2]
            i += 2
        words.append(word)
        tags.append(tag)
        labels.append(label)
        spaces.append(space)
        i += 1
    return CorpusSentence(words, tags, labels if sentence.labels else None, spaces, sentence.doc, sentence.new_par)


def ewt(split: str) -> list[CorpusSentence]:
    return [merge_hyphens(s) for s in read_conllu(DATA / "ewt" / f"en_ewt-ud-{split}.conllu.gz")]


def gum_documents() -> list[Path]:
    return sorted((DATA / "gum").glob("GUM_*.conllu.gz"))


def gum(held_out: bool, with_entities: bool = False, genre: str | None = None) -> list[CorpusSentence]:
    out = []
    for path in gum_documents():
        name = path.name.split(".")[0]
        if (name in HELD_OUT_GUM_NEWS) != held_out:
            continue
        if genre and not name.startswith(f"GUM_{genre}_"):
            continue
        out.extend(merge_hyphens(s) for s in read_conllu(path, with_entities))
    return out


def split_tail(sentences: list, fraction: float = 0.1) -> tuple[list, list]:
    """Deterministic train/held-out split: the last ``fraction`` of a corpus is held out."""
    cut = int(len(sentences) * (1 - fraction))
    return sentences[:cut], sentences[cut:]


def gmb() -> tuple[list[CorpusSentence], list[CorpusSentence]]:
    return split_tail(list(read_gmb(DATA / "gmb" / "gmb_8300.conll.gz")))


def uner() -> tuple[list[CorpusSentence], list[CorpusSentence]]:
    return list(read_uner(DATA / "uner" / "en_ewt-ud-dev.iob2.gz")), list(read_uner(DATA / "uner" / "en_ewt-ud-test.iob2.gz"))


def wikigold() -> tuple[list[CorpusSentence], list[CorpusSentence]]:
    return split_tail(list(read_wikigold(DATA / "wikigold" / "wikigold.conll.txt")))


def detokenize(sentences: list[CorpusSentence]) -> tuple[str, list[int]]:
    """Rebuild running text from CoNLL-U sentences; return it with the gold sentence end offsets."""
    parts: list[str] = []
    ends: list[int] = []
    length = 0
    for k, sentence in enumerate(sentences):
        if k:
            # A sentence with no final punctuation (a heading, caption or list item) ended a line
            # in the source document; running it into the next sentence would invent a layout.
            unpunctuated = not sentences[k - 1].words[-1].endswith((".", "!", "?", '"', "'", ")", ":", ";"))
            sep = "\n\n" if sentence.new_par or sentence.doc != sentences[k - 1].doc else "\n" if unpunctuated else " "
            parts.append(sep)
            length += len(sep)
        for word, space in zip(sentence.words, sentence.space_after):
            parts.append(word)
            length += len(word)
            if space:
                parts.append(" ")
                length += 1
        while parts and parts[-1] == " ":
            parts.pop()
            length -= 1
        ends.append(length)
    return "".join(parts), ends
