"""Lists the FAQ headings of the page as the queries name them: tags removed, entities decoded,
whitespace collapsed.
- fetchmail/fetchmail-FAQ.html (hand-written XHTML 1.0, fetchmail 6.4.37): every <h1>-<h6>, in page
  order. The 119 FAQ entries are <h2> elements that wrap a numbered self-anchor,
  <h2><a id="G1" name="G1">G1. What is fetchmail and why should I bother?</a></h2>; ten of them
  (obsolete entries) also wrap the text in <strike>, and X4 is split over two anchors
  (<a id="X4">X4.</a> <a id="generic_mangling">My mail is ...</a>). The question is the whole
  heading text as a reader sees it, number label included ("G1. What is ...").
- HTML comments are removed first: the comment at the top of the file says "Be sure that <h1> tags
  are in the leftmost column ...", and a naive <h1> match would start inside it."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"fetchmail/fetchmail-FAQ.html": "iso-8859-1"}  # declared in the XML declaration; bytes are ASCII

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
