"""What the command does around the work: exit codes, signals, and a progress line on a terminal.

Exit codes: 0 done; 1 error (nothing written); 2 usage error (argparse); 3 some articles of a batch
failed (the others were written); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import signal
import sys
from typing import TextIO

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_SOME_FAILED = 3
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C does, so temporary files are removed."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated(signal.Signals(signum).name)


def install_signal_handlers() -> None:
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)


class Progress:
    """One status line on stderr, rewritten in place, only when stderr is a terminal."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._shown = False

    def show(self, message: str) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K" + message[:150])
            self.stream.flush()
            self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
