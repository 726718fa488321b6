import pytest

from quizgen.ingest import IngestError, parse_article, read_article

from .conftest import SAMPLE


def test_sample_article_title_and_body():
    article = read_article(SAMPLE)
    assert article.title == "The face of ‘new Kazakhstan’ in Geneva"
    assert article.body.startswith("UN Geneva director general")
    assert article.text == SAMPLE.read_text(encoding="utf-8")


def test_header_lines_are_metadata_not_text():
    text = "Title: Moon landing\nSource: https://example.org (CC BY)\nDate: 20 July 1969\n\nMen walked on the Moon."
    article = parse_article(text)
    assert article.title == "Moon landing"
    assert article.metadata["source"].startswith("https://example.org")
    assert article.date == "1969-07-20"
    assert article.body == "Men walked on the Moon."


def test_yaml_front_matter():
    text = '---\ntitle: "A report"\ndate: 2022-05-03\n---\nThe report was published.\n'
    article = parse_article(text)
    assert (article.title, article.date, article.body) == ("A report", "2022-05-03", "The report was published.")


def test_markdown_heading_is_the_title():
    article = parse_article("# Rivers of Kenya\nThe Tana is the longest river.\n")
    assert article.title == "Rivers of Kenya"
    assert article.body == "The Tana is the longest river."


def test_no_title_when_no_blank_line_follows():
    article = parse_article("The council met on Monday.\nIt voted to adjourn.")
    assert article.title is None
    assert article.body_start == 0


@pytest.mark.parametrize("name, content, message", [
    ("latin1.txt", "Caf\xe9 au lait".encode("latin-1"), "not valid UTF-8"),
    ("binary.txt", b"\x00\x01\x02binary", "binary"),
    ("empty.txt", b"Title: Nothing\n\n   \n", "no article text"),
    ("report.pdf", b"%PDF-1.4", "not supported yet"),
    ("data.xyz", b"text", "unsupported file type"),
])
def test_bad_input_gets_a_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as error:
        read_article(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_article(tmp_path / "nope.txt")
