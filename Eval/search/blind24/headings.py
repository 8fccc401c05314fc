"""Lists the FAQ headings of the three pages as the queries name them: markup removed, entities
and escapes decoded, whitespace collapsed.
- nmh/FAQ.txt: plain text (ASCII), the MH FAQ as posted to Usenet: a digest whose parts are
  separated by a line of dashes and each start with a "Subject:" line in column 0 (then "From:"
  and "Date:"). The first "Subject:", in the article's own header, is listed as "title". A
  Subject of the form "[!+]NN.00 ***** Name *****" is a section, listed as "section" (the name,
  without the stars). A Subject "[!+]NN.MM question" (MM not 00) is an FAQ entry, listed as "q"
  without its change mark ("!" changed, "+" new) and number. Every other Subject (Table of
  Contents, Viewing This Article, the glossary, the acknowledgments and the appendices) is
  listed as "part".
- sudo/TROUBLESHOOTING.md: Markdown (ASCII). The setext title (underlined with "=") is listed as
  "title"; each ATX heading ("#### ...") as "q" (all of them are level 4), with the backticks of
  code spans removed. Indented code lines that start with "#" are not headings.
- mhonarc/envs.html: every <h1>-<h6> (hand-written HTML 3.2 with upper- and lower-case tags),
  page order."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"nmh/FAQ.txt": "ascii", "sudo/TROUBLESHOOTING.md": "ascii",
         "mhonarc/envs.html": "ascii"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def nmh_headings(text):
    out = []
    for line in text.split("\n"):
        m = re.match(r"^Subject: (.*)$", line)
        if not m:
            continue
        subject = " ".join(m.group(1).split())
        if not out:  # the article's own header
            out.append(("title", subject))
            continue
        q = re.match(r"^[!+]?(\d\d)\.(\d\d) (.*)$", subject)
        if q and q.group(2) == "00":
            out.append(("section", " ".join(q.group(3).strip("* ").split())))
        elif q:
            out.append(("q", q.group(3)))
        else:
            out.append(("part", subject))
    return out

def md_headings(text):
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and line.strip() and re.fullmatch(r"=+\s*", lines[i + 1]):
            out.append(("title", " ".join(line.split())))
            continue
        m = re.match(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", line)
        if m:
            t = re.sub(r"`+([^`]*)`+", r"\1", m.group(2))
            out.append(("q" if len(m.group(1)) == 4 else f"h{len(m.group(1))}", " ".join(t.split())))
    return out

def html_headings(text):
    return [(m.group(1).lower(), clean(m.group(2)))
            for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I)]

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    if page.startswith("nmh/"):
        return nmh_headings(text)
    if page.startswith("sudo/"):
        return md_headings(text)
    return html_headings(text)

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
