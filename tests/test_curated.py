"""The checks of the set a teacher gets (quizgen.questions.validate.CURATED_CHECKS and the curated
builders): each pattern blind raters rejected in rounds 1-4, on sentences written for these tests
(never copied from an article)."""

import random
import re

import pytest

from quizgen.api import quiz_set
from quizgen.ingest import parse_article
from quizgen.model import Article, Evidence, Fact, Mention, Statement
from quizgen.question import MultipleChoice
from quizgen.questions import DEFAULT_KINDS, build_question_set
from quizgen.questions import distractors as dis
from quizgen.questions.kinds import Context, Target, make_cloze, make_mcq, make_short_answer, make_true_false
from quizgen.questions.text import question_shape_problem, restore_capitals
from quizgen.questions.validate import problems


def _article(text: str, title: str | None = "Notes") -> Article:
    return Article(path="a.txt", text=text, title=title, date=None, body_start=0, body_end=len(text))


def _fact(kind: str, sentence: str, text: str, **fields) -> Fact:
    start = sentence.index(text)
    mention = Mention(text, start, start + len(text), Evidence(sentence, 0, len(sentence)))
    label = {"name": text} if kind in ("person", "organization", "place") else {"text": text}
    return Fact(kind=kind, mentions=(mention,), **label, **fields)


def _curated(facts, title="Notes"):
    text = " ".join(m.evidence.sentence for f in facts for m in f.mentions)
    return Context(tuple(facts), article=_article(text, title), curated=True)


def _cloze_reasons(sentence: str, answer: str, kind: str = "number", others=(), title="Notes", **fields) -> str:
    fact = _fact(kind, sentence, answer, **fields)
    context = _curated((fact, *others), title)
    question = make_cloze(Target(fact, fact.mentions[0]), context, 1.0)
    assert question is not None
    return " | ".join(problems(question, context))


# --- wh-questions that do not read as questions -----------------------------------------------------

@pytest.mark.parametrize("question", [
    "Which place The took centre stage at the harbour meeting?",  # the subject's determiner left behind
    "Who As chairman told the Lakeside Herald about the plan?",  # a cut-off clause before the verb
    "When was Tomas Berg, forced to resign from the council?",  # a comma where a side clause was cut
    "Where is of that long process of healing needed?",  # no subject after the auxiliary
    "Where do there be daily ferries to Hollin Bay?",  # "there is" turned by do-support
    "How many km is the town south of Bergen?",  # how many of a unit
    "In what year did Lakeside decide?",  # the clause's complement lost
    "Who were the candidates elected for the Bergen Party's and the Voss list?",  # a possessive left owning nothing
])
def test_a_broken_wh_question_is_refused(question):
    assert question_shape_problem(question, "1990")


@pytest.mark.parametrize("question", [
    "When did Ada Lind marry Tomas Berg?",
    "Who founded the Bergen bakery in the old harbour?",
    "In what year did Lind open a bakery in Bergen?",
])
def test_a_clean_wh_question_passes(question):
    assert question_shape_problem(question, "1990") == ""


def test_a_name_that_opened_its_sentence_keeps_its_capital_in_the_question():
    text = "Lind came to Bergen in 1990. The bakery of Lind opened in 1995."
    assert restore_capitals("In what year did lind open a bakery?", text) == "In what year did Lind open a bakery?"
    # a word the article also writes in lower case stays as it is
    assert restore_capitals("When did the bakery open?", text + " The Bakery Guild met.") == "When did the bakery open?"


def test_the_curated_set_falls_back_to_the_sentence_when_the_wh_question_is_broken():
    from quizgen.model import Statement

    sentence = "Tomas Berg, who was born in Oslo, was forced to resign in 2004."
    start = sentence.index("2004")
    broken = Statement("Tomas Berg was forced to resign in 2004", 35, 39, question="When was Tomas Berg, forced to resign?")
    mention = Mention("2004", start, start + 4, Evidence(sentence, 0, len(sentence)), statement=broken)
    fact = Fact(kind="date", text="2004", iso="2004", mentions=(mention,))
    question = make_short_answer(Target(fact, mention), _curated((fact,)), 1.0)
    assert question.stem.startswith("Tomas Berg, who was born in Oslo, was forced to resign in _____")


# --- the sentence shown ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, reason", [
    ("8 Lakeside Tower (The Old Mill) stands by the river since 1880.", "1880", "list item"),
    ("UK: Applying for a permit costs 25 pounds at the office in Bergen.", "25 pounds", "heading"),
    ("1596, dating from the old era, the bridge spans 300 metres over the Norr.", "300 metres", "list item"),
    ('The mayor said "the bridge will carry 4,000 cars a day across the Norr.', "4,000 cars", "not paired"),
    ("The bridge carries 4,000 cars a day across the Norr.[6]", "4,000 cars", "citation mark"),
])
def test_a_sentence_that_is_not_whole_is_refused(sentence, answer, reason):
    assert reason in _cloze_reasons(sentence, answer, value=1.0)


@pytest.mark.parametrize("sentence, answer", [
    ("The report was published in the Norland Journal yesterday with 40 pages of tables.", "Norland Journal"),
    ("Many families relocated there after the flood of 1906 along the northern shore.", "1906"),
    ("The festival took centre stage here with 300 musicians from the whole valley.", "300 musicians"),
])
def test_a_time_or_place_only_the_text_around_fixes_is_refused(sentence, answer):
    kind = "organization" if answer[0].isupper() else ("date" if answer.isdigit() else "number")
    assert "points to a time or place" in _cloze_reasons(sentence, answer, kind, value=1.0)


def test_there_that_opens_a_clause_of_being_is_no_place():
    sentence = "At the harbour there are 12 ferries a day to Hollin Bay in the summer."
    assert "points to" not in _cloze_reasons(sentence, "12 ferries", value=12.0)


@pytest.mark.parametrize("sentence", [
    "We must now ensure that the 4,000 families of the valley keep their land.",
    "Why did the council spend 4,000 crowns on the new bridge over the Norr?",
])
def test_a_speakers_sentence_or_a_question_is_refused(sentence):
    reasons = _cloze_reasons(sentence, "4,000", value=4000.0)
    assert "first person" in reasons or "asks" in reasons


def test_an_image_credit_is_refused():
    sentence = "The old mill stood by the river until 1950. Photo: Ada Lind."
    assert "credit" in _cloze_reasons(sentence, "1950", "date", iso="1950")


# --- trivial answers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("The square of the old town holds two churches and a market hall.", "two", "number", "small count"),
    ("The council bought the old mill in March after a long debate.", "March", "date", "month"),
    ("The inspector found a 131-page report in a brown envelope on the road.", "131", "number", "page"),
    ("The ferry office is at 319 S. Dale Street in the old harbour of the town.", "319", "number", "street number"),
    ("The museum hosted the exhibition in 1909 and 1910 before it moved to Oslo.", "1909 and 1910", "date", "span"),
    ("The bridge was the longest in the region from 1880 – 1920 by a wide margin.", "1880", "date", "range"),
    ("The road links Bergen with Voss, Lakeside and Hollin Bay across the hills.", "Lakeside", "place", "list"),
])
def test_a_trivial_answer_is_refused(sentence, answer, kind, reason):
    fields = {"value": 1.0} if kind == "number" else ({"iso": "1909"} if kind == "date" else {})
    assert reason in _cloze_reasons(sentence, answer, kind, **fields)


def test_the_place_the_article_is_about_is_no_answer():
    sentence = "Visitors to Lakeside can take the ferry from Bergen in the summer months."
    reasons = _cloze_reasons(sentence, "Lakeside", "place", title="Lakeside")
    assert "what the whole article is about" in reasons
    assert "what the whole article is about" not in _cloze_reasons(sentence, "Bergen", "place", title="Lakeside")


def test_a_number_cut_from_a_longer_figure_is_refused():
    assert "cut from a longer figure" in _cloze_reasons("The striker batted .292 in his first 24 games.", "292",
                                                        value=292.0)


# --- kind hints and roles --------------------------------------------------------------------------

def test_an_acronym_the_article_never_spells_out_is_not_called_an_organisation():
    sentence = "Scientists in Bergen measured the levels of ROS in ant colonies."
    place = _fact("place", sentence, "Bergen")
    reasons = _cloze_reasons(sentence, "ROS", "organization", others=(place,))
    assert "never spells it out" in reasons


def _who(role: str, names: tuple[str, ...] = ("Ada Lind", "Tomas Berg", "Maria Holm", "Erik Dahl")):
    sentence = f"{names[0]}, {role}, opened the new bakery in Bergen in 1990."
    people = []
    for k, name in enumerate(names):
        s = sentence if k == 0 else f"{name} spoke at the opening of the bakery in Bergen."
        people.append(_fact("person", s, name, roles=(role,) if k == 0 else ("baker",)))
    later = f"{names[0]} thanked the guild for its support."  # named twice: no side figure
    people[0] = Fact(kind="person", name=names[0], roles=(role,), mentions=(
        *people[0].mentions, Mention(names[0], 200, 200 + len(names[0]), Evidence(later, 200, 200 + len(later)))))
    start = sentence.index(role)
    role_mention = Mention(role, start, start + len(role), Evidence(sentence, 0, len(sentence)))
    context = _curated(people)
    # (the curated set types the name: the other people, bakers, hold no like role to be offered)
    question = make_short_answer(Target(people[0], role_mention, "who", people[0].mentions[0]), context, 1.0)
    return question, (" | ".join(problems(question, context)) if question else "not built")


@pytest.mark.parametrize("role, reason", [
    ("childhood friend", "relation"),
    ("the leading member of the jury", "description"),
    ("Two veteran politicians", "number opens it"),
    ("acclaimed actor Tomas Berg", "person's name"),
    ("publisher", "one word"),
    ("House member", "too general"),  # round 19: which country's House?
    ("Parliament deputy", "too general"),
])
def test_a_role_question_a_teacher_would_not_ask_is_refused(role, reason):
    assert reason in _who(role)[1]


def test_a_specific_role_makes_a_who_question():
    question, reasons = _who("director of the Bergen Bakers' Guild")
    assert reasons == ""
    assert _who("Norland Parliament deputy")[1] == ""  # the country named, the House is known
    assert question.stem == "According to the article, who is the director of the Bergen Bakers' Guild?"


def test_a_possessive_role_takes_no_the():
    question, _ = _who("Lind 's business partner at the Bergen market")
    assert question.stem.startswith("According to the article, who is Lind's business partner")


def test_an_option_that_is_no_clean_name_is_refused():
    others = [("Tomas Berg (born", "director of the Oslo Fishers' Guild"), ("Maria Holm", "director of Coast Ferries"),
              ("Erik Dahl", "director of the Norland Mint")]
    target, context = _role_target("Ada Lind", "director of the Bergen Bakers' Guild", others)
    question = make_mcq(target, context, 1.0)
    reasons = " | ".join(problems(question, context)) if question else "not built: no clean name to offer"
    assert "clean name" in reasons or "differs in form" in reasons


# --- true/false and distractors ----------------------------------------------------------------------

def test_a_curated_true_false_is_the_articles_own_sentence_and_swaps_no_place():
    sentence = "The Bergen bakery, which Lind founded, moved to Lakeside in 1995 after a fire."
    place = _fact("place", sentence, "Lakeside")
    other = _fact("place", "Tomas Berg lived in Voss for ten years before the war.", "Voss")
    context = _curated((place, other))
    true = make_true_false(Target(place, place.mentions[0]), context, 1.0, True)
    assert true.statement == sentence
    assert make_true_false(Target(place, place.mentions[0]), context, 1.0, False) is None


def test_a_name_only_in_a_heading_or_a_citation_is_never_an_option():
    answer = _fact("organization", "The grant came from the Bergen Bakers Guild in 1990.", "Bergen Bakers Guild")
    heading = _fact("organization", "LINK TO LEARNING", "LINK")
    cited = _fact("organization", "Bread prices rose (Norland Business Journal, 2014).", "Norland Business Journal")
    good = _fact("organization", "The Oslo Millers Union paid for the new oven in 1991.", "Oslo Millers Union")
    offered = dis.entity_distractors(answer, (answer, heading, cited, good), random.Random(0))
    assert offered == ["Oslo Millers Union"]


def test_a_round_year_gets_round_years_as_distractors():
    fact = _fact("date", "Yields will fall by 2050 in every region of the study.", "2050", iso="2050")
    offered = dis.date_distractors(fact, "2050", (fact,), random.Random(0))
    assert offered and all(int(y) % 10 == 0 for y in offered)



@pytest.mark.parametrize("sentence, answer, later", [
    ("In March 2009, Norland held elections and in October 2009 elected Ada Lind to the presidency.",
     "October 2009", True),
    ("Ada Lind was elected in October 2009 and took office in Wexby in December 2009.", "October 2009", False),
])
def test_a_year_the_sentence_states_beside_the_key_bounds_its_options(sentence, answer, later):
    # round 18: "In February 2008 … and in _____" offered September 2004 and 2005, ruled out on sight
    fact = _fact("date", sentence, answer, iso="2009-10")
    offered = dis.date_distractors(fact, answer, (fact,), random.Random(0), fact.mentions[0])
    years = [int(o.split()[-1]) for o in offered]
    assert years
    assert all(y > 2009 for y in years) if later else all(y < 2009 for y in years)


# --- the set -------------------------------------------------------------------------------------------

TEXT = ("Title: Bergen bakers\n\nAda Lind founded the Bergen Bakers Guild in 1990 with Tomas Berg. "
        "Tomas Berg, the director of the Oslo Millers Union, moved to Voss in 1995. "
        "Ada Lind opened a second bakery in Lakeside in 2001 with 40 workers. "
        "Maria Holm, the mayor of Lakeside, opened the Lakeside market in 2004.")


def test_the_default_set_leaves_matching_and_ordering_out_and_types_bring_them_back():
    quiz = quiz_set(parse_article(TEXT, "t.txt"))
    assert {q.type for q in quiz.questions} <= set(DEFAULT_KINDS)
    assert "matching" not in DEFAULT_KINDS and "ordering" not in DEFAULT_KINDS
    asked = quiz_set(parse_article(TEXT, "t.txt"), types=("matching",), curated=False)
    assert {q.type for q in asked.questions} <= {"matching"}


def test_a_smaller_set_when_few_candidates_pass():
    article, _ = parse_article(TEXT, "t.txt"), None
    from quizgen.api import facts_of

    article, facts = facts_of(article)
    built = build_question_set(article, facts)
    assert 0 < len(built.questions) <= 10
    assert not any("the set is full" in r for x in built.rejected for r in x.reasons)


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("The new signal tells your place within 5 to 10 metres on the whole island.", "10 metres", "number", "range"),
    ("The ferry runs between October and April from the old harbour of Lakeside.", "October and April", "date",
     "span"),
    ("From the south, take the motorway to junction 32 and then the coast road to Lakeside.", "32", "number",
     "page, figure or section"),
    ("Costs would rise by either 40 percent or by 25 percent, depending on the plan.", "25 percent", "number",
     "X or Y"),
])
def test_more_answers_a_teacher_would_not_ask(sentence, answer, kind, reason):
    fields = {"value": 1.0} if kind == "number" else {"iso": "--10"}
    assert reason in _cloze_reasons(sentence, answer, kind, **fields)


@pytest.mark.parametrize("sentence, answer, reason", [
    ("ADA LIND is now the first mayor of the new town of Lakeside.", "ADA LIND", "capitals"),
    ("Access to the beach is free to Lodge guests; the lodge has ten rooms.", "Lodge", "everyday word"),
    ("Ada Lind was born in Bergen to Gerald and Maria Lind in a small house.", "Gerald", "first name only"),
])
def test_names_a_reader_cannot_place_are_no_answers(sentence, answer, reason):
    kind = "person" if reason != "everyday word" else "place"
    assert reason in _cloze_reasons(sentence, answer, kind)


def test_a_guide_to_one_place_needs_a_place_in_the_sentence():
    lakeside = _fact("place", "Lakeside is a small town on the Norr river.", "Lakeside")
    rule = "Visitors from Norland can stay for 90 days without a visa at any time of the year."
    assert "leaves out where" in _cloze_reasons(rule, "90 days", others=(lakeside,), title="Lakeside", value=90.0)
    named = "Visitors to Lakeside can stay for 90 days without a visa at any time of the year."
    assert "leaves out where" not in _cloze_reasons(named, "90 days", others=(lakeside,), title="Lakeside",
                                                     value=90.0)
    # the place's people or its adjective name it too ("Mervians", "the Mervian coast")
    mervia = _fact("place", "Mervia is a small country on the Norr river.", "Mervia")
    for sentence in ("In 2005, 21% of Mervians lived on less than $2 a day.",
                     "In 2005, 21% of Mervian households lived on less than $2 a day."):
        assert "leaves out where" not in _cloze_reasons(sentence, "21%", others=(mervia,), title="Mervia", value=21.0)


