"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page. Run: python3 verify.py"""
import collections, html, json, pathlib, re, sys
from headings import PAGES, ROOT, headings

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: nmh's digest parts that are not questions (its
# article header, the table of contents, the reading notes, the glossary, the acknowledgments and
# the appendices, one of which occurs twice) and its nine section dividers; sudo's setext title;
# the MHonArc chapter's <h2>
NOT_ENTRIES = {
    "nmh/FAQ.txt": {
        "title": ["MH Frequently Asked Questions (FAQ) with Answers"],
        "section": ["Introduction", "Building MH", "Scanning & Reading", "Filing",
                    "Composing & Replying", "Posting", "Mail Filters", "MH-E", "Xmh"],
        "part": ["Table of Contents", "Viewing This Article", "Glossary", "Acknowledgments",
                 "Switching xmh's editor", "babyl2mh.pl", "inco - babyl to MH converter",
                 "t2h - add hyperlinks to message viewed", "srvrsmtp.c patch", "IRIX config file",
                 "HP-UX 10.20 config file", "Removing duplicate messages (Bourne)",
                 "Removing duplicate messages (Perl)", "Removing duplicate messages (Perl)"]},
    "sudo/TROUBLESHOOTING.md": {"title": ["Troubleshooting tips and FAQ for Sudo"]},
    "mhonarc/envs.html": {"h2": ["Supported Environments"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the "Subject: NN.MM ..." parts (MM not 00): 9 + 17 + 23 + 7 + 26 + 11 + 7 + 1 + 3
    "nmh/FAQ.txt": ("q", 104),
    # the "####" headings
    "sudo/TROUBLESHOOTING.md": ("q", 32),
    # the <h3> headings (the <h2> is the chapter title)
    "mhonarc/envs.html": ("h3", 17),
}
# entries that share their text with other entries of the same page (sudo: three different
# errors after "Sudo compiles and installs successfully", each shown in a code block under the
# same heading); no query may target them
SHARED = {"sudo/TROUBLESHOOTING.md": {
    "Sudo compiles and installs successfully but when I try to run it I get:": 3}}

rows = [json.loads(line) for line in open(HERE / "queries.jsonl", encoding="utf-8")]
all_heads = {p: headings(p) for p in PAGES}
heads = {p: {h for _, h in hs} for p, hs in all_heads.items()}
entries = {p: [h for l, h in all_heads[p] if l == ENTRIES[p][0]] for p in PAGES}
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
        if l != level:
            others[l].append(h)
    if dict(others) != NOT_ENTRIES[page]:
        errors.append(f"{page}: other headings {dict(others)} != {NOT_ENTRIES[page]}")
# the MHonArc chapter lists its questions in a contents list first: it must match the <h3>s
toc = re.search(r"<!--X-TOC-Start-->(.*?)<!--X-TOC-End-->",
                (ROOT / "mhonarc/envs.html").read_text(encoding="ascii"), re.S).group(1)
toc_items = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", t)).split())
             for t in re.findall(r"<li>(.*?)</li>", toc, re.S | re.I)]
if toc_items != entries["mhonarc/envs.html"]:
    errors.append("mhonarc/envs.html: contents list and <h3> headings differ")
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
        elif a["question"] in SHARED.get(a["page"], {}):
            errors.append(f"{r['id']}: targets an entry whose text is shared: {a}")
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
