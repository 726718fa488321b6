"""Outputs read back the way their consumers read them: the .apkg by the real Anki library."""

import html
import os
import zipfile

import pytest

from quizgen.export import ExportError, parse_formats, write_outputs
from quizgen.export.escape import anki_cloze, html_text
from quizgen.export.markdown import render_markdown

from .conftest import SAMPLE


def test_html_and_template_syntax_are_neutralised():
    assert html_text("<b>{{Front}}</b> & {{c1::x}}") == "&lt;b&gt;&#123;&#123;Front&#125;&#125;&lt;/b&gt; &amp; " \
                                                        "&#123;&#123;c1::x&#125;&#125;"
    assert anki_cloze("In ", "2019", ", {{c1::x}} happened") == "In {{c1::2019}}, &#123;&#123;c1::x&#125;&#125; happened"
    assert anki_cloze("", "a::b", "") == "{{c1::a&#58;&#58;b}}"


def test_markdown_worksheet_has_questions_options_and_key(sample_quiz):
    text = render_markdown(sample_quiz)
    questions, key = text.split("## Answer key")
    mcq = next(q for q in sample_quiz.questions if q.type == "mcq")
    for option in mcq.options:
        assert option.split()[0] in questions
    assert "Source:" in key and "Source:" not in questions
    assert key.count("\n1. ") == 1


def test_unknown_formats_are_refused():
    with pytest.raises(ExportError, match="unknown format 'pptx'"):
        parse_formats("pptx")
    assert parse_formats("apkg, md,apkg") == ("apkg", "md")
    assert "pdf" in parse_formats("all") and "qti" in parse_formats("all")


