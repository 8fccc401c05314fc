#!/usr/bin/env python3
"""Checks the blind3 pages and neardup sets.

pages:   every question is visible; every answer phrase has 4-10 words and occurs exactly once in the
         visible text (case-insensitive, whitespace-normalised) and exactly once in the raw HTML
         (decoded with the page's declared charset); chrome phrases and TOC entries are visible.
neardup: every referenced line exists; no line is used twice and every line is accounted for; each
         line has 2-6 sentences and no blank lines; near-duplicates carry the same numbers; number
         look-alikes differ in their numbers and the others do not; look-alikes differ in exactly
         one contiguous span; the only byte-identical lines are the planned exact duplicates.
Usage: python3 verify_pages_neardup.py [pages|neardup]   (default: both)
"""
import html, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

# ---------------------------------------------------------------- pages
SKIP = {"script", "style", "noscript", "template", "head", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], []
    def handle_starttag(self, tag, attrs):
        t = tag.lower()
        if t in SKIP:
            self.skip.append(t)
        if t in VOID or t in ("p", "div", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4",
                              "h5", "h6", "tr", "section", "article", "button", "span"):
            self.parts.append(" ")
    def handle_startendtag(self, tag, attrs):
        self.parts.append(" ")
    def handle_endtag(self, tag):
        t = tag.lower()
        if t in SKIP and self.skip:
            # pop up to the matching tag
            while self.skip:
                if self.skip.pop() == t:
                    break
        self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def decode_page(raw):
    head = raw[:2048].decode("ascii", "replace").lower()
    m = re.search(r'charset=["\']?([a-z0-9_-]+)', head)
    enc = m.group(1) if m else "utf-8"
    return raw.decode(enc), enc

def visible_text(text):
    p = Visible()
    p.feed(text)
    p.close()
    return norm("".join(p.parts))

def count_ci(hay, needle):
    return hay.lower().count(needle.lower())

def check_pages():
    d = os.path.join(HERE, "pages")
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    nq = 0
    for pg in exp["pages"]:
        f = pg["file"]
        raw = open(os.path.join(d, f), "rb").read()
        text, enc = decode_page(raw)
        if f == "latin1-anchors.html":
            if enc not in ("iso-8859-1", "latin-1", "latin1"):
                err(f"{f}: charset {enc} is not ISO-8859-1")
            try:
                raw.decode("utf-8")
                err(f"{f}: bytes decode as UTF-8, expected Latin-1 bytes")
            except UnicodeDecodeError:
                pass
        vis = visible_text(text)
        rawn = norm(text)
        if not (5 <= len(pg["questions"]) <= 8):
            err(f"{f}: {len(pg['questions'])} questions")
        for q in pg["questions"]:
            nq += 1
            qt, ap = q["question"], q["answer_phrase"]
            if count_ci(vis, norm(qt)) < 1:
                err(f"{f}: question not visible: {qt!r}")
            n = len(ap.split())
            if not (4 <= n <= 10):
                err(f"{f}: answer phrase has {n} words: {ap!r}")
            cv = count_ci(vis, ap)
            if cv != 1:
                err(f"{f}: answer phrase occurs {cv}x in visible text: {ap!r}")
            cr = text.count(ap)
            if cr != 1 or count_ci(rawn, ap) != 1:
                err(f"{f}: answer phrase occurs {cr}x in raw HTML: {ap!r}")
            if count_ci(norm(qt), ap):
                err(f"{f}: answer phrase inside question text: {ap!r}")
        if len(pg["chrome_phrases"]) != 5:
            err(f"{f}: {len(pg['chrome_phrases'])} chrome phrases")
        for c in pg["chrome_phrases"]:
            if count_ci(vis, norm(c)) < 1:
                err(f"{f}: chrome phrase not visible: {c!r}")
            for q in pg["questions"]:
                if count_ci(c, q["answer_phrase"]):
                    err(f"{f}: chrome phrase contains an answer phrase: {c!r}")
        for t in pg["toc_entries"]:
            if count_ci(vis, norm(t)) < 1:
                err(f"{f}: TOC entry not visible: {t!r}")
    files = sorted(x for x in os.listdir(d) if x.endswith(".html"))
    listed = sorted(p["file"] for p in exp["pages"])
    if files != listed:
        err(f"pages: html files {files} != expected.json files {listed}")
    print(f"pages: {len(exp['pages'])} pages, {nq} questions checked")

# ---------------------------------------------------------------- neardup
NUM = re.compile(r"\d+(?:[.,]\d+)*")

def numbers(s):
    return Counter(x.replace(",", "") for x in NUM.findall(s))

def sentences(s):
    # split on . ! ? followed by space + capital/quote/£/digit; ignore decimals and "e.g."
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'£(])", s.strip())
    return [p for p in parts if p.strip()]

