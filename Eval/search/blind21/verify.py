"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and one of its FAQ entries, and the number of FAQ
entries per page.
Run: python3 verify.py"""
import collections, json, pathlib, sys
from headings import PAGES, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# cryptsetup: the unnumbered bold list items of section 11 ("References and Further Reading") look
# like the questions but are reference lists, not FAQ entries; each must exist as an "item"
CRYPTSETUP_NOT_ENTRIES = {"Purpose of this Section", "Specifications", "Other Documentation",
                          "Code Examples", "Brute-forcing passphrases", "Tools",
                          "SSD and Flash Disk Related", "Disk Encryption",
                          "Attacks Against Disk Encryption",
                          "Risk Management as Relevant for Disk Encryption", "Cryptography",
                          "Secure Storage"}
# group headings per page (not entries): abcde 9 underlined headings (two numbered "4."); grace
# the 10 numbered <H2> groups twice (table of contents, then body); cryptsetup the 12 numbered
# "# N." / "# A." headings
GROUPS = {"abcde/FAQ.txt": 9, "grace/FAQ.html": 20, "cryptsetup/FAQ.md": 12}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the "Q. " questions (the one under "OBSOLETE" included)
    "abcde/FAQ.txt": (lambda hs: [h for l, h in hs if l == "q"], 45),
    # the "N.M" <H2> headings (the "N." <H2>s are groups, the <H1> is the title, the unnumbered
    # <H2> "by the Grace Team" is a byline)
    "grace/FAQ.html": (lambda hs: [h for l, h in hs if l == "q"], 97),
    # the numbered bold list items "* **N.M ...**" (the ATX headings are the title, "Sections"
    # and the groups; the unnumbered bold items of section 11 are reference lists)
    "cryptsetup/FAQ.md": (lambda hs: [h for l, h in hs if l == "q"], 106),
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
for page, n in GROUPS.items():
    got = [h for l, h in all_heads[page] if l == "group"]
    if len(got) != n:
        errors.append(f"{page}: {len(got)} group headings, want {n}")
items = {h for l, h in all_heads["cryptsetup/FAQ.md"] if l == "item"}
if items != CRYPTSETUP_NOT_ENTRIES:
    errors.append(f"cryptsetup/FAQ.md: non-entry items differ: {sorted(items ^ CRYPTSETUP_NOT_ENTRIES)}")
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
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
if len(distinct) != sum(len(r["answers"]) for r in rows):
    errors.append("two queries share an answer")
per_page = collections.Counter(a["page"] for r in rows for a in r["answers"][:1])
per_kind_page = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK (0 errors)")
sys.exit(1 if errors else 0)
