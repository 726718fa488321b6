"""Make the sample input files in tests/data/ from the clean texts beside them (all openly licensed
Wikinews and Wikipedia articles; see tests/data/README.md). Run from the repository root:

    python -m tools.make_sample_inputs

The outputs are committed; this script is their provenance. It writes:
    nasa-shuttles.html        a saved news page: navigation, cookie banner, scripts, comments,
                              related articles and a footer around the article
    afghan-robotics.pdf       two A4 pages with a running header, page numbers and words
                              hyphenated at line ends
    toronto-star.docx         Word: title and heading styles, a line break, a table of key facts
    world-cup-day-five.cp1252.txt   the text in Windows-1252 with CRLF line ends
"""

from __future__ import annotations

import html
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FONTS = Path(__file__).resolve().parents[1] / "quizgen" / "export" / "fonts"


def read_clean(name: str) -> tuple[dict[str, str], list[str]]:
    """Header fields and body paragraphs of one of the clean texts."""
    header, _, body = (DATA / name).read_text(encoding="utf-8").partition("\n\n")
    fields = dict(line.split(": ", 1) for line in header.splitlines())
    return fields, [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]


def make_html() -> None:
    fields, paragraphs = read_clean("nasa-shuttles.txt")
    title = html.escape(fields["Title"])
    dateline, paragraphs = paragraphs[0], paragraphs[1:]
    body = "\n".join(f"        <p>{html.escape(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | Space Desk News</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{title}">
  <meta property="og:type" content="article">
  <meta name="author" content="Wikinews contributors">
  <meta property="article:published_time" content="2011-04-13T09:00:00Z">
  <meta name="description" content="NASA marks thirty years since STS-1 and names the museums that will receive its orbiters.">
  <link rel="canonical" href="{html.escape(fields["Source"].split()[0])}">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "{title}", "datePublished": "2011-04-13T09:00:00Z",
    "author": {{"@type": "Organization", "name": "Wikinews contributors"}}}}</script>
  <script>window.dataLayer = window.dataLayer || []; function track(e) {{ dataLayer.push(e); }}
    track({{"event": "pageview", "section": "Science and Space"}});</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">
    <p>We use cookies to improve your experience and to show personalised advertising from our partners
    in Paris and London. By clicking Accept you agree to our cookie policy.</p>
    <button>Accept all</button> <button>Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Space Desk News</a>
    <nav class="main-nav"><ul>
      <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
      <li><a href="/science">Science and Space</a></li><li><a href="/sport">Sport</a></li>
      <li><a href="/subscribe">Subscribe for $1 a week</a></li>
    </ul></nav>
    <form class="search" action="/search"><input name="q" placeholder="Search"></form>
  </header>
  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/science">Science and Space</a></div>
  <main>
    <article class="story">
      <h1>{title}</h1>
      <p class="byline">By Wikinews contributors · <time datetime="2011-04-13">{html.escape(dateline)}</time></p>
      <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
      <div class="story-body">
        <p>{html.escape(dateline)}</p>
{body}
      </div>
      <p class="licence">This article is from Wikinews and is available under the
      <a href="https://creativecommons.org/licenses/by/2.5/">Creative Commons Attribution 2.5</a> licence.</p>
    </article>
    <aside class="related">
      <h2>Related articles</h2>
      <ul>
        <li><a href="/a/1">European Space Agency launches weather satellite from French Guiana</a></li>
        <li><a href="/a/2">Boeing wins contract for 14 new rockets worth $2 billion</a></li>
        <li><a href="/a/3">Astronaut Maria Gonzalez named commander of the 2012 mission</a></li>
      </ul>
    </aside>
    <section id="comments" class="comments">
      <h2>Comments (3)</h2>
      <div class="comment"><p class="author">spacefan88</p>
        <p>I watched the launch from Titusville in 1981 with my father, Robert Hughes, who worked for Lockheed.</p></div>
      <div class="comment"><p class="author">Dana K.</p>
        <p>Houston should have got a shuttle. The decision was political, says Senator Jane Porter of Texas.</p></div>
      <div class="comment"><p class="author">orbital</p>
        <p>Columbia flew 28 missions before it was lost in 2003.</p></div>
      <form class="comment-form"><textarea placeholder="Add a comment"></textarea><button>Post</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <p>© 2011 Space Desk News Ltd, 10 Fleet Street, London. All rights reserved.</p>
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li>
      <li><a href="/contact">Contact</a></li></ul>
  </footer>
  <script src="/static/ads.js"></script>
  <script>document.write('<div class="ad">Buy telescopes from Orion Optics in Denver</div>');</script>
