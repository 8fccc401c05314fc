"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- On every page: each <h1>-<h6> (titles and group headings; none of them is an FAQ entry).
  HTML comments are left out first: w3m/FAQ.html has a question commented out ("w3m freezes
  when I invoke an external browser."), which a reader does not see.
- awstats/awstats_faq.html: its FAQ entries are not <hN> elements and not in any block of their
  own. Each is a bold, underlined line, <b><u>FAQ-COM120 : HOW TO ROTATE MY LOGS ...</u></b><br>,
  followed by <br>-separated answer text. The whole bold text (code, " : " and the upper-case
  question) is the question. One answer (FAQ-SET150/FAQ-SET200) carries two such lines.
- valgrind/faq.html: a DocBook qandaset laid out as tables. Each entry is a
  <tr class="question"> whose first cell holds the number (<b>4.2.</b>) and whose second cell
  holds the question in <b>...</b>, sometimes followed by a <pre> with an example message; the
  answer is the next <tr class="answer">. The question is the bold text of the second cell,
  without the number and without the <pre>.
- w3m/FAQ.html: a <dl> under each <h2> group; each <dt><b>...</b></dt> is a question, its <dd>
  the answer. The question is the whole <dt> text (<q>w3m</q> becomes plain w3m: tags removed)."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"awstats/awstats_faq.html": "utf-8", "valgrind/faq.html": "utf-8",
         "w3m/FAQ.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r"<!--.*?-->", lambda m: " " * len(m.group(0)), text, flags=re.S)  # keeps offsets
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("awstats/"):
        for m in re.finditer(r"<b>\s*<u>(.*?)</u>\s*</b>", text, re.S | re.I):
            out.append((m.start(), "b", clean(m.group(1))))
    elif page.startswith("valgrind/"):
        for m in re.finditer(r'<tr class="question">\s*<td\b[^>]*>.*?</td>\s*<td\b[^>]*>\s*<b>(.*?)</b>',
                             text, re.S | re.I):
            out.append((m.start(), "b", clean(m.group(1))))
    elif page.startswith("w3m/"):
        for m in re.finditer(r"<dt\b[^>]*>(.*?)</dt>", text, re.S | re.I):
            out.append((m.start(), "dt", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
