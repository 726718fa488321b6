"""A command that annotates one long text frees each model once the components that read it are
done (``quizgen.nlp.models_released_after_use``), so that later stages reuse that memory: the same
annotation and facts, with the models gone afterwards and loaded again by the next text.

Memory itself is measured by bench/bench_peer.py, never here."""

from __future__ import annotations

import quizgen.nlp as nlp
import quizgen.nlp.pipeline as pipeline
from quizgen.api import annotate_article, facts_of
from quizgen.ingest import read_article
from quizgen.nlp.ner import name_tagger
from quizgen.nlp.parse import _model, helper_running
from quizgen.nlp.pos import _tagger

from .conftest import SAMPLE


def test_released_models_give_the_same_annotation_and_facts(monkeypatch):
    article = read_article(SAMPLE)
    kept = annotate_article(article)
    _, kept_facts = facts_of(article)
    monkeypatch.setattr(pipeline, "RELEASE_FROM_TOKENS", 0)  # (the sample stands for a long text)
    with nlp.models_released_after_use():
        released = annotate_article(article)
        assert _tagger.cache_info().currsize == 0
        assert name_tagger.cache_info().currsize == 0
        assert helper_running() or _model.cache_info().currsize == 0
        _, released_facts = facts_of(article)
    assert released == kept
    assert released_facts == kept_facts
    assert annotate_article(article) == kept  # (the next text loads the models again)


def test_short_texts_keep_their_models():
    article = read_article(SAMPLE)
    with nlp.models_released_after_use():
        annotate_article(article)
    assert _tagger.cache_info().currsize == 1  # (below RELEASE_FROM_TOKENS: a batch does not load them again)
