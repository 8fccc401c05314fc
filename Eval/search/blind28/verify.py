"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page, with structural checks of each page. Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import (PAGES, ROOT, headings, mc_parse, mc_entries, pdl_entries, pod_commands,
                      mcl_entries, mcl_toc)

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the Midnight Commander FAQ's two-line title and
# its twelve section names (8 and 9 share one name; 2 is written "f2 Keyboard"); the PDL FAQ's
# =head1 titles; the MCL FAQ's <h2> parts and its ten numbered <h3> sections
NOT_ENTRIES = {
    "mc/FAQ.txt": {
        "title": ["GNU Midnight Commander Frequently Asked Questions"],
        "section": ["Getting started", "Keyboard", "Mouse", "Display", "Graphical user interface",
                    "Command line problems", "Virtual file systems", "Other common problems",
                    "Other common problems", "Development", "More information", "Legal issues"]},
    "pdl/FAQ.pod": {
        "h1": ["NAME", "VERSION", "DESCRIPTION", "ABOUT THIS DOCUMENT", "GENERAL QUESTIONS",
               "GETTING HELP/MORE INFORMATION", "INSTALLATION", "BINARY DISTRIBUTIONS",
               "CVS, GIT, AND ON-GOING DEVELOPMENT", "PDL JARGON", "TECHNICAL QUESTIONS",
               "MANIPULATION OF NDARRAYS", "ADVANCED TOPICS", "MISCELLANEOUS", "EXTENSIONS OF PDL",
               "BUGS", "ACKNOWLEDGMENTS", "CONTRIBUTORS", "AUTHOR AND COPYRIGHT"]},
    "mcl/mclfaq.html": {
        "h2": ["NAME", "RESOURCES", "TOC", "FAQ", "BUGS", "AUTHOR", "SEE ALSO", "REFERENCES", "NOTES"],
        "h3": ["1 General questions", "2 Input format", "3 What kind of graphs",
               "4 Speed and complexity", "5 Comparison with other algorithms",
               "6 Resource tuning / accuracy", "7 Tuning cluster granularity",
               "8 Implementing the MCL algorithm",
               "9 Cluster overlap / MCL iterand cluster interpretation", "10 Miscellaneous"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the numbered questions "N.M ..." in column 0 of the body: 7+8+2+8+2+9+7+2+2+4+4+3
    "mc/FAQ.txt": ("q", 58),
    # the "=head2 Q: N.M ..." titles: 2+8+6+5+7+2+22+3 (4.5 is used twice)
    "pdl/FAQ.pod": ("q", 55),
    # the bold questions of the numbered list items in the FAQ part: 7+1+11+4+2+7+4+1+3+2
    "mcl/mclfaq.html": ("q", 42),
}
# entries no query may target: two PDL entries whose answer only points to the next entry
# (6.3 -> 6.4, 6.7 -> 6.8); the MCL entry 9.1, "Introduction", which is no question
AVOID = {
    "pdl/FAQ.pod": {
        "I want to access the third element of a pdl but $x[2] doesn't work ?!",
        "What is this strange usage of the string concatenation operator .= in PDL scripts?"},
    "mcl/mclfaq.html": {"Introduction"},
}

rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: {h for _, h in hs} for p, hs in all_heads.items()}
entries = {p: [h for l, h in all_heads[p] if l == ENTRIES[p][0]] for p in PAGES}
text = {p: (ROOT / p).read_text(encoding=enc) for p, enc in PAGES.items()}
errors = []
if len(rows) != 40:
    errors.append(f"{len(rows)} queries, want 40")
kinds = collections.Counter(r["kind"] for r in rows)
if dict(kinds) != WANT:
    errors.append(f"kinds {dict(kinds)} != {WANT}")
for page, (level, n) in ENTRIES.items():
    got = entries[page]
    if len(got) != n:
        errors.append(f"{page}: {len(got)} FAQ entries, want {n}")
    dups = {h: c for h, c in collections.Counter(got).items() if c > 1}
    if dups:
        errors.append(f"{page}: entries sharing a text {dups}")
    others = collections.defaultdict(list)
    for l, h in all_heads[page]:
        if l != level:
            others[l].append(h)
    if dict(others) != NOT_ENTRIES[page]:
        errors.append(f"{page}: other headings {dict(others)} != {NOT_ENTRIES[page]}")
    for h in AVOID.get(page, ()):
        if h not in got:
            errors.append(f"{page}: entry to avoid is not an entry: {h!r}")

# Midnight Commander: every column-0 line of the body is a section, an entry or an entry's
# continuation; sections run 1..12 and entries N.1, N.2, ... under section N; the contents list
# has the body's numbers less 6.8 and 6.9, plus 3.3 and 4.9, which the body lacks
mc = text["mc/FAQ.txt"]
parsed, stray = mc_parse(mc)
if stray:
    errors.append(f"mc/FAQ.txt: column-0 lines that are no heading: {stray}")
sec, k = None, 0
for kind, num, _ in parsed:
    if kind == "section":
        if int(num) != (sec or 0) + 1:
            errors.append(f"mc/FAQ.txt: section {num} out of order")
        sec, k = int(num), 0
    elif kind == "q":
        k += 1
        if num != f"{sec}.{k}":
            errors.append(f"mc/FAQ.txt: entry {num} under section {sec}, want {sec}.{k}")
if sec != 12:
    errors.append(f"mc/FAQ.txt: last section is {sec}, want 12")
body_nums = [n for n, _ in mc_entries(mc)]
toc = mc[:mc.index("\n1 Getting started\n")]
toc_nums = re.findall(r"^[ \t]+\+ (\d+\.\d+) ", toc, re.M)
want_toc = []
for n in body_nums:
    if n in ("6.8", "6.9"):
        continue
    want_toc.append(n)
    if n in ("3.2", "4.8"):
        want_toc.append({"3.2": "3.3", "4.8": "4.9"}[n])
if toc_nums != want_toc:
    errors.append(f"mc/FAQ.txt: contents list numbers {toc_nums} != {want_toc}")
if len(body_nums) != len(set(body_nums)):
    errors.append("mc/FAQ.txt: an entry number occurs twice")

# PDL: every =head2 is a "Q: N.M" entry; the numbers run as read, 4.5 twice and no other repeat
heads2 = [a for c, a in pod_commands(text["pdl/FAQ.pod"]) if c == "head2"]
if len(heads2) != ENTRIES["pdl/FAQ.pod"][1] or len(re.findall(r"^=head2", text["pdl/FAQ.pod"], re.M)) != len(heads2):
    errors.append("pdl/FAQ.pod: =head2 lines and counted entries differ")
pdl_nums = [n for n, _ in pdl_entries(text["pdl/FAQ.pod"])]
runs = [(1, 2), (2, 8), (3, 6), (4, 5), None, (5, 2), (6, 22), (7, 3)]
want_pdl = []
for r in runs:
    if r is None:
        want_pdl += [f"4.{i}" for i in range(5, 12)]
    else:
        want_pdl += [f"{r[0]}.{i}" for i in range(1, r[1] + 1)]
if pdl_nums != want_pdl:
    errors.append(f"pdl/FAQ.pod: entry numbers {pdl_nums} != {want_pdl}")

# MCL: the TOC lists the same questions with the same numbers as the body, each TOC item's
# anchors agree; every numbered body item was matched; anchors are unique; numbers run 1..k
mcl = text["mcl/mclfaq.html"]
body = mcl_entries(mcl)
toc_items = mcl_toc(mcl)
if [(n, q) for _, n, q in body] != [(n, q) for n, q, _ in toc_items]:
    errors.append("mcl/mclfaq.html: TOC questions and body questions differ")
if not all(ok for _, _, ok in toc_items):
    errors.append("mcl/mclfaq.html: a TOC item's anchors disagree")
if len(re.findall(r'<a class="quiet" href="#toc-[^"]+">\d+\.\d+</a>', mcl)) != len(body):
    errors.append("mcl/mclfaq.html: numbered body items and matched entries differ")
if len({a for a, _, _ in body}) != len(body):
    errors.append("mcl/mclfaq.html: an entry anchor occurs twice")
want_mcl = [f"{s}.{i}" for s, k in enumerate([7, 1, 11, 4, 2, 7, 4, 1, 3, 2], 1) for i in range(1, k + 1)]
if [n for _, n, _ in body] != want_mcl:
    errors.append("mcl/mclfaq.html: entry numbers do not run as read")

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
            errors.append(f"{r['id']}: not an FAQ entry: {a}")
        elif a["question"] in AVOID.get(a["page"], ()):
            errors.append(f"{r['id']}: targets an entry no query may target: {a}")
per_page = collections.Counter(a["page"] for r in rows for a in r["answers"][:1])
per_kind_page = collections.Counter((r["kind"], r["answers"][0]["page"].split("/")[0]) for r in rows)
distinct = {(a["page"], a["question"]) for r in rows for a in r["answers"]}
if len(distinct) != len(rows):
    errors.append(f"{len(distinct)} distinct answer questions for {len(rows)} queries")
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK (0 errors)")
sys.exit(1 if errors else 0)
