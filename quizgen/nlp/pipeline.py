"""The annotation pipeline: one annotated ``Document`` that a list of small components enriches.

``annotate(text)`` runs ``PIPELINE`` in order, as spaCy runs a pipeline over its Doc: each component
takes the ``Document`` so far and returns a copy with more filled in. The fact extractor reads only
the ``Document`` it returns, and ``quizgen annotate --json`` shows all of it. (``quizgen.nlp`` gives
these names; this module holds them so that importing ``quizgen.nlp.parse`` alone stays light.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from ..model import Document, Sentence, Token
from .chunks import noun_chunks
from .lemmas import lemma
from .long_sentences import MAX_TOKENS, bounded
from .names import resolve_names
from .parse import helper_running, parse_many
from .pos import pos_tag
from .recognise import recognise
from .references import resolve_references
from .sentences import split_sentences
from .tokenize import iter_token_spans

__all__ = ["PIPELINE", "annotate", "load_models", "models_released_after_use"]

Component = Callable[[Document], Document]
# Called with (component name, share of the document that component has done): set by ``annotate``
# for the duration of one call, so the per-sentence loops can report on a long article.
Progress = Callable[[str, float], None]
_progress: ContextVar[tuple[str, Progress] | None] = ContextVar("quizgen_annotate_progress", default=None)


def _report(done: int, total: int) -> None:
    current = _progress.get()
    if current is not None and total and (done % 200 == 0 or done == total):
        current[1](current[0], done / total)


def tokenize(doc: Document) -> Document:
    """Sentences, and the tokens of each (every offset is into ``doc.text``). A "sentence" longer than
    ``long_sentences.MAX_TOKENS`` (text without sentence punctuation) becomes several bounded ones."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    words: dict[str, str] = {}  # one string object for each distinct word (most words recur)
    for start, end in split_sentences(doc.text, doc.start, doc.end):
        first = len(tokens)
        for s, e in iter_token_spans(doc.text, start, end):
            word = doc.text[s:e]
            tokens.append(Token(words.setdefault(word, word), s, e))
        if len(tokens) - first <= MAX_TOKENS:
            sentences.append(Sentence(start, end, first, len(tokens)))
        else:
            sentences.extend(Sentence(tokens[a].start, tokens[b - 1].end, a, b)
                             for a, b in bounded(doc.text, tokens, first, len(tokens)))
    return replace(doc, sentences=tuple(sentences), tokens=tuple(tokens))


def tag(doc: Document) -> Document:
    tokens = list(doc.tokens)
    # (when ``annotate`` hands its Document over, the untagged tokens go as the tagged ones replace them)
    doc = replace(doc, tokens=())
    lemmas: dict[str, str] = {}  # one string object for each distinct lemma
    for n, s in enumerate(doc.sentences, 1):
        words = [t.text for t in tokens[s.first_token:s.last_token]]
        for i, pos in enumerate(pos_tag(words), s.first_token):
            t = tokens[i]  # (the constructor, not dataclasses.replace: a tenth of the tagger's time)
            base = lemma(t.text, pos)
            tokens[i] = Token(t.text, t.start, t.end, pos, lemmas.setdefault(base, base), t.head, t.dep)
        _report(n, len(doc.sentences))
    return replace(doc, tokens=tuple(tokens))


def dependencies(doc: Document, beside: Component | None = None) -> Document:
    """Heads and relations. ``beside``, a later component that reads no arcs, runs on ``doc`` while the
    parser helper parses (on another core), and the arcs are added to what it returns."""
    tokens = list(doc.tokens)
    sentences = [([t.text for t in sent], [t.tag for t in sent])
                 for sent in (tokens[s.first_token:s.last_token] for s in doc.sentences)]
    done: list[Document] = []
    parsed = parse_many(sentences, lambda n: _report(n, len(doc.sentences)),
                        meanwhile=(lambda: done.append(beside(doc))) if beside else None)
    if done:
        doc = done.pop()
    tokens = list(doc.tokens)
    # (when ``annotate`` hands its Document over, the tokens without arcs go as the new ones replace
    # them, and each sentence's arcs once they are read)
    doc = replace(doc, tokens=())
    for k, s in enumerate(doc.sentences):
        arcs, parsed[k] = parsed[k], []
        for i, (head, rel) in enumerate(arcs, s.first_token):
            t = tokens[i]
            tokens[i] = Token(t.text, t.start, t.end, t.tag, t.lemma, s.first_token + head, rel)
    return replace(doc, tokens=tuple(tokens))


