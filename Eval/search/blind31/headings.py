"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and Markdown code spans decoded, whitespace collapsed.
- vim/FAQ.txt: plain text (ASCII), the Vim FAQ (Yegappan Lakshmanan). It starts with a Vim
  modeline, an introduction paragraph and an index ("INDEX", then "SECTION N - NAME" lines in
  column 0 and the questions indented by four spaces), which are not headings. The body starts
  at the first line of 77 "=" signs. In the body the answers are in column 0 too, so a line is a
  heading only by its form: a section ("SECTION N - NAME", listed as "section" with its name
  only), or an FAQ entry: a line "N.M. question" in column 0 that follows a blank line (listed
  as "q" without its number). A question goes on over the following lines up to the next blank
  line (its continuation lines are indented). The separators and the closing "Current
  Maintainer" / "Last updated" lines are not headings.
- tightvncserver/faq.html: hand-written HTML without a DOCTYPE (the old AT&T VNC FAQ, edited for
  Debian). Every <h1>-<h6> (any case: most are written <H1>, <H2>) is listed by its level, page
  order, text only. The FAQ entries are not headings: each is a definition-list term
  "<DT> <B>question</B></DT>" (written in capitals), listed as "q" with its text only.
- termshark/FAQ.md: GitHub Markdown. Every ATX heading outside fenced code blocks is listed:
  "# FAQ" as "h1", "## Table of Contents" as "h2", and every other "## ..." heading as an FAQ
  entry ("q"). Fences follow CommonMark: a fence of three or more backticks is closed only by a
  fence of at least as many backticks (the page has four-backtick fences whose content ends in
  three backticks, and a "#!/bin/bash" line inside a fence). The table of contents (a list of
  links) is not listed."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"vim/FAQ.txt": "ascii", "tightvncserver/faq.html": "ascii", "termshark/FAQ.md": "ascii"}

def clean(s):
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

# ---- vim/FAQ.txt ------------------------------------------------------------------------
SEP = "=" * 77
VIM_SECTION = re.compile(r"^SECTION (\d+) - (\S.*)$")
VIM_ENTRY = re.compile(r"^(\d+)\.(\d+)\.\s+(\S.*)$")
VIM_INDEX_ENTRY = re.compile(r"^    (\d+)\.(\d+)\.\s+(\S.*)$")

def vim_split(text):
    lines = text.split("\n")
    return lines, lines.index(SEP)

def vim_parse(text):
    """(kind, number, text) for every section and entry of the body, in page order; and the
    column-0 lines of the body that look like an entry number but follow no blank line."""
    lines, start = vim_split(text)
    out, stray = [], []
    i = start
    while i < len(lines):
        line = lines[i]
        s, e = VIM_SECTION.match(line), VIM_ENTRY.match(line)
        if s:
            out.append(("section", s.group(1), " ".join(s.group(2).split())))
        elif e and lines[i - 1].strip():
            stray.append(line)
        elif e:
            parts, j = [e.group(3)], i + 1
            while j < len(lines) and lines[j].strip():
                parts.append(lines[j])
                j += 1
            out.append(("q", f"{e.group(1)}.{e.group(2)}", " ".join(" ".join(parts).split())))
            i = j
            continue
        i += 1
    return out, stray

def vim_index(text):
    """(kind, number, text) for the index above the body: section lines and indented entries
    (an entry goes on over the following lines indented deeper, up to a blank line or the
    next entry)."""
    lines, start = vim_split(text)
    out, i = [], 0
    while i < start:
        line = lines[i]
        s, e = VIM_SECTION.match(line), VIM_INDEX_ENTRY.match(line)
        if s:
            out.append(("section", s.group(1), " ".join(s.group(2).split())))
        elif e:
            parts, j = [e.group(3)], i + 1
            while (j < start and lines[j].startswith("      ") and lines[j].strip()
                   and not VIM_INDEX_ENTRY.match(lines[j])):
                parts.append(lines[j])
                j += 1
            out.append(("q", f"{e.group(1)}.{e.group(2)}", " ".join(" ".join(parts).split())))
            i = j
            continue
        i += 1
    return out

def vim_entries(text):
    return [(n, t) for k, n, t in vim_parse(text)[0] if k == "q"]

def vim_headings(text):
    return [(k, t) for k, _, t in vim_parse(text)[0]]

# ---- tightvncserver/faq.html ------------------------------------------------------------
HTML_ITEM = re.compile(r"<(h[1-6]|dt)\b[^>]*>(.*?)</(h[1-6]|dt)\s*>", re.S | re.I)

def vnc_parse(text):
    """(level, text) for every heading and every <DT> entry ("q"), in page order."""
    out = []
    for m in HTML_ITEM.finditer(text):
        level = m.group(1).lower()
        if level != m.group(3).lower():
            raise ValueError(f"vnc: <{m.group(1)}> closed by </{m.group(3)}>")
        out.append(("q" if level == "dt" else level, clean(m.group(2))))
    return out

def vnc_sections(text):
    """{section <H2> text: number of <DT> entries after it, up to the next <H2>}."""
    out, cur = {}, None
    for level, t in vnc_parse(text):
        if level == "h2":
            cur = t
            out[cur] = 0
        elif level == "q":
            out[cur] += 1
    return out

def vnc_entries(text):
    return [t for k, t in vnc_parse(text) if k == "q"]

def vnc_headings(text):
    return vnc_parse(text)

# ---- termshark/FAQ.md -------------------------------------------------------------------
MD_HEAD = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")

def md_inline(s):
    """The text a reader sees: code spans, emphasis and tags removed, whitespace collapsed."""
    s = re.sub(r"`([^`]*)`", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"(?<![A-Za-z0-9])_([^_]+)_(?![A-Za-z0-9])", r"\1", s)
    return clean(s)

def md_lines(text):
    """(line, inside_fence) for every line; fence lines themselves count as inside."""
    out, fence = [], None
    for line in text.split("\n"):
        m = FENCE.match(line)
        if fence is None:
            if m:
                fence = m.group(1)
                out.append((line, True))
                continue
            out.append((line, False))
        else:
            out.append((line, True))
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2).strip():
                fence = None
    return out

def md_parse(text):
    """(kind, text) for every ATX heading outside fences, in page order."""
    out = []
    for line, fenced in md_lines(text):
        h = None if fenced else MD_HEAD.match(line)
        if not h:
            continue
        level, t = len(h.group(1)), md_inline(h.group(2))
        if level == 2 and t != "Table of Contents":
            out.append(("q", t))
        else:
            out.append((f"h{level}", t))
    return out

def md_toc(text):
    """(text, anchor) for every "* [text](#anchor)" line of the table of contents."""
    return [(md_inline(m.group(1)), m.group(2))
            for m in re.finditer(r"^\* \[(.*)\]\(#([^)]+)\)\s*$", text, re.M)]

def gh_slug(t):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", t.lower()).replace(" ", "-")

def md_entries(text):
    return [t for k, t in md_parse(text) if k == "q"]

def md_headings(text):
    return md_parse(text)

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("vim/"):
        return vim_headings(text)
    if page.startswith("tightvncserver/"):
        return vnc_headings(text)
    return md_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
