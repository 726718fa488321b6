"""Universal Dependencies parsing with UDPipe 1's Parsito, trained by tools/train_parser.py (why
UDPipe and not a parser of our own: docs/parser-choice.md).

The parser reads the words and quizgen's own Penn tags (it was trained on such predicted tags) and
gives each word its head and relation. A "sentence" longer than ``MAX_WORDS`` (a pasted table, a
PDF dump without punctuation) is parsed in pieces, so the cost stays linear in the input; each
piece's root hangs from the first piece's root as ``parataxis``.

Loading the parser takes about 0.28 s (UDPipe decompresses it and precomputes its embedding
caches, holding the GIL: a thread cannot overlap it), a third of a one-article ``quizgen build``.
A command that is about to annotate one article may call ``start_helper()`` first: a forked process
then loads the parser on another core while this one reads the article, loads the other models,
splits and tags; ``parse_many`` sends it the sentences and gets their arcs back, the same arcs
(the helper runs this module's own ``parse``), and meanwhile this process runs the recogniser, which
needs no arcs (``quizgen.nlp.annotate``). With the parser loaded, the helper forks a partner that
shares it and parses the second half of each such request while the helper parses the first:
this process has nothing else to do by then, so both cores parse. On a long text
(``SHARE_FROM_WORDS``) this process loads a parser too and parses part of the sentences while the
helper parses the rest. The ``quizgen``
command starts it before its own imports (quizgen.head_start). A batch's worker processes share one
helper's load (``share_helper``, ``take_helper_seat``): forked before the process that forks them
loads the other models, it forks a copy of itself for each worker once the parser is loaded.
Without the helper (another system than Linux, one core, the other cores busy now, threads running,
QUIZGEN_PARSER_HELPER=0, or the helper gone) the parser loads and runs in this process.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import signal
import sys
from collections.abc import Callable
from functools import cache
from importlib import resources
from io import BufferedReader, BufferedWriter

from .resources import ModelMissingError

MAX_WORDS = 150
# Parsito's beam width: UDPipe's default, 5. Measured on the shipped model with quizgen's own tags
# (python -m tools.evaluate parser --beam N; docs/parser-choice.md), UAS / LAS on EWT test and GUM news:
#   beam 5: 84.09 / 80.47 and 79.43 / 74.80, 14.7k words/s parsed (CPU)
#   beam 3: 83.95 / 80.33 and 78.97 / 74.54, 23.5k words/s; facts on dev and dev2 scored the same
#   beam 2: 83.49 / 79.88 and 78.51 / 74.15, 34.5k words/s; roles F1 -0.01 on dev, -0.02 on dev2
#   beam 1: 82.52 / 78.89 and 77.36 / 72.97, 80.6k words/s; roles F1 -0.02 on dev, -0.01 on dev2
# Beam 3 (and 4) would be within 0.3 LAS, but lose the subject of a name after a fronted phrase
# ("In 1990 Tomas Berg moved …": "Berg" hung on the verb as flat), which six tests and the sample
# article's caption show; so 5 stays.
BEAM_SEARCH = 5


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


Sentences = list[tuple[list[str], list[str]]]  # each sentence's words and tags
_CHUNK = 200  # sentences per request to the helper (the progress line moves between requests)
# From this many words on, this process loads a parser too and parses from the end while the helper
# parses from the start: two cores on a long text's largest cost (about 15k words/s each).
SHARE_FROM_WORDS = 20_000


class _Helper:
    """A forked process that loads the parser and parses the sentences sent to it over a pipe.

    With ``clients`` > 1 it answers that many processes, each over its own pair of pipes: the worker
    processes of a batch, forked after it (``share_helper``), each take one pair (``take_seat``), and
    once the parser is loaded each pair is served by its own copy of the helper."""

    def __init__(self, clients: int = 1) -> None:
        pipes = [(os.pipe(), os.pipe()) for _ in range(clients)]  # (requests, results), each (read, write)
        pid = os.fork()
        if pid == 0:
            for (_, requests_write), (results_read, _) in pipes:
                os.close(requests_write)
                os.close(results_read)
            _serve([(requests_read, results_write) for (requests_read, _), (_, results_write) in pipes])
        for (requests_read, _), (_, results_write) in pipes:
            os.close(requests_read)
            os.close(results_write)
        self.pid = pid
        self.forker = os.getpid()  # the process that ends it
        self._seats = [(requests_write, results_read) for (_, requests_write), (results_read, _) in pipes]
        # the seat numbers, one byte each, for the processes forked after this one to take in turn
        self._free_seats, seats_write = os.pipe()
        os.write(seats_write, bytes(range(clients)))
        os.close(seats_write)
        os.set_blocking(self._free_seats, False)
        self._requests: BufferedWriter | None = None
        self._results: BufferedReader | None = None
        self.owner = -1  # the process that talks to it: the forker when it is the one client, else a worker
        if clients == 1:
            self.take_seat(0)

    def take_seat(self, seat: int) -> None:
        """Talk to the helper over pipe pair ``seat``, from this process (one process per pair)."""
        requests_write, results_read = self._seats[seat]
        self._requests = os.fdopen(requests_write, "wb", closefd=False)
        self._results = os.fdopen(results_read, "rb", closefd=False)
        self.owner = os.getpid()

    def parse(self, sentences: Sentences) -> list[list[tuple[int, str]]]:
        self.send(sentences)
        return self.receive()

    def send(self, sentences: Sentences, split: bool = False) -> None:
        """Send a request; with ``split``, the helper parses half of it in a second process (for a
        client that has nothing else to do meanwhile, when the other core would otherwise sit idle)."""
        pickle.dump((split, sentences), self._requests, protocol=pickle.HIGHEST_PROTOCOL)
        self._requests.flush()

    def ready(self) -> bool:
        """True when the answer to the last request can be read without waiting."""
        return bool(select.select([self._results], [], [], 0)[0])

    def receive(self) -> list[list[tuple[int, str]]]:
        reply = pickle.load(self._results)
        if isinstance(reply, str):
            raise RuntimeError(reply)  # the helper could not load the parser
        return reply

    def close(self) -> None:
        for stream in (self._requests, self._results):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        if os.getpid() != self.forker:
            return  # a worker, one client of a shared helper: the process that forked it ends it
        for requests_write, results_read in self._seats:
            for fd in (requests_write, results_read, self._free_seats):
                try:
                    os.close(fd)
                except OSError:
                    pass
        try:
            os.kill(self.pid, signal.SIGTERM)  # (its work is of no use now: a Ctrl-C does not wait for it)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def _serve(channels: list[tuple[int, int]]) -> None:
    """The helper's life: load the parser, then (one process per client, ``_one_process_per_client``)
    answer each request until the client's input ends, and exit."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the command's to handle; its exit ends this
        for name in ("SIGTERM", "SIGHUP"):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
        copies: list[int] = []  # the processes forked to serve the other clients
        # not the command's stdin, stdout and stderr: a reader of its output sees the end when it exits
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        failure = ""
        try:
            _model()
        except Exception as error:  # (the command then loads it itself, and reports the error)
            failure = str(error) or type(error).__name__
        one_client = len(channels) == 1
        ((requests_fd, results_fd),) = _one_process_per_client(channels, copies)
        partner = None  # (forked at the first request it can take half of: a long text's shared parse has none)
        requests, results = os.fdopen(requests_fd, "rb"), os.fdopen(results_fd, "wb")
        while True:
            try:
                split, sentences = pickle.load(requests)
            except EOFError:
                break
            if failure:
                reply = failure
            elif split and one_client and len(sentences) > 1:
                partner = partner or _partner(copies, (requests_fd, results_fd))
                reply = _parse_with(partner, sentences)
            else:
                reply = [parse(words, tags) for words, tags in sentences]
            pickle.dump(reply, results, protocol=pickle.HIGHEST_PROTOCOL)
            results.flush()
        for stream in partner or ():
            stream.close()  # (the partner's input ends: it exits, and _end waits for it)
        _end(copies, terminate=False)
    except BaseException:
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the command's buffers


