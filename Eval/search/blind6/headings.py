"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- python-celery-doc/faq.html and python-lxml-doc/FAQ.html: every <h1>-<h6>. Celery's (Sphinx)
  headings end with a permalink anchor (<a class="headerlink">&para;</a>), which is left out.
- slurm-wlm-doc/faq.html: the <h1>/<h2> headings, plus its 108 FAQ entries, which are not <hN>
  elements but bold self-anchors that open a paragraph: <p><a id="comp"><b>Why is ...?</b></a><br>.
  The whole bold text is the question, as a reader sees it."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"python-celery-doc/faq.html": "utf-8", "python-lxml-doc/FAQ.html": "utf-8",
         "slurm-wlm-doc/faq.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', "", text, flags=re.S | re.I)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("slurm-wlm-doc/"):
        for m in re.finditer(r'<a\s+id="[^"]+"\s*>\s*<b>(.*?)</b>', text, re.S | re.I):
            out.append((m.start(), "b", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
