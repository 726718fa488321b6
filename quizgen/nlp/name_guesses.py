"""Names the recogniser missed: capitalised phrases, the phrase an acronym stands for, and the
tentative votes their shape, context and the gazetteers give them."""

from __future__ import annotations

import re
import unicodedata

from ..model import Document, Sentence
from ..vocab import COMPANY_HEADS, GROUP_WORDS, NOT_ORGANIZATION_ACRONYMS, ORG_WORDS, ROLE_TITLES, gazetteer, is_facility
from .name_growth import COMPANY_POSSESSIONS, company_possession_of
from .name_tokens import (
    HONORIFICS,
    LINKERS,
    POSSESSIVE,
    NameMention,
    is_capitalised,
    is_title_word,
    name_mention,
    strip_name,
)


def capitalised_phrases(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Runs of capitalised words (with "of", "des", … inside) that may be names the model missed."""
    tokens = doc.tokens
    out = []
    i = sentence.first_token
    end = sentence.last_token
    while i < end:
        if not is_capitalised(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < end:
            if is_capitalised(tokens[j]):
                j += 1
            elif tokens[j].text.lower() in LINKERS and j + 1 < end and is_capitalised(tokens[j + 1]):
                j += 2
            elif tokens[j].text.lower() == "of" and j + 2 < end and tokens[j + 1].text == "the" \
                    and is_capitalised(tokens[j + 2]):
                j += 3  # "Daughters of the American Revolution"
            else:
                break
        out.append((i, j))
        i = j
    return out


def acronym_definitions(doc: Document) -> list[tuple[int, int, Sentence, str]]:
    """Capitalised phrases followed by a short form of them in parentheses, as (first token, end
    token, sentence, short form): by initials ("Human Rights Watch (HRW)") or, for a mixed-case
    short form, by the starts of the words ("Kenya Electricity Generating Company (KenGen)")."""
    tokens = doc.tokens
    found = []
    for sentence in doc.sentences:
        for k in range(sentence.first_token + 2, sentence.last_token - 1):
            short = tokens[k].text
            if tokens[k - 1].text != "(" or tokens[k + 1].text != ")" or not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", short):
                continue
            start = k - 1
            while start - 1 >= sentence.first_token and (is_capitalised(tokens[start - 1]) or tokens[start - 1].text.lower() in
                                                           ("of", "and", "for", "the", "on", "de", "&")) and k - start < 12:
                start -= 1
            for first in range(start, k - 1):
                words = [t.text for t in tokens[first:k - 1] if t.text[:1].isupper()]
                if tokens[first].text[:1].isupper() and _stands_for(short, words):
                    found.append((first, k - 1, sentence, short))
                    break
    return found


def _stands_for(short: str, words: list[str]) -> bool:
    if "".join(w[0] for w in words).upper() == short.upper():
        return True
    return not short.isupper() and _word_starts(short.lower(), [w.lower() for w in words])


def _word_starts(short: str, words: list[str]) -> bool:
    """Is ``short`` the starts of some of ``words`` in order, beginning with the first word
    ("kengen": "Kenya" + "Generating")? Each piece is at least two letters."""
    if not short:
        return True
    if not words:
        return False
    head, rest = words[0], words[1:]
    for size in range(min(len(head), len(short)), 1, -1):
        if short.startswith(head[:size]) and any(_word_starts(short[size:], rest[k:]) for k in range(len(rest) + 1)):
            return True
    return False


def uncovered_runs(first: int, last: int, covered: set[int]) -> list[tuple[int, int]]:
    runs = []
    start = None
    for k in range(first, last + 1):
        free = k < last and k not in covered
        if free and start is None:
            start = k
        elif not free and start is not None:
            runs.append((start, k))
            start = None
    return runs


_PUBLICATIONS = {"magazine", "newspaper", "journal", "weekly", "daily", "tabloid", "newsletter"}


def add_guess(doc: Document, sentence: Sentence, first: int, last: int, gaz, mentions: list[NameMention]) -> None:
    """A capitalised phrase the recogniser left alone becomes a mention with tentative votes."""
    if (last < sentence.last_token and doc.tokens[last].text in _PUBLICATIONS and last - first > 1) or (
            first > sentence.first_token and doc.tokens[first - 1].text in _PUBLICATIONS):
        # "American Lawyer magazine", "the journal Nature Water"
        # "American Lawyer magazine": the name of a publication, whatever words it is made of
        while first < last and doc.tokens[first].text.lower() in ("the", "a", "an"):
            first += 1
        mentions.append(name_mention(doc, first, last, sentence, [("ORG", 0.6)]))
        return
    split = next((k for k in range(first + 1, last - 1) if doc.tokens[k].text in ("and", "&")
                  and doc.tokens[k + 1].text[:1].isupper() and is_title_word(doc.tokens[k + 1].text, doc.tokens[k + 2].text)
                  and is_title_word(doc.tokens[first].text, doc.tokens[first + 1].text)), None)
    if split is not None:
        # "Judge Okafor and Senator Brekke": two titled names, each its own phrase
        add_guess(doc, sentence, first, split, gaz, mentions)
        add_guess(doc, sentence, split + 1, last, gaz, mentions)
        return
    first, last = strip_name(doc, first, last, "")
    if first >= last:
        return
    words = [t.text for t in doc.tokens[first:last]]
    if last - first > 1 and (words[0].lower().rstrip(".") in HONORIFICS or (
            is_title_word(words[0], words[1]) and all(w.isupper() and len(w) > 2 for w in words[1:]))):
        # "Mademoiselle Ada Lind", "Mlle. du Motel", "Herr Berg": a title of address before a name;
        # "Senator VARGA": a title before words in capitals (a record that writes surnames so)
        first, last = strip_name(doc, first + 1, last, "PERSON")
        if first < last and not is_facility([t.text.lower() for t in doc.tokens[first:last]]):
            mentions.append(name_mention(doc, first, last, sentence, [("PERSON", 0.6)]))
        return
    ranked = _after_a_rank(doc, first, last)
    if ranked is not None:
        # "met Judge Okafor": a title of rank before a name the recogniser missed
        mentions.append(name_mention(doc, *ranked, sentence, [("PERSON", 0.6)]))
        return
    before = " ".join(t.text.lower() for t in doc.tokens[max(sentence.first_token, first - 2):first])
    owns_company_things = last + 1 < sentence.last_token and doc.tokens[last].text in POSSESSIVE \
        and doc.tokens[last + 1].text.lower() in COMPANY_POSSESSIONS  # "Sony's chief financial officer"
    if before.endswith(("shares in", "stake in")) or company_possession_of(doc, first, last, sentence) or owns_company_things:
        # "Shares in Diageo rose 4%": only a company has shares (as strong a sign as for a recognised name)
        mentions.append(name_mention(doc, first, last, sentence, [("ORG", 1.0 if owns_company_things else 0.6)]))
        return
    words = [t.text for t in doc.tokens[first:last]]
    text = doc.text[doc.tokens[first].start:doc.tokens[last - 1].end]
    votes = _guess_label(words, text, gaz, at_start=first == sentence.first_token,
                         after_speech=before.endswith(_SPEECH_VERBS))
    partner = _conjoined_name(doc, first, last, mentions)
    if partner is not None and votes and votes[0][0] == "NONE":
        # "Senators KELLY and HICKENLOOPER": a name the parse joins to a person by "and" is a person too
        votes = [(label, 0.6 * weight) for label, weight in partner.votes if label != "NONE"] or votes
    if votes:
        mentions.append(name_mention(doc, first, last, sentence, votes))


def _after_a_rank(doc: Document, first: int, last: int) -> tuple[int, int] | None:
    """The name after a capitalised title of rank at the start of a phrase ("Judge Okafor", "Vice
    President Moe"), as a span; None when the phrase is no title and a name, or when the words after
    the title name a body, a facility or a place ("General Motors", "King Street", "Prince Edward
    Island") or another title."""
    tokens = doc.tokens
    k = first
    while k < last - 1 and tokens[k].text[:1].isupper() and is_title_word(tokens[k].text, tokens[k + 1].text):
        k += 1
    while last > k and tokens[last - 1].text.lower() in LINKERS | {"and", "&"}:
        last -= 1
    if k == first or k >= last or not all(t.text[:1].isupper() and t.text.replace("'", "").replace("-", "").isalpha()
                                           for t in tokens[k:last]):
        return None
    words = [t.text.lower() for t in tokens[k:last]]
    text = doc.text[tokens[k].start:tokens[last - 1].end]
    if any(w in ORG_WORDS or w in COMPANY_HEADS or w in ROLE_TITLES for w in words) or is_facility(words) \
            or text in gazetteer().places or text in gazetteer().countries:
        return None
    if len(words) > 1 and all(w in gazetteer().common_words for w in words):
        return None  # "Pilot Training Program", "Member States": everyday words, capitalised
    return k, last


def _given_name(word: str, gaz) -> bool:
    """"Cédric" is in the names list as "Cedric"; "JOHN" (a record or a programme that writes names in
    capitals) as "John"."""
    if len(word) > 2 and word.isupper():
        word = word.capitalize()
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return word in gaz.given_names or plain in gaz.given_names


# Words after which a name of two or three words is the speaker: "…," said Cédric David.
_SPEECH_VERBS = ("said", "says", "added", "explained", "according to", "told by", "wrote")


def _guess_label(words: list[str], text: str, gaz, at_start: bool, after_speech: bool = False) -> list[tuple[str, float]]:
    """Votes for a capitalised phrase the model left alone, from its shape and the gazetteers."""
    lowered = [w.lower() for w in words]
    if words[-1] in gaz.nationalities or words[-1] in GROUP_WORDS or (len(words) == 1 and words[0].lower() in ROLE_TITLES):
        return []
    if text in gaz.places or is_facility(lowered):
        return [("LOC", 0.5)]
    if any(w in ORG_WORDS for w in lowered) and len(words) > 1:
        return [("ORG", 0.5)]
    if len(words) > 1 and lowered[-1] in COMPANY_HEADS and lowered[0] not in COMPANY_HEADS:
        return [("ORG", 0.4)]  # "Tullow Oil", "Base Titanium"
    if re.fullmatch(r"[A-Z]{2,6}s?", text) and text not in NOT_ORGANIZATION_ACRONYMS \
            and not re.fullmatch(r"[IVXLCDM]+", text):  # "XVII" is a number
        return [("ORG", 0.3)]
    if len(words) == 1 and lowered[0] in ORG_WORDS and not at_start:
        return [("ORG", 0.5)]  # "Congress", "Parliament", "the Army"
    if len(words) in (2, 3) and _given_name(words[0], gaz) and all(w[:1].isupper() for w in words):
        return [("PERSON", 0.5)]
    if len(words) in (2, 3) and after_speech and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
            and not any(w.lower() in ROLE_TITLES for w in words) and words[0] not in gaz.nationalities:
        return [("PERSON", 0.4)]  # (not "said Afghan Ambassador" before the name itself)
    if at_start and len(words) == 1:
        return []
    return [("NONE", 0.2)]  # unknown: adopts a label only if other mentions of the name have one


def _conjoined_name(doc: Document, first: int, last: int, mentions: list[NameMention]) -> NameMention | None:
    """The name the parse coordinates this phrase with ("A and B"), among the mentions found so far;
    when the parse coordinates it with a title over the first name ("Senators A, B and C", the title
    the head and A its flat dependent), that first name."""
    head = doc.head_of(first, last)
    if doc.tokens[head].dep != "conj":
        return None
    partner = doc.tokens[head].head
    title = doc.tokens[partner].lemma.lower().removesuffix("s") in ROLE_TITLES
    under_title = [k for k in doc.children(partner) if title and k < first and doc.tokens[k].tag in ("NNP", "NNPS")
                   and doc.tokens[k].dep in ("flat", "compound", "appos")]
    return next((m for m in mentions if m.first <= partner < m.last or any(m.first <= k < m.last for k in under_title)), None)