def _end(copies: list[int], terminate: bool = True) -> None:
    """End the helper: its copies first (ended, or waited for as they end with their clients' input),
    so that the command that waits for the helper counts their CPU time too."""
    for pid in copies:
        try:
            if terminate:
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    os._exit(0)


def _partner(copies: list[int], client: tuple[int, int]) -> tuple[BufferedWriter, BufferedReader]:
    """A copy of the helper, forked after the parser is loaded (sharing it, copy-on-write), that parses
    what the helper hands it: the second half of a one-article command's sentences, which the helper
    would otherwise parse after the first while the command waits and the other core sits idle.
    Returns the pipes to it; it ends when the helper closes them. (``client``: the helper's pipes to
    the command, which the partner closes: the command sees the end of the helper's answers when the
    helper ends.)"""
    (requests_read, requests_write), (results_read, results_write) = os.pipe(), os.pipe()
    pid = os.fork()
    if pid == 0:
        for fd in (requests_write, results_read, *client):
            os.close(fd)
        code = 0
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            requests, results = os.fdopen(requests_read, "rb"), os.fdopen(results_write, "wb")
            while True:
                try:
                    sentences = pickle.load(requests)
                except EOFError:
                    break
                pickle.dump([parse(words, tags) for words, tags in sentences], results, protocol=pickle.HIGHEST_PROTOCOL)
                results.flush()
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(requests_read)
    os.close(results_write)
    copies.append(pid)
    signal.signal(signal.SIGTERM, lambda *_: _end(copies))  # (ended by the command, it ends its partner first)
    return os.fdopen(requests_write, "wb"), os.fdopen(results_read, "rb")


