#!/usr/bin/env bash
# Renders kb's HTML fact sheet in a real browser (headless Chromium) and checks what a reader sees:
#   1. the page without a filter: every topic, the facts, the conflict list with its entries, the
#      filter box shown (the script ran);
#   2. the page with ?filter=snapstart: only facts containing "snapstart" stay visible;
#   3. a screenshot of the bundled corpus's fact sheet (docs/fact-sheet.png, for the README).
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
