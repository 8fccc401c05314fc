"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is an FAQ entry heading of its page (headings.py), and the number of FAQ entries per page.
Run: python3 verify.py      (after fetch_pages.sh; see headings.py for where pages are read from)"""
import collections, json, pathlib, sys
from headings import PAGES, headings, SA

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 22, "other": 8, "typo": 5, "question": 5}
# FAQ entries per page, counted by reading (see README.md): on every page the entries are the <h2>s
# (titles are <h1>; Sphinx sidebar headings and SQLAlchemy's answer subsections are <h3>)
ENTRIES = {"python-scrapy-doc/faq.html": 34, "python-cryptography-doc/faq.html": 14,
           SA + "installation.html": 1, SA + "connections.html": 10, SA + "metadata_schema.html": 5,
           SA + "sqlexpressions.html": 3, SA + "ormconfiguration.html": 6, SA + "performance.html": 3,
           SA + "sessions.html": 15, SA + "thirdparty.html": 2}
assert set(ENTRIES) == set(PAGES) and sum(ENTRIES.values()) == 93
rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
entries = {p: [h for l, h in hs if l == "h2"] for p, hs in all_heads.items()}
errors = []
if len(rows) != 40:
    errors.append(f"{len(rows)} queries, want 40")
kinds = collections.Counter(r["kind"] for r in rows)
if dict(kinds) != WANT:
    errors.append(f"kinds {dict(kinds)} != {WANT}")
for page, n in ENTRIES.items():
    if len(entries[page]) != n:
        errors.append(f"{page}: {len(entries[page])} FAQ entries, want {n}")
    if len(set(entries[page])) != len(entries[page]):
        errors.append(f"{page}: duplicate entry headings")
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
        if a["page"] not in entries or a["question"] not in entries[a["page"]]:
            errors.append(f"{r['id']}: not an FAQ entry heading: {a}")
firsts = [(r["answers"][0]["page"], r["answers"][0]["question"]) for r in rows]
if len(set(firsts)) != len(firsts):
    errors.append("two queries share a first answer")
pkg = lambda page: page.split("/")[0]
per_page = collections.Counter(pkg(p) for p, _ in firsts)
per_kind_page = collections.Counter((r["kind"], pkg(r["answers"][0]["page"])) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
print("kinds:", dict(kinds))
print("first answers per package:", dict(per_page))
print("kind x package:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
