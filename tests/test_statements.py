"""Statements and wh-questions made from the parse: self-contained, subject resolved, nothing cut.
Every passage was written for these tests."""

from quizgen.api import facts_of
from quizgen.ingest import parse_article

PASSAGE = ("Ada Lind married Tomas Berg in June 1990. The couple moved to Bergen, where Lind opened a bakery in "
           "1995. She was elected mayor of Bergen in 2001. The bakery employs 40 people.")


def mentions(text: str = PASSAGE):
    _, facts = facts_of(parse_article("Title: T\n\n" + text, "t.txt"))
    return [(f, m) for f in facts for m in f.mentions]


def statement_of(answer: str, text: str = PASSAGE):
    return next(m.statement for f, m in mentions(text) if m.text == answer and m.statement)


def test_a_statement_marks_where_its_answer_is():
    for _, m in mentions():
        if m.statement:
            assert m.statement.answer == m.text


def test_a_pronoun_subject_is_replaced_by_the_name_it_refers_to():
    st = statement_of("2001")
    assert st.text.startswith("Ada Lind was elected mayor of Bergen") or st.text.startswith("Lind was elected")
    assert "She" not in st.text


def test_a_relative_clause_is_a_statement_of_its_own():
    st = statement_of("1995")
    assert st.text == "Lind opened a bakery in 1995"


def test_wh_questions():
    questions = {m.text: m.statement.question for _, m in mentions() if m.statement and m.statement.question}
    assert questions["June 1990"] == "When did Ada Lind marry Tomas Berg?"
    assert questions["1995"] == "In what year did Lind open a bakery?"
    assert questions["40 people"] == "How many people does the bakery employ?"
    assert questions["Tomas Berg"] == "Who did Ada Lind marry in June 1990?"


def test_an_unresolvable_pronoun_subject_gives_no_statement():
    text = "Ada Lind met Maria Berg in Oslo in 1990. She founded a bakery in 1995."
    assert not any(m.statement for f, m in mentions(text) if m.text == "1995")


def test_a_date_that_is_not_the_time_of_its_event_gets_no_when_question():
    text = "Ada Lind has run the bakery in Bergen since 1995."
    date = next(f for f, m in mentions(text) if f.kind == "date")
    assert date.relation == "since"
    assert not any(m.statement and m.statement.question for m in date.mentions)


def test_a_sentence_with_there_or_a_demonstrative_pronoun_does_not_stand_alone():
    text = ("Ada Lind moved to Bergen in 1990. She opened a bakery there in 1995. "
            "Tomas Berg did that in 2001.")
    for _fact, m in mentions(text):
        if m.text in ("1995", "2001"):
            assert not m.standalone


def test_a_decade_and_a_slash_date_are_no_facts():
    _, facts = facts_of(parse_article("Title: T\n\nThe museum opened in the 1930's. After 9/11 the plan changed "
                                      "in Oslo in 2002.", "t.txt"))
    assert [f.text for f in facts if f.kind in ("date", "number")] == ["2002"]


def test_a_singular_role_after_two_names_is_the_nearer_ones():
    _, facts = facts_of(parse_article("Title: T\n\nGeorge Bush and James Baker, secretary of state, met Ada Lind "
                                      "in Oslo in 1990.", "t.txt"))
    roles = {f.name: f.roles for f in facts if f.kind == "person"}
    assert roles["James Baker"] == ("secretary of state",) and not roles["George Bush"]


def test_no_comma_is_left_where_a_side_clause_was_taken_out():
    st = statement_of("Tomas Berg", "Tomas Berg, who was born in Oslo, was forced to resign in 2004.")
    assert st.text == "Tomas Berg was forced to resign in 2004"


def test_no_wh_question_asks_for_one_of_two_coordinated_names():
    text = "Protests spread from Tunisia and Egypt to Libya in 2011."
    assert not any(m.statement and m.statement.question for f, m in mentions(text) if m.text in ("Tunisia", "Egypt"))


