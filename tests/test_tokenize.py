from quizgen.nlp.sentences import split_sentences
from quizgen.nlp.tokenize import iter_token_spans, tokenize


def test_every_token_is_a_slice_of_the_text():
    text = "Kazakhstan’s envoy, Mr. Smith, didn't pay $9.37bn (7,600 km) to the U.N. in Jan. 2022."
    for start, end in iter_token_spans(text):
        assert text[start:end].strip() == text[start:end] != ""


def test_penn_treebank_style_splits():
    assert tokenize("Kazakhstan’s people don't") == ["Kazakhstan", "’s", "people", "do", "n't"]
    assert tokenize("$9.37bn and 50%.") == ["$", "9.37", "bn", "and", "50", "%", "."]


def test_hyphenated_words_and_names_stay_whole():
    assert tokenize("Kassym-Jomart met a six-member team of 20-year-old STS-135 fans") == [
        "Kassym-Jomart", "met", "a", "six-member", "team", "of", "20-year-old", "STS-135", "fans"]


def test_abbreviations_and_initials_keep_their_period():
    assert tokenize("Dr. J. Smith of the U.S. Army") == ["Dr.", "J.", "Smith", "of", "the", "U.S.", "Army"]


def test_sentence_splitter_respects_abbreviations():
    text = "Mr. Smith met Gen. Jones at 5 p.m. on Jan. 3. They spoke. The U.N. agreed."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["Mr. Smith met Gen. Jones at 5 p.m. on Jan. 3.", "They spoke.", "The U.N. agreed."]


def test_headings_and_paragraphs_are_separate_sentences():
    text = "Calls for action\n\nThe council met on Monday. It voted."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["Calls for action", "The council met on Monday.", "It voted."]


def test_initials_end_no_sentence_but_a_letter_before_a_year_may():
    from quizgen.nlp.sentences import split_sentences

    text = ("The speaker backed H. R. 1280 on the floor. Then she left. J. K. Rowling wrote it. "
            "The vote was won by Plan B. 2010 was a good year.")
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert "The speaker backed H. R. 1280 on the floor." in sentences
    assert "J. K. Rowling wrote it." in sentences
    assert "2010 was a good year." in sentences
