"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- zlib1g-dev/FAQ.txt: plain text. The title line is listed as "title"; each numbered question
  ("N. text" at the start of a line, N right-aligned in two columns) is listed as "q", its
  wrapped continuation lines joined with one space and the "N. " number left out.
- mksh/FAQ.htm: every <h1>-<h6> (XHTML; each <h2> holds a self-link <a href="#id">).
- snakemake-doc/faq.html: every <h1>-<h6> (Sphinx, Read the Docs theme). Each heading holds a
  back-link to the contents and a permalink <a class="headerlink"> whose only text is an icon
  glyph (U+F0C1); the permalink is dropped."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"zlib1g-dev/FAQ.txt": "ascii", "mksh/FAQ.htm": "utf-8",
         "snakemake-doc/faq.html": "utf-8"}

def clean(s):
    s = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", s, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def text_headings(text):
    out, lines, i = [], text.split("\n"), 0
    title = next(l for l in lines if l.strip())
    out.append(("title", " ".join(title.split())))
    while i < len(lines):
        m = re.match(r"^ ?\d{1,2}\. (\S.*)$", lines[i])
        if not m:
            i += 1
            continue
        parts = [m.group(1)]
        i += 1
        while i < len(lines) and lines[i].strip():  # continuation lines, up to the blank line
            parts.append(lines[i])
            i += 1
        out.append(("q", " ".join(" ".join(parts).split())))
    return out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.endswith(".txt"):
        return text_headings(text)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
