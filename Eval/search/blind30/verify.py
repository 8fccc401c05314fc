"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page, with structural checks of each page. Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import (PAGES, ROOT, headings, sed_parse, sed_entries, sed_toc, xboard_parse,
                      xboard_entries, xboard_anchors, xboard_toc, md_parse, md_entries, md_toc)

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the sed FAQ's three-line title, its seven section
# names and its 51 sub-headings (checked by number below); the XBoard FAQ's <h1> and six <h2>s
# (one written <H2>); the sysstat FAQ's <h2> title and five <h3>s
NOT_ENTRIES = {
    "sed/sedfaq.txt": {
        "title": ["THE SED FAQ Frequently Asked Questions about sed, the stream editor"],
        "section": ["GENERAL INFORMATION", "BASIC SED", "TECHNICAL", "EXAMPLES",
                    "WHY ISN'T THIS WORKING?", "OTHER ISSUES", "KNOWN BUGS AMONG SED VERSIONS"]},
    "xboard/FAQ.html": {
        "h1": ["XBoard and WinBoard: Frequently Asked Questions"],
        "h2": ["Outline", "Detailed contents", "[A] Introduction and hot topics",
               "[B] XBoard and WinBoard", "[C] XBoard and WinBoard, bugs and problems",
               "[D] Crafty and other topics"]},
    "sysstat/FAQ.md": {
        "h2": ["Welcome to the sysstat's Frequently Asked Questions!"],
        "h3": ["Table of contents", "1. General questions",
               "2. Questions related to sar, sadc and sadf", "3. Questions related to iostat",
               "4. Questions related to pidstat"]},
}
# the sed FAQ's sub-headings, by number: three- and four-part numbers, and lettered ones
SED_SUBS = ("2.2.1 2.2.1.1 2.2.1.2 2.2.1.3 2.2.1.4 2.2.1.5 2.2.1.6 2.2.2 2.2.2.1 2.2.2.2 2.2.2.3 "
            "2.2.2.4 2.3.1 2.3.2 2.3.3 2.3.4 3.1.1 3.1.2 3.1.3 3.1.4 4.23.1 4.23.2 4.23.3 4.30.1 "
            "4.30.2 4.31.1 4.31.2 4.41.1 4.41.2 4.41.3 6.6.1 6.6.2 6.6.3 6.6.4 6.6.5 6.6.6 6.6.7 "
            "6.7.1 6.7.2 6.7.3 A B C D E F G H 6.7.4 6.7.5 A").split()
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the numbered entries "N.M. ..." in column 0 of the body: 7+3+7+26+11+7+15
    "sed/sedfaq.txt": ("q", 76),
    # the <h3>s "[X.N] ...": 6+27+18+10 (B.15, C.8, C.10, C.11 and C.14 are missing)
    "xboard/FAQ.html": ("q", 61),
    # the paragraphs "N.M.<a name="N_M"></a> ...": 4+25+6+4
    "sysstat/FAQ.md": ("q", 39),
}
# the one text several sysstat entries share (2.1, 2.2, 2.3, 2.13, 2.17: the message they quote
# is in the code block after it)
SHARED = {"sysstat/FAQ.md": {"The sar command complains with the following message:": 5}}
# entries no query may target: sed entries whose answer is only their sub-headings (2.2, 2.3,
# 4.30, 4.31, 4.41, 6.7); sysstat entries whose answer only points to another entry (2.9 -> 3.1,
# 2.16 -> 3.2) and the five that share one text
AVOID = {
    "sed/sedfaq.txt": {
        "What versions of sed are there, and where can I get them?",
        "Where can I learn to use sed?",
        "How do I read environment variables with sed?",
        "How do I export or pass variables back into the environment?",
        "How do I make substitutions in every file in a directory, or in a complete directory tree?",
        "Known incompatibilities between sed versions"},
    "sysstat/FAQ.md": {
        "I cannot see all my disks when I use the sar -d command...",
        "Some fields are always displayed as 0.00 when I use the sar -d command.",
        "The sar command complains with the following message:"},
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
    if dups != SHARED.get(page, {}):
        errors.append(f"{page}: entries sharing a text {dups} != {SHARED.get(page, {})}")
    others = collections.defaultdict(list)
    for l, h in all_heads[page]:
        if l != level and l != "sub":
            others[l].append(h)
    if dict(others) != NOT_ENTRIES[page]:
        errors.append(f"{page}: other headings {dict(others)} != {NOT_ENTRIES[page]}")
    for h in AVOID.get(page, ()):
        if h not in got:
            errors.append(f"{page}: entry to avoid is not an entry: {h!r}")

# sed: every column-0 line of the body is a separator, the end mark, a section, an entry, a
# sub-heading or a continuation; sections run 1..7, entries N.M sit under section N in the order
# read, sub-headings under their entry; the contents list has the body's two-part numbers with
# 4.31 dropped and 4.33 added after 4.32 (the body's 4.31 and 4.32 are 4.32 and 4.33 there)
sed = text["sed/sedfaq.txt"]
parsed, stray = sed_parse(sed)
if stray:
    errors.append(f"sed/sedfaq.txt: column-0 lines that are no heading: {stray}")
sec, last_entry = 0, None
subs = []
for kind, num, _ in parsed:
    if kind == "section":
        if int(num) != sec + 1:
            errors.append(f"sed/sedfaq.txt: section {num} out of order")
        sec = int(num)
    elif kind == "q":
        if int(num.split(".")[0]) != sec:
            errors.append(f"sed/sedfaq.txt: entry {num} under section {sec}")
        last_entry = num
    elif kind == "sub":
        subs.append(num)
        if num[0].isdigit() and not num.startswith(last_entry + "."):
            errors.append(f"sed/sedfaq.txt: sub-heading {num} under entry {last_entry}")
        if not num[0].isdigit() and last_entry != "6.7":
            errors.append(f"sed/sedfaq.txt: lettered sub-heading {num} under entry {last_entry}")
if sec != 7:
    errors.append(f"sed/sedfaq.txt: last section is {sec}, want 7")
if subs != SED_SUBS:
    errors.append(f"sed/sedfaq.txt: sub-headings {subs} != {SED_SUBS}")
sed_nums = [n for n, _ in sed_entries(sed)]
runs = {1: [range(1, 8)], 2: [range(1, 4)], 3: [range(1, 8)],
        4: [range(1, 4), range(10, 17), range(20, 28), range(30, 33), range(40, 45)],
        5: [range(1, 12)], 6: [range(1, 8)], 7: [range(1, 16)]}
want_sed = [f"{s}.{i}" for s, rs in runs.items() for r in rs for i in r]
if sed_nums != want_sed:
    errors.append(f"sed/sedfaq.txt: entry numbers {sed_nums} != {want_sed}")
want_toc = [n for n in sed_nums if n != "4.31"]
want_toc.insert(want_toc.index("4.32") + 1, "4.33")
if [n for n, _ in sed_toc(sed)] != want_toc:
    errors.append("sed/sedfaq.txt: contents list numbers differ from the body's as described")

# XBoard: every <h3> is an entry; the numbers run as read (B.15, C.8, C.10, C.11, C.14 missing);
# each entry's anchor is "tag-X.N"; the "Detailed contents" list links every entry, in order, by
# its anchor, and words the questions as the body does except B.7, B.28, C.3 and D.10
xb = text["xboard/FAQ.html"]
xb_nums = [n for n, _ in xboard_entries(xb)]
if len(re.findall(r"<h3\b", xb, re.I)) != len(xb_nums):
    errors.append("xboard/FAQ.html: <h3>s and counted entries differ")
want_xb = ([f"A.{i}" for i in range(1, 7)] + [f"B.{i}" for i in range(1, 29) if i != 15]
           + [f"C.{i}" for i in range(1, 23) if i not in (8, 10, 11, 14)] + [f"D.{i}" for i in range(1, 11)])
if xb_nums != want_xb:
    errors.append(f"xboard/FAQ.html: entry numbers {xb_nums} != {want_xb}")
if [a for a, _ in xboard_anchors(xb)] != [f"tag-{n}" for n in xb_nums]:
    errors.append("xboard/FAQ.html: entry anchors do not agree with their numbers")
toc = xboard_toc(xb)
if [(h, n) for h, n, _ in toc] != [(f"tag-{n}", n) for n in xb_nums]:
    errors.append("xboard/FAQ.html: contents links and body entries differ")
body_q = dict(xboard_entries(xb))
differ = [n for _, n, q in toc if q != body_q.get(n)]
if differ != ["B.7", "B.28", "C.3", "D.10"]:
    errors.append(f"xboard/FAQ.html: contents wording differs for {differ}")

# sysstat: the numbers run as read; each entry's anchor is "N_M"; the table of contents lists
# the same numbers and anchors in the same order
ys = text["sysstat/FAQ.md"]
_, ys_anchors = md_parse(ys)
ys_nums = [n for n, _ in md_entries(ys)]
want_ys = [f"{s}.{i}" for s, k in enumerate([4, 25, 6, 4], 1) for i in range(1, k + 1)]
if ys_nums != want_ys:
    errors.append(f"sysstat/FAQ.md: entry numbers {ys_nums} != {want_ys}")
if any(a != n.replace(".", "_") for n, a in ys_anchors):
    errors.append("sysstat/FAQ.md: entry anchors do not agree with their numbers")
if [(n, a) for n, a, _ in md_toc(ys)] != ys_anchors:
    errors.append("sysstat/FAQ.md: table of contents and body entries differ")
if len(re.findall(r'^\d+\.\d+\.<a name=', ys, re.M)) != len(ys_nums):
    errors.append("sysstat/FAQ.md: numbered paragraphs and counted entries differ")

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
