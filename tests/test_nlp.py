"""The NLP layer's model plumbing."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_weights_file_reads_back_as_the_trained_weights():
    from quizgen.nlp.weights import decode_weights, encode_weights

    weights = {"suffix ing": {"VBG": 2.5, "NN": -0.125}, "word the": {"DT": 7.0}, "word été": {"NN": 0.001}}
    classes = ["VBG", "DT", "NN", "JJ"]
    data = encode_weights(weights, classes, {"tagdict": {"the": "DT"}})
    read = decode_weights(data)
    assert read.as_dict() == weights
    assert read.classes == ("DT", "JJ", "NN", "VBG") and read.extra == {"tagdict": {"the": "DT"}}
    assert "word a" not in read and len(read) == 3
    # unknown features add nothing; a feature counted twice adds its weights twice
    assert read.scores({"suffix ing": 1, "word a": 1}) == [0.0, 0.0, -0.125, 2.5]
    assert read.scores({"suffix ing": 2}) == [0.0, 0.0, -0.25, 5.0]
    assert encode_weights(dict(reversed(weights.items())), reversed(classes), {"tagdict": {"the": "DT"}}) == data


def test_damaged_weights_file_is_refused_with_its_name():
    from quizgen.nlp.weights import WeightsFormatError, decode_weights, encode_weights

    data = encode_weights({"bias": {"NN": 1.0}}, ["NN"])
    with pytest.raises(WeightsFormatError, match="pos.weights: truncated"):
        decode_weights(data[:-3], "pos.weights")
    with pytest.raises(WeightsFormatError, match="not a quizgen weights file"):
        decode_weights(b"\x1f\x8b" + data, "pos.weights")


def test_weights_index_finds_every_feature_and_nothing_else(tmp_path):
    """The file's hash index (read in place, from a mapped file or from bytes) finds each of many
    features, among them ones whose slots collide, and no feature the model lacks."""
    from quizgen.nlp.weights import decode_weights, encode_weights, read_weights

    weights = {f"i word {w}": {"NN": round(0.001 * (k % 97 - 40), 3), "VB": 1.5}
               for k, w in enumerate([f"w{n}" for n in range(700)] + ["été", "naïve", "東京", "", " "])}
    data = encode_weights(weights, ["NN", "VB"])
    path = tmp_path / "pos.weights"
    path.write_bytes(data)
    for read in (decode_weights(data), read_weights(path)):
        assert read.as_dict() == weights and len(read) == len(weights)
        assert all(feature in read for feature in weights)
        absent = [f"i word w{n}" for n in range(700, 1400)] + ["i word ete", "i word", "word w1", "i word w1 "]
        assert not any(feature in read for feature in absent)
        assert read.scores(dict.fromkeys(absent, 1)) == [0.0, 0.0]
        assert read.scores({"i word été": 1, "i word w5": 2, "i word w800": 1}) == [
            weights["i word été"]["NN"] + 2 * weights["i word w5"]["NN"], 4.5]


def test_weights_that_are_not_thousandths_are_kept_exactly():
    """Training rounds weights to thousandths, which the file keeps as integers; any other weight, or
    one too large for 16 bits, still reads back as the very same float."""
    from quizgen.nlp.weights import decode_weights, encode_weights

    for weights in ({"a": {"X": 0.1234567, "Y": -1e-9}}, {"a": {"X": 40.5, "Y": -0.001}}, {"a": {"X": 0.001}}):
        assert decode_weights(encode_weights(weights, ["X", "Y"])).as_dict() == weights


def test_a_mapped_weights_file_that_is_empty_or_cut_short_is_refused(tmp_path):
    from quizgen.nlp.weights import WeightsFormatError, encode_weights, read_weights

    empty, short = tmp_path / "empty.weights", tmp_path / "short.weights"
    empty.write_bytes(b"")
    short.write_bytes(encode_weights({"bias": {"NN": 1.0}}, ["NN"])[:-1])
    with pytest.raises(WeightsFormatError, match="empty.weights: not a quizgen weights file"):
        read_weights(empty)
    with pytest.raises(WeightsFormatError, match="short.weights: truncated"):
        read_weights(short)


def test_the_shipped_tagger_tags_as_nltk_perceptron_with_the_same_weights():
    """quizgen's own tagging loop over the compact weights makes NLTK's decisions: the tagger is
    trained with NLTK's ``PerceptronTagger`` (tools/pos_training.py) and must tag as it would."""
    from quizgen.nlp.pos import _tagger
    from quizgen.nlp.tokenize import iter_token_spans
    from tools.pos_training import Tagger

    ours = _tagger()
    nltk_tagger = Tagger(load=False)
    nltk_tagger.model.weights = ours.weights.as_dict()
    nltk_tagger.tagdict = ours.tagdict
    nltk_tagger.classes = nltk_tagger.model.classes = set(ours.weights.classes)
    text = (ROOT / "seeds" / "new-kazakhstan.txt").read_text(encoding="utf-8")
    sentences = [[text[s:e] for s, e in iter_token_spans(text, start, end)]
                 for start, end in _lines(text)]
    assert sum(map(len, sentences)) > 1000
    for words in sentences:
        assert ours.tag(words) == [tag for _, tag in nltk_tagger.tag(words)]


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def test_the_tagger_and_parser_components_rebuild_tokens_with_every_field():
    """``tag`` and ``dependencies`` build each Token with its constructor (faster than
    ``dataclasses.replace``): a field added to Token must be passed on there too."""
    from dataclasses import fields

    from quizgen.model import Token

    assert [f.name for f in fields(Token)] == ["text", "start", "end", "tag", "lemma", "head", "dep"]
