"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and one of its FAQ entries, that the 40 queries
target 40 different entries, and the number of FAQ entries per page (and curl's table of
contents against its body).
Run: python3 verify.py"""
import collections, json, pathlib, sys
from headings import PAGES, headings, toc, curl_numbers, ROOT

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings inside answers that are not FAQ entries: the six three-part headings (4.5.1-4.5.6)
# inside curl's answer to 4.5 ("Why do I get return code XXX from an HTTP server?")
NOT_ENTRIES = {
    "libcurl4-doc/FAQ.txt": {"\"400 Bad Request\"", "\"401 Unauthorized\"", "\"403 Forbidden\"",
                             "\"404 Not Found\"", "\"405 Method Not Allowed\"",
                             "\"301 Moved Permanently\""},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the two-part numbered questions of the body (1.1-1.15, 2.1, 2.2, 2.4, 3.1-3.22,
    # 4.2-4.20, 5.1-5.18, 6.1-6.7, 7.1-7.4, 8.1, 8.2); the title, the eight sections and the six
    # "sub" headings are not entries, nor is the table of contents
    "libcurl4-doc/FAQ.txt": (lambda hs: [h for l, h in hs if l == "q"], 90),
    # the plain <h1> headings (the <h1 class="title"> is the page title)
    "graphicsmagick/FAQ.html": (lambda hs: [h for l, h in hs if l == "h1"], 34),
    # the "===" headings (2 + 7 + 10 + 7 under the four "==" sections)
    "kakoune/faq.asciidoc": (lambda hs: [h for l, h in hs if l == "q"], 26),
}
SECTIONS = {"libcurl4-doc/FAQ.txt": 8, "kakoune/faq.asciidoc": 4}
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
    titles = [h for l, h in all_heads[page] if l == "title"]
    if len(titles) != 1:
        errors.append(f"{page}: {len(titles)} titles, want 1")
for page, n in SECTIONS.items():
    got = [h for l, h in all_heads[page] if l == "section"]
    if len(got) != n:
        errors.append(f"{page}: {len(got)} sections, want {n}")
for page, names in NOT_ENTRIES.items():
    subs = {h for l, h in all_heads[page] if l == "sub"}
    if subs != names:
        errors.append(f"{page}: in-answer headings {sorted(subs)} != {sorted(names)}")
    if names & set(ENTRIES[page][0](all_heads[page])):
        errors.append(f"{page}: an in-answer heading is counted as an FAQ entry")
for page in PAGES:
    if any(l not in ("title", "section", "q", "sub", "h1") for l, _ in all_heads[page]):
        errors.append(f"{page}: unexpected heading level")
# curl: the table of contents lists the same 96 numbers as the body (90 questions, 6 subs), in
# the same order; the texts differ for exactly three (1.12, 2.2, 4.17)
curl = "libcurl4-doc/FAQ.txt"
contents = toc(curl)
numbers = curl_numbers((ROOT / curl).read_text(encoding=PAGES[curl]))
if [n for n, _ in contents] != numbers or len(numbers) != 96:
    errors.append(f"{curl}: table of contents ({len(contents)}) and body ({len(numbers)}) differ")
else:
    body = [h for l, h in all_heads[curl] if l in ("q", "sub")]
    differ = [n for (n, t), b in zip(contents, body) if t != b]
    if differ != ["1.12", "2.2", "4.17"]:
        errors.append(f"{curl}: table of contents text differs from the body at {differ}")
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
if len(distinct) != sum(len(r["answers"]) for r in rows):
    errors.append(f"{len(distinct)} distinct answers: two queries target the same entry")
print("kinds:", dict(kinds))
print("first answers per page:", dict(per_page))
print("kind x page:", dict(sorted(per_kind_page.items())))
print("distinct answer questions:", len(distinct))
print("\n".join(errors) if errors else "OK (0 errors)")
sys.exit(1 if errors else 0)
