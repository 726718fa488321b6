import pytest

from quizgen.ingest import IngestError, parse_article, read_article
from quizgen.ingest.markdown import markdown_to_text
from quizgen.ingest.text import clean_text, decode

from .conftest import SAMPLE


def test_sample_article_title_and_body():
    article = read_article(SAMPLE)
    assert article.title == "The face of ‘new Kazakhstan’ in Geneva"
    assert article.body.startswith("UN Geneva director general")
    assert article.text == SAMPLE.read_text(encoding="utf-8")
    assert (article.source_format, article.encoding) == ("text", "UTF-8")


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


def test_a_one_line_text_is_body_not_title():
    assert parse_article("The council met on Monday in Nairobi.\n").body == "The council met on Monday in Nairobi."


@pytest.mark.parametrize("raw, encoding, text", [
    ("Café in Zürich".encode(), "UTF-8", "Café in Zürich"),
    (b"\xef\xbb\xbf" + "Café".encode(), "UTF-8 (with BOM)", "Café"),
    ("Café in Zürich".encode("utf-16"), "UTF-16LE (with BOM)", "Café in Zürich"),
    ("Café in Zürich".encode("utf-16-be"), "UTF-16BE (no BOM)", "Café in Zürich"),
    ("Caf\xe9 au lait".encode("latin-1"), "Windows-1252 (detected)", "Café au lait"),
    ("“Quoted” – café".encode("cp1252"), "Windows-1252 (detected)", "“Quoted” – café"),
])
def test_encodings(raw, encoding, text):
    assert decode(raw) == (text, encoding)


def test_cyrillic_in_windows_1251_is_detected():
    text = "Президент России выступил в Москве с речью о будущем страны и её экономике. " * 5
    decoded, encoding = decode(text.encode("cp1251"))
    assert decoded == text and "1251" in encoding


def test_control_characters_and_line_ends_are_cleaned():
    assert clean_text("a\r\nb\rc\fd\ve\x1b[1mf\x1b[0m\x00g\x07h\ufeff") == "a\nb\nc\nd\nefgh"


def test_markdown_is_rendered_to_prose():
    source = ("# Rivers of *Kenya*\n\nThe **Tana** is the [longest river](http://example.org/tana \"t\").\n"
              "It flows east.\n\n- a list item with `code`\n\n> a quoted line\n\n```python\nprint('no')\n```\n\n"
              "| a | b |\n|---|---|\n| cell | cell |\n\n<div>raw html</div>\n\n![a picture](x.png)\n")
    text, metadata = markdown_to_text(source)
    assert metadata["title"] == "Rivers of Kenya"
    assert text == "The Tana is the longest river. It flows east.\n\na list item with code\n\na quoted line\n"


def test_markdown_file_offsets_point_into_the_rendered_text(tmp_path):
    path = tmp_path / "rivers.md"
    path.write_text("# Rivers\n\nThe **Tana** flows through [Garissa](https://x.org).\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Rivers" and article.source_format == "markdown"
    assert article.body == "The Tana flows through Garissa."
    assert article.text[article.body_start:article.body_end] == article.body


@pytest.mark.parametrize("name, content, message", [
    ("binary.txt", b"\x00\x01\x02binary", "binary"),
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\t\n", "only whitespace"),
    ("header-only.txt", b"Title: Nothing\n\n   \n", "no article text"),
    ("report.pdf", b"not really a pdf", "not a PDF"),
    ("letter.doc", b"\xd0\xcf\x11\xe0", "save it as .docx"),
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


def test_size_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("The council met in Nairobi on Monday. " * 3000, encoding="utf-8")
    with pytest.raises(IngestError, match=r"over the 10,000 bytes limit; raise it with --max-size"):
        read_article(path, max_bytes=10_000)
    assert read_article(path, max_bytes=200_000).body
