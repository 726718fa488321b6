"""Every output format read back the way its consumer reads it, and compared with the questions."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

import pytest

from quizgen.api import quiz_set
from quizgen.export import AVAILABLE, write_outputs

from .conftest import SAMPLE, run_quizgen

HOSTILE = ("Hostile {{Front}} test\n\nMaria Lopez wrote <script>alert(1)</script> about {{c1::x}} ~ = # : in "
           "Nairobi in 2019. Lopez paid $5 million for 40 buses in 2020. Maria Lopez met Ana Ruiz, Tom Baker and "
           "Lee Chan in Kampala and Lima in 2021. Ana Ruiz, the mayor of Lima, spent $3 million in 2018.\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("all")
    quiz = quiz_set(SAMPLE)
    result = write_outputs([quiz], out, AVAILABLE)
    return quiz, out, result


# --- GIFT -------------------------------------------------------------------------------------------

def _gift_split(body: str) -> list[str]:
    """Split an answer block on unescaped ~ and = (GIFT's own rule)."""
    parts, current, k = [], "", 0
    while k < len(body):
        if body[k] == "\\" and k + 1 < len(body):
            current += body[k:k + 2]
            k += 2
            continue
        if body[k] in "~=" and not (body[k] == "=" and current.rstrip().endswith("-")) and \
                not body[k:k + 2] == "->":
            parts.append(current)
            current = body[k]
        else:
            current += body[k]
        k += 1
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def parse_gift(text: str) -> list[dict]:
    questions = []
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith(("//", "$CATEGORY"))]
        if not lines:
            continue
        line = " ".join(lines)
        m = re.match(r"::((?:[^:\\]|\\.)*)::\s*(.*)$", line)
        assert m, line
        rest = m.group(2)
        open_at = next(k for k, c in enumerate(rest) if c == "{" and (k == 0 or rest[k - 1] != "\\"))
        close_at = next(k for k in range(open_at, len(rest)) if rest[k] == "}" and rest[k - 1] != "\\")
        stem = _unescape(rest[:open_at]) + " _____ " + _unescape(rest[close_at + 1:])
        questions.append({"title": m.group(1), "stem": stem.strip(), "answers": _gift_split(rest[open_at + 1:close_at])})
    return questions


def test_gift_parses_back_and_agrees(built):
    quiz, out, _ = built
    parsed = parse_gift((out / "new-kazakhstan.gift.txt").read_text(encoding="utf-8"))
    expected = [q for q in quiz.questions if q.type != "ordering"]
    assert len(parsed) == len(expected)
    for q, g in zip(expected, parsed):
        if q.type == "mcq":
            right = [_unescape(a[1:]) for a in g["answers"] if a.startswith("=")]
            wrong = [_unescape(a[1:]) for a in g["answers"] if a.startswith("~")]
            assert right == [q.answer]
            assert sorted(right + wrong) == sorted(q.options)
        elif q.type == "true_false":
            assert g["answers"] == [q.answer.upper()]
        elif q.type in ("short_answer", "cloze"):
            assert _unescape(g["answers"][0][1:]) == q.answer
        elif q.type == "matching":
            pairs = [tuple(_unescape(x) for x in a[1:].split(" -> ")) for a in g["answers"]]
            assert pairs == [tuple(p) for p in q.pairs]


def test_gift_escapes_special_characters():
    from quizgen.export.lms import gift_escape

    assert gift_escape("a ~ b = c # d { e } f : g \\ h") == r"a \~ b \= c \# d \{ e \} f \: g \\ h"


# --- Aiken, Blackboard ---------------------------------------------------------------------------------

