"""Growing a recognised name over the capitalised phrase it belongs to: the recogniser often stops
early ("Kennedy Space" of "Kennedy Space Center Visitor Complex") or cuts one name in two."""

from __future__ import annotations

from ..model import Document, Sentence, Token
from ..vocab import FACILITY_WORDS, ORG_WORDS, PLACE_HEADS, ROLE_TITLES
from .name_tokens import NAME_LABELS, NAME_LINKERS, NamesAt, is_abbreviation, is_capitalised, is_known_place

# What follows a company's possessive, and a person's rarely: "Sony's chief financial officer".
COMPANY_POSSESSIONS = {"chief", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "shares", "shareholders",
                        "board", "profits", "profit", "revenue", "revenues", "sales", "stock", "subsidiary",
                        "headquarters", "brand", "products", "customers", "employees", "staff", "workforce"}
FIRM_ENDINGS = {"Co.", "Co", "Company", "Sons", "Brothers", "Partners", "Associates"}


def company_possession_of(doc: Document, first: int, last: int, sentence: Sentence) -> bool:
    """What only a company has stands before "of" and the name at ``first:last`` ("the shares of Orkla",
    "the chairman of Statoil", "the CEO of Hilton"): the name is a company's, unless it only modifies a
    noun after it ("products of American culture")."""
    after = doc.tokens[last] if last < sentence.last_token else None
    if after is not None and after.tag in ("NN", "NNS") and after.text[:1].islower():
        return False
    k = first - 1
    if k > sentence.first_token and doc.tokens[k].text.lower() == "the":
        k -= 1
    # (a person has a staff too: "the staff of Senator Lind")
    return k > sentence.first_token and doc.tokens[k].text.lower() == "of" \
        and doc.tokens[k - 1].text.lower() in COMPANY_POSSESSIONS - {"staff", "workforce"}


