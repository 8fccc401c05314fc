"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed (the text a reader sees).
- nano/faq.html and bogofilter-common/bogofilter-faq.html: every <h1>-<h6>.
  nano's entries are numbered <h3>s that open with an empty anchor, <h3><a name="4.7"></a>4.7. When
  I paste ...</h3>; the number ("4.7. ") is part of the heading text a reader sees and is kept.
- dar-docs/FAQ.html: the <h1>/<h2> headings, plus its 45 FAQ entries, which are not <hN> elements
  but bold named anchors: <a name="A2" id="A2"><b>Dar hangs when using it with pipes, why?</b></a><br/>.
  The whole bold text is the question, as a reader sees it.
Pages are read from $KB_FAQ_PAGES if set, else from ./pages if it exists, else from
/tmp/kb-faq-pages-12 (the default folder of fetch_pages.sh)."""
import html, os, re, pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(os.environ.get("KB_FAQ_PAGES")
                    or (HERE / "pages" if (HERE / "pages").is_dir() else "/tmp/kb-faq-pages-12"))
# all three files are pure ASCII; the two that declare a charset in <meta> say:
PAGES = {"nano/faq.html": "utf-8",                            # declares UTF-8
         "bogofilter-common/bogofilter-faq.html": "iso-8859-1",  # declares ISO-8859-1
         "dar-docs/FAQ.html": "iso-8859-1"}                   # declares ISO-8859-1

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("dar-docs/"):
        for m in re.finditer(r'<a\s+name="[^"]+"[^>]*>\s*<b>(.*?)</b>', text, re.S | re.I):
            out.append((m.start(), "b", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
