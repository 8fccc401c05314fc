#!/usr/bin/env python3
"""Checks the blind13 near-duplicate set (corpus/, pairs.json, singletons.json, build.py).

- every referenced line exists, no line is used twice, and every line is accounted for;
- near-duplicates are split across two files and carry the same numbers, counting spelled-out numbers
  ("forty-five" = 45); per kind:
  - boilerplate: the bare answer sits unchanged inside the wrapped one and the wrapper adds no numbers;
  - reordered: the same words in another sentence order (a joining "and" aside);
  - extra-sentence: one side has exactly one sentence more, and that side's extra material adds no numbers;
  - contractions: one side uses at least two contractions and the other none;
  - spelling: one side uses at least two British spellings and none of their American forms, the other
    side the reverse;
  - number-words: the digits differ but the numbers (with spelled-out ones) are the same, and one side
    spells out at least three numbers;
- look-alikes are split across two files; number look-alikes differ in their numbers and the others do not;
- word and number look-alikes differ in one whitespace token (word look-alikes in a lowercase word), item
  look-alikes in one span of at most two tokens, and sentence look-alikes have three sentences each and
  share exactly two of them;
- the only byte-identical (or case/whitespace-identical) lines are the planned exact duplicates (none);
- every line has 2-6 sentences, the files have no blank lines and end with a newline;
- no two lines outside the planned pairs share more than half of their word types (no accidental
  near-duplicates), and every near-duplicate pair is closer than the closest unplanned pair. Words are
  compared after light normalisation (lower case, contractions expanded, American spellings mapped to
  British, spelled-out numbers turned into digits);
- a fresh run of build.py (in a temporary copy) reproduces the committed files byte for byte.
Exit status 0 when everything passes."""
import difflib, filecmp, json, os, re, shutil, subprocess, sys, tempfile
from collections import Counter
from itertools import combinations
HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUTS = ["pairs.json", "singletons.json"]
NEAR_KINDS = {"reworded", "reordered", "boilerplate", "extra-sentence", "contractions", "spelling", "number-words"}
LOOK_KINDS = {"number", "item", "word", "sentence"}

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)})
CONTRACTIONS = {
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "isn't": "is not", "aren't": "are not",
    "wasn't": "was not", "won't": "will not", "can't": "cannot", "couldn't": "could not",
    "shouldn't": "should not", "we'll": "we will", "you'll": "you will", "they'll": "they will",
    "it'll": "it will", "i'll": "i will", "we're": "we are", "you're": "you are", "they're": "they are",
    "we've": "we have", "you've": "you have", "they've": "they have", "i've": "i have", "i'm": "i am",
    "it's": "it is", "that's": "that is", "there's": "there is", "here's": "here is", "what's": "what is",
    "who's": "who has", "you'd": "you would", "we'd": "we would", "i'd": "i would", "let's": "let us",
}
BRITISH_AMERICAN = {
    "colour": "color", "colours": "colors", "centre": "center", "centres": "centers",
    "organise": "organize", "organised": "organized", "programme": "program", "programmes": "programs",
    "licence": "license", "licences": "licenses", "behaviour": "behavior", "favourite": "favorite",
    "cancelled": "canceled", "travelling": "traveling", "recognised": "recognized", "metres": "meters",
}
AMERICAN_BRITISH = {v: k for k, v in BRITISH_AMERICAN.items()}

def sentences(t):
    return [s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s]

def numbers(t):
    """Digits plus spelled-out numbers ("forty-five" -> 45), as sorted strings."""
    out = re.findall(r"\d+", t)
    for m in re.finditer(r"\b([a-z]+)(?:-([a-z]+))?\b", t.lower()):
        a, b = m.group(1), m.group(2)
        if a in NUMBER_WORDS and b in NUMBER_WORDS and NUMBER_WORDS[a] >= 20 and NUMBER_WORDS[b] < 10:
            out.append(str(NUMBER_WORDS[a] + NUMBER_WORDS[b]))
        else:
            out += [str(NUMBER_WORDS[x]) for x in (a, b) if x in NUMBER_WORDS]
    return sorted(out)

def raw_words(t):
    return re.findall(r"[a-z0-9£%+]+(?:[.:'’-][a-z0-9£%+]+)*", t.lower().replace("’", "'"))

def contractions(t):
    return [w for w in raw_words(t) if w in CONTRACTIONS]

def spellings(t, table):
    return {w for w in re.findall(r"[a-z]+", t.lower()) if w in table}

