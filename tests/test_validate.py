"""Each check of quizgen.questions.validate, on sentences written for it (never from the dev articles)."""

import pytest

from quizgen.model import Evidence, Fact, Mention
from quizgen.question import Cloze, MultipleChoice, QuestionError, ShortAnswer, TrueFalse
from quizgen.questions import number_mention
from quizgen.questions.kinds import Context, Target, make_cloze, make_mcq, make_short_answer, who_prompt
from quizgen.questions.validate import problems

COMMON = {"id": "q1", "fact": "person", "score": 1.0}


def _mention(sentence: str, text: str) -> Mention:
    start = sentence.index(text)
    return Mention(text, start, start + len(text), Evidence(sentence, 0, len(sentence)))


def _fact(kind: str, sentence: str, text: str, **fields) -> Fact:
    mention = _mention(sentence, text)
    label = {"name": text} if kind in ("person", "organization", "place") else {"text": text}
    return Fact(kind=kind, mentions=(mention,), **label, **fields)


def _cloze(sentence: str, answer: str, kind: str = "person", others: tuple[Fact, ...] = (), **fields) -> Cloze:
    fact = _fact(kind, sentence, answer, **fields)
    return make_cloze(Target(fact, fact.mentions[0]), Context((fact, *others)), 1.0)


def _reasons(question, facts=()) -> str:
    return " | ".join(problems(question, Context(tuple(facts))))


# --- giveaways -------------------------------------------------------------------------------------

def test_the_acronym_beside_the_blank_gives_the_name_away():
    sentence = "The report was published by the Coastal Fisheries Board (CFB) on a rainy morning in spring."
    assert "acronym 'CFB'" in _reasons(_cloze(sentence, "Coastal Fisheries Board", "organization"))


def test_the_expansion_beside_the_blank_gives_the_acronym_away():
    sentence = "The Coastal Fisheries Board (CFB) published the report on a rainy morning in spring."
    assert "expansion" in _reasons(_cloze(sentence, "CFB", "organization"))


def test_a_parenthesised_conversion_gives_a_blanked_number_away():
    sentence = "The new pipeline runs for 320 km (200 miles) across the northern plateau to the sea."
    question = _cloze(sentence, "320 km", "number", value=320, unit="km")
    assert "unit conversion" in _reasons(question)
    # without the conversion the same blank is fine
    plain = _cloze("The new pipeline runs for 320 km across the northern plateau to the sea.", "320 km", "number",
                   value=320, unit="km")
    assert "unit conversion" not in _reasons(plain)
    # the unit may stand between the blank and the conversion (blind round 18)
    money = _cloze("The two men tried to change 90,000 kroner (about $9,000) in cash at a bank in Wexby.", "90,000",
                   "number", value=90000)
    assert "unit conversion" in _reasons(money)


def test_one_half_of_x_or_y_is_no_question():
    sentence = "Visitors can reach the island from Portmore or Hollin Bay by a ferry that runs twice a day."
    assert "X or Y" in _reasons(_cloze(sentence, "Portmore", "place"))
    assert "X or Y" in _reasons(_cloze(sentence, "Hollin Bay", "place"))


@pytest.mark.parametrize("answer", ["first", "Third", "the", "several"])
def test_an_ordinal_or_a_function_word_is_no_answer(answer):
    sentence = f"The council met for the {answer} time in the old town hall to vote on the harbour plan."
    question = Cloze(key=answer, before="The council met for the ", after=" time in the old town hall.",
                     evidence=(Evidence(sentence, 0, len(sentence)),), **COMMON)
    assert "ordinal" in _reasons(question) or "function word" in _reasons(question)


def test_a_digit_ordinal_is_a_fact_worth_asking():
    sentence = "The striker scored the winning goal in the 87th minute of the final in front of the home crowd."
    assert "ordinal" not in _reasons(_cloze(sentence, "87th", "number", value=87))


def test_the_blank_keeps_the_counted_noun():
    sentence = "The expedition set out from the harbour with 14 ships and a crew of several hundred sailors."
    whole = _mention(sentence, "14 ships")
    assert number_mention(whole).text == "14"
    assert number_mention(_mention("The wall is 7,600 km long and very old indeed.", "7,600 km")).text == "7,600 km"
    swallowed = Cloze(key="14 ships", before="The expedition set out from the harbour with ",
                      after=" and a crew of several hundred sailors.", evidence=(whole.evidence,),
                      **{**COMMON, "fact": "number"})
    assert "counted noun" in _reasons(swallowed)


# --- a second valid answer ---------------------------------------------------------------------------

