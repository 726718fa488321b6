"""Text helpers for questions: trimming a sentence to the clause around an answer, blanking it, and
normalising strings for comparison (the way a grader compares a typed answer)."""

from __future__ import annotations

import functools
import re

from ..model import Mention
from ..question import BLANK, same_text

__all__ = ["BLANK", "blank_parts", "blanked", "context_window", "excerpt", "norm", "question_shape_problem",
           "restore_capitals", "self_contained", "statement", "stray_capital", "word_forms", "words_dropped"]
MAX_WORDS = 40  # longer sentences are trimmed to the clause that carries the fact
# Only strong breaks: a cut at a comma leaves fragments ("2012) served as…", "Picking up along the way…").
_CLAUSE_BREAK = re.compile(r"(?<=;)\s+|(?<=[a-z]:)\s+")


def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form for comparing answers."""
    return same_text(text)


def context_window(mention: Mention) -> tuple[int, int]:
    """Offsets (relative to the evidence sentence) of the part of it to show: the whole sentence when
    short, else the clauses around the answer, at least ~12 words, cut at clause boundaries."""
    sentence = mention.evidence.sentence
    a = mention.start - mention.evidence.start
    b = mention.end - mention.evidence.start
    if len(sentence.split()) <= MAX_WORDS:
        return 0, len(sentence)
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    start = max(c for c in cuts if c <= a)
    end = min(c for c in cuts if c >= b)
    while len(sentence[start:end].split()) < 12 or not _balanced(sentence[start:end]):
        earlier = [c for c in cuts if c < start]
        later = [c for c in cuts if c > end]
        if later:
            end = later[0]
        elif earlier:
            start = earlier[-1]
        else:
            break
    return start, end


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("\u201c") == text.count("\u201d")


_FOOTNOTE_START = re.compile(r"(?:\s*\[\w{1,3}\])+\s*")
_NO_CONTEXT = re.compile(r"^\W*(?:he|she|it|they|his|her|its|their|this|these|those|that|the same|such|and|but|or|so|"
                         r"also|however|then|there|here)\b", re.IGNORECASE)


def self_contained(sentence: str) -> bool:
    """Can the sentence stand alone? Not when it opens on a pronoun, a back reference or a connective."""
    return _NO_CONTEXT.match(sentence) is None


def excerpt(mention: Mention, use_statement: bool = True) -> tuple[str, int, int]:
    """The text shown for a mention, and the answer's offsets inside it: the self-contained statement
    the facts made of its clause (pronouns resolved, side clauses split off) when there is one, else
    the sentence, trimmed to the clauses around the answer."""
    if use_statement and mention.statement is not None:
        st = mention.statement
        return st.text, st.answer_start, st.answer_end
    start, end = context_window(mention)
    sentence = mention.evidence.sentence
    mark = _FOOTNOTE_START.match(sentence, start)
    if mark and mark.end() <= mention.start - mention.evidence.start:
        start = mark.end()  # "[8] He was …": the previous sentence's footnote marks, no part of this one
    text = sentence[start:end].rstrip(" ,;:\u2014")
    return text, mention.start - mention.evidence.start - start, mention.end - mention.evidence.start - start


def blanked(mention: Mention) -> str:
    text, a, b = excerpt(mention)
    stem = text[:a] + BLANK + text[b:]
    stem = stem[0].upper() + stem[1:] if stem[:1].islower() else stem
    if stem[-1:] not in ".?!\"\u201d":
        stem += "."
    return stem


def blank_parts(mention: Mention, use_statement: bool = True) -> tuple[str, str]:
    """The excerpt's text before and after the answer (the article's own words with ``use_statement``
    off: a cloze card gives back the article's text)."""
    text, a, b = excerpt(mention, use_statement)
    return text[:a], text[b:]


def statement(mention: Mention, replacement: str | None = None, use_statement: bool = True) -> str:
    """The excerpt as a statement; with ``replacement``, the answer swapped for it."""
    text, a, b = excerpt(mention, use_statement)
    if replacement is not None:
        text = text[:a] + replacement + text[b:]
    text = text[0].upper() + text[1:] if text[:1].islower() else text
    return text if text[-1:] in ".?!\"\u201d" else text + "."


# --- the shape of a wh-question ---------------------------------------------------------------------

