"""The names component writes the Document's final entities, and the facts use exactly those: what
`quizgen annotate` shows is what `quizgen extract` builds its people, organisations and places from."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from .conftest import ROOT, run_quizgen

PASSAGE = """Title: A harbour opens

President Amara Okonjo of Ghana opened the Tema Deepwater Terminal on 14 March 2023. Okonjo told reporters \
that the terminal would double the port's capacity. The Ghana Ports and Harbours Authority (GPHA) paid $1.5 billion \
for the work, and GPHA's director general, Michael Luterodt, said 4,000 people were hired. Shares in Meridian Port \
Services rose 6% in Accra. Luterodt, 58, previously ran the Port of Takoradi. The World Bank lent the government \
part of the money, according to Finance Minister Ken Ofori-Atta.
"""

FACT_LABELS = {"person": "PERSON", "organization": "ORG", "place": "LOC"}


def _annotate_and_extract(tmp_path: Path) -> tuple[list[dict], list[dict], str]:
    article = tmp_path / "harbour.txt"
    article.write_text(PASSAGE, encoding="utf-8")
    entities = json.loads(run_quizgen("annotate", str(article), "--json").stdout)["entities"]
    facts = json.loads(run_quizgen("extract", str(article), "--json").stdout)["facts"]
    shown = run_quizgen("annotate", str(article)).stdout
    return entities, facts, shown


def test_every_name_fact_is_an_annotate_entity_of_its_label(tmp_path):
    entities, facts, shown = _annotate_and_extract(tmp_path)
    names = [f for f in facts if f["kind"] in FACT_LABELS]
    assert {f["kind"] for f in names} == set(FACT_LABELS)
    for fact in names:
        label = FACT_LABELS[fact["kind"]]
        of_fact = [e for e in entities if e["label"] == label and (e["name"] or e["text"]) == fact["name"]]
        assert any(e["text"] == fact["name"] for e in of_fact), fact["name"]
        assert f"{label:<9} {fact['name']}" in shown.splitlines()
        # each other form the fact lists is a mention annotate shows, tied to the full name
        forms = {e["text"] for e in of_fact} | {e["acronym"] for e in of_fact if e["acronym"]}
        assert set(fact.get("aliases", [])) <= forms, fact
        # and each piece of evidence holds one of those mentions
        for evidence in fact["evidence"]:
            assert any(evidence["start"] <= e["start"] and e["end"] <= evidence["end"] for e in of_fact)
    # no name entity that the facts leave out
    fact_names = {(FACT_LABELS[f["kind"]], f["name"]) for f in names}
    for entity in entities:
        if entity["label"] in FACT_LABELS.values():
            assert (entity["label"], entity["name"]) in fact_names, entity


def test_names_are_cleaned_and_tied_to_their_full_form(tmp_path):
    entities, facts, _ = _annotate_and_extract(tmp_path)
    by_text = {}
    for e in entities:
        by_text.setdefault(e["text"], e)
    # titles, determiners and possessives are not part of a name
    assert by_text["Amara Okonjo"]["label"] == "PERSON"
    assert not any(e["text"].startswith(("President", "The ", "the ")) or e["text"].endswith("'s") for e in entities
                   if e["label"] in FACT_LABELS.values())
    # a surname alone is the person named in full; an acronym is the organisation it stands for
    assert (by_text["Okonjo"]["label"], by_text["Okonjo"]["name"]) == ("PERSON", "Amara Okonjo")
    assert by_text["GPHA"]["name"] == "Ghana Ports and Harbours Authority"
    assert by_text["Ghana Ports and Harbours Authority"]["acronym"] == "GPHA"
    person = next(f for f in facts if f["name"] == "Amara Okonjo")
    assert person["aliases"] == ["Okonjo"]
    for e in entities:
        assert 0 <= e["score"] <= 1


def _imports(path: Path, source: str | None = None) -> list[str]:
    """Modules a source file imports, relative imports resolved against its package."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8") if source is None else source)):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level + 1]) if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.extend([module] + [f"{module}.{alias.name}" for alias in node.names])
    return found


def test_facts_and_questions_import_nothing_from_nlp():
    offenders = []
    for folder in ("facts", "questions"):
        for path in sorted((ROOT / "quizgen" / folder).rglob("*.py")):
            offenders += [f"{path.relative_to(ROOT)}: {m}" for m in _imports(path)
                          if m == "quizgen.nlp" or m.startswith("quizgen.nlp.")]
    assert not offenders, "facts/ and questions/ must read the Document, not quizgen.nlp:\n" + "\n".join(offenders)


def test_import_scan_sees_relative_imports_of_nlp():
    # the scan above must be able to fail: relative imports in a facts module resolve to quizgen.nlp
    probe = ROOT / "quizgen" / "facts" / "probe.py"
    imports = _imports(probe, "from ..nlp.lexicon import MONTHS\nfrom .. import nlp\nfrom .evidence import evidence_of\n")
    assert {"quizgen.nlp.lexicon", "quizgen.nlp", "quizgen.facts.evidence"} <= set(imports)
    assert "quizgen.model" in _imports(ROOT / "quizgen" / "facts" / "entities.py")


def test_vocab_needs_only_the_standard_library():
    # tools/peer_spacy.py loads the word lists in a venv without quizgen's dependencies
    assert all(not m.startswith(("quizgen", "nltk", "ufal")) for m in _imports(ROOT / "quizgen" / "vocab.py"))


def test_a_former_name_stated_twice_is_merged_once():
    from quizgen.nlp import annotate

    passage = ("The Herald (originally known as the Evening Herald) was founded in 1890. The Herald grew fast. "
               "Readers still call the Herald (originally known as the Evening Herald) by its old name.")
    doc = annotate(passage + " " + passage)
    orgs = {e.name or e.text for e in doc.entities if e.label == "ORG"}
    assert "Evening Herald" not in orgs or "Herald" not in orgs
