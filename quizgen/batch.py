"""Many articles at once: each input's quiz set, built in a pool of worker processes, given back in
input order.

``outcomes(sources, work, jobs=N)`` runs ``work(source)`` for every source and yields one ``Outcome``
per source, in the order of ``sources``, whatever order the workers finish in. ``jobs=1`` runs them
one after the other in this process, as quizgen always did. With more jobs, what reading an input
prints on stderr (warnings, ``-v``) is captured in the worker and handed back with its outcome, so
the caller prints it in input order and a parallel run's messages are the same as a serial run's.

Processes, not threads: the work is pure Python (and UDPipe, which holds the GIL), so only processes
use more than one core. Each worker loads the models once, on its first article. Stdin cannot be
read by a worker, so ``-`` (and anything else named in ``local``) is built in this process, in its
turn.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from .ingest import IngestError
from .model import QuizSet

# work(source, progress=None) -> QuizSet; raises IngestError for an input it cannot use
Work = Callable[..., QuizSet]
Show = Callable[[str], None]
# prepare(workers) -> what each worker runs first, or None
Prepare = Callable[[int], Callable[[], object] | None]
POLL_SECONDS = 0.2  # how often the progress line is brought up to date while waiting for a worker


@dataclass(frozen=True)
class Outcome:
    """One input's result: its quiz set, or the one-line error that says why there is none."""

    source: str
    quiz: QuizSet | None
    error: str | None = None
    messages: str = ""  # what reading it printed on stderr, captured in a worker (empty when run here)


def default_jobs() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def attempt(work: Work, source: str, progress=None, capture: bool = False) -> Outcome:
    """Run ``work`` on one source; an ``IngestError`` becomes the outcome's error, not an exception."""
    buffer = io.StringIO()
    with contextlib.redirect_stderr(buffer) if capture else contextlib.nullcontext():
        try:
            quiz, error = work(source, progress=progress), None
        except IngestError as exc:
            quiz, error = None, str(exc)
    return Outcome(source, quiz, error, buffer.getvalue())


def _in_worker(work: Work, source: str) -> Outcome:
    return attempt(work, source, capture=True)


def _start_worker(setup: Callable[[], object] | None) -> None:
    _worker_signals()
    if setup is not None:
        setup()


def _worker_signals() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent alone handles it (and ends the
    # pool); a worker ended by the parent dies quietly, with no traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def outcomes(sources: list[str], work: Work, *, jobs: int = 1, show: Show | None = None,
             local: Collection[str] = ("-",), prepare: Prepare | None = None) -> Iterator[Outcome]:
    """Each source's ``Outcome``, in the order of ``sources``. ``show``, if given, hears a progress line.
    ``prepare(workers)``, if given, is called in this process before the worker processes start: where
    they are forked, they have what it loaded (the models) without loading it each, and each runs
    what it returns (if anything) first."""
    total = len(sources)
    remote = [i for i, source in enumerate(sources) if source not in local]
    if jobs <= 1 or len(remote) <= 1:
        for number, source in enumerate(sources, 1):
            yield _here(work, source, number, total, show)
        return
    import multiprocessing  # (only a batch on more than one core needs it)

    workers = min(jobs, len(remote))
    # fork on Linux (whatever the default of the Python version): the workers start with what
    # ``prepare`` loaded; elsewhere the platform's default (fork is unsafe on macOS)
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    import gc

    frozen = prepare is not None and context.get_start_method() == "fork"
    setup = None
    if frozen:
        setup = prepare(workers)  # type: ignore[misc]
        # (what is loaded now stays out of the workers' collector passes, which would otherwise copy
        # every page of the models they touched, where those can stay shared with this process)
        gc.freeze()
    with context.Pool(workers, initializer=_start_worker, initargs=(setup,)) as pool:
        if frozen:
            gc.unfreeze()  # (the workers are forked by now; this process collects as before)
        # the largest files first, so that the last to finish are short ones and no worker waits long
        # for the other at the end (results still come back in input order)
        pending = {i: pool.apply_async(_in_worker, (work, sources[i])) for i in sorted(remote, key=lambda i: -_size(sources[i]))}
        for i, source in enumerate(sources):
            if i not in pending:
                yield _here(work, source, i + 1, total, show)
                continue
            result = pending[i]
            while not result.ready():
                if show:
                    show(bar(sum(r.ready() for r in pending.values()), total) + f" built by {workers} worker "
                         f"processes; next in order: {source}")
                result.wait(POLL_SECONDS)
            yield result.get()
        pool.close()
        pool.join()


def _size(source: str) -> int:
    try:
        return os.path.getsize(source)
    except OSError:
        return 0  # (its worker will say what is wrong with it)


def bar(done: int, total: int, width: int = 20) -> str:
    """A text progress bar: "[########............] 8/20 articles"."""
    filled = width * done // total if total else width
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles"


def _here(work: Work, source: str, number: int, total: int, show: Show | None) -> Outcome:
    """One source in this process, with progress down to the annotation components."""
    if show is None:
        return attempt(work, source)
    show(f"[{number}/{total}] {source}: reading, finding facts, building questions…")

    def annotating(component: str, done: float) -> None:
        show(f"[{number}/{total}] {source}: {component} {done:4.0%}")

    return attempt(work, source, progress=annotating)