def test_a_cloze_sentence_needs_its_pronouns_named_in_it():
    text = "Ada Lind moved to Bergen in 1990. In 1995 she opened a bakery in the town."
    assert not any(m.standalone for _fact, m in mentions(text) if m.text == "1995")
    text = "In 1995 Ada Lind said that she would open a bakery in Bergen."
    assert all(m.standalone for _fact, m in mentions(text) if m.text == "1995")


def test_a_true_false_statement_is_never_one_with_a_name_put_in_for_a_pronoun():
    from quizgen.api import quiz_set

    text = ("Title: T\n\nAda Lind founded a bakery in Bergen in 1990. She moved to Oslo in 2004. "
            "Berg opened a second shop in Oslo in 2006. The two shops employ 40 people.")
    quiz = quiz_set(parse_article(text, "t.txt"), curated=False)
    resolved = {m.statement.text for f in quiz.facts for m in f.mentions if m.statement and m.statement.resolved}
    assert resolved  # "Ada Lind moved to Oslo" was made from "She moved to Oslo"
    for q in quiz.questions:
        if q.type == "true_false":
            assert not any(text.rstrip(".") in q.statement for text in resolved), q.statement


def test_a_definite_description_that_points_back_keeps_a_sentence_from_standing_alone():
    text = ("Title: T\n\nA study of 40 bakeries in Bergen began in 2010. The study was published in the Norland "
            "Journal in 2012. The study of bread in Oslo began in 2014.")
    _, facts = facts_of(parse_article(text, "t.txt"))
    standalone = {m.text: m.standalone for f in facts for m in f.mentions}
    assert standalone["2012"] is False  # "the study": which study?
    assert standalone["2014"] is True  # "the study of bread in Oslo" says which
    assert standalone["2010"] is True


def test_a_caption_without_a_finite_verb_does_not_stand_alone():
    text = ("Title: T\n\nAda Lind opened the Bergen bakery in 1990. Located on the site of a mill built in 1850. "
            "Greyhound Bus Lines, 317 Dale Street, Bergen.")
    _, facts = facts_of(parse_article(text, "t.txt"))
    standalone = {m.text: m.standalone for f in facts for m in f.mentions}
    assert standalone["1990"] is True
    assert standalone.get("1850") is not True


def test_yesterday_or_here_keeps_a_sentence_from_standing_alone():
    text = "Title: T\n\nAda Lind opened the Bergen bakery yesterday with 40 workers. Tomas Berg sold bread here in 1990."
    _, facts = facts_of(parse_article(text, "t.txt"))
    assert not any(m.standalone for f in facts for m in f.mentions)


def test_a_sentences_own_definite_subject_never_named_keeps_it_from_standing_alone():
    text = "Title: T\n\nThe pair married in Bergen in 1990. The bakery of Ada Lind opened in Voss in 1995."
    _, facts = facts_of(parse_article(text, "t.txt"))
    standalone = {m.text: m.standalone for f in facts for m in f.mentions}
    assert standalone["1990"] is False  # which pair?
    assert standalone["1995"] is True  # "of Ada Lind" says which bakery


def test_an_outer_subject_points_back_too():
    text = "Title: T\n\nThe agreement was that Ada Lind agreed to sell the Bergen bakery in 1990."
    _, facts = facts_of(parse_article(text, "t.txt"))
    assert not any(m.standalone for f in facts for m in f.mentions if m.text == "1990")


def test_where_asks_only_for_a_place_where_something_happened():
    text = ("Ada Lind opened a bakery in Bergen in 1995. The settlers kept their loyalty to Norway for decades. "
            "In 1990 Tomas Berg moved to Oslo with the firm. Berg sold the farm to Sweden's crown in 1980.")
    questions = {m.text: m.statement.question for _, m in mentions(text) if m.statement and m.statement.question}
    assert questions.get("Bergen", "").startswith("Where did")
    assert questions.get("Oslo", "").startswith("Where did")
    assert not questions.get("Norway", "").startswith("Where")
    assert not questions.get("Sweden", "").startswith("Where")