def test_a_made_up_example_is_no_fact():
    sentence = "Say you want to fly from Bergen to Lakeside on a clear day in 2010."
    assert "makes up an example" in _cloze_reasons(sentence, "2010", "date", iso="2010")


def test_a_blank_inside_a_title_is_refused():
    from quizgen.questions import targets_of

    sentence = "Lind wrote the Symphony From the Old Harbour, which was first played in Bergen in 1901."
    fact = _fact("place", sentence, "Old Harbour")
    assert targets_of((fact,), need_statement=False) == []


def test_a_wh_question_with_a_glued_dash_is_refused():
    assert question_shape_problem("Which place was excluded from the study- where the old program ran?", "Voss")


def test_an_organisation_gets_distractors_of_its_own_kind():
    answer = _fact("organization", "The Bergen Bakers Company raised 3 million crowns in 2010.", "Bergen Bakers Company")
    others = [_fact("organization", f"The {n} wrote about bread in Bergen in 2011.", n)
              for n in ("Norland Times", "Voss Millers Company", "Oslo Grain Company", "Lakeside Flour Company")]
    offered = dis.entity_distractors(answer, (answer, *others), random.Random(0))
    assert "Norland Times" not in offered and len(offered) == 3


def test_a_name_of_address_run_into_a_question_is_refused():
    assert question_shape_problem("Which organisation must set to work on the mission President Lind?", "Senate")


def test_a_transcript_line_in_capitals_is_refused():
    sentence = "ADA LIND is now the 49th mayor of the town of Lakeside."
    assert "capitals" in _cloze_reasons(sentence, "49th", value=49.0)


def _hinted(sentence: str, answer: str, kind: str, hint: str) -> str:
    from quizgen.question import Cloze

    fact = _fact(kind, sentence, answer)
    at = sentence.index(answer)
    cloze = Cloze(id="c1", fact=kind, evidence=(fact.mentions[0].evidence,), score=1.0, key=answer,
                  before=sentence[:at], after=sentence[at + len(answer):], hint=hint, fact_keys=(fact.key,))
    return " | ".join(problems(cloze, _curated((fact,))))


def test_a_kind_hint_the_name_does_not_bear_out_is_refused():
    assert "nothing in the name says so" in _hinted(
        "Lakeside lies in the Green Valley region of Norland, 40 km from the coast.", "Green Valley", "organization",
        "organisation")
    assert "says so" not in _hinted("Ada Lind studied at the Bergen Music College in 1850 and 1851.",
                                    "Bergen Music College", "organization", "organisation")
    assert "a place, and neither" in _hinted("Streets in Lakeside run parallel to the Norrvik railroad tracks.",
                                             "Norrvik", "place", "place")
    assert "a place" not in _hinted("Ada Lind moved to Paris in 1850 with her two sons.", "Paris", "place", "place")


def test_a_wh_question_whose_verb_lost_its_object_is_refused():
    from quizgen.model import Statement

    sentence = "Both the council and the guild have provided bread and fuel to Lakeside since the flood."
    start = sentence.index("Lakeside")
    st = Statement(sentence, start, start + 8, question="Where have both the council and the guild provided?")
    mention = Mention("Lakeside", start, start + 8, Evidence(sentence, 0, len(sentence)), statement=st)
    fact = Fact(kind="place", name="Lakeside", mentions=(mention,))
    other = _fact("place", "Tomas Berg moved to Voss in 1990.", "Voss")
    question = make_short_answer(Target(fact, mention), _curated((fact, other)), 1.0)
    assert question is not None and question.stem.startswith("Both the council and the guild have provided")


def test_a_title_alone_is_no_role_and_a_regnal_number_no_name():
    assert "too general" in _who("Major general")[1]
    assert _who("Norland ambassador to the Voss court")[1] == ""
    others = [("II", "director of the Oslo Fishers' Guild"), ("Maria Holm", "director of Coast Ferries"),
              ("Erik Dahl", "director of the Norland Mint")]
    target, context = _role_target("Ada Lind", "director of the Bergen Bakers' Guild", others)
    question = make_mcq(target, context, 1.0)
    reasons = " | ".join(problems(question, context)) if question else "not built: no clean name to offer"
    assert "clean name" in reasons or "differs in form" in reasons


@pytest.mark.parametrize("sentence, answer", [
    ("Bus #13 goes west to the harbour of Lakeside from the main square.", "13"),
    ("Lakeside Airport (IATA: LKS) +4755512345 has 12 flights a day to Bergen.", "12 flights"),
])
def test_listings_and_route_numbers_are_no_questions(sentence, answer):
    assert _cloze_reasons(sentence, answer, value=12.0)


def test_the_curated_set_offers_only_the_articles_own_places():
    sentence = "Lakeside is the sixth largest city in the United States after a century of growth."
    country = _fact("place", sentence, "United States")
    context = _curated((country,))
    assert make_mcq(Target(country, country.mentions[0]), context, 1.0) is None  # no gazetteer countries
    assert make_mcq(Target(country, country.mentions[0]), Context((country,)), 1.0) is not None  # --all: the gazetteer


def test_a_true_statement_about_a_route_number_is_refused():
    sentence = "Bus #13 goes west to the harbour of Lakeside from the main square."
    fact = _fact("number", sentence, "13", value=13.0)
    context = _curated((fact,))
    statement = make_true_false(Target(fact, fact.mentions[0]), context, 1.0, True)
    assert "page, figure or section" in " | ".join(problems(statement, context))


@pytest.mark.parametrize("question", [
    "Where did The Maya were one culture have strong ties?",
    "Where was Ada Lind born in Randers?",
])
def test_more_broken_wh_questions(question):
    assert question_shape_problem(question, "Voss")


def test_one_such_points_back():
    sentence = "One such regiment distinguished itself at Fort Norr in 1863 against the northern army."
    assert "points to" in _cloze_reasons(sentence, "1863", "date", iso="1863")


def test_an_ordinal_distractor_keeps_its_suffix_right():
    fact = _fact("number", "Ada Lind is now the 46th mayor of Lakeside.", "46th", value=46.0)
    offered = dis.number_distractors(fact, "46th", (fact,), random.Random(0))
    import re as _re
    assert offered and all(_re.fullmatch(r"\d*(?:1st|2nd|3rd|[04-9]th|1[0-9]th)", o) for o in offered), offered


def test_number_distractors_stay_near_the_key_and_within_what_the_world_allows():
    fact = _fact("number", "The treaty has 191 signatory countries.", "191 signatory countries", value=191,
                 unit="signatory countries")
    for seed in range(5):
        offered = dis.number_distractors(fact, "191 signatory countries", (fact,), random.Random(seed))
        values = [int(o.split()[0]) for o in offered]
        assert values and all(v <= 195 for v in values) and all(0.5 * 191 <= v <= 2 * 191 for v in values)


def test_an_olympic_year_gets_olympic_years_as_distractors():
    fact = _fact("date", "Athens hosted the Summer Olympics in 2004.", "2004", iso="2004")
    offered = dis.date_distractors(fact, "2004", (fact,), random.Random(0))
    assert offered and all((int(y) - 2004) % 4 == 0 for y in offered)


def test_a_guide_sentence_that_calls_its_place_the_city_without_naming_it_is_refused():
    place = _fact("place", "Bergen is a port on the west coast of Norway.", "Bergen")
    reasons = _cloze_reasons("The city's harbour projects were finished in 2004 near Nordnes.", "2004",
                             kind="date", others=(place,), title="Bergen", iso="2004")
    assert "without naming it" in reasons
    named = _cloze_reasons("Bergen's harbour projects were finished in 2004 near Nordnes.", "2004",
                           kind="date", others=(place,), title="Bergen", iso="2004")
    assert "without naming it" not in named


# --- blind round 6 ----------------------------------------------------------------------------------

def _guide_context(facts, title="Understand"):
    """A travel guide under a section heading: the place it is about is the one it names most."""
    text = " ".join(m.evidence.sentence for f in facts for m in f.mentions) + "\n\nGet in\n\nSee\n\nEat\n"
    return Context(tuple(facts), article=_article(text, title), curated=True)


def test_a_guide_under_a_heading_still_needs_its_place_in_the_sentence():
    sentences = ["Lakeside is a small town on the Norr river.", "Lakeside has two harbours.",
                 "Lakeside is known for its fish market.", "The ferry from Bergen calls at Lakeside daily."]
    lakeside = Fact(kind="place", name="Lakeside", mentions=tuple(
        Mention("Lakeside", s.index("Lakeside"), s.index("Lakeside") + 8, Evidence(s, 0, len(s))) for s in sentences))
    bergen = _fact("place", sentences[3], "Bergen")
    unnamed = _fact("number", "The runway was lengthened to 2,400 metres in 1999.", "1999", value=1999.0)
    context = _guide_context((lakeside, bergen, unnamed))
    question = make_cloze(Target(unnamed, unnamed.mentions[0]), context, 1.0)
    assert "leaves out where" in " | ".join(problems(question, context))
    # a landmark does not say which town; the guide's own place does
    square = _fact("place", "The old market hall stands on Harbour Square since 1999.", "Harbour Square")
    year = _fact("number", square.mentions[0].evidence.sentence, "1999", value=1999.0)
    context = _guide_context((lakeside, bergen, square, year))
    assert "leaves out where" in " | ".join(problems(make_cloze(Target(year, year.mentions[0]), context, 1.0), context))
    # a wh-question needs it as much as a sentence does
    from quizgen.question import ShortAnswer

    wh = ShortAnswer(id="w", stem="In what year was the runway lengthened to 2,400 metres?", key="1999", fact="number",
                     evidence=(unnamed.mentions[0].evidence,), score=1.0)
    assert "leaves out where" in " | ".join(problems(wh, context))


def test_the_guides_place_with_its_kind_is_still_the_guides_subject():
    sentences = ["Lakeside is small.", "Lakeside has two harbours.", "Lakeside is known for fish.",
                 "Lakeside has a bus.", "Lakeside Island is rich in birds and rare plants."]
    lakeside = Fact(kind="place", name="Lakeside", mentions=tuple(
        Mention("Lakeside", s.index("Lakeside"), s.index("Lakeside") + 8, Evidence(s, 0, len(s))) for s in sentences[:4]))
    island = _fact("place", sentences[4], "Lakeside Island")
    context = _guide_context((lakeside, island))
    question = make_cloze(Target(island, island.mentions[0]), context, 1.0)
    assert "what the whole article is about" in " | ".join(problems(question, context))


def test_a_blank_inside_a_quotation_is_refused():
    sentence = "As the old saying goes, \u201cA stitch in time saves nine,\u201d and the crew repaired the hull in 1990."
    assert "inside a quotation" in _cloze_reasons(sentence, "nine", "number", value=9.0)
    assert "inside a quotation" not in _cloze_reasons(sentence, "1990", "date", iso="1990")


def test_the_noun_before_the_blank_must_fit_every_option():
    sentence = "The weekly magazine Norland Review called the ruling historic in a long editorial."
    key = _fact("organization", sentence, "Norland Review")
    # options the article calls magazines are fine; a church among them is not
    mags = tuple(_fact("organization", f"The magazine {name} praised it.", name)
                 for name in ("Bergen Weekly", "Norland Times", "Coast Monthly"))
    facts = (key, *mags)
    context = Context(facts, article=_article(" ".join(m.evidence.sentence for f in facts for m in f.mentions)),
                      curated=True)
    question = MultipleChoice(id="m", stem="The weekly magazine _____ called the ruling historic in a long editorial.",
                              key="Norland Review", options=("Norland Review", "Bergen Weekly", "Norland Times",
                                                             "Coast Monthly"), fact="organization",
                              evidence=(key.mentions[0].evidence,), score=1.0)
    assert "fits the key only" not in " | ".join(problems(question, context))
    question = MultipleChoice(id="m", stem="The weekly magazine _____ called the ruling historic in a long editorial.",
                              key="Norland Review", options=("Norland Review", "Bergen Church", "Norland Times",
                                                             "Coast Monthly"), fact="organization",
                              evidence=(key.mentions[0].evidence,), score=1.0)
    assert "fits the key only" in " | ".join(problems(question, context))
    # a verb or a preposition before the blank is no noun: "Ada Lind met _____ in Oslo"
    question = MultipleChoice(id="m", stem="Ada Lind met _____ in Oslo.", key="Norland Review",
                              options=("Norland Review", "Bergen Church", "Norland Times", "Coast Monthly"),
                              fact="organization", evidence=(key.mentions[0].evidence,), score=1.0)
    assert "fits the key only" not in " | ".join(problems(question, context))


def test_a_biographys_he_for_its_subject_is_asked_with_the_name_put_in():
    text = ("Title: Anders Lind\n\nAnders Lind was a Norwegian baker and writer. Lind was born in Bergen in 1920. "
            "He opened his first bakery in Oslo in 1948. Lind wrote four books about bread. "
            "Lind sold the bakery to Tomas Berg in 1975. Lind died in Oslo in 1990.")
    quiz = quiz_set(parse_article(text, "lind.txt"))
    asked = [q for q in quiz.questions if q.evidence[0].sentence.startswith("He opened")]
    assert asked, [q.prompt for q in quiz.questions]
    shown = asked[0].prompt
    assert "Lind" in shown and not re.match(r"(?:True or false\? |Fill in the blank: )?He ", shown)
    # a cloze gives back the article's own words, so never the sentence with a name put in
    assert not any(q.type == "cloze" and q.answer == "1948" for q in quiz.questions)


def test_he_for_someone_other_than_the_subject_is_not_asked():
    text = ("Title: Anders Lind\n\nAnders Lind was a Norwegian baker and writer. Lind was born in Bergen in 1920. "
            "Lind wrote four books about bread. In 1950 the bakery was sold to Tomas Berg. "
            "He opened a gallery in Oslo in 1958. Lind died in Oslo in 1990.")
    quiz = quiz_set(parse_article(text, "lind.txt"))
    assert not any(q.answer == "1958" for q in quiz.questions)


def test_a_name_a_wh_question_lowercased_gets_its_capitals_back():
    from quizgen.model import Statement
    from quizgen.questions.kinds import _wh_question

    sentence = "Charles J. Hollin received his doctorate from the University of Lakeside in 1961."
    fact = _fact("date", sentence, "1961", iso="1961")
    person = _fact("person", sentence, "Charles J. Hollin")
    statement = Statement(sentence.rstrip("."), sentence.index("1961"), sentence.index("1961") + 4,
                          question="In what year did charles j. hollin receive his doctorate from the University "
                                   "of Lakeside?")
    mention = Mention("1961", sentence.index("1961"), sentence.index("1961") + 4, Evidence(sentence, 0, len(sentence)),
                      statement=statement)
    context = Context((fact, person), article=_article(sentence), curated=True)
    question = _wh_question(Target(fact, mention), context)
    assert question.startswith("In what year did Charles J. Hollin receive")


def test_curated_person_options_are_people_the_article_gives_a_role():
    sentence = "Ada Lind opened the new bridge over the Norr river in 1990."
    key = _fact("person", sentence, "Ada Lind", roles=("mayor of Bergen",))
    others = [_fact("person", f"{name} spoke at the opening.", name, roles=(role,))
              for name, role in (("Tomas Berg", "engineer"), ("Maria Holm", "architect"), ("Per Dahl", "priest"))]
    passerby = _fact("person", "Karl Sand sang a song at the party.", "Karl Sand")
    facts = (key, *others, passerby)
    context = Context(facts, article=_article(" ".join(m.evidence.sentence for f in facts for m in f.mentions)),
                      curated=True)
    for seed in range(5):
        question = make_mcq(Target(key, key.mentions[0]), Context(facts, seed, context.article, True), 1.0)
        assert question is not None and "Karl Sand" not in question.options


def test_the_country_for_the_one_country_a_report_is_about_is_asked_with_its_name():
    text = ("Title: Moldova\n\nMoldova is a small country in eastern Europe. Moldova has many vineyards and a long river. "
            "Moldova exports wine and fruit. Moldova joined the trade league in 1962. "
            "In 1994, the country was elected a member of the Ocean Council.")
    quiz = quiz_set(parse_article(text, "moldova.txt"))
    asked = [q for q in quiz.questions if q.evidence[0].sentence.startswith("In 1994, the country")]
    assert asked and "Moldova" in asked[0].prompt, [q.prompt for q in quiz.questions]


def test_no_number_option_is_exactly_half_or_double_the_key():
    fact = _fact("number", "The ferry carries 40 cars.", "40 cars", value=40, unit="cars")
    for seed in range(10):
        offered = dis.number_distractors(fact, "40 cars", (fact,), random.Random(seed))
        values = {int(o.split()[0]) for o in offered}
        assert values and not values & {20, 80}
        assert not any(2 * a == b for a in values for b in values)  # nor one option twice another