WH_PHRASES = ("In what year", "Which organisation", "Which place", "How many", "How much", "Who", "When", "Where")
AUXILIARIES = frozenset("""is are was were be been am do does did has have had will would can could may might shall
should must""".split())
PREPOSITIONS = frozenset("""of in on at to for by with from as into onto than about over under after before during
since until through between among against without within upon""".split())
_NOT_A_VERB = PREPOSITIONS | frozenset("""the a an and or but nor then so also there here this that these those it he
she they his her its their which who whom whose what all some many most both each every several other others no
none""".split())
# words a subject may open with (after a moved auxiliary: "When did all the settlers leave?")
_SUBJECT_STARTS = frozenset("""the a an this these it he she they his her its their all some many most both each every
several other others no""".split())
_CAPITALISED_FUNCTION_WORD = re.compile(
    r"(?<=\s)(?:The|A|An|As|Of|In|On|At|For|With|By|To|From|And|But|Or|If|When|While|After|Before|Although|"
    r"Though|Because|Since|Despite|During|There|This|That|These|Those|It|He|She|They|We|His|Her|Its|Their|"
    r"Also|However|Then|So|Most|Many|Some)\s+[a-z]")


def stray_capital(text: str) -> str:
    """A capitalised function word inside a sentence before a lower-case word ("Which place The took
    …", "Who As coauthor told …"): a piece of another sentence left in by the surgery. "told The
    Huffington Post" is a name."""
    match = _CAPITALISED_FUNCTION_WORD.search(text)
    if match and not re.search(r"[.:;!?\"\u201c\u2014(]\s*$", text[:match.start()]):
        return match.group().split()[0]
    return ""


def question_shape_problem(question: str, answer: str) -> str:
    """Why a wh-question does not read as a question, or "": it must open on its question word and
    go on with an auxiliary and a subject, or with the verb of the subject asked about; carry no
    comma, quotation or bracket that a cut clause leaves behind; and ask for the kind of answer it
    has ("How many km …", "How much" for a count do not)."""
    if not question.endswith("?"):
        return "does not end as a question"
    wh = next((w for w in WH_PHRASES if question.startswith(w + " ")), None)
    if wh is None:
        return "does not open on a question word"
    if re.search(r"[,;:\"\u201c\u201d()\[\]\u2014]|\w-\s|\s-\w|(?:^|\s)['\u2018\u2019](?:\s|$)", question):
        return "carries a comma, quotation or bracket left by the cut clause"
    words = question[len(wh):].rstrip("?").split()
    if len(words) < 2 or len(words) > 18:
        return "too short or too long to read as one question"
    if len(words) < 5:
        return "too little is left of the clause to say what is asked (\"In what year did Austria decide?\")"
    if re.search(r"\b[a-z]{3,} (?:President|Senator|Governor|Mr\.|Mrs\.|Ms\.|Dr\.|Madam|Sir) [A-Z]", question):
        return "a name of address run into the clause (\"the mission President Biden\")"
    if re.search(r"['\u2019]s?\s+(?:and|or|of|to|the|a|an|in|on|at|by|with|for)\b", question):
        return "a possessive with nothing it owns (\"New People Party's and …\")"
    for opener, partner in (("both", "and"), ("either", "or"), ("neither", "nor"), ("between", "and")):
        if re.search(rf"\b{opener}\b", question, re.IGNORECASE) and \
                not re.search(rf"\b{opener}\b.*\b{partner}\b", question, re.IGNORECASE):
            # "Who is the namesake for both the college in Animal House?": the other half was cut
            return f"\"{opener}\" without its \"{partner}\": half of the pair was cut"
    if stray_capital(question):
        return f"a stray capitalised {stray_capital(question)!r} inside the question"
    if wh == "How many":
        words = words[1:]  # the counted noun
        if not words or question.split()[2].lower() in UNIT_NOUNS:
            return "asks \"how many\" of a unit"
    if wh == "How much" and not re.search(r"[$€£¥₹]|\b(?:dollars?|euros?|pounds?|yen|rupees?)\b", answer):
        return "asks \"how much\" for what is not an amount of money"
    first = words[0].lower()
    if first in ("do", "does", "did") and any(w.lower() in ("was", "were", "is", "are", "has", "have", "had")
                                               for w in words[1:]):
        return "two verbs: do-support and a form of 'be' or 'have' (\"Where did the Maya were …\")"
    if first in AUXILIARIES and len(words) > 1 and words[1] in ("The", "A", "An"):
        return "a capitalised determiner after the auxiliary: a piece of the sentence's start left in"
    if wh == "Where" and first in ("is", "are", "was", "were") and _predicate_noun(words[1:]):
        return "asks where of what something is (\"Where are the islands the eastern-most islands?\")"
    if wh == "Where" and re.search(r"\b(?:in|at|near)\s+[A-Z]", " ".join(words)):
        return "asks where while the question names a place already (\"Where was X born in Randers?\")"
    if first in AUXILIARIES and len(words) > 1 and words[1].endswith("ing") and words[1].islower():
        return "a participle where the subject should be (\"When does following the flight launch?\")"
    if wh in ("Who", "Whom", "Which organisation", "Which place", "Which person") and first in ("do", "does", "did") \
            and re.search(r"\b(?:tell|told|inform|assure|warn|remind|promise|advise|convince|notify)\s+(?:that\s+)?"
                          r"(?:every|each|all|no|the|a|an|its|their|his|her|it|they|he|she|we|there)\b[^?]*?\b"
                          r"(?:will|would|was|were|is|are|had|has|could|should|must|can)\b", " ".join(words[2:])):
        # "Which organisation do officials tell every claim will be assessed?": the one told, asked
        # while the clause it is told stays whole, reads as neither the question nor the sentence
        return "asks for the one told while the clause told stays in (\"Who do officials tell every claim …\")"
    if first in AUXILIARIES:
        if len(words) < 2 or words[1].lower() in _NOT_A_VERB - _SUBJECT_STARTS:
            return "no subject after the auxiliary"
        if first in ("do", "does", "did") and words[1].lower() == "there":
            return "\"do there be\": no question can be made of this clause"
    elif first in _NOT_A_VERB or not words[0].islower():
        return "no verb after the question word"
    return ""