def test_a_slot_another_kind_of_fact_fits_gets_a_hint():
    sentence = "The trade talks opened at Lakeside in March after two years of preparation by both sides."
    lakeside = _fact("place", sentence, "Lakeside")
    question = _cloze(sentence, "March", "date", others=(lakeside,), iso="--03")
    assert question.hint == "month" and "_____ (month)" in question.stem
    assert question.cloze.count("{{c1::March::month}}") == 1
    assert problems(question, Context((lakeside,))) == []
    # the same blank without the hint has a second valid answer (any place of the article)
    bare = Cloze(key="March", before=question.before, after=question.after, evidence=question.evidence,
                 fact_keys=question.fact_keys, **{**COMMON, "fact": "date"})
    assert "another place of the article fits" in _reasons(bare, [lakeside, _fact("date", sentence, "March")])


def test_no_hint_when_only_one_kind_fits():
    sentence = "The trade talks have been held every year since 1998 in the same small hotel."
    question = _cloze(sentence, "1998", "date", others=(_fact("place", sentence, "hotel"),), iso="1998")
    assert question.hint == ""


# --- distractors the slot rules out --------------------------------------------------------------------

def _people(*names_roles):
    sentence = "Ann Lee, Bo Chan, Cy Diaz, Di Eng and Ed Fox all spoke at the meeting of the board."
    return [Fact(kind="person", name=n, roles=tuple(r), mentions=(_mention(sentence, n),)) for n, r in names_roles]


def test_an_option_that_is_another_name_of_the_key_is_refused():
    sentence = "The ferry company was founded by Ann Lee in the port town of Wexby long ago."
    mention = _mention(sentence, "Ann Lee")
    question = MultipleChoice(stem="The ferry company was founded by _____ in the port town of Wexby long ago.",
                              key="Ann Lee", options=("Ann Lee", "Annie Lee", "Bo Chan", "Cy Diaz"),
                              evidence=(mention.evidence,), fact_keys=("person:Ann Lee",), **COMMON)
    ann = Fact(kind="person", name="Ann Lee", aliases=("Annie Lee",), mentions=(mention,))
    assert "another name of the key" in _reasons(question, [ann])


def test_options_must_agree_with_a_or_an_before_the_blank():
    sentence = "The mayor appointed an engineer to lead the new bridge project over the river."
    question = MultipleChoice(stem="The mayor appointed an _____ to lead the new bridge project over the river.",
                              key="engineer", options=("engineer", "architect", "surveyor", "inspector"),
                              evidence=(Evidence(sentence, 0, len(sentence)),), **COMMON)
    assert "does not agree" in _reasons(question)


def test_options_of_another_form_than_the_key_are_refused():
    sentence = "The bridge over the river was opened by Mayor Ann Lee in front of a crowd."
    question = MultipleChoice(stem="The bridge over the river was opened by _____ in front of a crowd.",
                              key="Ann Lee", options=("Ann Lee", "Bo Chan", "the council", "Cy Diaz"),
                              evidence=(Evidence(sentence, 0, len(sentence)),), **COMMON)
    assert "differs in form" in _reasons(question)


def test_a_person_holding_a_like_role_is_never_offered_for_a_who_question():
    people = _people(("Ann Lee", ["chair of the harbour board"]), ("Bo Chan", ["deputy chair of the harbour board"]),
                     ("Cy Diaz", ["pilot"]), ("Di Eng", ["engineer"]), ("Ed Fox", ["baker"]))
    sentence = "Ann Lee, the chair of the harbour board, opened the new quay on Monday morning."
    role = _mention(sentence, "chair of the harbour board")
    target = Target(people[0], role, "who", _mention(sentence, "Ann Lee"))
    question = make_mcq(target, Context(tuple(people)), 1.0)
    assert question is not None and "Bo Chan" not in question.options


# --- true/false ---------------------------------------------------------------------------------------

def _statement(text: str, truth: bool = True, **fields) -> TrueFalse:
    return TrueFalse(statement=text, truth=truth, evidence=(Evidence(text, 0, len(text)),), **COMMON, **fields)


@pytest.mark.parametrize("text, reason", [
    ("But the ferry to the island of Wexby was cancelled in 2019.", "conjunction"),
    ("\u201cThe new quay is a disaster for the town,\u201d the mayor of Wexby said.", "quotes"),
    ("The mayor believes the new quay will double the number of visitors.", "opinion"),
    ("We opened the new quay on the island of Wexby in 2019.", "first person"),
])
def test_true_false_refuses_conjunctions_quotations_opinions_and_first_person(text, reason):
    assert reason in _reasons(_statement(text))


def test_a_false_statement_swaps_like_for_like():
    text = "The new quay on the island of Wexby was opened in Portmore."
    bad = _statement(text, truth=False, original="2019", replacement="Portmore")
    assert "like for like" in _reasons(bad)


def test_a_false_statement_that_changes_nothing_cannot_be_built():
    with pytest.raises(QuestionError):
        _statement("The new quay on the island of Wexby was opened in 2019.", truth=False, original="2019",
                   replacement="2019")


