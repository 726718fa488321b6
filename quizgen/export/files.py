"""Writing output files safely: every file goes to a temporary file in the output folder first and
is renamed into place only when all of them are complete, so an interrupted, failed or concurrent
build never leaves a truncated file.

Temporary files are named ``.NAME.PID.XXXXXXXX.tmp``. A build that was killed (``kill -9``, power
loss) cannot remove its own; the next build into the folder removes those whose process is gone.
"""

from __future__ import annotations

import errno
import glob
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

_OUR_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]{8}\.tmp$")
_OLD_TEMP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")  # before the PID was in the name
OLD_TEMP_AGE_SECONDS = 3600


class ExportError(ValueError):
    """Outputs cannot be made as asked; ``str()`` is one line."""


class OutputError(ExportError):
    """An output cannot be written; ``str()`` is one line naming the path and the problem."""


def _reason(exc: OSError) -> str:
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    return exc.strerror or str(exc)


def prepare_folder(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: is a file, not a folder; give -o a folder to write into")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the output folder ({_reason(exc)})") from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"{out_dir}: cannot write to the output folder (permission denied)")
    remove_stale_temp_files(out_dir)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def remove_stale_temp_files(out_dir: Path) -> list[Path]:
    """Remove temporary files left by builds that were killed; never those of a running build."""
    removed = []
    now = time.time()
    for path in out_dir.glob(".*.tmp"):
        match = _OUR_TEMP.match(path.name)
        try:
            stale = (not _process_alive(int(match["pid"])) if match
                     else _OLD_TEMP.match(path.name) is not None and now - path.stat().st_mtime > OLD_TEMP_AGE_SECONDS)
            if stale:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


def write_all(jobs: list[tuple[Path, Callable[[Path], list[str] | None]]], out_dir: Path) -> tuple[list[Path], list[str]]:
    """Render every job into a temporary file, then rename them all into place."""
    for destination, _ in jobs:
        if destination.is_dir():
            raise OutputError(f"{destination}: is a folder, so the file cannot be written there; move it away")
    notes: list[str] = []
    written: list[tuple[Path, Path]] = []
    try:
        for destination, writer in jobs:
            try:
                fd, tmp = tempfile.mkstemp(prefix=f".{destination.name}.{os.getpid()}.", suffix=".tmp", dir=out_dir)
            except OSError as exc:
                raise OutputError(f"{out_dir}: cannot write to the output folder ({_reason(exc)})") from None
            os.close(fd)
            written.append((Path(tmp), destination))
            try:
                for note in writer(Path(tmp)) or []:
                    notes.append(f"{destination.name}: {note}")
            except OSError as exc:
                raise OutputError(f"{destination}: cannot be written ({_reason(exc)})") from None
        done = []
        for tmp, destination in written:
            os.chmod(tmp, 0o644)
            try:
                os.replace(tmp, destination)
            except OSError as exc:
                raise OutputError(f"{destination}: cannot be written ({_reason(exc)})") from None
            done.append(destination)
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        # a Ctrl-C or SIGTERM can land after mkstemp made a file and before it was recorded above: this
        # process's own temporary files for these outputs go too (never another build's: its PID differs)
        for destination, _ in jobs:
            for tmp in out_dir.glob(f".{glob.escape(destination.name)}.{os.getpid()}.*.tmp"):
                tmp.unlink(missing_ok=True)
        raise
    return done, notes
