"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- rxvt-unicode/README.FAQ.txt: plain text (pod2text output), structured by indentation only.
  The first line is listed as "title"; each line indented by exactly 2 spaces is a group
  heading ("group"); each line indented by exactly 3 spaces is a question ("q"). A question may
  wrap onto lines that start in column 0; those are joined with one space. Answers are indented
  by 4 or more spaces.
- slrn/FAQ.txt: plain text (SGML-Tools/linuxdoc output). The first non-blank line is listed as
  "title". The table of contents ("  1. ...", "     1.1 ...": no dot or one space after the
  number) is skipped; each body heading ("  N.  ", "  N.M.  " or "  N.M.K.  ": number, dot,
  two spaces) is listed as "s1", "s2" or "s3" by its depth, without its number, its wrapped
  lines (up to the blank line) joined with one space. Where the formatter broke a word across
  two lines with a hyphen ("expres-" / "sions?"), the word is joined again ("expressions?"), as
  the table of contents spells it.
- python-pexpect-doc/FAQ.html: every <h1>-<h6> (Sphinx, classic theme; the permalink
  <a class="headerlink"> "¶" is dropped) and, listed as "q", every question paragraph
  <p ...><strong>Q: ...</strong></p>, without its "Q: " label. Page order."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"rxvt-unicode/README.FAQ.txt": "ascii", "slrn/FAQ.txt": "ascii",
         "python-pexpect-doc/FAQ.html": "utf-8"}

def clean(s):
    s = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", s, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def urxvt_headings(text):
    lines = text.split("\n")
    out = [("title", " ".join(lines[0].split()))]
    i = 1
    while i < len(lines):
        line = lines[i]
        if re.match(r"^  \S", line):
            out.append(("group", " ".join(line.split())))
        elif re.match(r"^   \S", line):
            parts = [line]
            while i + 1 < len(lines) and re.match(r"^\S", lines[i + 1]):  # wrapped to column 0
                i += 1
                parts.append(lines[i])
            out.append(("q", " ".join(" ".join(parts).split())))
        i += 1
    return out

def slrn_headings(text):
    lines = text.split("\n")
    out = [("title", " ".join(next(l for l in lines if l.strip()).split()))]
    i = 0
    while i < len(lines):
        m = re.match(r"^  (\d+(?:\.\d+)*)\.  (\S.*)$", lines[i])
        if not m:
            i += 1
            continue
        head = m.group(2).strip()
        i += 1
        while i < len(lines) and lines[i].strip():  # wrapped lines, up to the blank line
            nxt = lines[i].strip()
            if re.search(r"[a-z]-$", head) and re.match(r"[a-z]", nxt):
                head = head[:-1] + nxt  # a word the formatter hyphenated
            else:
                head = head + " " + nxt
            i += 1
        out.append((f"s{m.group(1).count('.') + 1}", " ".join(head.split())))
    return out

def html_headings(text):
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    for m in re.finditer(r"<p\b[^>]*>\s*<strong>\s*Q:\s*(.*?)</strong>\s*</p>", text, re.S):
        out.append((m.start(), "q", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("rxvt-unicode/"):
        return urxvt_headings(text)
    if page.startswith("slrn/"):
        return slrn_headings(text)
    return html_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
