"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and escapes decoded, whitespace collapsed.
- cvs/FAQ.txt: plain text (ASCII but for one Latin-1 byte, read as Latin-1), the CVS FAQ as cvs
  ships it (a 1997-2004 FAQ-O-Matic dumped to text). Each "  Category: PATH" line is listed as
  "section" (PATH as written, e.g. "/Commands_/add_ad_new/"). An FAQ entry is a line "    N. text"
  (exactly four spaces, a number, a dot, a space), going on over the following non-blank lines
  up to the first blank (whitespace-only) line; it is listed as "q" without its number. Three
  questions are broken by a blank line in the page itself (their ends stand in the answer's
  first paragraph); their "q" text is the part before the blank line, as a reader sees the
  question line.
- mojolicious/FAQ.pod: POD source (ASCII). "=head1 ..." is listed as "head1"; each "=head2 ..."
  as "q"; other levels as "head<level>". POD formatting codes (C<...>, L<...>, E<...> ...) are
  resolved to their text.
- fontforge/faq.html: HTML (UTF-8) made by Sphinx with the alabaster theme. Every <h1>-<h6> is
  listed by its level, without the "¶" permalink; that includes the sidebar's "FontForge" logo
  <h1> and its <h3>s. An FAQ entry is the <dt> of a <dl> that sits directly in a <section> (the
  question is set in <strong>, partly in menu-selection <span>s), or a <p id="faq-..."> holding
  a question in <strong> (two entries are set that way); it is listed as "q". A <dt> of a <dl>
  nested inside an answer (<dd>) is a sub-heading of that answer, listed as "dt"."""
import html, re, pathlib
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"cvs/FAQ.txt": "latin-1", "mojolicious/FAQ.pod": "ascii",
         "fontforge/faq.html": "utf-8"}

def norm(s):
    return " ".join(s.split())

CVS_ENTRY = re.compile(r"^    (\d+)\. (\S.*)$")
CVS_CATEGORY = re.compile(r"^  Category: (\S.*?)\s*$")

def cvs_entries(text):
    """(line number, entry number, question) for every entry, in page order."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = CVS_ENTRY.match(line)
        if not m:
            continue
        parts, j = [m.group(2)], i + 1
        while j < len(lines) and lines[j].strip():
            parts.append(lines[j])
            j += 1
        out.append((i + 1, m.group(1), norm(" ".join(parts))))
    return out

def cvs_headings(text):
    entries = {ln: q for ln, _, q in cvs_entries(text)}
    out = []
    for i, line in enumerate(text.split("\n")):
        m = CVS_CATEGORY.match(line)
        if m:
            out.append(("section", m.group(1)))
        elif i + 1 in entries:
            out.append(("q", entries[i + 1]))
    return out

POD_ESC = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/"}

def pod_text(s):
    """Resolve POD formatting codes, innermost first (single-angle form, as this page uses)."""
    code = re.compile(r"([A-Z])<([^<>]*)>")
    while True:
        m = code.search(s)
        if not m:
            break
        kind, body = m.group(1), m.group(2)
        if kind == "E":
            rep = POD_ESC.get(body, html.unescape(f"&{body};"))
        elif kind == "L":
            rep = body.split("|", 1)[0] if "|" in body else body
        elif kind in "XZ":
            rep = ""
        else:
            rep = body
        s = s[:m.start()] + rep + s[m.end():]
    return norm(s)

def pod_headings(text):
    out, in_pod_verbatim = [], False
    for line in text.split("\n"):
        m = re.match(r"^=head(\d)\s+(.*)$", line)
        if m:
            level = int(m.group(1))
            out.append(("q" if level == 2 else f"head{level}", pod_text(m.group(2))))
    return out

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}

class _FF(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out, self.cur, self.skip = [], [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in VOID:
            return
        if self.cur is None:
            if re.fullmatch(r"h[1-6]", tag):
                self.cur = [tag, [], tag]
            elif tag == "dt":
                # the <dl> this <dt> is in, and what holds that <dl>
                parent = self.stack[-2][0] if len(self.stack) >= 2 else None
                self.cur = ["q" if parent == "section" else "dt", [], tag]
            elif tag == "p" and (a.get("id") or "").startswith("faq-"):
                self.cur = ["pq", [], tag]
        if tag == "a" and "headerlink" in (a.get("class") or "").split():
            self.skip += 1
        self.stack.append((tag, a))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, a = self.stack.pop()
            if t == "a" and "headerlink" in (a.get("class") or "").split():
                self.skip -= 1
            if t == tag:
                break
        if self.cur is not None and tag == self.cur[2]:
            level, parts, _ = self.cur
            self.cur = None
            text = norm("".join(parts))
            if level == "pq":
                # a question set as a paragraph: <p id="faq-..."><strong>...</strong></p>
                if text:
                    self.out.append(("q", text))
            else:
                self.out.append((level, text))

    def handle_data(self, data):
        if self.cur is not None and not self.skip:
            self.cur[1].append(data)

def html_headings(text):
    p = _FF()
    p.feed(text)
    p.close()
    return p.out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("cvs/"):
        return cvs_headings(text)
    if page.startswith("mojolicious/"):
        return pod_headings(text)
    return html_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
