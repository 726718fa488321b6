"""Clauses read off the dependency parse, written out as self-contained statements.

``statement(doc, predicate)`` gives the clause headed by ``predicate`` as a sentence a learner can
read on its own: its subject (a pronoun replaced by the name it refers to; a clause whose subject
is an unresolved pronoun gives nothing), its verb group, objects and complements — and none of the
side clauses (adverbial, parenthetical, coordinated) or leading connectives of the sentence it
came from. A conjoined verb ("… and died in Paris") or a participle clause ("Born in Oslo, she …")
takes the subject it shares with the clause it hangs from.
"""

from __future__ import annotations

import re

from ..model import Document, Reference, Sentence, Statement
from ..vocab import GENERIC_PERSON_NOUNS, MONTHS, OCCUPATIONS, REFLEXIVES, ROLE_TITLES, WEEKDAYS, person_nouns

# Dependents that belong to the clause's own statement; everything else (advcl, parataxis, conj,
# cc, mark, discourse, vocative, dislocated, punct, reparandum) is another clause or decoration.
CORE = frozenset({
    "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "aux", "aux:pass", "cop", "obj", "iobj", "obl",
    "obl:tmod", "obl:npmod", "obl:agent", "xcomp", "ccomp", "compound:prt", "advmod", "nmod", "amod", "det",
    "nummod", "compound", "flat", "fixed", "case", "nmod:poss", "appos", "acl", "acl:relcl", "det:predet",
    "nmod:tmod", "nmod:npmod", "goeswith", "dep",
})
# Parts of a phrase that are statements of their own ("Lind, who was born in Oslo, …", "Lind, the
# mayor, …"): left out of the clause they interrupt.
SIDE = frozenset({"acl:relcl", "appos", "parataxis", "advcl", "dislocated"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"})
PERSONAL = frozenset({"i", "we", "you", "me", "us", "my", "our", "your", "mine", "ours", "yours"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these",
                      "those", "that"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
BACK_REFERENCES = frozenset({"latter", "former", "same", "other", "above", "aforementioned"})
# Words at a clause's start that tie it to the sentence before ("But", "However", "Also").
CONNECTIVES = frozenset({"and", "but", "or", "so", "yet", "however", "also", "moreover", "meanwhile", "instead",
                         "still", "thus", "therefore", "then", "besides", "furthermore", "nevertheless"})
MAX_WORDS = 30
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


MARKERS = ("case", "mark", "fixed")  # the prepositions and subordinators a word takes


def case_words(doc: Document, token: int, relations: tuple[str, ...] = MARKERS) -> set[str]:
    """The words attached to ``token`` by ``relations`` ("since" of "since 1990", "as" of "as mayor")."""
    return {doc.tokens[c].text.lower() for c in doc.children(token) if doc.tokens[c].dep in relations}


def is_predicate(doc: Document, i: int) -> bool:
    """A verb, or a noun or adjective with a copula ("Lind was mayor")."""
    token = doc.tokens[i]
    if token.tag.startswith("VB") and token.dep not in ("aux", "aux:pass", "cop", "amod", "compound"):
        return True
    return any(doc.tokens[c].dep == "cop" for c in doc.children(i))


def clause_of(doc: Document, i: int) -> int | None:
    """The predicate of the clause that token ``i`` belongs to (the nearest predicate up its head chain)."""
    seen = 0
    while seen < 64:
        if is_predicate(doc, i) and doc.tokens[i].dep not in ("amod",):
            return i
        head = doc.tokens[i].head
        if head == i or head < 0:
            return None
        i = head
        seen += 1
    return None


def subject_of(doc: Document, predicate: int) -> int | None:
    """The subject token of a clause, borrowed from the governing clause for a conjoined verb, an
    open complement ("wants to leave") or a participle clause without one of its own."""
    for _ in range(8):
        for child in doc.children(predicate):
            if doc.tokens[child].dep in SUBJECTS:
                return child
        dep = doc.tokens[predicate].dep
        head = doc.tokens[predicate].head
        if head == predicate:
            return None
        if dep in ("conj", "xcomp") or (dep == "advcl" and doc.tokens[predicate].tag in ("VBN", "VBG")):
            predicate = head
            continue
        return None
    return None


def statement(doc: Document, predicate: int, without: tuple[int, int] | None = None) -> str | None:
    """The clause headed by ``predicate`` as a self-contained statement, leaving out ``without``
    (token range; e.g. the date the statement is asked about, with its preposition)."""
    words = clause_words(doc, predicate, without)
    return join_words(doc, words) if words else None


def clause_words(doc: Document, predicate: int, without: tuple[int, int] | None = None) -> list[tuple[int, str]] | None:
    """The words of ``statement``, in order: (token index, text as written out); index -1 for a subject
    borrowed from another clause. A word that stands for a resolved reference carries the index of
    the reference's first token and the name it stands for."""
    tokens = doc.tokens
    keep: set[int] = {predicate}
    for child in doc.children(predicate):
        if tokens[child].dep in CORE:
            keep.update(_subtree(doc, child, SIDE))
    subject = None
    own_subject = any(tokens[c].dep in SUBJECTS for c in doc.children(predicate))
    for c in doc.children(predicate):
        if tokens[c].dep in SUBJECTS and tokens[doc.subtree(c)[0]].tag == "IN":
            return None  # "over 7,600 km has put …": a misread sentence, no subject a reader would accept
    if sum(tokens[c].dep.startswith("nsubj") for c in doc.children(predicate)) > 1:
        return None  # "Lind and her party pushed …" parsed as two subjects with no "and" between them
    if not own_subject:
        subject = subject_of(doc, predicate)
        if subject is None:
            return None
    if without is not None:
        first, last = without
        dropped = set(range(first, last))
        # the preposition (or "on" of "on 3 May") that introduced the left-out phrase goes with it
        for k in range(first, last):
            dropped.update(c for c in doc.children(k) if tokens[c].dep in ("case", "mark", "det"))
        keep -= dropped
    sentence = doc.sentence_of(predicate)
    if doc.text[sentence.start:sentence.end].rstrip().endswith("?"):
        return None  # the text asks; it states nothing
    words: list[tuple[int, str]] = []
    if subject is not None:
        text = _mention_text(doc, subject)
        if text is None:
            return None
        words.append((-1, text))
    keep -= _footnote_marks(doc, predicate)
    relative = _relative_subject(doc, predicate)
    subject_names = _subject_names(doc, predicate, subject)
    skip_until = -1
    for k in sorted(keep):
        if k < skip_until:
            continue
        ref = doc.reference_at(k)
        low = tokens[k].text.lower()
        if low in PERSONAL and tokens[k].tag.startswith("PRP"):
            return None  # "I think we …": a quotation, not a statement of fact
        if relative is not None and k == relative[0]:
            words.append((k, relative[1]))  # "the bridge, which cost …" -> "the bridge cost …"
            continue
        if tokens[k].tag in ("WRB", "WDT", "WP") and tokens[k].head == predicate and k < predicate:
            continue  # "where" / "when" opening a relative clause
        if ref is not None and ref.mention.first == k:
            if low in REFLEXIVES:
                words.append((k, tokens[k].text))  # "appeared as herself", never "appeared as Mourey"
                skip_until = ref.mention.last
                continue
            if tokens[k].tag == "PRP$" and (ref.antecedent.text in subject_names or
                                             re.search(rf"(?<!\w){re.escape(ref.antecedent.text)}(?!\w)",
                                                       " ".join(t for _, t in words))):
                # "Chalabi and his party", not "Chalabi and Chalabi's party": the name stands just before
                words.append((k, tokens[k].text))  # "Lind sold her house", not "Lind sold Lind's house"
            elif tokens[k].tag == "PRP$" and _described_subject(doc, predicate, subject):
                # "The Republican from Mississippi says … in his state": "his" is most likely the
                # subject's own, and "in Trent Lott's state" would make them two people
                return None
            else:
                words.append((k, _replacement(ref, tokens[k].tag)))
            skip_until = ref.mention.last
            continue
        if low in PRONOUNS and (tokens[k].tag in ("PRP", "PRP$", "WP") or tokens[k].dep == "det"):
            return None  # "he", "his", "this book": someone or something no one can name
        words.append((k, tokens[k].text))
    kept = {k for k, _ in words}
    # a comma whose neighbours were left out ("Bernier, forced to resign" without "who was …,") goes too
    words = [(k, t) for k, t in words if not (k >= 0 and tokens[k].text == "," and
                                              (k - 1 not in kept or k + 1 not in kept))]
    while words and words[0][1].lower() in CONNECTIVES | {",", ";", "-", "\u2014"}:
        words.pop(0)
    while words and words[-1][0] >= 0 and tokens[words[-1][0]].tag in (".", ",", ":"):
        words.pop()
    if len(words) < 3 or len(words) > MAX_WORDS:
        return None
    if not any(k >= 0 and (tokens[k].tag in FINITE or (tokens[k].tag == "VBN" and tokens[k].dep == "root"))
               for k, _ in words):
        return None  # "Kazakhstan strengthening its ties …": a participle without its auxiliary is a fragment
    return words


def _footnote_marks(doc: Document, predicate: int) -> set[int]:
    """"[2]", "[a]": a source's footnote marks, which are no part of what it says."""
    sentence = doc.sentence_of(predicate)
    tokens = doc.tokens
    marks: set[int] = set()
    for k in range(sentence.first_token, sentence.last_token - 2):
        if tokens[k].text == "[" and tokens[k + 2].text == "]" and len(tokens[k + 1].text) <= 3:
            marks.update((k, k + 1, k + 2))
    return marks


def _relative_subject(doc: Document, predicate: int) -> tuple[int, str] | None:
    """In a relative clause, its "which/who/that" subject and the noun phrase it stands for."""
    if doc.tokens[predicate].dep != "acl:relcl":
        return None
    for child in doc.children(predicate):
        if doc.tokens[child].dep in SUBJECTS and doc.tokens[child].tag in ("WDT", "WP", "IN", "DT"):
            noun = doc.tokens[predicate].head
            text = _mention_text(doc, noun)
            return (child, text) if text else None
    return None


def _subject_names(doc: Document, predicate: int, borrowed: int | None) -> set[str]:
    """The name(s) the clause's subject stands for, so a possessive pronoun about it stays a pronoun."""
    subject = borrowed
    if subject is None:
        subject = next((c for c in doc.children(predicate) if doc.tokens[c].dep in SUBJECTS), None)
    if subject is None:
        return set()
    ref = doc.reference_at(subject)
    if ref is not None:
        return {ref.antecedent.text}
    first, last = doc.subtree(subject)
    return {doc.text[doc.tokens[k].start:doc.tokens[m - 1].end] for k in range(first, last) for m in range(k + 1, last + 1)
            if m - k <= 4}


def _described_subject(doc: Document, predicate: int, borrowed: int | None) -> bool:
    """Is the clause's subject a definite description of a person ("the senator", "The Republican
    from Ohio") that the references do not resolve to a name? ("The court rejected her appeal": a
    court owns no appeal, so "her" is someone else's and is put in.)"""
    subject = borrowed
    if subject is None:
        subject = next((c for c in doc.children(predicate) if doc.tokens[c].dep in SUBJECTS), None)
    if subject is None or doc.reference_at(subject) is not None:
        return False
    head = doc.tokens[subject].text.lower()
    person = head in ROLE_TITLES or head in OCCUPATIONS or head in GENERIC_PERSON_NOUNS or head in person_nouns() \
        or head in _PARTISANS
    return person and any(doc.tokens[c].dep == "det" and doc.tokens[c].text.lower() == "the"
                          for c in doc.children(subject))


# Members of a party or a movement, named by it ("The Republican from Mississippi")
_PARTISANS = frozenset("republican democrat conservative liberal socialist communist nationalist".split())


def _subtree(doc: Document, i: int, prune: frozenset[str] = frozenset()) -> list[int]:
    out = [i]
    stack = [i]
    while stack:
        for child in doc.children(stack.pop()):
            if doc.tokens[child].dep in prune:
                continue
            out.append(child)
            stack.append(child)
    return out


def _mention_text(doc: Document, subject: int) -> str | None:
    """The text of a borrowed subject: its phrase, or the name a pronoun subject refers to."""
    ref = doc.reference_at(subject)
    if ref is not None:
        return ref.antecedent.text
    token = doc.tokens[subject]
    if token.text.lower() in PRONOUNS or token.text.lower() in PERSONAL:
        return None
    first, last = doc.subtree(subject)
    # only the noun phrase itself: a relative clause on the subject stays with its own sentence
    last = min(last, next((doc.subtree(c)[0] for c in doc.children(subject)
                           if doc.tokens[c].dep in ("acl:relcl", "punct", "appos") and c > subject), last))
    return doc.text[doc.tokens[first].start:doc.tokens[last - 1].end]


def _replacement(ref: Reference, tag: str) -> str:
    name = ref.antecedent.text
    if name.endswith(("'s", "\u2019s")):
        name = name[:-2]
    if tag == "PRP$":
        return name + ("'" if name.endswith("s") else "'s")
    return name


def join_words(doc: Document, words: list[tuple[int, str]]) -> str:
    return join_with_offsets(doc, words)[0]


def join_with_offsets(doc: Document, words: list[tuple[int, str]]) -> tuple[str, dict[int, tuple[int, int]]]:
    """The words as text, with each token's (start, end) in it (for tokens written as themselves)."""
    tokens = doc.tokens
    out: list[str] = []
    length = 0
    offsets: dict[int, tuple[int, int]] = {}
    prev = None
    for k, text in words:
        glued = k > 0 and tokens[k].start == tokens[k - 1].end and (k == (prev or 0) + 1 or not tokens[k].text.isalnum())
        if out and not glued:
            out.append(" ")
            length += 1
        if k >= 0 and text == tokens[k].text:
            offsets[k] = (length, length + len(text))
        out.append(text)
        length += len(text)
        prev = k
    text = "".join(out)
    return (text[:1].upper() + text[1:] if text else text), offsets


def apposition_words(doc: Document, appos: int) -> list[tuple[int, str]] | None:
    """"Ada Lind, the mayor of Bergen, …" -> "Ada Lind was the mayor of Bergen" (the tense of the sentence)."""
    tokens = doc.tokens
    head = tokens[appos].head
    if head == appos or not tokens[head].tag.startswith("NN") or not tokens[appos].tag.startswith("NN"):
        return None  # only a noun phrase beside a noun phrase ("7 Ali Qapu" is a list item, not "7 is …")
    subject = _mention_text(doc, head)
    if subject is None:
        return None
    sentence = doc.sentence_of(appos)
    root = next((k for k in range(sentence.first_token, sentence.last_token) if tokens[k].dep == "root"), appos)
    verb = "was" if tokens[root].tag in ("VBD", "VBN") or tokens[root].text.lower() == "was" else "is"
    body = [k for k in sorted(_subtree(doc, appos, SIDE)) if tokens[k].dep != "punct" or k not in (appos - 1,)]
    while body and tokens[body[-1]].tag in (".", ",", ":"):
        body.pop()
    while body and tokens[body[0]].tag in (",", ":"):
        body.pop(0)
    if not body or len(body) > MAX_WORDS:
        return None
    return [(-1, subject), (-1, verb)] + [(k, tokens[k].text) for k in body]


def _containing_apposition(doc: Document, first: int) -> int | None:
    k = first
    for _ in range(16):
        if doc.tokens[k].dep == "appos":
            return k
        if doc.tokens[k].head == k or is_predicate(doc, k):
            return None
        k = doc.tokens[k].head
    return None


def stands_alone(doc: Document, sentence_index_token: int) -> bool:
    """Does the sentence holding this token name everyone it speaks of? Not when a third-person pronoun or
    a "this"/"these" phrase in it points to nothing the references resolve, or it opens on a connective."""
    sentence = doc.sentence_of(sentence_index_token)
    tokens = doc.tokens
    first_word = tokens[sentence.first_token].text.lower() if sentence.last_token > sentence.first_token else ""
    if first_word in CONNECTIVES or not _finite_main_clause(doc, sentence):
        return False
    if _disagrees(doc, sentence):
        return False  # "The magazine describe …": a sentence with a slip a question would copy
    for k in range(sentence.first_token, sentence.last_token):
        low = tokens[k].text.lower()
        if low in PERSONAL and tokens[k].tag in ("PRP", "PRP$") and not _inside_a_name(doc, k, sentence):
            return False  # "I have performed in 32 countries", "the attention you have garnered": who is "I"?
        if low in PRONOUNS and (tokens[k].tag in ("PRP", "PRP$") or tokens[k].dep == "det") and tokens[k].dep != "expl":
            ref = doc.reference_at(k)
            # the article's own sentence is shown as it stands: the name must be in it, before the pronoun
            if ref is None or not sentence.start <= ref.antecedent.start < tokens[k].start:
                return False
        if low in DEMONSTRATIVES and tokens[k].tag == "DT" and tokens[k].dep not in ("det", "mark"):
            return False  # "do that", "this shows": a demonstrative standing for something said before
        if low == "there" and tokens[k].dep == "advmod":
            return False  # "there" as a place said before (not the "there" of "there is")
        if low in BACK_REFERENCES and k > sentence.first_token and tokens[k - 1].text.lower() == "the":
            return False  # "the latter", "the same", "the only other"
        if low in DEICTIC and tokens[k].tag in ("RB", "NN", "NNP"):
            return False  # "yesterday", "here": a time or place only the surrounding text fixes
        if low == "the" and tokens[k].dep == "det" and _refers_back(doc, tokens[k].head, sentence):
            return False  # "the study", "the jury": something the article introduced before
    return True


def _inside_a_name(doc: Document, k: int, sentence: Sentence) -> bool:
    """"Elizabeth I", "World War I", "My Fair Lady": a capitalised pronoun that is part of a name."""
    tokens = doc.tokens
    before = tokens[k - 1].text if k > sentence.first_token else ""
    after = tokens[k + 1].text if k + 1 < sentence.last_token else ""
    named_before = k - 1 > sentence.first_token and before[:1].isupper() and before.isalpha() \
        and before.lower() not in MONTHS and before.lower() not in WEEKDAYS  # (not "Then I", "In May I")
    return (tokens[k].text == "I" and named_before) or (
        tokens[k].text[:1].isupper() and after[:1].isupper() and after.isalpha() and tokens[k].text != "I")


def _disagrees(doc: Document, sentence: Sentence) -> bool:
    """A singular noun subject with a plural present verb ("The magazine describe the ruling"): the
    source's own slip, which a cloze or a true/false statement would hand on to the learner."""
    tokens = doc.tokens
    for k in range(sentence.first_token, sentence.last_token):
        token = tokens[k]
        if token.tag != "VBP" or k == sentence.first_token:
            continue
        subjects = [c for c in doc.children(k) if tokens[c].dep == "nsubj"]
        if len(subjects) != 1 or any(tokens[c].dep in ("aux", "aux:pass") for c in doc.children(k)):
            continue
        subject = tokens[subjects[0]]
        conjoined = any(tokens[c].dep == "conj" for c in doc.children(subjects[0]))
        if subject.tag in ("NN", "NNP") and subject.text[:1].isalpha() and not conjoined and subjects[0] < k \
                and subject.lemma.lower() not in _PLURAL_SINGULARS and tokens[k - 1].text.lower() not in ("to", "not"):
            return True
    return False


# Singular-looking nouns that take a plural verb ("the police say", "the staff are").
_PLURAL_SINGULARS = frozenset({"police", "people", "staff", "majority", "cattle", "clergy", "personnel", "team",
                               "government", "family", "public", "crew", "couple", "series", "media", "data"})


def _finite_main_clause(doc: Document, sentence) -> bool:
    """A sentence with a finite main verb ("Ada Lind opened …", "It is …"), not a caption, a listing
    or a participle phrase ("Located on the site of a mosque.", "Greyhound Bus Lines, 317 S Detroit Ave.")."""
    tokens = doc.tokens
    for k in range(sentence.first_token, sentence.last_token):
        if tokens[k].dep != "root":
            continue
        if tokens[k].tag in FINITE:
            return True
        return any(tokens[c].tag in FINITE and tokens[c].dep in ("aux", "aux:pass", "cop") for c in doc.children(k))
    return False


# Words whose referent only the text around them fixes: "published yesterday", "took centre stage here".
DEICTIC = frozenset({"yesterday", "today", "tomorrow", "tonight", "here"})
# Nouns that name one thing whatever came before ("the world", "the past"): no back reference.
UNIQUE_NOUNS = frozenset({"world", "sun", "moon", "earth", "universe", "internet", "public", "past", "future",
                          "present", "rest", "end", "beginning", "middle", "top", "bottom"})
# What narrows a noun down on the spot: "the study of ants", "the study that …", "the 2010 study".
_NARROWING = frozenset({"nmod", "nmod:poss", "acl", "acl:relcl", "appos", "nummod", "flat"})


def _refers_back(doc: Document, noun: int, sentence) -> bool:
    """"The study was published in Nature": a definite common noun as a clause's subject, with
    nothing that narrows it down, points back to something the sentence does not name (a reader of
    the sentence alone cannot tell which study) — always as the sentence's own subject, and as a
    side clause's subject when the article used the noun before."""
    tokens = doc.tokens
    token = tokens[noun]
    if token.tag not in ("NN", "NNS") or not token.text.islower() or token.lemma.lower() in UNIQUE_NOUNS:
        return False
    if token.dep not in SUBJECTS and not token.dep.startswith("nsubj"):  # also "nsubj:outer"
        return False  # what a clause is about must be named; "in the colonies" only sets a scene
    for child in doc.children(noun):
        dep, text = tokens[child].dep, tokens[child].text
        if dep in _NARROWING or tokens[child].tag in ("JJS", "CD") or text.lower() in ("first", "last", "next", "only") \
                or re.fullmatch(r"\d+(?:st|nd|rd|th)", text):
            return False
        if dep in ("compound", "amod") and text[:1].isupper() and child > sentence.first_token:
            return False  # "the Cuban embassy", "the WB series": a name narrows it (not "the tourist card")
    ref = doc.reference_at(noun)
    if ref is not None and sentence.start <= ref.antecedent.start < token.start:
        return False  # named earlier in the same sentence
    if tokens[token.head].dep == "root":
        return True  # "The pair married …", "The agreement was …": what the sentence is about, never said
    return _first_as_noun(doc).get((token.lemma or token.text).lower(), noun) < sentence.first_token


_NOUN_INDEX: list[tuple[Document, dict[str, int]]] = []  # the last documents read (one article at a time)


def _first_as_noun(doc: Document) -> dict[str, int]:
    """Each common noun's first token in the document (built once per document)."""
    for seen, index in _NOUN_INDEX:
        if seen is doc:
            return index
    index: dict[str, int] = {}
    for k, token in enumerate(doc.tokens):
        if token.tag in ("NN", "NNS"):
            index.setdefault((token.lemma or token.text).lower(), k)
    _NOUN_INDEX[:] = [(doc, index), *_NOUN_INDEX[:3]]
    return index


def mention_statement(doc: Document, first: int, last: int, kind: str = "") -> Statement | None:
    """The statement of the clause that tokens ``first:last`` stand in, with their place in it; None
    when the clause cannot be made self-contained or the mention is not there word for word."""
    appos = _containing_apposition(doc, first)
    predicate = None
    if appos is not None:
        words = apposition_words(doc, appos)
    else:
        predicate = clause_of(doc, first)
        words = clause_words(doc, predicate) if predicate is not None else None
    if not words:
        return None
    text, offsets = join_with_offsets(doc, words)
    if first not in offsets or last - 1 not in offsets:
        return None
    start, end = offsets[first][0], offsets[last - 1][1]
    if text[start:end] != doc.text[doc.tokens[first].start:doc.tokens[last - 1].end]:
        return None  # the mention was cut or rewritten in the statement
    question = ""
    if kind and predicate is not None:
        from .wh import wh_question  # (wh builds on this module)

        question = wh_question(doc, predicate, words, first, last, kind) or ""
    resolved = any(k < 0 or text_ != doc.tokens[k].text for k, text_ in words)
    return Statement(text, start, end, question, resolved)
