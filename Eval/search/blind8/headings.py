"""Lists the FAQ entries of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- weechat-doc/weechat_faq.en.html (Asciidoctor): each question is an <h3>, numbered "1.1." to "9.5."
  inside the heading text, under nine numbered <h2> groups. The number ("3.7. ") is left out.
- mplayer-doc/faq.html (DocBook qandaset): each question is a <tr class="question"> row, a "Q:" cell
  and then the question cell; the question is the text of that second cell (some include a quoted
  error message from a <pre> block). Groups are <h3> "8.1. Development" ... "8.8. Encoding".
- avr-libc/FAQ.html (Doxygen): each question is an <h1> with an anchor; the first <h1>,
  "FAQ Index", is not an entry. The site menu's <h2>s (Main Page, FAQ, ...) are not entries.
Usage: python3 headings.py [OUT]   (default: $KB_FAQ_PAGES or /tmp/kb-faq-pages-8)"""
import html, os, re, sys, pathlib

PAGES = ["weechat-doc/weechat_faq.en.html", "mplayer-doc/faq.html", "avr-libc/FAQ.html"]
ROOT = pathlib.Path(os.environ.get("KB_FAQ_PAGES", "/tmp/kb-faq-pages-8"))

def clean(s):
    s = re.sub(r"</?(?:p|pre|br|div)\b[^>]*>", " ", s)  # block tags separate lines
    s = re.sub(r"<[^>]+>", "", s)
    return " ".join(html.unescape(s).replace("\u200b", " ").split())

def entries(page, root=None):
    """[(group, question)] in page order."""
    text = ((root or ROOT) / page).read_text(encoding="utf-8")
    out = []
    if page.startswith("weechat-doc/"):
        for m in re.finditer(r"<(h[23])\b[^>]*>(.*?)</\1>", text, re.S):
            h = clean(m.group(2))
            if m.group(1) == "h2":
                group = h
            else:
                out.append((group, re.sub(r"^\d+\.\d+\.\s+", "", h)))
    elif page.startswith("mplayer-doc/"):
        for m in re.finditer(r'<h3 class="title">(.*?)</h3>|<tr class="question">.*?</td>\s*<td[^>]*>(.*?)</td>\s*</tr>', text, re.S):
            if m.group(1) is not None:
                group = clean(m.group(1))
            else:
                out.append((group, clean(m.group(2))))
    elif page.startswith("avr-libc/"):
        for m in re.finditer(r"<h1\b[^>]*>(.*?)</h1>", text, re.S):
            h = clean(m.group(1))
            if h != "FAQ Index":
                out.append(("FAQ", h))
    return out

if __name__ == "__main__":
    if len(sys.argv) > 1:
        ROOT = pathlib.Path(sys.argv[1])
    for page in PAGES:
        for group, q in entries(page):
            print(f"{page} | {group} | {q}")
