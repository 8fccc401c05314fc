"""Lists the FAQ headings and entries of the three pages as the queries name them: tags removed,
entities decoded, whitespace collapsed.
- borgbackup-doc/faq.html (Sphinx): every <h1>-<h6>. Each heading ends with a permalink anchor
  (<a class="headerlink">&para;</a>), which is left out. Entries: the <h3>s except the sidebar's
  "Navigation" (twice).
- libxml2-doc/FAQ.html (hand-made xmlsoft.org page): the <h1>-<h3> headings, plus its FAQ entries,
  which are not <hN> elements but items of an <ol> under each <h3> group, each opening with an
  <em> (once a <strong>) question: <li><em>What about C++ ?</em><p>...</p></li>. The question is
  the item's text before its first <p>, <ul>, <ol> or <pre> (so "<em>Where can I get libxml</em> ?"
  is "Where can I get libxml ?"). Nested items inside answers do not open with <em>/<strong>.
- harden-doc/ch12.html (DocBook/Publican): every <h1>-<h6>. The headings carry a section number
  ("12.1.1.3. Does Debian ..."); `question` is the heading without that number, and `number` keeps
  it. Entries: the headings followed by answer text of their own before the next heading (group
  headings such as "12.1.1.14. Questions regarding services and open ports" have none).
Run it to print: page, level, number, question, entry flag. Pages are read from $FAQ_PAGES
(default /tmp/kb-faq-pages-9, the default OUT of fetch_pages.sh)."""
import html, os, re, pathlib

# where fetch_pages.sh put the pages: $FAQ_PAGES, else its default OUT
ROOT = pathlib.Path(os.environ.get("FAQ_PAGES", "/tmp/kb-faq-pages-9"))
PAGES = ["borgbackup-doc/faq.html", "libxml2-doc/FAQ.html", "harden-doc/ch12.html"]
NUMBER = re.compile(r"^((?:\d+\.)+)\s+")


def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())


def _raw(page, root=None):
    text = ((root or ROOT) / page).read_text(encoding="utf-8")
    text = re.sub(r"<(script|style)\b.*?</\1\s*>", "", text, flags=re.S | re.I)
    return re.sub(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', "", text, flags=re.S | re.I)


def headings(page, root=None):
    """[(level, number, question, is_entry)] in page order."""
    text = _raw(page, root)
    found = []  # (start, end, level, text)
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        found.append((m.start(), m.end(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("libxml2-doc/"):
        for m in re.finditer(r"<li>\s*(<(?:em|strong)>.*?)(?=<p\b|<ul\b|<ol\b|<pre\b|</li>)", text, re.S | re.I):
            found.append((m.start(), m.end(), "li", clean(m.group(1))))
    found.sort()
    out = []
    for i, (start, end, level, h) in enumerate(found):
        number = ""
        if page.startswith("harden-doc/"):
            m = NUMBER.match(h)
            if m:
                number, h = m.group(1), h[m.end():]
        if page.startswith("borgbackup-doc/"):
            entry = level == "h3" and h != "Navigation"
        elif page.startswith("libxml2-doc/"):
            entry = level == "li"
        else:
            nxt = found[i + 1][0] if i + 1 < len(found) else len(text)
            entry = level in ("h3", "h4", "h5", "h6") and bool(clean(text[end:nxt]))
        out.append((level, number, h, entry))
    return out


def entries(page, root=None):
    return [h for level, number, h, entry in headings(page, root) if entry]


if __name__ == "__main__":
    for page in PAGES:
        for level, number, h, entry in headings(page):
            print(page, level, number or "-", h, "ENTRY" if entry else "")
        print(page, "entries:", len(entries(page)))