def test_a_phrase_before_the_subject_moves_to_the_end_of_the_question():
    text = "In 1990 Tomas Berg moved to Oslo with the firm. After the war, the family returned to Bergen."
    questions = {m.text: m.statement.question for _, m in mentions(text) if m.statement and m.statement.question}
    assert questions["Tomas Berg"] == "Who moved to Oslo with the firm in 1990?"
    assert questions["Oslo"] == "Where did Tomas Berg move with the firm in 1990?"


def test_a_sentence_in_the_first_or_second_person_does_not_stand_alone():
    text = ("Title: T\n\nOver the years I have performed in 32 countries. You can take the ferry to Bergen in 30 "
            "minutes. Ada Lind has performed in 12 countries.")
    _, facts = facts_of(parse_article(text, "t.txt"))
    standalone = {m.text: m.standalone for f in facts for m in f.mentions}
    assert standalone["32 countries"] is False  # who is "I"?
    assert standalone["30 minutes"] is False
    assert standalone["12 countries"] is True
    # a capital "I" or "My" inside a name is no speaker
    text = "Title: T\n\nQueen Elizabeth I died at Richmond in 1603. My Fair Lady opened on Broadway in 1956."
    _, facts = facts_of(parse_article(text, "t.txt"))
    standalone = {m.text: m.standalone for f in facts for m in f.mentions}
    assert standalone["1603"] is True and standalone["1956"] is True


def test_a_sentence_whose_verb_disagrees_with_its_subject_does_not_stand_alone():
    text = ("Title: T\n\nThe weekly magazine Norland Review describe the ruling of 2012 as historic. "
            "The Norland Review describes the ruling of 2013 as weak. Ada Lind and Tomas Berg run the bakery "
            "in Bergen that opened in 1990.")
    _, facts = facts_of(parse_article(text, "t.txt"))
    standalone = {m.text: m.standalone for f in facts for m in f.mentions}
    assert standalone["2012"] is False  # the source's slip would be copied into the question
    assert standalone["2013"] is True
    assert standalone["1990"] is True


def test_a_clause_parsed_with_two_subjects_gives_no_statement():
    """"Ada Lind and her party pushed …" read as two subjects with the "and" hung on the verb: the
    statement would drop the "and" ("Who her party pushed …?")."""
    from quizgen.facts import extract_facts
    from quizgen.ingest import parse_article
    from quizgen.nlp import annotate

    article = parse_article("Notes\n\nAda Lind and her party pushed the Harbour Commission very hard in 1990.")
    doc = annotate(article.text, article.body_start, article.body_end)
    questions = [m.statement.question for f in extract_facts(article, doc) for m in f.mentions
                 if m.statement is not None and m.statement.question]
    assert not any(q.startswith("Who her") or " Lind her " in q for q in questions)


def test_a_possessive_under_a_described_subject_is_not_replaced_by_a_name():
    # "The Democrat from Norland says … in her state": "her" is most likely the Democrat's own; "in Ada
    # Lind's state" would make the Democrat and Lind two people (blind round 18)
    text = ("Senator Ada Lind has introduced a bill to set up a flood agency. The Democrat from Norland says "
            "4,000 people in her state are still without help.")
    assert not any(m.statement and "Lind's state" in m.statement.text for _, m in mentions(text))
    # a named subject keeps its own pronoun, as before
    named = "Ada Lind opened a bakery in 1990. Lind says 40 people in her town work there."
    assert any(m.statement and "her town" in m.statement.text for _, m in mentions(named))


def test_a_possessive_under_a_described_thing_is_still_resolved():
    # review: "The court rejected her appeal" — a court owns no appeal, so "her" is put in
    text = "Ada Lind sued the city of Wexby in 2004. The court rejected her appeal in 2006."
    assert any(m.statement and "Lind's appeal" in m.statement.text for _, m in mentions(text))
