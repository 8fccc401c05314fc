"""Lists the FAQ headings of the two pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- allegro4-doc/faq.html: every <h1>-<h6> (the title, "Contents" and 7 groups), plus its 81 FAQ
  entries, which are not <hN> elements but bold blocks: <div class="al-api"><b><a name="...">
  What is Allegro?</a></b></div>. Some questions run on past the </a> onto a second line inside
  the <b>; the whole bold text is the question, as a reader sees it.
- proftpd-doc/faq.html (DocBook, upper-case tags): every <H1>-<H6> (the title, "Preface", 8
  "Chapter N. ..." headings, and <H3>s: the author's name and bridgeheads inside answers), plus
  its 105 FAQ entries: <DIV CLASS="QUESTION"><P><A NAME="AEN37"></A><B>1. </B>What is ProFTPD?</P>.
  The generated number label (<B>1. </B>, restarting in each chapter) is left out."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
# allegro's page declares iso-8859-1 (its bytes are all ASCII); proftpd's declares nothing and is ASCII
PAGES = {"allegro4-doc/faq.html": "iso-8859-1", "proftpd-doc/faq.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("allegro4-doc/"):
        for m in re.finditer(r'<div class="al-api">\s*<b>(.*?)</b>', text, re.S | re.I):
            out.append((m.start(), "b", clean(m.group(1))))
    if page.startswith("proftpd-doc/"):
        for m in re.finditer(r'<DIV\s+CLASS="QUESTION"\s*>(.*?)</DIV\s*>', text, re.S):
            q = re.sub(r"<B\s*>\s*\d+\.\s*</B\s*>", "", m.group(1), count=1)
            out.append((m.start(), "q", clean(q)))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
