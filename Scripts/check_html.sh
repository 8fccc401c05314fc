#!/usr/bin/env bash
# Renders kb's HTML fact sheet in a real browser (headless Chromium) and checks what a reader sees:
#   1. the page without a filter: every topic, the facts, the conflict list with its entries, the
#      filter box shown (the script ran);
#   2. the page with ?filter=snapstart: only facts containing "snapstart" stay visible;
#   3. a screenshot of the bundled corpus's fact sheet (docs/fact-sheet.png, for the README);
#   4. with real FAQ pages (KB_HTML_FAQ_PAGES, default /tmp/kb-faq-pages from
#      Eval/search/fetch_pages.sh): a screenshot of their sheet (docs/fact-sheet-faq.png);
#   5. with an index of a large corpus (KB_HTML_BENCH_DB, e.g. the one Scripts/bench.sh builds):
#      its sheet as pages, each page's first render (script done) under 2 s and one filter
#      keystroke under 200 ms, as the page measures them (data-ready-ms, data-filter-ms).
# Rerun:  bash Scripts/check_html.sh          (installs Debian's chromium when missing)
#   KB_HTML_DIR=/tmp/kb-html   scratch folder
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${KB_HTML_DIR:-/tmp/kb-html}
mkdir -p "$DIR"
if ! command -v chromium >/dev/null 2>&1; then
    echo "check_html: installing chromium" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
cd "$REPO"
swift build --product kb >/dev/null
KB="$REPO/.build/debug/kb"
"$KB" export --format html --output "$DIR/sheet.html"
"$KB" check --format json > "$DIR/findings.json" || [ $? -eq 1 ]

browse() {  # url, then chromium's own options
    local url=$1
    shift
    chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars "$@" "$url" 2>/dev/null
}
browse "file://$DIR/sheet.html" --dump-dom > "$DIR/dom.html"
browse "file://$DIR/sheet.html?filter=snapstart" --virtual-time-budget=2000 --dump-dom > "$DIR/dom-filtered.html"
browse "file://$DIR/sheet.html" --window-size=900,1000 --screenshot="$DIR/sheet.png" >/dev/null

python3 - "$DIR" <<'PY'
import html.parser, json, sys

folder = sys.argv[1]

class Page(html.parser.HTMLParser):
    """Collects the visible facts, conflict entries and the filter box state from a rendered DOM."""
    def __init__(self):
        super().__init__()
        self.stack, self.facts, self.hidden_facts, self.conflicts, self.filter_hidden = [], [], 0, [], None
        self.text = None
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if attrs.get("id") == "filter-box":
            self.filter_hidden = "hidden" in attrs
        if tag == "li" and "fact" in classes:
            if "hidden" in classes:
                self.hidden_facts += 1
            else:
                self.text = []
                self.stack.append("fact")
                return
        if tag == "li" and (attrs.get("id") or "").startswith("conflict-"):
            self.conflicts.append(attrs["id"])
        if self.text is not None and tag == "li":
            self.stack.append("li")
    def handle_endtag(self, tag):
        if tag == "li" and self.text is not None:
            kind = self.stack.pop() if self.stack else None
            if kind == "fact":
                self.facts.append("".join(self.text))
                self.text = None
    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data)

def parse(name):
    page = Page()
    with open(f"{folder}/{name}", encoding="utf-8") as handle:
        page.feed(handle.read())
    return page

failures = []
page = parse("dom.html")
findings = json.load(open(f"{folder}/findings.json"))["findings"]
if page.filter_hidden is not False:
    failures.append("the filter box is still hidden: the page's script did not run")
if len(page.facts) < 100:
    failures.append(f"only {len(page.facts)} facts rendered")
if not any("Python 3.12 and later" in fact for fact in page.facts):
    failures.append("the SnapStart fact listing Python 3.12 and later is not on the page")
if len(page.conflicts) != len(findings):
    failures.append(f"{len(page.conflicts)} conflicts rendered, kb check reports {len(findings)}")
