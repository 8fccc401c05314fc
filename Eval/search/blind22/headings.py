"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and escapes decoded, whitespace collapsed.
- mdadm/FAQ.txt: plain text (UTF-8), setext-style. The first line is listed as "title" (it is
  underlined with "="). Each question starts in column 0 with its number, a dot and a space
  ("0. ", "4b. ", "26. "), may wrap onto lines indented by 4 spaces, and is underlined by a line
  of "~" in column 0; it is listed as "q", without its number, its lines joined with one space.
  The headings inside answers (indented by 2, underlined with "~" or "'" indented by 2) are
  listed as "sub".
- perl-doc/perlunifaq.1: a man page (roff source, pod2man output). The NAME line is listed as
  "title". Each .SH is listed as "sh" and each .SS as "ss" (where pod2man wrote an
  ".ie n .SS" / ".el .SS" pair, the "n" line is used: the text `man` shows in a terminal, with
  straight double quotes). Escapes are decoded (\\s-1 ... \\s0, \\f(CW, \\fR, \\*(C`, \\*(L", \\-,
  \\&, ...). The italic paragraph lines that pod2man marked with ".IX Subsection" inside an
  answer are listed as "sub".
- python-pymongo-doc/faq.html: every <h1>-<h6> (Sphinx, pydoctheme; the permalink
  <a class="headerlink"> "¶" is dropped). Page order."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"mdadm/FAQ.txt": "utf-8", "perl-doc/perlunifaq.1": "ascii",
         "python-pymongo-doc/faq.html": "utf-8"}

def clean(s):
    s = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", s, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def mdadm_headings(text):
    lines = text.split("\n")
    out = [("title", " ".join(lines[0].split()))]
    i = 1
    while i < len(lines):
        m = re.match(r"^\d+b?\. (\S.*)$", lines[i])
        if m:
            parts, j = [m.group(1)], i + 1
            while j < len(lines) and re.match(r"^    \S", lines[j]):  # wrapped question
                parts.append(lines[j])
                j += 1
            if j < len(lines) and re.fullmatch(r"~{5,}", lines[j]):
                out.append(("q", " ".join(" ".join(parts).split())))
                i = j + 1
                continue
        m = re.match(r"^  (\S.*)$", lines[i])
        if m and i + 1 < len(lines) and re.fullmatch(r"  (~{5,}|'{5,})", lines[i + 1]):
            out.append(("sub", " ".join(m.group(1).split())))
        i += 1
    return out

def roff_text(s):
    s = s.strip()
    if s.startswith('"') and s.endswith('"') and len(s) >= 2:
        s = s[1:-1].replace('""', '"')
    s = re.sub(r"\\s[-+]?\d", "", s)
    s = re.sub(r"\\f(\(..|\[[^]]*\]|.)", "", s)
    s = re.sub(r'\\\*\(C[`\']', "", s)
    s = re.sub(r'\\\*\([LR]"', '"', s)
    s = s.replace("\\*(Aq", "'").replace("\\-", "-").replace("\\&", "").replace("\\e", "\\")
    return " ".join(s.split())

def man_headings(text):
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = re.match(r"^(?:\.ie n )?\.(SH|SS) (.*)$", line)
        if m:
            text_ = roff_text(m.group(2))
            if m.group(1) == "SH" and text_ == "NAME" and i + 1 < len(lines):
                out.append(("title", roff_text(lines[i + 1])))
            out.append((m.group(1).lower(), text_))
        elif re.match(r"^\\fI.*\\fR$", line) and i + 1 < len(lines) \
                and lines[i + 1].startswith(".IX Subsection"):
            out.append(("sub", roff_text(line)))
    return out

def html_headings(text):
    return [(m.group(1).lower(), clean(m.group(2)))
            for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I)]

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("mdadm/"):
        return mdadm_headings(text)
    if page.startswith("perl-doc/"):
        return man_headings(text)
    return html_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