@pytest.mark.parametrize("question, answer, sentence", [
    # a relative clause cut at its verb leaves its listed objects behind the noun
    ("When did the guild open a rebuilt hall brighter rooms?", "June 3, 1990",
     "On June 3, 1990, the guild opened a rebuilt hall that offers wider doors, brighter rooms and a new roof."),
    # the place the verb of motion needs is gone between the verb and the date's phrase
    ("When did Tomas Berg move with his sister?", "1990",
     "Tomas Berg, who was born in Voss, moved to Lakeside in 1990 with his sister."),
])
def test_a_wh_question_that_loses_words_inside_its_clause_is_refused(question, answer, sentence):
    from quizgen.questions.text import words_dropped

    assert "missing" in words_dropped(question, answer, sentence)


@pytest.mark.parametrize("question, answer, sentence", [
    # a side clause set off by commas or brackets may go; a fronted date moves to the end
    ("When did Tomas Berg move to Lakeside with his sister?", "1990",
     "Tomas Berg, who was born in Voss, moved to Lakeside in 1990 with his sister."),
    ("Where did Ada Lind go in 1990 to study painting?", "Paris", "In 1990 Ada Lind went to Paris to study painting."),
    ("In what year did the council pass a law barring street markets?", "1950",
     "In 1950, the council passed a law (which was repealed in 1971) barring street markets."),
    ("When will the ferry Nordlys sail to Voss?", "May 4",
     "The ferry Nordlys, which was built in Bergen, will sail to Voss on May 4."),
])
def test_a_wh_question_that_keeps_its_clause_passes(question, answer, sentence):
    from quizgen.questions.text import words_dropped

    assert words_dropped(question, answer, sentence) == ""


# --- context a lifted sentence loses (round 5 and the dev sets since) --------------------------------

def _cloze_after(earlier: str, sentence: str, answer: str, kind: str = "number", title: str = "Notes",
                 **fields) -> str:
    """The curated checks' reasons for a cloze on ``sentence``, which the article gives after ``earlier``."""
    from quizgen.question import Cloze

    text = (earlier + " " if earlier else "") + sentence
    offset = len(text) - len(sentence)
    at = sentence.index(answer)
    evidence = Evidence(sentence, offset, offset + len(sentence))
    mention = Mention(answer, offset + at, offset + at + len(answer), evidence)
    label = {"name": answer} if kind in ("person", "organization", "place") else {"text": answer}
    fact = Fact(kind=kind, mentions=(mention,), **label, **fields)
    cloze = Cloze(id="c1", fact=kind, evidence=(evidence,), score=1.0, key=answer, before=sentence[:at],
                  after=sentence[at + len(answer):], hint="", fact_keys=(fact.key,))
    context = Context((fact,), article=_article(text, title), curated=True)
    return " | ".join(problems(cloze, context))


@pytest.mark.parametrize("sentence, answer", [
    ("Apparently, however, Ada Lind did not sell the bakery until 1990.", "1990"),
    ("Shortly thereafter, Norland followed, closing its border in 1990.", "1990"),
    ("In addition, there are 40 bakeries in Lakeside.", "40"),
    ("Later Tomas Berg moved the guild to Voss in 1990.", "1990"),
    ("None succeeded and the guild closed in 1990.", "1990"),
])
def test_a_sentence_opening_on_a_connective_is_refused(sentence, answer):
    assert "opens on" in _cloze_after("", sentence, answer, value=1990.0)


def test_a_sentence_with_a_connective_inside_passes():
    assert "opens on" not in _cloze_after("", "In 1990, however, Ada Lind sold the bakery to the guild.", "1990",
                                          "date", iso="1990")


def test_a_stem_over_forty_words_is_refused():
    long = ("In 1990 Ada Lind, who had run the bakery on the square of Lakeside for twenty years with her two "
            "brothers and a cousin from Voss, sold it to the guild of bakers, which kept her recipes, her ovens and "
            "her name over the door for another decade.")
    assert "words long" in _cloze_after("", long, "1990", "date", iso="1990")
    assert "words long" not in _cloze_after("", "In 1990 Ada Lind sold the bakery to the guild.", "1990", "date",
                                            iso="1990")


@pytest.mark.parametrize("sentence", [
    "Ada Lind opened a second bakery in Voss a few months ago, with 12 ovens.",
    "Recently the guild of Lakeside bought 12 ovens for the bakery.",
    "Four minutes later, Tomas Berg scored his 12th goal of the season.",
    "The guild bought 12 ovens at the time, when bread was scarce.",
])
def test_a_time_relative_to_an_unstated_now_is_refused(sentence):
    assert "time only the surrounding text fixes" in _cloze_after("", sentence, "12", value=12.0)


def test_a_relative_time_anchored_by_a_year_passes():
    sentence = "Ada Lind opened the bakery in 1990, and the following year the guild bought 12 ovens."
    assert "surrounding text" not in _cloze_after("", sentence, "12", value=12.0)


@pytest.mark.parametrize("sentence", [
    "Figure 4.2 shows a baker in Lakeside lifting 12 loaves from the oven.",
    "For example, a baker in Lakeside may bake 12 loaves before dawn.",
])
def test_an_example_or_a_figure_is_refused(sentence):
    assert "illustrates" in _cloze_after("", sentence, "12", value=12.0)


def test_a_definite_description_of_something_said_before_is_refused():
    earlier = "Miners came to Norland for the copper, and mining camps grew up along the river."
    reasons = _cloze_after(earlier, "In July 1942 the army occupied the mining camps and reopened the mines.",
                           "July 1942", "date", iso="1942-07")
    assert "'the mining camps' points back" in reasons


def test_people_the_report_named_before_under_another_name_are_refused():
    # round 18: "found the men guilty of 108 charges", after "five leaders of a charity"
    earlier = "Prosecutors in Norland have convicted four leaders of a fishing guild of fraud."
    reasons = _cloze_after(earlier, "A court in Wexby found the men guilty of 31 charges.", "31", value=31.0)
    assert "'the men' are people" in reasons
    # narrowed on the spot, they are named
    narrowed = "A court in Wexby found the men of the guild guilty of 31 charges."
    assert "'the men' are people" not in _cloze_after(earlier, narrowed, "31", value=31.0)


def test_a_proposal_the_report_told_of_before_is_refused():
    # round 19: "The Saudi Embassy in Washington has not commented on the proposed legislation."
    earlier = "The council of Wexby voted on Friday to close the harbour to trawlers."
    sentence = "The Norland Fishing Board in Wexby has not commented on the proposed ban since 2004."
    assert "'the proposed ban' points back" in _cloze_after(earlier, sentence, "2004", "date", iso="2004")
    named = "The Norland Fishing Board in Wexby has not commented on the proposed ban on trawlers since 2004."
    assert "points back" not in _cloze_after(earlier, named, "2004", "date", iso="2004")


@pytest.mark.parametrize("earlier, sentence", [
    # nothing before it: the description is the article's first word of it
    ("Norland lies in the north.", "In July 1942 the army occupied the mining camps and reopened the mines."),
    # narrowed on the spot: "of", a place after it, a superlative
    ("Miners came to Norland for the copper, and mining camps grew up along the river.",
     "In July 1942 the army occupied the mining camps of Norland."),
    ("Miners came to Norland for the copper, and mining camps grew up along the river.",
     "In July 1942 the army occupied the largest mining camps in Norland."),
])
def test_a_definite_description_narrowed_or_new_passes(earlier, sentence):
    assert "points back" not in _cloze_after(earlier, sentence, "July 1942", "date", iso="1942-07")


def test_an_evaluative_sentence_of_a_speech_is_refused():
    speech = ("I thank you all for coming. We have worked hard for this day. You know what our town needs. "
              "I promise we will deliver it. Our bakers are ready. We will not fail you.")
    sentence = "The guild made the best decision in 1990, and Lakeside must keep it."
    reasons = _cloze_after(speech, sentence, "1990", "date", iso="1990")
    assert "speaker's view" in reasons
    plain = ("Lakeside lies on a lake. The guild was founded in 1850. It has 40 members. Bakers sell bread daily. "
             "The square has a fountain. Trains run to Voss.")
    assert "speaker's view" not in _cloze_after(plain, sentence, "1990", "date", iso="1990")


def _mcq_on(fact: Fact, others: list[Fact]):
    context = _curated((fact, *others))
    question = make_mcq(Target(fact, fact.mentions[0]), context, 1.0)
    return question, (" | ".join(problems(question, context)) if question else "")


def test_a_multiple_choice_key_of_doubtful_kind_is_refused():
    # "Norvik Piper" read as a person: no given name, no role, no title
    key = _fact("person", "The board of Norvik Piper met in Lakeside in 1990 to plan the bakery.", "Norvik Piper")
    key = Fact(kind="person", name="Norvik Piper", mentions=key.mentions * 2)
    others = [_fact("person", f"{n} spoke at the opening of the bakery in Bergen.", n, roles=("baker",))
              for n in ("Ada Lind", "Tomas Berg", "Maria Holm")]
    question, reasons = _mcq_on(key, others)
    assert question is not None and "is a person" in reasons


def test_options_of_a_place_share_its_kind_of_place():
    rng = random.Random(0)
    lake = _fact("place", "The climate becomes humid around Lake Norvik in the west.", "Lake Norvik")
    others = [_fact("place", f"Ferries cross {n} daily from the harbour.", n)
              for n in ("Lake Vann", "Dahl River", "Holm Dam", "Lake Ross", "Berg Park", "Lake Tind")]
    offered = dis.entity_distractors(lake, (lake, *others), rng)
    assert offered and all(o.startswith("Lake ") for o in offered)


def test_a_role_whose_name_follows_an_inner_title_is_refused():
    from quizgen.question import MultipleChoice

    sentence = "Tomas Berg served as counsel to President of Norland Ada Lind from 1990 to 1994."
    fact = _fact("person", sentence, "Ada Lind", roles=("counsel to President of Norland",))
    question = MultipleChoice(id="m1", fact="person", evidence=(fact.mentions[0].evidence,), score=1.0,
                              stem="According to the article, who is the counsel to President of Norland?",
                              key="Ada Lind", options=("Ada Lind", "Maria Holm", "Erik Dahl", "Tomas Berg"),
                              fact_keys=(fact.key,))
    assert "someone else's" in " | ".join(problems(question, _curated((fact,))))


def test_a_role_naming_a_piece_of_a_longer_name_is_refused():
    from quizgen.question import MultipleChoice

    sentence = "Tomas Berg, Nord's then editor, left the paper in 1990."
    fact = _fact("person", sentence, "Tomas Berg", roles=("Nord's then editor",))
    paper = _fact("organization", "The Lakeside Star bought a stake in Sing Nord in 1998.", "Sing Nord")
    question = MultipleChoice(id="m1", fact="person", evidence=(fact.mentions[0].evidence,), score=1.0,
                              stem="According to the article, who is Nord's then editor?",
                              key="Tomas Berg", options=("Ada Lind", "Maria Holm", "Erik Dahl", "Tomas Berg"),
                              fact_keys=(fact.key,))
    assert "a piece of the name 'Sing Nord'" in " | ".join(problems(question, _curated((fact, paper))))


def test_a_repeated_event_and_a_verb_without_its_object_are_refused():
    assert "repeats something said before" in _cloze_after(
        "", "The guild delegates met again in March 1850 in Lakeside.", "March 1850", "date", iso="1850-03")
    assert "has no object" in _cloze_after(
        "", "The guild chose only 12 bakers a year from Lakeside to attend.", "12", value=12.0)


def test_a_made_up_person_who_might_do_something_is_no_fact():
    assert "makes up an example" in _cloze_after(
        "", "A baker from Lakeside might find the silence of rural Norland strange.", "Norland", "place")


def test_a_thing_read_as_a_person_is_never_offered_among_people():
    rng = random.Random(0)
    key = _fact("person", "Ada Lind opened the bakery in 1990.", "Ada Lind", roles=("baker",))
    play = _fact("person", "The Iron Oven opened in 1991 in Voss.", "The Iron Oven")
    play = Fact(kind="person", name="The Iron Oven", mentions=play.mentions * 2)  # named twice: "attested"
    people = [_fact("person", f"{n} spoke at the opening.", n, roles=("miller",))
              for n in ("Tomas Berg", "Maria Holm", "Erik Dahl")]
    offered = dis.person_distractors(key, "Ada Lind", (key, play, *people), rng)
    assert "The Iron Oven" not in offered and len(offered) == 3


def test_a_month_of_a_given_year_is_hinted_as_both():
    from quizgen.questions.slots import hint_word

    assert hint_word(Fact(kind="date", text="March 1850", iso="1850-03")) == "month and year"
    assert hint_word(Fact(kind="date", text="March", iso="--03")) == "month"


def test_the_person_an_article_is_about_is_no_who_question():
    sentence = "Ada Lind, a Norland baker, opened the first bakery of Lakeside in 1990."
    at = sentence.index("Norland baker")
    role = Mention("Norland baker", at, at + 13, Evidence(sentence, 0, len(sentence)))
    ada = _fact("person", sentence, "Ada Lind", roles=("Norland baker",), role_mentions=(role,))
    people = [_fact("person", f"{n} spoke at the opening of the bakery in Bergen.", n, roles=("miller of Voss",))
              for n in ("Tomas Berg", "Maria Holm", "Erik Dahl")]
    elsewhere = build_question_set(_article(sentence, title="Notes"), (ada, *people), types=("mcq",)).questions
    assert any(q.key == "Ada Lind" for q in elsewhere)  # in an article about something else she is asked
    chosen = build_question_set(_article(sentence, title="Ada Lind"), (ada, *people), types=("mcq",)).questions
    assert not any(q.key == "Ada Lind" for q in chosen)


def test_the_keys_surname_elsewhere_in_the_stem_gives_it_away():
    sentence = "The Oven (1958) with first-time baker Tomas Berg was followed by Berg's The Loaf (1959)."
    assert "'Berg', a name of the key" in _cloze_reasons(sentence, "Tomas Berg", "person", roles=("baker",))


@pytest.mark.parametrize("question, broken", [
    ("Where are the Lakeside Islands the northern-most settled islands?", True),  # a copula with a noun
    ("Which place all towns are covered by the rule?", True),  # a quantifier where the verb should be
    ("When does following the ferry's last trip leave?", True),  # a participle where the subject should be
    ("Where was the treaty of Voss signed by the king?", False),
    ("When did all the bakers of Lakeside leave the guild?", False),
])
def test_wh_questions_without_a_subject_or_verb_where_one_belongs(question, broken):
    assert bool(question_shape_problem(question, "Voss")) == broken


def test_a_round_year_of_a_past_event_gets_years_near_it():
    fact = _fact("date", "In 2010 Tomas Berg joined the guild of bakers in Lakeside.", "2010", iso="2010")
    offered = dis.date_distractors(fact, "2010", (fact,), random.Random(0))
    assert offered and all(abs(int(o) - 2010) <= 5 for o in offered)
    census = _fact("date", "Lakeside had 9,000 people in the 2010 census.", "2010", iso="2010")
    assert all(int(o) % 10 == 0 for o in dis.date_distractors(census, "2010", (census,), random.Random(0)))


def test_a_role_owned_by_a_named_person_takes_no_the_and_a_hyphenated_relation_is_no_role():
    from quizgen.questions.kinds import who_prompt

    assert who_prompt("Tomas Berg's then-adviser") == "According to the article, who is Tomas Berg's then-adviser?"
    assert "relation" in _who("Tomas Berg's then-girlfriend")[1]


def test_a_wh_question_that_cuts_what_a_first_or_only_one_did_is_refused():
    from quizgen.questions.text import words_dropped

    sentence = "On May 4, against Voss, Tomas Berg became only the second baker since 1900 to win three prizes."
    assert "to win" in words_dropped("When did Tomas Berg become only the second baker since 1900 against Voss?",
                                     "May 4", sentence)
    assert words_dropped("Who went to Paris in 1990?", "Ada Lind", "In 1990 Ada Lind went to Paris to study art.") == ""


def test_an_example_that_gives_a_fact_of_its_own_passes():
    sentence = "Droughts often bring hunger to the north of Norland, for example, in 1990 aid for 12,000 people."
    assert "illustrates" not in _cloze_after("", sentence, "12,000", value=12000.0)


def test_a_wh_question_in_a_guide_to_one_place_must_name_a_place():
    from quizgen.question import ShortAnswer

    home = _fact("place", "Lakeside is a town on the lake.", "Lakeside")
    sentence = "The ferry to Voss began running in 1990."
    voss = _fact("place", sentence, "Voss")
    year = _fact("date", sentence, "1990", iso="1990")
    context = _curated((home, voss, year), title="Lakeside")

    def asked(stem: str, fact: Fact) -> str:
        question = ShortAnswer(id="s1", fact=fact.kind, evidence=(fact.mentions[0].evidence,), score=1.0,
                               stem=stem, key=fact.mentions[0].text, fact_keys=(fact.key,))
        return " | ".join(problems(question, context))

    assert "names no place" in asked("When did the ferry begin running?", year)
    # the answer says nothing of where until it is given (round 24: "Economic aid from _____" of Niue)
    assert "names no place" in asked("Where did the ferry begin running to?", voss)
    assert "names no place" not in asked("When did the ferry from Lakeside begin running?", year)


