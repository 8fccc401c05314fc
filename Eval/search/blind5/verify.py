"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and names one heading only (courier-doc has two
headings that occur twice), and the number of FAQ entries per page.
Run: python3 verify.py   (needs the pages: bash fetch_pages.sh, see headings.py for where they are read)"""
import collections, json, pathlib, re, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 22, "other": 8, "typo": 5, "question": 5}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # bold, underlined "FAQ-XXXNNN : ..." entries
    "awstats/awstats_faq.html": (lambda hs: [h for l, h in hs if l == "b" and re.match(r"FAQ-[A-Z]{3}\d{3} : ", h)], 46),
    # <h3> headings (70) plus the <h4> configuration-file sub-sections (8)
    "icewm-common/IceWM-FAQ.html": (lambda hs: [h for l, h in hs if l in ("h3", "h4")], 78),
    # <h3> questions (34) plus <h4> sub-sections (10)
    "courier-doc/FAQ.html": (lambda hs: [h for l, h in hs if l in ("h3", "h4")], 44),
}
rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: collections.Counter(h for _, h in hs) for p, hs in all_heads.items()}
errors = []
if len(rows) != 40:
    errors.append(f"{len(rows)} queries, want 40")
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
    if len(r["answers"]) > 1 and not r.get("note"):
        errors.append(f"{r['id']}: several answers but no note")
    for a in r["answers"]:
        if a["page"] not in heads or heads[a["page"]][a["question"]] == 0:
            errors.append(f"{r['id']}: not a heading: {a}")
        elif heads[a["page"]][a["question"]] > 1:
            errors.append(f"{r['id']}: heading occurs more than once: {a}")
firsts = [(r["answers"][0]["page"], r["answers"][0]["question"]) for r in rows]
if len(set(firsts)) != len(firsts):
    errors.append("two queries have the same first answer")
per_page = collections.Counter(a["page"] for r in rows for a in r["answers"][:1])
per_kind_page = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
