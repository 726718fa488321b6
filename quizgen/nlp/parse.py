"""Universal Dependencies parsing with UDPipe 1's Parsito, trained by tools/train_parser.py (why
UDPipe and not a parser of our own: docs/parser-choice.md).

The parser reads the words and quizgen's own Penn tags (it was trained on such predicted tags) and
gives each word its head and relation. A "sentence" longer than ``MAX_WORDS`` (a pasted table, a
PDF dump without punctuation) is parsed in pieces, so the cost stays linear in the input; each
piece's root hangs from the first piece's root as ``parataxis``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .resources import ModelMissingError

MAX_WORDS = 150


@cache
def _model():
    from ufal.udpipe import Model

    with resources.as_file(resources.files("quizgen.nlp") / "models" / "parser.udpipe") as path:
        model = Model.load(str(path)) if path.exists() else None
    if model is None:
        raise ModelMissingError("quizgen's model file models/parser.udpipe is missing or unreadable; "
                                "rebuild it with python -m tools.train_models parser")
    return model


def load_parser() -> None:
    _model()


def parse(words: list[str], tags: list[str]) -> list[tuple[int, str]]:
    """(head, relation) for each word: the head's index in ``words``, the root's own index."""
    out: list[tuple[int, str]] = []
    first_root = -1
    for offset in range(0, len(words), MAX_WORDS):
        piece = _parse_piece(words[offset:offset + MAX_WORDS], tags[offset:offset + MAX_WORDS])
        for i, (head, rel) in enumerate(piece):
            if head < 0:
                if first_root < 0:
                    first_root = offset + i
                    out.append((offset + i, "root"))
                else:
                    out.append((first_root, "parataxis"))
            else:
                out.append((offset + head, rel))
    return out


# Relations that only a nominal takes in UD: the parser sometimes hangs them on the clause's verb
# ("we listened to Ada Lind, the poet, who …": poet and who-clause on "listened").
_NOMINAL_ONLY = frozenset({"appos", "acl:relcl"})


def repair(tags: list[str], arcs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Move an apposition or a relative clause that the parser hung on a verb to the nominal just
    before it that the verb governs ("listened to [Ada Lind], [the poet]"). Each move keeps a tree:
    the new head is never inside the moved subtree."""
    heads = [head for head, _ in arcs]
    out = list(arcs)
    for i, (head, rel) in enumerate(arcs):
        if rel not in _NOMINAL_ONLY or head >= i or not tags[head].startswith("VB"):
            continue
        j = i - 1
        while j > head and (tags[j] in _PUNCTUATION or _descends(heads, j, i)):
            j -= 1
        while j > head and heads[j] != head and heads[j] != j:
            j = heads[j]
        if j > head and heads[j] == head and tags[j][:2] in ("NN", "PR", "CD"):
            out[i] = (j, rel)
            heads[i] = j
    return out


_PUNCTUATION = frozenset({",", ":", "-LRB-", "-RRB-", "``", "''", "HYPH", "NFP", "."})


def _descends(heads: list[int], k: int, ancestor: int) -> bool:
    seen = 0
    while k != ancestor and heads[k] != k and seen < len(heads):
        k = heads[k]
        seen += 1
    return k == ancestor


def _parse_piece(words: list[str], tags: list[str]) -> list[tuple[int, str]]:
    from ufal.udpipe import Model, Sentence

    sentence = Sentence()
    for word, tag in zip(words, tags):
        node = sentence.addWord(word.replace(" ", "_") or "_")
        node.xpostag = tag
    _model().parse(sentence, Model.DEFAULT)
    nodes = sentence.words  # nodes[0] is the artificial root
    arcs = [(nodes[i].head - 1, nodes[i].deprel) for i in range(1, len(nodes))]
    rooted = [(i if head < 0 else head, rel) for i, (head, rel) in enumerate(arcs)]
    repaired = repair(tags, rooted)
    return [(-1 if head < 0 else fixed, rel) for (head, rel), (fixed, _) in zip(arcs, repaired)]
