"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
decoded, whitespace collapsed.
- emacs/efaq.txt: the GNU Emacs FAQ as an Info file (makeinfo 6.8 output, UTF-8, stored with a
  ".txt" name). The file is a preamble, then nodes, each starting after a 0x1F byte with a line
  "File: efaq.info,  Node: NAME,  Next: ...,  Up: ...", then the tag table ("Tag Table:" and a
  "Node: NAME<0x7F>offset" line per node) and a "Local Variables" block. Every node but the
  preamble opens with one heading underlined in full by a line of one character: "*" for the
  title ("The GNU Emacs FAQ", node Top), the 11 numbered chapters ("N Title") and "Concept
  Index" (listed as "h1" with the text as written, number included), "=" for the FAQ entries
  ("N.M Title", listed as "q" without the number). Node names ("Basic keys") are not headings,
  nor are the menus ("* Menu:", "* Node name::") or the index entries of the Concept Index
  (which holds the Info index cookie: NUL, backspace, "[index", NUL, backspace, "]").
- libsvm/FAQ.html: the LIBSVM FAQ, one HTML page made by a script (no DOCTYPE, CRLF and LF line
  ends mixed). Its only heading tag is the <h1> ("LIBSVM FAQ", listed as "h1"). The FAQ entries
  are not headings: each is a bold anchor '<a name="fNNN"><b>Q: question</b></a>', listed as "q"
  with its text less the "Q: " label. The list of questions at the top (<li
  class="headlines_item"> links) and the category anchors ('<a name="/Q04:_Training_and_
  prediction"></a>', repeated before every entry) are not listed.
- aflplusplus/FAQ.md: GitHub Markdown. Every ATX heading outside fenced code blocks is listed by
  its level: "# Frequently asked questions (FAQ)" as "h1", the four category headings ("##
  General", ...) as "h2". The FAQ entries are not Markdown headings: each is a raw HTML block
  "<details>" whose first line is '<summary id="...">question</summary><p>', listed as "q" with
  the summary's text. Fences follow CommonMark (here they are indented by two spaces, inside the
  <details> blocks; one holds a line of "*" signs)."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"emacs/efaq.txt": "utf-8", "libsvm/FAQ.html": "ascii", "aflplusplus/FAQ.md": "utf-8"}

def clean(s):
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

# ---- emacs/efaq.txt ---------------------------------------------------------------------
NODE_LINE = re.compile(r"^File: efaq\.info,  Node: ([^,]+),")
EMACS_ENTRY = re.compile(r"^(\d+)\.(\d+) (\S.*)$")
EMACS_CHAPTER = re.compile(r"^(\d+) (\S.*)$")

def emacs_nodes(text):
    """(node name, lines of the node after its "File:" line) for every node, in file order."""
    out = []
    for part in text.split("\x1f")[1:]:
        lines = part.split("\n")
        m = NODE_LINE.match(lines[1]) if len(lines) > 1 else None
        if m:
            out.append((m.group(1), lines[2:]))
    return out

def emacs_parse(text):
    """(kind, number, text, node) for every node's heading: the first non-blank line of the node,
    underlined by the next line ("*" for h1, "=" for an entry). Raises if a node has none."""
    out = []
    for name, lines in emacs_nodes(text):
        i = 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        head, under = lines[i], lines[i + 1]
        if not under or len(set(under)) != 1 or under[0] not in "*=" or len(under) != len(head):
            raise ValueError(f"emacs: node {name!r} has no underlined heading")
        if under[0] == "=":
            m = EMACS_ENTRY.match(head)
            if not m:
                raise ValueError(f"emacs: entry heading without a number: {head!r}")
            out.append(("q", f"{m.group(1)}.{m.group(2)}", " ".join(m.group(3).split()), name))
        else:
            m = EMACS_CHAPTER.match(head)
            out.append(("h1", m.group(1) if m else "", " ".join(head.split()), name))
    return out

def emacs_underlined(text):
    """Every line of the whole file that is underlined in full by a line of "*", "=" or "-"."""
    lines = text.split("\n")
    return [lines[i - 1] for i in range(1, len(lines))
            if lines[i] and len(set(lines[i])) == 1 and lines[i][0] in "*=-"
            and len(lines[i]) >= 3 and lines[i - 1].strip() and len(lines[i]) == len(lines[i - 1])]

def emacs_entries(text):
    return [t for k, _, t, _ in emacs_parse(text) if k == "q"]

def emacs_headings(text):
    return [(k, t) for k, _, t, _ in emacs_parse(text)]

# ---- libsvm/FAQ.html --------------------------------------------------------------------
SVM_ENTRY = re.compile(r'<a name="([^"]+)"><b>Q:(.*?)</b></a>', re.S)
SVM_CATEGORY = re.compile(r'<a name="/(Q\d\d:_[^"]*)"></a>')
SVM_HEADLINE = re.compile(r'<li class="headlines_item"><a href="#([^"]+)">(.*?)</a></li>', re.S)
SVM_HEADING = re.compile(r"<(h[1-6])\b[^>]*>(.*?)</(h[1-6])\s*>", re.S | re.I)

def svm_parse(text):
    """(kind, anchor, text) for every heading tag and every entry, in page order."""
    items = [(m.start(), m.group(1).lower(), "", clean(m.group(2))) for m in SVM_HEADING.finditer(text)]
    items += [(m.start(), "q", m.group(1), clean(m.group(2))) for m in SVM_ENTRY.finditer(text)]
    return [(k, a, t) for _, k, a, t in sorted(items)]

def svm_categories(text):
    """[(category anchor, anchor of the entry that follows it)], in page order."""
    out = []
    for m in SVM_CATEGORY.finditer(text):
        e = SVM_ENTRY.search(text, m.end())
        out.append((m.group(1), e.group(1) if e else None))
    return out

def svm_headlines(text):
    return [(a, clean(t)) for a, t in SVM_HEADLINE.findall(text)]

def svm_entries(text):
    return [t for k, _, t in svm_parse(text) if k == "q"]

def svm_headings(text):
    return [(k, t) for k, _, t in svm_parse(text)]

# ---- aflplusplus/FAQ.md -----------------------------------------------------------------
MD_HEAD = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
SUMMARY = re.compile(r'^\s*<summary id="([^"]+)">(.*?)</summary><p>\s*$')

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
    """(kind, id, text) for every ATX heading and every <summary> line outside fences."""
    out = []
    for line, fenced in md_lines(text):
        if fenced:
            continue
        h, s = MD_HEAD.match(line), SUMMARY.match(line)
        if h:
            out.append((f"h{len(h.group(1))}", "", clean(h.group(2))))
        elif s:
            out.append(("q", s.group(1), clean(s.group(2))))
    return out

def md_entries(text):
    return [t for k, _, t in md_parse(text) if k == "q"]

def md_headings(text):
    return [(k, t) for k, _, t in md_parse(text)]

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("emacs/"):
        return emacs_headings(text)
    if page.startswith("libsvm/"):
        return svm_headings(text)
    return md_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