def _predicate_noun(words: list[str]) -> bool:
    """After "Where is": a subject, then a noun phrase of its own ("the Chatham Islands the largest
    islands", "Ada Lind a teacher"), not a participle ("Where was the treaty signed?") or a phrase
    after a preposition ("the museum of the guild")."""
    last = words[-1].rstrip("?") if words else ""
    if not last or last.endswith(("ed", "en", "wn", "ing", "ly")):
        return False
    return any(w.lower() in ("the", "a", "an") and words[k - 1].lower() not in PREPOSITIONS
               for k, w in enumerate(words) if k > 0)


UNIT_NOUNS = frozenset("""km kilometres kilometers miles metres meters m ft feet inches cm mm kg tonnes tons percent
per degrees hours minutes seconds years""".split())


@functools.lru_cache(maxsize=4)
def word_forms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words the text writes in lower case, and those it capitalises inside a sentence."""
    lower = frozenset(re.findall(r"\b[a-z][a-z'-]+\b", text))
    inside = frozenset(m.group(1).lower() for m in re.finditer(r"[a-z,]\s+([A-Z][a-z'-]+)\b", text))
    return lower, inside


def restore_capitals(question: str, article_text: str) -> str:
    """"In what year did bos begin …" -> "… did Bos begin …": a name that opened its sentence was
    lower-cased when the question moved it; the article writes it with a capital inside sentences
    and never in lower case."""
    if not article_text:
        return question
    lower, inside = word_forms(article_text)
    words = question.split(" ")
    for k, word in enumerate(words[1:], 1):
        bare = re.sub(r"(?:['\u2019]s?)?\??$", "", word)
        if bare.islower() and bare in inside and bare not in lower:
            words[k] = word[:1].upper() + word[1:]
    return " ".join(words)


def words_dropped(question: str, answer: str, sentence: str) -> str:
    """"Where have the government and the private sector provided?" from "… provided medicine and
    fuel to Libya": what stood between the question's last word and the answer is gone, so the verb
    lost its object. And "When did the Star unveil a redesigned paper narrower pages?" from "…
    unveiled a redesigned paper that features larger type, narrower pages …": words cut from inside
    the stretch of the sentence the question restates, where no commas mark off a side clause."""
    last = question.rstrip("?").split()[-1]
    found = re.search(rf"\b{re.escape(last)}\b", sentence)
    at = sentence.find(answer, found.end()) if found else -1
    if at >= 0:
        between = re.findall(r"[A-Za-z][\w'-]*", sentence[found.end():at])
        left = [w for w in between if w.lower() not in _LINKING]
        if left:
            return f"the words {' '.join(left[:4])!r} before the answer are missing"
    return _gap_inside(question, answer, sentence)


_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019.-]*[\w]|[A-Za-z0-9]")


def _gap_inside(question: str, answer: str, sentence: str) -> str:
    """Words of the sentence lost between two words the question keeps side by side: wherever the
    sentence has the pair closest together, what stands between them must be the answer, linking
    words, or a stretch set off by commas, dashes or brackets (a side clause the question may leave
    out). Pairs the question reorders (a fronted "In 1990" moved to the end) are not compared."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    at = sentence.find(answer)
    answer_span = (at, at + len(answer)) if at >= 0 else (-1, -1)
    forms: dict[str, set[str]] = {}
    for k, (_, _, word) in enumerate(words):
        low = word.lower()
        for form in (low, _stem(low)):
            forms.setdefault(form, set()).add(k)
    asked = [w.lower() for w in _WORD.findall(question)]
    opening = _wh_length(asked)
    # the auxiliary moved before the subject ("was … created") stands between two kept words
    # and a relative pronoun gives way to the noun it stands for ("…, which will launch" -> "will X launch")
    ignorable = _LINKING | (AUXILIARIES & set(asked[:opening])) | {"which", "who", "whom", "that"}
    asked = asked[opening:]
    asked_forms = {w for w in asked if w not in _LINKING} | {_stem(w) for w in asked if w not in _LINKING}
    for left, right in zip(asked, asked[1:]):
        lefts, rights = forms.get(_stem(left), set()), forms.get(_stem(right), set())
        problems = [_lost(sentence, words, a, b, answer_span, ignorable, asked_forms)
                    for _, a, b in sorted((b - a, a, b) for a in lefts for b in rights if b > a)]
        if problems and all(problems):
            return problems[0]  # wherever the pair stands in the sentence, words between them are lost
    return _complement_cut(asked, words, forms, answer_span)


