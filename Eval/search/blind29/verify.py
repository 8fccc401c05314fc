"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page, with structural checks of each page. Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import (PAGES, ROOT, headings, ex_parse, ex_entries, ex_list, ex_split,
                      ht_split, ht_entries, ht_toc, md_headings_raw, md_entries, md_toc)

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the Expect FAQ's title line and its five body
# sections; the HTTrack FAQ's <h2> and the five closed <h3>s of its list of questions; the
# JavaCC FAQ's "Contents" <h3>, its ten ## parts and the twenty #### headings inside answers
NOT_ENTRIES = {
    "expect/FAQ.txt": {
        "title": ["Expect FAQ (Frequently Asked Questions)"],
        "section": ["General", "Book, newsgroup, FAQ, README, ...", "Can Expect do this?",
                    "Compilation or porting questions", "Other..."]},
    "httrack/faq.html": {
        "h2": ["F A Q"],
        "h3": ["Very Frequently Asked Questions:", "General questions:", "Troubleshooting:",
               "Questions concerning a mirror:", "Other problems:"]},
    "javacc/faq.md": {
        "h3": ["Contents"],
        "h2": ["General Information", "Common Issues", "The Token Manager", "The Parser and Lookahead",
               "Semantic Actions", "JJTree and JTB", "Applications of JavaCC",
               "Comparing JavaCC with other tools", "Footnotes", "Acknowledgments"],
        "h4": ["JavaCC design", "N.B.", "Books", "Tutorials", "Articles", "Parsing theory",
               "Boilerplate files", "Custom files", "Options", "IntelliJ IDEA", "Eclipse IDE",
               "Example", "Definition", "Rules", "Example 1", "Example 2", "Example", "Example",
               "Example", "Example"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the "#N. question" lines of the body: 7+9+6+13+19
    "expect/FAQ.txt": ("q", 54),
    # the "Q: <strong>...</strong>" questions of the body: 1+14+31+29+1, as the body's own
    # section labels group them (16 of the 29 under "Questions concerning a mirror", the QM*
    # anchors, are miscellaneous ones that the list of questions also puts there)
    "httrack/faq.html": ("q", 76),
    # the "### <a name="question-N.M"></a>" headings: 9+6+21+20+3+3+3+3
    "javacc/faq.md": ("q", 68),
}
# entries no query may target: HTTrack's last entry, "My problerm is not listed!", which is no
# question (its answer is only "contact us"); JavaCC 6.2, whose answer only points to 1.3
AVOID = {
    "httrack/faq.html": {"My problerm is not listed!"},
    "javacc/faq.md": {"Where can I get JJTree?"},
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

# Expect: numbers run 1..54 in the body; the body's only other column-0 "#" or "*" line is
# "#!/bin/sh" (inside an answer); the list of questions at the top has the same numbers,
# questions and section names as the body; sections hold 7, 9, 6, 13 and 19 entries
ex = text["expect/FAQ.txt"]
parsed, stray = ex_parse(ex)
if stray != ["#!/bin/sh"]:
    errors.append(f"expect/FAQ.txt: column-0 lines that are no heading: {stray}")
ex_nums = [n for n, _ in ex_entries(ex)]
if ex_nums != [str(i) for i in range(1, 55)]:
    errors.append(f"expect/FAQ.txt: entry numbers {ex_nums}")
listed, listed_sections = ex_list(ex)
if listed != ex_entries(ex):
    errors.append("expect/FAQ.txt: list of questions and body questions differ")
if listed_sections != NOT_ENTRIES["expect/FAQ.txt"]["section"]:
    errors.append(f"expect/FAQ.txt: list sections {listed_sections}")
sizes = []
for kind, _, _ in parsed:
    if kind == "section":
        sizes.append(0)
    elif kind == "q":
        sizes[-1] += 1
if sizes != [7, 9, 6, 13, 19]:
    errors.append(f"expect/FAQ.txt: entries per section {sizes}")
if len(re.findall(r"^#\d+\. ", ex_split(ex)[1], re.M)) != 54:
    errors.append("expect/FAQ.txt: numbered body lines and entries differ")

# HTTrack: one <hr> ends the list of questions; the body has one "Q:" and one "A:" per entry;
# the list has 76 items with 76 distinct anchors, and its questions are the body's except three
# worded differently (QG0c, QG0b, Q101); the body's section labels (<u><strong>, no headings)
# are the list's <h3> names and hold 1, 14, 31, 29 and 1 entries; six <h3>s are opened and five
# closed
ht = text["httrack/faq.html"]
head, body = ht_split(ht)
if ht.count("<hr>") != 1:
    errors.append("httrack/faq.html: want one <hr>")
if not (len(re.findall(r"Q:", body)) == len(re.findall(r"\bA:", body)) == len(ht_entries(ht)) == 76):
    errors.append("httrack/faq.html: Q:, A: and entries differ")
toc = ht_toc(ht)
if len(toc) != 76 or len({a for a, _ in toc}) != 76:
    errors.append(f"httrack/faq.html: {len(toc)} list items")
toc_only = collections.Counter(q for _, q in toc) - collections.Counter(q for _, q in ht_entries(ht))
body_only = collections.Counter(q for _, q in ht_entries(ht)) - collections.Counter(q for _, q in toc)
want_toc_only = {"This software is 'free', but I bought it from an authorized reseller. What's going on?",
                 "Is there any risks of viruses with this software?",
                 "WinHTTrack window sometimes \"disappears\" at then end of a mirrored project. What's going on?"}
want_body_only = {"This software is 'free', but I bought it from an authorized reseller . What's going on?",
                  "Are there any risks of viruses with this software?",
                  "HTTrack window sometimes \"disappears\" at then end of a mirrored project. What's going on?"}
if set(toc_only) != want_toc_only or set(body_only) != want_body_only:
    errors.append(f"httrack/faq.html: list and body differ otherwise: {dict(toc_only)} / {dict(body_only)}")
labels = [(m.start(), " ".join(re.sub(r"<[^>]+>", "", m.group(1)).split()))
          for m in re.finditer(r"<u><strong>(.*?)</strong></u>", ht, re.S)]
if [t for _, t in labels] != NOT_ENTRIES["httrack/faq.html"]["h3"]:
    errors.append(f"httrack/faq.html: body section labels {labels}")
per_label = [sum(1 for pos, _ in ht_entries(ht) if lo < pos < hi)
             for (lo, _), (hi, _) in zip(labels, labels[1:] + [(len(ht), "")])]
if per_label != [1, 14, 31, 29, 1] or labels[0][0] > ht_entries(ht)[0][0]:
    errors.append(f"httrack/faq.html: entries per body section {per_label}")
if (len(re.findall(r"<h3", ht, re.I)), len(re.findall(r"</h3", ht, re.I))) != (6, 5):
    errors.append("httrack/faq.html: want six <h3> opened and five closed")

# JavaCC: code fences pair up; every ### heading outside code is "Contents" or an entry; the
# contents list has the same numbers and questions as the body; numbers run as read
md = text["javacc/faq.md"]
if len(re.findall(r"^```", md, re.M)) % 2:
    errors.append("javacc/faq.md: unpaired code fence")
h3 = [(a, t) for l, a, t in md_headings_raw(md) if l == 3]
if [t for a, t in h3 if not a.startswith("question-")] != ["Contents"]:
    errors.append("javacc/faq.md: ### headings that are neither Contents nor entries")
if md_toc(md) != md_entries(md):
    errors.append("javacc/faq.md: contents list and body questions differ")
want_md = [f"{s}.{i}" for s, k in enumerate([9, 6, 21, 20, 3, 3, 3, 3], 1) for i in range(1, k + 1)]
if [n for n, _ in md_entries(md)] != want_md:
    errors.append("javacc/faq.md: entry numbers do not run as read")

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
