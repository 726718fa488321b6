"""Wh-questions from a clause, by the transformations of Heilman and Smith (2010): the phrase asked
about is taken out and a question word put in front; when it is not the subject, the first auxiliary
moves before the subject, or "do" supports the verb ("Ada Lind married Tomas Berg in 1990" ->
"When did Ada Lind marry Tomas Berg?").
"""

from __future__ import annotations

from ..model import Document
from .clauses import SUBJECTS, case_words

_AUX = ("aux", "aux:pass", "cop")
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
# the question word for what is asked about, by the kind of fact and the phrase's own preposition
_WHERE_CASES = {"in", "at", "near", "inside", "outside", "to"}
_MOTION_VERBS = frozenset("""go move travel return fly sail come emigrate immigrate flee migrate relocate send
drive walk ride march sail retreat escape head transfer deport export ship""".split())
_WHEN_CASES = {"in", "on", "at", "during", ""}


def wh_question(doc: Document, predicate: int, words: list[tuple[int, str]], first: int, last: int,
                kind: str) -> str | None:
    """The question whose answer is tokens ``first:last`` of the clause ``words`` (see clauses.clause_words);
    ``kind`` is "person", "organization", "place", "date" or "number". None where no clean question
    can be made (the answer is part of a larger phrase, a modal that cannot move …)."""
    tokens = doc.tokens
    indices = [k for k, _ in words]
    if any(k not in indices for k in range(first, last)):
        return None
    subject = next((c for c in doc.children(predicate) if tokens[c].dep in SUBJECTS), None)
    answer_head = doc.head_of(first, last)
    if tokens[answer_head].dep == "conj" or any(tokens[c].dep == "conj" for c in doc.children(answer_head)):
        return None  # one of "Tunisia and Egypt": asking for it leaves the other stranded
    if subject is not None and answer_head == subject and _whole_phrase(doc, subject, first, last, words):
        wh = {"person": "Who", "organization": "Which organisation", "place": "Which place", "number": None,
              "date": None}.get(kind)
        if wh is None:
            return None
        dropped = set(range(first, last)) | {c for c in doc.children(answer_head)
                                             if tokens[c].dep in ("det", "case", "punct") and c < first}
        rest = _fronted_to_end(doc, [(k, t) for k, t in words if k not in dropped], first)
        return _finish(doc, [(-1, wh)] + rest)
    if subject is not None and answer_head == subject:
        return None  # a part of the subject ("UN Women, UNFPA and …"): no clean question
    if tokens[answer_head].head != predicate and not (kind == "number" and tokens[answer_head].dep == "nummod"):
        return None  # asked about something inside another phrase: the question would need more surgery
    case = case_words(doc, answer_head, ("case",))
    wh = _wh_word(doc, answer_head, kind, case)
    if kind == "date" and wh is not None:
        text = doc.text[tokens[first].start:tokens[last - 1].end]
        wh = "In what year" if text.isdigit() and len(text) == 4 else "When"
    if kind == "number" and tokens[answer_head].tag == "NNS" and not case:
        wh = "How many " + " ".join(tokens[k].text for k in range(first, last) if tokens[k].tag != "CD")
    if wh is None:
        return None
    drop = set(range(first, last)) | {c for c in doc.children(answer_head) if tokens[c].dep in ("case", "det")}
    if kind == "number" and tokens[answer_head].dep == "nummod":
        noun = tokens[answer_head].head
        drop |= set(_phrase(doc, noun))
        wh = f"How many {' '.join(tokens[k].text for k in _phrase(doc, noun) if k not in range(first, last))}"
    rest = [(k, t) for k, t in words if k not in drop]
    if subject is None:
        return None
    subject_phrase = [(k, t) for k, t in rest if k == -1 or _in_subtree(doc, k, subject)]
    if not subject_phrase:
        return None
    k0, t0 = subject_phrase[0]
    if k0 >= 0 and tokens[k0].tag not in ("NNP", "NNPS") and t0[:1].isupper() and t0[1:].islower():
        subject_phrase[0] = (k0, t0.lower())  # "The country" moves inside the question
    aux = next((k for k, _ in rest if k >= 0 and tokens[k].dep in _AUX and tokens[k].head == predicate), None)
    in_subject = {k for k, _ in subject_phrase}
    body = _fronted_to_end(doc, [(k, t) for k, t in rest if k not in in_subject and k != aux],
                           min(k for k in in_subject if k >= 0) if any(k >= 0 for k in in_subject) else -1)
    if aux is not None:
        moved = [(aux, tokens[aux].text.lower())]
        verb_part = body
    elif tokens[predicate].tag in _DO:
        moved = [(-1, _DO[tokens[predicate].tag])]
        verb_part = [(k, tokens[k].lemma if k == predicate else t) for k, t in body]
    else:
        return None
    return _finish(doc, [(-1, wh)] + moved + subject_phrase + verb_part)


