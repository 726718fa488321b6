"""Real text for the benchmarks, and the odd shapes a user pastes: shared by the bench scripts.

The text is the sample article plus the development articles (``../shared/dev/articles`` and
``../shared/dev2/articles`` when present), their bodies concatenated and repeated to the length asked
for, then cut at exactly that many words so that steps of a curve are exactly 10× apart.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def article_paths() -> list[Path]:
    """The sample article, then every development article found beside the repository."""
    return [ROOT / "seeds" / "new-kazakhstan.txt",
            *sorted((SHARED / "dev" / "articles").glob("*.txt")),
            *sorted((SHARED / "dev2" / "articles").glob("*.txt"))]


def real_text(words: int) -> str:
    """``words`` words of real article prose, paragraphs kept, the articles repeated as needed."""
    from quizgen.ingest import read_article

    bodies = [read_article(p).body for p in article_paths() if p.exists()]
    paragraphs: list[str] = []
    count = 0
    while count < words:
        for body in bodies:
            for paragraph in body.split("\n\n"):
                n = len(paragraph.split())
                if count + n >= words:
                    paragraphs.append(" ".join(paragraph.split()[:words - count]))
                    return "\n\n".join(paragraphs) + "\n"
                paragraphs.append(paragraph)
                count += n
    return "\n\n".join(paragraphs) + "\n"


def one_line(words: int) -> str:
    """The same words as ``real_text`` on one line with no punctuation ("Word Word …": a pasted PDF dump)."""
    return without_punctuation(real_text(words)) + "\n"


def one_sentence(words: int) -> str:
    """The same text as one sentence: ``without_sentence_ends`` of ``real_text``."""
    return without_sentence_ends(real_text(words)) + "\n"


# punctuation, except a point or comma inside a number ("7,600", "1.25") and a word's own hyphen or apostrophe
_PUNCTUATION = re.compile(r"(?!(?<=\d)[.,](?=\d))(?!(?<=\w)[-'’](?=\w))[^\w\s]")
_SENTENCE_ENDS = re.compile(r"[.!?;:…]+(?=\s|$)")


def without_punctuation(text: str) -> str:
    """``text`` on one line without punctuation (numbers and hyphenated words kept whole)."""
    return " ".join(" ".join(_PUNCTUATION.sub(" ", text).split()).split())


def without_sentence_ends(text: str) -> str:
    """``text`` as one sentence: commas, quotes and brackets kept, but no line break and no full stop,
    question or exclamation mark, colon or semicolon before its final full stop."""
    return _SENTENCE_ENDS.sub("", " ".join(text.split())) + "."


def distinct_text(words: int) -> str:
    """``words`` words of text that never repeats: the sentences of GUM's documents and of EWT train
    (``../shared/data``), a paragraph per document or paragraph there. Repeated articles know only a
    few hundred names; this has thousands, which is what shows a cost that grows with the number of
    distinct names (about 290k words are there)."""
    import gzip

    data = SHARED / "data"
    files = [*sorted((data / "gum").glob("*.conllu.gz")), data / "ewt" / "en_ewt-ud-train.conllu.gz"]
    paragraphs: list[str] = []
    count = 0
    for path in (p for p in files if p.exists()):
        sentences: list[str] = []
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(("# newdoc", "# newpar")) and sentences:
                    paragraphs.append(" ".join(sentences))
                    count += len(paragraphs[-1].split())
                    sentences = []
                    if count >= words:
                        return _cut("\n\n".join(paragraphs), words)
                elif line.startswith("# text = "):
                    sentences.append(line[len("# text = "):].strip())
    raise ValueError(f"only {count:,} words of distinct text in {data}, not {words:,}")


def _cut(text: str, words: int) -> str:
    """``text`` up to its ``words``-th word, paragraphs kept."""
    out, count = [], 0
    for paragraph in text.split("\n\n"):
        n = len(paragraph.split())
        if count + n >= words:
            out.append(" ".join(paragraph.split()[:words - count]))
            break
        out.append(paragraph)
        count += n
    return "\n\n".join(out) + "\n"


SHAPES = {"real text": real_text, "one line, no punctuation": one_line, "one sentence": one_sentence,
          "distinct text": distinct_text}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # the child's own peak resident memory
    cpu_seconds: float  # the child's user + system CPU time
    exit_code: int
    stdout: str
    stderr: str
    helpers_mb: float = 0.0  # the peaks of the child's own children (quizgen's parser helper), summed

    @property
    def total_mb(self) -> float:
        """The memory the command held: its own peak and its helper processes' (an upper bound)."""
        return self.peak_mb + self.helpers_mb


def run_child(args: list[str], cwd: Path = ROOT, env: dict | None = None) -> Run:
    """Run ``args`` and measure its wall time and its own peak RSS and CPU time (``os.wait4`` gives the
    rusage of that one child, where ``RUSAGE_CHILDREN`` would give the largest of every child so far).
    A child's own children (quizgen's --jobs workers, the parser's helper process and the helper's
    own) count in its CPU time once it has waited for them, but not in its peak RSS: their peaks,
    seen in /proc while they run, are ``helpers_mb``."""
    import os
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        helpers: dict[int, float] = {}
        while True:  # (polled, to see the peaks of the child's own children while they run)
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            helpers.update(_children_peaks(child.pid))
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    return Run(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, child.returncode, stdout, stderr,
               sum(helpers.values()))


def _children_peaks(parent: int) -> dict[int, float]:
    """{pid: peak RSS in MB (VmHWM)} of the processes descended from ``parent`` (Linux /proc): its
    children, and theirs (the parser helper's partner, the copies a shared helper forks for each
    worker; their pages shared with the helper count in each, so the sum is an upper bound)."""
    parents, peaks = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if "VmHWM" in fields:
            parents[int(entry.name)] = int(fields.get("PPid", "0").strip() or 0)
            peaks[int(entry.name)] = int(fields["VmHWM"].split()[0]) / 1024
    out, ancestors = {}, {parent}
    while True:
        found = {pid for pid, ppid in parents.items() if ppid in ancestors and pid not in out}
        if not found:
            return out
        out.update((pid, peaks[pid]) for pid in found)
        ancestors = found


def quizgen_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "quizgen", *args]


def child_env() -> dict:
    """The environment for a child ``quizgen``: this checkout first on the path, its modules compiled
    to bytecode as an installed copy's are (``pip install`` compiles them; with PYTHONDONTWRITEBYTECODE
    set and no ``__pycache__``, every run would compile quizgen's sources again: about 0.09 s)."""
    import compileall
    import os

    compileall.compile_dir(ROOT / "quizgen", quiet=1)  # (only what changed; __pycache__ is not tracked)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def machine() -> str:
    """One line about the machine and how busy it is: the load average and how many cores are idle."""
    import os

    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f", {int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}{ram}; {load_average()}; idle cores now {idle_cores():.1f}"


def load_average() -> str:
    import os

    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def idle_cores(seconds: float = 0.5) -> float:
    """How many cores sat idle over the last ``seconds`` (from /proc/stat): what another process
    leaves free for a benchmark that is about to start. NaN where /proc/stat is not there."""
    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, all

    import os

    try:
        idle0, total0 = sample()
        time.sleep(seconds)
        idle1, total1 = sample()
    except OSError:
        return float("nan")
    return (os.cpu_count() or 1) * (idle1 - idle0) / max(total1 - total0, 1)


def self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