def one_span_diff(a, b):
    wa, wb = a.split(), b.split()
    i = 0
    while i < min(len(wa), len(wb)) and wa[i] == wb[i]:
        i += 1
    j = 0
    while j < min(len(wa), len(wb)) - i and wa[-1 - j] == wb[-1 - j]:
        j += 1
    return wa[i:len(wa) - j], wb[i:len(wb) - j]

def check_neardup():
    d = os.path.join(HERE, "neardup")
    corpus = {}
    for f in sorted(os.listdir(os.path.join(d, "corpus"))):
        data = open(os.path.join(d, "corpus", f), "rb").read()
        if not data.endswith(b"\n") or b"\n\n" in data or b"\r" in data:
            err(f"neardup {f}: blank line, CR or missing final newline")
        corpus[f] = data.decode("utf-8").split("\n")[:-1]
    pairs = json.load(open(os.path.join(d, "pairs.json"), encoding="utf-8"))
    singles = json.load(open(os.path.join(d, "singletons.json"), encoding="utf-8"))
    used = Counter()

    def line(ref):
        f, n = ref["file"], ref["line"]
        if f not in corpus or not (1 <= n <= len(corpus[f])):
            err(f"neardup: line does not exist: {ref}")
            return ""
        used[(f, n)] += 1
        return corpus[f][n - 1]

    kinds = Counter(p["kind"] for p in pairs["near_duplicates"])
    if kinds != Counter({"reworded": 5, "reordered": 5, "boilerplate": 5, "mixed": 5}):
        err(f"neardup: near-duplicate kinds {dict(kinds)}")
    for p in pairs["near_duplicates"]:
        a, b = line(p["a"]), line(p["b"])
        if a == b:
            err(f"neardup {p['id']}: near-duplicate lines are byte-identical")
        if numbers(a) != numbers(b):
            err(f"neardup {p['id']}: numbers differ {dict(numbers(a))} vs {dict(numbers(b))}")
        if p["kind"] == "boilerplate":
            pass
    diffs = Counter(p["differs_in"] for p in pairs["lookalikes"])
    if diffs != Counter({"number": 4, "item": 3, "negation": 3, "plan": 2}):
        err(f"neardup: look-alike kinds {dict(diffs)}")
    for p in pairs["lookalikes"]:
        a, b = line(p["a"]), line(p["b"])
        if a == b:
            err(f"neardup {p['id']}: look-alike lines are identical")
        if p["differs_in"] == "number":
            if numbers(a) == numbers(b):
                err(f"neardup {p['id']}: number look-alike has the same numbers")
        elif numbers(a) != numbers(b):
            err(f"neardup {p['id']}: non-number look-alike differs in numbers")
        da, db = one_span_diff(a, b)
        if len(da) + len(db) > 4:
            err(f"neardup {p['id']}: look-alike differs in more than one small span: {da} / {db}")
    if len(pairs["exact_duplicates"]) != 3:
        err("neardup: expected 3 exact duplicate pairs")
    exact = set()
    same_file = 0
    for p in pairs["exact_duplicates"]:
        a, b = line(p["a"]), line(p["b"])
        if a != b:
            err(f"neardup {p.get('id')}: exact duplicate lines differ")
        exact.add(frozenset([(p["a"]["file"], p["a"]["line"]), (p["b"]["file"], p["b"]["line"])]))
        same_file += p["a"]["file"] == p["b"]["file"]
    if same_file < 1:
        err("neardup: no exact duplicate pair within a single file")
    for s in singles:
        line(s)
    for k, v in used.items():
        if v > 1:
            err(f"neardup: line used {v} times: {k}")
    allrefs = {(f, i + 1) for f, ls in corpus.items() for i in range(len(ls))}
    missing = allrefs - set(used)
    if missing:
        err(f"neardup: lines not accounted for: {sorted(missing)}")
    # byte-identical lines must be exactly the planned exact duplicates
    by_text = {}
    for f, ls in corpus.items():
        for i, t in enumerate(ls):
            by_text.setdefault(t, []).append((f, i + 1))
    for t, refs in by_text.items():
        if len(refs) > 1 and not (len(refs) == 2 and frozenset(refs) in exact):
            err(f"neardup: unplanned identical lines {refs}")
    for f, ls in corpus.items():
        if not (30 <= len(ls) <= 36):
            err(f"neardup {f}: {len(ls)} lines")
        for i, t in enumerate(ls):
            if not t.strip() or t != t.strip():
                err(f"neardup {f}:{i+1}: blank or padded line")
            n = len(sentences(t))
            if not (2 <= n <= 6):
                err(f"neardup {f}:{i+1}: {n} sentences")
            if "?" in t and not t.startswith("Was this"):
                pass
    print(f"neardup: {sum(len(v) for v in corpus.values())} lines, "
          f"{len(pairs['near_duplicates'])} near, {len(pairs['lookalikes'])} look-alike, "
          f"{len(pairs['exact_duplicates'])} exact, {len(singles)} singletons")

if __name__ == "__main__":
    which = sys.argv[1:] or ["pages", "neardup"]
    if "pages" in which:
        check_pages()
    if "neardup" in which:
        check_neardup()
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)
