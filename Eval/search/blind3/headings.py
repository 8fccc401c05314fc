"""Lists the headings of the three pages as the queries name them: tags removed, entities decoded,
whitespace collapsed. ffmpeg's hidden-on-phones "# TOC" anchor links (<span class="pull-right">) are left out."""
import html, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "pages"
PAGES = {"ffmpeg-doc/faq.html": "utf-8", "xterm/xterm.faq.html": "latin-1", "privoxy/configuration.html": "latin-1"}

def headings(page):
    text = (ROOT / page).read_text(encoding=PAGES[page])
    text = re.sub(r'<span class="pull-right">.*?</span>', "", text, flags=re.S)
    out = []
    for m in re.finditer(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", text, re.S | re.I):
        out.append((m.group(1).lower(), " ".join(html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).split())))
    return out

if __name__ == "__main__":
    for page in PAGES:
        for level, h in headings(page):
            print(page, level, h)
