"""Lists the headings of the ten pages as the queries name them: tags removed, entities decoded,
whitespace collapsed. All pages are Sphinx output; every <h1>-<h6> is listed, in page order.
- Sphinx permalink anchors (<a class="headerlink">...</a>) are left out.
- python-scrapy-doc/faq.html, python-cryptography-doc/faq.html: one <h1> title, the FAQ entries are <h2>.
- python-sqlalchemy-doc/faq/*.html: each page has the site <h1> "SQLAlchemy 1.4 Documentation",
  sidebar <h3>s ("SQLAlchemy 1.4 Documentation", "Frequently Asked Questions"), the page's <h1> topic
  title; the FAQ entries are <h2>; the <h3>s after them are subsections of an entry's answer.
Pages are read from pages/ beside this file if it exists, else from $FAQ_PAGES, else from
/tmp/kb-faq-pages-13 (the default output of fetch_pages.sh)."""
import html, os, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE / "pages" if (HERE / "pages").is_dir() else pathlib.Path(os.environ.get("FAQ_PAGES", "/tmp/kb-faq-pages-13"))
SA = "python-sqlalchemy-doc/faq/"
SA_TOPICS = ["installation", "connections", "metadata_schema", "sqlexpressions", "ormconfiguration",
             "performance", "sessions", "thirdparty"]
PAGES = {"python-scrapy-doc/faq.html": "utf-8", "python-cryptography-doc/faq.html": "utf-8",
         **{f"{SA}{t}.html": "utf-8" for t in SA_TOPICS}}

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
