"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a FAQ entry of its page (headings.py), and the number of FAQ entries per page.
Run: python3 verify.py   (after bash fetch_pages.sh pages)"""
import collections, json, pathlib, re, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 22, "other": 8, "typo": 5, "question": 5}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # bold <div class="al-api"><b>...</b></div> blocks; one entry ("out of environment space") is printed twice
    "allegro4-doc/faq.html": (lambda hs: [h for l, h in hs if l == "b"], 81),
    # DocBook <DIV CLASS="QUESTION"> paragraphs, 9+8+6+33+22+10+15+2 over 8 chapters
    "proftpd-doc/faq.html": (lambda hs: [h for l, h in hs if l == "q"], 105),
}
rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
# answers must be FAQ entries, not group headings or bridgeheads inside answers
heads = {p: {h for l, h in hs if l in ("b", "q")} for p, hs in all_heads.items()}
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
    if len({(a["page"], a["question"]) for a in r["answers"]}) != len(r["answers"]):
        errors.append(f"{r['id']}: an answer is listed twice")
    for a in r["answers"]:
        if a["page"] not in heads or a["question"] not in heads[a["page"]]:
            errors.append(f"{r['id']}: not a FAQ entry: {a}")
firsts = [(r["answers"][0]["page"], r["answers"][0]["question"]) for r in rows]
if len(set(firsts)) != len(firsts):
    errors.append("two queries share a first answer")
per_page = collections.Counter(p for p, _ in firsts)
per_kind_page = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