PIPELINE: tuple[tuple[str, Component], ...] = (
    ("tokenizer", tokenize),  # sentences and tokens
    ("tagger", tag),  # Penn part of speech and lemma
    ("parser", dependencies),  # head and Universal Dependencies relation
    ("recogniser", recognise),  # entities, each mention on its own
    ("names", resolve_names),  # the final names: grown, cleaned, one label per name, short forms tied to full ones
    ("noun_chunks", noun_chunks),
    ("references", resolve_references),  # pronouns and "the company" to their named antecedents
)
# The recogniser reads words and tags, never arcs: while a parser helper parses, this process runs
# it (the same entities; the recogniser is about a third of the parser's time).
_BESIDE_THE_PARSER = {"parser": "recogniser"}

# A process that annotates one text and then exits has no more use for a model once the components
# that read it are done, and the later components (and the facts) reuse the memory it frees: the
# tagger's weights alone are some 45 MB of small objects. On a short text the models are most of the
# peak, which then holds one model at a time instead of all of them; on a long one, the Document
# grows into the memory they leave.
_release_after_use: ContextVar[bool] = ContextVar("quizgen_release_models", default=False)


@contextmanager
def models_released_after_use() -> Iterator[None]:
    """Within this block, ``annotate`` frees each model as soon as the components that use it are done
    (for a command that annotates one text: the next ``annotate`` loads them again). The output is
    the same."""
    token = _release_after_use.set(True)
    try:
        yield
    finally:
        _release_after_use.reset(token)


def _release_splitter() -> None:
    from .sentences import _punkt

    _punkt.cache_clear()


def _release_tagger() -> None:
    from .lemmas import _exceptions
    from .pos import _tagger
    from .resources import load_model, load_weights

    _tagger.cache_clear()
    _exceptions.cache_clear()
    load_weights.cache_clear()  # (the recogniser's weights, once loaded, stay with its NameTagger)
    load_model.cache_clear()  # (the decoded JSON: what still needs it was built from it already)


def _release_parser() -> None:
    from .parse import _model

    loaded_here = _model.cache_info().currsize
    _model.cache_clear()  # (this process's parser; a parser helper ends with the command)
    if loaded_here:
        _return_freed_heap()


def _return_freed_heap() -> None:
    """Hand the C heap's free memory back to the system. UDPipe's model (some 25 MB in many blocks)
    is freed into glibc's heap, which keeps it unless it lies at the heap's top: the later stages'
    objects then took new memory beside it (80k words: the command's peak 100 MB with it kept, 80
    MB with it returned). ``malloc_trim`` is glibc's; elsewhere this does nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # (another C library: no malloc_trim)


def _release_recogniser() -> None:
    from .ner import name_tagger, word_shape
    from .resources import load_weights

    name_tagger.cache_clear()
    word_shape.cache_clear()
    load_weights.cache_clear()  # (the recogniser's weights were cached there too when it loaded them)


def _release_tables() -> None:
    from .resources import load_model

    load_model.cache_clear()  # (the decoded JSON the references' word lists were built from)


# After each of these components, the models no later component reads.
_RELEASE_AFTER: dict[str, tuple[Callable[[], None], ...]] = {
    "tokenizer": (_release_splitter,),
    "tagger": (_release_tagger,),
    "parser": (_release_parser,),
    "recogniser": (_release_recogniser,),
    "references": (_release_tables,),
}


def annotate(text: str, start: int = 0, end: int | None = None, progress: Progress | None = None) -> Document:
    """Annotate ``text[start:end]``; every offset in the result is into ``text`` itself. ``progress``, if
    given, hears each component's name and how much of the document it has done (0 to 1)."""
    # The Document so far, handed over to each component (popped from here as it is called), so that
    # a component that replaces the tokens can let the old ones go as it goes (``tag``, ``dependencies``).
    current = [Document(text=text, start=start, end=len(text) if end is None else end)]
    components = dict(PIPELINE)
    done_beside: set[str] = set()
    for name, component in PIPELINE:
        token = _progress.set((name, progress) if progress else None)
        try:
            if progress:
                progress(name, 0.0)
            beside = _BESIDE_THE_PARSER.get(name) if component is dependencies and helper_running() else None
            if beside:
                current.append(dependencies(current.pop(), beside=components[beside]))
                done_beside.add(beside)
            elif name not in done_beside:
                current.append(component(current.pop()))
            if progress:
                progress(name, 1.0)
            if _release_after_use.get():
                for release in (*_RELEASE_AFTER.get(name, ()), *_RELEASE_AFTER.get(beside or "", ())):
                    release()
        finally:
            _progress.reset(token)
    return current[0]


def load_models(parser: bool = True) -> None:
    """Load every model now instead of on first use (for benchmarks and long-running callers); the
    parser too unless ``parser`` is false (it loads in a helper process)."""
    from .gazetteer import gazetteer
    from .ner import name_tagger
    from .parse import load_parser
    from .pos import _tagger
    from .resources import load_model

    for name in ("punkt", "lemmas"):
        load_model(name)
    gazetteer()
    _tagger()
    name_tagger()
    if parser:
        load_parser()
