"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py), and the number of FAQ entries per page.
Run: python3 verify.py"""
import collections, json, pathlib, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the numbered questions "N.M." (the title line and the eight "N." group headings are not
    # entries, nor is the wrapped answer line "323. You need to amend ...")
    "chrony/FAQ.txt": (lambda hs: [h for l, h in hs if l == "q"], 43),
    # the <DT> questions (the five <H3>s are the group names general, interactive, programming,
    # redirections and extensions)
    "ksh93u+m/faq.html": (lambda hs: [h for l, h in hs if l == "dt"], 87),
    # the <h3> questions, without their "Q: " label (the one <h1> is the page title)
    "irssi/faq.html": (lambda hs: [h for l, h in hs if l == "h3"], 18),
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
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
