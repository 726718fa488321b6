"""A command that annotates one text frees each model once the components that read it are done
(``quizgen.nlp.models_released_after_use``), so that later stages reuse that memory: the same
annotation and facts, with the models gone afterwards and loaded again by the next text.

Memory itself is measured by bench/bench_memory.py and bench/bench_peer.py, never here."""

from __future__ import annotations

import json

import quizgen.nlp as nlp
from quizgen.api import annotate_article, facts_of
from quizgen.ingest import read_article
from quizgen.nlp.ner import name_tagger
from quizgen.nlp.parse import _model, helper_running
from quizgen.nlp.pos import _tagger

from .conftest import SAMPLE, run_quizgen


def test_released_models_give_the_same_annotation_and_facts():
    article = read_article(SAMPLE)
    kept = annotate_article(article)
    _, kept_facts = facts_of(article)
    with nlp.models_released_after_use():
        released = annotate_article(article)
        assert _tagger.cache_info().currsize == 0
        assert name_tagger.cache_info().currsize == 0
        assert helper_running() or _model.cache_info().currsize == 0
        _, released_facts = facts_of(article)
    assert released == kept
    assert released_facts == kept_facts
    assert annotate_article(article) == kept  # (the next text loads the models again)


def test_outside_the_block_the_models_stay_loaded():
    annotate_article(read_article(SAMPLE))
    assert _tagger.cache_info().currsize == 1  # (a caller that annotates many texts loads them once)
    assert name_tagger.cache_info().currsize == 1


def test_the_one_text_commands_write_what_they_wrote_before(tmp_path):
    # the commands free the models as they go; a batch of two keeps them: the same facts either way
    printed = json.loads(run_quizgen("extract", "--json", str(SAMPLE)).stdout)["facts"]
    assert printed == json.loads(json.dumps([f.to_json() for f in facts_of(SAMPLE)[1]]))
    copy = tmp_path / "copy.txt"
    copy.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    single, batch = tmp_path / "single", tmp_path / "batch"
    run_quizgen("build", str(SAMPLE), "-o", str(single))
    run_quizgen("build", str(SAMPLE), str(copy), "-o", str(batch), "--jobs", "1")
    assert (single / "new-kazakhstan.md").read_bytes() == (batch / "new-kazakhstan.md").read_bytes()
