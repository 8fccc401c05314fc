"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- putty-doc/AppendixA.html (Halibut): every <h1>-<h6>. The text keeps its number ("A.6.3 How can
  I make PuTTY start up maximised?"), as the reader sees it; the <a name> anchors inside are empty.
- shorewall-doc/FAQ.htm (DocBook XSL): every <h1>-<h6>. Entries are <h3> and <h4>, most of them
  starting with "(FAQ n)", which is kept. Admonition boxes (Note, Warning, Important, Caution) and
  the author block are <h3>s too; verify.py leaves them out when it counts entries.
- python-psycopg2-doc/faq.html (Sphinx): the <h1>/<h2> headings (the "¶" permalink anchor left out)
  and the sidebar <h3>s, plus its 24 FAQ entries, which are not <hN> elements but the <dt> of a
  one-item <dl class="faq"> or <dl class="simple faq">."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"putty-doc/AppendixA.html": "ascii", "shorewall-doc/FAQ.htm": "utf-8",
         "python-psycopg2-doc/faq.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', "", text, flags=re.S | re.I)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("python-psycopg2-doc/"):
        for m in re.finditer(r'<dl\s+class="(?:simple )?faq"[^>]*>\s*<dt>(.*?)</dt>', text, re.S | re.I):
            out.append((m.start(), "dt", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
