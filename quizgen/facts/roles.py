"""Roles and titles the text states for a person mention.

Four constructions, tried around every mention of a person:
- before the name: "Kazakh ambassador to the UN Yerlan Alimbayev", "deputy foreign minister Roman V."
- before the name with a comma: "Kazakhstan's human rights commissioner, Elvira Azimova,"
- apposition after it: "Svetlana Vorobyeva, Central Asia researcher for HRW,", "Tokayev, a seasoned
  diplomat and former director general of the UN office in Geneva,"
- a copula or relative clause: "X was the first Administrator", "X, who served as press secretary".
A candidate counts only if it contains a role word (ambassador, director, …), so an ordinary noun
phrase next to a name is not taken for a title.
"""

from __future__ import annotations

import re

from ..model import Document, Token
from ..vocab import MONTHS, OCCUPATIONS, ORDINAL_WORDS, ROLE_TITLES, WEEKDAYS, person_nouns

_PHRASE_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "JJS", "JJR", "POS", "VBN", "CD", "HYPH", "RBS"}
_INNER_WORDS = {"of", "to", "for", "at", "in", "on", "the", "and"}
_COPULAS = {"is", "was", "became", "becomes", "served", "serves", "remains", "remained", "named", "appointed",
            "elected", "worked", "works", "acted", "succeeded", "replaced", "serve", "become"}
# Verbs whose role follows a later "as": "served in Germany as …", "succeeded Marin as commander of …".
_AS_VERBS = {"served", "serves", "serve", "worked", "works", "acted", "succeeded", "replaced"}
# Words between a subject and its copula: "has been", "had also served as", "continued to serve as".
_AUXILIARIES = {"has", "had", "have", "been", "also", "later", "then", "briefly", "continued", "went", "on", "to",
                "would", "go", "subsequently", "eventually", "once"}
# Verbs in -ing that are part of a title: "commanding officer", "acting president".
_TITLE_PARTICIPLES = {"acting", "managing", "commanding", "presiding", "founding", "reigning", "outgoing",
                      "incoming", "ruling", "sitting", "governing", "ranking", "serving", "consulting",
                      "supervising", "coordinating", "visiting", "executive"}
_COMPLEMENT_PREPOSITIONS = ("of", "to", "for", "at", "in")
_PERSONAL_PRONOUNS = frozenset("he she it they him her them we us you".split())
_QUANTIFIERS = frozenset("many several numerous various countless".split())
_AGE = re.compile(r"\d+[-\u2013]\w+[-\u2013]old")
_MAX_ROLE_TOKENS = 14
_RANKINGS = frozenset({"only", "last", "next", "sole", "youngest", "oldest"}) | frozenset(ORDINAL_WORDS)
_APPOSITION_STOPS = {",", ";", "(", ")", "\u2014", "\u2013", ".", ":", "!", "?"}
_ROLE_WORDS = (ROLE_TITLES | OCCUPATIONS | {"republican", "democrat", "conservative", "liberal", "socialist", "communist"}) - {
    "mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord", "miss", "st", "saint"}


# Occupations by their form: "hydrologist", "geographer", "politician", "agronomist".
_OCCUPATION_SUFFIX = re.compile(r"[a-z]{3}(?:ologists?|ographers?|icians?|onomists?)$")


def _is_role_word(token: Token) -> bool:
    low = token.text.lower()
    # "vice-chairman", "co-founder", "ex-president": the last part names the role
    return (low.rstrip(".") in _ROLE_WORDS or low in _ROLE_WORDS or ("-" in low and low.rsplit("-", 1)[1] in _ROLE_WORDS)
            or _OCCUPATION_SUFFIX.search(low) is not None
            or low.rsplit("-", 1)[-1] in person_nouns())  # (a plural is not one person's role)


def _ranked_start(doc: Document, k: int) -> bool:
    """The role phrase from token ``k`` opens with a ranking: "the first …", "the only …"."""
    tokens = doc.tokens
    if k < len(tokens) and tokens[k].tag == "DT":
        k += 1
    return k < len(tokens) and tokens[k].text.lower() in _RANKINGS


