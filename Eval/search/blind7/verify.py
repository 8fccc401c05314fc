"""Checks queries.jsonl against the fetched pages.
Usage: python3 verify.py [PAGES]   (default $KB_FAQ_PAGES, else /tmp/kb-faq-pages-7; fetch them
first with: bash fetch_pages.sh [PAGES])
Checks:
- 40 queries; kinds own/other/typo/question = 22/8/5/5; ids q01..q40 in order; unique query texts;
- `own` queries have 2-5 words; every query has at least one answer, no answer twice;
- the 40 first answers are 40 different FAQ entries;
- the FAQ entry counts per page are 57 (nut-doc), 40 (docutils-doc), 21 (doxygen-doc);
- every answer's `question` occurs in the visible text of its page (HTML text extraction: script and
  style dropped, tags removed, block tags as breaks, entities decoded, whitespace collapsed), and
  is exactly one FAQ entry of that page as listed by headings.py (heading without its number)."""
import collections, json, os, pathlib, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("KB_FAQ_PAGES", "/tmp/kb-faq-pages-7")).resolve()
os.environ["KB_FAQ_PAGES"] = str(ROOT)
sys.path.insert(0, str(HERE))
from headings import PAGES, ENTRY_COUNTS, entries  # noqa: E402

BLOCK = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "pre", "table", "tr", "td", "th",
         "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "section", "body", "head", "title"}

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def page_text(page):
    p = Text()
    p.feed((ROOT / page).read_text(encoding="utf-8"))
    p.close()
    return " ".join("".join(p.parts).split())

errors = []
def check(ok, msg):
    if not ok:
        errors.append(msg)

missing = [p for p in PAGES if not (ROOT / p).is_file()]
if missing:
    sys.exit(f"pages missing under {ROOT}: {missing}; run: bash {HERE / 'fetch_pages.sh'} {ROOT}")

texts = {p: page_text(p) for p in PAGES}
ents = {p: [q for _, q in entries(p, ROOT)] for p in PAGES}
for p in PAGES:
    check(len(ents[p]) == ENTRY_COUNTS[p], f"{p}: {len(ents[p])} FAQ entries, expected {ENTRY_COUNTS[p]}")

rows = [json.loads(line) for line in (HERE / "queries.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
check(len(rows) == 40, f"{len(rows)} queries, expected 40")
kinds = collections.Counter(r["kind"] for r in rows)
check(kinds == {"own": 22, "other": 8, "typo": 5, "question": 5}, f"kinds {dict(kinds)}")
check([r["id"] for r in rows] == [f"q{i:02d}" for i in range(1, len(rows) + 1)], "ids are not q01..q40 in order")
check(len({r["query"] for r in rows}) == len(rows), "query texts are not unique")

firsts, distinct, per_page = [], set(), collections.Counter()
for r in rows:
    qid = r["id"]
    if r["kind"] == "own":
        check(2 <= len(r["query"].split()) <= 5, f"{qid}: own query has {len(r['query'].split())} words")
    check(len(r["answers"]) >= 1, f"{qid}: no answers")
    keys = [(a["page"], a["question"]) for a in r["answers"]]
    check(len(set(keys)) == len(keys), f"{qid}: an answer is listed twice")
    check(len(keys) == 1 or "note" in r, f"{qid}: several answers but no note")
    for page, question in keys:
        if page not in texts:
            errors.append(f"{qid}: unknown page {page}")
            continue
        check(question in texts[page], f"{qid}: question not in page text of {page}: {question!r}")
        check(ents[page].count(question) == 1, f"{qid}: not exactly one FAQ entry of {page}: {question!r}")
        distinct.add((page, question))
    firsts.append(keys[0])
    per_page[keys[0][0]] += 1
check(len(set(firsts)) == len(rows), "first answers are not all different")

if errors:
    print("\n".join(errors))
    sys.exit(f"verify: {len(errors)} problem(s)")
print(f"verify: OK - {len(rows)} queries {dict(kinds)}; first answers by page {dict(per_page)}; "
      f"{len(distinct)} distinct answer entries; FAQ entries {[len(ents[p]) for p in PAGES]} in {ROOT}")