def _parse_with(partner: tuple[BufferedWriter, BufferedReader], sentences: Sentences) -> list[list[tuple[int, str]]]:
    """``parse`` of each sentence: the second half (by words) by the partner, the first here, meanwhile."""
    half, words, middle = sum(len(w) for w, _ in sentences) / 2, 0, 0
    while middle < len(sentences) - 1 and words + len(sentences[middle][0]) <= half:
        words += len(sentences[middle][0])
        middle += 1
    middle = max(middle, 1)
    to_partner, from_partner = partner
    pickle.dump(sentences[middle:], to_partner, protocol=pickle.HIGHEST_PROTOCOL)
    to_partner.flush()
    front = [parse(words, tags) for words, tags in sentences[:middle]]
    return front + pickle.load(from_partner)


def _one_process_per_client(channels: list[tuple[int, int]], copies: list[int]) -> list[tuple[int, int]]:
    """With the parser loaded, a helper of several clients (a batch's workers) forks a copy of itself
    for each client but the first, which shares the loaded parser (copy-on-write) at no load time of
    its own: each worker's sentences are parsed as soon as it sends them, instead of waiting behind
    the other workers' (the helper parsed for one at a time, while the others' workers sat idle).
    Returns the channels this process serves. Each copy ends, as the helper does, when its client's
    end of the pipe closes."""
    for seat in range(1, len(channels)):
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            copies.clear()
            for other, (requests_fd, results_fd) in enumerate(channels):
                if other != seat:
                    os.close(requests_fd)
                    os.close(results_fd)
            return [channels[seat]]
        copies.append(pid)
    if copies:  # (ended by the command, this process ends its copies first)
        signal.signal(signal.SIGTERM, lambda *_: _end(copies))
    for requests_fd, results_fd in channels[1:]:
        os.close(requests_fd)
        os.close(results_fd)
    return channels[:1]


_helper: _Helper | None = None


def start_helper() -> bool:
    """Start loading the parser in a forked helper process, when that is safe and the parser is not
    loaded yet; True when a helper now runs."""
    global _helper
    if _helper is not None or _model.cache_info().currsize or not _helper_allowed():
        return False
    _helper = _Helper()
    atexit.register(stop_helper)
    return True


def _helper_allowed() -> bool:
    import threading

    wanted = os.environ.get("QUIZGEN_PARSER_HELPER", "")  # "0": never; "1": even when the cores are busy
    if wanted == "0" or sys.platform != "linux":
        return False  # (fork is the default way to start a process on Linux only)
    cores = len(os.sched_getaffinity(0))
    if cores < 2 or (wanted != "1" and _running_elsewhere() > cores - 2):
        return False  # no other core to load it on, or the others are busy now
    if threading.active_count() > 1:
        return False  # forking a process with threads can copy a lock another thread holds
    multiprocessing = sys.modules.get("multiprocessing")
    return not (multiprocessing and multiprocessing.current_process().name != "MainProcess")


def _running_elsewhere() -> int:
    """How many other processes are running or ready to run right now (/proc/loadavg's 4th field
    counts this one too; the load average itself lags a minute behind)."""
    try:
        with open("/proc/loadavg") as handle:
            return int(handle.read().split()[3].split("/")[0]) - 1
    except (OSError, IndexError, ValueError):
        return 0


def share_helper(clients: int) -> bool:
    """Start a helper that answers ``clients`` processes forked after it (a batch's workers, each of
    which calls ``take_helper_seat``), when that is safe and the parser is not loaded here; True when
    one runs. It loads the parser on another core while this process loads the other models."""
    global _helper
    if _helper is not None or _model.cache_info().currsize or not _helper_allowed():
        return False
    _helper = _Helper(clients)
    atexit.register(stop_helper)
    return True


def take_helper_seat() -> bool:
    """In a worker forked after ``share_helper``: parse through the shared helper, over the next free
    pair of pipes; True when this process has one (a worker beyond ``clients`` parses itself)."""
    if _helper is None or _helper.owner == os.getpid():
        return helper_running()
    try:
        seat = os.read(_helper._free_seats, 1)
    except (BlockingIOError, OSError):
        seat = b""
    if not seat:
        return False
    _helper.take_seat(seat[0])
    return True


def stop_helper() -> None:
    global _helper
    helper, _helper = _helper, None
    if helper is not None and os.getpid() in (helper.owner, helper.forker):
        helper.close()


