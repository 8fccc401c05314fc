"""Lists the headings and questions of the three pages as the queries name them: tags removed,
entities decoded, whitespace collapsed.
- fish-common/faq.html: every <h1>-<h6> (Sphinx 5.3 with fish's own theme). Each heading in the
  body ends with a permalink <a class="headerlink">¶</a>, which is dropped. The sidebar and the
  navigation bars have headings of their own (Navigation, Documents, Quick search, Sections).
- libimage-exiftool-perl/faq.html: hand-written HTML 4.01 with a single <h1>. Each entry is an
  empty <a name="Qn"></a> followed by a <p> whose question(s) are quoted in <b>; the question is the
  text of that <p>, less its leading number label ("1. ", "3a. ").
- dnsmasq-base/FAQ.txt: plain text. Each entry starts with a line "Q: ..." and may wrap onto
  indented lines until a blank line or "A:"; the question is those lines joined, less "Q:"."""
import html, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"fish-common/faq.html": "utf-8", "libimage-exiftool-perl/faq.html": "ascii",
         "dnsmasq-base/FAQ.txt": "ascii"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    """(level, text) in page order; level is h1-h6, "q" for an exiftool question paragraph, or
    "Q:" for a question of the plain-text FAQ."""
    text = (ROOT / page).read_text(encoding=PAGES[page])
    out = []
    if page.endswith(".txt"):
        lines, i = text.split("\n"), 0
        while i < len(lines):
            if lines[i].startswith("Q:"):
                start, parts = i, [lines[i][2:]]
                i += 1
                while i < len(lines) and lines[i].strip() and not lines[i].startswith("A:"):
                    parts.append(lines[i])
                    i += 1
                out.append((start, "Q:", " ".join(" ".join(parts).split())))
            else:
                i += 1
        return [(level, h) for _, level, h in out]
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", m.group(2), flags=re.S)
        out.append((m.start(), m.group(1).lower(), clean(body)))
    for m in re.finditer(r'<a name="Q\d+"></a>\s*<p>(.*?)</p>', text, re.S | re.I):
        out.append((m.start(), "q", re.sub(r"^\d+[a-z]?\.\s+", "", clean(m.group(1)))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
