"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page, with structural checks of each page. Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import (PAGES, ROOT, SEP, VIM_ENTRY, headings, vim_parse, vim_entries, vim_index,
                      vnc_parse, vnc_sections, vnc_entries, md_lines, md_parse, md_entries, md_toc,
                      gh_slug)

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the Vim FAQ's 37 section names; the VNC FAQ's
# three <h1>s (two written <H1>) and five <h2>s ("Note" and the four sections, written <H2>);
# the termshark FAQ's "# FAQ" and "## Table of Contents"
VIM_SECTIONS = ["GENERAL INFORMATION", "RESOURCES", "AVAILABILITY", "HELP", "EDITING A FILE",
                "EDITING MULTIPLE FILES", "BACKUP", "BUFFERS", "WINDOWS", "MOTION",
                "SEARCHING TEXT", "CHANGING TEXT", "COMPLETION IN INSERT MODE", "TEXT FORMATTING",
                "VISUAL MODE", "COMMAND-LINE MODE", "VIMINFO", "REMOTE EDITING", "OPTIONS",
                "MAPPING KEYS", "ABBREVIATIONS", "RECORD AND PLAYBACK", "AUTOCOMMANDS",
                "SYNTAX HIGHLIGHT", "VIM SCRIPT WRITING", "PLUGINS", "EDITING PROGRAM FILES",
                "QUICKFIX", "FOLDING", "VIM WITH EXTERNAL APPLICATIONS", "GUI VIM", "VIM ON UNIX",
                "VIM ON MS-WINDOWS", "PRINTING", "BUILDING VIM FROM SOURCE", "VARIOUS", "UNICODE"]