def test_the_set_takes_two_questions_for_one_that_shut_both_out():
    from quizgen.question import Cloze
    from quizgen.questions.select import select

    s1 = "Ada Lind opened the bakery of Lakeside in 1990 with 12 ovens."
    s2 = "The bakery of Ada Lind had 40 workers by 1995, the guild says."

    def cloze(qid, sentence, answer, fact_key, score, kind="number"):
        at = sentence.index(answer)
        return Cloze(id=qid, fact=kind, evidence=(Evidence(sentence, 0 if sentence is s1 else 100, 200),),
                     score=score, key=answer, before=sentence[:at], after=sentence[at + len(answer):], hint="",
                     fact_keys=(fact_key,), fact_key=fact_key)

    best = cloze("q1", s1, "1990", "date:1990", 0.9, "date")  # on sentence 1, and the fact of q2
    other_sentence = cloze("q2", s2, "1995", "date:1990", 0.8, "date")
    other_fact = cloze("q3", s1, "12", "number:12", 0.7)
    chosen, dropped = select([best, other_sentence, other_fact], 10)
    assert {q.id for q in chosen} == {"q2", "q3"}
    assert [r.id for r in dropped] == ["q1"]


def test_an_acronym_of_a_person_gets_no_names_beside_it_and_another_name_of_the_key_gives_it_away():
    rng = random.Random(0)
    key = _fact("person", "The memoir is essential reading on LBJ and his staff.", "LBJ")
    people = [_fact("person", f"{n} spoke at the opening.", n, roles=("miller",))
              for n in ("Tomas Berg", "Maria Holm", "Erik Dahl")]
    assert dis.person_distractors(key, "LBJ", (key, *people), rng) == []
    sentence = "The memoir is essential reading on LBJ and the Lind administration."
    fact = _fact("person", sentence, "LBJ")
    fact = Fact(kind="person", name="Ada Lind", aliases=("LBJ",), mentions=fact.mentions, roles=("baker",))
    context = _curated((fact,))
    question = make_cloze(Target(fact, fact.mentions[0]), context, 1.0)
    assert "'Lind', a name of the key" in " | ".join(problems(question, context))


def test_a_sentence_that_concludes_from_the_one_before_is_refused():
    assert "draws on what a sentence before said" in _cloze_after(
        "", "Baking together and sharing bread were indeed more important than the 12 prizes.", "12", value=12.0)
    assert "draws on" not in _cloze_after(
        "", "By 1850 the guild appointed Ada Lind to write 12 strict rules (hence \"lindish\").", "12", value=12.0)


def test_a_number_of_hundreds_of_digits_gets_distractors_without_overflow():
    digits = "9" * 308
    fact = _fact("number", f"{digits} people came to Lakeside in 1990.", digits, value=float(digits))
    offered = dis.number_distractors(fact, digits, (fact,), random.Random(0))
    assert all(o != digits for o in offered)  # no error, and never the key itself


def _role_target(name: str, role: str, others: list[tuple[str, str]]):
    sentence = f"{name}, {role}, spoke at the opening of the bridge."
    key = _fact("person", sentence, name, roles=(role,))
    role_start = sentence.index(role)
    role_mention = Mention(role, role_start, role_start + len(role), Evidence(sentence, 0, len(sentence)))
    facts = (key, *[_fact("person", f"{n}, {r}, came too.", n, roles=(r,)) for n, r in others])
    context = Context(facts, article=_article(" ".join(m.evidence.sentence for f in facts for m in f.mentions)),
                      curated=True)
    return Target(key, role_mention, "who", key.mentions[0]), context


def test_who_holds_a_role_offers_only_people_of_a_like_role_else_asks_it_typed():
    unlike = [("Tomas Berg", "president of Norland"), ("Maria Holm", "founder of Holm Bakeries"),
              ("Per Dahl", "captain of the ferry")]
    target, context = _role_target("Ada Lind", "professor of history at Bergen University", unlike)
    assert make_mcq(target, context, 1.0) is None  # a president and a founder among professors
    typed = make_short_answer(target, context, 1.0)
    assert typed is not None and typed.stem.startswith("According to the article, who is the professor of history")
    assert typed.answer == "Ada Lind"
    alike = [("Tomas Berg", "physics professor at Norland Institute"), ("Maria Holm", "drama professor at Coast College"),
             ("Per Dahl", "chemistry professor at Lakeside College")]
    target, context = _role_target("Ada Lind", "professor of history at Bergen University", alike)
    question = make_mcq(target, context, 1.0)
    assert question is not None and set(question.options) == {"Ada Lind", "Tomas Berg", "Maria Holm", "Per Dahl"}


def test_the_articles_subject_by_its_full_name_is_no_answer():
    sentences = ["Lind was born in Bergen.", "Lind studied law.", "Lind wrote four books.", "Lind died in 1990.",
                 "Ada Maria Lind (born 1920) was a Norwegian baker."]
    lind = Fact(kind="person", name="Lind", mentions=tuple(
        Mention("Lind", s.index("Lind"), s.index("Lind") + 4, Evidence(s, 0, len(s))) for s in sentences[:4]))
    full = _fact("person", sentences[4], "Ada Maria Lind")
    context = Context((lind, full), article=_article(" ".join(sentences), "Ada Lind"), curated=True)
    question = make_cloze(Target(full, full.mentions[0]), context, 1.0)
    assert "what the whole article is about" in " | ".join(problems(question, context))


def test_no_year_option_after_the_latest_year_the_article_names():
    sentence = "The council was elected in October 2021 after a long campaign."
    key = _fact("date", sentence, "October 2021", iso="2021-10")
    later = _fact("date", "The new bridge opened on 25 April, 2022.", "25 April, 2022", iso="2022-04-25")
    earlier = _fact("date", "The old bridge was built in 1990.", "1990", iso="1990")
    for seed in range(5):
        offered = dis.date_distractors(key, "October 2021", (key, later, earlier), random.Random(seed))
        assert offered and all(int(o.split()[-1]) <= 2022 for o in offered)


def test_a_sentence_with_a_web_address_is_refused():
    sentence = "In 2008 the site had 14 million visitors (full data: http://example.org/stats)."
    assert "web address" in _cloze_reasons(sentence, "14 million", value=14e6)


def test_the_island_in_a_guide_is_not_taken_for_the_guides_place():
    from quizgen.questions.kinds import _PLACE_REFERENCE

    assert _PLACE_REFERENCE.search("In 1994, the country joined the league.")
    assert not _PLACE_REFERENCE.search("The island provides a home to eleven bird species.")


def test_number_options_stay_on_the_keys_side_of_another_number_in_the_sentence():
    sentence = "Lakeside is warm, with up to 29 degrees in January and down to 24 degrees in June."
    key = _fact("number", sentence, "29 degrees", value=29, unit="degrees")
    low = _fact("number", sentence, "24 degrees", value=24, unit="degrees")
    for seed in range(6):
        offered = dis.number_distractors(key, "29 degrees", (key, low), random.Random(seed))
        assert offered and all(int(o.split()[0]) > 24 for o in offered)
        assert any(int(o.split()[0]) < 29 for o in offered[:3])  # the key is not the lowest option


def test_the_paper_that_reported_something_is_no_answer():
    sentence = "The Lakeside Herald observed that the new ferry had become a symbol of the town."
    assert "only who reported it" in _cloze_reasons(sentence, "Lakeside Herald", "organization")
    sentence = "According to the Lakeside Herald, the ferry carried 40,000 people in 2010."
    assert "only who reported it" in _cloze_reasons(sentence, "Lakeside Herald", "organization")
    sentence = "The Lakeside Herald was founded by Ada Lind in 1910 as a weekly paper."
    assert "only who reported it" not in _cloze_reasons(sentence, "Lakeside Herald", "organization")
    # round 19: the outlet someone spoke to is no more the fact than the one that reported it
    sentence = "A local fisherman tells Radio Norland's Wexby service that the harbour was shelled early Thursday."
    assert "only who was told it" in _cloze_reasons(sentence, "Radio Norland", "organization")
    sentence = "A guild official told the Lakeside Herald that the bakery would close in May."
    assert "only who was told it" in _cloze_reasons(sentence, "Lakeside Herald", "organization")
    sentence = "Ada Lind told the Wexby Bakers Guild about the new ovens in 1990."
    assert "only who was told it" not in _cloze_reasons(sentence, "Wexby Bakers Guild", "organization")


def test_a_role_two_people_hold_asks_no_who_question():
    target, context = _role_target("Ada Lind", "mayor of Bergen", [("Tomas Berg", "mayor of Bergen"),
                                                                    ("Maria Holm", "baker")])
    assert make_short_answer(target, context, 1.0) is None
    target, context = _role_target("Ada Lind", "mayor of Bergen", [("Tomas Berg", "priest"), ("Maria Holm", "baker")])
    assert make_short_answer(target, context, 1.0) is not None


def test_a_curated_false_statement_swaps_no_person():
    sentence = "Ada Lind opened the bakery with her friend Tomas Berg in 1990."
    friend = _fact("person", sentence, "Tomas Berg", roles=("baker",))
    other = _fact("person", "Maria Holm, a baker, sold bread.", "Maria Holm", roles=("baker",))
    context = Context((friend, other), article=_article(sentence + " Maria Holm, a baker, sold bread."), curated=True)
    assert make_true_false(Target(friend, friend.mentions[0]), context, 1.0, False) is None


def test_a_hint_says_what_the_key_is():
    from quizgen.questions.slots import hint_word

    assert hint_word(Fact(kind="date", text="fall 2004", iso="2004")) == "season and year"
    assert hint_word(Fact(kind="date", text="the 21st Century", iso="2001/2100")) == "century"
    assert hint_word(Fact(kind="date", text="the 1960s", iso="1960/1969")) == "decade"
    assert hint_word(Fact(kind="date", text="2004", iso="2004")) == "year"


def test_a_sentence_with_a_pronunciation_or_another_script_is_refused():
    sentence = "Ada Lind (/ˈɑːdə lɪnd/) opened the Bergen bakery in 1990."
    assert "another script" in _cloze_reasons(sentence, "1990", "date", iso="1990")
    sentence = "The temple (天神社) in Lakeside was rebuilt in 1990."
    assert "another script" in _cloze_reasons(sentence, "1990", "date", iso="1990")
    assert "another script" not in _cloze_reasons("Ada Lind opened the café in 1990.", "1990", "date", iso="1990")


def test_a_clause_cut_from_a_subjects_sentence_is_not_asked():
    text = ("Title: Anders Lind\n\nAnders Lind was a Norwegian baker and writer. Lind was born in Bergen in 1920. "
            "Lind wrote four books about bread. Lind sold the bakery in 1975. "
            "Although the war had closed the mills, he was wounded at the harbour and opened a shop in 1946. "
            "Lind died in Oslo in 1990.")
    quiz = quiz_set(parse_article(text, "lind.txt"))
    for q in quiz.questions:
        if q.evidence[0].sentence.startswith("Although"):
            assert "war" in q.prompt or "Although" in q.prompt, q.prompt  # the whole sentence, or nothing


# --- rounds 9 and 10: giveaways, made-up cases, captions, broken sources -------------------------------

def test_the_acronym_anywhere_in_the_sentence_gives_the_name_away():
    sentence = "By joining the Coastal Fisheries Board, CFB, the villages won a say over the northern harbour."
    assert "acronym 'CFB' elsewhere" in _cloze_reasons(sentence, "Coastal Fisheries Board", "organization")
    plain = "By joining the Coastal Fisheries Board, the villages won a say over the northern harbour."
    assert "acronym" not in _cloze_reasons(plain, "Coastal Fisheries Board", "organization")


def test_a_longer_form_of_the_key_in_the_sentence_gives_it_away():
    sentence = "The agency moved its staff to a newer KX within a year, after ten years of KX4 on every desk."
    assert "longer form of the answer" in _cloze_reasons(sentence, "KX", "organization")


def test_a_section_number_of_a_citation_is_no_answer():
    sentence = "“Beauty is a passive power of the mind, received from all objects alike” (§ IV, 52)."
    assert "citation" in _cloze_reasons(sentence, "52", value=52.0)


@pytest.mark.parametrize("opening, reason", [("For example, suppose ", "illustrates a point"),
                                             ("Suppose ", "makes up a case")])
def test_a_wh_question_from_a_made_up_case_is_refused(opening, reason):
    """The wh-question drops the "For example, suppose" that its source sentence opens with."""
    sentence = opening + "Bergen College accepts test scores at or above the 80th percentile."
    start = sentence.index("Bergen College")
    made_up = Statement("Bergen College accepts test scores at or above the 80th percentile", start, start + 14,
                        question="Which organisation accepts test scores at or above the 80th percentile?")
    mention = Mention("Bergen College", start, start + 14, Evidence(sentence, 0, len(sentence)), statement=made_up)
    fact = Fact(kind="organization", name="Bergen College", mentions=(mention,))
    context = _curated((fact,))
    question = make_short_answer(Target(fact, mention), context, 1.0)
    assert question is not None and reason in " | ".join(problems(question, context))


def test_a_sentence_of_a_caption_paragraph_is_refused():
    caption = "Lind with the mayor of Bergen, Tomas Berg, at the harbour on 3 May 2019. Image: Bergen Council."
    story = "The new harbour plan was approved by the council of Bergen after a debate of three weeks."
    text = f"Harbour plan approved\n\n{story}\n\n{caption}\n\nWork on the harbour starts in the spring."
    start = text.index(caption)
    end = start + caption.index(" Image")
    sentence = text[start:end]
    name = sentence.index("Tomas Berg")
    fact = Fact(kind="person", name="Tomas Berg", mentions=(
        Mention("Tomas Berg", start + name, start + name + 10, Evidence(sentence, start, end)),), roles=("mayor of Bergen",))
    context = Context((fact,), article=_article(text, "Harbour plan approved"), curated=True)
    question = make_cloze(Target(fact, fact.mentions[0]), context, 1.0)
    assert "caption" in " | ".join(problems(question, context))


def test_a_role_that_begins_inside_a_longer_name_is_refused():
    question, reasons = _who("Welfare of Fishermen campaigner")
    assert question is not None
    sentence = "Critics included Council for the Welfare of Fishermen campaigner Ada Lind, who spoke in Bergen."
    assert "end of a longer name" in _role_reasons(sentence, "Ada Lind", "Fishermen campaigner")


@pytest.mark.parametrize("role", ["your harbour master at Bergen", "the Senator from this State"])
def test_a_role_that_speaks_of_someone_unnamed_is_refused(role):
    assert "someone the question does not name" in _who(role)[1]


def test_asking_for_the_one_told_while_the_clause_stays_is_a_broken_question():
    assert question_shape_problem("Which organisation do officials tell every claim will be assessed fairly?", "BBC")
    assert question_shape_problem("Who did the mayor tell the harbour would open in May?", "Lind")
    assert question_shape_problem("Who did the mayor meet at the harbour in May?", "Lind") == ""


def test_a_name_that_ends_on_a_number_is_not_cut_by_the_blank():
    sentence = "Lind also hosts a weekly countdown on Harbour Radio 1 called Top Fifteen in Bergen."
    assert "cuts a name" in _cloze_reasons(sentence, "Harbour Radio", "organization")
    assert "cuts a name" not in _cloze_reasons("Lind moved to Bergen 12 years after the war ended.", "Bergen", "place")


def test_a_person_named_once_is_not_asked_by_role():
    sentence = "The debate was opened by Ada Lind, director of the Bergen Bakers' Guild, in 1990."
    assert "side figure" in _role_reasons(sentence, "Ada Lind", "director of the Bergen Bakers' Guild")
    assert "side figure" not in _who("director of the Bergen Bakers' Guild")[1]


def _role_reasons(sentence: str, name: str, role: str) -> str:
    """Why the who-question for the role a person named once in this sentence holds is refused."""
    fact = _fact("person", sentence, name, roles=(role,))
    at = sentence.index(role)
    mention = Mention(role, at, at + len(role), Evidence(sentence, 0, len(sentence)))
    context = _curated((fact,))
    question = make_short_answer(Target(fact, mention, "who", fact.mentions[0]), context, 1.0)
    assert question is not None
    return " | ".join(problems(question, context))


# --- round 11: broken sources, catalogues, counts of what came before, options the stem rules out -------

