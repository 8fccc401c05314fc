"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
decoded, whitespace collapsed.
- asymptote/asy-faq.txt: the Asymptote FAQ as plain ASCII text made by bfnn (stored with a ".txt"
  name; shipped as asy-faq.ascii.gz). A centred title ("ASYMPTOTE FREQUENTLY ASKED QUESTIONS",
  listed as "h1"), then blocks parted by separator lines of 79 "=" (between the title block, the
  index and each section) or 79 "-" (before each question). The first non-blank line after a
  separator is a heading: "Index" and the nine "Section N.  Title" lines (listed as "h1" with the
  text as written, number included, whitespace collapsed) or a "Question N.M.  text" line (an FAQ
  entry, listed as "q" without "Question N.M."; never wrapped, so often longer than 79
  characters). The index lines (" QN.M        text", cut after about 70 characters) at the top
  and under each section heading are not headings.
- mesa/faq.rst.txt: Mesa's FAQ as reStructuredText source (stored as faq.rst.txt; shipped as
  faq.rst.gz). Every section title is a line underlined by a line of one punctuation character
  as long as the title: "=" for the document title ("Frequently Asked Questions", listed as
  "h1"), "-" for the four chapters ("N. Title", listed as "h2" with the number) and, mixed, "~"
  or "-" for the FAQ entries ("N.M Title", listed as "q" without the number, with the inline
  literal marks `` removed as a reader of the built page sees it).
- sqlledger/faq.html: SQL-Ledger's FAQ, a hand-written HTML fragment: no DOCTYPE, no <html>,
  <head> or <body> start tags (but "</BODY>" and "</HTML>" end tags at the end). The FAQ entries
  are '<p><li><h4>topic</h4>' items of one <ul> (listed as "q"); after that list one
  <h1> ("SQL-Ledger security", listed as "h1") heads a list of security notes."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"asymptote/asy-faq.txt": "ascii", "mesa/faq.rst.txt": "ascii", "sqlledger/faq.html": "ascii"}

def clean(s):
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

# ---- asymptote/asy-faq.txt ------------------------------------------------------------------
ASY_SEP = re.compile(r"^(=+|-+)$")
ASY_QUESTION = re.compile(r"^Question (\d+)\.(\d+)\.  (\S.*)$")
ASY_SECTION = re.compile(r"^Section (\d+)\.  (\S.*)$")
ASY_INDEX = re.compile(r"^ Q(\d+)\.(\d+) +(\S.*)$")
ASY_INDEX_SECTION = re.compile(r"^ Section (\d+)\.  (\S.*)$")

def asy_parse(text):
    """(kind, number, text, separator char) for the title and for the first non-blank line after
    every separator line, in file order. Raises on a line there that is no known heading."""
    lines = text.split("\n")
    out = [("h1", "", " ".join(lines[0].split()), "")]
    for i, line in enumerate(lines):
        if not ASY_SEP.match(line):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        head = lines[j]
        q, s = ASY_QUESTION.match(head), ASY_SECTION.match(head)
        if q:
            out.append(("q", f"{q.group(1)}.{q.group(2)}", " ".join(q.group(3).split()), line[0]))
        elif s:
            out.append(("h1", s.group(1), " ".join(head.split()), line[0]))
        elif head == "Index":
            out.append(("h1", "", "Index", line[0]))
        else:
            raise ValueError(f"asymptote: line {j + 1} after a separator is no heading: {head!r}")
    return out

def asy_index(text):
    """(number, text) of every index line ("QN.M" and its cut question), in file order."""
    return [(f"{m.group(1)}.{m.group(2)}", m.group(3).rstrip())
            for m in map(ASY_INDEX.match, text.split("\n")) if m]

def asy_headings(text):
    return [(k, t) for k, _, t, _ in asy_parse(text)]

# ---- mesa/faq.rst.txt -------------------------------------------------------------------------
RST_ADORN = re.compile(r"^([=\-~^*+#])\1+$")
MESA_ENTRY = re.compile(r"^(\d+)\.(\d+) (\S.*)$")
MESA_CHAPTER = re.compile(r"^(\d+)\. (\S.*)$")

def rst_text(s):
    """A title as a reader of the built page sees it: `` marks of inline literals removed."""
    return " ".join(s.replace("``", "").split())

def mesa_titles(text):
    """(line number, title line, adornment char, underline length) for every underlined title."""
    lines = text.split("\n")
    out = []
    for i in range(1, len(lines)):
        m = RST_ADORN.match(lines[i])
        if m and lines[i - 1].strip() and not RST_ADORN.match(lines[i - 1]):
            out.append((i, lines[i - 1], m.group(1), len(lines[i])))
    return out

def mesa_parse(text):
    """(kind, number, text, adornment) for every section title, in file order."""
    out = []
    for _, title, ch, _ in mesa_titles(text):
        e, c = MESA_ENTRY.match(title), MESA_CHAPTER.match(title)
        if e:
            out.append(("q", f"{e.group(1)}.{e.group(2)}", rst_text(e.group(3)), ch))
        elif c:
            out.append(("h2", c.group(1), rst_text(title), ch))
        else:
            out.append(("h1", "", rst_text(title), ch))
    return out

def mesa_levels(text):
    """The docutils section level of every title: levels follow the order in which adornment
    styles first appear (here "=" 1, "-" 2, "~" 3)."""
    order = []
    out = []
    for _, title, ch, _ in mesa_titles(text):
        if ch not in order:
            order.append(ch)
        out.append((rst_text(title), order.index(ch) + 1))
    return out

def mesa_headings(text):
    return [(k, t) for k, _, t, _ in mesa_parse(text)]

# ---- sqlledger/faq.html -----------------------------------------------------------------------
SQL_HEADING = re.compile(r"<(h[1-6])\b[^>]*>(.*?)</(h[1-6])\s*>", re.S | re.I)

def sql_parse(text):
    """(kind, tag, text) for every heading tag, in page order: <h4> is an FAQ entry ("q")."""
    out = []
    for m in SQL_HEADING.finditer(text):
        tag = m.group(1).lower()
        out.append(("q" if tag == "h4" else tag, tag, clean(m.group(2))))
    return out

def sql_headings(text):
    return [(k, t) for k, _, t in sql_parse(text)]

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("asymptote/"):
        return asy_headings(text)
    if page.startswith("mesa/"):
        return mesa_headings(text)
    return sql_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
