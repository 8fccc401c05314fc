"""Lists the FAQ headings of the three pages as the queries name them: tags removed, entities
decoded, whitespace collapsed.
- icewm-common/IceWM-FAQ.html and courier-doc/FAQ.html: every <h1>-<h6>.
- awstats/awstats_faq.html: its one <H1>, plus its 46 FAQ entries, which are not <hN> elements
  but bold, underlined paragraphs "<b><u>FAQ-XXXNNN : ...</u></b>" (upper case in the page).
  The whole bold text is the question, label included, as a reader sees it. Other <b> text
  (the banner, bold words in answers) is not a heading.
The pages are read from $KB_FAQ_PAGES if set, else from pages/ beside this file if it exists,
else from /tmp/kb-faq-pages-5 (the default output of fetch_pages.sh)."""
import html, os, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(os.environ.get("KB_FAQ_PAGES")
                    or (HERE / "pages" if (HERE / "pages").is_dir() else "/tmp/kb-faq-pages-5"))
PAGES = {"awstats/awstats_faq.html": "utf-8", "icewm-common/IceWM-FAQ.html": "utf-8",
         "courier-doc/FAQ.html": "utf-8"}

def clean(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.start(), m.group(1).lower(), clean(m.group(2))))
    if page.startswith("awstats/"):
        for m in re.finditer(r"<b>\s*<u>(FAQ-.*?)</u>\s*</b>", text, re.S | re.I):
            out.append((m.start(), "b", clean(m.group(1))))
    return [(level, h) for _, level, h in sorted(out)]

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
