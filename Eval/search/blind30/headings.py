"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and Markdown code spans decoded, whitespace collapsed.
- sed/sedfaq.txt: plain text (ASCII), Eric Pement's sed FAQ (a Usenet FAQ). Its three centred
  title lines ("THE SED FAQ", "Frequently Asked Questions about", "sed, the stream editor") are
  listed together as one "title". The Usenet header lines above them and the contents list
  below them ("CONTENTS", then the numbers and titles, in column 0) are not headings. The body
  starts at the first line of 30 hyphens. In the body every line in column 0 is a separator
  (30 hyphens), the closing "[end-of-file]", or a heading: a section ("N. NAME", listed as
  "section" without its number), an FAQ entry ("N.M. question", listed as "q" without its
  number), or a sub-heading inside an entry ("N.M.K. title", "N.M.K.L. title", or a lettered
  "A. title" inside 6.7.3 and 6.7.5, listed as "sub" without its number). A heading goes on over
  the following lines up to the next blank line, indented or not. The indented group labels of
  section 4 ("ONE-CHARACTER QUESTIONS", ...) are not headings.
- xboard/FAQ.html: hand-written XHTML 1.0 Strict (the gnu.org page of XBoard/WinBoard). Every
  <h1>-<h6> (any case: one is written <H2>) is listed by its level, page order, text only; an
  <h3> whose text starts with "[X.N]" is an FAQ entry and is listed as "q" without "[X.N] ".
  The "Detailed contents" list repeats the questions as links, which are not listed.
- sysstat/FAQ.md: Markdown. Every ATX heading ("## ...", "### ...") is listed by its level ("h2",
  "h3"), with its <a name> tag removed. The FAQ entries are not headings: each is a paragraph
  that starts with "N.M.<a name="N_M"></a>"; its text up to the first blank line, code fence or
  "A:" line is listed as "q" without the number. The table of contents (bold links and
  "[N.M.](#N_M) ..." lines) is not listed."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"sed/sedfaq.txt": "ascii", "xboard/FAQ.html": "ascii", "sysstat/FAQ.md": "ascii"}

def clean(s):
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

# ---- sed/sedfaq.txt ---------------------------------------------------------------------
SEP = "-" * 30
SED_SECTION = re.compile(r"^(\d+)\. (\S.*)$")
SED_ENTRY = re.compile(r"^(\d+)\.(\d+)\.\s+(\S.*)$")
SED_SUB = re.compile(r"^(\d+\.\d+(?:\.\d+)+)\.\s+(\S.*)$|^([A-H])\. (\S.*)$")

def sed_split(text):
    lines = text.split("\n")
    return lines, lines.index(SEP)

def sed_parse(text):
    """(kind, number, text) for the title, every section, entry and sub-heading, in page order;
    and the column-0 lines of the body that are none of these (there should be none)."""
    lines, start = sed_split(text)
    title = [l.strip() for l in lines[:start] if l.startswith("        ") and l.strip()]
    title = title[:3]
    out = [("title", "", " ".join(title))]
    stray = []
    i = start
    while i < len(lines):
        line = lines[i]
        e, s, sub = SED_ENTRY.match(line), SED_SECTION.match(line), SED_SUB.match(line)
        if e or sub:
            first = e.group(3) if e else (sub.group(2) or sub.group(4))
            parts, j = [first], i + 1
            while j < len(lines) and lines[j].strip():
                parts.append(lines[j])
                j += 1
            text_ = " ".join(" ".join(parts).split())
            if e:
                out.append(("q", f"{e.group(1)}.{e.group(2)}", text_))
            else:
                out.append(("sub", sub.group(1) or sub.group(3), text_))
            i = j
            continue
        if s:
            out.append(("section", s.group(1), " ".join(s.group(2).split())))
        elif line[:1] not in ("", " ") and line not in (SEP, "[end-of-file]"):
            stray.append(line)
        i += 1
    return out, stray

def sed_toc(text):
    """(number, text) for every two-part number of the contents list (above the body)."""
    lines, start = sed_split(text)
    out = []
    for l in lines[:start]:
        m = re.match(r"^\s*(\d+\.\d+)\.\s+(\S.*)$", l)
        if m:
            out.append((m.group(1), " ".join(m.group(2).split())))
    return out