def test_rebuild_is_byte_identical(sample_quiz, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = write_outputs([sample_quiz], tmp_path / "a").files
    second = write_outputs([sample_quiz], tmp_path / "b").files
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_failed_write_leaves_nothing_behind(sample_quiz, tmp_path, monkeypatch):
    import quizgen.export as export

    def broken(*args, **kwargs):
        raise OSError("disk full")

    from dataclasses import replace

    from quizgen.export.formats import FORMATS

    monkeypatch.setitem(FORMATS, "md", replace(FORMATS["md"], files=lambda *a: [(".md", broken)]))
    with pytest.raises(export.OutputError, match=r"new-kazakhstan\.md: cannot be written \(disk full\)"):
        write_outputs([sample_quiz], tmp_path)
    assert os.listdir(tmp_path) == []


anki = pytest.importorskip("anki", reason="the anki package (test extra) reads the .apkg back")


def _import(collection_path, package):
    from anki import import_export_pb2 as ie
    from anki.collection import Collection

    col = Collection(str(collection_path))
    request = ie.ImportAnkiPackageRequest(package_path=str(package),
                                          options=ie.ImportAnkiPackageOptions(with_scheduling=False))
    log = col.import_anki_package(request)
    return col, log


def test_apkg_imports_into_anki_with_rendered_cards(sample_quiz, tmp_path):
    (package,) = write_outputs([sample_quiz], tmp_path / "out", ("apkg",)).files
    assert zipfile.ZipFile(package).namelist() == ["collection.anki2", "media"]
    col, _ = _import(tmp_path / "c.anki2", package)
    try:
        assert col.note_count() == len(sample_quiz.questions) >= 5
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert sample_quiz.title in names
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            for rendered in (card.question(), card.answer()):
                assert "{{c1::" not in rendered and "{{" not in rendered
        clozes = [col.get_card(c) for c in col.find_cards("note:quizgen*Cloze")]
        assert clozes and all('class="cloze"' in c.question() or "class=cloze" in c.question() for c in clozes)
        answers = [col.get_card(c).answer() for c in col.find_cards("note:quizgen*Multiple*")]
        mcqs = [q for q in sample_quiz.questions if q.type == "mcq"]
        assert len(answers) == len(mcqs)
        for q in mcqs:
            letter = "ABCD"[q.options.index(q.answer)]
            assert any(f"{letter}. {html.escape(q.answer)}" in a for a in answers), q.prompt
    finally:
        col.close()


def test_reimport_of_rebuilt_deck_adds_no_notes(sample_quiz, tmp_path):
    first = write_outputs([sample_quiz], tmp_path / "one", ("apkg",)).files[0]
    second = write_outputs([sample_quiz], tmp_path / "two", ("apkg",)).files[0]
    col, _ = _import(tmp_path / "c.anki2", first)
    try:
        count = col.note_count()
        from anki import import_export_pb2 as ie

        log = col.import_anki_package(ie.ImportAnkiPackageRequest(
            package_path=str(second), options=ie.ImportAnkiPackageOptions(with_scheduling=False)))
        assert col.note_count() == count
        assert len(log.log.new) == 0
    finally:
        col.close()


def test_hostile_article_text_shows_literally_on_cards(tmp_path):
    from quizgen.api import quiz_set

    article = tmp_path / "hostile.txt"
    article.write_text("Hostile\n\nMaria Lopez wrote <script>alert(1)</script> and {{c1::x}} and {{Front}} in "
                       "Nairobi in 2019. Lopez paid $5 million for 40 buses in 2020. Maria Lopez met Ana Ruiz, "
                       "Tom Baker and Lee Chan in Kampala and Lima.\n", encoding="utf-8")
    quiz = quiz_set(article, curated=False)  # every question, so every sentence is on some card
    package = write_outputs([quiz], tmp_path / "out", ("apkg",)).files[0]
    col, _ = _import(tmp_path / "c.anki2", package)
    try:
        shown = " ".join(col.get_card(c).question() + col.get_card(c).answer() for c in col.find_cards(""))
        assert "<script>" not in shown
        assert "&lt;script&gt;" in shown
        assert "&#123;&#123;c1::x&#125;&#125;" in shown and "&#123;&#123;Front&#125;&#125;" in shown
    finally:
        col.close()


def test_several_articles_become_subdecks_of_one_package(tmp_path):
    from anki import import_export_pb2 as ie  # noqa: F401  (skips with the module when anki is absent)

    from quizgen.api import quiz_set

    other = tmp_path / "second.txt"
    other.write_text("Second article\n\nMaria Lopez, the mayor of Quito, opened 40 schools in 2019. Lopez met "
                     "Ana Ruiz in Lima in 2020.\n", encoding="utf-8")
    quizzes = [quiz_set(SAMPLE), quiz_set(other)]
    (package,) = write_outputs(quizzes, tmp_path / "out", ("apkg",), course="Civics").files
    assert package.name == "civics.apkg"
    col, _ = _import(tmp_path / "c.anki2", package)
    try:
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert {f"Civics::{quizzes[0].title}", "Civics::Second article"} <= names
        assert col.note_count() == sum(len(q.questions) for q in quizzes)
    finally:
        col.close()


def test_reimport_after_the_article_changes_updates_notes(tmp_path):
    from anki import import_export_pb2 as ie

    from quizgen.api import quiz_set

    article = tmp_path / "article.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    os.utime(article, (1_700_000_000, 1_700_000_000))
    first = write_outputs([quiz_set(article)], tmp_path / "one", ("apkg",)).files[0]
    col, _ = _import(tmp_path / "c.anki2", first)
    try:
        before = col.note_count()
        # the editor fixes a typo in one sentence and re-runs quizgen a day later
        article.write_text(text.replace("where regarding", "were regarding"), encoding="utf-8")
        os.utime(article, (1_700_086_400, 1_700_086_400))
        second = write_outputs([quiz_set(article)], tmp_path / "two", ("apkg",)).files[0]
        log = col.import_anki_package(ie.ImportAnkiPackageRequest(
            package_path=str(second), options=ie.ImportAnkiPackageOptions(with_scheduling=False))).log
        assert len(log.updated) > 0
        assert len(log.new) <= 2 and col.note_count() <= before + 2
    finally:
        col.close()


def test_every_format_can_be_imported_ahead_of_writing():
    from quizgen.export import AVAILABLE, WRITER_MODULES, preload

    assert set(WRITER_MODULES) == set(AVAILABLE)
    preload(AVAILABLE)  # (a command does it while the parser loads; a wrong module name would fail here)
