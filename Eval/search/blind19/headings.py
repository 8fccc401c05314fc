"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- chrony/FAQ.txt: plain text (a text rendering of chrony's faq.adoc, with a contents list at the
  top). The title line is listed as "title"; each group heading ("N. text", one line) as "g";
  each numbered question ("N.M. text") as "q", its wrapped continuation lines joined with one
  space and the "N.M. " number left out. Group and question lines count only where they start a
  paragraph (the line before is blank): a wrapped answer line "323. You need to amend ..." is
  neither. The contents list at the top is indented, so its lines are not headings.
- ksh93u+m/faq.html: every <h1>-<h6> (upper-case HTML 4; the five group names are <H3>s) and
  every <DT> question, listed as "dt". The <DT>s have no end tag: a question runs from <DT> to
  its <DD>.
- irssi/faq.html: every <h1>-<h6> (an HTML fragment, no <html>/<head>/<body>). Each question is
  an <h3> whose text starts with the label "Q: "; the label is left out, as the number is for
  chrony."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"chrony/FAQ.txt": "ascii", "ksh93u+m/faq.html": "ascii",
         "irssi/faq.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def text_headings(text):
    out, lines, i = [], text.split("\n"), 0
    title = next(l for l in lines if l.strip())
    out.append(("title", " ".join(title.split())))
    while i < len(lines):
        starts_paragraph = i == 0 or not lines[i - 1].strip()
        q = re.match(r"^\d+\.\d+\. (\S.*)$", lines[i])
        g = re.match(r"^\d+\. (\S.*)$", lines[i])
        if not starts_paragraph or not (q or g):
            i += 1
            continue
        parts = [(q or g).group(1)]
        i += 1
        while i < len(lines) and lines[i].strip():  # continuation lines, up to the blank line
            parts.append(lines[i])
            i += 1
        out.append(("q" if q else "g", " ".join(" ".join(parts).split())))
    return out

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.endswith(".txt"):
        return text_headings(text)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        h = clean(m.group(2))
        if page == "irssi/faq.html" and m.group(1).lower() == "h3":
            h = re.sub(r"^Q: ", "", h)
        out.append((m.start(), m.group(1).lower(), h))
    if page == "ksh93u+m/faq.html":
        for m in re.finditer(r"<DT>(.*?)<DD>", text, re.S | re.I):
            out.append((m.start(), "dt", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