def _role_text(doc: Document, first: int, last: int, keep_clause: bool = False) -> tuple[str, int, int] | None:
    """Clean a candidate span into role text; None if it has no role word. ``keep_clause``: the span
    ends in a clause that says what a ranking is about, kept whole."""
    tokens = doc.tokens
    while first < last and (tokens[first].text.lower() in ("a", "an", "the", "its", "his", "their")
                            or tokens[first].tag in ("CC", "IN", "DT", ",", "RB")):
        first += 1
    while first < last - 1 and re.fullmatch(r"\d+[-\u2013]\w+-old|then|future", tokens[first].text.lower()):
        first += 1  # "21-year-old Major" → "Major": an age or a time is not part of the title
    age = next((k for k in range(first, last - 1) if _AGE.fullmatch(tokens[k].text.lower())), None)
    if age is not None and all(t.tag in ("JJ", "RB", "RBR", "JJR", "JJS", ",") for t in tokens[first:age]):
        first = age + 1  # "an amazing 22-year-old poet" → "poet": what comes before an age describes the person
    if 0 < first < last - 1 and tokens[first].tag in ("VBN", "VBD") and tokens[first - 1].tag == "RB":
        first += 1  # "the newly arrived British Army commander": when, not what
    if first < last and (tokens[first].tag in ("PRP", "WP", "WP$", "VBD", "VBN", "VBZ") or
                         tokens[first].text.lower() in ("him", "her", "them", "whose")):
        return None  # "him to the Commission", "whose head", "awarded …": not a role phrase
    if first < last and tokens[first].text.lower() in _QUANTIFIERS:
        return None  # "many prominent mathematicians": several people, not one person's role
    if any(t.text in _PERSONAL_PRONOUNS for t in tokens[first:last]):
        return None  # "our editor and he": a pronoun is someone else, not part of a title ("Abbas I", "US" are names)
    # "editor from 1899 until his death": the role ends where its dates begin; "assistant secretary of
    # state in the Bureau of …": a role takes one complement, and a second one says where it was held;
    # "author of numerous articles on …": what someone wrote or did is not part of the title.
    seen_complement = False
    for k in range(first + 1, last - 1 if not keep_clause else first + 1):
        low = tokens[k].text.lower()
        if tokens[k].tag == "IN" and (tokens[k + 1].tag == "CD" or low in ("until", "since")):
            last = k
            break
        if low == "in" and seen_complement and tokens[k + 1].text.lower() == "the":
            last = k
            break
        if low == "of" and not tokens[k + 1].text[:1].isupper() and (
                tokens[k + 1].tag in ("JJ", "CD", "JJR", "JJS")
                or (tokens[k + 1].tag == "NNS" and (k + 2 >= last or tokens[k + 2].text.lower() != "of"))):
            last = k
            break
        seen_complement = seen_complement or low in ("of", "to", "for")
    while last > first and (tokens[last - 1].tag in ("IN", "DT", "CC", "TO", ",", "POS", ".")
                            or tokens[last - 1].text in (",", "'s", "\u2019s")):
        last -= 1
    if first >= last or last - first > _MAX_ROLE_TOKENS:
        return None
    if not any(_is_role_word(t) for t in tokens[first:last]):
        return None
    preposition = next((k for k in range(first + 1, last) if tokens[k].text.lower() in _COMPLEMENT_PREPOSITIONS), last)
    head = preposition - 1
    if tokens[head].tag == "NNS" and not _is_role_word(tokens[head]):
        return None  # "representatives of every group": a role belongs to one person
    if not any(_is_role_word(t) for t in tokens[first:preposition]):
        # The role word must head the phrase ("recipient of the Judge …" is no judge), unless the
        # phrase ends in it after a bare name ("former Museum of Flight CEO").
        if not _is_role_word(tokens[last - 1]) or any(t.tag == "DT" for t in tokens[preposition:last]):
            return None
    start, end = tokens[first].start, tokens[last - 1].end
    return doc.text[start:end], start, end


