"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page, with structural checks of each page. Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import (PAGES, ROOT, SUMMARY, headings, emacs_nodes, emacs_parse, emacs_underlined,
                      svm_parse, svm_entries, svm_headlines, svm_categories, md_lines, md_parse,
                      md_entries)

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the Emacs FAQ's title, 11 chapters and Concept
# Index (all underlined with "*"); the LIBSVM FAQ's one <h1>; the AFL++ FAQ's "#" title and its
# four "##" categories
EMACS_H1 = ["The GNU Emacs FAQ", "1 FAQ notation", "2 General questions", "3 Getting help",
            "4 History of Emacs", "5 Common requests", "6 Bugs and problems",
            "7 Compiling and installing Emacs", "8 Finding Emacs and related packages",
            "9 Key bindings", "10 Alternate character sets", "11 Mail and news", "Concept Index"]
NOT_ENTRIES = {
    "emacs/efaq.txt": {"h1": EMACS_H1},
    "libsvm/FAQ.html": {"h1": ["LIBSVM FAQ"]},
    "aflplusplus/FAQ.md": {"h1": ["Frequently asked questions (FAQ)"],
                           "h2": ["General", "Targets", "Performance", "Troubleshooting"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the nodes whose heading is "N.M Title" underlined with "=": 5+5+10+12+49+11+3+6+14+4+10
    "emacs/efaq.txt": 129,
    # the bold '<a name="..."><b>Q: ...</b></a>' anchors: 2+13+7+29+9+3+3+4+1+13
    "libsvm/FAQ.html": 84,
    # the <details> blocks' <summary> lines: 4+3+4+3 under the four "##" categories
    "aflplusplus/FAQ.md": 14,
}
EMACS_COUNTS = [5, 5, 10, 12, 49, 11, 3, 6, 14, 4, 10]
# bytes of the Info file that are not text: 0x1F before each of the 142 nodes, the tag table and
# the Local Variables block; 0x7F in the 142 "Node:" lines and one "Ref:" line of the tag table;
# NUL and backspace twice each in the index cookie of the Concept Index
EMACS_BYTES = {0x1F: 145, 0x7F: 143, 0x00: 2, 0x08: 2, 0x0D: 0}
# LIBSVM: categories in page order, with the count the category list gives for each
SVM_CATEGORIES = [("Q01:_Some_sample_uses_of_libsvm", 2),
                  ("Q02:_Installation_and_running_the_program", 13), ("Q03:_Data_preparation", 7),
                  ("Q04:_Training_and_prediction", 29),
                  ("Q05:_Cross_validation_and_parameter_selection", 9),
                  ("Q06:_Probability_outputs", 3), ("Q07:_Graphic_interface", 3),
                  ("Q08:_Java_version_of_libsvm", 4), ("Q09:_Python_interface", 1),
                  ("Q10:_MATLAB_OCTAVE_interface", 13)]
# anchors the page gives to two entries each (the list of questions links only the first)
SVM_DUP_ANCHORS = ["f425", "f427", "f501", "f502", "f503"]
AFL_SECTIONS = {"General": 4, "Targets": 3, "Performance": 4, "Troubleshooting": 3}
# entries no query may target: entries that answer no one question (lists of courses and tools)
AVOID = {
    "libsvm/FAQ.html": {"Some courses which have used libsvm as a tool",
                        "Some applications/tools which have used libsvm"},
}

rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: {h for _, h in hs} for p, hs in all_heads.items()}
entries = {p: [h for l, h in all_heads[p] if l == "q"] for p in PAGES}
text = {p: (ROOT / p).read_text(encoding=enc) for p, enc in PAGES.items()}
raw = {p: (ROOT / p).read_bytes() for p in PAGES}
errors = []
if len(rows) != 40:
    errors.append(f"{len(rows)} queries, want 40")
kinds = collections.Counter(r["kind"] for r in rows)
if dict(kinds) != WANT:
    errors.append(f"kinds {dict(kinds)} != {WANT}")
for page, n in ENTRIES.items():
    got = entries[page]
    if len(got) != n:
        errors.append(f"{page}: {len(got)} FAQ entries, want {n}")
    dups = {h: c for h, c in collections.Counter(got).items() if c > 1}
    if dups:
        errors.append(f"{page}: entries sharing a text {dups}")
    others = collections.defaultdict(list)
    for l, h in all_heads[page]:
        if l != "q":
            others[l].append(h)
    if dict(others) != NOT_ENTRIES[page]:
        errors.append(f"{page}: other headings {dict(others)} != {NOT_ENTRIES[page]}")
    for h in AVOID.get(page, ()):
        if h not in got:
            errors.append(f"{page}: entry to avoid is not an entry: {h!r}")

# Emacs: the control bytes are as counted; every node has one underlined heading, and no other
# line of the file is underlined in full; chapters run 1 to 11, each followed by its entries N.1,
# N.2, ... without a gap; the tag table names every node, in order, with the byte offset of the
# 0x1F that opens it; the Concept Index holds the index cookie
em, em_raw = text["emacs/efaq.txt"], raw["emacs/efaq.txt"]
got_bytes = {b: em_raw.count(bytes([b])) for b in EMACS_BYTES}
if got_bytes != EMACS_BYTES:
    errors.append(f"emacs: control bytes {got_bytes} != {EMACS_BYTES}")
nodes = emacs_nodes(em)
parsed = emacs_parse(em)
if len(nodes) != 142 or len(parsed) != 142:
    errors.append(f"emacs: {len(nodes)} nodes and {len(parsed)} headings, want 142 of each")
if sorted(emacs_underlined(em)) != sorted(" ".join(
        (f"{n} {t}" if k == "q" else t).split()) for k, n, t, _ in parsed):
    errors.append("emacs: the underlined lines of the file are not exactly the node headings")
chap, counts, last = 0, [], 0
for kind, num, t, _ in parsed:
    if kind == "h1":
        if num:
            if int(num) != chap + 1:
                errors.append(f"emacs: chapter {num} out of order")
            chap, last = int(num), 0
            counts.append(0)
        continue
    c, m = map(int, num.split("."))
    if c != chap or m != last + 1:
        errors.append(f"emacs: entry {num} after {chap}.{last}")
    last = m
    counts[-1] += 1
if counts != EMACS_COUNTS:
    errors.append(f"emacs: entries per chapter {counts} != {EMACS_COUNTS}")
tags = re.findall(r"^Node: (.*)\x7f(\d+)$", em, re.M)
if [n for n, _ in tags] != [n for n, _ in nodes]:
    errors.append("emacs: the tag table does not list the nodes in order")
elif any(em_raw[int(o)] != 0x1F for _, o in tags):
    errors.append("emacs: a tag-table offset does not point at a node's 0x1F")
if "\x00\x08[index\x00\x08]" not in dict(nodes).get("Concept index", [""])[4]:
    errors.append("emacs: the Concept Index has no index cookie where expected")

# LIBSVM: one heading tag (the <h1>); the list of questions at the top has the entries' texts in
# page order; the anchors named above are each given to two entries, and no other anchor is
# shared; a category anchor comes before every entry, and the categories hold the counts that
# the category list gives; the first two lines end in CRLF, the others in LF
svm, svm_raw = text["libsvm/FAQ.html"], raw["libsvm/FAQ.html"]
parsed_svm = svm_parse(svm)
if [t for a, t in svm_headlines(svm)] != svm_entries(svm):
    errors.append("libsvm: the list of questions and the entries differ")
shared = sorted(a for a, c in collections.Counter(a for k, a, _ in parsed_svm if k == "q").items()
                if c > 1)
if shared != SVM_DUP_ANCHORS:
    errors.append(f"libsvm: anchors shared by two entries {shared} != {SVM_DUP_ANCHORS}")
cats = svm_categories(svm)
if [e for _, e in cats] != [a for k, a, _ in parsed_svm if k == "q"]:
    errors.append("libsvm: not exactly one category anchor before every entry")
run = []
for c, _ in cats:
    if run and run[-1][0] == c:
        run[-1][1] += 1
    else:
        run.append([c, 1])
if [tuple(r) for r in run] != SVM_CATEGORIES:
    errors.append(f"libsvm: categories {run} != {SVM_CATEGORIES}")
listed = [(c, int(n)) for c, n in re.findall(r'<a\s+href="#/(Q\d\d:_[^"]*)">[^<]*</a>\((\d+)\)', svm)]
if listed != SVM_CATEGORIES:
    errors.append(f"libsvm: category list {listed} != {SVM_CATEGORIES}")
if svm_raw.count(b"\r\n") != 2 or not svm_raw.startswith(b"\r\n\r\n") or svm_raw.count(b"\r") != 2:
    errors.append("libsvm: line ends are not as described (two CRLF lines first, then LF)")

# AFL++: every <details> opens with one <summary> entry line and closes with "</p></details>";
# the categories hold the counts above; summary ids are unique; fences are balanced and the only
# fenced line starting with "*" or "#" is the row of "*" in the clang error output
afl = text["aflplusplus/FAQ.md"]
lines = afl.split("\n")
opens = [i for i, l in enumerate(lines) if l.strip() == "<details>"]
if len(opens) != 14 or any(not SUMMARY.match(lines[i + 1]) for i in opens):
    errors.append("afl: a <details> is not followed by its <summary> line")
if afl.count("</p></details>") != 14 or afl.count("<details>") != 14 or afl.count("<summary") != 14:
    errors.append("afl: <details>/<summary> blocks are not 14 balanced ones")
sec, per = None, collections.Counter()
for k, _, t in md_parse(afl):
    if k == "h2":
        sec = t
    elif k == "q":
        per[sec] += 1
if dict(per) != AFL_SECTIONS:
    errors.append(f"afl: entries per category {dict(per)} != {AFL_SECTIONS}")
ids = [i for k, i, _ in md_parse(afl) if k == "q"]
if len(set(ids)) != len(ids):
    errors.append("afl: summary ids are not unique")
fl = md_lines(afl)
odd = [l for l, f in fl if f and l.strip().startswith(("*", "#"))]
if odd != ["  ********************"]:
    errors.append(f"afl: fenced lines starting with * or #: {odd}")
if sum(1 for l, f in fl if f and re.match(r"^ {0,3}```\s*$", l)) % 2:
    errors.append("afl: unbalanced fences")

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