def _complement_cut(asked: list[str], words: list[tuple[int, int, str]], forms: dict[str, set[int]],
                    answer_span: tuple[int, int]) -> str:
    """"… the second player since 1900 to have a four-hit game …" asked as "… the second player since
    1900?": the infinitive that says what a first, only or best one did is gone."""
    if not any(w in ("first", "second", "third", "last", "only", "next") or w.endswith("est") for w in asked):
        return ""  # "built aqueducts (to transport water)": a purpose may go; "the first … to V" needs its verb
    content = [w for w in asked if w not in _LINKING and len(w) > 2]
    positions = [k for w in content for k in forms.get(_stem(w), set()) | forms.get(w, set())]
    if not positions:
        return ""
    last = max(positions)
    if last + 2 < len(words) and words[last + 1][2].lower() == "to" and words[last + 2][2].islower() and \
            not answer_span[0] <= words[last + 1][0] < answer_span[1] and "to" not in asked[asked.index(content[-1]):]:
        following = words[last + 2][2]
        if following not in asked and following not in _LINKING and following != "the":
            return f"the words 'to {following}' that complete the clause are missing"
    return ""


def _lost(sentence: str, words: list[tuple[int, int, str]], left: int, right: int, answer_span: tuple[int, int],
          ignorable: frozenset[str] | set[str], asked_forms: set[str]) -> str:
    gap = [k for k in range(left + 1, right) if not answer_span[0] <= words[k][0] < answer_span[1]]
    for whole in _runs(gap):
        run = whole
        while run and words[run[0]][2].lower() in ignorable:
            run = run[1:]
        while run and words[run[-1]][2].lower() in ignorable:
            run = run[:-1]
        if any(words[k][2].lower() in asked_forms or _stem(words[k][2].lower()) in asked_forms for k in run):
            continue  # words the question keeps elsewhere: reordered ("In 1990 Ada Lind went …"), not lost
        if run and not any(_set_off(sentence, words, [first, last]) for first in (whole[0], run[0])
                           for last in (whole[-1], run[-1])):
            return f"the words {' '.join(words[g][2] for g in run[:4])!r} inside the clause are missing"
    return ""


def _stem(word: str) -> str:
    """A crude common stem of a word's inflected forms ("unveiled", "unveil" -> "unveil"; "carries",
    "carry" -> "carry"), enough to see that do-support kept a verb (irregular forms are not matched,
    so their pair is not compared)."""
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _wh_length(words: list[str]) -> int:
    """How many words open the question: its question word (or phrase) and a moved auxiliary."""
    n = 0
    for phrase in WH_PHRASES:
        parts = phrase.lower().split()
        if words[:len(parts)] == parts:
            n = len(parts) + (1 if phrase == "How many" else 0)  # and the counted noun
            break
    if len(words) > n and words[n] in AUXILIARIES:
        n += 1
    return n


def _runs(indices: list[int]) -> list[list[int]]:
    """Consecutive stretches of ``indices``."""
    out: list[list[int]] = []
    for k in indices:
        if out and out[-1][-1] == k - 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _set_off(sentence: str, words: list[tuple[int, int, str]], gap: list[int]) -> bool:
    """Is the run of missing words a side stretch: a comma, dash or bracket (or a relative word after
    one) right before it, and one right after it or at the clause's end?"""
    before = sentence[:words[gap[0]][0]].rstrip()
    after = sentence[words[gap[-1]][1]:].lstrip()
    opens = before[-1:] in ",(\u2014\u2013-;:" or not before
    closes = after[:1] in ",)\u2014\u2013-;:." or not after
    return opens and closes


_LINKING = frozenset("""the a an of in on at to from for by with into onto near around about than as since during
over under between after before until through across along within outside inside""".split())
