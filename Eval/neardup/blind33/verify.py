#!/usr/bin/env python3
"""Checks the blind33 near-duplicate set (neardup33: Kōtuku Window & Gutter Co., a window cleaning and gutter
(spouting) company in New Zealand) (corpus/, pairs.json, singletons.json, build.py).

- every referenced line exists, no line is used twice, and every line is accounted for;
- near-duplicates carry the same numbers, with number words (zero to ninety-nine) read as digits, since
  some reworded pairs write "fifteen percent off" on one side and "15%" on the other; in
  boilerplate pairs the bare answer sits unchanged inside the wrapped one and the wrapper adds no digits or
  number words; reordered pairs have the same words (a joining "and" aside);
- number look-alikes differ in their numbers and the other look-alikes do not;
- word and number look-alikes differ in one token, item look-alikes in one span of at most two tokens,
  and sentence look-alikes have three sentences each and share exactly two of them;
- the only byte-identical (or case/whitespace-identical) lines are the planned exact duplicates;
- every line has 2-6 sentences, the files have no blank lines and end with a newline;
- question marks appear only in boilerplate added to a near-duplicate;
- no two lines outside the planned pairs share more than half of their word types (no accidental
  near-duplicates); near-duplicate pairs that are no more similar (word Jaccard, number words read as
  digits) than the most similar unplanned pair are listed as a note, not an error, because the rewordings
  were written naturally and not tuned to this measure;
- a fresh run of build.py (in a temporary copy) reproduces the committed files byte for byte.
Exit status 0 when everything passes."""
import difflib, filecmp, json, os, re, shutil, subprocess, sys, tempfile
from collections import Counter
from itertools import combinations
HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUTS = ["pairs.json", "singletons.json"]

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    def rep(m):
        if m.group(1):
            return str(TENS[m.group(1).lower()] + (UNITS.index(m.group(2).lower()) if m.group(2) else 0))
        return str(UNITS.index(m.group(3).lower()))
    return NUMWORD.sub(rep, t)

def sentences(t):
    return [s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s]

def numbers(t):
    return sorted(re.findall(r"\d+", numify(t)))

def digits(t):
    return sorted(re.findall(r"\d+", t))

def words(t):
    return re.findall(r"[a-z0-9£%+]+(?:[.:'’-][a-z0-9£%+]+)*", numify(t).lower())

def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()

def jaccard(a, b):
    sa, sb = set(words(a)), set(words(b))
    return len(sa & sb) / len(sa | sb)

