#!/usr/bin/env python3
"""Checks the blind7 near-duplicate set: references, coverage, numbers, token differences,
sentence counts, accidental duplicates, and that build.py reproduces the committed files."""
import collections, difflib, json, os, re, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

def load(base):
    files = {}
    for f in sorted(os.listdir(os.path.join(base, "corpus"))):
        raw = open(os.path.join(base, "corpus", f), "rb").read()
        if b"\r" in raw: err(f"{f}: CR characters")
        if not raw.endswith(b"\n"): err(f"{f}: no final newline")
        lines = raw.decode("utf-8").split("\n")[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip(): err(f"{f}:{i}: blank line")
            if l != l.strip(): err(f"{f}:{i}: leading/trailing whitespace")
        files[f] = lines
    return files

files = load(HERE)
pairs = json.load(open(os.path.join(HERE, "pairs.json"), encoding="utf-8"))
singles = json.load(open(os.path.join(HERE, "singletons.json"), encoding="utf-8"))

def text(ref):
    f, n = ref["file"], ref["line"]
    if f not in files or not 1 <= n <= len(files[f]):
        err(f"bad reference {ref}"); return ""
    return files[f][n - 1]

used = collections.Counter()
def use(ref): used[(ref["file"], ref["line"])] += 1
for group in ("near_duplicates", "lookalikes", "exact_duplicates"):
    for p in pairs[group]:
        use(p["a"]); use(p["b"]); text(p["a"]); text(p["b"])
for s in singles:
    use(s); text(s)
for k, c in used.items():
    if c > 1: err(f"line used {c} times: {k}")
total = sum(len(v) for v in files.values())
if len(used) != total: err(f"{total - len(used)} lines not accounted for")

NUM = re.compile(r"\d+(?:[.,]\d+)*")
def nums(t): return sorted(NUM.findall(t))
def words(t): return re.findall(r"[a-z0-9£%'.-]+", t.lower().replace(",", " "))
def wordbag(t): return collections.Counter(w.strip(".") for w in words(t) if w.strip("."))
def sentences(t): return [s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s]
def norm(t): return re.sub(r"\s+", " ", t.lower()).strip()

for p in pairs["near_duplicates"]:
    a, b = text(p["a"]), text(p["b"])
    if set(nums(a)) != set(nums(b)): err(f"{p['id']}: numbers differ {nums(a)} vs {nums(b)}")
    if a == b or norm(a) == norm(b): err(f"{p['id']}: near duplicate is exact")
    if p["kind"] == "reordered":
        da, db = wordbag(a), wordbag(b)
        extra = (da - db) + (db - da)
        if set(extra) - {"and"}: err(f"{p['id']}: reordered pair words differ {dict(extra)}")
    if p["kind"] not in ("reworded", "reordered", "boilerplate", "mixed"): err(f"{p['id']}: bad kind")

def single_diff(a, b):
    ta, tb = a.split(), b.split()
    ops = [o for o in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes() if o[0] != "equal"]
    return ops

for p in pairs["lookalikes"]:
    a, b = text(p["a"]), text(p["b"]); k = p["differs_in"]
    if k == "number":
        if nums(a) == nums(b): err(f"{p['id']}: number look-alike has same numbers")
    elif nums(a) != nums(b): err(f"{p['id']}: numbers differ in a {k} look-alike")
    ops = single_diff(a, b)
    if k in ("number", "word"):
        if not (len(ops) == 1 and ops[0][0] == "replace" and ops[0][2] - ops[0][1] == 1 and ops[0][4] - ops[0][3] == 1):
            err(f"{p['id']}: {k} look-alike does not differ in exactly one token: {ops}")
    elif k == "item":
        if not (len(ops) == 1 and ops[0][0] == "replace" and ops[0][2] - ops[0][1] <= 2 and ops[0][4] - ops[0][3] <= 2):
            err(f"{p['id']}: item look-alike differs in more than one span of 2 tokens: {ops}")
    elif k == "sentence":
        sa, sb = sentences(a), sentences(b)
        if len(sa) != 3 or len(sb) != 3 or len(set(sa) & set(sb)) != 2:
            err(f"{p['id']}: sentence look-alike does not share 2 of 3 sentences")
    else:
        err(f"{p['id']}: bad differs_in {k}")

exact_keys = set()
for p in pairs["exact_duplicates"]:
    a, b = text(p["a"]), text(p["b"])
    if a != b: err(f"{p['id']}: not byte-identical")
    exact_keys.add(frozenset([(p["a"]["file"], p["a"]["line"]), (p["b"]["file"], p["b"]["line"])]))
seen = collections.defaultdict(list)
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        seen[norm(l)].append((f, i))
for k, refs in seen.items():
    if len(refs) > 1 and (len(refs) != 2 or frozenset(refs) not in exact_keys):
        err(f"unplanned identical lines: {refs}")

boiler = {(p["b"]["file"], p["b"]["line"]) for p in pairs["near_duplicates"] if p["kind"] in ("boilerplate", "mixed")}
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        n = len(sentences(l))
        if not 2 <= n <= 6: err(f"{f}:{i}: {n} sentences")
        if "?" in l and (f, i) not in boiler: err(f"{f}:{i}: question mark outside boilerplate")

# a fresh build reproduces the committed files byte for byte
with tempfile.TemporaryDirectory() as tmp:
    shutil.copy(os.path.join(HERE, "build.py"), tmp)
    subprocess.run([sys.executable, os.path.join(tmp, "build.py")], check=True, capture_output=True)
    for rel in ["pairs.json", "singletons.json"] + [os.path.join("corpus", f) for f in files]:
        if open(os.path.join(tmp, rel), "rb").read() != open(os.path.join(HERE, rel), "rb").read():
            err(f"build.py does not reproduce {rel}")

print({f: len(v) for f, v in files.items()}, "near:", len(pairs["near_duplicates"]),
      "lookalikes:", len(pairs["lookalikes"]), "exact:", len(pairs["exact_duplicates"]),
      "singletons:", len(singles))
within = [p["id"] for g in ("near_duplicates", "lookalikes", "exact_duplicates") for p in pairs[g]
          if p["a"]["file"] == p["b"]["file"]]
print("pairs within one file:", within)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