def test_aiken_is_single_answer_mc(built):
    quiz, out, _ = built
    blocks = (out / "new-kazakhstan.aiken.txt").read_text(encoding="utf-8").strip().split("\n\n")
    mcqs = [q for q in quiz.questions if q.type == "mcq"]
    assert len(blocks) == len(mcqs)
    for q, block in zip(mcqs, blocks):
        lines = block.splitlines()
        assert lines[0] == q.prompt
        options = {line[0]: line[3:] for line in lines[1:-1]}
        assert re.fullmatch(r"ANSWER: [A-D]", lines[-1])
        assert options[lines[-1][-1]] == q.answer


def test_blackboard_rows(built):
    quiz, out, _ = built
    rows = [line.split("\t") for line in (out / "new-kazakhstan.blackboard.txt").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(quiz.questions)
    kinds = {"mcq": "MC", "true_false": "TF", "short_answer": "FIB", "cloze": "FIB", "matching": "MAT",
             "ordering": "ORD"}
    for q, row in zip(quiz.questions, rows):
        assert row[0] == kinds[q.type]
        if q.type == "mcq":
            correct = [row[k] for k in range(2, len(row), 2) if row[k + 1] == "correct"]
            assert correct == [q.answer]
        if q.type == "ordering":
            assert row[2:] == list(q.items)


# --- QTI -------------------------------------------------------------------------------------------

def test_qti_package_parses_and_agrees(built):
    quiz, out, _ = built
    ns = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
    with zipfile.ZipFile(out / "new-kazakhstan.qti.zip") as zf:
        names = zf.namelist()
        assert "imsmanifest.xml" in names
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
        hrefs = [f.get("href") for f in manifest.iter("{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}file")]
        assert all(h in names for h in hrefs) and any(h.endswith("assessment_meta.xml") for h in hrefs)
        assessment_name = next(h for h in hrefs if not h.endswith("assessment_meta.xml"))
        root = ET.fromstring(zf.read(assessment_name))
    items = root.findall(".//q:item", ns)
    expected = [q for q in quiz.questions if q.type != "ordering"]
    assert len(items) == len(expected)
    for q, item in zip(expected, items):
        kind = item.find(".//q:qtimetadatafield[q:fieldlabel='question_type']/q:fieldentry", ns).text
        if q.type == "mcq":
            assert kind == "multiple_choice_question"
            correct = item.find(".//q:respcondition/q:conditionvar/q:varequal", ns).text
            label = item.find(f".//q:response_label[@ident='{correct}']", ns)
            assert label.find(".//q:mattext", ns).text == q.answer
            assert item.find("q:presentation/q:material/q:mattext", ns).text == q.prompt
        if q.type in ("short_answer", "cloze"):
            assert kind == "short_answer_question"
            accepted = [v.text for v in item.findall(".//q:varequal", ns)]
            assert q.answer in accepted


# --- Kahoot ----------------------------------------------------------------------------------------

def test_kahoot_sheet_respects_limits_and_agrees(tmp_path):
    from openpyxl import load_workbook

    # every candidate: the curated set of the sample has few multiple-choice questions under Kahoot's limits
    quiz, out = quiz_set(SAMPLE, curated=False), tmp_path
    result = write_outputs([quiz], out, ("kahoot",))
    sheet = load_workbook(out / "new-kazakhstan.kahoot.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0].startswith("Question - max 120")
    by_prompt = {getattr(q, "stem", getattr(q, "statement", "")): q for q in quiz.questions}
    assert len(rows) >= 2  # the header and at least one question (the others are over the limits)
    for row in rows[1:]:
        question, answers, limit, correct = row[0], [a for a in row[1:5] if a], row[5], row[6]
        assert len(question) <= 120 and all(len(a) <= 75 for a in answers)
        assert limit in (5, 10, 20, 30, 60, 90, 120, 240)
        assert answers[int(correct) - 1] == by_prompt[question].answer
    assert any("Kahoot" in note and "left out" in note for note in result.notes)


# --- Anki text import --------------------------------------------------------------------------------

def test_anki_tsv_imports_and_reimports_without_duplicates(built, tmp_path):
    pytest.importorskip("anki", reason="the anki package (test extra) reads the file back")
    from anki import import_export_pb2 as ie
    from anki.collection import Collection

    quiz, out, _ = built
    path = str(out / "new-kazakhstan.anki.tsv")
    header = [line for line in open(path, encoding="utf-8") if line.startswith("#")]
    assert header == ["#separator:tab\n", "#html:true\n", f"#deck:{quiz.title}\n", "#guid column:1\n",
                      "#notetype column:2\n", "#tags column:5\n"]
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        metadata = col.get_csv_metadata(path=path, delimiter=None)
        col.import_csv(ie.ImportCsvRequest(path=path, metadata=metadata))
        assert col.note_count() == len(quiz.questions)
        log = col.import_csv(ie.ImportCsvRequest(path=path, metadata=metadata)).log
        assert col.note_count() == len(quiz.questions) and len(log.new) == 0
        assert col.find_cards("note:Cloze") and col.find_cards("note:Basic")
        assert {d.name for d in col.decks.all_names_and_ids()} >= {quiz.title}
    finally:
        col.close()
    quizlet = (out / "new-kazakhstan.quizlet.tsv").read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 1 for line in quizlet)


# --- Worksheets: PDF, DOCX, HTML, versions ------------------------------------------------------------

def test_pdf_reads_back_with_questions_options_and_key(built):
    pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) reads the PDF back")
    quiz, out, _ = built
    reader = pypdf.PdfReader(str(out / "new-kazakhstan.pdf"))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    questions, key = text.split("Answer key", 1)
    mcq = next(q for q in quiz.questions if q.type == "mcq")
    assert " ".join(mcq.stem.split()) in questions
    for option in mcq.options:
        assert option in questions
    letter = "ABCD"[mcq.options.index(mcq.answer)]
    assert f"{letter}. {mcq.answer}" in key
    assert "‘new Kazakhstan’" in text  # Unicode survives (the title's curly quotes)


