#!/usr/bin/env python3
"""Checks the blind7 pages set against expected.json (see README.md)."""
import html.parser, json, os, re, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = {"head", "script", "style", "template", "noscript"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
errors = []
def err(m): errors.append(m)

class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.skip = 0; self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        self.out.append(" ")
    def handle_startendtag(self, tag, attrs): self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in SKIP and self.skip: self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def charset(raw):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    return m.group(1).decode() if m else "utf-8"

def norm(s): return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()
def count(hay, needle): return hay.count(needle)

exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
pages = exp["pages"]
if len(pages) != 7: err(f"{len(pages)} pages, expected 7")
nq = nc = nt = 0
for p in pages:
    f = p["file"]; raw = open(os.path.join(HERE, f), "rb").read()
    cs = charset(raw); doc = raw.decode(cs)
    t = Text(); t.feed(doc); t.close(); vis = norm("".join(t.out)); rawl = doc.lower()
    qs = p["questions"]; nq += len(qs); nc += len(p["chrome_phrases"]); nt += len(p["toc_entries"])
    if not 4 <= len(qs) <= 9: err(f"{f}: {len(qs)} questions")
    if len(p["chrome_phrases"]) != 5: err(f"{f}: {len(p['chrome_phrases'])} chrome phrases")
    others = [norm(x) for x in p["chrome_phrases"] + p["toc_entries"]]
    for x in p["chrome_phrases"] + p["toc_entries"]:
        if norm(x) not in vis: err(f"{f}: chrome/toc text not visible: {x!r}")
    for q in qs:
        qq, a = q["question"], q["answer_phrase"]
        if norm(qq) not in vis: err(f"{f}: question not visible: {qq!r}")
        n = len(a.split())
        if not 4 <= n <= 10: err(f"{f}: answer phrase has {n} words: {a!r}")
        if re.search(r"['&;<>]", a): err(f"{f}: answer phrase has apostrophe/entity chars: {a!r}")
        cv, cr = count(vis, norm(a)), count(rawl, a.lower())
        if cv != 1: err(f"{f}: answer phrase occurs {cv}x in visible text: {a!r}")
        if cr != 1: err(f"{f}: answer phrase occurs {cr}x in raw HTML: {a!r}")
        for o in others:
            if norm(a) in o or o in norm(a): err(f"{f}: answer phrase {a!r} overlaps chrome/toc {o!r}")
        if norm(a) in norm(qq): err(f"{f}: answer phrase inside question {qq!r}")

with tempfile.TemporaryDirectory() as tmp:
    shutil.copy(os.path.join(HERE, "make_expected.py"), tmp)
    subprocess.run([sys.executable, os.path.join(tmp, "make_expected.py")], check=True, capture_output=True)
    if open(os.path.join(tmp, "expected.json"), "rb").read() != open(os.path.join(HERE, "expected.json"), "rb").read():
        err("expected.json is not what make_expected.py writes")
for e in errors: print("ERROR", e)
print(f"pages: {len(pages)} questions: {nq} chrome: {nc} toc: {nt}")
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
