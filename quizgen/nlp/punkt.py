"""Punkt sentence boundaries at run time, without importing NLTK.

The parameters (abbreviations, collocations, frequent sentence starters, each word type's
orthographic contexts) are trained by NLTK's ``PunktTrainer`` in tools/train_models.py. Deciding
where a text's sentences end needs only a small part of NLTK's ``nltk/tokenize/punkt.py``, but
importing it runs ``nltk/__init__``, which imports most of NLTK: 0.11-0.15 s and 21 MB of every
quizgen run. This module is that part, adapted from NLTK's Punkt (Apache License 2.0, © the NLTK
Project; the method is Kiss & Strunk, "Unsupervised Multilingual Sentence Boundary Detection",
2006): the same regular expressions (with the ``regex`` engine NLTK compiles them with), the same
two annotation passes and the same decisions. tests/test_sentences.py checks it against NLTK's own
``PunktSentenceTokenizer`` with the shipped parameters.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import regex

# Orthographic contexts of a word type (bit flags, as PunktTrainer records them)
_ORTHO_BEG_UC, _ORTHO_MID_UC, _ORTHO_UNK_UC = 1 << 1, 1 << 2, 1 << 3
_ORTHO_BEG_LC, _ORTHO_MID_LC, _ORTHO_UNK_LC = 1 << 4, 1 << 5, 1 << 6
_ORTHO_UC = _ORTHO_BEG_UC + _ORTHO_MID_UC + _ORTHO_UNK_UC
_ORTHO_LC = _ORTHO_BEG_LC + _ORTHO_MID_LC + _ORTHO_UNK_LC

SENT_END_CHARS = (".", "?", "!")
_PUNCTUATION = tuple(";:,.!?")

# NLTK's PunktLanguageVars, English defaults
_SENT_END = r"[\.\?!]"
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb\?!])"
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
_WORD_TOKENIZER = regex.compile(
    r"""(""" + _MULTI_CHAR + r"""
        |
        (?=""" + _WORD_START + r""")\S+?  # Accept word characters until end is found
        (?= # Sequences marking a word's end
            \s|                                 # White-space
            $|                                  # End-of-string
            """ + _NON_WORD + "|" + _MULTI_CHAR + r"""|          # Punctuation
            ,(?=$|\s|""" + _NON_WORD + "|" + _MULTI_CHAR + r""") # Comma if at end of word
        )
        |
        \S
    )""", regex.UNICODE | regex.VERBOSE)
_PERIOD_CONTEXT = regex.compile(
    _SENT_END + r"""             # a potential sentence ending
        (?=(?P<after_tok>
            """ + _NON_WORD + r"""              # either other punctuation
            |
            \s+(?P<next_tok>\S+)     # or whitespace and some other token
        ))""", regex.UNICODE | regex.VERBOSE)
_BOUNDARY_REALIGNMENT = regex.compile(r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', regex.MULTILINE)
_ELLIPSIS = regex.compile(r"\.\.+$")
_NUMERIC = regex.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_INITIAL = regex.compile(r"[^\W\d]\.$", regex.UNICODE)


@dataclass(frozen=True)
class PunktParameters:
    abbrev_types: frozenset[str]
    collocations: frozenset[tuple[str, str]]
    sent_starters: frozenset[str]
    ortho_context: Mapping[str, int]


class _Token:
    """A word of a candidate sentence end's context, with the annotations of the two passes."""

    __slots__ = ("tok", "type", "period_final", "sentbreak", "abbr", "ellipsis")

    def __init__(self, tok: str):
        self.tok = tok
        self.type = _NUMERIC.sub("##number##", tok.lower())
        self.period_final = tok.endswith(".")
        self.sentbreak = self.abbr = self.ellipsis = False

    @property
    def type_no_period(self) -> str:
        return self.type[:-1] if len(self.type) > 1 and self.type[-1] == "." else self.type

    @property
    def type_no_sentperiod(self) -> str:
        return self.type_no_period if self.sentbreak else self.type