filtered = parse("dom-filtered.html")
if not filtered.facts or any("snapstart" not in fact.lower() for fact in filtered.facts):
    failures.append("?filter=snapstart left visible facts without 'snapstart'")
if filtered.hidden_facts == 0:
    failures.append("?filter=snapstart hid nothing")
print(f"check_html: {len(page.facts)} facts and {len(page.conflicts)} conflicts rendered; "
      f"filter 'snapstart' shows {len(filtered.facts)} and hides {filtered.hidden_facts}")
for failure in failures:
    print("check_html: FAIL:", failure)
sys.exit(1 if failures else 0)
PY
# A small PNG for the README: 32 colours when Pillow is there, else as rendered.
python3 - "$DIR/sheet.png" "$REPO/docs/fact-sheet.png" <<'PY'
import shutil, sys
try:
    from PIL import Image
    Image.open(sys.argv[1]).convert("RGB").quantize(colors=32).save(sys.argv[2], optimize=True)
except ImportError:
    shutil.copyfile(sys.argv[1], sys.argv[2])
PY
echo "check_html: screenshot in docs/fact-sheet.png ($(du -k "$REPO/docs/fact-sheet.png" | cut -f1) KiB)"

# Real FAQ pages: their sheet, beside the bundled one.
FAQ=${KB_HTML_FAQ_PAGES:-/tmp/kb-faq-pages}
if [ -d "$FAQ" ]; then
    "$KB" ingest --db "$DIR/faq.sqlite" --rebuild --quiet "$FAQ" >/dev/null
    "$KB" export --db "$DIR/faq.sqlite" --format html --output "$DIR/faq.html" 2>/dev/null
    browse "file://$DIR/faq.html" --window-size=900,1000 --screenshot="$DIR/faq.png" >/dev/null
    python3 - "$DIR/faq.png" "$REPO/docs/fact-sheet-faq.png" <<'PY'
import shutil, sys
try:
    from PIL import Image
    Image.open(sys.argv[1]).convert("RGB").quantize(colors=32).save(sys.argv[2], optimize=True)
except ImportError:
    shutil.copyfile(sys.argv[1], sys.argv[2])
PY
    echo "check_html: FAQ pages' sheet in docs/fact-sheet-faq.png"
fi

# A large corpus: the sheet as pages; first render and a filter keystroke on every page.
if [ -n "${KB_HTML_BENCH_DB:-}" ]; then
    rm -rf "$DIR/bench"
    "$KB" export --db "$KB_HTML_BENCH_DB" --format html --output "$DIR/bench/" 2>/dev/null
    : > "$DIR/bench-times.txt"
    for page in "$DIR"/bench/*.html; do
        name=$(basename "$page")
        # The index lists pages and has no facts to filter.
        grep -q 'class="fact' "$page" || continue
        ready=$(browse "file://$page" --virtual-time-budget=5000 --dump-dom | grep -o 'data-ready-ms="[0-9.]*"' | head -1 | grep -o '[0-9.]*' || true)
        filter=$(browse "file://$page?filter=the" --virtual-time-budget=5000 --dump-dom | grep -o 'data-filter-ms="[0-9.]*"' | head -1 | grep -o '[0-9.]*' || true)
        echo "$name ${ready:-none} ${filter:-none} $(du -k "$page" | cut -f1)" >> "$DIR/bench-times.txt"
    done
    python3 - "$DIR/bench-times.txt" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
bad = [r for r in rows if r[1] == "none" or r[2] == "none" or float(r[1]) >= 2000 or float(r[2]) >= 200]
ready = max(float(r[1]) for r in rows if r[1] != "none")
filtered = max(float(r[2]) for r in rows if r[2] != "none")
print(f"check_html: large corpus: {len(rows)} pages with facts; slowest first render {ready:.0f} ms, slowest filter keystroke {filtered:.0f} ms")
for r in bad:
    print(f"check_html: FAIL: {r[0]} ({r[3]} KiB): first render {r[1]} ms, filter {r[2]} ms")
sys.exit(1 if bad else 0)
PY
fi

