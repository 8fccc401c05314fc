#!/usr/bin/env python3
"""Self-check for the blind5 eval sets (Eval/pages/blind5 and Eval/neardup/blind5).

usage: blind5-verify.py [pages|neardup] ...   (no argument: both)

pages:   every question is visible (4-8 per page); every answer phrase has 4-10 words and occurs exactly once in the
         visible text (case-insensitive, whitespace collapsed, after decoding with the declared charset
         and dropping head, script, style, template and comment content) and exactly once in the raw
         HTML; chrome phrases (5 per page) and TOC entries are visible; no answer phrase overlaps a
         chrome or TOC text; no two questions on a page are the same; expected.json matches
         make_expected.py's output; there are 7 pages.
neardup: every referenced line exists; no line is used twice and every line is accounted for;
         near-duplicates carry the same numbers; boilerplate wrappers contain no digits; number
         look-alikes differ in their numbers and the others do not; each look-alike differs in one
         contiguous span (one token for word/number kinds, at most two for item; for 'sentence' two of three
         sentences are identical and the third keeps its place and its numbers);
         the only byte-identical lines are the planned exact duplicates; every line has 2-6 sentences;
         the files have no blank lines; counts match the brief; build.py is deterministic.
"""
import difflib, hashlib, json, os, re, subprocess, sys, tempfile, shutil
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages", "blind5")
NEAR = os.path.join(HERE, "neardup", "blind5")
errors = []

def err(msg):
    errors.append(msg)
    print("FAIL:", msg)

# ---------------------------------------------------------------- pages
SKIP = {"head", "script", "style", "template", "noscript"}
BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
         "th", "table", "section", "article", "aside", "header", "footer", "nav", "main", "br", "hr",
         "details", "summary", "figure", "figcaption", "form", "button", "label", "blockquote", "pre",
         "body", "html", "time", "option", "select", "textarea"}
VOID = {"br", "hr", "img", "input", "meta", "link", "source", "area", "base", "col", "embed", "wbr"}

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK:
            self.parts.append(" ")
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def charset_of(raw):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:2048], re.I)
    return m.group(1).decode("ascii").lower() if m else "utf-8"

def check_pages():
    with open(os.path.join(PAGES, "expected.json"), encoding="utf-8") as fh:
        exp = json.load(fh)
    # expected.json must be exactly what make_expected.py writes
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(PAGES, "make_expected.py"), tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "make_expected.py")], check=True,
                       stdout=subprocess.DEVNULL)
        with open(os.path.join(tmp, "expected.json"), "rb") as a, open(os.path.join(PAGES, "expected.json"), "rb") as b:
            if a.read() != b.read():
                err("pages: expected.json differs from make_expected.py output")
    finally:
        shutil.rmtree(tmp)
    assert set(exp) == {"pages"}, exp.keys()
    files = sorted(f for f in os.listdir(PAGES) if f.endswith(".html"))
    listed = [p["file"] for p in exp["pages"]]
    if sorted(listed) != files:
        err(f"pages: html files {files} != expected.json files {listed}")
    nq = 0
    for p in exp["pages"]:
        if set(p) != {"file", "markup", "questions", "chrome_phrases", "toc_entries"}:
            err(f"{p['file']}: keys {sorted(p)}")
        raw_b = open(os.path.join(PAGES, p["file"]), "rb").read()
        cs = charset_of(raw_b)
        raw = raw_b.decode(cs)
        v = Visible(); v.feed(raw); v.close()
        vis = norm("".join(v.parts))
        raw_l = raw.lower()
        if not 4 <= len(p["questions"]) <= 8:
            err(f"{p['file']}: {len(p['questions'])} questions (want 4-8)")
        if len(p["chrome_phrases"]) != 5:
            err(f"{p['file']}: {len(p['chrome_phrases'])} chrome phrases (want 5)")
        others = [norm(x) for x in p["chrome_phrases"] + p["toc_entries"]]
        for q in p["questions"]:
            nq += 1
            qt, ap = q["question"], q["answer_phrase"]
            if set(q) != {"question", "answer_phrase"}:
                err(f"{p['file']}: question keys {sorted(q)}")
            if norm(qt) not in vis:
                err(f"{p['file']}: question not visible: {qt!r}")
            nw = len(ap.split())
            if not 4 <= nw <= 10:
                err(f"{p['file']}: answer phrase has {nw} words: {ap!r}")
            c_vis = vis.count(norm(ap))
            c_raw = raw_l.count(ap.lower())
            if c_vis != 1:
                err(f"{p['file']}: answer phrase occurs {c_vis}x in visible text: {ap!r}")
            if c_raw != 1:
                err(f"{p['file']}: answer phrase occurs {c_raw}x in raw HTML: {ap!r}")
            if "'" in ap or "&" in ap or "’" in ap:
                err(f"{p['file']}: answer phrase has apostrophe/entity: {ap!r}")
            for o in others:
                if norm(ap) in o or (len(o.split()) > 3 and o in norm(ap)):
                    err(f"{p['file']}: answer phrase overlaps chrome/TOC text {o!r}")
        qs = [norm(q["question"]) for q in p["questions"]]
        if len(set(qs)) != len(qs):
            err(f"{p['file']}: duplicate questions")
        for c in p["chrome_phrases"]:
            if norm(c) not in vis:
                err(f"{p['file']}: chrome phrase not visible: {c!r}")
        for t in p["toc_entries"]:
            if norm(t) not in vis:
                err(f"{p['file']}: toc entry not visible: {t!r}")
        print(f"  {p['file']}: charset {cs}, {len(p['questions'])} questions, "
              f"{len(p['chrome_phrases'])} chrome, {len(p['toc_entries'])} toc")
    if len(exp["pages"]) != 7:
        err(f"pages: {len(exp['pages'])} pages (want 7)")
    print(f"pages: {len(exp['pages'])} pages, {nq} questions")

