"""The noun-chunks component: base noun phrases read off the parse, as spaCy's English noun_chunks.

A chunk is a noun, proper noun or pronoun in a nominal relation, with the words to its left that
depend on it ("the new UN office", "Kazakhstan's ambassador"); what follows the noun (a
prepositional phrase, a relative clause) is left out, so chunks never nest.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Document, Span

NOMINAL_RELATIONS = frozenset({
    "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "obl:npmod", "nmod", "nmod:poss", "nmod:tmod",
    "appos", "root", "conj", "attr", "dislocated", "vocative", "expl",
})
NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "PRP")


def noun_chunks(doc: Document) -> Document:
    chunks: list[Span] = []
    taken_until = -1
    for i, token in enumerate(doc.tokens):
        if token.tag not in NOUN_TAGS or token.dep not in NOMINAL_RELATIONS:
            continue
        if token.dep == "conj" and doc.tokens[token.head].tag not in NOUN_TAGS:
            continue  # a noun coordinated with a verb or an adjective heads no chunk of its own
        first = _left_edge(doc, i)
        first = max(first, taken_until + 1)
        if first <= i:
            chunks.append(doc.span(first, i + 1, root=i))
            taken_until = i
    return replace(doc, noun_chunks=tuple(chunks))


def _left_edge(doc: Document, head: int) -> int:
    """The first token of the left part of ``head``'s subtree, stopping at punctuation and clauses."""
    first = head
    for child in doc.children(head):
        if child > head:
            break
        if doc.tokens[child].dep in ("punct", "acl", "acl:relcl", "advcl", "cc", "case", "mark"):
            continue
        first = min(first, _left_edge(doc, child))
    return first