@pytest.mark.parametrize("sentence, reason", [
    # a matter of taste (round 9)
    ("Because the village sits above the fjord, there are breathtaking views from the harbour wall of Bergen.",
     "matter of taste"),
    ("The charming old harbour of Bergen holds 120 wooden boats in the summer months.", "matter of taste"),
    # pieces of sentences the source or the splitter broke (round 10)
    ("announced that the Bergen choir had been nominated for two prizes of the festival.", "broken sentence"),
    ("of various rowing clubs met at the harbour in Bergen at the request of the Lakeside club.", "broken sentence"),
    ("At the moment Ada Lind is in Bergen for a conference on the harbour plan of 1990.",
     "only the surrounding text fixes"),
    # two sentences the source ran together (round 11)
    ("The club was linked with the Bergen Rowing Union In the 1970s the club tried to take over the harbour.",
     "runs two sentences together"),
    ("Lind has reported almost all home matches, The coverage was led by Tomas Berg of Bergen since 1990.",
     "runs two sentences together"),
    ("A stone bridge was built over the river at Bergen in 1895. track was laid to Lakeside the next year.",
     "runs two sentences together"),
])
def test_a_place_in_a_sentence_no_teacher_would_hand_out_is_not_asked(sentence, reason):
    assert reason in _cloze_reasons(sentence, "Bergen", "place")


def test_a_title_case_name_with_a_function_word_is_no_run_on():
    sentence = "The band Alice In Chains played in Bergen in 1990 before a crowd of students."
    assert "runs two sentences together" not in _cloze_reasons(sentence, "Bergen", "place")


def test_a_numbered_item_of_an_inventory_is_refused():
    sentence = "Flat car # 22 was fitted with a large oil tank for the Bergen Oil Company in 1901."
    assert "inventory" in _cloze_reasons(sentence, "1901", "date", iso="1901")


@pytest.mark.parametrize("answer", ["hundred", "a thousand"])
def test_a_vague_round_quantity_is_no_answer(answer):
    sentence = f"The library of Bergen holds about {answer} old books on the history of the harbour."
    assert "vague quantity" in _cloze_reasons(sentence, answer, value=100.0)


def test_three_digits_where_a_year_stands_are_a_cut_year():
    sentence = "Lind won a silver medal for Bergen at the 197 Nordic Games, the games of 1971 in the harbour town."
    assert "year cut short" in _cloze_reasons(sentence, "197", value=197.0)
    # three digits that no year of the article begins with are a count ("the 250 British tourists")
    count = "The ferry from Bergen evacuated the 250 British tourists in the harbour town in 1990."
    assert "year cut short" not in _cloze_reasons(count, "250", value=250.0)


def test_a_sentence_of_many_figures_is_a_table_line():
    sentence = "Freight in 1913 was 18% timber, 15% pulp, 15% coal, 12% apples and 11% goods at Bergen."
    assert "figures" in _cloze_reasons(sentence, "Bergen", "place")


@pytest.mark.parametrize("sentence, answer, kind", [
    ("The harbour radio stopped covering Bergen matches after the 2005/2006 league season.", "2006", "date"),
    ("The design was repeated for the Lakeside and Bergen Railway and the Voss Railway in 1910.", "Lakeside",
     "organization"),
])
def test_a_blank_that_cuts_a_pair_or_a_name_is_refused(sentence, answer, kind):
    fields = {"iso": "2006"} if kind == "date" else {}
    reasons = _cloze_reasons(sentence, answer, kind, **fields)
    assert "pair written with a slash" in reasons or "cuts a name" in reasons


@pytest.mark.parametrize("sentence", [
    "Madam Speaker, this afternoon the council of Bergen will vote on the two harbour plans.",
    "Since then, the Bergen choir has released six albums of harbour songs.",
    "Lind was now the owner of 23 boats in the harbour of Bergen.",
])
def test_a_sentence_tied_to_its_surroundings_is_refused(sentence):
    reasons = _cloze_reasons(sentence, "Bergen", "place")
    assert any(x in reasons for x in ("audience", "surrounding text", "named before"))


def test_what_is_now_a_country_is_no_relative_time():
    sentence = "The Olmec lived in what is now Mexico from about 1200 BCE, long before the harbour towns grew."
    assert "surrounding text" not in _cloze_reasons(sentence, "Mexico", "place")


def test_year_options_stay_on_the_key_side_of_a_year_the_sentence_states():
    sentence = "Construction began in 1882, and trains were running to Bergen by 1883."
    fact = _fact("date", sentence, "1883", iso="1883")
    options = dis.date_distractors(fact, "1883", (fact,), random.Random(0))
    assert options and all(int(o) > 1882 for o in options)


def test_a_decade_is_swapped_for_another_decade():
    sentence = "The line became a tourist attraction in the late 1930's before it closed."
    fact = _fact("date", sentence, "1930's", iso="1930")
    options = dis.date_distractors(fact, "1930's", (fact,), random.Random(0))
    assert options and all(o[2:4].endswith("0") and o.endswith("'s") for o in options)


def _place_after(before: str, sentence: str, place: str) -> str:
    """Why a cloze on ``place`` in ``sentence``, which follows ``before`` in the article, is refused."""
    text = before + sentence
    at = text.index(place, len(before))
    fact = Fact(kind="place", name=place, mentions=(
        Mention(place, at, at + len(place), Evidence(sentence, len(before), len(text))),))
    context = Context((fact,), article=_article(text), curated=True)
    return " | ".join(problems(make_cloze(Target(fact, fact.mentions[0]), context, 1.0), context))


def test_the_two_of_what_came_before_is_refused():
    assert "named before" in _place_after("Ada Lind met Tomas Berg at the regatta. ",
                                          "The two rowers went right after each other in the harbour of Bergen.",
                                          "Bergen")


def test_a_title_naming_an_organisation_after_its_town_sets_no_place():
    sentence = "The Bergen Herald was founded in Bergen in 1892 by a printer from the harbour."
    paper = _fact("organization", sentence, "Bergen Herald")
    town = Fact(kind="place", name="Bergen", mentions=(_mention_at(sentence, "Bergen", sentence.index("in Bergen") + 3),))
    assert Context((paper, town), article=_article(sentence, "Bergen Herald"), curated=True).guide_setting is None
    assert Context((paper, town), article=_article(sentence, "Bergen, Norway"), curated=True).guide_setting == town


def _mention_at(sentence: str, text: str, start: int) -> Mention:
    return Mention(text, start, start + len(text), Evidence(sentence, 0, len(sentence)))


# --- round 12: list-style lines, "also", missing halves, lead sentences, speakers' claims ------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("In 1996 was named one of the best rowers in the history of Bergen by the harbour paper.", "1996", "date",
     "no subject"),
    ("Lind also controlled the ferries that were sent to Bergen for the summer season.", "Bergen", "place", "also"),
    ("The 65th also controlled the squadrons that were sent to Bergen for temporary duty.", "Bergen", "place", "also"),
    ("The contest site in Bergen is similar, though the waves there break both ways.", "Bergen", "place",
     "other half"),
    ("Tomas Berg of Bergen authored a response, to which Lind replied in the harbour paper.", "Bergen", "place",
     "other half"),
    ("Ada Lind is the current champion of the rowing club of Bergen on the west coast.", "Bergen", "place",
     "surrounding text"),
    ("Monday's arrests took place in the harbour district of Bergen and in two villages.", "Bergen", "place",
     "day of the report"),
    ("Police in Bergen say last week's fire started in a bakery on the quay.", "Bergen", "place", "day of the report"),
])
def test_a_sentence_that_leans_on_the_text_around_it_is_refused(sentence, answer, kind, reason):
    fields = {"iso": answer} if kind == "date" else {}
    assert reason in _cloze_reasons(sentence, answer, kind, **fields)


def test_a_lead_sentence_with_its_birth_brackets_is_no_true_false():
    sentence = "Ada Lind (born 3 May 1950 in Bergen) is a rower and coach of the harbour club of Lakeside."
    fact = _fact("place", sentence, "Bergen")
    context = _curated((fact,))
    question = make_true_false(Target(fact, fact.mentions[0]), context, 1.0, True)
    assert question is not None and "lead sentence" in " | ".join(problems(question, context))


def test_a_claim_in_the_present_in_a_speech_is_refused():
    speech = ("I thank you all for coming. We have worked hard for this day. You know what our town needs. "
              "I promise we will deliver it. Our bakers are ready. We will not fail you.")
    claim = "Rowing in Bergen largely keeps the old order of the harbour towns in place."
    assert "speaker's" in _cloze_after(speech, claim, "Bergen", "place")
    fact_of_the_past = "The rowing club of Bergen was founded in 1890 by the harbour master."
    assert "speaker's" not in _cloze_after(speech, fact_of_the_past, "Bergen", "place")


def test_a_university_is_offered_among_universities_only():
    assert dis.org_class("University of Bergen") == dis.org_class("Lakeside College") == "university"
    assert dis.org_class("Bergen Area School District") != "university"
    assert dis.org_class("Discovery Institute") != "university"


def test_zero_percent_is_no_answer():
    sentence = "Players of the Bergen game must keep the gauge above 0% until the end of the song."
    assert "small count" in _cloze_reasons(sentence, "0%", value=0.0)


# --- round 13: an article about one thing, acronyms made from more than initials, bare web addresses -------

def test_a_question_that_leaves_out_what_the_article_is_about_is_refused():
    sentence = "Base fare is usually $1, but can be as much as $3 on the express routes to Bergen."
    fact = _fact("place", sentence, "Bergen")
    context = Context((fact,), article=_article(sentence, "Lakeside Connector"), curated=True)
    question = make_cloze(Target(fact, fact.mentions[0]), context, 1.0)
    assert "names neither it nor its short name" in " | ".join(problems(question, context))
    named = "The Lakeside Connector's base fare is usually $1 on the express routes to Bergen."
    fact = _fact("place", named, "Bergen")
    context = Context((fact,), article=_article(named, "Lakeside Connector"), curated=True)
    assert "names neither" not in " | ".join(problems(make_cloze(Target(fact, fact.mentions[0]), context, 1.0), context))
    # a headline is no name: its words need not stand in every sentence
    context = Context((fact,), article=_article(sentence, "Bus fares rise in Bergen"), curated=True)
    question = make_cloze(Target(fact, fact.mentions[0]), context, 1.0)
    assert "names neither" not in " | ".join(problems(question, context))


def test_an_acronym_after_the_blank_made_from_more_than_initials_gives_it_away():
    sentence = "Since Bergen is a member of the Multi-State Harbour Association (MUSH), it may run ferries."
    assert "acronym 'MUSH'" in _cloze_reasons(sentence, "Multi-State Harbour Association", "organization")


def test_a_bare_web_address_is_refused():
    sentence = "The Bergen Rowing Centre (bergenrowing.org) opened in honour of the harbour master in 1990."
    assert "web address" in _cloze_reasons(sentence, "1990", "date", iso="1990")


def test_an_event_article_need_not_name_the_event_in_every_question():
    sentence = "Lind led the column toward Fort Bergen and met the harbour master on 9 July 1755."
    fact = _fact("place", sentence, "Fort Bergen")
    context = Context((fact,), article=_article(sentence, "Lakeside Harbour War"), curated=True)
    question = make_cloze(Target(fact, fact.mentions[0]), context, 1.0)
    assert "names neither" not in " | ".join(problems(question, context))


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Whilst still a teenager, Lind opened a gymnasium in Bergen and met Lakeside A.F.C.", "Bergen", "place",
     "initialism"),
    ("Lind has played with other bands, including Tomas Berg (Erik Dahl and the Harbour Boys) in 1990.", "Erik Dahl",
     "person", "bracketed aside"),
])
def test_a_cut_sentence_or_a_blank_in_an_aside_is_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind)


def test_a_negation_asked_without_its_bound_is_refused():
    sentence = "Tomas Berg was not told of the events in Bergen until after the harbour had closed."
    # (curated wh-questions ask for dates and numbers; the check guards any wh-question built)
    assert "did not happen" in _wh("Who was not told of the events in Bergen?", sentence, "Tomas Berg", "person")


# --- round 14: keys the sentence all but gives, groups named before, "One answer is …" ---------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("The United States sent ships to Bergen to bring home a few hundred U.S. citizens in 1990.", "United States",
     "place", "acronym 'US'"),
    ("Bergen was picked to finish fifth in the NHL East Division by the NHL News Association.", "NHL East Division",
     "organization", "part of the answer"),
    ("The harbour club pledged loyalty to Erik Lind Berg in the year the harbour opened.", "Lind Berg", "person",
     "given name stands before"),
    ("Rowing is one of the great pastimes of the 21st century in the harbour towns of Bergen.", "21st century", "date",
     "century a phrase is of"),
    ("The radical Shiite Sadr movement held a rally in the harbour of Bergen in 2004.", "Shiite Sadr", "organization",
     "describes it"),
])
def test_a_key_the_sentence_all_but_gives_is_refused(sentence, answer, kind, reason):
    fields = {"iso": "2001/2100"} if kind == "date" else {}
    assert reason in _cloze_reasons(sentence, answer, kind, **fields)


def test_the_region_of_a_town_named_before_the_blank_is_refused():
    sentence = "The rowing club sits on Lakeside, Norland's northern shore near the old harbour."
    town = _fact("place", sentence, "Lakeside")
    assert "region of the town" in _cloze_reasons(sentence, "Norland", "place", others=(town,))


def test_a_group_named_before_or_an_answer_to_a_question_not_given_is_refused():
    assert "group the article named before" in _place_after(
        "Dark Harbour are a band from Bergen. ",
        "Producers already working with the quartet include Tomas Berg and Ada Lind of Lakeside.", "Lakeside")
    assert "other half" in _cloze_reasons("One answer is that the council of Bergen stopped the harbour plan.",
                                          "Bergen", "place")


# --- round 15: options a title or an owner before the blank rules out, the people's word, negations ---------

def test_options_must_hold_the_title_or_belong_to_the_owner_before_the_blank():
    sentence = "President Ada Lind, who cut her holiday short, asked the people of Bergen to give to the Red Cross."
    key = _fact("person", sentence, "Ada Lind", roles=("President",))
    others = [_fact("person", f"Governor {n} of Lakeside spoke in Bergen on Monday.", n, roles=("Governor of Lakeside",))
              for n in ("Tomas Berg", "Maria Holm", "Erik Dahl")]
    question, reasons = _mcq_on(key, others)
    assert question is None or "fits the key only" in reasons
    sentence = "The Herald's Ada Lind in Bergen says there is panic as supplies run out."
    key = _fact("person", sentence, "Ada Lind", roles=("correspondent of the Herald",))
    others = [_fact("person", f"Governor {n} of Lakeside spoke in Bergen on Monday.", n, roles=("Governor of Lakeside",))
              for n in ("Tomas Berg", "Maria Holm", "Erik Dahl")]
    question, reasons = _mcq_on(key, others)
    assert question is None or "not said to be theirs" in reasons


def test_the_peoples_word_in_the_sentence_gives_the_country_away():
    sentence = "Just 30 kilometres from Norway's border, Norwegian officials are worried about the new airbase."
    assert "names the answer's people" in _cloze_reasons(sentence, "Norway", "place")


@pytest.mark.parametrize("sentence, answer, reason", [
    ("Security forces searched the 300-some inhabited islands off the coast of Norland in 2001.", "300-some",
     "vague figure"),
    ("The channel divides Norland from the 30 or so islands of Lakeside in the south.", "30", "vague figure"),
])
def test_vague_figures_are_refused(sentence, answer, reason):
    kind = "place" if answer == "Bergen" else "number"
    fields = {} if kind == "place" else {"value": 300.0}
    assert reason in _cloze_reasons(sentence, answer, kind, **fields)


def test_a_small_count_with_a_noun_is_no_answer_but_two_million_is():
    assert "small count" in _cloze_reasons("One thing is certain for the rowers of Bergen this year.", "One thing",
                                           value=1.0)
    assert "small count" not in _cloze_reasons("Two million people live in the towns around Bergen today.",
                                               "Two million", value=2e6)



# --- an independent review's counter-examples: ordinary sentences the checks must let through --------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("The team from Bergen won Group A with seven points in the spring of 1990.", "Bergen", "place", "two sentences"),
    ("The population of Bergen was approx. two million in 1950, the census said.", "Bergen", "place", "two sentences"),
    ("A Beautiful Mind won the award for Best Picture in Bergen in 2002.", "Bergen", "place", "matter of taste"),
    ("The aircraft built in Bergen is similar in design to the Lakeside 707 of 1958.", "Bergen", "place", "other half"),
    ("The former church of Bergen is now a museum, opened in 1975.", "Bergen", "place", "surrounding text"),
    ("Friends, family and colleagues attended his funeral in Bergen in 2001.", "Bergen", "place", "audience"),
    ("In 1999 elected officials voted to close the harbour of Bergen for a year.", "Bergen", "place", "no subject"),
    ("Norland beat Bergen 1–0 in the final of the harbour cup in 1990.", "Bergen", "place", "cuts a name"),
    ("Riots broke out in Bergen 12 days after the vote on the harbour plan.", "Bergen", "place", "cuts a name"),
    ("The Apollo 11 crew landed on July 20, 1969, and flew home to Bergen on July 24, 1969.", "Bergen", "place",
     "figures"),
    ("The Norland Ocean lies to the west of the harbour of Bergen and its islands.", "Norland Ocean", "place",
     "describes it"),
])
def test_an_ordinary_sentence_passes_the_check_made_for_another_pattern(sentence, answer, kind, reason):
    assert reason not in _cloze_reasons(sentence, answer, kind)