# --- source furniture -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer", [
    ("Tidal power can supply a third of the island's needs (Marsh, 1996, p. 3) according to the survey.", "1996"),
    ("Tidal power can supply a third of the island's needs, as shown on p. 214 of the survey report.", "214"),
    ("WEXBY (Harbour News) \u2014 The new quay was opened by the mayor on a windy Monday.", "WEXBY"),
    ("Harbour Board Approves New Quay For Wexby", "Wexby"),
])
def test_datelines_citations_headlines_and_page_numbers_are_never_answers(sentence, answer):
    kind = "date" if answer == "1996" else "number" if answer.isdigit() else "place"
    question = Cloze(key=answer, before=sentence[:sentence.index(answer)],
                     after=sentence[sentence.index(answer) + len(answer):],
                     evidence=(Evidence(sentence, 0, len(sentence)),), **{**COMMON, "fact": kind})
    assert any(w in _reasons(question) for w in ("citation", "page number", "dateline", "heading"))


# --- "the" for "a" -------------------------------------------------------------------------------------

def test_who_is_a_member_when_the_article_says_a_member():
    assert who_prompt("member of the harbour board", indefinite=True) == \
        "Who does the article describe as a member of the harbour board?"
    assert who_prompt("mayor of Wexby").startswith("According to the article, who is the mayor of Wexby")
    sentence = "Ann Lee, a member of the harbour board, opened the new quay on Monday."
    question = MultipleChoice(stem="According to the article, who is the member of the harbour board?",
                              key="Ann Lee", options=("Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"),
                              evidence=(Evidence(sentence, 0, len(sentence)),), **COMMON)
    assert "says \"a member" in _reasons(question)


# --- kinds refuse bad objects ---------------------------------------------------------------------------

def test_a_bad_question_cannot_be_built():
    evidence = (Evidence("Ann Lee opened the quay in 2019 at Wexby.", 0, 41),)
    with pytest.raises(QuestionError, match="exactly one of the options"):
        MultipleChoice(stem="Who opened the quay?", key="Ann Lee", options=("Bo Chan", "Cy Diaz", "Di Eng"),
                       evidence=evidence, **COMMON)
    with pytest.raises(QuestionError, match="differ"):
        MultipleChoice(stem="Who opened the quay?", key="Ann Lee", options=("Ann Lee", "ann lee", "Di Eng"),
                       evidence=evidence, **COMMON)
    with pytest.raises(QuestionError, match="sentence it comes from"):
        ShortAnswer(stem="Who opened the quay at Wexby?", key="Ann Lee", evidence=(), **COMMON)
    with pytest.raises(QuestionError, match="text around"):
        Cloze(key="Ann Lee", before="", after="", evidence=evidence, **COMMON)


def test_short_answer_and_cloze_accept_the_surname_and_the_bare_number():
    sentence = "The wall built by Ann Lee stretches over 7,600 km along the old northern border."
    person = _fact("person", sentence, "Ann Lee")
    short = make_short_answer(Target(person, person.mentions[0]), Context((person,)), 1.0)
    assert "Lee" in short.accepted
    number = _fact("number", sentence, "7,600 km", value=7600, unit="km")
    cloze = make_cloze(Target(number, number.mentions[0]), Context((number,)), 1.0)
    assert "7600 km" in cloze.accepted and "7600" in cloze.accepted


def test_a_reported_statement_is_no_true_false():
    from quizgen.question import TrueFalse

    statement = TrueFalse(id="t1", fact="person", evidence=(Evidence("Lind noted that the bakery grew.", 0, 33),),
                          score=1.0, statement="Lind noted that the bakery in Bergen grew in 1990.", truth=True)
    assert "opinion or a claim" in _reasons(statement)


@pytest.mark.parametrize("statement, original, replacement, refused", [
    ("There were probably less than 30,000 guns in the town of Wexby.", "20,000", "30,000", True),
    ("The quay of Wexby is about 700 metres long.", "500", "700", True),
    ("More than 2,600 people have been killed in the feud.", "3,700", "2,600", True),
    ("Some 40 boats sank in the storm off Wexby.", "30", "40", True),
    ("The quay of Wexby was opened in 2011 by the mayor.", "2009", "2011", False),
])
def test_a_false_statement_never_changes_a_bound_or_an_estimate(statement, original, replacement, refused):
    question = _statement(statement, truth=False, original=original, replacement=replacement)
    assert ("bound or an estimate" in _reasons(question)) == refused


@pytest.mark.parametrize("sentence, refused", [
    ("Norland's newly elected President Ada Lind says she will close the border camps.", True),
    ("The talks were opened by King Tomas Berg of Norland on Friday in the capital.", True),
    ("Norland's fishing fleet sailed north in May to the winter grounds of the cod.", False),
])
def test_a_head_of_state_beside_a_blanked_country_gives_it_away(sentence, refused):
    # round 19: "_____'s newly-elected President Hamid Karzai"
    question = _cloze(sentence, "Norland", "place")
    assert ("head of state" in _reasons(question)) == refused
