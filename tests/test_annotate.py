from quizgen.ingest import parse_article
from quizgen.model import Document
from quizgen.nlp import PIPELINE, annotate


def labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in annotate(text).entities}


def test_offsets_index_the_text_exactly_whatever_the_header():
    text = "Title: A test\nSource: nowhere\n\nPresident Maria Lopez visited Nairobi on 3 May 2021. She spent $2 million."
    article = parse_article(text)
    doc = annotate(article.text, article.body_start, article.body_end)
    assert doc.entities
    for entity in doc.entities:
        assert text[entity.start:entity.end] == entity.text
    for token in doc.tokens:
        assert text[token.start:token.end] == token.text
    assert all(s.start >= article.body_start for s in doc.sentences)


def test_names_places_and_organisations():
    found = labels("Angela Merkel met officials of the World Health Organization in Geneva on Tuesday.")
    assert found.get("Angela Merkel") == "PERSON"
    assert found.get("Geneva") == "LOC"
    assert found.get("World Health Organization") == "ORG"


def test_numeric_and_date_rules():
    found = labels("In October 2021 the firm paid $9.37bn, about 12% of its 7,600 km network, for the third time; "
                   "six workers left on 16 march.")
    assert found["October 2021"] == "DATE"
    assert found["$9.37bn"] == "MONEY"
    assert found["12%"] == "PERCENT"
    assert found["7,600 km"] == "QUANTITY"
    assert found["third"] == "ORDINAL"
    assert found["six"] == "CARDINAL"
    assert found["16 march"] == "DATE"


def test_nationalities_are_norp():
    found = labels("The Kenyan runner beat a Canadian rival.")
    assert found.get("Kenyan") == "NORP"
    assert found.get("Canadian") == "NORP"


def test_labels_are_the_documented_set_on_the_sample():
    from quizgen.model import ENTITY_LABELS

    from .conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    labels = {e.label for e in annotate(text).entities}
    assert labels <= set(ENTITY_LABELS)
    assert {"PERSON", "ORG", "LOC", "NORP", "DATE", "CARDINAL", "QUANTITY"} <= labels


def test_entities_carry_scores_and_alternatives():
    # the recogniser scores each mention on its own, with the model's other labels
    doc = Document("Angela Merkel visited Paris.", end=28)
    for name, component in PIPELINE:
        doc = component(doc)
        if name == "recogniser":
            break
    person = next(e for e in doc.entities if e.label == "PERSON")
    assert 0 < person.score <= 1
    assert person.alternatives and all(0 <= p <= 1 for _, p in person.alternatives)


def test_final_names_score_the_documents_evidence_for_their_one_label():
    doc = annotate("George Washington led the army. Later, Washington crossed the Delaware and rested in Trenton. "
                   "Washington then marched north.")
    surnames = [e for e in doc.entities if e.text == "Washington"]
    # alone, "Washington" reads as the city; the full name elsewhere makes it the person everywhere,
    # and the score says how little of the evidence was for that
    assert len(surnames) == 2
    for surname in surnames:
        assert (surname.label, surname.name) == ("PERSON", "George Washington")
        assert surname.score < dict(surname.alternatives).get("LOC", 0)


def test_annotate_reports_its_progress_component_by_component():
    heard = []
    text = " ".join(f"Ada Lind opened bridge number {n} in Bergen in {1900 + n}." for n in range(450))
    doc = annotate(text, progress=lambda component, done: heard.append((component, done)))
    from quizgen.nlp import PIPELINE

    assert [c for c, d in heard if d == 0.0] == [name for name, _ in PIPELINE]
    assert all(0.0 <= d <= 1.0 for _, d in heard)
    # the long components report inside the document too, not only at their start and end
    assert any(c == "parser" and 0 < d < 1 for c, d in heard)
    assert doc.sentences and heard[-1][1] == 1.0