def words(t):
    """Normalised word tokens for similarity: contractions expanded, American -> British, numbers as digits."""
    out = []
    for w in raw_words(t):
        for part in CONTRACTIONS.get(w, w).split():
            pieces = part.split("-")
            if len(pieces) == 2 and all(p in NUMBER_WORDS for p in pieces):
                out.append(numbers(part)[0]); continue
            part = "-".join(AMERICAN_BRITISH.get(p, p) for p in pieces)
            out.append(str(NUMBER_WORDS[part]) if part in NUMBER_WORDS else part)
    return out

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
    if len(corpus) != 3:
        err(f"expected 3 corpus files, found {sorted(corpus)}")

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
    for p in pairs["near_duplicates"]:
        a, b = text(p["a"]), text(p["b"])
        kind = p["kind"]
        if kind not in NEAR_KINDS:
            err(f"{p['id']}: unknown kind {kind!r}")
        if numbers(a) != numbers(b):
            err(f"{p['id']}: numbers differ {numbers(a)} vs {numbers(b)}")
        if norm(a) == norm(b):
            err(f"{p['id']}: near-duplicate is an exact duplicate")
        if p["a"]["file"] == p["b"]["file"]:
            err(f"{p['id']}: near-duplicate pair within one file")
        if kind == "boilerplate":
            short, long_ = sorted((a, b), key=len)
            if short not in long_:
                err(f"{p['id']}: bare answer not found inside wrapped answer")
            elif re.search(r"\d", long_.replace(short, "")) or numbers(long_.replace(short, " ")):
                err(f"{p['id']}: boilerplate adds numbers")
        if kind == "reordered":
            d = (Counter(raw_words(a)) - Counter(raw_words(b))) + (Counter(raw_words(b)) - Counter(raw_words(a)))
            if set(d) - {"and"}:
                err(f"{p['id']}: reordered pair differs in words {dict(d)}")
            if sentences(a) == sentences(b):
                err(f"{p['id']}: reordered pair is not reordered")
        if kind == "extra-sentence":
            short, long_ = sorted((a, b), key=lambda t: len(sentences(t)))
            if len(sentences(long_)) - len(sentences(short)) != 1:
                err(f"{p['id']}: sentence counts should differ by one ({len(sentences(a))} vs {len(sentences(b))})")
            extra = [s for s in sentences(long_) if s not in sentences(short)]
            if all(s in sentences(long_) for s in sentences(short)) and numbers(" ".join(extra)):
                err(f"{p['id']}: added sentence carries numbers")
        if kind == "contractions":
            ca, cb = contractions(a), contractions(b)
            if not (min(len(ca), len(cb)) == 0 and max(len(ca), len(cb)) >= 2):
                err(f"{p['id']}: expected contractions on one side only ({ca} vs {cb})")
        if kind == "spelling":
            ba, bb = spellings(a, BRITISH_AMERICAN), spellings(b, BRITISH_AMERICAN)
            aa, ab = spellings(a, AMERICAN_BRITISH), spellings(b, AMERICAN_BRITISH)
            brit, amer = (ba, ab) if ba else (bb, aa)
            other_brit, other_amer = (bb, aa) if ba else (ba, ab)
            if len(brit) < 2 or other_brit or other_amer or not {BRITISH_AMERICAN[w] for w in brit} <= amer:
                err(f"{p['id']}: expected British spellings on one side and their American forms on the other "
                    f"({sorted(ba | aa)} vs {sorted(bb | ab)})")
        if kind == "number-words":
            da, db = sorted(re.findall(r"\d+", a)), sorted(re.findall(r"\d+", b))
            spelled = max(len(numbers(a)) - len(da), len(numbers(b)) - len(db))
            if da == db or spelled < 3:
                err(f"{p['id']}: expected spelled-out numbers on one side ({da} vs {db})")
        near_sims.append((jaccard(a, b), p["id"]))

    for p in pairs["lookalikes"]:
        a, b = text(p["a"]), text(p["b"])
        kind = p["differs_in"]
        if kind not in LOOK_KINDS:
            err(f"{p['id']}: unknown differs_in {kind!r}")
        if p["a"]["file"] == p["b"]["file"]:
            err(f"{p['id']}: look-alike pair within one file")
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
        if norm(a) == norm(b):
            err(f"{p['id']}: look-alike sides are identical")

    for p in pairs["exact_duplicates"]:
        if text(p["a"]) != text(p["b"]):
            err(f"{p['id']}: exact duplicate is not byte-identical")

    flat = [((f, n), l) for f, ls in corpus.items() for n, l in enumerate(ls, 1)]
    exact_keys = {frozenset({(p["a"]["file"], p["a"]["line"]), (p["b"]["file"], p["b"]["line"])})
                  for p in pairs["exact_duplicates"]}
    worst = (0.0, None)
    for (ka, la), (kb, lb) in combinations(flat, 2):
        key = frozenset({ka, kb})
        if norm(la) == norm(lb) and key not in exact_keys:
            planned_near = key in planned
            err(f"unplanned identical lines {ka} {kb}" + (" (a planned pair)" if planned_near else ""))
        if key not in planned:
            j = jaccard(la, lb)
            if j > worst[0]:
                worst = (j, (ka, kb))
            if j > 0.5:
                err(f"unplanned similar lines {ka} {kb} (word Jaccard {j:.2f})")
    for j, pid in near_sims:
        if j <= worst[0]:
            err(f"{pid}: near-duplicate pair (Jaccard {j:.2f}) is less similar than an unplanned pair ({worst[0]:.2f})")

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
    if near_sims:
        print(f"lowest near-duplicate word Jaccard {min(near_sims)[0]:.2f} ({min(near_sims)[1]}); "
              f"highest unplanned pair {worst[0]:.2f} {worst[1]}")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