def _backwards_phrase(doc: Document, end: int, floor: int) -> int:
    """Start of the role-like noun phrase that ends just before token ``end``."""
    tokens = doc.tokens
    i = end
    while i > floor:
        tok = tokens[i - 1]
        low = tok.text.lower()
        if tok.tag == "VBN" and i - 2 > floor and tokens[i - 2].tag in ("NN", "NNS"):
            break  # "The minister thanked Senator Lind": a participle after a noun is the clause's verb
        if tok.tag in _PHRASE_TAGS or low in ("'s", "\u2019s", "then") or low in _TITLE_PARTICIPLES \
                or (low in _INNER_WORDS and i - 1 > floor):
            i -= 1
            continue
        if tok.text == ")" and i - 3 > floor and tokens[i - 3].text == "(" and tokens[i - 2].text.isupper():
            i -= 3  # "New Democratic Party (NDP) leader": an acronym inside the title
            continue
        if low in ("since", "from", "until") and i < end and tokens[i].tag == "CD" and i - 1 > floor:
            i -= 1  # "A prominent lawyer since 1969, McPherson …": _role_text cuts the dates off
            continue
        break
    # An inner word may only stand between role-phrase words: trim one that begins the phrase, and
    # cut "critics of U.S. President" to "U.S. President" (no role word before the "of").
    k = end - 1
    while k > i:
        if tokens[k].text.lower() in ("of", "to", "for") and not any(_is_role_word(t) for t in tokens[i:k]):
            i = k + 1
            break
        k -= 1
    while i < end and tokens[i].text.lower() in _INNER_WORDS:
        i += 1
    if i < end - 1 and i > floor and tokens[i - 1].tag == "IN":
        # "In 1902 Tsar Nikolai …", "On Friday the director of …": a number or a date right after a
        # preposition is the preposition's, a time, not part of the title
        j = i
        while j < end - 1 and (tokens[j].tag == "CD" or tokens[j].text.lower() in MONTHS or tokens[j].text.lower() in WEEKDAYS):
            j += 1
        named_day = any(tokens[k].tag != "CD" for k in range(i, j))
        if j > i and not (named_day and tokens[j].text[:1].isupper()):  # ("Saturday Morning Breakfast Cereal": a name)
            i = j
            while i < end and tokens[i].text.lower() in _INNER_WORDS:
                i += 1
    return i


def _head_word(role: str) -> str:
    """The noun a role phrase is about: its last word before a complement ("ambassador" of
    "Kazakh ambassador to the UN"), else its last word."""
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in _INNER_WORDS - {"the", "and"}), len(words))
    return words[cut - 1]


