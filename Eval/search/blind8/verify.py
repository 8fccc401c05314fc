"""Checks queries.jsonl against the fetched pages (run fetch_pages.sh first):
- 40 queries; kinds own/other/typo/question = 22/8/5/5; ids and query texts unique;
  `own` queries have 2-5 words; the 40 first answers are 40 different FAQ entries;
- the FAQ entry counts per page (headings.py) are 62, 73 and 36;
- every answer's `question` occurs in the text of its page, after HTML text extraction
  (tags removed, <script>/<style> dropped, entities decoded, whitespace collapsed, zero-width
  spaces dropped), and is one of that page's FAQ entries as listed by headings.py.
Usage: python3 verify.py [OUT]   (default: $KB_FAQ_PAGES or /tmp/kb-faq-pages-8)"""
import collections, json, pathlib, sys
from html.parser import HTMLParser
import headings

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else headings.ROOT
headings.ROOT = ROOT
COUNTS = {"weechat-doc/weechat_faq.en.html": 62, "mplayer-doc/faq.html": 73, "avr-libc/FAQ.html": 36}
KINDS = {"own": 22, "other": 8, "typo": 5, "question": 5}
BLOCK = {"p", "br", "div", "pre", "li", "dt", "dd", "tr", "td", "th", "table", "ul", "ol", "dl",
         "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote"}

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def page_text(page):
    p = Text()
    p.feed((ROOT / page).read_text(encoding="utf-8"))
    p.close()
    return " ".join("".join(p.parts).replace("\u200b", "").split())

errors = []
def check(ok, msg):
    if not ok:
        errors.append(msg)

rows = [json.loads(l) for l in (HERE / "queries.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
check(len(rows) == 40, f"{len(rows)} queries, expected 40")
kinds = collections.Counter(r["kind"] for r in rows)
check(dict(kinds) == KINDS, f"kinds {dict(kinds)}, expected {KINDS}")
check(len({r["id"] for r in rows}) == len(rows), "duplicate ids")
check(len({r["query"].lower() for r in rows}) == len(rows), "duplicate query texts")
firsts = [(r["answers"][0]["page"], r["answers"][0]["question"]) for r in rows]
check(len(set(firsts)) == len(rows), "two queries share a first answer")

texts = {p: page_text(p) for p in COUNTS}
entries = {p: [q for _, q in headings.entries(p)] for p in COUNTS}
for p, n in COUNTS.items():
    check(len(entries[p]) == n, f"{p}: {len(entries[p])} FAQ entries, expected {n}")
    for q in entries[p]:
        check(q in texts[p], f"{p}: entry not in page text: {q!r}")

for r in rows:
    check(set(r) <= {"id", "kind", "query", "answers", "note"}, f"{r['id']}: unknown keys")
    check(bool(r["answers"]), f"{r['id']}: no answers")
    check((len(r["answers"]) > 1) == ("note" in r), f"{r['id']}: note iff more than one answer")
    if r["kind"] == "own":
        check(2 <= len(r["query"].split()) <= 5, f"{r['id']}: own query has {len(r['query'].split())} words")
    seen = set()
    for a in r["answers"]:
        page, q = a["page"], a["question"]
        check(page in COUNTS, f"{r['id']}: unknown page {page}")
        if page not in COUNTS:
            continue
        check((page, q) not in seen, f"{r['id']}: answer listed twice")
        seen.add((page, q))
        check(q in texts[page], f"{r['id']}: question not in page text: {q!r}")
        check(q in entries[page], f"{r['id']}: not a FAQ entry of {page}: {q!r}")

distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
by_page = collections.Counter(r["answers"][0]["page"] for r in rows)
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(rows)} queries {dict(kinds)}; first answers by page {dict(by_page)}; "
      f"{len(distinct)} distinct answers; {sum(len(r['answers']) > 1 for r in rows)} queries with more than one answer")
