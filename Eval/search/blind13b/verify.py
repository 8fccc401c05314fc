"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and one of that page's FAQ entries, and the number of
FAQ entries per page.
Run: python3 verify.py      (after: bash fetch_pages.sh pages)"""
import collections, json, pathlib, re, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 22, "other": 8, "typo": 5, "question": 5}
SA_CHROME = ("SQLAlchemy 1.4 Documentation", "Frequently Asked Questions")  # site header / sidebar <h1>/<h3>
h2s = lambda hs: [h for l, h in hs if l == "h2"]
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    "python-scrapy-doc/faq.html": (h2s, 34),                                   # <h2> questions
    "python-dask-doc/faq.html": (lambda hs: [h for l, h in hs if l == "h3"], 23),  # <h3> under 4 <h2> groups
    "python-sqlalchemy-doc/faq/sessions.html": (h2s, 15),
    "python-sqlalchemy-doc/faq/connections.html": (h2s, 10),
    "python-sqlalchemy-doc/faq/ormconfiguration.html": (h2s, 6),
    "python-sqlalchemy-doc/faq/metadata_schema.html": (h2s, 5),
}
# SQLAlchemy <h3> sub-sections inside entries (not counted as entries), less the site chrome
SUBS = {"python-sqlalchemy-doc/faq/sessions.html": 2, "python-sqlalchemy-doc/faq/connections.html": 4,
        "python-sqlalchemy-doc/faq/ormconfiguration.html": 0, "python-sqlalchemy-doc/faq/metadata_schema.html": 0}
rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: {h for _, h in hs} for p, hs in all_heads.items()}
entries = {p: set(pick(all_heads[p])) for p, (pick, _) in ENTRIES.items()}
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
for page, n in SUBS.items():
    got = len([h for l, h in all_heads[page] if l == "h3" and h not in SA_CHROME])
    if got != n:
        errors.append(f"{page}: {got} <h3> sub-sections, want {n}")
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
        elif a["question"] not in entries[a["page"]]:
            errors.append(f"{r['id']}: a heading but not a FAQ entry: {a}")
per_page = collections.Counter(a["page"] for r in rows for a in r["answers"][:1])
per_kind_pkg = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
firsts = [(r["answers"][0]["page"], r["answers"][0]["question"]) for r in rows]
if len(set(firsts)) != len(firsts):
    errors.append("two queries share a first answer")
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x package:", dict(sorted(per_kind_pkg.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