NOT_ENTRIES = {
    "vim/FAQ.txt": {"section": VIM_SECTIONS},
    "tightvncserver/faq.html": {
        "h1": ["Virtual Network Computing", "VNC Frequently Asked Questions (FAQ)",
               "VNC Frequently Asked Questions"],
        "h2": ["Note", "Getting Started", "Running the programs", "General Questions",
               "Compiling the source"]},
    "termshark/FAQ.md": {"h1": ["FAQ"], "h2": ["Table of Contents"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the body's "N.M. question" lines after a blank line, over 37 sections (the index lists 374:
    # it lacks 15.10)
    "vim/FAQ.txt": 375,
    # the <DT> terms: 9 + 10 + 14 + 1 under the four section <H2>s
    "tightvncserver/faq.html": 34,
    # the "## " headings other than "Table of Contents"
    "termshark/FAQ.md": 21,
}
# entries per section of the Vim FAQ, as read
VIM_COUNTS = [5, 10, 4, 6, 11, 7, 3, 11, 4, 13, 22, 35, 3, 18, 10, 8, 3, 3, 17, 16, 5, 5, 6, 15,
              30, 8, 10, 2, 6, 10, 15, 10, 12, 2, 9, 9, 12]
# the index words these entries differently from the body
VIM_INDEX_DIFFER = ["2.9", "7.1", "8.7", "11.22", "14.3", "20.3", "25.12"]
VNC_SECTIONS = {"Note": 0, "Getting Started": 9, "Running the programs": 10,
                "General Questions": 14, "Compiling the source": 1}
# entries no query may target: entries that answer no one question (a list of tips, a roadmap)
AVOID = {
    "tightvncserver/faq.html": {"Any other tips?"},
    "termshark/FAQ.md": {"What's next?"},
}

rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: {h for _, h in hs} for p, hs in all_heads.items()}
entries = {p: [h for l, h in all_heads[p] if l == "q"] for p in PAGES}
text = {p: (ROOT / p).read_text(encoding=enc) for p, enc in PAGES.items()}
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

# Vim: the body starts at the first separator; sections run 1..37, each followed by its entries
# N.1, N.2, ... with no gap; no entry-like line follows a non-blank line; every continuation line
# of a question is indented; 38 separators; the index has the same sections and the body's
# numbers less 15.10, and words only the entries named above differently
vim = text["vim/FAQ.txt"]
parsed, stray = vim_parse(vim)
if stray:
    errors.append(f"vim/FAQ.txt: entry-like lines after a non-blank line: {stray}")
lines = vim.split("\n")
if lines.count(SEP) != 38:
    errors.append(f"vim/FAQ.txt: {lines.count(SEP)} separators, want 38")
sec, counts, last = 0, [], 0
for kind, num, _ in parsed:
    if kind == "section":
        if int(num) != sec + 1:
            errors.append(f"vim/FAQ.txt: section {num} out of order")
        sec, last = int(num), 0
        counts.append(0)
    else:
        s, m = map(int, num.split("."))
        if s != sec or m != last + 1:
            errors.append(f"vim/FAQ.txt: entry {num} after {sec}.{last}")
        last = m
        counts[-1] += 1
if counts != VIM_COUNTS:
    errors.append(f"vim/FAQ.txt: entries per section {counts} != {VIM_COUNTS}")
start = lines.index(SEP)
for i in range(start, len(lines)):
    if VIM_ENTRY.match(lines[i]) and not lines[i - 1].strip():
        j = i + 1
        while lines[j].strip():
            if not lines[j].startswith("     "):
                errors.append(f"vim/FAQ.txt: question line not indented: {lines[j]!r}")
            j += 1
index = vim_index(vim)
if [t for k, _, t in index if k == "section"] != VIM_SECTIONS:
    errors.append("vim/FAQ.txt: index sections differ from the body's")
idx_q = [(n, t) for k, n, t in index if k == "q"]
body_q = vim_entries(vim)
if [n for n, _ in idx_q] != [n for n, _ in body_q if n != "15.10"]:
    errors.append("vim/FAQ.txt: index numbers differ from the body's as described")
body_d = dict(body_q)
differ = [n for n, t in idx_q if body_d.get(n) != t]
if differ != VIM_INDEX_DIFFER:
    errors.append(f"vim/FAQ.txt: index wording differs for {differ}")

# VNC: every <DT> is an entry written "<DT> <B>...</B></DT>"; the entries per section <H2> are as
# read; no <DT> inside another
vnc = text["tightvncserver/faq.html"]
dts = re.findall(r"<DT\b[^>]*>(.*?)</DT\s*>", vnc, re.S)
if len(re.findall(r"<dt\b", vnc, re.I)) != len(dts) or len(dts) != len(vnc_entries(vnc)):
    errors.append("vnc: <DT>s and counted entries differ")
if any(not re.fullmatch(r"\s*<B>.*</B>\s*", d, re.S) for d in dts):
    errors.append("vnc: a <DT> is not a bold question")
if vnc_sections(vnc) != VNC_SECTIONS:
    errors.append(f"vnc: entries per section {vnc_sections(vnc)} != {VNC_SECTIONS}")

# termshark: the table of contents links every entry, in order, by its text and GitHub anchor;
# the only line starting with "#" inside a fence is "#!/bin/bash"; fences are balanced
ts = text["termshark/FAQ.md"]
toc = md_toc(ts)
if [t for t, _ in toc] != md_entries(ts):
    errors.append("termshark/FAQ.md: table of contents and body entries differ")
if any(a != gh_slug(t) for t, a in toc):
    errors.append("termshark/FAQ.md: an anchor is not the GitHub slug of its entry")
fenced_hash = [l for l, f in md_lines(ts) if f and l.startswith("#")]
if fenced_hash != ["#!/bin/bash"]:
    errors.append(f"termshark/FAQ.md: lines starting with # inside fences: {fenced_hash}")
if md_lines(ts) and md_lines(ts)[-1][1] and md_lines(ts)[-1][0].strip():
    errors.append("termshark/FAQ.md: unclosed fence at the end")

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
