"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- r-doc-html/R-FAQ.html and apache2-doc/ssl_faq.html: every <h1>-<h6>. Apache's <h2> section
  headings end with a permalink anchor (<a class="permalink">&para;</a>), which is left out.
- graphviz-doc/FAQ.html: the <h1>/<h2> headings, plus its 48 FAQ entries, which are not <hN>
  elements but bold paragraphs that open with "<B>Q" ("Q1. ...", "Q. ...", "Q16b. ...").
  The whole bold text is the question, label included, as a reader sees it."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"r-doc-html/R-FAQ.html": "utf-8", "graphviz-doc/FAQ.html": "utf-8",
         "apache2-doc/ssl_faq.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r'<a\b[^>]*class="permalink"[^>]*>.*?</a>', "", text, flags=re.S | re.I)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("graphviz-doc/"):
        for m in re.finditer(r"<B>(Q.*?)</B>", text, re.S | re.I):
            out.append((m.start(), "b", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
