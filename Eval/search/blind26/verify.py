"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page. Run: python3 verify.py"""
import collections, html, json, pathlib, re, sys
from headings import PAGES, ROOT, headings, wmaker_entries

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the Window Maker FAQ's title line, its "Summary of
# Contents" and its eight section names; the rdiff-backup document title (attribute resolved);
# the Sylpheed chapter title
NOT_ENTRIES = {
    "wmaker/FAQ.txt": {
        "title": ["WindowMaker FAQ"],
        "part": ["Summary of Contents"],
        "section": ["Introduction", "Installation", "Usage", "Configuration",
                    "Other Applications", "Programming", "Miscellaneous Questions", "Themes"]},
    "rdiff-backup/FAQ.adoc": {"title": ["rdiff-backup: F.A.Q."]},
    "sylpheed/sylpheed-faq-2.html": {"h2": ["2. Sylpheed FAQ - Installation and Configuration"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the numbered, underlined questions: 8 + 17 + 11 + 18 + 14 + 4 + 5 + 3
    "wmaker/FAQ.txt": ("q", 80),
    # the level-1 section titles ("== ...")
    "rdiff-backup/FAQ.adoc": ("q", 30),
    # the <H2>s "2.N QNN ..." (the other <H2> is the chapter title)
    "sylpheed/sylpheed-faq-2.html": ("q", 32),
}
# entries no query may target: the Window Maker FAQ asks "define my own icon for a program" twice
# (4.5 and 4.19, two wordings, the same answer); four rdiff-backup titles quote an error message
# with AsciiDoc's "`...`" marks, whose text a reader sees depends on the renderer
AVOID = {
    "wmaker/FAQ.txt": {
        "How can I define my own Icon for a program? (instead of the Icon the Application Supplies?)",
        "How do I define my own icon for a program? I don't like the one it supplies."},
    "rdiff-backup/FAQ.adoc": {
        'Where does rdiff-backup need free space and how much is required? What is the problem when rdiff-backup says "ValueError: Incorrect length of data produced"?',
        'What does "tuple index out of range" mean?',
        'What does "IO Error: CRC check failed" mean?',
        'What does "AssertionError: Bad index order" mean?'},
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
# the Window Maker FAQ lists its questions by number in the "Summary of Contents" first: the
# numbers must be the entries' numbers, less the three entries the contents list lacks (2.17,
# 4.18, 4.19; there is no 4.17)
wm = text["wmaker/FAQ.txt"]
start = wm.index("Summary of Contents:")
toc = wm[start:wm.index("\n=====", start)]
toc_nums = re.findall(r"^[ \t]+(\d+\.\d+) ", toc, re.M)
body_nums = [n for n, _ in wmaker_entries(wm)]
if toc_nums != [n for n in body_nums if n not in ("2.17", "4.18", "4.19")]:
    errors.append("wmaker/FAQ.txt: contents list numbers and entry numbers differ")
if len(body_nums) != len(set(body_nums)):
    errors.append("wmaker/FAQ.txt: an entry number occurs twice")
# every "== " line of the AsciiDoc source is a title: none is hidden inside a delimited block
if len(re.findall(r"^== ", text["rdiff-backup/FAQ.adoc"], re.M)) != ENTRIES["rdiff-backup/FAQ.adoc"][1]:
    errors.append("rdiff-backup/FAQ.adoc: '== ' lines and level-1 titles differ")
# the Sylpheed entries are numbered 2.1 .. 2.32, with Q01 .. Q32 and anchors ss2.1 .. ss2.32
syl = re.findall(r'<H2><A NAME="ss2\.(\d+)">2\.(\d+) Q(\d+)\s', text["sylpheed/sylpheed-faq-2.html"])
if [tuple(int(x) for x in t) for t in syl] != [(i, i, i) for i in range(1, 33)]:
    errors.append("sylpheed/sylpheed-faq-2.html: anchors, numbers and Q numbers do not run 1..32")
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
