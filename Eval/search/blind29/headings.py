"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
decoded, whitespace collapsed.
- expect/FAQ.txt: plain text (ASCII), the Expect FAQ by Don Libes. Its first line ("Expect FAQ
  (Frequently Asked Questions)") is listed as "title". The list of questions at the top (from
  "Here is the list of questions" to the "* Questions and Answers" banner) is not a heading. In
  the body (after that banner) a column-0 line "**** name ****" is a section, listed as
  "section" without the stars, and a column-0 line "#N. question" is an FAQ entry, listed as
  "q" without "#N. "; the question goes on over the following lines up to the next blank line
  (two questions wrap, one unindented, one indented by a tab). Other column-0 lines that start
  with "#" (a "#!/bin/sh" inside an answer) are not headings.
- httrack/faq.html: a hand-written HTML page (HTML with an XHTML html element, charset
  iso-8859-1, only ASCII bytes). Every closed <h1>-<h6> is listed by its level, page order, with
  <br> read as a space: the <h2> "F A Q" and the five <h3> section names of the list of
  questions at the top (a sixth <h3> near the end of the page is opened and never closed, and
  holds no text but the footer; it is not listed). The FAQ entries are not headings: in the body
  (after the <hr> that ends the list of questions) each is "Q: <strong>question</strong>" (once
  "<strong>Q: question</strong>") followed by "A: <em>answer</em>"; the strong text without
  "Q:" is listed as "q", in page order among the headings. The list of questions at the top
  (<li><a href="#...">) repeats them as links, sometimes worded differently; those are not
  listed.
- javacc/faq.md: Markdown source (UTF-8), the JavaCC FAQ. Every ATX heading outside fenced code
  blocks is listed by its level ("h2", "h3", "h4"), with its <a name="..."></a> anchor removed;
  a "###" heading whose anchor is "question-N.M" is an FAQ entry and is listed as "q"."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"expect/FAQ.txt": "ascii", "httrack/faq.html": "ascii", "javacc/faq.md": "utf-8"}

def clean(s):
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

# ---- expect/FAQ.txt ---------------------------------------------------------------------
EX_SECTION = re.compile(r"^\*\*\*\* (\S.*?) \*\*\*\*\s*$")
EX_ENTRY = re.compile(r"^#(\d+)\. (\S.*)$")
EX_BANNER = "\n*\n* Questions and Answers\n*\n"

def ex_split(text):
    """(list part, body): the list of questions and the questions and answers."""
    i = text.index(EX_BANNER)
    return text[:i], text[i + len(EX_BANNER):]

def ex_items(part):
    """(kind, number, text) for every section and every entry of a part, in order; and the
    column-0 lines starting with "#" or "*" that are neither."""
    lines = part.split("\n")
    out, stray, i = [], [], 0
    while i < len(lines):
        line = lines[i]
        e, s = EX_ENTRY.match(line), EX_SECTION.match(line)
        if e:
            parts, j = [e.group(2)], i + 1
            while j < len(lines) and lines[j].strip():
                parts.append(lines[j])
                j += 1
            out.append(("q", e.group(1), " ".join(" ".join(parts).split())))
            i = j
            continue
        if s:
            out.append(("section", "", " ".join(s.group(1).split())))
        elif line[:1] in ("#", "*"):
            stray.append(line)
        i += 1
    return out, stray

def ex_parse(text):
    head, body = ex_split(text)
    items, stray = ex_items(body)
    title = text.split("\n", 1)[0].strip()
    return [("title", "", title)] + items, stray

def ex_entries(text):
    return [(n, t) for k, n, t in ex_parse(text)[0] if k == "q"]

def ex_list(text):
    """(number, question) for every question of the list at the top (one a line; a line that is
    neither a question, a section nor blank goes on the question above), and its section names."""
    head = ex_split(text)[0]
    head = head[head.index("Here is the list of questions"):]
    qs, sections = [], []
    for line in head.split("\n")[1:]:
        e, s = EX_ENTRY.match(line), EX_SECTION.match(line)
        if e:
            qs.append([e.group(1), e.group(2)])
        elif s:
            sections.append(" ".join(s.group(1).split()))
        elif line.strip() and qs and not line.lstrip().startswith("*"):
            qs[-1][1] += " " + line
    return [(n, " ".join(q.split())) for n, q in qs], sections

# ---- httrack/faq.html -------------------------------------------------------------------
HT_ENTRY = re.compile(r"(?:Q:\s*<strong>|<strong>\s*Q:\s*)(.*?)</strong>", re.S)
HT_TOC = re.compile(r'<li><a href="#([^"]+)">(.*?)</a>', re.S)

def ht_split(text):
    """(list part, body): the <hr> after the list of questions divides them."""
    i = text.index("<hr>")
    return text[:i], text[i:]

def ht_entries(text):
    """(offset, question) for every entry of the body, in page order."""
    head, body = ht_split(text)
    return [(len(head) + m.start(), clean(m.group(1))) for m in HT_ENTRY.finditer(body)]

def ht_toc(text):
    """(anchor, question) for every item of the list of questions at the top."""
    return [(a, clean(q)) for a, q in HT_TOC.findall(ht_split(text)[0])]

def ht_headings(text):
    found = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        found.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    for pos, q in ht_entries(text):
        found.append((pos, "q", q))
    return [(level, t) for _, level, t in sorted(found)]

# ---- javacc/faq.md ----------------------------------------------------------------------
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MD_ANCHOR = re.compile(r'<a name="([^"]*)"></a>')

def md_headings_raw(text):
    """(level, anchor, text) for every ATX heading outside fenced code blocks, in page order."""
    out, fence = [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        m = MD_HEADING.match(line)
        if m:
            a = MD_ANCHOR.search(m.group(2))
            out.append((len(m.group(1)), a.group(1) if a else "", clean(MD_ANCHOR.sub("", m.group(2)))))
    return out

def md_entries(text):
    """(number, question) for every "### <a name="question-N.M"></a>..." heading, in page order."""
    out = []
    for level, anchor, t in md_headings_raw(text):
        m = re.fullmatch(r"question-(\d+\.\d+)", anchor)
        if level == 3 and m:
            out.append((m.group(1), t))
    return out

def md_toc(text):
    """(number, question) for every question link of the contents list."""
    toc = text[:text.index('## <a name="general-information">')]
    return [(n, clean(q)) for q, n in re.findall(r"^\s*\* \[(.*?)\]\(#question-(\d+\.\d+)\)\s*$", toc, re.M)]

def md_headings(text):
    out = []
    for level, anchor, t in md_headings_raw(text):
        if level == 3 and re.fullmatch(r"question-\d+\.\d+", anchor):
            out.append(("q", t))
        else:
            out.append((f"h{level}", t))
    return out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("expect/"):
        return [(k, t) for k, _, t in ex_parse(text)[0]]
    if page.startswith("httrack/"):
        return ht_headings(text)
    return md_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