def main():
    errors = []
    err = errors.append
    pairs = json.load(open(os.path.join(HERE, "pairs.json"), encoding="utf-8"))
    singles = json.load(open(os.path.join(HERE, "singletons.json"), encoding="utf-8"))
    corpus = {}
    for f in sorted(os.listdir(os.path.join(HERE, "corpus"))):
        raw = open(os.path.join(HERE, "corpus", f), encoding="utf-8", newline="").read()
        if not raw.endswith("\n") or "\r" in raw:
            err(f"{f}: must use LF line endings and end with a newline")
        lines = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
        for n, l in enumerate(lines, 1):
            if not l.strip():
                err(f"{f}:{n}: blank line")
            elif l != l.strip():
                err(f"{f}:{n}: leading or trailing whitespace")
            k = len(sentences(l))
            if not 2 <= k <= 6:
                err(f"{f}:{n}: {k} sentences")
        corpus[f] = lines
    for f, ls in corpus.items():
        if len(ls) != 27:
            err(f"{f}: {len(ls)} lines, expected 27")

    def text(ref):
        f, n = ref["file"], ref["line"]
        if f not in corpus or not 1 <= n <= len(corpus[f]):
            err(f"missing line {f}:{n}")
            return ""
        return corpus[f][n - 1]

    used = Counter()
    planned = set()
    def use(ref):
        used[(ref["file"], ref["line"])] += 1
    for group in ("near_duplicates", "lookalikes", "exact_duplicates"):
        for p in pairs[group]:
            use(p["a"]); use(p["b"])
            planned.add(frozenset({(p["a"]["file"], p["a"]["line"]), (p["b"]["file"], p["b"]["line"])}))
    for s in singles:
        use(s)
    for k, c in used.items():
        if c > 1:
            err(f"line {k} used {c} times")
    allk = {(f, n) for f, ls in corpus.items() for n in range(1, len(ls) + 1)}
    for k in sorted(allk - set(used)):
        err(f"line {k} not accounted for")
    for k in sorted(set(used) - allk):
        err(f"reference {k} does not exist")

    near_sims = []
    wordnum_pairs = []
    boiler_text = []  # (file, line, added wrapper text)
    for p in pairs["near_duplicates"]:
        a, b = text(p["a"]), text(p["b"])
        if numbers(a) != numbers(b):
            err(f"{p['id']}: numbers differ {numbers(a)} vs {numbers(b)}")
        elif digits(a) != digits(b):
            wordnum_pairs.append(p["id"])
        if norm(a) == norm(b) and p["kind"] != "mixed":
            err(f"{p['id']}: near-duplicate is an exact duplicate")
        if p["kind"] == "boilerplate":
            (short, rs), (long_, rl) = sorted(((a, p["a"]), (b, p["b"])), key=lambda x: len(x[0]))
            if short not in long_:
                err(f"{p['id']}: bare answer not found inside wrapped answer")
            else:
                added = long_.replace(short, "")
                boiler_text.append((rl["file"], rl["line"], added))
                if re.search(r"\d", numify(added)):
                    err(f"{p['id']}: boilerplate adds digits or number words")
        if p["kind"] == "reordered":
            d = (Counter(words(a)) - Counter(words(b))) + (Counter(words(b)) - Counter(words(a)))
            if set(d) - {"and"}:
                err(f"{p['id']}: reordered pair differs in words {dict(d)}")
            if sentences(a) == sentences(b):
                err(f"{p['id']}: reordered pair is not reordered")
        if p["a"]["file"] == p["b"]["file"]:
            err(f"{p['id']}: near-duplicate pair within one file")
        near_sims.append((jaccard(a, b), p["id"]))

    for p in pairs["lookalikes"]:
        a, b = text(p["a"]), text(p["b"])
        kind = p["differs_in"]
        if kind == "number":
            if numbers(a) == numbers(b):
                err(f"{p['id']}: number look-alike with the same numbers")
        elif numbers(a) != numbers(b):
            err(f"{p['id']}: {kind} look-alike with different numbers")
        if kind in ("number", "word", "item"):
            ta, tb = a.split(), b.split()
            ops = [o for o in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes() if o[0] != "equal"]
            if len(ops) != 1 or ops[0][0] != "replace":
                err(f"{p['id']}: expected one replaced span, got {ops}")
            else:
                _, i1, i2, j1, j2 = ops[0]
                lim = 2 if kind == "item" else 1
                if not (i2 - i1 <= lim and j2 - j1 <= lim):
                    err(f"{p['id']}: replaced span too long: {ta[i1:i2]} vs {tb[j1:j2]}")
                if kind == "word" and not (ta[i1:i2][0].islower() and tb[j1:j2][0].islower()):
                    err(f"{p['id']}: word look-alike should differ in a lowercase word")
        if kind == "sentence":
            sa, sb = sentences(a), sentences(b)
            shared = set(sa) & set(sb)
            if len(sa) != 3 or len(sb) != 3 or len(shared) != 2:
                err(f"{p['id']}: sentence look-alike should share 2 of 3 sentences ({len(sa)}, {len(sb)}, {len(shared)})")
        if p["a"]["file"] == p["b"]["file"]:
            err(f"{p['id']}: look-alike pair within one file")
        if norm(a) == norm(b):
            err(f"{p['id']}: look-alike sides are identical")

    for p in pairs["exact_duplicates"]:
        if text(p["a"]) != text(p["b"]):
            err(f"{p['id']}: exact duplicate is not byte-identical")

    wrapped = {(f, n): added for f, n, added in boiler_text}
    for f, ls in corpus.items():
        for n, l in enumerate(ls, 1):
            q = l.count("?")
            if q and q != wrapped.get((f, n), "").count("?"):
                err(f"{f}:{n}: question mark outside boilerplate")

    flat = [((f, n), l) for f, ls in corpus.items() for n, l in enumerate(ls, 1)]
    exact_keys = {frozenset({(p["a"]["file"], p["a"]["line"]), (p["b"]["file"], p["b"]["line"])})
                  for p in pairs["exact_duplicates"]}
    worst = (0.0, None)
    for (ka, la), (kb, lb) in combinations(flat, 2):
        key = frozenset({ka, kb})
        if norm(la) == norm(lb) and key not in exact_keys:
            planned_near = key in planned
            err(f"unplanned identical lines {ka} {kb}" + (" (a planned near-duplicate)" if planned_near else ""))
        if key not in planned:
            j = jaccard(la, lb)
            if j > worst[0]:
                worst = (j, (ka, kb))
            if j > 0.5:
                err(f"unplanned similar lines {ka} {kb} (word Jaccard {j:.2f})")
    # Reported, not an error: the reworded and mixed pairs were written the way a second author would write
    # them and were not tuned to any similarity measure, so heavy rewordings may score below the background.
    below = [(j, pid) for j, pid in near_sims if j <= worst[0]]

    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(HERE, "build.py"), tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "build.py")], check=True, stdout=subprocess.DEVNULL)
        for name in OUTPUTS + [os.path.join("corpus", f) for f in corpus]:
            if not filecmp.cmp(os.path.join(HERE, name), os.path.join(tmp, name), shallow=False):
                err(f"build.py does not reproduce {name}")
        extra = set(os.listdir(os.path.join(tmp, "corpus"))) ^ set(corpus)
        if extra:
            err(f"corpus files differ from a fresh build: {sorted(extra)}")

    kinds = Counter(p["kind"] for p in pairs["near_duplicates"])
    diffs = Counter(p["differs_in"] for p in pairs["lookalikes"])
    print({f: len(ls) for f, ls in corpus.items()}, "lines:", sum(len(ls) for ls in corpus.values()))
    print("near:", len(pairs["near_duplicates"]), dict(kinds))
    print("lookalikes:", len(pairs["lookalikes"]), dict(diffs))
    print("exact:", len(pairs["exact_duplicates"]), "singletons:", len(singles))
    print("near-duplicates with a number in words on one side and digits on the other:", ", ".join(wordnum_pairs))
    print(f"lowest near-duplicate word Jaccard {min(near_sims)[0]:.2f} ({min(near_sims)[1]}); "
          f"highest unplanned pair {worst[0]:.2f} {worst[1]}")
    for j, pid in sorted(near_sims):
        print(f"  {pid} {j:.2f}", end="")
    print()
    if below:
        print("note (not an error): near-duplicates at or below the most similar unplanned pair by word Jaccard: "
              + ", ".join(f"{pid} {j:.2f}" for j, pid in sorted(below)))
    print(f"{len(errors)} errors")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