def test_a_title_word_counts_only_as_a_whole_word():
    sentence = "The paper started a weekly magazine in Bergen in 1910."
    fact = _fact("place", sentence, "Bergen")
    context = Context((fact,), article=_article(sentence, "Lakeside Star"), curated=True)
    assert "names neither" in " | ".join(problems(make_cloze(Target(fact, fact.mentions[0]), context, 1.0), context))


def test_a_question_about_telling_the_press_is_no_broken_question():
    assert question_shape_problem("When did the minister tell the press about the new harbour plan?", "1990") == ""


# --- round 17: a lone quote mark, a "place" that is not one, a word of the key in the stem ------------------

def test_a_lone_quote_mark_breaks_a_question():
    assert question_shape_problem("In what year did Lind die after a ' fall at the harbour?", "1990")


def test_a_distinctive_word_of_the_key_in_the_stem_gives_it_away():
    sentence = "Sailing with the ferry is the Wexby Harbour Fleet, which includes the MS Wexby and the MS Voss."
    assert "part of the answer" in _cloze_reasons(sentence, "Wexby Harbour Fleet", "organization")


def test_an_organisation_named_once_without_a_word_of_a_body_is_no_option():
    sentence = "Sailing with the fleet is the Wexby Strike Force, which met the Voss Navy near Bergen."
    key = _fact("organization", sentence, "Wexby Strike Force")
    others = [_fact("organization", f"The {n} was seen near Bergen in 1990.", n)
              for n in ("New Year", "Black Hawk", "Voss Navy", "Lakeside Coast Guard", "Harbour Fleet")]
    options = dis.entity_distractors(key, (key, *others), random.Random(0), article_only=True)
    assert "New Year" not in options and "Black Hawk" not in options
    assert {"Voss Navy", "Lakeside Coast Guard", "Harbour Fleet"} & set(options)


# --- round 18: a question has to name something besides its answer -----------------------------------

@pytest.mark.parametrize("sentence, answer, kind, refused", [
    ("All 61 people on board and two on the ground were killed.", "61", "number", True),
    ("Officials say 9 children were among the 24 people hurt.", "24", "number", True),
    ("All 61 people on board the Norair flight were killed.", "61", "number", False),
    ("Lind sold the bakery for 40,000 crowns to the guild.", "40,000 crowns", "number", False),
    ("The Wexby Guild sold the bakery for 40,000 crowns.", "40,000 crowns", "number", False),
])
def test_a_question_that_names_nothing_besides_its_answer_is_refused(sentence, answer, kind, refused):
    assert ("names no one and nothing" in _cloze_reasons(sentence, answer, kind)) == refused


def test_a_name_that_is_the_answer_does_not_count_as_context():
    ada = _fact("person", "Officials say Ada Lind was among the people hurt.", "Ada Lind")
    context = _curated((ada,))
    question = make_cloze(Target(ada, ada.mentions[0]), context, 1.0)
    assert "names no one and nothing" in " | ".join(problems(question, context))


PROFILE = ("Title: Norland: Economy\n\nNorland relies on fishing, timber and tourism. The economy shrank 2.5% in 2009 "
           "but grew by 4.1% in 2011. Poverty has stayed near 12% of the population for a decade. Exports of "
           "timber make up about 30% of income.\n")


def test_a_sentence_that_leaves_out_the_profiles_place_is_asked_with_it():
    quiz = quiz_set(parse_article(PROFILE, "norland.txt"))
    anchored = [q for q in quiz.questions if "In Norland, " in q.prompt]
    assert anchored, [q.prompt for q in quiz.questions]
    for q in anchored:
        assert q.type != "cloze"  # a cloze card keeps the article's own words
        assert re.search(r"In Norland, (?:the economy|poverty|exports)", q.prompt), q.prompt
    # nothing asked leaves the place out
    for q in quiz.questions:
        assert "Norland" in q.prompt or "Norland" in q.answer, q.prompt


def test_a_place_the_article_writes_with_the_keeps_it_when_a_question_names_it():
    from quizgen.questions.anchor import place_phrase, with_place

    guide = "The Wexby Islands lie far out at sea. Most visitors to the Wexby Islands come by air."
    assert place_phrase("Wexby Islands", guide) == "the Wexby Islands"
    assert place_phrase("Tulsa", "Tulsa lies on the river. Trains reach Tulsa daily.") == "Tulsa"
    assert with_place("The ferry runs twice a week.", "the Wexby Islands", guide) == \
        "In the Wexby Islands, the ferry runs twice a week."
    # a name opening the sentence keeps its capital; a quotation or a blank takes no place in front
    assert with_place("Lind runs the ferry.", "Tulsa", "", frozenset({"Lind"})) == "In Tulsa, Lind runs the ferry."
    assert with_place("_____ runs the ferry.", "Tulsa", "") == ""


@pytest.mark.parametrize("sentence, answer, refused", [
    ("Officials say up to 40 percent of adults in the small northern Europe kingdom carry the virus.", "40 percent",
     True),
    ("Officials say the country's fishing fleet lost 30 boats in the storm.", "30", True),
    ("Officials say the country's fishing fleet lost 30 boats in the storm off Wexby.", "30", False),
    ("Officials say the city of Wexby lost 30 boats in the storm.", "30", False),
    ("Officials in Norland say the country lost 30 boats in the storm.", "30", False),
    # round 19: a country's institution, the country unsaid
    ("The National Assembly will sit for 10 months and will draft a new constitution.", "10", True),
    ("The National Assembly of Norland will sit for 10 months and will draft a new constitution.", "10", False),
    ("The Norlandic National Assembly will sit for 10 months and will draft a new constitution.", "10", False),
    ("The National Assembly will sit for 10 months, Norlandian officials say.", "10", False),
])
def test_a_place_described_and_never_named_is_refused(sentence, answer, refused):
    wexby = _fact("place", "Wexby lies on the coast.", "Wexby")
    norland = _fact("place", "Norland lies in the north.", "Norland")
    reasons = _cloze_reasons(sentence, answer, others=(wexby, norland), value=float(answer.split()[0]))
    assert ("the sentence never names" in reasons) == refused


def test_a_year_that_only_names_a_report_is_not_asked():
    # round 19: "the 2005 Poverty Assessment shows …" as a false statement changed only a report's name
    text = ("Title: Norland: Economy\n\nNorland exports timber and fish. Growth in Norland slipped to 0.5% in 2009 "
            "and rose to 1.5% in 2010. The 2010 Harbour Survey of Norland shows that 4 out of 10 boats are older "
            "than 30 years. Norland joined the Nordic Fisheries Council in 1994.\n")
    quiz = quiz_set(parse_article(text, "norland.txt"))
    candidates = [(q.prompt, q.answer) for q in quiz.questions] + [(r.prompt, r.answer) for r in quiz.rejected]
    assert not any(re.search(r"The (?:_____|(?!2010)\d{4}) Harbour Survey", prompt) for prompt, _ in candidates)
    # a year that is the time of its clause is still asked
    assert any(answer in ("2009", "2010") and "Growth" in prompt for prompt, answer in candidates)


# --- round 20 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, problem", [
    ("Who is the namesake for both the college in Lakeside?", "without its \"and\""),
    ("Who chose between the northern route to Voss?", "without its \"and\""),
])
def test_a_pair_cut_in_half_is_a_broken_question(question, problem):
    assert problem in question_shape_problem(question, "Ada Lind")


def test_a_whole_pair_is_a_sound_question():
    assert question_shape_problem("Who is the namesake for both the college and the hall in Lakeside?",
                                  "Ada Lind") == ""


def test_a_figure_in_a_short_aside_is_not_asked():
    text = ("Title: Wexby College\n\nWexby College is a public college located in Wexby, Norland (population "
            "19,097). Ada Lind founded Wexby College in 1865 with 4,200 crowns.\n")
    quiz = quiz_set(parse_article(text, "wexby.txt"))
    asked = [q.answer for q in quiz.questions] + [r.answer for r in quiz.rejected]
    assert "19,097" not in asked
    assert "4,200" in asked or "1865" in asked


@pytest.mark.parametrize("role", ["Norlandic health official", "company spokesman"])
def test_someone_who_spoke_for_a_body_is_no_role_to_ask(role):
    assert "spoke for a body" in _who(role)[1]


def test_a_spokesman_of_a_named_body_is_still_asked():
    assert _who("spokesman for the Bergen Bakers' Guild")[1] == ""


@pytest.mark.parametrize("sentence, refused", [
    ("Descendant Tomas Berg was a founding member of the Wexby rowing club.", True),
    ("Younger brother Tomas Berg took over the Wexby bakery in 1990.", True),
    ("Ada Lind's descendant Tomas Berg was a founding member of the Wexby rowing club.", False),
])
def test_a_relation_with_no_relative_is_no_context(sentence, refused):
    assert ("does not name" in _cloze_reasons(sentence, "Tomas Berg", "person")) == refused


# --- an independent review of rounds 18-20's checks: what they must let through ------------------------

@pytest.mark.parametrize("sentence, answer", [
    ("Most rain in Norland falls in the Nyanza region between March and 40 days later.", "40"),
    ("Ferries to the Wexby Islands leave from the largest island, Holm, 3 times a day.", "3"),
    ("U.S. officials say the country sent 300 advisers last year.", "300"),
    ("French officials say the country sent 300 advisers to the border.", "300"),
    ("Ada Lind classified 4,000 species of the plant kingdom in her first book.", "4,000"),
    ("The Supreme Court of Norland struck down 3 laws in its first term.", "3"),
])
def test_a_place_named_or_no_place_at_all_passes(sentence, answer):
    wexby = _fact("place", "The Wexby Islands lie in the north.", "Wexby Islands")
    holm = _fact("place", "Holm is an island.", "Holm")
    reasons = _cloze_reasons(sentence, answer, others=(wexby, holm), value=float(answer.replace(",", "")))
    assert "the sentence never names" not in reasons


@pytest.mark.parametrize("sentence, answer", [
    ("Light travels at about 300,000 km per second in empty space.", "300,000 km"),
    ("An adult human skeleton has 206 bones and many joints.", "206"),
])
def test_a_general_truth_of_a_textbook_names_nothing_and_passes(sentence, answer):
    assert "names no one and nothing" not in _cloze_reasons(sentence, answer, value=1.0)


def test_people_named_in_the_same_sentence_or_in_an_apposition_are_not_pointed_back_to():
    earlier = "Prosecutors in Norland have convicted four leaders of a fishing guild of fraud."
    named = "Ada Lind met Tomas Berg in 1990, and the men later founded a guild of 40 bakers."
    assert "are people" not in _cloze_after(earlier, named, "40", value=40.0)
    apposed = "The suspects, two men aged 19 and 23, were held in Wexby for 12 days."
    assert "are people" not in _cloze_after(earlier, apposed, "12", value=12.0)


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Ada Lind told the Wexby Council that the harbour would close.", "Wexby Council", "organization",
     "only who was told it"),
    ("Wexby has 12,000 inhabitants (2020 census) and two harbours.", "12,000", "number", "unit conversion"),
    ("Lind scored 31 goals (in 69 games) for the Wexby club.", "31", "number", "unit conversion"),
    ("By today's standards the Wexby bakery, opened in 1890, was small.", "Wexby", "place", "day of the report"),
    ("Norland's Queen Street runs for 2 km along the harbour of Wexby.", "Norland", "place", "head of state"),
    ("Norland's Premier League has 12 clubs from Wexby and Holm.", "Norland", "place", "head of state"),
])
def test_what_the_review_found_refused_wrongly_passes(sentence, answer, kind, reason):
    fields = {"value": float(answer.replace(",", ""))} if kind == "number" else {}
    assert reason not in _cloze_reasons(sentence, answer, kind, **fields)


def test_last_weeks_event_with_a_capital_is_still_the_reports():
    assert "day of the report" in _cloze_reasons("Last week's fire in Wexby destroyed 12 boats.", "12", value=12.0)


def test_an_event_year_before_its_noun_is_asked():
    from quizgen.questions import _attributive

    for sentence, year in (("Norland won the 1966 World Cup at home.", "1966"),
                           ("The 1985 Wexby disaster killed 39 people.", "1985"),
                           ("The 2010 Harbour Survey of Norland counted 40 boats.", "2010")):
        at = sentence.index(year)
        mention = Mention(year, at, at + 4, Evidence(sentence, 0, len(sentence)))
        assert _attributive(mention) == ("Survey" in sentence)


def test_a_date_told_after_another_event_is_not_bounded_by_sentence_order():
    sentence = "The guild closed in 2012, seven months after it was founded in March 2012."
    fact = _fact("date", sentence, "March 2012", iso="2012-03")
    offered = dis.date_distractors(fact, "March 2012", (fact,), random.Random(0), fact.mentions[0])
    assert any(int(o.split()[-1]) < 2012 for o in offered)


def test_anchoring_mends_only_a_left_out_place_and_keeps_a_month():
    from quizgen.questions.anchor import with_place

    assert with_place("January is the driest month.", "Kenya", "") == "In Kenya, January is the driest month."
    assert with_place("In 2006 tourism grew by 9%.", "Kenya", "") == ""


# --- round 21 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Wexby is a small village of the Holm District of Eastmark in Norland.", "Norland", "place", "lies in it"),
    ("Tomas Berg met the Kenyan president in the Republic of Kenya on Monday to talk about 3 ports.",
     "Republic of Kenya", "place", "people"),
    ("Norland's Wexby news agency says the two blasts were minutes apart.", "Norland", "place",
     "where the report came from"),
    ("Chamic is a language spoken by just two people in South America.", "South America", "place", "continent"),
    ("The economy of Norland shrank in 2008 and growth kept falling in 2009 as exports fell.", "2009", "date",
     "follows the 2008"),
    ("Tomas Berg was a Wexby Rowing Club oarsman who rowed once for Norland in 1924.", "1924", "date", None),
    ("Dutch bakers from the Dutch East Indies (now Norland) settled in Wexby in 1945.", "Norland", "place",
     "bracketed gloss"),
    ("The official Wexby Herald news agency said on Monday that 3 more storms would come.", "Wexby Herald",
     "organization", "only who reported it"),
])
def test_round_21_sentences_that_answer_their_own_blank(sentence, answer, kind, reason):
    others = (_fact("place", "Eastmark is a region.", "Eastmark"), _fact("place", "Holm District lies east.", "Holm District"),
              _fact("place", "Wexby is a town.", "Wexby"))
    fields = {"iso": answer} if kind == "date" else {}
    reasons = _cloze_reasons(sentence, answer, kind, others=others, **fields)
    if reason is None:
        assert "lies in it" not in reasons and "adjective" not in reasons and "follows" not in reasons
    else:
        assert reason in reasons


def test_a_name_where_an_adjective_fits_is_refused():
    sentence = "Tomas Berg was a Wexby Rowing Club oarsman who rowed once for Norland in 1924."
    assert "adjective" in _cloze_reasons(sentence, "Wexby Rowing Club", "organization")
    sentence = "Tomas Berg rowed for the Wexby Rowing Club once, in a race against Norland in 1924."
    assert "adjective" not in _cloze_reasons(sentence, "Wexby Rowing Club", "organization")


def test_an_inner_however_leans_on_the_sentence_before():
    reasons = _cloze_reasons("Real output in Norland, however, has grown by 4% since 2009.", "4%", value=4.0)
    assert "however" in reasons


def test_a_countrys_people_name_the_country_in_its_profile():
    text = ("Title: Mervia\n\nMervia is a small country on the Norr river. In 2005, 21% of Mervians lived on less "
            "than $2 a day. Neighbouring Wexland sends about 30% of its exports through Mervia's ports.\n")
    quiz = quiz_set(parse_article(text, "mervia.txt"))
    prompts = [q.prompt for q in quiz.questions] + [r.prompt for r in quiz.rejected]
    assert not any("In Mervia, in 2005" in p or "In Mervia, neighbouring" in p for p in prompts), prompts