# ---------------------------------------------------------------- neardup
NUM = re.compile(r"\d+(?:[.,]\d+)*")

def nums(s):
    return sorted(NUM.findall(s))

def sentences(s):
    parts = re.split(r"(?<=[.!?;])\s+", s.strip())
    return [x for x in parts if x.strip()]

def words(s):
    return s.split()

def check_neardup():
    corpus = os.path.join(NEAR, "corpus")
    lines = {}
    for f in sorted(os.listdir(corpus)):
        data = open(os.path.join(corpus, f), "rb").read()
        text = data.decode("utf-8")
        if not text.endswith("\n") or "\r" in text:
            err(f"neardup: {f} bad line endings")
        ls = text[:-1].split("\n")
        for i, l in enumerate(ls, 1):
            if not l.strip():
                err(f"neardup: {f}:{i} blank line")
            if l != l.strip():
                err(f"neardup: {f}:{i} leading/trailing whitespace")
            n = len(sentences(l))
            if not 2 <= n <= 6:
                err(f"neardup: {f}:{i} has {n} sentences")
            lines[(f, i)] = l
        if not 24 <= len(ls) <= 30:
            err(f"neardup: {f} has {len(ls)} lines (want about 27)")
    pairs = json.load(open(os.path.join(NEAR, "pairs.json"), encoding="utf-8"))
    singles = json.load(open(os.path.join(NEAR, "singletons.json"), encoding="utf-8"))
    if set(pairs) != {"near_duplicates", "lookalikes", "exact_duplicates"}:
        err(f"neardup: pairs.json keys {sorted(pairs)}")
    used = {}
    def take(ref, who):
        key = (ref["file"], ref["line"])
        if set(ref) != {"file", "line"}:
            err(f"neardup: {who} bad ref {ref}")
        if key not in lines:
            err(f"neardup: {who} refers to missing line {key}")
            return ""
        if key in used:
            err(f"neardup: line {key} used by {used[key]} and {who}")
        used[key] = who
        return lines[key]
    # near duplicates
    kinds = {}
    for p in pairs["near_duplicates"]:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
        a, b = take(p["a"], p["id"]), take(p["b"], p["id"])
        if nums(a) != nums(b):
            err(f"neardup: {p['id']} numbers differ {nums(a)} vs {nums(b)}")
        if a == b:
            err(f"neardup: {p['id']} is byte-identical")
        if p["kind"] == "boilerplate":
            short, long_ = (a, b) if len(a) < len(b) else (b, a)
            if short not in long_:
                err(f"neardup: {p['id']} boilerplate side does not contain the plain answer")
            elif re.search(r"\d", long_.replace(short, "")):
                err(f"neardup: {p['id']} boilerplate contains digits")
        if p["kind"] == "reordered":
            sa = sorted(re.findall(r"[a-z0-9£.]+", a.lower().replace(".", " ")))
            sb = sorted(re.findall(r"[a-z0-9£.]+", b.lower().replace(".", " ")))
            extra = sorted(set(sa) ^ set(sb))
            if extra not in ([], ["and"]) or abs(len(sa) - len(sb)) > 1:
                err(f"neardup: {p['id']} reordered pair does not have the same words ({extra})")
    want = {"reworded": 4, "reordered": 4, "boilerplate": 4, "mixed": 3}
    if kinds != want:
        err(f"neardup: near-duplicate kinds {kinds} != {want}")
    # look-alikes
    lk = {}
    for p in pairs["lookalikes"]:
        lk[p["differs_in"]] = lk.get(p["differs_in"], 0) + 1
        a, b = take(p["a"], p["id"]), take(p["b"], p["id"])
        if a == b:
            err(f"neardup: look-alike {p['id']} is byte-identical")
        if p["differs_in"] == "number":
            if nums(a) == nums(b):
                err(f"neardup: number look-alike {p['id']} has the same numbers")
        elif nums(a) != nums(b):
            err(f"neardup: look-alike {p['id']} ({p['differs_in']}) differs in numbers")
        kind = p["differs_in"]
        if kind == "sentence":
            sa, sb = sentences(a), sentences(b)
            same = [x for x in sa if x in sb]
            if len(sa) != 3 or len(sb) != 3 or len(same) != 2:
                err(f"neardup: sentence look-alike {p['id']} should share exactly two of three sentences")
            else:
                da = [x for x in sa if x not in sb][0]; db = [x for x in sb if x not in sa][0]
                if sa.index(da) != sb.index(db) or nums(da) != nums(db):
                    err(f"neardup: sentence look-alike {p['id']}: differing sentence moved or changed numbers")
                print(f"  {p['id']} ({kind}): {da!r} -> {db!r}")
            continue
        wa, wb = words(a), words(b)
        ops = [o for o in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if o[0] != "equal"]
        if len(ops) != 1:
            err(f"neardup: look-alike {p['id']} differs in {len(ops)} spans")
            continue
        _, i1, i2, j1, j2 = ops[0]
        da, db = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        if kind in ("number", "word") and (i2 - i1 > 1 or j2 - j1 > 1):
            err(f"neardup: look-alike {p['id']} span too long: {da!r} / {db!r}")
        if kind == "item" and (i2 - i1 > 2 or j2 - j1 > 2):
            err(f"neardup: look-alike {p['id']} item span too long: {da!r} / {db!r}")
        if kind == "word" and (not da.islower() or not db.islower()):
            err(f"neardup: word look-alike {p['id']} is not a lowercase word: {da!r} / {db!r}")
        print(f"  {p['id']} ({kind}): {da!r} -> {db!r}")
    wantl = {"number": 3, "item": 3, "word": 3, "sentence": 3}
    if lk != wantl:
        err(f"neardup: look-alike kinds {lk} != {wantl}")
    # exact
    planned = set()
    within = 0
    for p in pairs["exact_duplicates"]:
        a, b = take(p["a"], p["id"]), take(p["b"], p["id"])
        if a != b:
            err(f"neardup: exact duplicate {p['id']} is not byte-identical")
        planned.add(frozenset([(p["a"]["file"], p["a"]["line"]), (p["b"]["file"], p["b"]["line"])]))
        within += p["a"]["file"] == p["b"]["file"]
    if len(pairs["exact_duplicates"]) != 3 or within < 1:
        err("neardup: want 3 exact duplicate pairs, at least one within a single file")
    # singletons
    for i, s in enumerate(singles):
        take(s, f"singleton{i}")
    missing = sorted(set(lines) - set(used))
    if missing:
        err(f"neardup: lines not accounted for: {missing}")
    # only planned byte-identical lines
    by_text = {}
    for k, l in lines.items():
        by_text.setdefault(l, []).append(k)
    for l, ks in by_text.items():
        if len(ks) > 1 and (len(ks) != 2 or frozenset(ks) not in planned):
            err(f"neardup: unplanned identical lines {ks}")
    # casefolded/whitespace-normalised identity must not appear outside planned exact pairs
    by_norm = {}
    for k, l in lines.items():
        by_norm.setdefault(norm(l), []).append(k)
    for l, ks in by_norm.items():
        if len(ks) > 1 and frozenset(ks) not in planned:
            err(f"neardup: lines identical after normalising {ks}")
    # build.py determinism
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(NEAR, "build.py"), tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "build.py")], check=True, stdout=subprocess.DEVNULL)
        for rel in ["pairs.json", "singletons.json"] + [os.path.join("corpus", f) for f in os.listdir(corpus)]:
            if open(os.path.join(tmp, rel), "rb").read() != open(os.path.join(NEAR, rel), "rb").read():
                err(f"neardup: {rel} differs from a fresh build.py run")
    finally:
        shutil.rmtree(tmp)
    print(f"neardup: {len(lines)} lines, {len(pairs['near_duplicates'])} near-duplicates, "
          f"{len(pairs['lookalikes'])} look-alikes, {len(pairs['exact_duplicates'])} exact, {len(singles)} singletons")

if __name__ == "__main__":
    what = sys.argv[1:] or ["pages", "neardup"]
    if "pages" in what:
        check_pages()
    if "neardup" in what:
        check_neardup()
    if errors:
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")