def _wh_word(doc: Document, head: int, kind: str, case: set[str]) -> str | None:
    tag = doc.tokens[head].tag
    if kind == "date":
        if case - _WHEN_CASES:
            return None  # "since 1990", "until May": asking "when" would change the meaning
        return "When"
    if kind == "place":
        token = doc.tokens[head]
        if case & _WHERE_CASES - {"to"}:
            return "Where"  # "opened a bakery in Bergen", whether the parse hangs it on the verb or the noun
        # "to" says where only after a verb of motion ("moved to Paris"), not after a noun ("loyalty to
        # the United States") or another verb ("sold the farm to Sweden")
        if "to" in case and token.dep.split(":")[0] == "obl" and doc.tokens[token.head].lemma in _MOTION_VERBS:
            return "Where"
        return None
    if kind == "person":
        return "Who" if not case else None
    if kind == "organization":
        return "Which organisation" if not case else None
    if kind == "number":
        return "How much" if tag == "CD" and not case else None
    return None


def _phrase(doc: Document, head: int) -> list[int]:
    out, stack = [head], [head]
    while stack:
        for child in doc.children(stack.pop()):
            if doc.tokens[child].dep not in ("acl:relcl", "appos", "punct", "acl"):
                out.append(child)
                stack.append(child)
    return sorted(out)


def _whole_phrase(doc: Document, head: int, first: int, last: int, words: list[tuple[int, str]]) -> bool:
    inside = {k for k, _ in words if k >= 0 and _in_subtree(doc, k, head)}
    return inside <= set(range(first, last)) | {k for k in inside if doc.tokens[k].dep in ("det", "punct")}


def _in_subtree(doc: Document, k: int, head: int) -> bool:
    for _ in range(64):
        if k == head:
            return True
        parent = doc.tokens[k].head
        if parent == k:
            return False
        k = parent
    return False


def _fronted_to_end(doc: Document, words: list[tuple[int, str]], subject_start: int) -> list[tuple[int, str]]:
    """"In 1990 Berg moved to Oslo" asks "Who moved to Oslo in 1990?": what stood before the subject
    goes after the rest, without its comma."""
    if subject_start < 0:
        return words
    fronted = [(k, t) for k, t in words if 0 <= k < subject_start]
    if not fronted:
        return words
    kept = [(k, t) for k, t in fronted if doc.tokens[k].tag not in (",", ":")]
    return [(k, t) for k, t in words if not 0 <= k < subject_start] + kept


def _finish(doc: Document, words: list[tuple[int, str]]) -> str | None:
    text = []
    for n, (k, t) in enumerate(words):
        if n and k >= 0 and doc.sentence_of(k).first_token == k and doc.tokens[k].tag not in ("NNP", "NNPS") \
                and t[:1].isupper() and t[1:2].islower():
            t = t.lower()  # the sentence's first word, no longer first: "Who in 1990 moved …", not "Who In 1990"
        if n and k >= 0 and (doc.tokens[k].tag in (",", ".", ":", "POS") or t.lower() in ("n't", "n\u2019t")) \
                and t not in ("--",):
            text[-1] += t  # "did n't" as the tokeniser split it is "didn't" again
            continue
        text.append(t)
    out = " ".join(text).strip().rstrip(" ,;:.")
    if len(out.split()) < 3:
        return None
    return out[:1].upper() + out[1:] + "?"