class SentenceSplitter:
    """``span_tokenize(text)``: NLTK's ``PunktSentenceTokenizer(params).span_tokenize(text)``."""

    def __init__(self, params: PunktParameters):
        self.params = params

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        for piece in self._realign_boundaries(text, self._slices_from_text(text)):
            yield piece.start, piece.stop

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        last_break = 0
        for match, context in _potential_end_contexts(text):
            if self._contains_sentbreak(context):
                yield slice(last_break, match.end())
                # the next sentence starts after the whitespace, or at the punctuation that follows
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        yield slice(last_break, len(text.rstrip()))  # the last sentence, without trailing whitespace

    @staticmethod
    def _realign_boundaries(text: str, slices: Iterator[slice]) -> Iterator[slice]:
        """Closing punctuation after a sentence's final stop belongs to it: "(Sent1.) Sent2."."""
        realign = 0
        pieces = list(slices)
        for i, piece in enumerate(pieces):
            piece = slice(piece.start + realign, piece.stop)
            if i + 1 == len(pieces):
                if text[piece]:
                    yield piece
                continue
            following = pieces[i + 1]
            match = _BOUNDARY_REALIGNMENT.match(text[following])
            if match:
                yield slice(piece.start, following.start + len(match.group(0).rstrip()))
                realign = match.end()
            else:
                realign = 0
                if text[piece]:
                    yield piece

    def _contains_sentbreak(self, text: str) -> bool:
        """Whether a token other than the last of ``text`` is a sentence break."""
        tokens = [_Token(tok) for line in text.split("\n") if line.strip() for tok in _WORD_TOKENIZER.findall(line)]
        for token in tokens:
            self._first_pass(token)
        for token, following in zip(tokens, tokens[1:]):
            self._second_pass(token, following)
        return any(token.sentbreak for token in tokens[:-1])

    def _first_pass(self, token: _Token) -> None:
        """Decisions by the word type alone: a final stop is a sentence break unless the word is a
        known abbreviation; two or more stops are an ellipsis."""
        tok = token.tok
        if tok in SENT_END_CHARS:
            token.sentbreak = True
        elif _ELLIPSIS.match(tok):
            token.ellipsis = True
        elif token.period_final and not tok.endswith(".."):
            stem = tok[:-1].lower()
            if stem in self.params.abbrev_types or stem.split("-")[-1] in self.params.abbrev_types:
                token.abbr = True
            else:
                token.sentbreak = True

    def _second_pass(self, token: _Token, following: _Token) -> None:
        """Decisions by the next word: collocations, the orthographic heuristic, frequent sentence
        starters, initials and ordinals (Kiss & Strunk, section 4)."""
        if not token.period_final:
            return
        typ = token.type_no_period
        next_typ = following.type_no_sentperiod
        is_initial = _INITIAL.match(token.tok)
        if (typ, next_typ) in self.params.collocations:
            token.sentbreak = False
            token.abbr = True
            return
        if (token.abbr or token.ellipsis) and not is_initial:
            starts = self._ortho_heuristic(following)
            if starts is True:
                token.sentbreak = True
                return
            if following.tok[0].isupper() and next_typ in self.params.sent_starters:
                token.sentbreak = True
                return
        if is_initial or typ == "##number##":
            starts = self._ortho_heuristic(following)
            if starts is False:
                token.sentbreak = False
                token.abbr = True
                return
            if (starts == "unknown" and is_initial and following.tok[0].isupper()
                    and not (self.params.ortho_context.get(next_typ, 0) & _ORTHO_LC)):
                token.sentbreak = False
                token.abbr = True

    def _ortho_heuristic(self, token: _Token) -> bool | str:
        """Whether ``token`` starts a sentence, from the cases its type was seen with in training."""
        if token.tok in _PUNCTUATION:
            return False
        context = self.params.ortho_context.get(token.type_no_sentperiod, 0)
        if token.tok[0].isupper() and (context & _ORTHO_LC) and not (context & _ORTHO_MID_UC):
            return True
        if token.tok[0].islower() and ((context & _ORTHO_UC) or not (context & _ORTHO_BEG_LC)):
            return False
        return "unknown"


def _last_whitespace_index(text: str) -> int:
    """The index of the last ASCII whitespace character in ``text``, 0 if there is none."""
    return max(0, max(text.rfind(char) for char in string.whitespace))


def _potential_end_contexts(text: str) -> Iterator[tuple[regex.Match, str]]:
    """Each candidate sentence end (a stop, question or exclamation mark followed by punctuation or
    by whitespace and a token) with its context: the word before it, the mark, what follows. Of
    overlapping candidates ("acting!!! I") only the last is kept."""
    previous_slice = slice(0, 0)
    previous_match = None
    for match in _PERIOD_CONTEXT.finditer(text):
        before = text[previous_slice.stop:match.start()]
        after_last_space = _last_whitespace_index(before)
        if after_last_space:
            after_last_space += previous_slice.stop + 1
        else:
            after_last_space = previous_slice.start
        word_slice = slice(after_last_space, match.start())
        if previous_match and previous_slice.stop <= word_slice.start:
            yield previous_match, text[previous_slice] + previous_match.group() + previous_match.group("after_tok")
        previous_match = match
        previous_slice = word_slice
    if previous_match:
        yield previous_match, text[previous_slice] + previous_match.group() + previous_match.group("after_tok")
