"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page. Run: python3 verify.py"""
import collections, html, json, pathlib, re, sys
from headings import PAGES, ROOT, headings, lsof_split, lsof_numbered, toc_numbers

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the lsof FAQ's title and its 60 numbered section
# dividers (a numbered heading followed directly by another numbered heading); the gettext FAQ's
# three <h1>s and its five <h3> section names (each twice: above the question list and above the
# answers); the Lmod FAQ's reStructuredText title
NOT_ENTRIES = {
    "lsof/00FAQ.txt": {
        "title": ["Frequently Asked Questions about lsof"],
        "section": [
            "General Concepts", "Language locale support", "Lsof Ports", "Lsof Problems",
            "Configuration Problems", "Compilation Problems", "Portmap problems",
            "Problems with path name arguments", "Installation",
            "Command Regular Expressions (REs)", "Kernel Symbol and Address Problems",
            "Test Suite Problems", "Errors all tests can report:", "LTbigf test issues",
            "NFS test issues", "LTnlink test issues", "LTdnlc test issues", "LTszoff test issues",
            "LTlock test issues", "File descriptor list (the ``-d'' option) problems",
            "AIX Problems", "Apple Darwin Problems", "/dev/kmem-based Apple Darwin Questions",
            "Libproc-based Apple Darwin Questions", "BSD/OS BSDI Problems",
            "DEC OSF/1, Digital UNIX, and Tru64 UNIX Problems", "FreeBSD Problems",
            "FreeBSD ZFS Problems", "HP-UX Problems", "Linux",
            "/proc-based Linux lsof Questions", "/proc-based lsof Linux NFS questions",
            "Special Linux file types", "Linux ``mem'' Entry Problems",
            "Special Linux NAME column messages",
            "Linux /proc/net/tcp* and /proc/net/udp* issues", "NetBSD Problems",
            "NetBSD header file problems", "NEXTSTEP and OPENSTEP Problems", "OpenBSD Problems",
            "<sys/pipe.h> problems", "Output Problems", "Network Addresses",
            "Marker line format problems", "Pyramid Version Problems", "SCO Problems",
            "SCO OpenServer Problems", "SCO|Caldera UnixWare Problems", "Sun Problems",
            "Solaris 7, 8 and 9 Problems", "Solaris and COMMON", "Solaris and VxFS",
            "Large file problems", "Solaris and SAM-FS", "Lsof and Solaris 10 zones",
            "Solaris 10 problems", "Solaris contract file problems",
            "Solaris 10 and above ZFS probblems", "Problems with Solaris 9 and above",
            "Lsof Features"]},
    "gettext/FAQ.html": {
        "h1": ["Frequently Asked Questions for GNU gettext", "Questions", "Answers"],
        "h3": ["General", "Problems building GNU gettext", "Problems integrating GNU gettext",
               "GNU gettext on Windows", "Other"] * 2},
    "lmod/040_FAQ.rst.txt": {"title": ["Frequently Asked Questions"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the numbered headings with text of their own (367 numbered headings less 60 sections)
    "lsof/00FAQ.txt": ("q", 307),
    # the <h4> headings under "Answers": 3 + 2 + 4 + 3 + 4
    "gettext/FAQ.html": ("h4", 16),
    # the column-0 paragraphs (questions) each followed by an indented answer block
    "lmod/040_FAQ.rst.txt": ("q", 24),
}
# entries that share their text with other entries of the same page (lsof: the BSDI, Pyramid
# and Sun sections each open with "Statement of deprecation"; FreeBSD 8.1 and NetBSD 11.1 ask
# the same kernfs question); no query may target them
SHARED = {"lsof/00FAQ.txt": {"Statement of deprecation": 3,
                             "Why doesn't lsof report on open kernfs files?": 2}}

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
# the lsof FAQ lists every numbered heading in its table of contents first: the numbers must be
# the same, in the same order, as those of the body's headings
lsof_text = (ROOT / "lsof/00FAQ.txt").read_text(encoding="ascii")
body_numbers = [n for n, _, _ in lsof_numbered(lsof_split(lsof_text)[2])]
if toc_numbers(lsof_text) != body_numbers or len(body_numbers) != 367:
    errors.append("lsof/00FAQ.txt: table of contents and numbered headings differ")
# the gettext FAQ lists its questions under "Questions" first: they must match the <h4>s
gettext_text = (ROOT / "gettext/FAQ.html").read_text(encoding="utf-8")
qlist = re.search(r">Questions</h1>(.*?)<h1[^>]*>Answers</h1>", gettext_text, re.S).group(1)
qitems = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", t)).split())
          for t in re.findall(r"<li>(.*?)</li>", qlist, re.S | re.I)]
if qitems != entries["gettext/FAQ.html"]:
    errors.append("gettext/FAQ.html: question list and <h4> headings differ")
# every Lmod question is followed by an indented answer block
lmod_lines = (ROOT / "lmod/040_FAQ.rst.txt").read_text(encoding="ascii").split("\n")
answered = 0
for i, line in enumerate(lmod_lines):
    if line.strip() and not line[0].isspace() and (i == 0 or not lmod_lines[i - 1].strip()):
        j = i
        while j < len(lmod_lines) and lmod_lines[j].strip():
            j += 1
        while j < len(lmod_lines) and not lmod_lines[j].strip():
            j += 1
        if j < len(lmod_lines) and lmod_lines[j][0].isspace() and not line.startswith(".."):
            answered += 1
if answered != ENTRIES["lmod/040_FAQ.rst.txt"][1]:
    errors.append(f"lmod/040_FAQ.rst.txt: {answered} paragraphs followed by an indented block")
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
