"""quizgen's run-time Punkt (quizgen/nlp/punkt.py) against NLTK's, which trains its parameters:
the same sentences, and quizgen's commands never import NLTK."""

import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Words that exercise every Punkt decision: abbreviations, initials, ordinals and numbers, ellipses,
# quotes and brackets after a stop, runs of marks, curly quotes, guillemets, odd whitespace.
PIECES = ["J.", "U.S.", "...", "!", "?", ".", '"', "\u201c", "\u201d", ")", "(", "Mr.", "Dr.", "1.", "3.5", "12.",
          "No.", "e.g.", "etc.", "A.", "b.", "--", "\n", "\n\n", " ", "Word", "word", "The", "the", "Smith.",
          "Caf\u00e9", "e\u0301t\u00e9", "\u00abQuoi\u00bb", "ALL.", "x.y.z.", "?!", "!!!", '."', "'", "St.", "Inc.",
          "Jan.", "vs.", "I.", "9/11.", "\u2026", "-", "\u2019s", "\t", "\u00a0"]


def _nltk_punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from quizgen.nlp.abbreviations import ABBREVIATIONS
    from quizgen.nlp.resources import load_model

    data = load_model("punkt")
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"]) | set(ABBREVIATIONS)
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = defaultdict(int, data["ortho_context"])
    return PunktSentenceTokenizer(params)


def _texts() -> list[str]:
    articles = [ROOT / "seeds" / "new-kazakhstan.txt", *sorted((ROOT / "tests" / "data").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in articles]
    rng = random.Random(14)
    texts += [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) for _ in range(1500)]
    return texts


def test_sentences_are_those_nltk_punkt_finds_with_the_same_parameters():
    from quizgen.nlp.sentences import _punkt, blocks

    ours, theirs = _punkt(), _nltk_punkt()
    checked = 0
    for text in _texts():
        for start, end in blocks(text):
            block = text[start:end]
            assert list(ours.span_tokenize(block)) == list(theirs.span_tokenize(block)), block
            checked += 1
    assert checked > 1500


def test_annotating_an_article_does_not_import_nltk():
    code = ("import sys; from quizgen.api import annotate_article; from quizgen.ingest import read_article; "
            f"annotate_article(read_article({str(ROOT / 'seeds' / 'new-kazakhstan.txt')!r})); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'nltk'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_initials_alone_are_no_sentence_they_open_the_next():
    from quizgen.nlp.sentences import split_sentences

    text = ("The U.S. has reopened its embassy in Norland because of a threat. U.S. Embassy spokeswoman "
            "Ada Lind said the embassy was open.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The U.S. has reopened its embassy in Norland because of a threat.",
        "U.S. Embassy spokeswoman Ada Lind said the embassy was open."]
