"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and escapes decoded, whitespace collapsed.
- lsof/00FAQ.txt: plain text (ASCII), "Frequently Asked Questions about lsof" (Vic Abell). The
  first non-blank line is the title, listed as "title". A table of contents (from "Table of
  Contents:" to a rule of underscores) lists every numbered heading; it is not listed here (see
  toc_numbers). After that rule, every paragraph that starts in column 0 with a number of the
  form N.N, N.N.N or N.N.N.N followed by white space is a heading; its text may wrap onto
  tab-indented continuation lines, up to the next blank line. A heading followed by text of its
  own (tab-indented answer paragraphs) before the next numbered heading is an FAQ entry, listed
  as "q" without its number; a heading followed directly by another numbered heading (or by the
  end of the file) is a section divider ("1.0 General Concepts", "3.43.2 LTbigf test issues"),
  listed as "section".
- gettext/FAQ.html: every <h1>-<h6> (HTML 4.01 Transitional, UTF-8, inline-styled spans), page
  order.
- lmod/040_FAQ.rst.txt: reStructuredText (ASCII), the Sphinx source of the Lmod FAQ. The title
  (underlined with "=") is listed as "title". Every other paragraph that starts in column 0
  (after a blank line), except explicit markup lines starting with "..", is a question, listed as
  "q" with its ``literal`` and **strong** markup removed; its answer is the indented block that
  follows."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"lsof/00FAQ.txt": "ascii", "gettext/FAQ.html": "utf-8",
         "lmod/040_FAQ.rst.txt": "ascii"}
NUM = re.compile(r"^(\d+(?:\.\d+)+)[ \t]+(\S.*)$")

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def lsof_split(text):
    """(title, table-of-contents lines, body lines): the body starts after the last rule of
    underscores, the contents after "Table of Contents:"."""
    lines = text.split("\n")
    rules = [i for i, l in enumerate(lines) if re.fullmatch(r"_{20,}", l)]
    toc = [i for i, l in enumerate(lines) if l.startswith("Table of Contents:")][0]
    title = next(l for l in lines if l.strip()).strip()
    return title, lines[toc + 1:rules[-1]], lines[rules[-1] + 1:]

def lsof_numbered(lines):
    """[(number, text, has_text)] for the numbered headings of the body."""
    out = []
    i = 0
    while i < len(lines):
        m = NUM.match(lines[i])
        if not m:
            i += 1
            continue
        parts = [m.group(2)]
        j = i + 1
        while j < len(lines) and lines[j].strip():
            parts.append(lines[j].strip())
            j += 1
        k = j
        while k < len(lines) and not lines[k].strip():
            k += 1
        has_text = k < len(lines) and not NUM.match(lines[k])
        out.append((m.group(1), " ".join(" ".join(parts).split()), has_text))
        i = j
    return out

def toc_numbers(text):
    """The numbers of the table of contents, in order (for verify.py)."""
    _, toc, _ = lsof_split(text)
    return [NUM.match(l).group(1) for l in toc if NUM.match(l)]

def lsof_headings(text):
    title, _, body = lsof_split(text)
    return [("title", title)] + [("q" if has else "section", t)
                                 for _, t, has in lsof_numbered(body)]

def html_headings(text):
    return [(m.group(1).lower(), clean(m.group(2)))
            for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I)]

def rst_inline(s):
    s = re.sub(r"``(.+?)``", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    return " ".join(s.split())

def rst_headings(text):
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        starts = line.strip() and not line[0].isspace() and (i == 0 or not lines[i - 1].strip())
        if not starts or line.startswith(".."):
            i += 1
            continue
        if i + 1 < len(lines) and re.fullmatch(r"=+\s*", lines[i + 1]):
            out.append(("title", " ".join(line.split())))
            i += 2
            continue
        parts = []
        while i < len(lines) and lines[i].strip():
            parts.append(lines[i])
            i += 1
        out.append(("q", rst_inline(" ".join(parts))))
    return out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("lsof/"):
        return lsof_headings(text)
    if page.startswith("lmod/"):
        return rst_headings(text)
    return html_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
