"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py), and the number of FAQ entries per page.
Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 8, "other": 3, "typo": 2, "question": 1}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # numbered <h2> questions ("G1. ...", "M0. ", "X10. "); the other <h2>s are the 14 group names of
    # the "Detailed Contents" list. The <h1>s are the title, "Contents", "Detailed Contents" and the
    # 14 groups; the <h3>s are sub-sections inside answers (F1, T2, I2, M7).
    "fetchmail/fetchmail-FAQ.html": (lambda hs: [h for l, h in hs if l == "h2" and re.match(r"[A-Z]\d+\. ", h)], 119),
}
rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: {h for _, h in hs} for p, hs in all_heads.items()}
errors = []
if len(rows) != 14:
    errors.append(f"{len(rows)} queries, want 14")
kinds = collections.Counter(r["kind"] for r in rows)
if dict(kinds) != WANT:
    errors.append(f"kinds {dict(kinds)} != {WANT}")
for page, (pick, n) in ENTRIES.items():
    got = len(pick(all_heads[page]))
    if got != n:
        errors.append(f"{page}: {got} FAQ entries, want {n}")
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
    for a in r["answers"]:
        if a["page"] not in heads or a["question"] not in heads[a["page"]]:
            errors.append(f"{r['id']}: not a heading: {a}")
per_page = collections.Counter(a["page"] for r in rows for a in r["answers"][:1])
per_kind_page = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
