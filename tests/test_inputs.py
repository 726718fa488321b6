"""The real sample files in tests/data/ (a saved news page, a two-page PDF, a DOCX, a Windows-1252
text) give the same facts as their clean text, and each malformed file in tests/data/bad/ gets a
one-line error naming it, through the real ``quizgen`` command."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quizgen.api import facts_of
from quizgen.ingest import read_article

from .conftest import run_quizgen

DATA = Path(__file__).parent / "data"
BAD = DATA / "bad"
PAIRS = [("nasa-shuttles.html", "nasa-shuttles.txt", "html"), ("afghan-robotics.pdf", "afghan-robotics.txt", "pdf"),
         ("toronto-star.docx", "toronto-star.txt", "docx"), ("world-cup-day-five.cp1252.txt", "world-cup-day-five.txt", "text")]


def _keys(facts) -> set[tuple[str, str]]:
    return {(f.kind, f.name if f.kind in ("person", "organization", "place") else f.text) for f in facts}


@pytest.mark.parametrize("converted, clean, source_format", PAIRS)
def test_converted_file_gives_the_facts_of_its_clean_text(converted, clean, source_format):
    article, facts = facts_of(DATA / converted)
    clean_article, clean_facts = facts_of(DATA / clean)
    assert article.source_format == source_format
    assert article.title == clean_article.title
    got, expected = _keys(facts), _keys(clean_facts)
    assert len(expected) >= 40
    assert len(got & expected) / len(got | expected) >= 0.9, (sorted(got - expected), sorted(expected - got))
    assert len(expected - got) <= 2  # nothing of the article is lost in conversion


def test_web_page_keeps_boilerplate_out_and_reads_metadata():
    article = read_article(DATA / "nasa-shuttles.html")
    for boilerplate in ("cookie", "Subscribe", "Related articles", "Boeing", "Titusville", "Jane Porter",
                        "Orion Optics", "Fleet Street", "dataLayer", "Share on"):
        assert boilerplate not in article.text
    assert article.metadata["author"] == "Wikinews contributors"
    assert article.date == "2011-04-13"  # so "last month" resolves
    assert not article.body.startswith("NASA celebrates")  # the <h1> is the title, not body text


def test_pdf_drops_running_headers_page_numbers_and_repairs_hyphens():
    article = read_article(DATA / "afghan-robotics.pdf")
    clean = read_article(DATA / "afghan-robotics.txt")
    assert "Page 1 of 2" not in article.text and "Science and technology" not in article.text
    assert "regarding" in article.body and "rega-" not in article.body
    assert article.body.split() == clean.body.split()  # reading order, every word, in order
    assert article.body.count("\n\n") == clean.body.count("\n\n")  # paragraphs rebuilt


def test_docx_headings_line_breaks_and_tables():
    article = read_article(DATA / "toronto-star.docx")
    assert article.title == "Toronto Star"
    assert "\n\nHistory\n\n" in article.body  # a heading is its own paragraph
    assert "Broadsheet" not in article.body and "Daily newspaper" not in article.body  # the key-facts table


def test_extract_text_shows_the_text_offsets_point_into():
    data = json.loads(run_quizgen("extract", str(DATA / "afghan-robotics.pdf"), "--json").stdout)
    text = run_quizgen("extract", str(DATA / "afghan-robotics.pdf"), "--text").stdout
    assert text.startswith("Title: After visa snags")
    for fact in data["facts"]:
        for evidence in fact["evidence"]:
            assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_stdin_and_verbose_encoding(tmp_path):
    import subprocess

    from .conftest import EMPTY_NLTK_DATA, ROOT, quizgen_command

    raw = (DATA / "world-cup-day-five.cp1252.txt").read_bytes()
    result = subprocess.run([*quizgen_command(), "extract", "-", "-v"], input=raw, capture_output=True, cwd=ROOT,
                            env=dict(os.environ, NLTK_DATA=EMPTY_NLTK_DATA, PYTHONIOENCODING="utf-8"), timeout=300)
    assert result.returncode == 0, result.stderr
    assert "<stdin>: read as text, encoding Windows-1252 (detected)" in result.stderr.decode()
    assert "Harry Kane" in result.stdout.decode()


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "is empty"),
    ("whitespace-only.txt", "contains only whitespace"),
    ("binary.txt", "binary file"),
    ("unsupported.xyz", "unsupported file type"),
    ("not-a-pdf.pdf", "is not a PDF file"),
    ("broken.pdf", "is not a readable PDF"),
    ("scanned.pdf", "no text layer"),
    ("not-a-docx.docx", "is not a Word .docx file"),
    ("no-facts.txt", "no facts found"),
    ("all-caps.txt", "capital letters throughout"),
    ("missing.txt", "no such file"),
])
def test_each_bad_file_gets_one_line_naming_it(tmp_path, name, message):
    result = run_quizgen("build", str(BAD / name), "-o", str(tmp_path / "out"), check=False)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and f"{BAD / name}: " in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or os.listdir(tmp_path / "out") == []


def test_folder_with_nothing_supported(tmp_path):
    result = run_quizgen("build", str(BAD / "empty-folder"), "-o", str(tmp_path), check=False)
    assert result.returncode == 1 and "is a folder with no supported files" in result.stderr
    assert os.listdir(tmp_path) == []


def test_size_limit_flag(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Title: Big\n\n" + "The council met in Nairobi on Monday. " * 30_000, encoding="utf-8")
    result = run_quizgen("extract", str(big), "--max-size", "1", check=False)
    assert result.returncode == 1 and "over the 1.0 MB limit; raise it with --max-size" in result.stderr


def test_foreign_language_warns_and_strict_refuses():
    warned = run_quizgen("extract", str(BAD / "french.txt"), check=False)
    assert "does not look like English" in warned.stderr and "quizgen: warning:" in warned.stderr
    strict = run_quizgen("extract", str(BAD / "french.txt"), "--strict", check=False)
    assert strict.returncode == 1 and "quizgen: error:" in strict.stderr and "does not look like English" in strict.stderr


def test_awkward_but_good_inputs_work(tmp_path):
    for name, expected in (("control-characters.txt", "Roya Mahboob"), ("utf16.txt", "Hamdullah Mohib"),
                           ("web-page-saved-as.txt", "Charles Bolden")):
        result = run_quizgen("build", str(BAD / name), "-o", str(tmp_path), "--format", "docx,kahoot,md")
        assert "Traceback" not in result.stderr
        assert expected in (tmp_path / f"{Path(name).stem}.md").read_text(encoding="utf-8") or expected in \
            run_quizgen("extract", str(BAD / name)).stdout
    assert "is a web page (HTML) although its name says text" in \
        run_quizgen("extract", str(BAD / "web-page-saved-as.txt")).stderr


def test_batch_folder_failures_summarised_others_written(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("afghan-robotics.txt", "toronto-star.docx"):
        (folder / name).write_bytes((DATA / name).read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run_quizgen("build", str(folder), "-o", str(out), check=False)
    assert result.returncode == 3
    assert f"quizgen: error: {folder / 'empty.txt'}: is empty" in result.stderr
    assert f"1 of 3 inputs failed (nothing written for them): {folder / 'empty.txt'}" in result.stderr
    assert sorted(os.listdir(out)) == ["afghan-robotics.md", "quizgen.apkg", "toronto-star.md"]


def test_same_file_name_in_two_folders_does_not_overwrite(tmp_path):
    for folder, source in (("a", "afghan-robotics.txt"), ("b", "toronto-star.txt")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.txt").write_bytes((DATA / source).read_bytes())
    out = tmp_path / "out"
    run_quizgen("build", str(tmp_path / "a" / "notes.txt"), str(tmp_path / "b" / "notes.txt"), "-o", str(out))
    assert "Afghan" in (out / "notes.md").read_text(encoding="utf-8")
    assert "Toronto" in (out / "notes-2.md").read_text(encoding="utf-8")


def test_combine_makes_one_worksheet(tmp_path):
    result = run_quizgen("build", str(DATA / "afghan-robotics.txt"), str(DATA / "toronto-star.txt"),
                         "--combine", "--course", "Week 3", "-o", str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["week-3.apkg", "week-3.md"], result.stdout
    sheet = (tmp_path / "week-3.md").read_text(encoding="utf-8")
    # questions from both articles: the robotics report's competition and the newspaper
    assert "Week 3" in sheet and "FIRST Global" in sheet and "Toronto" in sheet


def test_url_is_fetched_only_from_a_local_server(tmp_path):
    import http.server
    import threading

    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(DATA))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/nasa-shuttles.html"
        os.environ["no_proxy"] = "127.0.0.1"
        result = run_quizgen("extract", "--url", url, "-v")
        assert "Charles Bolden" in result.stdout and "read as html" in result.stderr
        small = run_quizgen("extract", "--url", url, "--max-size", "0.001", check=False)
        assert small.returncode == 1 and "over the 1,000-byte limit" in small.stderr
    finally:
        server.shutdown()
