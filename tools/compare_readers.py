"""Measure the candidate HTML and PDF readers on real files (the figures behind docs/inputs.md).

    python -m tools.compare_readers [PAGE.html ...]

HTML: trafilatura against readability-lxml. The reference text of our saved news page is the clean
article beside it; for other pages (any saved page with a <main> or <article> element, e.g. the
Rust book's or Python's offline docs) it is that element's text. Word recall says how much of the
article came through, word precision how much of the output is article (the rest is boilerplate).
PDF: pypdf against pdfminer.six on tests/data/afghan-robotics.pdf, word similarity to the clean text.
Needs the optional readers installed: pip install readability-lxml pdfminer.six
"""

from __future__ import annotations

import difflib
import io
import re
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
LEAKS = ("cookie", "Titusville", "Jane Porter", "Orion Optics", "Related articles", "Boeing", "Fleet Street", "Subscribe")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def scores(reference: str, output: str) -> tuple[float, float]:
    ref, out = Counter(words(reference)), Counter(words(output))
    common = sum((ref & out).values())
    return common / max(1, sum(ref.values())), common / max(1, sum(out.values()))


def with_trafilatura(markup: str) -> str:
    from quizgen.ingest.html import html_to_text

    return html_to_text(markup, "page")[0]


def with_readability(markup: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(markup).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def main_element_text(markup: str) -> str:
    import lxml.html

    tree = lxml.html.fromstring(markup)
    for bad in tree.xpath("//script|//style|//nav"):
        bad.drop_tree()
    found = tree.xpath("//main") or tree.xpath("//article")
    return found[0].text_content() if found else ""


def compare_html(pages: list[Path]) -> None:
    cases = [(DATA / "nasa-shuttles.html", (DATA / "nasa-shuttles.txt").read_text(encoding="utf-8").split("\n\n", 1)[1])]
    for page in pages:
        markup = page.read_text(encoding="utf-8", errors="replace")
        reference = main_element_text(markup)
        if len(words(reference)) >= 100:
            cases.append((page, reference))
    print(f"{'page':44} {'reader':12} {'ms':>6} {'recall':>7} {'precision':>9}  leaks")
    totals: dict[str, list[float]] = {}
    for page, reference in cases:
        markup = page.read_text(encoding="utf-8", errors="replace")
        for name, reader in (("trafilatura", with_trafilatura), ("readability", with_readability)):
            start = time.perf_counter()
            try:
                output = reader(markup)
            except Exception as exc:  # a reader failing on a real page is a finding, not a crash
                output = ""
                print(f"  {name} failed on {page.name}: {exc}")
            ms = (time.perf_counter() - start) * 1000
            recall, precision = scores(reference, output)
            leaks = [leak for leak in LEAKS if leak.lower() in output.lower()] if page.parent == DATA else []
            totals.setdefault(name, []).append((recall, precision))
            print(f"{page.name[:44]:44} {name:12} {ms:6.0f} {recall:7.3f} {precision:9.3f}  {', '.join(leaks)}")
    for name, values in totals.items():
        print(f"mean {name:12} recall {sum(r for r, _ in values) / len(values):.3f} "
              f"precision {sum(p for _, p in values) / len(values):.3f} over {len(values)} pages")


def compare_pdf() -> None:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    from quizgen.ingest.pdf import paragraphs_from_pages, pdf_to_text

    path = DATA / "afghan-robotics.pdf"
    raw = path.read_bytes()
    reference = (DATA / "afghan-robotics.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]

    def pdfminer_text(data: bytes) -> str:
        text = extract_text(io.BytesIO(data), laparams=LAParams())
        pages = [[" ".join(line.split()) for line in page.splitlines()] for page in text.split("\f") if page.strip()]
        return paragraphs_from_pages(pages)

    for name, reader in (("pypdf", lambda data: pdf_to_text(data, path)[0]), ("pdfminer.six", pdfminer_text)):
        start = time.perf_counter()
        output = reader(raw)
        ms = (time.perf_counter() - start) * 1000
        similarity = difflib.SequenceMatcher(None, words(reference), words(output), autojunk=False).ratio()
        print(f"{path.name:24} {name:13} {ms:6.0f} ms  word similarity {similarity:.3f}  "
              f"paragraphs {output.count(chr(10) * 2) + 1} (clean text: {reference.strip().count(chr(10) * 2) + 1})")


if __name__ == "__main__":
    compare_html([Path(p) for p in sys.argv[1:]])
    compare_pdf()