def expand(doc: Document, first: int, last: int, label: str, sentence: Sentence,
            owner: dict[int, int], spans: list, own: int, people: NamesAt) -> tuple[int, int, set[int]]:
    """Grow a recognised name over the capitalised phrase it is part of: the model often stops early
    ("Kennedy Space" of "Kennedy Space Center Visitor Complex", "Museum of" of "Museum of Flight").
    People grow only over capitalised words; organisations and places also over "of", "for", "des"…
    and, inside an organisation's name, over "and (the)". Returns the new span and the other
    entities it swallowed."""
    tokens = doc.tokens
    absorbed: set[int] = set()
    def joins_on_the_left(k: int) -> bool:
        if k <= sentence.first_token or not is_capitalised(tokens[k]):
            return False
        if tokens[k].text.lower().rstrip(".") in ROLE_TITLES and (label == "PERSON" or k - 1 < sentence.first_token
                                                                  or tokens[k - 1].text.lower() not in ("the", "a", "an")):
            return False  # "President Tokayev": a title, not a name; but "the Premier League" is a name
        # a capitalised ordinal is part of the name ("First Canadian Place"), other entities are not
        return k not in owner or (spans[owner[k]][2].label == "ORDINAL" and tokens[k].tag == "NNP")

    # once an organisation's name has taken in a country or city ("Government of Canada"), only an
    # organisation word may follow ("… School of Law"), not a new name ("… Digital Collections")
    place_inside = False
    while True:
        if joins_on_the_left(first - 1):
            first -= 1
        elif label in ("LOC", "ORG") and _institution_before(doc, first, sentence, owner, spans):
            # "University of" + "Texas" + "School of Law", "University of the" + "South": the place
            # is inside an institution's name
            head = first - 3 if tokens[first - 1].text == "the" else first - 2
            if head in owner:
                absorbed.add(owner[head])
            place_inside = is_known_place(" ".join(t.text for t in tokens[first:last]))
            first = head
            label = "ORG"
        else:
            break
    j = last
    end = sentence.last_token
    while j < end:
        token = tokens[j]
        low = token.text.lower()
        other = owner.get(j)
        after_linker = tokens[j - 1].text.lower() in NAME_LINKERS | {"the", "and"}
        if low in ("and", "&") and j + 1 < end and tokens[j + 1].text in FIRM_ENDINGS:
            j += 2  # "J. Lyons and Co.", "Smith & Sons": a firm, named after its founders
            label = "ORG"
            continue
        run_end = _institution_run(doc, first, j, end, owner, spans, own, label)
        if run_end:
            # "Johnson" + "Space Center", "Independent" + "Presbyterian Church", "U.S. Space and" +
            # "Rocket Center": the next names end in an institution's head word, and so does this one
            absorbed.update(owner[k] for k in range(j, run_end) if k in owner and owner[k] != own)
            j = run_end
            if label == "PERSON":
                label = "ORG"
            continue
        if label != "PERSON" and not after_linker and people.starts_at(doc.text, token.start):
            break
        if place_inside and is_capitalised(token) and low not in ORG_WORDS and tokens[j - 1].text.lower() not in NAME_LINKERS:
            break  # "Government of Canada" + "Digital Collections website": the name ended at the country
        sandwiched = (token.text[:1].isupper() and token.text.isalpha() and is_capitalised(tokens[j - 1])
                      and j + 1 < end and is_capitalised(tokens[j + 1]))  # "… Officials Task Force on …" (Task: a verb?)
        if (is_capitalised(token) or sandwiched) and (other is None or other == own):
            j += 1
            if label == "LOC" and low in ORG_WORDS:
                label = "ORG"  # "Addis Ababa University School" + "of Law"
            continue
        if other is not None and spans[other][2].label == label and spans[other][0] == j and is_abbreviation(token.text):
            absorbed.add(other)  # "Washington" + "D.C.": one place
            j = spans[other][1]
            continue
        if label == "PERSON" and any(t.text.lower() in ORG_WORDS for t in tokens[first:j]):
            label = "ORG"  # "John F. Kennedy Center": a person's name that founds an institution's
        if label == "PERSON" and low == "the" and j + 1 < end and tokens[j + 1].text.istitle() \
                and tokens[j + 1].text.isalpha() and tokens[j + 1].text.lower() not in ROLE_TITLES \
                and not (j + 2 < end and tokens[j + 2].text[:1].isupper()) \
                and (owner.get(j + 1) is None or spans[owner[j + 1]][:2] == (j + 1, j + 2)):
            if owner.get(j + 1) is not None:
                absorbed.add(owner[j + 1])  # (the recogniser may have taken "Elder" for a name)
            j += 2  # "Pliny the Younger", "Alexander the Great": an epithet is part of the name
            return first, j, absorbed
        if label == "PERSON" and not (low == "des" and j + 1 < end and is_capitalised(tokens[j + 1])):
            break  # a person's name may hold "de" ("Coulon de Jumonville"); "des" marks a place
        if label == "LOC" and low in NAME_LINKERS and tokens[j - 1].text.lower() not in PLACE_HEADS:
            break  # "Colony of Canada", "Forks of the Ohio" grow; "Britain of Florida" does not
        if other is not None and other != own and is_capitalised(token) and tokens[j - 1].text.lower() in NAME_LINKERS | {"the"}:
            other_first, other_last, other_entity = spans[other]
            if other_first == j and other_entity.label == "NORP" and label == "ORG" \
                    and _members_after(tokens, other_last, end):
                absorbed.add(other)  # "Royal Institute of" + "British" + "Architects": the members' nationality
                j = other_last
                continue
            if other_first == j and other_entity.label in NAME_LABELS:
                absorbed.add(other)
                j = other_last
                place_inside = label == "ORG" and other_entity.label == "LOC" and is_known_place(other_entity.text)
                continue
        linker = low in NAME_LINKERS or (low == "the" and tokens[j - 1].text.lower() in NAME_LINKERS | {"and"})
        joins = (label == "ORG" and low == "and" and tokens[j - 1].text.lower() not in ORG_WORDS
                 and is_capitalised(tokens[j - 1]) and not _two_institutions(tokens, first, j, end))
        if low == "on" and not (tokens[j + 1].text.isalpha() if j + 1 < end else False):
            break  # "Kennedy Space Center on STS-1": a mission, not the rest of a name
        if low == "on" and tokens[j - 1].text.lower() not in ORG_WORDS:
            break  # "Council on Foreign Relations" is one name; "Scientology on the Internet" says where
        if low == "and" and j + 2 < end and tokens[j + 1].text == "the" and label == "ORG":
            k = j + 2
            while k < end and is_capitalised(tokens[k]):
                k += 1
            if any(t.text.lower() in ORG_WORDS for t in tokens[j + 2:k]):
                break  # "Foreign Affairs and the Publications Committee": a second organisation
        if (linker or joins) and j + 1 < end and (is_capitalised(tokens[j + 1]) or tokens[j + 1].text.lower() == "the"):
            j += 1
            continue
        break
    while j > last and (tokens[j - 1].text.lower() in NAME_LINKERS | {"and", "the"}):
        j -= 1
    if label == "ORG" and j < end and tokens[j].text == "party":
        j += 1  # "the Progressive Conservative party": the party is part of its name
    if absorbed and not any(t.text.lower() in ORG_WORDS for t in tokens[first:j]) and label != "LOC" \
            and not (label == "ORG" and tokens[j - 1].tag == "NNPS" and _members_after(tokens, j - 1, j)):
        # "X of Y" with no organisation word: keep the two names apart; but an organisation of a
        # kind of people ("International Brotherhood of Magicians") is named after its members
        return first, last, set()
    return first, j, absorbed


