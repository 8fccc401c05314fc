"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py), and the number of FAQ entries per page.
Run: python3 verify.py"""
import collections, json, pathlib, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# slrn body headings that are not FAQ entries: two sub-group headings with an intro paragraph
# (3.2, 3.3), a sub-heading inside the answer to 6.3 (6.3.1) and the document history (7.1)
SLRN_NOT_ENTRIES = {"Treatment of read articles", "Handling of binary postings",
                    "Some additional notes for the advanced user", "History"}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the questions indented by 3 spaces (the title line and the six 2-space group headings are
    # not entries; seven of the 62 answer only "See next entry.")
    "rxvt-unicode/README.FAQ.txt": (lambda hs: [h for l, h in hs if l == "q"], 62),
    # the numbered N.M and N.M.K body headings, less the four above (the seven N. headings are
    # groups)
    "slrn/FAQ.txt": (lambda hs: [h for l, h in hs if l in ("s2", "s3") and h not in SLRN_NOT_ENTRIES], 55),
    # the <p><strong>Q: ...</strong></p> questions (the <h1> is the page title; the <h3>/<h4>s
    # are the theme's navigation and sidebar)
    "python-pexpect-doc/FAQ.html": (lambda hs: [h for l, h in hs if l == "q"], 7),
}
rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: {h for _, h in hs} for p, hs in all_heads.items()}
errors = []
if len(rows) != 40:
    errors.append(f"{len(rows)} queries, want 40")
kinds = collections.Counter(r["kind"] for r in rows)
if dict(kinds) != WANT:
    errors.append(f"kinds {dict(kinds)} != {WANT}")
for page, (pick, n) in ENTRIES.items():
    got = pick(all_heads[page])
    if len(got) != n:
        errors.append(f"{page}: {len(got)} FAQ entries, want {n}")
    if len(set(got)) != len(got):
        errors.append(f"{page}: two FAQ entries have the same text")
missing = SLRN_NOT_ENTRIES - {h for l, h in all_heads["slrn/FAQ.txt"] if l in ("s2", "s3")}
if missing:
    errors.append(f"slrn/FAQ.txt: no such non-entry heading: {sorted(missing)}")
for field in ("id", "query"):
    dup = [k for k, n in collections.Counter(r[field] for r in rows).items() if n > 1]
    if dup:
        errors.append(f"duplicate {field}: {dup}")
for r in rows:
    if set(r) - {"id", "kind", "query", "answers", "note"}:
        errors.append(f"{r['id']}: unexpected fields")
    if r["kind"] == "own" and not 2 <= len(r["query"].split()) <= 5:
        errors.append(f"{r['id']}: own query has {len(r['query'].split())} words")
    if not r["answers"]:
        errors.append(f"{r['id']}: no answers")
    if len(r["answers"]) > 1 and "note" not in r:
        errors.append(f"{r['id']}: several answers but no note")
    for a in r["answers"]:
        if a["page"] not in heads or a["question"] not in heads[a["page"]]:
            errors.append(f"{r['id']}: not a heading: {a}")
        elif a["page"] in ENTRIES and a["question"] not in ENTRIES[a["page"]][0](all_heads[a["page"]]):
            errors.append(f"{r['id']}: not an FAQ entry: {a}")
per_page = collections.Counter(a["page"] for r in rows for a in r["answers"][:1])
per_kind_page = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK (0 errors)")
sys.exit(1 if errors else 0)