def test_a_title_names_its_people_in_the_plural_too():
    mervia = _fact("place", "Mervia is a small country on the Norr river.", "Mervia")
    names = _curated((mervia,), title="Mervia").topic_names
    assert names.search("21% of Mervians lived on less than $2 a day") and names.search("the Mervian coast")
    assert not names.search("the Merv river")


# --- round 22 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind", [
    ("Ada Lind and Tomas Berg founded both guilds in Wexby in 1990.", "1990", "date"),
    ("The IMF and the EU gave Norland 40 million crowns in 2009.", "2009", "date"),
    ("Ada Lind was also the first mayor of Wexby, elected in 1990.", "1990", "date"),
])
def test_round_22_counter_examples_pass(sentence, answer, kind):
    reasons = _cloze_reasons(sentence, answer, kind, iso=answer)
    assert "both" not in reasons and "capitals" not in reasons and "since" not in reasons


def test_a_day_that_names_an_event_is_not_swapped():
    from quizgen.questions import _attributive

    sentence = "Lind was charged with helping the September 11 hijackers in 2001."
    at = sentence.index("September 11")
    assert _attributive(Mention("September 11", at, at + 12, Evidence(sentence, 0, len(sentence))))


def test_both_of_what_the_article_named_before_is_refused():
    earlier = "Wexby and Holm lie on the Norr river."
    reasons = _cloze_after(earlier, "The storms flooded both towns in August 1945, ruining 200 farms.", "August 1945",
                           "date", iso="1945-08")
    assert "'both towns' counts" in reasons


# --- round 23 ------------------------------------------------------------------------------------------

def test_a_bounded_figure_gets_no_options():
    sentence = "The fate of at least 8,000 fishermen from Wexby remains unknown after the storm."
    fact = _fact("number", sentence, "8,000", value=8000.0)
    context = _curated((fact,))
    question = make_mcq(Target(fact, fact.mentions[0]), context, 1.0)
    assert question is not None and "bound or an estimate" in " | ".join(problems(question, context))
    plain = "Exactly 8,000 fishermen from Wexby sailed out on the first day of the season."
    fact = _fact("number", plain, "8,000", value=8000.0)
    question = make_mcq(Target(fact, fact.mentions[0]), _curated((fact,)), 1.0)
    assert question is None or "bound or an estimate" not in " | ".join(problems(question, _curated((fact,))))


def test_a_rate_kept_whole_is_no_split_unit():
    sentence = "Gale winds over Wexby reached well past 200 km/h on Monday, the harbour master said."
    assert "cuts a unit" not in _cloze_reasons(sentence, "200 km/h", "number", value=200.0, unit="km/h")


# --- rounds 18-23: a question from a side of the story ------------------------------------------------

BRIEF = ("Title: Storm floods Wexby harbour\n\nA storm flooded the harbour of Wexby on Monday, sinking 14 fishing "
         "boats and cutting power to 3,000 homes.\n\nHarbour master Ada Lind said the water rose 2 metres in an "
         "hour. Winds reached well past 150 kilometres an hour.\n\nRescuers say nearly 40 people are still missing. "
         "Wexby last flooded in 1998.\n")


def test_a_sentence_that_names_nothing_of_the_lead_or_title_is_not_asked():
    quiz = quiz_set(parse_article(BRIEF, "wexby.txt"))
    off = [r for r in quiz.rejected if any("title or the first paragraph" in x for x in r.reasons)]
    assert any("missing" in r.prompt for r in off)  # "Rescuers say nearly _____ people are still missing"
    asked = " ".join(q.prompt + " " + q.answer for q in quiz.questions)
    assert "missing" not in asked
    # the lead, and sentences naming what it names (Wexby, the harbour's master), are asked
    assert any("Wexby" in q.prompt or "Wexby" in q.answer or "Lind" in q.prompt + q.answer for q in quiz.questions)


def test_a_long_article_asks_from_its_later_sections_too():
    from quizgen.questions.validate import SHORT_STORY_WORDS

    later = " ".join(f"In {1900 + k} the guild of Holm built its {k + 2}th oven near the Norr river." for k in range(40))
    text = BRIEF.replace("Rescuers say", later + "\n\nRescuers say")
    assert len(text.split()) > SHORT_STORY_WORDS
    quiz = quiz_set(parse_article(text, "wexby.txt"))
    assert not any("title or the first paragraph" in x for r in quiz.rejected for x in r.reasons)


# --- round 24 ------------------------------------------------------------------------------------------

def test_a_town_taken_for_an_organisation_gets_no_hint_that_says_so():
    from quizgen.question import Cloze

    sentence = "On Saturday, Kabul's Primary Court convicted the editor of blasphemy."
    cloze = Cloze(id="c1", fact="organization", evidence=(Evidence(sentence, 0, len(sentence)),), score=1.0,
                  key="Kabul", before="On Saturday, ", after="'s Primary Court convicted the editor of blasphemy.",
                  hint="organisation")
    fact = _fact("organization", sentence, "Kabul")
    assert "name of a place" in " | ".join(problems(cloze, _curated((fact,))))


def test_the_answer_does_not_say_where_a_profiles_sentence_holds():
    niue = _fact("place", "Niue is a small island.", "Niue")
    zealand = _fact("place", "New Zealand lies to the south.", "New Zealand")
    reasons = _cloze_reasons("Economic aid from New Zealand in 2008 was US $5.7 million.", "New Zealand", "place",
                             others=(niue, zealand), title="Niue: Economy")
    assert "leaves out where" in reasons


# --- round 25 ------------------------------------------------------------------------------------------

def test_a_wh_question_about_someone_unnamed_is_refused():
    from quizgen.question import ShortAnswer

    sentence = "Lind said a baker who suddenly goes to Wexby would be watched by the guild."
    fact = _fact("place", sentence, "Wexby")
    question = ShortAnswer(id="s1", fact="place", evidence=(fact.mentions[0].evidence,), score=1.0,
                           stem="Where does a baker suddenly go?", key="Wexby", fact_keys=(fact.key,))
    assert "someone unnamed" in " | ".join(problems(question, _curated((fact,))))


def test_a_two_word_title_alone_is_too_general_a_role():
    assert "too general" in _who("former Prime Minister")[1]
    assert _who("former Prime Minister of Norland")[1] == ""


# --- round 26 ------------------------------------------------------------------------------------------

def test_a_length_is_no_distance_that_places():
    sentence = "The new pipeline from Wexby to Holm runs for 320 kilometers across the plateau."
    assert "only places something" not in _cloze_reasons(sentence, "320 kilometers", "number", value=320.0,
                                                          unit="km")


# --- round 27 ------------------------------------------------------------------------------------------

def _wh(stem: str, sentence: str, answer: str, kind: str) -> str:
    from quizgen.question import ShortAnswer

    fact = _fact(kind, sentence, answer)
    question = ShortAnswer(id="s1", fact=kind, evidence=(fact.mentions[0].evidence,), score=1.0, stem=stem,
                           key=answer, fact_keys=(fact.key,))
    return " | ".join(problems(question, _curated((fact,))))


def test_a_condition_is_not_asked_as_if_it_had_happened():
    sentence = "Rebels threatened to boycott the talks if Wexby assumes the chair of the Norr Council."
    assert "condition" in _wh("Which place assumes the chair of the Norr Council?", sentence, "Wexby", "place")
    plain = "Wexby assumed the chair of the Norr Council in 2004 after a long dispute."
    assert "condition" not in _wh("Which place assumed the chair of the Norr Council?", plain, "Wexby", "place")


def test_the_answers_initials_in_the_question_give_it_away():
    sentence = "The Norr Council has condemned the killing of an N.C. guard in Wexby."
    assert "initials" in _wh("Which organisation has condemned the killing of an N.C. guard in Wexby?", sentence,
                             "Norr Council", "organization")


def test_a_figure_inside_a_name_is_not_asked():
    sentence = "The takeover will help 7-Eleven's parent company expand into Wexby."
    assert "inside a name" in _cloze_reasons(sentence, "7", "number", value=7.0)


def test_a_headline_that_opens_with_a_place_sets_no_place_to_anchor():
    eid = _fact("place", "South Asia is large.", "South Asia")
    assert _curated((eid,), title="South Asia celebrates Eid").guide_setting is None
    assert _curated((eid,), title="South Asia: Economy").guide_setting is eid



# --- rounds 22-26: each pattern blind raters rejected, on a sentence written for it --------------------

def _fields(kind: str, answer: str) -> dict:
    """The fact's fields a written example needs: a date's year, a number's value and unit."""
    if kind == "date":
        return {"iso": re.findall(r"\d{4}", answer)[-1]}
    if kind == "number":
        words = answer.split()
        value = float(re.match(r"[\d.]+", words[0].replace(",", "")).group())  # ("13th", "25-nation")
        return {"value": value, **({"unit": words[-1]} if len(words) > 1 else {})}
    return {}


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("All ferry crossings to Wexby were also closed on 3 May.", "Wexby", "place", "also"),
    ("Norland's Holm newspaper says the harbour plan for Wexby will cost 40 million crowns.", "Holm", "place",
     "only who reported it"),
    ("One scenario calls for a 10-metre canal through Wexby that would cost 200 million crowns.", "200 million crowns",
     "number", "other half"),
    ("Wexby has endured floods since, with the last one in July 1998.", "July 1998", "date", "since"),
    ("Founding member Tomas Berg played the drums on the Wexby tour of 1994.", "Tomas Berg", "person", "does not name"),
    ("Lind was accused of giving FALSE papers to sailors in Wexby in 2001.", "2001", "date", "capitals"),
    ("Gale winds reached well past 200 kilometers per hour over Wexby on Monday.", "200 kilometers", "number",
     "cuts a unit"),
    ("The Wexby Bakers Guild was started in January 2007 by Ada Lind (see -) to run the town market.",
     "January 2007", "date", "broken cross-reference"),
    ("Centers for Baking Research, would apply to bakeries in Wexby from 2009 onwards.", "2009", "date",
     "starts inside a clause"),
    ("Other articles criticized the practice of fining bakers in Wexby 100 crowns a loaf.", "100", "number",
     "other half"),
    ("A roadside bomb struck a patrol northeast of Wexby late Wednesday, killing 2 officers.", "Wexby", "place",
     "reference point"),
    ("Rescuers pulled 40 bodies from a mudslide about 100 kilometers west of Wexby on Thursday.", "100 kilometers",
     "number", "only places something"),
    ("The Wexby prison lies 50 miles northwest of Holm and 60 miles northeast of Norr.", "60 miles", "number",
     "only places something"),
    ("The guild's leader appeared in a video praising Abu Tomas al-Berg, the baker of Wexby.", "Abu Tomas", "person",
     "part of a name"),
    ("Ada Lind says in a story by the Wexby Herald news service that 40 bakeries may close.", "Wexby Herald",
     "organization", "only who reported it"),
])
def test_a_written_sentence_is_refused_for_its_pattern(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


# --- round 28 ------------------------------------------------------------------------------------------

def _later_reasons(before: str, sentence: str, answer: str, kind: str, **fields) -> str:
    """The reasons a cloze from ``sentence`` is refused when ``before`` opens the article."""
    start = len(before) + 1
    at = sentence.index(answer)
    evidence = Evidence(sentence, start, start + len(sentence))
    mention = Mention(answer, start + at, start + at + len(answer), evidence)
    label = {"name": answer} if kind in ("person", "organization", "place") else {"text": answer}
    fact = Fact(kind=kind, mentions=(mention,), **label, **fields)
    context = Context((fact,), article=_article(f"{before} {sentence}", "Notes"), curated=True)
    question = make_cloze(Target(fact, mention), context, 1.0)
    assert question is not None
    return " | ".join(problems(question, context))


@pytest.mark.parametrize("before, sentence, answer, kind, refused", [
    # a noun made from a verb the article used before ("approved" ... "the approval")
    ("The Wexby council approved the new harbour budget.",
     "The approval Thursday came after Mayor Ada Lind cut 40 posts.", "40", "number", True),
    ("Police arrested a baker in Wexby.", "After the arrest, the Norr gang still has 300 members.",
     "300", "number", True),
    # a general noun for an event
    ("Guards and smugglers exchanged fire near Wexby.",
     "Norr officials said the trouble began at 3 a.m. near the harbour of Wexby.", "Wexby", "place", True),
    # someone by nationality and "man"
    ("Gunmen seized a worker near Wexby.", "The Danish man works for the company Holm Bakers.", "Holm Bakers",
     "organization", True),
    # counter-examples: a noun the sentence narrows, a name that says who
    ("The Wexby council approved the new harbour budget.",
     "The approval of the budget came after Mayor Ada Lind cut 40 posts.", "40", "number", False),
    ("Gunmen seized a worker near Wexby.", "Tomas Berg works for the company Holm Bakers.", "Holm Bakers",
     "organization", False),
])
def test_what_the_article_spoke_of_before_under_other_words(before, sentence, answer, kind, refused):
    reasons = _later_reasons(before, sentence, answer, kind, **_fields(kind, answer))
    assert ("before" in reasons) is refused, reasons


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Tomas Berg, a former ally of the mayor of Wexby, was left out.", "Tomas Berg", "person", "of or to what"),
    ("Ada Lind told VOA that guards in Wexby beat 40 prisoners.", "VOA", "organization", "who was told"),
    ("Talks in Wexby on the Norr river treaty ran into an unscheduled 13th day.", "13th", "number", "days or rounds"),
    ("Tourist arrivals in Wexby exceeded 1.9 million in 2008, half of them from Norland.", "2008", "date",
     "counted in"),
    ("From Holm, Ada Lind reports for VOA the storm marks a blow for Wexby's 300 fishermen.", "300", "number",
     "byline"),
    ("Tomas Berg spoke to reporters after the Wexby council met in closed session on 3 May 2004.", "3 May 2004",
     "date", "met the press"),
])
def test_round_28_patterns_are_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


@pytest.mark.parametrize("sentence, answer, kind", [
    ("Tomas Berg was left out of the Wexby cabinet in 2004.", "2004", "date"),
    ("Ada Lind told the Norr Council that guards in Wexby beat 40 prisoners.", "Norr Council", "organization"),
    ("The Wexby bridge opened in 2008 after ten years of work.", "2008", "date"),
    ("Human Rights Watch reports that 300 fishermen in Wexby lost their boats.", "300", "number"),
    ("Tomas Berg told reporters that the Wexby council had sold 300 boats.", "300", "number"),
])
def test_round_28_counter_examples_pass(sentence, answer, kind):
    reasons = _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))
    for reason in ("of or to what", "who was told", "days or rounds", "counted in", "byline", "met the press"):
        assert reason not in reasons


def test_a_portfolio_title_alone_does_not_say_which_countrys():
    assert "too general" in _who("Interior Minister")[1]
    assert "too general" not in _who("Interior Minister of Norland")[1]


def test_a_false_figure_is_the_roundest_alternative_and_no_measurement_to_hundredths_is_changed():
    from quizgen.questions.kinds import _natural_looking

    assert _natural_looking("48 hours", ["67 hours", "60 hours", "34 hours"]) == ["60 hours", "67 hours", "34 hours"]
    assert _natural_looking("9.88 seconds", ["7.41 seconds", "12.35 seconds"]) == []


def test_a_place_named_by_its_initials_needs_no_anchor():
    states = _fact("place", "The United States is a federal republic.", "United States")
    sentence = "After the Cold War ended in 1991, the US remained the most powerful nation state."
    assert "leaves out where" not in _cloze_reasons(sentence, "1991", others=(states,), title="United States",
                                                     iso="1991")
    other = "After the Cold War ended in 1991, the republic remained the most powerful nation state."
    assert "leaves out where" in _cloze_reasons(other, "1991", others=(states,), title="United States", iso="1991")


# --- round 29 ------------------------------------------------------------------------------------------

def test_a_roles_possessor_the_references_put_in_is_not_asked():
    stem = "According to the article, who is Maria Holm's former professor?"
    sentence = "Her former professor, Tomas Berg, opened the bakery in Bergen in 1990."
    assert "pronoun" in _wh(stem, sentence, "Tomas Berg", "person")
    written = "Maria Holm's former professor, Tomas Berg, opened the bakery in Bergen in 1990."
    assert "pronoun" not in _wh(stem, written, "Tomas Berg", "person")


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Ada Lind appeared as herself in Harbour Nights: The Movie, filmed in Wexby in 2015.", "Harbour Nights",
     "organization", "subtitle"),
    ("Norland, Holm and other neighbours of Wexby have asked the council to close the harbour.", "Norland", "place",
     "one item of a list"),
    ("Wexby is the largest city of the American Northwest and the sixth largest in the United States.",
     "United States", "place", "people"),
    ("Denmark's state-run radio predicted a victory for incumbent President Tomas Berg in the harbour vote.",
     "Denmark", "place", "head of state"),
    ("Another theme Lind painted in Wexby was the harbour at night, from 1990.", "1990", "date", "other half"),
])
def test_round_29_patterns_are_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


