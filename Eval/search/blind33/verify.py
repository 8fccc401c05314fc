"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own` (all of them
words of the answer), one word found on no page for `typo`, that every answer is a heading of its
page (headings.py) and an FAQ entry, and the number of FAQ entries per page, with structural checks
of each page. Run: python3 verify.py"""
import collections, json, pathlib, re, sys
from headings import (PAGES, ROOT, headings, asy_parse, asy_index, ASY_INDEX_SECTION,
                      mesa_titles, mesa_parse, mesa_levels, sql_parse)

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the Asymptote FAQ's title, "Index" and nine
# sections; the Mesa FAQ's title ("=") and four chapters ("-"); SQL-Ledger's one <h1>
ASY_H1 = ["ASYMPTOTE FREQUENTLY ASKED QUESTIONS", "Index", "Section 1. About Asymptote",
          "Section 2. Questions about installation and setup", "Section 3. Questions about paths",
          "Section 4. Questions about labels", "Section 5. Questions about arrows",
          "Section 6. Questions about 2D graphs", "Section 7. Questions about programming",
          "Section 8. Questions about differences between Asymptote and MetaPost",
          "Section 9. Questions about output"]
NOT_ENTRIES = {
    "asymptote/asy-faq.txt": {"h1": ASY_H1},
    "mesa/faq.rst.txt": {"h1": ["Frequently Asked Questions"],
                         "h2": ["1. High-level Questions and Answers",
                                "2. Compilation and Installation Problems",
                                "3. Runtime / Rendering Problems", "4. Developer Questions"]},
    "sqlledger/faq.html": {"h1": ["SQL-Ledger security"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the "Question N.M.  text" lines: 5+12+2+12+4+20+9+9+6
    "asymptote/asy-faq.txt": 79,
    # the "N.M Title" section titles: 6+5+5+3
    "mesa/faq.rst.txt": 19,
    # the '<p><li><h4>topic</h4>' items
    "sqlledger/faq.html": 47,
}
ASY_COUNTS = [5, 12, 2, 12, 4, 20, 9, 9, 6]
MESA_COUNTS = [6, 5, 5, 3]
# Mesa entries whose title is underlined with "-" like the chapters (docutils puts them on the
# chapters' level, level 2); all other entries are underlined with "~" (level 3)
MESA_DASHED = ["1.2", "1.3", "1.4", "1.5", "1.6", "2.5"]
# entries no query may target (none on these pages: every entry answers one need)
AVOID = {}

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
    b = raw[page]
    if any(c > 0x7E or (c < 0x20 and c != 0x0A) for c in b):
        errors.append(f"{page}: bytes other than printable ASCII and LF")
    if not b.endswith(b"\n"):
        errors.append(f"{page}: does not end with a line feed")

# Asymptote: separators are 10 lines of 79 "=" and 79 lines of 79 "-"; every "-" is followed by a
# question, every "=" by "Index" or a section; sections run 1 to 9 with the counts above and
# entries N.1, N.2, ... without a gap; the index at the top and the one under each section list
# every question in order, each the question or a prefix of it (38 are cut); the index names the sections as
# the section headings do; the two cross-references ("Q2.3 `...'", "Q8.8 `...'") quote their
# question exactly; 39 question lines are longer than 79 characters (never wrapped)
asy = text["asymptote/asy-faq.txt"]
seps = collections.Counter((l[0], len(l)) for l in asy.split("\n") if re.fullmatch(r"=+|-+", l))
if seps != {("=", 79): 10, ("-", 79): 79}:
    errors.append(f"asymptote: separator lines {dict(seps)}")
parsed = asy_parse(asy)
if any((s == "-") != (k == "q") for k, _, _, s in parsed[1:]):
    errors.append("asymptote: a '-' separator not before a question, or a question after '='")
chap, counts, last = 0, [], 0
for kind, num, t, _ in parsed:
    if kind == "h1":
        if num:
            if int(num) != chap + 1:
                errors.append(f"asymptote: section {num} out of order")
            chap, last = int(num), 0
            counts.append(0)
        continue
    c, m = map(int, num.split("."))
    if c != chap or m != last + 1:
        errors.append(f"asymptote: question {num} after {chap}.{last}")
    last = m
    counts[-1] += 1
if counts != ASY_COUNTS:
    errors.append(f"asymptote: questions per section {counts} != {ASY_COUNTS}")
qs = [(n, t) for k, n, t, _ in parsed if k == "q"]
idx = asy_index(asy)
if [n for n, _ in idx] != [n for n, _ in qs] * 2:
    errors.append("asymptote: the index lines do not list the questions twice, in order")
else:
    full = dict(qs)
    bad = [n for n, t in idx if not full[n].startswith(" ".join(t.split()))]
    if bad:
        errors.append(f"asymptote: index lines that are not a prefix of their question: {bad}")
    if idx[:79] != idx[79:] or sum(1 for n, t in idx if full[n] != " ".join(t.split())) != 2 * 38:
        errors.append("asymptote: the two indexes differ, or not 38 questions cut short in each")
listed = [" ".join(f"Section {m.group(1)}. {m.group(2)}".split())
          for m in map(ASY_INDEX_SECTION.match, asy.split("\n")) if m]
if listed != ASY_H1[2:]:
    errors.append(f"asymptote: sections named in the index {listed}")
refs = [(n, " ".join(t.split())) for n, t in re.findall(r"Q(\d+\.\d+) `(.*?)'", asy, re.S)]
if refs != [(n, dict(qs).get(n)) for n, _ in refs] or [n for n, _ in refs] != ["2.3", "8.8"]:
    errors.append(f"asymptote: cross-references {refs}")
long_q = sum(1 for l in asy.split("\n") if l.startswith("Question ") and len(l) > 79)
if long_q != 39:
    errors.append(f"asymptote: {long_q} question lines longer than 79 characters, want 39")

# Mesa: 24 titles, each underline exactly as long as its title; "=" for the document title, "-"
# for the four chapters and six entries, "~" for 13 entries; chapters 1 to 4 with the counts
# above and entries N.1, N.2, ... without a gap; docutils levels: 1 title, 2 chapters and the
# dashed entries, 3 the others; three entry titles hold inline literals (``...``); two :doc:
# roles link to pages that are not shipped with this one
mesa = text["mesa/faq.rst.txt"]
titles = mesa_titles(mesa)
if len(titles) != 24 or any(len(t) != n for _, t, _, n in titles):
    errors.append("mesa: not 24 titles each underlined to its full length")
mp = mesa_parse(mesa)
dashed = [n for k, n, _, ch in mp if k == "q" and ch == "-"]
adorn = collections.Counter((k, ch) for k, _, _, ch in mp)
if dashed != MESA_DASHED or adorn != {("h1", "="): 1, ("h2", "-"): 4, ("q", "-"): 6, ("q", "~"): 13}:
    errors.append(f"mesa: adornments {dict(adorn)}, dashed entries {dashed}")
levels = [lv for _, lv in mesa_levels(mesa)]
want_levels = [1] + [2 if k == "h2" or (k == "q" and ch == "-") else 3 for k, _, _, ch in mp[1:]]
if levels != want_levels:
    errors.append("mesa: section levels are not as described")
chap, counts, last = 0, [], 0
for kind, num, t, _ in mp:
    if kind == "h2":
        if int(num) != chap + 1:
            errors.append(f"mesa: chapter {num} out of order")
        chap, last = int(num), 0
        counts.append(0)
    elif kind == "q":
        c, m = map(int, num.split("."))
        if c != chap or m != last + 1:
            errors.append(f"mesa: entry {num} after {chap}.{last}")
        last = m
        counts[-1] += 1
if counts != MESA_COUNTS:
    errors.append(f"mesa: entries per chapter {counts} != {MESA_COUNTS}")
if sum(1 for _, t, _, _ in titles if "``" in t) != 3 or len(re.findall(r":doc:`", mesa)) != 2:
    errors.append("mesa: inline literals in titles or :doc: roles not as counted")

# SQL-Ledger: a fragment (no DOCTYPE, no <html>, <head> or <body> start tag) that ends with
# "</BODY>" and "</HTML>" end tags and a blank line; the only heading tags are the 47 <h4>, each opened as
# "<p><li><h4>", and one <h1> after them; five <ul> and five </ul>, no </li> or </p>; 18 "<" that
# open no tag ("<%include", "< v2.6.3", "<< and >>", "<-" in a <pre> ...) and one "&lt" without
# its ";"
sql = text["sqlledger/faq.html"]
if re.search(r"<!DOCTYPE|<html|<head|<body", sql, re.I) or not sql.endswith("</BODY>\n</HTML>\n\n"):
    errors.append("sqlledger: not a fragment ending in </BODY></HTML> as described")
sp = sql_parse(sql)
if [t for _, t, _ in sp] != ["h4"] * 47 + ["h1"] or sql.count("<p><li><h4>") != 47:
    errors.append("sqlledger: heading tags are not 47 '<p><li><h4>' entries then one <h1>")
if sql.count("<ul>") != 5 or sql.count("</ul>") != 5 or re.search(r"</li>|</p>", sql, re.I):
    errors.append("sqlledger: list and paragraph tags are not as described")
if len(re.findall(r"<(?![A-Za-z/!])", sql)) != 18 or len(re.findall(r"&lt(?!;)", sql)) != 1:
    errors.append("sqlledger: bare '<' or '&lt' without ';' not as counted")

words_on_pages = set(re.findall(r"[a-z0-9]+", "\n".join(text.values()).lower()))
for field in ("id", "query"):
    dup = [k for k, n in collections.Counter(r[field] for r in rows).items() if n > 1]
    if dup:
        errors.append(f"duplicate {field}: {dup}")
for r in rows:
    if set(r) - {"id", "kind", "query", "answers", "note"}:
        errors.append(f"{r['id']}: unexpected fields")
    if not r["answers"]:
        errors.append(f"{r['id']}: no answers")
        continue
    if r["kind"] == "own":
        if not 2 <= len(r["query"].split()) <= 5:
            errors.append(f"{r['id']}: own query has {len(r['query'].split())} words")
        qwords = set(re.findall(r"[a-z0-9-]+", r["answers"][0]["question"].lower()))
        for w in re.findall(r"[a-z0-9-]+", r["query"].lower()):
            if w not in qwords and w.rstrip("s") not in qwords and w + "s" not in qwords:
                errors.append(f"{r['id']}: own query word {w!r} is not in its answer's question")
    if r["kind"] == "typo":
        missing = [w for w in re.findall(r"[a-z0-9]+", r["query"].lower()) if w not in words_on_pages]
        if len(missing) != 1:
            errors.append(f"{r['id']}: typo query has {len(missing)} words found on no page, want 1")
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