def test_docx_reads_back_with_questions_and_key(built):
    from docx import Document

    quiz, out, _ = built
    paragraphs = [p.text for p in Document(str(out / "new-kazakhstan.docx")).paragraphs]
    key_at = paragraphs.index("Answer key")
    for n, q in enumerate([q for q in quiz.questions if q.type == "mcq"][:5], 1):
        assert f"{n}. {q.stem}" in paragraphs[:key_at]
        letter = "ABCD"[q.options.index(q.answer)]
        assert f"{n}. {letter}. {q.answer}" in paragraphs[key_at:]


def test_versions_shuffle_questions_and_keep_keys_right(tmp_path):
    quiz = quiz_set(SAMPLE)
    result = write_outputs([quiz], tmp_path, ("md",), versions=3, seed=5)
    assert [p.name for p in result.files] == ["new-kazakhstan-A.md", "new-kazakhstan-B.md", "new-kazakhstan-C.md"]
    texts = [p.read_text(encoding="utf-8") for p in result.files]
    assert len(set(texts)) == 3
    answers = {q.prompt: q.answer for q in quiz.questions if q.type == "mcq"}
    for text in texts:
        sheet, key = text.split("## Answer key")
        # every multiple-choice key letter points at the right option in this version
        numbered = re.findall(r"^(\d+)\. (.+)\n((?:    - [A-D]\. .+\n){4})", sheet, flags=re.M)
        keys = dict(re.findall(r"^(\d+)\. \*\*([A-D])\. ", key, flags=re.M))
        assert numbered
        for number, prompt, options in numbered:
            letters = dict(re.findall(r"- ([A-D])\. (.+)", options))
            assert letters[keys[number]].replace("\\", "") == answers[prompt.replace("\\", "")]
    again = write_outputs([quiz], tmp_path / "again", ("md",), versions=3, seed=5)
    assert [p.read_text(encoding="utf-8") for p in again.files] == texts


