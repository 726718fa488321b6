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


def _parse_piece(words: list[str], tags: list[str]) -> list[tuple[int, str]]:
    from ufal.udpipe import Model, Sentence

    sentence = Sentence()
    for word, tag in zip(words, tags):
        node = sentence.addWord(word.replace(" ", "_") or "_")
        node.xpostag = tag
    _model().parse(sentence, Model.DEFAULT)
    nodes = sentence.words  # nodes[0] is the artificial root
    return [(nodes[i].head - 1, nodes[i].deprel) for i in range(1, len(nodes))]
