"""Checks queries.jsonl against the real pages.
Usage: python3 verify.py [PAGES]   (default: $FAQ_PAGES, else /tmp/kb-faq-pages-9; run fetch_pages.sh first)
Checks:
- 40 queries; counts by kind 22/8/5/5 (own/other/typo/question); per page by first answer 15/12/13;
- ids and query texts are unique; the 40 first answers are 40 different entries;
- `own` queries have 2-5 words; queries with more than one answer have a `note`;
- FAQ entry counts per page are 62, 24 and 35 (headings.py);
- every answer's question occurs in its page's text, extracted with html.parser (script/style dropped,
  entities decoded, whitespace collapsed), and is one of that page's FAQ entries (headings.py)."""
import collections, html.parser, json, os, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("FAQ_PAGES", "/tmp/kb-faq-pages-9"))
os.environ["FAQ_PAGES"] = str(ROOT)
sys.path.insert(0, str(HERE))
from headings import entries  # noqa: E402  (reads $FAQ_PAGES)

PAGES = {"borgbackup-doc/faq.html": 62, "libxml2-doc/FAQ.html": 24, "harden-doc/ch12.html": 35}
KINDS = {"own": 22, "other": 8, "typo": 5, "question": 5}
PER_PAGE = {"borgbackup-doc/faq.html": 15, "libxml2-doc/FAQ.html": 12, "harden-doc/ch12.html": 13}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

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

rows = [json.loads(line) for line in (HERE / "queries.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
check(len(rows) == 40, f"{len(rows)} queries, want 40")
kinds = collections.Counter(r["kind"] for r in rows)
check(dict(kinds) == KINDS, f"kinds {dict(kinds)}, want {KINDS}")
firsts = collections.Counter(r["answers"][0]["page"] for r in rows)
check(dict(firsts) == PER_PAGE, f"per page {dict(firsts)}, want {PER_PAGE}")
check(len({r["id"] for r in rows}) == len(rows), "duplicate ids")
check(len({r["query"].lower() for r in rows}) == len(rows), "duplicate query texts")
first_entries = {(r["answers"][0]["page"], r["answers"][0]["question"]) for r in rows}
check(len(first_entries) == len(rows), f"first answers name {len(first_entries)} different entries, want {len(rows)}")

texts = {page: page_text(page) for page in PAGES}
ents = {page: entries(page) for page in PAGES}
for page, want in PAGES.items():
    check(len(ents[page]) == want, f"{page}: {len(ents[page])} FAQ entries, want {want}")
    check(len(set(ents[page])) == len(ents[page]), f"{page}: duplicate entry texts")

distinct = set()
for r in rows:
    check(set(r) <= {"id", "kind", "query", "answers", "note"}, f"{r['id']}: unexpected keys {sorted(r)}")
    if r["kind"] == "own":
        check(2 <= len(r["query"].split()) <= 5, f"{r['id']}: own query has {len(r['query'].split())} words")
    check(len(r["answers"]) >= 1, f"{r['id']}: no answers")
    if len(r["answers"]) > 1:
        check(bool(r.get("note")), f"{r['id']}: several answers but no note")
    check(len({(a["page"], a["question"]) for a in r["answers"]}) == len(r["answers"]), f"{r['id']}: repeated answer")
    for a in r["answers"]:
        page, q = a["page"], a["question"]
        distinct.add((page, q))
        if page not in PAGES:
            check(False, f"{r['id']}: unknown page {page}")
            continue
        check(q in texts[page], f"{r['id']}: question not in page text: {q!r}")
        check(q in ents[page], f"{r['id']}: not a FAQ entry of {page}: {q!r}")

print(f"{len(rows)} queries, kinds {dict(kinds)}, first answers per page {dict(firsts)}")
print(f"FAQ entries: " + ", ".join(f"{p} {len(e)}" for p, e in ents.items()) + f"; {len(distinct)} distinct entries in answers")
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print("OK")