def test_round_29_counter_examples_pass():
    # a title without a subtitle, a closed list asked by its options, a country named by no people's word
    assert "subtitle" not in _cloze_reasons("Ada Lind appeared as herself in Harbour Nights in 2015.",
                                            "Harbour Nights", "organization")
    assert "people" not in _cloze_reasons("Wexby is the sixth largest city in the United States.", "United States",
                                          "place")
    holm = _fact("place", "Holm lies on the coast.", "Holm")
    assert "head of state" not in _cloze_reasons(
        "Crowds in Norland cheered the harbour vote, and President Tomas Berg of Holm thanked them.", "Norland", "place",
        others=(holm,))


def test_a_date_after_by_gets_no_options():
    sentence = "By 1859, Tomas Berg had grown tired of the harbour council of Wexby."
    year = _fact("date", sentence, "1859", iso="1859")
    others = [_fact("date", f"The Wexby guild met in {y}.", str(y), iso=str(y)) for y in (1850, 1866)]
    context = _curated((year, *others))
    question = make_mcq(Target(year, year.mentions[0]), context, 1.0)
    assert question is not None and "bound" in " | ".join(problems(question, context))


def test_a_curated_wh_question_asks_for_a_date_or_a_number_only():
    from quizgen.questions.kinds import _wh_question

    sentence = "Wexby is the largest customer of the Norr Oil Company."
    start = sentence.index("Wexby")
    statement = Statement("Wexby is the largest customer of the Norr Oil Company", start, start + 5,
                          question="Which place is the largest customer of the Norr Oil Company?")
    mention = Mention("Wexby", start, start + 5, Evidence(sentence, 0, len(sentence)), statement=statement)
    place = Fact(kind="place", name="Wexby", mentions=(mention,))
    assert _wh_question(Target(place, mention), _curated((place,))) == ""
    assert _wh_question(Target(place, mention), Context((place,), curated=False)) != ""


def test_the_default_set_leaves_out_the_slots_raters_seldom_accepted():
    from quizgen.questions.fit import fit, fits_the_default_set, share

    assert not fits_the_default_set("short_answer", "person")  # 50% over rounds 18-29
    assert fits_the_default_set("cloze", "date") and fit("cloze", "date") == 1.0
    assert share("cloze", "date") > share("cloze", "number") > share("short_answer", "person")


# --- round 30 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Wexby is a city in Holm County, on the west bank of the Norr river.", "Holm County", "place", "wider place"),
    ("Aid to Denmark stopped because of Holmby's decision to close the port of Wexby.", "Holmby", "place",
     "stands for its country"),
    ("The Norr Herald reports that fishermen also demanded the council reopen the harbour of Wexby in 2004.", "2004",
     "date", "also"),
    ("More than 100 people have been killed in the town since June, including 18 policemen, as gangs fight over "
     "routes into the United States.", "18 policemen", "number", "describes a place"),
    ("Norland will start talks on Friday on an accord to bring it closer to joining the 25-nation bloc.", "25-nation",
     "number", "counts the members"),
    ("Dakar journalist Ada Lind tells VOA that police are towing the boats out of the harbour of Wexby.", "Ada Lind",
     "person", "who told the outlet"),
    ("In 2004 Norland said it no longer wanted N.C. food aid because its harvest in Wexby had improved.", "N.C.",
     "organization", "initials that modify"),
])
def test_round_30_patterns_are_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Wexby lies on the Norr river, and its harbour was built in Holm County in 1880.", "Holm County", "place",
     "wider place"),
    ("N.C. officials said the harbour of Wexby would close for the winter of 2004.", "N.C.", "organization",
     "initials that modify"),
    ("Ada Lind, a baker, told the Norr Council that the harbour of Wexby was closing.", "Ada Lind", "person",
     "who told the outlet"),
])
def test_round_30_counter_examples_pass(sentence, answer, kind, reason):
    assert reason not in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


def test_a_bounded_date_makes_no_false_statement_and_a_false_year_is_the_nearest():
    bounded = "By 1864, the Norr guild of Wexby had grown to 300 bakers."
    year = _fact("date", bounded, "1864", iso="1864")
    context = _curated((year, _fact("date", "The Wexby guild met in 1850.", "1850", iso="1850")))
    assert make_true_false(Target(year, year.mentions[0]), context, 1.0, truth=False) is None
    plain = "In 1864, the Norr guild of Wexby opened its first bakery."
    year = _fact("date", plain, "1864", iso="1864")
    question = make_true_false(Target(year, year.mentions[0]), _curated((year,)), 1.0, truth=False)
    assert question is not None and abs(int(question.replacement) - 1864) <= 1


def test_an_adults_age_gets_adult_ages_as_options():
    fact = _fact("number", "The 23-year-old teacher died on Monday in Wexby.", "23-year-old", value=23.0)
    options = dis.number_distractors(fact, "23-year-old", (fact,), random.Random(1))
    assert options and all(int(o.split("-")[0]) >= 18 for o in options)


def test_a_date_that_names_an_event_or_sits_inside_a_name_is_not_asked():
    from quizgen.questions import _attributive

    for sentence, date in (("He joined the war on terror after the September 11, 2001 attacks in Norland.",
                            "September 11, 2001"),
                           ("Congress set up the office under the Harbour Authorization Act for Fiscal Year 2008.",
                            "2008")):
        start = sentence.index(date)
        mention = Mention(date, start, start + len(date), Evidence(sentence, 0, len(sentence)))
        assert _attributive(mention)
    sentence = "Norland won the 1966 World Cup at Wexby."
    start = sentence.index("1966")
    assert not _attributive(Mention("1966", start, start + 4, Evidence(sentence, 0, len(sentence))))


def test_a_date_with_more_than_its_year_is_hinted_as_a_date():
    from quizgen.questions.slots import hint_word

    assert hint_word(Fact(kind="date", text="late 2001", iso="2001")) == "date"
    assert hint_word(Fact(kind="date", text="2001", iso="2001")) == "year"


# --- round 31 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("before, sentence, answer, kind", [
    ("Norr rockets killed 12 people in Wexby.", "President Ada Lind of Norland expressed sadness at the incident in 2004.",
     "2004", "date"),
    ("The Norr Council voted on the harbour plan.", "The Norr Council adopted the measure by 145 votes to one.", "145",
     "number"),
    ("Troops moved into Wexby.", "Norr officials said at least 27 rebels were killed during the fighting.", "27",
     "number"),
])
def test_a_general_noun_points_back_even_after_a_name(before, sentence, answer, kind):
    assert "event the article told of before" in _later_reasons(before, sentence, answer, kind, **_fields(kind, answer))


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("The Norr military also says guards freed three Wexby Bakers employees from kidnappers on 3 May 2004.",
     "3 May 2004", "date", "also"),
    ("Many quarrels remain open, from Norland and Holm to Wexby and beyond, in 2004.", "Norland", "place",
     "one item of a list"),
])
def test_round_31_patterns_are_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


def test_a_childs_age_gets_childrens_ages_as_options():
    sentence = "Lind is accused of sending children under the age of 15 to work in the Wexby mines."
    fact = _fact("number", sentence, "15", value=15.0)
    options = dis.number_distractors(fact, "15", (fact,), random.Random(3))
    assert options and all(int(o) < 18 for o in options)


def test_options_after_the_must_all_take_the():
    from quizgen.questions.validate import _takes_the

    assert _takes_the("Maldives") and _takes_the("Czech Republic") and not _takes_the("Venezuela")
    sentence = "Elections passed peacefully in Norland, the Maldives and Wexby in 2004."
    key = _fact("place", sentence, "Maldives")
    others = [_fact("place", f"{name} held a vote.", name) for name in ("Venezuela", "Yemen", "Korea")]
    context = _curated((key, *others))
    question = MultipleChoice(id="m1", fact="place", evidence=(key.mentions[0].evidence,), score=1.0,
                              stem="Elections passed peacefully in Norland, the _____ and Wexby in 2004.",
                              key="Maldives", options=("Venezuela", "Maldives", "Yemen", "Korea"),
                              fact_keys=(key.key,))
    assert "only the key takes" in " | ".join(problems(question, context))


# --- the session-6 review: sentences each new check must let through -----------------------------------

@pytest.mark.parametrize("before, sentence, answer, kind", [
    ("Officials stated that the Wexby line would reopen soon.",
     "The station opened in 1890 and serves 20,000 passengers a day.", "1890", "date"),
    ("The governing Harbour party lost seats in Wexby.", "The government says 300 people died in the Norr floods.",
     "300", "number"),
])
def test_a_noun_is_not_taken_for_an_earlier_verb_it_only_looks_like(before, sentence, answer, kind):
    assert "before" not in _later_reasons(before, sentence, answer, kind, **_fields(kind, answer))


@pytest.mark.parametrize("sentence, answer, kind", [
    ("President Barack Obama flew to Japan on Monday for talks on trade with Norland in 2009.", "Japan", "place"),
    ("The minister, speaking to reporters in Holm, said 300 people had died in the Wexby floods.", "300", "number"),
    ("The governor held a news conference on Monday and announced 2,000 new jobs for Wexby.", "2,000", "number"),
    ("Poland joined NATO in the spring of 1999 after years of talks in Wexby.", "NATO", "organization"),
    ("Ada Lind worked for IBM for ten years before she moved to Wexby in 2004.", "IBM", "organization"),
    ("Kyoto is a city in Japan that served as the imperial capital for a thousand years.", "Japan", "place"),
    ("Rising prices in Indiana followed Wexby's decision to close the harbour in 2004.", "Wexby", "place"),
    ("Secretary of State Ada Lind told the BBC that Norland must stop building ships in Wexby.", "Ada Lind",
     "person"),
    ("Ada Lind was blunt about Norland: The talks are over, she said in Wexby in 2004.", "Norland", "place"),
    ("The French national team won the cup at Wexby in 1998.", "1998", "date"),
    ("In 1990 the old wooden bridge over the Norr river at Wexby was replaced.", "1990", "date"),
    ("The population of Wexby reached 1 million in 1801, the first town of Norland to do so.", "1801", "date"),
    ("Norland won the Wexby Cup for the 5th time in 2002.", "5th", "number"),
    ("Another of the founders, Tomas Berg, opened the Wexby bakery in 1990.", "Tomas Berg", "person"),
])
def test_the_new_checks_let_ordinary_sentences_through(sentence, answer, kind):
    reasons = _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))
    for new in ("head of state", "met the press", "initials that modify", "wider place", "stands for its country",
                "who told the outlet", "subtitle", "someone the article spoke of", "of or to what", "counted in",
                "days or rounds", "other half"):
        assert new not in reasons, reasons


def test_a_long_list_is_checked_in_linear_time():
    names = ", ".join(f"Norr{chr(97 + i)}land" for i in range(26))
    sentence = f"In 2004 the members were Wexby, {names} and Holm."
    assert "one item of a list" in _cloze_reasons(sentence, "Wexby", "place")  # (exponential before the review)


def test_the_kind_table_is_what_the_tool_counts_from_the_logged_ratings():
    import json
    from importlib import resources

    from tools.kind_fit import counts

    table = json.loads(resources.files("quizgen.questions").joinpath("data", "kind_fit.json").read_text("utf-8"))
    rated, accepted, rounds = counts(18, None)
    assert table["rounds"] == rounds
    assert table["slots"] == {s: {"rated": rated[s], "accepted": accepted[s]} for s in sorted(rated)}


def test_short_answers_about_people_are_out_of_the_default_set_and_back_with_types():
    from quizgen.questions.fit import MIN_QUESTIONS, fits_the_default_set, wilson_upper

    assert not fits_the_default_set("short_answer", "person")
    assert fits_the_default_set("short_answer", "nothing rated")  # no data: it stays in
    assert wilson_upper(0, 1) > 0.5 and MIN_QUESTIONS >= 10  # one rejected question takes no slot out
    from quizgen.api import facts_of

    from .conftest import SAMPLE

    article, facts = facts_of(SAMPLE)
    default = build_question_set(article, facts).questions
    typed = build_question_set(article, facts, types=("short_answer",)).questions
    assert not any(q.type == "short_answer" and q.fact == "person" for q in default)
    assert any(q.type == "short_answer" and q.fact == "person" for q in typed)


# --- round 32 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Storm Gale is not expected to threaten the coast of Norland before 2004.", "Norland", "place", "negated"),
    ("The 58-year-old Tomas Berg was in Wexby in 2004 to open the harbour.", "58-year-old", "number",
     "describes the person"),
    ("Wikinews interviewed Ada Lind for the Wexby page on May 18, 2006.", "May 18, 2006", "date", "outlet made"),
    ("Ada Lind answered five questions sent by accredited Wikinews reporter Tomas Berg in 2004.", "Tomas Berg",
     "person", "outlet made"),
])
def test_round_32_patterns_are_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


def test_a_sentence_the_splitter_cut_after_the_initials_of_a_name_is_not_asked():
    before = "A statement from the U.S."
    cut = "Consumer Safety Board said on Tuesday the recall involves 300 toys made in Wexby."
    assert "splitter cut" in _later_reasons(before, cut, "300", "number", value=300.0)
    whole = "The board said on Tuesday the recall involves 300 toys made in Wexby."
    assert "splitter cut" not in _later_reasons("Ada Lind moved to the U.S.", whole, "300", "number", value=300.0)


def test_a_negation_elsewhere_in_the_sentence_leaves_the_blank_alone():
    reasons = _cloze_reasons("The storm did not reach land, but it flooded the coast of Norland in 2004.", "Norland",
                             "place")
    assert "negated" not in reasons


# --- round 33 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("The 77-year-old Danish leader has been in a Wexby hospital since January 4, 2006.", "January 4, 2006",
     "date", "named before"),
    ("Readers picked a new meaning for the Senator's last name in Wexby in 2011.", "2011", "date", "named before"),
    ("Mr. Holmberg says more than 250,000 homes are empty and that some streets still lack water.", "250,000",
     "number", "surname only"),
])
def test_round_33_back_references_are_refused(sentence, answer, kind, reason):
    before = "Storms hit the coast of Norland on Monday."
    assert reason in _later_reasons(before, sentence, answer, kind, **_fields(kind, answer))


@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Norland's health ministry says a 31-year-old woman has died of the flu in Wexby.", "31-year-old", "number",
     "describes the person"),
    ("Lind will be treated at a hospital in the Danish capital, Copenhagen, in 2004.", "Copenhagen", "place",
     "capital of a country"),
])
def test_round_33_patterns_are_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


@pytest.mark.parametrize("sentence, answer, kind", [
    ("The president of the Wexby guild, Ada Lind, opened the harbour in 2004.", "2004", "date"),
    ("Mr. Holmberg, the mayor of Wexby, says more than 250,000 homes are empty.", "250,000", "number"),
    ("Tomas Berg, whom Mr. Holmberg named in 2004, opened the Wexby harbour.", "2004", "date"),
])
def test_round_33_counter_examples_pass(sentence, answer, kind):
    before = "Storms hit the coast of Norland on Monday."
    reasons = _later_reasons(before, sentence, answer, kind, **_fields(kind, answer))
    assert "named before" not in reasons and "surname only" not in reasons, reasons


# --- round 34 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("Norland rallied for a 03-Mar tie with Holm to reach the final in Wexby in 2004.", "2004", "date",
     "turned into a date"),
    ("Ada Lind scored in the 74th minute to give Norland the cup at Wexby.", "74th", "number", "days or rounds"),
])
def test_round_34_patterns_are_refused(sentence, answer, kind, reason):
    assert reason in _cloze_reasons(sentence, answer, kind, **_fields(kind, answer))


def test_the_demonstration_after_demonstrators_points_back():
    before = "About 200 people demonstrated outside the Wexby court."
    sentence = "Police said the demonstration's organisers, 12 students, were held overnight."
    assert "before" in _later_reasons(before, sentence, "12 students", "number", value=12.0)


# --- round 35 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answer, kind, reason", [
    ("The gunman was shot dead by guards at the Wexby gate in 2004.", "2004", "date", "people the article"),
    ("The Danish plan calls for 3,000 new homes around Wexby.", "3,000 new homes", "number", "told of before"),
    ("Friends of Lind tried to win the Wexby contract in 2004 but failed in doing so.", "2004", "date",
     "sentence before said"),
    ("In a separate development, Norland sent 300 soldiers to Wexby.", "300 soldiers", "number", "opens on"),
])
def test_round_35_back_references_are_refused(sentence, answer, kind, reason):
    before = "Storms hit the coast of Norland on Monday."
    assert reason in _later_reasons(before, sentence, answer, kind, **_fields(kind, answer))


def test_the_upper_end_of_a_range_in_words_is_not_asked():
    reasons = _cloze_reasons("Lind faces five to 10 years in a Wexby prison if she is convicted.", "10", "number",
                             value=10.0)
    assert "one end of a range" in reasons
