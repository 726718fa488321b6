"""Dependency trees from the UD treebanks in ../shared/data (EWT and GUM), tokenised as quizgen tokenises.

The parser and the lemma table are trained from these, and the parser is evaluated on them. quizgen's
tokenizer keeps a hyphenated word whole ("six-member"), where UD splits it into three words; the
reader joins those words, and the joined word takes the head and relation of the part that attaches
outside the word, so a tree read here is a tree over the tokens quizgen will actually give the parser.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tools.corpora import DATA, HELD_OUT_GUM_NEWS

# GUM documents that the second development set (../shared/dev2) is made of: never trained on, so
# that dev2 keeps measuring what carries over to text the models have not seen.
DEV2_GUM = ("GUM_bio_galois", "GUM_speech_maiden", "GUM_textbook_history", "GUM_textbook_spacetime",
            "GUM_voyage_chatham", "GUM_voyage_tulsa")
_HYPHENS = ("-", "\u2010", "\u2011")


@dataclass
class Tree:
    words: list[str]
    tags: list[str]  # Penn Treebank (XPOS)
    lemmas: list[str]
    heads: list[int]  # 1-based index of each word's head; 0 for the root
    deprels: list[str]
    doc: str = ""
    spaces: list[bool] | None = None  # whether a space follows each word in the source text

    def to_conllu(self, tags: list[str] | None = None) -> str:
        tags = tags or self.tags
        rows = [f"{i}\t{w}\t_\t_\t{t}\t_\t{h}\t{d}\t_\t_"
                for i, (w, t, h, d) in enumerate(zip(self.words, tags, self.heads, self.deprels), 1)]
        return "\n".join(rows) + "\n\n"


def read_trees(path: Path, merge: bool = True) -> Iterator[Tree]:
    """The trees of a CoNLL-U file; with ``merge`` (the default), over quizgen's tokens (see above)."""
    doc = path.name.split(".")[0]
    rows: list[list[str]] = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc = line.split("=", 1)[1].strip()
            elif line.startswith("#"):
                continue
            elif not line:
                if rows:
                    yield from _valid(_merge_hyphens(rows, doc, merge))
                rows = []
            elif not ("-" in line.split("\t", 1)[0] or "." in line.split("\t", 1)[0]):
                rows.append(line.split("\t"))
    if rows:
        yield from _valid(_merge_hyphens(rows, doc, merge))


def _valid(tree: Tree) -> Iterator[Tree]:
    """The tree, unless joining hyphenated words left a cycle in it ("Sri Lanka-born": UD's "Sri"
    depends on "born", and the joined "Lanka-born" on "Sri"); six sentences of EWT and GUM do."""
    for k in range(len(tree.heads)):
        seen = 0
        while tree.heads[k] and seen <= len(tree.heads):
            k, seen = tree.heads[k] - 1, seen + 1
        if tree.heads[k]:
            return
    yield tree


def _merge_hyphens(rows: list[list[str]], doc: str, merge: bool = True) -> Tree:
    """Group "six - member" (no spaces) into one word, as quizgen's tokenizer and tools.corpora do."""
    n = len(rows)
    words = [r[1] for r in rows]
    space = ["SpaceAfter=No" not in r[9] for r in rows]
    groups: list[list[int]] = []
    i = 0
    while i < n:
        group = [i]
        while (merge and i + 2 < n and not space[i] and words[i + 1] in _HYPHENS and not space[i + 1]
               and words[i][-1:].isalnum() and words[i + 2][:1].isalpha()):
            group += [i + 1, i + 2]
            i += 2
        groups.append(group)
        i += 1
    group_of = {member: g for g, group in enumerate(groups) for member in group}
    tree = Tree([], [], [], [], [], doc, [])
    for group in groups:
        outside = [m for m in group if int(rows[m][6]) - 1 not in group]
        anchor = outside[0] if outside else group[-1]
        head = int(rows[anchor][6])
        tree.words.append("".join(words[m] for m in group))
        tree.spaces.append(space[group[-1]])
        tree.tags.append(rows[group[-1]][4])
        tree.lemmas.append("".join(rows[m][2] for m in group) if len(group) > 1 else rows[anchor][2])
        tree.heads.append(0 if head == 0 else group_of[head - 1] + 1)
        tree.deprels.append(rows[anchor][7])
    return tree


def ewt_trees(split: str) -> list[Tree]:
    return list(read_trees(DATA / "ewt" / f"en_ewt-ud-{split}.conllu.gz"))


def gum_trees(held_out: bool, genre: str | None = None) -> list[Tree]:
    """GUM's trees: the training part (no held-out news, no dev2 documents) or the held-out news."""
    out: list[Tree] = []
    for path in sorted((DATA / "gum").glob("GUM_*.conllu.gz")):
        name = path.name.split(".")[0]
        if name in DEV2_GUM or (name in HELD_OUT_GUM_NEWS) != held_out:
            continue
        if genre and not name.startswith(f"GUM_{genre}_"):
            continue
        out.extend(read_trees(path))
    return out
