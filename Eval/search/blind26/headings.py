"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and escapes decoded, whitespace collapsed.
- wmaker/FAQ.txt: plain text (ASCII), the Window Maker FAQ. The title line (underlined with "=")
  is listed as "title"; the "Summary of Contents:" line as "part" (the indented contents list
  under it is not a heading); each section name standing alone between two "-=-=-" rules
  ("Introduction:", ...) as "section", without its colon. An FAQ entry starts in column 0 with
  its number ("N.M " or "N.M. "), may go on over indented lines, and is underlined with a line of
  dashes (one underline ends in "]"); it is listed as "q" without its number.
- rdiff-backup/FAQ.adoc: AsciiDoc source (ASCII). The document title ("= ...") is listed as
  "title", with the attribute reference {page-name} replaced by the value set in the header; each
  level-1 section title ("== ...") as "q"; titles of other levels as "h<level+1>". Lines inside
  delimited blocks ("----", "....", "====", "****", "____", "++++", "////") are not headings. In a
  title, the backticks of AsciiDoc's quote marks ("`...`") are removed, keeping the straight
  quotes of the source.
- sylpheed/sylpheed-faq-2.html: every <h1>-<h6> (SGML-Tools 1.0.9 HTML 3.2, upper-case tags),
  page order. An <H2> of the form "2.N QNN question" is an FAQ entry, listed as "q" without
  "2.N QNN"; any other heading (the chapter title) is listed by its level ("h2")."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"wmaker/FAQ.txt": "ascii", "rdiff-backup/FAQ.adoc": "ascii",
         "sylpheed/sylpheed-faq-2.html": "ascii"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

WM_ENTRY = re.compile(r"^(\d+)\.(\d+)\.?[ \t]+(\S.*)$")
WM_UNDERLINE = re.compile(r"^-{5,}\]?[ \t]*$")
WM_RULE = re.compile(r"^(-=)+-?[ \t]*$")

def wmaker_entries(text):
    """(number, question) for every entry, in page order."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = WM_ENTRY.match(line)
        if not m:
            continue
        parts, j = [m.group(3)], i + 1
        while j < len(lines) and lines[j][:1] in (" ", "\t") and lines[j].strip():
            parts.append(lines[j])
            j += 1
        if j < len(lines) and WM_UNDERLINE.match(lines[j]):
            out.append((f"{m.group(1)}.{m.group(2)}", " ".join(" ".join(parts).split())))
    return out

def wmaker_headings(text):
    lines = text.split("\n")
    out = []
    entries = iter(wmaker_entries(text))
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = lines[i - 1] if i else ""
        if not out and line.strip() and re.fullmatch(r"=+\s*", nxt):
            out.append(("title", " ".join(line.split())))
        elif line.strip() == "Summary of Contents:":
            out.append(("part", "Summary of Contents"))
        elif WM_RULE.match(prev) and WM_RULE.match(nxt) and line.strip().endswith(":"):
            out.append(("section", " ".join(line.strip()[:-1].split())))
        elif WM_ENTRY.match(line):
            j = i + 1
            while j < len(lines) and lines[j][:1] in (" ", "\t") and lines[j].strip():
                j += 1
            if j < len(lines) and WM_UNDERLINE.match(lines[j]):
                out.append(("q", next(entries)[1]))
    return out

ADOC_DELIMS = re.compile(r"^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,})\s*$")

def adoc_headings(text):
    lines = text.split("\n")
    attrs = {}
    for line in lines:
        if not line.strip():
            break
        m = re.match(r"^:([\w-]+):\s*(.*)$", line)
        if m:
            attrs[m.group(1)] = m.group(2)
    out, delim = [], None
    for line in lines:
        d = ADOC_DELIMS.match(line)
        if d:
            if delim is None:
                delim = d.group(1)
            elif d.group(1) == delim:
                delim = None
            continue
        if delim is not None:
            continue
        m = re.match(r"^(=+)[ \t]+(\S.*?)[ \t]*$", line)
        if not m:
            continue
        t = re.sub(r"\{([\w-]+)\}", lambda a: attrs.get(a.group(1), a.group(0)), m.group(2))
        t = re.sub(r'"`(.*?)`"', r'"\1"', t)
        t = " ".join(t.split())
        level = len(m.group(1)) - 1
        out.append(("title" if level == 0 else "q" if level == 1 else f"h{level + 1}", t))
    return out

SYL_ENTRY = re.compile(r"^\d+\.\d+ Q\d+\s+(.*)$")

def html_headings(text):
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        t = clean(m.group(2))
        e = SYL_ENTRY.match(t)
        out.append(("q", e.group(1)) if e else (m.group(1).lower(), t))
    return out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("wmaker/"):
        return wmaker_headings(text)
    if page.startswith("rdiff-backup/"):
        return adoc_headings(text)
    return html_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
