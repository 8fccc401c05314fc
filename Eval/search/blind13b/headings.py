"""Lists the FAQ headings of the six pages as the queries name them: every <h1>-<h6>, tags removed,
entities decoded, whitespace collapsed, in page order. All six pages are Sphinx output, and each
heading ends with a permalink anchor (<a class="headerlink">&para;</a>), which is left out.
- python-scrapy-doc/faq.html: the questions are <h2>.
- python-dask-doc/faq.html: four <h2> groups; the questions are <h3>, whose text sits in a
  <a class="toc-backref"> link (kept: it is the visible text).
- python-sqlalchemy-doc/faq/*.html: one page per topic; the questions are <h2>, some with <h3>
  sub-questions. The site header and sidebar add <h1>/<h3> "SQLAlchemy 1.4 Documentation" and
  <h3> "Frequently Asked Questions", which are not entries."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"python-scrapy-doc/faq.html": "utf-8", "python-dask-doc/faq.html": "utf-8",
         "python-sqlalchemy-doc/faq/sessions.html": "utf-8",
         "python-sqlalchemy-doc/faq/connections.html": "utf-8",
         "python-sqlalchemy-doc/faq/ormconfiguration.html": "utf-8",
         "python-sqlalchemy-doc/faq/metadata_schema.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', "", text, flags=re.S | re.I)
    return [(m.group(1).lower(), clean(m.group(2)))
            for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
