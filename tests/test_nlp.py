"""The NLP layer's model plumbing."""


def test_packed_weights_read_back_as_the_trained_weights():
    from quizgen.nlp.weights import PackedWeights, pack_weights

    weights = {"suffix ing": {"VBG": 2.5, "NN": -0.125}, "word the": {"DT": 7.0}}
    classes = ["DT", "NN", "VBG"]
    packed = PackedWeights(pack_weights(weights, classes), classes)
    assert dict(packed) == weights
    assert "word a" not in packed and packed.get("word a", {}) == {}
    assert len(packed) == 2
