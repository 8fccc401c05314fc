"""Checks queries.jsonl: counts by kind, unique ids and query texts, 2-5 words for `own`, that every
answer is a heading of its page (headings.py) and an FAQ entry, and the number of FAQ entries per
page. Run: python3 verify.py (after `bash fetch_pages.sh pages`)"""
import collections, json, pathlib, re, sys
from headings import PAGES, ROOT, headings, cvs_entries

HERE = pathlib.Path(__file__).resolve().parent
WANT = {"own": 25, "other": 10, "typo": 5}
# headings that are not FAQ entries, by level: the CVS FAQ's "Category:" lines; the POD's =head1
# sections; the FontForge page's title, section <h2>s, the sidebar's logo <h1> and <h3>s, and the
# <dt>s of <dl>s nested inside answers
NOT_ENTRIES = {
    "cvs/FAQ.txt": {"section": [
        "/, all questions", "/", "/Advanced_Topics_/", "/Advanced_Topics_/Branching_and_Mergin/",
        "/Advanced_Topics_/Engineering/", "/Advanced_Topics_/Installing_CVS/",
        "/Advanced_Topics_/Internal_errors/", "/Advanced_Topics_/Other_Systems/",
        "/Advanced_Topics_/Related_Software/", "/Advanced_Topics_/Setting_up_and_Manag/",
        "/Advanced_Topics_/Tricks_of_the_Trade/", "/Commands_/", "/Commands_/add_ad_new/",
        "/Commands_/admin_adm_rcs/", "/Commands_/checkout_co_get/", "/Commands_/commit_ci_com/",
        "/Commands_/diff_di_dif/", "/Commands_/export_exp_ex/", "/Commands_/history_hi_his/",
        "/Commands_/import_im_imp/", "/Commands_/log_lo_rlog/", "/Commands_/patch_pa_rdiff/",
        "/Commands_/release_re_rel/", "/Commands_/remove_rm_delete/",
        "/Commands_/rtag_rt_rfreeze/", "/Commands_/status_st_stat/", "/Commands_/tag_ta_freeze/",
        "/Commands_/update_up_upd/", "/Past__Future_/", "/Past__Future_/Bugs_and_Patches/",
        "/Past__Future_/Contributors/", "/Past__Future_/Development/",
        "/Past__Future_/Professional_Support/", "/User_Tasks_/", "/User_Tasks_/Common_User_Tasks/",
        "/User_Tasks_/General_Questions/", "/User_Tasks_/Getting_Started/",
        "/User_Tasks_/Less_Common_User_Tas/", "/What_is_CVS_/",
        "/What_is_CVS_/How_does_CVS_differ_/", "/What_is_CVS_/What_do_you_mean_by_/",
        "/What_is_CVS_/What_is_CVS_Whats_it/", "/What_is_CVS_/Where_do_I_find_CVS_/"]},
    "mojolicious/FAQ.pod": {"head1": ["NAME", "OVERVIEW", "QUESTIONS", "MORE", "SUPPORT"]},
    "fontforge/faq.html": {
        "h1": ["Frequently Asked Questions", "FontForge"],
        "h2": ["General questions about FontForge", "General questions about fonts",
               "Using FontForge & Installing fonts on various systems", "Font Conversions",
               "Questions about Hints and TrueType Instructions", "Questions about Font Formats",
               "Mathematical questions", "Image file questions", "Random questions"],
        "dt": ["What are em-units? (internal units?)", "Unix & X", "Outline fonts and fontconfig",
               "Bitmap fonts, and vanilla X11 installs", "KDE", "TeX", "Windows",
               "Macintosh OS 9", "Macintosh OS X", "Mac OS/9 (or less)", "Mac OS/X",
               "Snow Leopard (10.6) and after", "Leopard (10.5) and before",
               "TrueType and OpenType fonts", "PostScript Type1 fonts anywhere other than the Mac.",
               "PostScript Type1 fonts on the Mac.", "AFM and TFM files.",
               "Mac resource files containing FOND resources.", "Adobe Feature files",
               "Delta", "Omega", "mu", "omega1", "Tcommaaccent, tcommaaccent", "dotlessj"],
        "h3": ["Navigation", "Related Topics", "Quick search"]},
}
# FAQ entries per page, counted by reading (see README.md)
ENTRIES = {
    # the numbered "    N. question" lines, one per "Last modified:" line
    "cvs/FAQ.txt": ("q", 289),
    # the =head2 titles
    "mojolicious/FAQ.pod": ("q", 24),
    # the <dt>s of top-level <dl>s (75) and the two <p id="faq-..."><strong> questions
    "fontforge/faq.html": ("q", 77),
}
# the one text two CVS entries share (3C.4 under checkout and 3P.3 under update, whose answer is
# "See 3C.4 above.")
SHARED = {"cvs/FAQ.txt": {'What\'s the difference between "update" and "checkout"?': 2}}
# entries no query may target: the shared CVS text above; three CVS questions that the page
# breaks with a blank line, so that their end stands in the answer's first paragraph
AVOID = {
    "cvs/FAQ.txt": {
        'What\'s the difference between "update" and "checkout"?',
        'Why does "log" tell me a file was committed exactly 5 hours later',
        "Why can't CVS handle the moving of sources from one place in the",
        'When I typed "cvs update -D <date>", why did it check out all'},
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
# CVS: one "Last modified:" line closes each answer; entry numbers start at 1 under each
# "Category:" line and run on without a gap
cvs = text["cvs/FAQ.txt"]
if len(re.findall(r"^\s*Last modified: _", cvs, re.M)) != ENTRIES["cvs/FAQ.txt"][1]:
    errors.append("cvs/FAQ.txt: entries and 'Last modified:' lines differ")
expect, lines = 1, cvs.split("\n")
starts = {ln: int(n) for ln, n, _ in cvs_entries(cvs)}
for i, line in enumerate(lines, 1):
    if line.startswith("  Category: "):
        expect = 1
    elif i in starts:
        if starts[i] != expect:
            errors.append(f"cvs/FAQ.txt: line {i}: entry number {starts[i]}, want {expect}")
        expect = starts[i] + 1
# POD: every "=head2" line is an entry
if len(re.findall(r"^=head2 ", text["mojolicious/FAQ.pod"], re.M)) != ENTRIES["mojolicious/FAQ.pod"][1]:
    errors.append("mojolicious/FAQ.pod: '=head2' lines and entries differ")
# FontForge: every <dt> is an entry or a nested sub-heading; the paragraph questions are the
# <p id="faq-..."> elements
ff = text["fontforge/faq.html"]
n_dt = len(re.findall(r"<dt>", ff))
n_p = len(re.findall(r'<p id="faq-', ff))
if n_dt + n_p != ENTRIES["fontforge/faq.html"][1] + len(NOT_ENTRIES["fontforge/faq.html"]["dt"]) or n_p != 2:
    errors.append(f"fontforge/faq.html: {n_dt} <dt>s and {n_p} question paragraphs")
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