def sed_entries(text):
    return [(n, t) for k, n, t in sed_parse(text)[0] if k == "q"]

def sed_headings(text):
    return [(k, t) for k, _, t in sed_parse(text)[0]]

# ---- xboard/FAQ.html --------------------------------------------------------------------
HEAD = re.compile(r"<(h[1-6])\b[^>]*>(.*?)</(h[1-6])\s*>", re.S | re.I)
XB_Q = re.compile(r"^\[([A-D])\.(\d+)\]\s*(\S.*)$")

def xboard_parse(text):
    """(level, number, text) for every heading, in page order; level "q" for the entries."""
    out = []
    for m in HEAD.finditer(text):
        level = m.group(1).lower()
        if level != m.group(3).lower():
            raise ValueError(f"xboard: <{m.group(1)}> closed by </{m.group(3)}>")
        t = clean(m.group(2))
        q = XB_Q.match(t)
        if level == "h3" and q:
            out.append(("q", f"{q.group(1)}.{q.group(2)}", q.group(3)))
        else:
            out.append((level, "", t))
    return out

def xboard_anchors(text):
    """(anchor, number) for every entry heading: the <a name> inside each <h3>."""
    out = []
    for m in HEAD.finditer(text):
        a = re.search(r'<a name="([^"]+)">\s*\[([A-D]\.\d+)\]', m.group(2))
        if m.group(1).lower() == "h3" and a:
            out.append((a.group(1), a.group(2)))
    return out

def xboard_toc(text):
    """(href, number, text) for every question link of the "Detailed contents" list."""
    part = text[text.index("<h2>Detailed contents</h2>"):text.index('<h2><a name="tag-A">')]
    out = []
    for m in re.finditer(r'<li><a href="#([^"]+)">\s*\[([A-D]\.\d+)\]\s*(.*?)</a>', part, re.S):
        out.append((m.group(1), m.group(2), clean(m.group(3))))
    return out

def xboard_entries(text):
    return [(n, t) for k, n, t in xboard_parse(text) if k == "q"]

def xboard_headings(text):
    return [(k, t) for k, _, t in xboard_parse(text)]

# ---- sysstat/FAQ.md ---------------------------------------------------------------------
MD_ENTRY = re.compile(r'^(\d+)\.(\d+)\.<a name="(\d+)_(\d+)"></a>\s*(.*)$')
MD_HEAD = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")

def md_inline(s):
    """The text a reader sees: code spans, emphasis and tags removed, whitespace collapsed."""
    s = re.sub(r"`([^`]*)`", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"(?<![A-Za-z0-9])_([^_]+)_(?![A-Za-z0-9])", r"\1", s)
    return clean(s)

def md_parse(text):
    """(kind, number, text) for every ATX heading and every FAQ entry, in page order, and the
    (number, anchor) pair of every entry."""
    lines = text.split("\n")
    out, anchors, fence = [], [], False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            fence = not fence
            i += 1
            continue
        if fence:
            i += 1
            continue
        h = MD_HEAD.match(line)
        e = MD_ENTRY.match(line)
        if h:
            out.append((f"h{len(h.group(1))}", "", md_inline(h.group(2))))
        elif e:
            parts, j = [e.group(5)], i + 1
            while (j < len(lines) and lines[j].strip() and not lines[j].startswith("```")
                   and not lines[j].startswith("A:")):
                parts.append(lines[j])
                j += 1
            num = f"{e.group(1)}.{e.group(2)}"
            out.append(("q", num, md_inline(" ".join(parts))))
            anchors.append((num, f"{e.group(3)}_{e.group(4)}"))
            i = j
            continue
        i += 1
    return out, anchors

def md_toc(text):
    """(number, anchor, text) for every "[N.M.](#N_M) ..." line of the table of contents."""
    return [(m.group(1), m.group(2), md_inline(m.group(3)))
            for m in re.finditer(r"^\[(\d+\.\d+)\.\]\(#(\d+_\d+)\)\s*(.*?)\s*$", text, re.M)]

def md_entries(text):
    return [(n, t) for k, n, t in md_parse(text)[0] if k == "q"]

def md_headings(text):
    return [(k, t) for k, _, t in md_parse(text)[0]]

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("sed/"):
        return sed_headings(text)
    if page.startswith("xboard/"):
        return xboard_headings(text)
    return md_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
