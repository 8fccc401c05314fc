"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and escapes decoded, whitespace collapsed.
- libcurl4-doc/FAQ.txt: curl's FAQ, plain text (ASCII). An ASCII-art logo, the line "FAQ" (listed
  as "title"), a table of contents, a line of "=" and then the body. Only the body is listed
  (the table of contents is read by toc()). In the body, a section starts in column 0 with its
  number, a dot and a space ("3. Usage problems"; listed as "section"). A question is a line
  indented by 1 or 2 spaces that starts with a two-part number ("4.12 ", "8.1 "), with a blank
  line before it and after it; it is listed as "q", without its number. The three-part headings
  indented by 4 inside the answer to 4.5 ("4.5.1 "400 Bad Request"") are listed as "sub". A
  wrapped answer line that happens to start with a number ("  4.12 and the SSLCERTS document",
  inside 3.16) has no blank line before it and is not a heading.
- graphicsmagick/FAQ.html: docutils HTML. Every <h1>-<h6> in page order; the page title (<h1
  class="title">) is listed as "title", the questions are plain <h1>s (the <a class="toc-backref">
  link around the text is dropped with the other tags).
- kakoune/faq.asciidoc: AsciiDoc source. "= " is the document title ("title"), "== " a section
  ("section"), "=== " a question ("q"), outside "----" listing blocks. The text is listed as the
  rendered page shows it: the backticks of `monospace` spans are dropped (`tmux` -> tmux); all
  other characters are kept as written (" ?" with its space, <c-w>, %sh{}, ~T~@~U)."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"libcurl4-doc/FAQ.txt": "ascii", "graphicsmagick/FAQ.html": "utf-8",
         "kakoune/faq.asciidoc": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def _curl_split(text):
    lines = text.split("\n")
    sep = next(i for i, l in enumerate(lines) if re.fullmatch(r"={20,}", l))
    return lines, sep

def curl_headings(text):
    lines, sep = _curl_split(text)
    title = next(l.strip() for l in lines[:sep] if l.strip() == "FAQ")
    out = [("title", title)]
    for i in range(sep + 1, len(lines)):
        line = lines[i]
        blank_before = lines[i - 1].strip() == ""
        blank_after = i + 1 < len(lines) and lines[i + 1].strip() == ""
        m = re.match(r"^(\d+)\. (\S.*)$", line)
        if m and blank_before:
            out.append(("section", " ".join(m.group(2).split())))
            continue
        m = re.match(r"^ {1,2}\d+\.\d+ (\S.*)$", line)
        if m and blank_before and blank_after:
            out.append(("q", " ".join(m.group(1).split())))
            continue
        m = re.match(r"^ {4}\d+\.\d+\.\d+ (\S.*)$", line)
        if m and blank_before and blank_after:
            out.append(("sub", " ".join(m.group(1).split())))
    return out

def toc(page="libcurl4-doc/FAQ.txt"):
    """curl's table of contents: (number, text) for each numbered line above the "=" line."""
    lines, sep = _curl_split((ROOT / page).read_text(encoding=PAGES[page]))
    return [(m.group(1), " ".join(m.group(2).split())) for l in lines[:sep]
            for m in [re.match(r"^ {1,3}(\d+(?:\.\d+)+) (\S.*)$", l)] if m]

def curl_numbers(text):
    """the numbers of the body's questions and sub-headings, as headings are found"""
    lines, sep = _curl_split(text)
    out = []
    for i in range(sep + 1, len(lines)):
        m = re.match(r"^ {1,4}(\d+(?:\.\d+)+) \S", lines[i])
        if m and lines[i - 1].strip() == "" and i + 1 < len(lines) and lines[i + 1].strip() == "":
            out.append(m.group(1))
    return out

def gm_headings(text):
    out = []
    for m in re.finditer(r"<(h[1-6])\b([^>]*)>(.*?)</\1\s*>", text, re.S | re.I):
        level = "title" if 'class="title"' in m.group(2) else m.group(1).lower()
        out.append((level, clean(m.group(3))))
    return out

def asciidoc_text(s):
    s = re.sub(r"`([^`]+)`", r"\1", s)
    return " ".join(s.split())

def kak_headings(text):
    out, listing = [], False
    for line in text.split("\n"):
        if re.fullmatch(r"-{4,}", line):
            listing = not listing
            continue
        if listing:
            continue
        m = re.match(r"^(={1,3}) (\S.*)$", line)
        if m:
            level = {1: "title", 2: "section", 3: "q"}[len(m.group(1))]
            out.append((level, asciidoc_text(m.group(2))))
    return out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("libcurl4-doc/"):
        return curl_headings(text)
    if page.startswith("graphicsmagick/"):
        return gm_headings(text)
    return kak_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
