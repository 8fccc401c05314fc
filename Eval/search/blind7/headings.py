"""Lists the headings of the three pages and picks out their FAQ entries, as the queries name them:
tags removed, entities decoded, whitespace collapsed (this also turns the no-break spaces of
docutils and the thin spaces around NUT's em dashes into plain spaces).
- nut-doc/FAQ.html (DocBook XSL): each entry is an <h2 class="title"> "N. question"; the two
  <h3> "Note" boxes are not entries.
- docutils-doc/FAQ.html (docutils): <h1 class="title"> page title, five <h1> groups "N   Group",
  and each entry an <h2> "N.M   question".
- doxygen-doc/faq.html (doxygen): each entry is an <h1>; the <h3> "Table of Contents" is not one.
The `question` of an entry is its heading text without the section number ("1.1", "57.") that the
page puts in front of it.
Pages are read from $KB_FAQ_PAGES, else /tmp/kb-faq-pages-7 (see fetch_pages.sh)."""
import html, os, re, pathlib

ROOT = pathlib.Path(os.environ.get("KB_FAQ_PAGES", "/tmp/kb-faq-pages-7"))
PAGES = ["nut-doc/FAQ.html", "docutils-doc/FAQ.html", "doxygen-doc/faq.html"]
ENTRY_COUNTS = {"nut-doc/FAQ.html": 57, "docutils-doc/FAQ.html": 40, "doxygen-doc/faq.html": 21}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page, root=None):
    """Every <h1>-<h6> of the page, in order, as (level, text)."""
    text = ((root or ROOT) / page).read_text(encoding="utf-8")
    return [(m.group(1).lower(), clean(m.group(2)))
            for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I)]

def entries(page, root=None):
    """The FAQ entries of the page, in order, as (number, question); number is '' for doxygen."""
    out = []
    for level, h in headings(page, root):
        if page.startswith("nut-doc/"):
            m = re.fullmatch(r"(\d+)\. (.+)", h)
            if level == "h2" and m:
                out.append((m.group(1), m.group(2)))
        elif page.startswith("docutils-doc/"):
            m = re.fullmatch(r"(\d+\.\d+) (.+)", h)
            if level == "h2" and m:
                out.append((m.group(1), m.group(2)))
        elif page.startswith("doxygen-doc/"):
            if level == "h1":
                out.append(("", h))
    return out

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
        print(page, len(entries(page)), "entries")