def _members_after(tokens: tuple[Token, ...], k: int, end: int) -> bool:
    """Do capitalised words from ``k`` end in a plural noun ("British Architects", "Magicians")? The
    members an association is named after."""
    while k < end and is_capitalised(tokens[k]) and tokens[k].tag not in ("NNPS", "NNS"):
        k += 1
    return k < end and tokens[k].tag in ("NNPS", "NNS") and tokens[k].text[:1].isupper() and tokens[k].text.endswith("s")


def _two_institutions(tokens: tuple[Token, ...], first: int, and_at: int, end: int) -> bool:
    """"University of California and Columbia University": each side of "and" has its own
    organisation word, so they are two names ("Bureau of Educational and Cultural Affairs", "Centre for
    Internet and Society" are one)."""
    k = and_at + 1
    while k < end and is_capitalised(tokens[k]):
        k += 1
    def has_org_word(part: tuple[Token, ...]) -> bool:
        return any(t.text.lower() in ORG_WORDS for t in part)
    # (a lone institution word after "and" completes the first name's complement: "Centre for Internet
    # and Society"; a second institution has a name of its own before its head word)
    return has_org_word(tokens[first:and_at]) and has_org_word(tokens[and_at + 1:k]) and k - and_at > 2


def _institution_before(doc: Document, first: int, sentence: Sentence, owner: dict[int, int], spans: list) -> bool:
    """Does "University of (the)", "Bank of" stand just before token ``first``? Not when the
    institution word ends a longer name: "Evergreen Aviation & Space Museum of McMinnville" is
    where that museum is."""
    tokens = doc.tokens
    linker = first - 2 if first - 1 > sentence.first_token and tokens[first - 1].text == "the" else first - 1
    head = linker - 1
    if head < sentence.first_token or tokens[linker].text not in ("of", "for"):
        return False
    if not is_capitalised(tokens[head]) or tokens[head].text.lower() not in ORG_WORDS:
        return False
    if head in owner and spans[owner[head]][2].label != "ORG":
        return False
    return not (head - 1 >= sentence.first_token and is_capitalised(tokens[head - 1]))


def _institution_run(doc: Document, first: int, j: int, end: int, owner: dict[int, int], spans: list, own: int,
                     label: str) -> int | None:
    """End of a run of capitalised words from ``j`` that another name begins and an organisation
    word ends ("Space Center", "Rocket Center"), after a name or after "and"/"&" inside one; for a
    place, a facility word ("Lake" + "Nakuru National Park")."""
    tokens = doc.tokens
    k = j
    if tokens[k].text in ("and", "&") and j > 0 and is_capitalised(tokens[j - 1]):
        if _two_institutions(tokens, first, j, end):
            return None  # "University of California and Columbia University"
        k += 1
    start = k
    while k < end and is_capitalised(tokens[k]):
        k += 1
    if k == start or not any(x in owner and owner[x] != own for x in range(start, k)):
        return None
    head = tokens[k - 1].text.lower()
    if not (label == "LOC" and head in FACILITY_WORDS and k - start >= 2) and (
            head not in ORG_WORDS or head in ("press", "news", "star", "times")):
        return None
    labels = {spans[owner[x]][2].label for x in range(start, k) if x in owner}
    if not labels <= set(NAME_LABELS) or ("PERSON" in labels and label != "PERSON"):
        return None  # (a date or a number in between; a person after a place is someone there)
    return k