def test_every_format_rebuilds_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    quiz = quiz_set(SAMPLE)
    first = write_outputs([quiz], tmp_path / "a", AVAILABLE).files
    second = write_outputs([quiz], tmp_path / "b", AVAILABLE).files
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_cli_build_all_formats_writes_every_file(tmp_path):
    result = run_quizgen("build", str(SAMPLE), "--format", "all", "-o", str(tmp_path))
    written = {line.removeprefix("wrote ").rsplit("/", 1)[-1] for line in result.stdout.splitlines()}
    assert written == {"new-kazakhstan.apkg", "new-kazakhstan.anki.tsv", "new-kazakhstan.quizlet.tsv",
                       "new-kazakhstan.md", "new-kazakhstan.html", "new-kazakhstan.pdf", "new-kazakhstan.docx",
                       "new-kazakhstan.gift.txt", "new-kazakhstan.aiken.txt", "new-kazakhstan.qti.zip",
                       "new-kazakhstan.kahoot.xlsx", "new-kazakhstan.blackboard.txt"}
    assert "quizgen: note:" in result.stderr


# --- hostile text in every format ----------------------------------------------------------------------

class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_hostile_text_is_escaped_and_readable_everywhere(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    quiz = quiz_set(article, curated=False)
    assert any("<script>" in text for q in quiz.questions for text in q.shown)
    write_outputs([quiz], tmp_path / "out", AVAILABLE)
    out = tmp_path / "out"
    page = _Text()
    page.feed((out / "hostile.html").read_text(encoding="utf-8"))
    assert "script" not in page.tags and "<script>alert(1)</script>" in "".join(page.text)
    markdown = (out / "hostile.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    gift = (out / "hostile.gift.txt").read_text(encoding="utf-8")
    assert "{{c1" not in gift and r"\{\{c1" in gift
    for g in parse_gift(gift):
        assert g["answers"]
    with zipfile.ZipFile(out / "hostile.qti.zip") as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                root = ET.fromstring(zf.read(name))  # well-formed despite "<script>" in the text
                assert all("<script>" not in (e.text or "") or e.tag.endswith("mattext") for e in root.iter())
    tsv = (out / "hostile.anki.tsv").read_text(encoding="utf-8")
    assert "<script>" not in tsv and "&#123;&#123;c1::x&#125;&#125;" in tsv
    from docx import Document

    assert any("<script>alert(1)</script>" in p.text for p in Document(str(out / "hostile.docx")).paragraphs)


def test_pdf_names_the_pages_its_key_is_on(tmp_path):
    """A new user found "the answer key is on the last page" on a sheet whose key ran over fifteen."""
    pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) reads the PDF back")
    quiz = quiz_set(SAMPLE, curated=False)  # the full list: a key over several pages
    write_outputs([quiz], tmp_path, ("pdf",))
    pages = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(tmp_path / "new-kazakhstan.pdf")).pages]
    first = next(n for n, text in enumerate(pages, 1) if text.startswith("Answer key"))
    assert first < len(pages)
    assert f"The answer key is on pages {first}\u2013{len(pages)}." in pages[0]
    assert "last page" not in " ".join(pages)


def test_anki_matching_cards_show_both_sides(tmp_path):
    anki = pytest.importorskip("anki", reason="the anki package (test extra) reads the .apkg back")  # noqa: F841
    from anki import import_export_pb2 as ie
    from anki.collection import Collection

    quiz = quiz_set(SAMPLE, types=("matching",), curated=False)
    matching = quiz.questions[0]
    (package,) = write_outputs([quiz], tmp_path / "out", ("apkg",)).files
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        col.import_anki_package(ie.ImportAnkiPackageRequest(
            package_path=str(package), options=ie.ImportAnkiPackageOptions(with_scheduling=False)))
        fronts = [col.get_card(c).question() for c in col.find_cards("")]
        front = next(f for f in fronts if html.unescape(matching.instruction) in html.unescape(f))
        for left, right in matching.pairs:
            assert html.escape(left) in front and html.escape(right) in front
    finally:
        col.close()
