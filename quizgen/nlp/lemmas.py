"""Lemmas from a word and its Penn tag: English suffix rules, with the treebanks' exceptions.

The rules cover the regular inflections ("talks" -> "talk", "stopped" -> "stop", "carried" ->
"carry"); the table ``models/lemmas.json.gz`` (built by tools/train_models.py from EWT and GUM) holds
every word the treebanks show whose lemma the rules would get wrong ("went" -> "go", "was" -> "be",
"used" -> "use"). Proper nouns keep their case; every other lemma is lower case.
"""

from __future__ import annotations

from functools import cache

from .resources import load_model

_VOWELS = set("aeiou")
# After these endings a dropped "-ed"/"-ing" took an "e" with it ("placed", "making").
_E_ENDINGS = ("at", "iz", "is", "yz", "ac", "ag", "av", "ev", "iv", "ov", "uc", "ur", "us", "dg", "rg", "lv", "rv")


def _undouble(stem: str) -> str:
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" and stem[-1] not in _VOWELS:
        return stem[:-1]
    return stem


def _verb_stem(stem: str) -> str:
    if stem.endswith(_E_ENDINGS) or (len(stem) > 2 and stem[-1] in "cgv"):
        return stem + "e"
    return _undouble(stem)


def rule_lemma(word: str, tag: str) -> str:
    """The lemma the regular English inflection rules give (lower case except for proper nouns)."""
    if tag.startswith("NNP"):
        return word
    w = word.lower()
    if len(w) < 4:
        return w
    if tag in ("NNS", "VBZ"):
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
            return w[:-2]
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
        return w
    if tag in ("VBD", "VBN"):
        if w.endswith("ied"):
            return w[:-3] + "y"
        if w.endswith("eed"):
            return w[:-1]
        if w.endswith("ed"):
            return _verb_stem(w[:-2])
        return w
    if tag == "VBG" and w.endswith("ing") and len(w) > 5:
        if w.endswith("ying"):
            return w[:-3]
        return _verb_stem(w[:-3])
    if tag in ("JJR", "RBR") and w.endswith("er"):
        return w[:-3] + "y" if w.endswith("ier") else _undouble(w[:-2])
    if tag in ("JJS", "RBS") and w.endswith("est"):
        return w[:-4] + "y" if w.endswith("iest") else _undouble(w[:-3])
    return w


@cache
def _exceptions() -> dict[str, dict[str, str]]:
    return load_model("lemmas")["exceptions"]


def lemma(word: str, tag: str) -> str:
    """The dictionary form of ``word`` used as ``tag``."""
    known = _exceptions().get(tag, {}).get(word.lower())
    if known is not None:
        return known
    return rule_lemma(word, tag)
