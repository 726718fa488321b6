"""Span scoring shared by tools/evaluate.py and tools/peer_spacy.py, so quizgen and spaCy are counted
exactly alike. Standard library only (tools/peer_spacy.py runs in a venv without quizgen's dependencies)."""

from __future__ import annotations

from collections import Counter


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """(first, one past last, type) of each entity in a BIO (or IO) label sequence."""
    out = set()
    start = None
    kind = None
    for i, label in enumerate([*labels, "O"]):
        if start is not None and not (label.startswith("I-") and label[2:] == kind):
            out.add((start, i, kind))
            start = None
        if label.startswith("B-") or (label.startswith("I-") and start is None):
            start, kind = i, label[2:]
    return out


def prf(tp: Counter, fp: Counter, fn: Counter) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and gold count per label, and over all labels ("all")."""
    out = {}
    for label in sorted(set(tp) | set(fp) | set(fn)) + ["all"]:
        t = sum(tp.values()) if label == "all" else tp[label]
        f_p = sum(fp.values()) if label == "all" else fp[label]
        f_n = sum(fn.values()) if label == "all" else fn[label]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        out[label] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold": t + f_n}
    return out
