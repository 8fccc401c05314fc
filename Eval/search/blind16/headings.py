"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- xfig-doc/faq.html: every <h1>-<h6>. Old HTML 3.2: each entry is an <h3> inside an <ol><li>,
  whose text sits in a <a name="..."> anchor that is sometimes left unclosed; the heading ends at </h3>.
- getmail6/faq.html: every <h1>-<h6> (XHTML with id attributes). Entries are <h3>s and some <h4>s.
- swish-e/swish-faq.html: every <h1>-<h6> (pod2html in the swish-e site template). Each heading
  opens with an empty anchor <a name="..."></a>, and long headings wrap onto a second line."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"xfig-doc/faq.html": "ascii", "getmail6/faq.html": "iso-8859-1",
         "swish-e/swish-faq.html": "iso-8859-1"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