def helper_running() -> bool:
    """True when this process has a parser helper to send sentences to."""
    return _helper is not None and _helper.owner == os.getpid()


def parse_many(sentences: Sentences, progress: Callable[[int], None] | None = None,
               meanwhile: Callable[[], object] | None = None) -> list[list[tuple[int, str]]]:
    """``parse`` of each sentence, by the helper when one runs; ``progress(n)`` hears how many are done.
    ``meanwhile``, if given, is called once: while the helper parses (this process's own work that
    needs no arcs), or first when the parsing is done here."""
    pending = [meanwhile] if meanwhile is not None else []

    def work_meanwhile() -> None:  # (once, even when the helper fails after it)
        while pending:
            pending.pop()()

    helper = _helper
    if helper is not None and helper.owner == os.getpid():
        try:
            if sum(len(words) for words, _ in sentences) >= SHARE_FROM_WORDS:
                return _shared(helper, sentences, progress, work_meanwhile if pending else None)
            out: list[list[tuple[int, str]]] = []
            for first in range(0, len(sentences), _CHUNK):
                helper.send(sentences[first:first + _CHUNK], split=True)
                work_meanwhile()
                out.extend(helper.receive())
                if progress:
                    progress(len(out))
            work_meanwhile()  # (no sentences)
            return out
        except (OSError, EOFError, pickle.UnpicklingError, RuntimeError):
            stop_helper()  # it failed or died: parse here (loading the parser reports a missing model)
    work_meanwhile()
    return _here(sentences, progress)


def _here(sentences: Sentences, progress: Callable[[int], None] | None, done: int = 0) -> list[list[tuple[int, str]]]:
    out = []
    for words, tags in sentences:
        out.append(parse(words, tags))
        if progress:
            progress(done + len(out))
    return out


_SHARE_CHUNK = 40  # sentences per request when both processes parse: small, so that both end together
# The helper's first request when both parse: this share of the words, as this process is busy with
# ``meanwhile`` (the recogniser: from a third to all of the parser's time, by the text) and loading
# its own parser before it parses; the helper works on it meanwhile, then the rest is shared as it goes.
_HELPER_FIRST_SHARE = 0.65


def _shared(helper: _Helper, sentences: Sentences, progress: Callable[[int], None] | None,
            meanwhile: Callable[[], object] | None = None) -> list[list[tuple[int, str]]]:
    """Both processes parse: the helper from the first sentence on (``_HELPER_FIRST_SHARE`` of the
    words, then ``_SHARE_CHUNK`` sentences a request), and this process, after ``meanwhile``, from the
    last sentence back, until they meet."""
    out: list[list[tuple[int, str]] | None] = [None] * len(sentences)
    front, back, done = 0, len(sentences), 0  # the helper's next sentence; past this process's next one
    pending: tuple[int, int] | None = None

    def ask(last: int) -> None:
        nonlocal front, pending
        helper.send(sentences[front:last])
        pending, front = (front, last), last

    def collect() -> None:
        nonlocal pending, done
        assert pending is not None
        first, last = pending
        out[first:last] = helper.receive()
        pending, done = None, done + last - first
        if front < back:
            ask(min(back, front + _SHARE_CHUNK))
        if progress:
            progress(done)

    first_words, words, first = sum(len(w) for w, _ in sentences) * _HELPER_FIRST_SHARE, 0, 0
    while first < len(sentences) and words < first_words:
        words += len(sentences[first][0])
        first += 1
    ask(max(first, 1))
    if meanwhile is not None:
        meanwhile()
    while front < back:
        if pending is not None and helper.ready():
            collect()
            continue
        back -= 1
        out[back] = parse(*sentences[back])
        done += 1
        if progress:
            progress(done)
    while pending is not None:
        collect()
    return out  # type: ignore[return-value]  (every sentence's arcs are in by now)


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
    from ufal.udpipe import Sentence

    sentence = Sentence()
    for word, tag in zip(words, tags):
        node = sentence.addWord(word.replace(" ", "_") or "_")
        node.xpostag = tag
    _model().parse(sentence, f"beam_search={BEAM_SEARCH}")
    nodes = sentence.words  # nodes[0] is the artificial root
    # (interned: a few dozen relations, not a string object for every word of a long text)
    arcs = [(nodes[i].head - 1, sys.intern(nodes[i].deprel)) for i in range(1, len(nodes))]
    rooted = [(i if head < 0 else head, rel) for i, (head, rel) in enumerate(arcs)]
    repaired = repair(tags, rooted)
    return [(-1 if head < 0 else fixed, rel) for (head, rel), (fixed, _) in zip(arcs, repaired)]
