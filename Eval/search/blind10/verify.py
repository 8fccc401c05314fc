"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py), and the number of FAQ entries per page.
Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 22, "other": 8, "typo": 5, "question": 5}
# Shorewall <h3>s that are not FAQ entries: the author block and the DocBook admonition boxes
SHOREWALL_NOT_ENTRIES = {"Shorewall Community", "Tom Eastep", "Note", "Warning", "Important", "Caution"}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # <h3> questions (the <h1> is the appendix title, the ten <h2>s are the groups A.1-A.10)
    "putty-doc/AppendixA.html": (lambda hs: [h for l, h in hs if l == "h3"], 86),
    # <h3> and <h4> questions, less the author block and the admonition titles
    "shorewall-doc/FAQ.htm": (lambda hs: [h for l, h in hs if l in ("h3", "h4")
                                          and h not in SHOREWALL_NOT_ENTRIES], 125),
    # the <dt> of each <dl class="faq">
    "python-psycopg2-doc/faq.html": (lambda hs: [h for l, h in hs if l == "dt"], 24),
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
entries = {}
for page, (pick, n) in ENTRIES.items():
    entries[page] = set(pick(all_heads[page]))
    got = len(pick(all_heads[page]))
    if got != n:
        errors.append(f"{page}: {got} FAQ entries, want {n}")
    if len(entries[page]) != got:
        errors.append(f"{page}: FAQ entry texts are not unique")
for field in ("id", "query"):
    dup = [k for k, n in collections.Counter(r[field] for r in rows).items() if n > 1]
    if dup:
        errors.append(f"duplicate {field}: {dup}")
firsts = collections.Counter((r["answers"][0]["page"], r["answers"][0]["question"]) for r in rows if r["answers"])
dup = [q for q, n in firsts.items() if n > 1]
if dup:
    errors.append(f"first answers used more than once: {dup}")
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
        if a["page"] not in heads or a["question"] not in heads[a["page"]]:
            errors.append(f"{r['id']}: not a heading: {a}")
        elif a["question"] not in entries[a["page"]]:
            errors.append(f"{r['id']}: a heading but not a FAQ entry: {a}")
per_page = collections.Counter(a["page"] for r in rows for a in r["answers"][:1])
per_kind_page = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
print("kinds:", dict(kinds))
print("FAQ entries per page:", {p: len(e) for p, e in entries.items()})
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("queries with more than one answer:", sum(len(r["answers"]) > 1 for r in rows))
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
