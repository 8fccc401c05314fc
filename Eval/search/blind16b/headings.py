"""Lists the FAQ headings of the three pages as the queries name them: HTML comments dropped, tags
removed, entities decoded, whitespace collapsed.
- nano/faq.html: every <h1>-<h6>. The 39 questions are numbered <h3>s ("3.3. Why does ...?") under
  numbered <h1> groups; the table of contents at the top is made of <h3>s too (its group links).
- privoxy/trouble.html: every <H1>-<H6> (DocBook DSSSL output: upper-case tags, line breaks inside
  tags and headings). The 26 questions are numbered <H3 CLASS="SECT2"> ("5.12. When I try ...").
- w3m/FAQ.html: the <h1>/<h2> headings, plus its 26 FAQ entries, which are not <hN> elements but
  <dt><b>question</b></dt> items of <dl> lists. One more <dt> entry sits inside an HTML comment
  (deleted upstream) and is not listed. <q> quotation elements add no characters to the text."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"nano/faq.html": "utf-8", "privoxy/trouble.html": "iso-8859-1", "w3m/FAQ.html": "ascii"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("w3m/"):
        for m in re.finditer(r"<dt\b[^>]*>(.*?)</dt\s*>", text, re.S | re.I):
            out.append((m.start(), "dt", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