def roles_before(doc: Document, first: int, sentence_first: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    tokens = doc.tokens
    before = first - 1
    while before > sentence_first and tokens[before].text[:1].isupper() and _is_role_word(tokens[before]):
        before -= 1  # (past a title: "the court painter of Shah Abbas")
    if before > sentence_first and tokens[before].text.lower() == "of":
        return out  # "a cabinet member of McGuinty's government": the name completes someone else's role
    # "ROLE Name": the phrase runs up to the name itself, and its last word is a role word
    # ("president Tokayev", "Kazakh ambassador to the UN Yerlan Alimbayev").
    # "[former Museum of Flight CEO] Bonnie Dunbar": an editor's bracket before the name
    end = first - 1 if first - 1 > sentence_first and tokens[first - 1].text == "]" else first
    start = _past_clause_heads(doc, _backwards_phrase(doc, end, sentence_first), end, first)
    if end - 1 > sentence_first and tokens[end - 1].text.lower() in ("and", "or"):
        start = end  # "President Richard Nixon and Leonid Brezhnev": the title is Nixon's alone
    if end - 1 > sentence_first and _adjective_of_the_noun_after(doc, end - 1, first):
        start = end  # "a major Warhol donor program": "major" describes the program, Warhol has no rank
    if start < end and _best_prefix_role(doc, start, end):
        for part_first, part_last in _split_and(doc, start, end):
            role = _role_text(doc, part_first, part_last)
            if role:
                out.append(role)
    out += participle_roles(doc, first, sentence_first)
    if not out:
        out += _plural_title(doc, first, sentence_first)
    # "ROLE, Name,": a comma between them, and the phrase starts a clause.
    if first - 1 > sentence_first and tokens[first - 1].text == ",":
        start = _backwards_phrase(doc, first - 1, sentence_first)
        if start < first - 1 and (start == sentence_first or tokens[start - 1].text in (",", "the", "The")
                                  or tokens[start - 1].tag in ("IN", "VBD", "VBZ", "DT", "CC", "PRP$", "VBG", "''")):
            # (after a closing quotation mark too: '"…," Kazakh ambassador to the UN, Ada Lind, told')
            role = _role_text(doc, start, first - 1)
            if role and _head_word(role[0]) in _ROLE_WORDS and not _fronted_phrase(doc, start, first - 1, first) and not (
                    start - 2 >= sentence_first and tokens[start - 1].tag == "PRP$"
                    and tokens[start - 2].text.lower() == "as"):
                out.append(role)  # ("with Johnson as his vice president, McPherson …": Johnson's role)
    return out


def _adjective_of_the_noun_after(doc: Document, k: int, first: int) -> bool:
    """The lower-case word at ``k``, right before the name at ``first``, is an adjective and the name only
    modifies a common noun after it ("a major Okafor collection"): the adjective is the noun's."""
    tokens = doc.tokens
    word = tokens[k]
    if word.tag != "JJ" or not word.text.islower():
        return False
    head = first
    while tokens[head].dep in ("flat", "compound") and tokens[head].head > head and tokens[tokens[head].head].tag == "NNP":
        head = tokens[head].head
    noun = tokens[head].head
    return tokens[head].dep == "compound" and noun > head and tokens[noun].tag in ("NN", "NNS") and tokens[noun].text.islower()


def _fronted_phrase(doc: Document, start: int, end: int, name: int) -> bool:
    """"As to his opponent, Dumas names …", "After the mayor, Lind spoke": the phrase before the comma
    is a preposition's object on the verb the name is the subject of, not an apposition to the name."""
    tokens = doc.tokens
    subject = name
    while tokens[subject].dep in ("flat", "compound") and tokens[subject].head > subject:
        subject = tokens[subject].head
    if not tokens[subject].dep.startswith("nsubj"):
        return False
    verb = tokens[subject].head
    return any(tokens[k].dep.split(":")[0] in ("obl", "advcl") and tokens[k].head == verb for k in range(start, end))


def _past_clause_heads(doc: Document, start: int, end: int, name: int) -> int:
    """"the mission President Lind described": a noun that a relative clause with the name in it
    modifies is not part of the name's title; the title starts after it."""
    tokens = doc.tokens
    k, path = name, []
    while tokens[k].head != k and len(path) < 20:
        path.append(k)
        k = tokens[k].head
        if start <= k < end and tokens[path[-1]].dep in ("acl:relcl", "acl"):
            start = k + 1
    return start


def _plural_title(doc: Document, first: int, sentence_first: int) -> list[tuple[str, int, int]]:
    """"Presidents George H. W. Bush and Bill Clinton": each of them is a President."""
    tokens = doc.tokens
    k = first - 1
    while k > sentence_first and (tokens[k].tag in ("NNP", ",") or tokens[k].text in ("and", ".")):
        k -= 1  # back over the names listed before this one
    title = tokens[k] if k >= sentence_first else None
    if title is None or k == first or tokens[k + 1].text in ("and", ","):
        return []
    word = title.text
    if word[:1].isupper() and word.endswith("s") and word[:-1].lower() in _ROLE_WORDS and title.tag in ("NNS", "NNPS"):
        return [(word[:-1], title.start, title.end - 1)]
    return []


def participle_roles(doc: Document, subject: int, sentence_first: int) -> list[tuple[str, int, int]]:
    """"After serving as vice-chairman of the Center, he …": an opening clause about the subject."""
    tokens = doc.tokens
    if subject - 1 <= sentence_first or tokens[subject - 1].text != ",":
        return []
    for k in range(sentence_first, subject - 2):
        if tokens[k].text.lower() in ("serving", "working") and tokens[k + 1].text.lower() == "as" \
                and (k == sentence_first or tokens[k - 1].text.lower() in ("after", "before", "while", "since", "when")):
            return _role_list(doc, k + 2, subject - 1)
    return []


def _best_prefix_role(doc: Document, start: int, end: int) -> tuple[str, int, int] | None:
    """In "... the UN Yerlan", the role must end in a role word or in the name of its organisation."""
    tokens = doc.tokens
    # Find the last role word: what follows it up to the name must be a complement ("to the UN"),
    # not a new phrase.
    last_role = max((k for k in range(start, end) if _is_role_word(tokens[k])), default=None)
    if last_role is None:
        return None
    tail = [t.text.lower() for t in tokens[last_role + 1:end]]
    if tail and tail[0] not in ("of", "to", "for", "at", "general", "in") and not tokens[last_role + 1].tag.startswith("NNP"):
        return None
    return _role_text(doc, start, end)


# Titles of address: "Mr. Chief Justice", "Madam Speaker" address the holder of an office; after a
# name and a comma they begin the next person's form of address, not an apposition.
_ADDRESS = frozenset("mr mrs ms miss mister madam madame".split())


def is_address(role: str) -> bool:
    """"Madam Chair", "Mr. President": an office addressed, not a role stated of anyone."""
    return bool(role) and role.split()[0].lower().rstrip(".") in _ADDRESS


def titled_name(role: str) -> bool:
    """A "role" that is, or lists, another person's title and name ("Senator Dahl", "Senator Dahl and
    Mayor"): in a list of people each with a title, the next person, not a role of this one."""
    return any(_titles_then_name(part.split()) for part in re.split(r",\s*|\s+(?:and|&)\s+", role))


def _title_and_name(tokens: tuple[Token, ...], first: int, end: int) -> bool:
    return _titles_then_name([t.text for t in tokens[first:end]])


def _titles_then_name(words: list[str]) -> bool:
    """Capitalised words that are titles and then a name: "Senator Dahl", "Vice President Okafor" (not
    "Secretary of State", not "Chief Executive Officer")."""
    if not words or not all(w[:1].isupper() for w in words):
        return False
    titles = 0
    while titles < len(words) and words[titles].lower().rstrip(".") in ROLE_TITLES:
        titles += 1
    return 0 < titles < len(words) and all(w.lower().rstrip(".") not in ROLE_TITLES for w in words[titles:])


def roles_after(doc: Document, last: int, sentence_last: int) -> list[tuple[str, int, int]]:
    tokens = doc.tokens
    out: list[tuple[str, int, int]] = []
    if last >= sentence_last:
        return out
    if tokens[last].text in ("'s", "\u2019s"):
        return out
    i = last
    if tokens[i].text == "(":
        # "Harry McPherson (August 22, 1929 – February 16, 2012) served as …": look past the dates
        close = next((c for c in range(i + 1, sentence_last) if tokens[c].text == ")"), None)
        if close is None or close + 1 >= sentence_last:
            return out
        i = close + 1
    if tokens[i].text == "of" and i + 1 < sentence_last and tokens[i + 1].tag == "NNP":
        # "Governor Robert Dinwiddie of Virginia was an investor in …": past the place, to the verb
        j = i + 1
        while j < sentence_last and tokens[j].tag == "NNP":
            j += 1
        if j < sentence_last and (tokens[j].text.lower() in _COPULAS or tokens[j].text.lower() in _AUXILIARIES):
            i = j
    if tokens[i].text.lower() == "as" and i + 1 < sentence_last and tokens[i + 1].text.lower() != "well":
        return _role_list(doc, i + 1, sentence_last)  # "picking up Jacob Van Braam as an interpreter"
    if tokens[i].text == ",":
        i += 1
        if i < sentence_last and tokens[i].text.lower() == "who":
            i += 1
            return _copula_roles(doc, i, sentence_last)
        # apposition: up to the next comma, "who", a finite verb, or the end of the sentence
        j = i
        while j < sentence_last and tokens[j].text not in _APPOSITION_STOPS \
                and (tokens[j].tag not in ("VBD", "VBZ", "VBP", "VB", "MD", "WP", "WDT")
                     or (j > i and tokens[j].tag == "VBD" and tokens[j - 1].tag in ("DT", "RB"))):
            j += 1  # (a past participle after "the newly" describes, it is not the verb of a clause)
        if j == i or tokens[i].text.lower().rstrip(".") in _ADDRESS or _title_and_name(tokens, i, j):
            # ("Senator Lind, Mr. Chief Justice, …": an office addressed; "Vice President Okafor, Senator
            # Dahl": the next person of a list, with their own title)
            return out
        for part_first, part_last in _split_and(doc, i, j):
            role = _role_text(doc, part_first, part_last)
            if role:
                out.append(role)
        if not out and tokens[i].tag in ("VBN", "VBG"):
            # "Ada Lind, born in Oslo in 1950, is now the oldest senator": a participle clause about the
            # person stands between the subject and its copula; the predicate follows its closing comma
            close = next((c for c in range(i + 1, sentence_last) if tokens[c].text == ","), None)
            if close is not None:
                out += _copula_roles(doc, close + 1, sentence_last)
        return out
    return _copula_roles(doc, i, sentence_last)


def _copula_roles(doc: Document, i: int, sentence_last: int) -> list[tuple[str, int, int]]:
    tokens = doc.tokens
    out = []
    k = i
    # "who before the election was a cabinet member": a short phrase may come before the verb
    if k < sentence_last and tokens[k].tag == "IN" and tokens[k].text.lower() not in ("as", "of"):
        verb_at = next((j for j in range(k + 1, min(k + 6, sentence_last)) if tokens[j].text.lower() in _COPULAS), None)
        if verb_at is not None and all(t.tag in ("DT", "NN", "NNS", "NNP", "JJ", "CD", "CC", "PRP$")
                                       for t in tokens[k + 1:verb_at]):
            k = verb_at
    while k < sentence_last and tokens[k].text.lower() in _AUXILIARIES:
        k += 1
    if k >= sentence_last or tokens[k].text.lower() not in _COPULAS:
        return out
    verb = tokens[k].text.lower()
    k += 1
    if verb in ("named", "appointed", "elected") and k < sentence_last and tokens[k].tag == "NNP":
        return out  # "Nixon named William E. Simon as …": the role is Simon's, not Nixon's
    if verb in _AS_VERBS:
        # "served in Germany as an intelligence officer", "served from 1976 to 1991 as its counsel",
        # "succeeded Marin as commander of the French forces"
        as_at = next((j for j in range(k, min(k + 8, sentence_last)) if tokens[j].text.lower() == "as"), None)
        if as_at is None:
            return out
        k = as_at
    # "who was at the time the Senate majority leader", "was previously head of …"
    while k < sentence_last and tokens[k].tag == "RB" and tokens[k].text.lower() not in ("not", "n't", "never"):
        k += 1
    words = " ".join(t.text.lower() for t in tokens[k:k + 3])
    for aside in ("at the time", "at that time", "by then", "until then"):
        if words.startswith(aside):
            k += len(aside.split())
            break
    if k < sentence_last and tokens[k].text.lower() == "as":
        k += 1
    elif k < sentence_last and tokens[k].tag in ("IN", "TO", "RB", "VBN", "VBG"):
        return _coordinated_roles(doc, k, sentence_last)  # "was in Geneva to open …": not a role
    out = _role_list(doc, k, sentence_last)
    return out + _coordinated_roles(doc, k, sentence_last)


def _coordinated_roles(doc: Document, k: int, sentence_last: int) -> list[tuple[str, int, int]]:
    """A second predicate of the same subject: "… served as counsel from 1965 to 1969 and was Johnson's
    chief speechwriter", "was on the Board from 1974 to 1977, and was chairman of …"."""
    tokens = doc.tokens
    for j in range(k, sentence_last - 1):
        low = tokens[j].text.lower()
        if low in ("who", "which", "whose", "that") or tokens[j].tag in ("WP", "WDT"):
            return []  # a relative clause starts: what follows is about someone else
        if low == "and" and (tokens[j + 1].text.lower() in _COPULAS or tokens[j + 1].text.lower() in _AUXILIARIES):
            return _copula_roles(doc, j + 1, sentence_last)
    return []


def _role_list(doc: Document, k: int, sentence_last: int) -> list[tuple[str, int, int]]:
    """Roles from token ``k`` on: one, or a list of them with years in parentheses between
    ("assistant general counsel (1956–1959), associate counsel (1959–1961) and general counsel")."""
    tokens = doc.tokens
    out: list[tuple[str, int, int]] = []
    while k < sentence_last:
        j = k
        while j < sentence_last and tokens[j].text not in (",", ";", ".", "(", ":") \
                and tokens[j].tag not in ("VBD", "VBZ", "VBP", "WDT", "WP"):
            j += 1
        if k + 1 < j - 1 < sentence_last and _ranked_start(doc, k) and tokens[j].tag in ("VBD", "VBZ", "VBP") \
                and tokens[j - 1].tag in ("NNP", "PRP") and _is_role_word(tokens[j - 2]):
            # "the first senator Georgia has ever elected": after a ranking, the clause that says what
            # the ranking is about stays with the role (a relative clause without "who")
            j = next((c for c in range(j, sentence_last) if tokens[c].text in (",", ";", ".", "(", ":")), sentence_last)
            role = _role_text(doc, k, j, keep_clause=True)
            if role:
                out.append(role)
            break
        found = []
        for part_first, part_last in _split_and(doc, k, j):
            role = _role_text(doc, part_first, part_last)
            if role:
                found.append(role)
        out += found
        if not found or j >= sentence_last:
            break
        if tokens[j].text == ",":
            # "became special assistant and counsel to the president, and then special counsel to …"
            words = [t.text.lower() for t in tokens[j + 1:j + 3]]
            if words[:2] in (["and", "then"], ["and", "later"], ["and", "eventually"]) or words[:1] == ["then"]:
                k = j + 1 + (2 if words[0] == "and" else 1)
                continue
            break
        if tokens[j].text != "(":
            break
        close = next((c for c in range(j, sentence_last) if tokens[c].text == ")"), None)
        if close is None:
            break
        k = close + 1
        while k < sentence_last and tokens[k].text.lower() in (",", "and"):
            k += 1
    return out


def _split_and(doc: Document, first: int, last: int) -> list[tuple[int, int]]:
    """Split "a seasoned diplomat and former director general of X" at "and" when both sides hold a role.
    "lawyer and lobbyist" and "assistant and counsel to the president" stay whole: the right side is
    a bare noun, or shares its complement with the left."""
    tokens = doc.tokens
    for k in range(first + 1, last - 1):
        if tokens[k].text.lower() == "and":
            left, right = (first, k), (k + 1, last)
            if last - k == 2 or (_is_role_word(tokens[k + 1]) and tokens[k + 2].text.lower() in _COMPLEMENT_PREPOSITIONS):
                continue
            if any(_is_role_word(t) for t in tokens[first:k]) and any(_is_role_word(t) for t in tokens[k + 1:last]):
                return [left, *_split_and(doc, *right)]
            if tokens[k + 1].text.lower() in ("a", "an", "the") and not any(_is_role_word(t) for t in tokens[first:k]):
                return _split_and(doc, *right)  # "famous and a senator": what she is, is the second
    return [(first, last)]


_SUBJECT_PRONOUNS = {"he", "she"}
_OBJECT_PRONOUNS = {"him", "her"}
_APPOINTING_VERBS = {"appointed", "named", "made", "elected", "chose", "nominated", "hired", "promoted"}


def pronoun_roles(doc: Document, first: int, last: int, subject: bool = True,
                  objects: bool = True) -> list[tuple[str, int, int]]:
    """Roles a sentence gives someone it calls "he" or "she" ("He served as press secretary"), or
    "him"/"her" ("Reagan named him vice chairman of the Commission")."""
    tokens = doc.tokens
    out: list[tuple[str, int, int]] = []
    for k in range(first, last):
        low = tokens[k].text.lower()
        if low in _SUBJECT_PRONOUNS and subject:
            out += _copula_roles(doc, k + 1, last) + participle_roles(doc, k, first)
        elif objects and low in _OBJECT_PRONOUNS and k > first and tokens[k - 1].text.lower() in _APPOINTING_VERBS:
            j = k + 1
            if j < last and tokens[j].text.lower() == "as":
                j += 1
            end = j
            while end < last and tokens[end].text not in _APPOSITION_STOPS and tokens[end].tag not in (
                    "VBD", "VBZ", "VBP", "WDT", "WP", "TO") and tokens[end].text.lower() not in ("in", "on", "from"):
                end += 1
            for part_first, part_last in _split_and(doc, j, end):
                role = _role_text(doc, part_first, part_last)
                if role:
                    out.append(role)
    return out
