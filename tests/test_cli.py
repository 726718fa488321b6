"""End-to-end: the real ``quizgen`` command on the real sample article, as a user types it."""

import json
import os
import re
import zipfile

from .conftest import SAMPLE, run_quizgen


def test_help_for_every_command():
    out = run_quizgen("--help").stdout
    for command in ("extract", "questions", "build", "quiz", "annotate"):
        assert command in out
        assert "usage: quizgen " + command in run_quizgen(command, "--help").stdout


def test_extract_json_schema():
    data = json.loads(run_quizgen("extract", str(SAMPLE), "--json").stdout)
    assert data["source"] == str(SAMPLE) and data["title"].startswith("The face of")
    kinds = {f["kind"] for f in data["facts"]}
    assert kinds == {"person", "organization", "place", "number", "date"}
    text = SAMPLE.read_text(encoding="utf-8")
    keys = {"person": {"kind", "name", "aliases", "roles", "evidence"},
            "organization": {"kind", "name", "aliases", "evidence"}, "place": {"kind", "name", "evidence"},
            "number": {"kind", "text", "value", "unit", "counts", "evidence"},
            "date": {"kind", "text", "iso", "event", "relation", "evidence"}}
    for fact in data["facts"]:
        assert set(fact) == keys[fact["kind"]]
        for ev in fact["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["sentence"]
    alimbayev = next(f for f in data["facts"] if f.get("name") == "Yerlan Alimbayev")
    assert "Alimbayev" in alimbayev["aliases"]
    border = next(f for f in data["facts"] if f["kind"] == "number" and f["text"] == "7,600 km")
    assert (border["value"], border["unit"]) == (7600, "km")
    assert any(f["kind"] == "date" and f["iso"] == "2022-04-25" for f in data["facts"])


def test_extract_table_is_human_readable():
    out = run_quizgen("extract", str(SAMPLE)).stdout
    assert "Yerlan Alimbayev" in out and "7,600 km = 7600 km" in out


def test_questions_json_and_options():
    data = json.loads(run_quizgen("questions", str(SAMPLE), "--json", "--types", "mcq,cloze", "--max", "4",
                                  "--seed", "3").stdout)
    assert len(data["questions"]) == 4
    assert {q["type"] for q in data["questions"]} <= {"mcq", "cloze"}
    for q in data["questions"]:
        assert {"id", "type", "prompt", "answer", "fact", "evidence", "score"} <= set(q)
        assert 0 <= q["score"] <= 1


def test_build_takes_max_types_and_all(tmp_path):
    """A 37-page PDF of every candidate was all `build` could make; now the set is curated, and sized."""
    run_quizgen("build", str(SAMPLE), "-o", str(tmp_path / "few"), "--format", "md", "--max", "3", "--types",
                "mcq,true_false")
    sheet = (tmp_path / "few" / "new-kazakhstan.md").read_text(encoding="utf-8")
    numbered = [line for line in sheet.split("## Answer key")[0].splitlines() if re.match(r"\d+\. ", line)]
    assert len(numbered) == 3
    assert "## Multiple choice" in sheet and "## Fill in the blanks" not in sheet
    run_quizgen("build", str(SAMPLE), "-o", str(tmp_path / "all"), "--format", "md", "--all")
    everything = (tmp_path / "all" / "new-kazakhstan.md").read_text(encoding="utf-8")
    assert everything.count("Source:") > 3 * sheet.count("Source:")
    bad = run_quizgen("build", str(SAMPLE), "-o", str(tmp_path / "bad"), "--max", "0", check=False)
    assert bad.returncode != 0 and "--max" in bad.stderr


def test_build_writes_apkg_and_worksheet(tmp_path):
    out = run_quizgen("build", str(SAMPLE), "-o", str(tmp_path)).stdout
    assert out.splitlines() == [f"wrote {tmp_path / 'new-kazakhstan.apkg'}", f"wrote {tmp_path / 'new-kazakhstan.md'}"]
    assert "collection.anki2" in zipfile.ZipFile(tmp_path / "new-kazakhstan.apkg").namelist()
    assert "## Answer key" in (tmp_path / "new-kazakhstan.md").read_text(encoding="utf-8")


def test_python_dash_m_works(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "quizgen", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("quizgen ")


def test_bad_input_one_line_error_nonzero_exit_nothing_written(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    out_dir = tmp_path / "out"
    result = run_quizgen("build", str(bad), "-o", str(out_dir), check=False)
    assert result.returncode == 1
    assert result.stderr == f"quizgen: error: {bad}: looks like a binary file, not text\n"
    assert not out_dir.exists() or os.listdir(out_dir) == []


def test_in_a_batch_the_good_articles_are_still_written(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    out_dir = tmp_path / "out"
    result = run_quizgen("build", str(SAMPLE), str(bad), "-o", str(out_dir), check=False)
    assert result.returncode == 3
    assert result.stderr.splitlines() == [f"quizgen: error: {bad}: looks like a binary file, not text",
                                          f"quizgen: 1 of 2 inputs failed (nothing written for them): {bad}"]
    assert sorted(os.listdir(out_dir)) == ["new-kazakhstan.apkg", "new-kazakhstan.md"]


def test_unknown_format_is_refused_clearly(tmp_path):
    result = run_quizgen("build", str(SAMPLE), "--format", "pptx", "-o", str(tmp_path), check=False)
    assert result.returncode == 1 and "unknown format 'pptx'" in result.stderr
    assert os.listdir(tmp_path) == []


def test_quiz_refuses_non_terminal_stdin(tmp_path):
    store = tmp_path / "reviews.sqlite3"
    result = run_quizgen("quiz", str(SAMPLE), "--store", str(store), check=False)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("stdin is not a terminal)") and result.stderr.count("\n") == 1
    assert "new-kazakhstan.txt" in result.stderr
    assert not store.exists()  # no review history is started for a quiz that never ran


def test_annotate_json_offsets():
    data = json.loads(run_quizgen("annotate", str(SAMPLE), "--json").stdout)
    text = SAMPLE.read_text(encoding="utf-8")
    assert data["sentences"] and data["tokens"]
    for entity in data["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]


def test_annotate_json_shows_the_parse_chunks_and_references():
    data = json.loads(run_quizgen("annotate", str(SAMPLE), "--json").stdout)
    text = SAMPLE.read_text(encoding="utf-8")
    tokens = data["tokens"]
    assert {"text", "start", "end", "tag", "lemma", "head", "dep"} <= set(tokens[0])
    for sentence in data["sentences"]:
        inside = [i for i, t in enumerate(tokens) if sentence["start"] <= t["start"] < sentence["end"]]
        roots = [i for i in inside if tokens[i]["dep"] == "root"]
        assert len(roots) == 1 and tokens[roots[0]]["head"] == roots[0]
        assert all(tokens[i]["head"] in inside for i in inside)
    assert any(t["dep"] == "nsubj" for t in tokens) and any(t["lemma"] == "be" for t in tokens)
    assert data["noun_chunks"] and data["references"]
    for ref in data["references"]:
        for key in ("mention", "antecedent"):
            span = ref[key]
            assert text[span["start"]:span["end"]] == span["text"]
        assert 0 < ref["confidence"] <= 1
    # the sample's "the country" is Kazakhstan
    assert any(r["mention"]["text"].lower() == "the country" and r["antecedent"]["text"] == "Kazakhstan"
               for r in data["references"])
