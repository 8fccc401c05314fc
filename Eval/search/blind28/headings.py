"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and formatting codes decoded, whitespace collapsed.
- mc/FAQ.txt: plain text (ASCII), the GNU Midnight Commander FAQ. Its first two lines ("GNU
  Midnight Commander", "Frequently Asked Questions") are listed together as one "title". The
  indented contents list ("* N name", "+ N.M question") is not a heading. In the body every line
  in column 0 is a heading: a section ("N name", listed as "section" without its number; one is
  written "f2 Keyboard", with a stray "f", and is listed as "Keyboard") or an FAQ entry ("N.M
  question", which may go on over the following lines up to the next blank line, indented or
  not), listed as "q" without its number.
- pdl/FAQ.pod: POD source (ASCII), the PDL FAQ. Each "=head1" is listed as "h1"; each "=head2
  Q: N.M question" as "q", without "Q: N.M"; any other "=head2" would be "h2" (there is none).
  Formatting codes (C<...>, I<...>, B<...>, F<...>, L<text|target>, E<gt>/E<lt>) are replaced
  by the text a reader sees. Only a paragraph that starts with "=" in column 0 is a command.
- mcl/mclfaq.html: HTML made by zoem with the aephea macros (HTML 4.01 Transitional, lower-case
  tags). Every <h1>-<h6> is listed by its level, page order, with <br> read as a space (the
  <h3>s are "N<br>section name"). The FAQ entries are not headings: each is a list item of the
  "FAQ" part whose number links back to the TOC (<a class="quiet" href="#toc-...">N.M</a>) and
  whose text starts with the question in <b>...</b>; that bold text is listed as "q", in page
  order among the headings. The TOC repeats the questions as links (<a class="intern">), which
  are not listed."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"mc/FAQ.txt": "ascii", "pdl/FAQ.pod": "ascii", "mcl/mclfaq.html": "ascii"}

def clean(s):
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

# ---- mc/FAQ.txt -------------------------------------------------------------------------
MC_SECTION = re.compile(r"^f?(\d+) (\S.*)$")
MC_ENTRY = re.compile(r"^(\d+)\.(\d+) (\S.*)$")

def mc_body_start(lines):
    """Index of the first line of the body: the first column-0 section line after the title."""
    for i, line in enumerate(lines):
        if i > 1 and MC_SECTION.match(line):
            return i
    raise ValueError("mc/FAQ.txt: no body")

def mc_parse(text):
    """(kind, number, text) for the title, every section and every entry, in page order; and
    the column-0 lines of the body that are none of these (there should be none)."""
    lines = text.split("\n")
    out = [("title", "", " ".join(" ".join(lines[:2]).split()))]
    stray = []
    i = mc_body_start(lines)
    while i < len(lines):
        line = lines[i]
        e = MC_ENTRY.match(line)
        s = MC_SECTION.match(line)
        if e:
            parts, j = [e.group(3)], i + 1
            while j < len(lines) and lines[j].strip():
                parts.append(lines[j])
                j += 1
            out.append(("q", f"{e.group(1)}.{e.group(2)}", " ".join(" ".join(parts).split())))
            i = j
            continue
        if s:
            out.append(("section", s.group(1), " ".join(s.group(2).split())))
        elif line[:1] not in ("", " "):
            stray.append(line)
        i += 1
    return out, stray

def mc_entries(text):
    return [(n, t) for k, n, t in mc_parse(text)[0] if k == "q"]

def mc_headings(text):
    return [(k, t) for k, _, t in mc_parse(text)[0]]

# ---- pdl/FAQ.pod ------------------------------------------------------------------------
def pod_text(s):
    """The text a reader sees for a POD heading: formatting codes resolved."""
    ents = {"gt": ">", "lt": "<", "verbar": "|", "sol": "/"}
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"E<(\w+)>", lambda m: ents.get(m.group(1), m.group(0)), s)
        s = re.sub(r"L<([^<>|]*)\|[^<>]*>", r"\1", s)
        s = re.sub(r"[A-Z]<([^<>]*)>", r"\1", s)
    return " ".join(s.split())

POD_Q = re.compile(r"^Q:\s*(\d+)\.(\d+)\s+(\S.*)$")

def pod_commands(text):
    """(command, paragraph text) for every command paragraph, in page order."""
    out = []
    for para in re.split(r"\n[ \t]*\n", text):
        para = para.strip("\n")
        m = re.match(r"^=(\w+)[ \t]*(.*)$", para, re.S)
        if m:
            out.append((m.group(1), m.group(2)))
    return out

def pdl_entries(text):
    """(number, question) for every "=head2 Q: N.M ..." in page order."""
    out = []
    for cmd, arg in pod_commands(text):
        if cmd == "head2":
            q = POD_Q.match(" ".join(arg.split()))
            if q:
                out.append((f"{q.group(1)}.{q.group(2)}", pod_text(q.group(3))))
    return out

def pdl_headings(text):
    out = []
    for cmd, arg in pod_commands(text):
        m = re.fullmatch(r"head([1-6])", cmd)
        if not m:
            continue
        t = " ".join(arg.split())
        q = POD_Q.match(t)
        if cmd == "head2" and q:
            out.append(("q", pod_text(q.group(3))))
        else:
            out.append((f"h{m.group(1)}", pod_text(t)))
    return out

# ---- mcl/mclfaq.html --------------------------------------------------------------------
MCL_ENTRY = re.compile(
    r'<a name="([^"]+)"></a> <a class="quiet" href="#toc-[^"]+">(\d+)\.(\d+)</a></div></div>\s*'
    r'<div class=" item_text "[^>]*>\s*<b>(.*?)</b>', re.S)
MCL_TOC = re.compile(
    r'<a name="toc-([^"]+)"></a> <a class="intern" href="#([^"]+)"><b>(\d+)\.(\d+)</b></a></div></div>\s*'
    r'<div class=" item_text "[^>]*>\s*<a class="intern" href="#([^"]+)"><b>(.*?)</b></a>', re.S)

def mcl_entries(text):
    """(anchor, number, question) for every FAQ entry of the body, in page order."""
    return [(m.group(1), f"{m.group(2)}.{m.group(3)}", clean(m.group(4))) for m in MCL_ENTRY.finditer(text)]

def mcl_toc(text):
    """(number, question) for every question in the TOC, with its three anchors agreeing."""
    out = []
    for m in MCL_TOC.finditer(text):
        a, b, c = m.group(1), m.group(2), m.group(5)
        out.append((f"{m.group(3)}.{m.group(4)}", clean(m.group(6)), a == b == c))
    return out

def mcl_headings(text):
    found = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        found.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    for m in MCL_ENTRY.finditer(text):
        found.append((m.start(), "q", clean(m.group(4))))
    return [(level, t) for _, level, t in sorted(found)]

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("mc/"):
        return mc_headings(text)
    if page.startswith("pdl/"):
        return pdl_headings(text)
    return mcl_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
