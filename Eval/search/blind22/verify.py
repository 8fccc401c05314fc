"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py), and the number of FAQ entries per page.
Run: python3 verify.py"""
import collections, json, pathlib, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings inside answers that are not FAQ entries: mdadm's five indented setext headings (in
# the answers to 3 and 7) and the man page's two italic ".IX Subsection" lines (in the answer to
# "What if I don't encode?")
NOT_ENTRIES = {
    "mdadm/FAQ.txt": {"Version 0 superblocks (00.90.XX)", "Version 1 superblocks (01.XX.XX)",
                      "\"near\" layout with 2 copies per chunk (--layout=n2):",
                      "\"far\" layout with 2 copies per chunk (--layout=f2):",
                      "\"offset\" layout with 2 copies per chunk (--layout=o2):"},
    "perl-doc/perlunifaq.1": {"Output via a filehandle",
                              "Other output mechanisms (e.g., exec, chdir, ..)"},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the numbered questions underlined with "~" in column 0 (0-26 and 4b, 6b, 9b; the title and
    # the five "sub" headings are not entries)
    "mdadm/FAQ.txt": (lambda hs: [h for l, h in hs if l == "q"], 30),
    # the .SS headings (17 under "Q and A", 6 under "INTERNALS"; the .SH headings NAME, Q and A,
    # INTERNALS, AUTHOR, SEE ALSO are sections)
    "perl-doc/perlunifaq.1": (lambda hs: [h for l, h in hs if l == "ss"], 23),
    # the <h2> headings (the <h1> is the page title; the <h3>/<h4>s are the theme's navigation
    # and sidebar)
    "python-pymongo-doc/faq.html": (lambda hs: [h for l, h in hs if l == "h2"], 21),
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
for page, names in NOT_ENTRIES.items():
    subs = {h for l, h in all_heads[page] if l == "sub"}
    if subs != names:
        errors.append(f"{page}: in-answer headings {sorted(subs)} != {sorted(names)}")
    if names & set(ENTRIES[page][0](all_heads[page])):
        errors.append(f"{page}: an in-answer heading is counted as an FAQ entry")
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