</body>
</html>
"""
    (DATA / "nasa-shuttles.html").write_text(page, encoding="utf-8")


def _hyphenate(word: str) -> tuple[str, str] | None:
    """A split point in a long lowercase word: after a vowel followed by a consonant, near the middle."""
    if len(word) < 8 or not word.isalpha() or not word.islower():
        return None
    middle = len(word) // 2
    for offset in range(0, middle - 2):
        for cut in (middle - offset, middle + offset):
            if 3 <= cut <= len(word) - 3 and word[cut - 1] in "aeiou" and word[cut] not in "aeiou":
                return word[:cut], word[cut:]
    return None


def make_pdf() -> None:
    from fpdf import FPDF

    fields, paragraphs = read_clean("afghan-robotics.txt")
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_title(fields["Title"])
    pdf.set_author("Wikinews contributors")
    pdf.set_subject("CC BY 2.5, Wikinews")
    pdf.set_creation_date(__import__("datetime").datetime(2017, 7, 21, tzinfo=__import__("datetime").UTC))
    pdf.set_auto_page_break(False)
    left, right, top, bottom, line_height = 22, 22, 28, 270, 5.6
    width = 210 - left - right
    page = 0

    def new_page() -> float:
        nonlocal page
        pdf.add_page()
        page += 1
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(left, 12)
        pdf.cell(width, 4, "Wikinews · Science and technology", align="L")
        pdf.set_xy(left, 282)
        pdf.cell(width, 4, f"Page {page} of 2", align="C")
        pdf.set_font("DejaVu", "", 10.5)
        return top

    y = new_page()
    pdf.set_font("DejaVu", "B", 15)
    for line in _wrap(pdf, fields["Title"], width):
        pdf.set_xy(left, y)
        pdf.cell(width, 7, line)
        y += 7.5
    y += 4
    pdf.set_font("DejaVu", "", 10.5)
    for paragraph in paragraphs:
        for line in _wrap(pdf, paragraph, width):
            if y > bottom:
                y = new_page()
            pdf.set_xy(left, y)
            pdf.cell(width, line_height, line)
            y += line_height
        y += line_height * 0.8
    pdf.output(str(DATA / "afghan-robotics.pdf"))


def _wrap(pdf, text: str, width: float) -> list[str]:
    """Greedy line breaking that hyphenates a long word at the line end when it can."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if pdf.get_string_width(candidate) <= width:
            line = candidate
            continue
        split = _hyphenate(word)
        if split and pdf.get_string_width(f"{line} {split[0]}-".strip()) <= width:
            lines.append(f"{line} {split[0]}-".strip())
            line = split[1]
        else:
            lines.append(line)
            line = word
    return lines + ([line] if line else [])


def make_docx() -> None:
    from docx import Document

    fields, paragraphs = read_clean("toronto-star.txt")
    document = Document()
    document.core_properties.title = fields["Title"]
    document.core_properties.author = "Wikipedia contributors"
    document.add_heading(fields["Title"], level=0)
    table = document.add_table(rows=3, cols=2)
    for row, (key, value) in zip(table.rows, (("Type", "Daily newspaper"), ("Format", "Broadsheet"),
                                              ("Headquarters", "One Yonge Street"))):
        row.cells[0].text, row.cells[1].text = key, value
    for index, paragraph in enumerate(paragraphs):
        if index == 2:
            document.add_heading("History", level=1)
        if index == 0:
            # a Word line break (Shift+Enter) between two sentences of the first paragraph
            first, _, rest = paragraph.partition(". ")
            run = document.add_paragraph().add_run(first + ".")
            run.add_break()
            run.add_text(rest)
        else:
            document.add_paragraph(paragraph)
    document.core_properties.created = __import__("datetime").datetime(2020, 1, 1)
    document.core_properties.modified = __import__("datetime").datetime(2020, 1, 1)
    document.save(str(DATA / "toronto-star.docx"))
    from quizgen.export.reproducible import fix_zip_dates

    fix_zip_dates(DATA / "toronto-star.docx")  # the same file from every run


def make_cp1252() -> None:
    text = (DATA / "world-cup-day-five.txt").read_text(encoding="utf-8")
    (DATA / "world-cup-day-five.cp1252.txt").write_bytes(re.sub(r"\n", "\r\n", text).encode("cp1252"))


def make_bad() -> None:
    """tests/data/bad/: one malformed input per error case (and awkward inputs that must work)."""
    from fpdf import FPDF

    bad = DATA / "bad"
    bad.mkdir(exist_ok=True)
    body = (DATA / "afghan-robotics.txt").read_text(encoding="utf-8").split("\n\n", 2)[2]
    files = {
        "empty.txt": b"",
        "whitespace-only.txt": b"  \n\t\n   \r\n",
        "binary.txt": bytes(range(256)) * 8,
        "unsupported.xyz": b"Some text in a file type quizgen does not read.",
        "not-a-pdf.pdf": b"This is text that was named .pdf by mistake.",
        "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without pages\n",
        "not-a-docx.docx": b"Plain text named .docx.",
        "no-facts.txt": b"it was warm and quiet.\n\nthe cat slept on the mat and did not move at all.\n",
        "french.txt": ("Le président de la République a annoncé mardi que le gouvernement allait présenter un projet "
                       "de loi sur la réforme des retraites. Les syndicats ont appelé à une grève générale dans tout "
                       "le pays pour protester contre cette décision, qui doit être votée au Parlement le mois "
                       "prochain selon plusieurs sources proches du dossier à Paris.\n").encode(),
        "all-caps.txt": body.upper().encode(),
        "web-page-saved-as.txt": (DATA / "nasa-shuttles.html").read_bytes(),
        "utf16.txt": (DATA / "afghan-robotics.txt").read_text(encoding="utf-8").encode("utf-16"),
        "control-characters.txt": (b"Title: Control characters\n\nThe team from Kabul\fwon a silver medal in "
                                   b"Washington\von Tuesday.\x1b[1m Roya Mahboob\x1b[0m founded\x07 the team in "
                                   b"2017.\n"),
    }
    for name, data in files.items():
        (bad / name).write_bytes(data)
    scan = FPDF()
    scan.set_creation_date(__import__("datetime").datetime(2017, 7, 21, tzinfo=__import__("datetime").UTC))
    scan.add_page()
    scan.set_fill_color(200, 200, 200)
    scan.rect(20, 20, 170, 250, style="F")  # a page with a picture and no text layer, as a scan has
    scan.output(str(bad / "scanned.pdf"))
    (bad / "empty-folder").mkdir(exist_ok=True)
    (bad / "empty-folder" / "notes.xyz").write_bytes(b"not an article")


if __name__ == "__main__":
    make_bad()
    make_html()
    make_pdf()
    make_docx()
    make_cp1252()
    print("wrote", ", ".join(sorted(p.name for p in DATA.iterdir() if not p.name.endswith(".md"))))
