#!/usr/bin/env python3
"""Self-check for the blind3 contradiction-audit sets (adapted from blind2/verify.py).

Checks, for every domain directory next to this script:
  <domain>/labels.json         every conflict/trap quote is 5-15 words, occurs exactly once
                               in the visible text of its file and does not cross a tag;
                               conflict kinds cover list/polarity/numeric/arithmetic/stale;
                               in HTML it is also a raw substring of the file; no two labels
                               use an identical quote; every quote falls inside one answer;
                               no answer pair is used by both a conflict and a trap.
  <domain>/claims.jsonl        both files parse; answer_quote, sentence_quote occur in the file, sentence_quote
                               lies in the answer that answer_quote starts, surface is inside
                               sentence_quote, low/high/comparator are coherent.

Usage: python3 verify.py   (exit status 0 when there are no errors)

HTML questions are <h1>-<h6>, <dt>, <summary> or <th> (the table-row archive).
Visible text of HTML: <script>, <style>, <template> and comments removed, tags replaced
with a boundary marker, entities unescaped, whitespace inside a text node collapsed.
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SEP = "\x00"
errors = []
warnings = []


def err(msg):
    errors.append(msg)


def visible_nodes(raw):
    """Return the text of an HTML document as a string with SEP at every tag boundary."""
    raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    raw = re.sub(r"<(script|style|template|noscript)\b.*?</\1\s*>", SEP, raw, flags=re.S | re.I)
    parts = re.split(r"<[^>]+>", raw)
    out = []
    for p in parts:
        t = html.unescape(p)
        t = re.sub(r"\s+", " ", t)
        out.append(t)
    return SEP.join(out)


def load_text(path):
    if path.endswith(".html"):
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raw = data.decode("latin-1")
        return visible_nodes(raw)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def count(hay, needle):
    return len(re.findall(re.escape(needle), hay))


# ---------------------------------------------------------------- answers
QUESTION_TAGS = r"<(h[1-6]|dt|summary|th)\b"


def answers_of(path):
    """Split a corpus file into answer blocks (text). Used to locate answer_quote/sentence_quote."""
    if path.endswith(".txt"):
        with open(path, encoding="utf-8") as fh:
            return [l for l in fh.read().split("\n") if l.strip()]
    if path.endswith(".md"):
        with open(path, encoding="utf-8") as fh:
            txt = fh.read()
        blocks = re.split(r"^#{1,6} .*$", txt, flags=re.M)
        return [b for b in blocks if b.strip()]
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    pieces = re.split(QUESTION_TAGS, raw, flags=re.I)
    # re.split with a group returns [before, tag, after, tag, after...]
    blocks = [pieces[0]] + ["<" + pieces[i] + pieces[i + 1] for i in range(1, len(pieces) - 1, 2)]
    out = []
    for b in blocks:
        # drop the question element itself
        b = re.sub(r"^<(h[1-6]|dt|summary|th)\b.*?</\1\s*>", " ", b, flags=re.S | re.I)
        out.append(visible_nodes(b))
    return out


def answer_index(path, quote):
    hits = [i for i, a in enumerate(answers_of(path)) if quote in a]
    return hits


# ---------------------------------------------------------------- check sets
def check_domain(d):
    base = os.path.join(ROOT, d)
    corpus = os.path.join(base, "corpus")
    labels = json.load(open(os.path.join(base, "labels.json"), encoding="utf-8"))
    texts = {f: load_text(os.path.join(corpus, f)) for f in os.listdir(corpus)}
    for f in texts:
        if f.endswith(".txt"):
            lines = texts[f].split("\n")
            if lines and lines[-1] == "":
                lines = lines[:-1]
            if any(not l.strip() for l in lines):
                err(f"{d}/{f}: blank line")
    kinds = Counter()
    seen_quotes = set()
    pairs = {}
    ids = set()
    for kind_key in ("conflicts", "traps"):
        for item in labels[kind_key]:
            iid = item["id"]
            if iid in ids:
                err(f"{d}: duplicate id {iid}")
            ids.add(iid)
            if kind_key == "conflicts":
                kinds[item["kind"]] += 1
                for k in ("kind", "what", "subject", "sides"):
                    if k not in item:
                        err(f"{d}/{iid}: missing {k}")
            else:
                if "why_not" not in item:
                    err(f"{d}/{iid}: missing why_not")
            if len(item["sides"]) != 2:
                err(f"{d}/{iid}: needs exactly 2 sides")
            locs = []
            for s in item["sides"]:
                f, q = s["file"], s["quote"]
                if f not in texts:
                    err(f"{d}/{iid}: unknown file {f}")
                    continue
                n = count(texts[f], q)
                if q in seen_quotes:
                    err(f"{d}/{iid}: quote used by another label too: {q!r}")
                seen_quotes.add(q)
                if f.endswith(".html"):
                    with open(os.path.join(corpus, f), encoding="utf-8") as fh:
                        rawtxt = fh.read()
                    if q not in rawtxt:
                        err(f"{d}/{iid}: quote is not a raw substring of {f}: {q!r}")
                if n != 1:
                    err(f"{d}/{iid}: quote occurs {n} times in {f}: {q!r}")
                if SEP in q:
                    err(f"{d}/{iid}: quote crosses a tag: {q!r}")
                wc = len(q.split())
                if not 5 <= wc <= 15:
                    err(f"{d}/{iid}: quote has {wc} words: {q!r}")
                ai = answer_index(os.path.join(corpus, f), q)
                if len(ai) != 1:
                    err(f"{d}/{iid}: quote found in {len(ai)} answers of {f}: {q!r}")
                    continue
                locs.append((f, ai[0]))
            if len(locs) == 2:
                key = tuple(sorted(locs))
                if key[0] != key[1]:
                    pairs.setdefault(key, []).append((kind_key, iid))
    for key, users in pairs.items():
        ks = {k for k, _ in users}
        if len(ks) > 1:
            err(f"{d}: answer pair {key} used by both conflicts and traps: {users}")
    for k in ("list", "polarity", "numeric", "arithmetic", "stale"):
        if kinds[k] == 0:
            err(f"{d}: no conflict of kind {k}")
    nconf, ntrap = len(labels["conflicts"]), len(labels["traps"])
    if nconf < 12 or ntrap < 12:
        err(f"{d}: {nconf} conflicts / {ntrap} traps, need >= 12 each")

    # answers in total
    total = 0
    for f in texts:
        total += len([a for a in answers_of(os.path.join(corpus, f)) if a.strip(SEP + " \n")])

    # claims
    claims = [json.loads(l) for l in open(os.path.join(base, "claims.jsonl"), encoding="utf-8") if l.strip()]
    fields = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit",
              "comparator", "subject", "metric", "metric_class", "hedged"]
    answers_cov = set()
    for i, c in enumerate(claims, 1):
        if list(c.keys()) != fields:
            err(f"{d}/claims:{i}: fields {list(c.keys())}")
        f = c["file"]
        if f not in texts:
            err(f"{d}/claims:{i}: unknown file {f}")
            continue
        t = texts[f]
        for k in ("answer_quote", "sentence_quote"):
            if f.endswith(".html"):
                with open(os.path.join(corpus, f), encoding="utf-8") as fh:
                    if c[k] not in fh.read():
                        err(f"{d}/claims:{i}: {k} is not a raw substring of {f}: {c[k]!r}")
            if count(t, c[k]) < 1:
                err(f"{d}/claims:{i}: {k} not in {f}: {c[k]!r}")
            if SEP in c[k]:
                err(f"{d}/claims:{i}: {k} crosses a tag")
        if c["surface"] not in c["sentence_quote"]:
            err(f"{d}/claims:{i}: surface {c['surface']!r} not in sentence_quote")
        blocks = answers_of(os.path.join(corpus, f))
        ai = [j for j, a in enumerate(blocks) if c["answer_quote"] in a]
        if len(ai) != 1:
            err(f"{d}/claims:{i}: answer_quote in {len(ai)} answers: {c['answer_quote']!r}")
        else:
            a = blocks[ai[0]]
            if c["sentence_quote"] not in a:
                err(f"{d}/claims:{i}: sentence_quote not in the answer of answer_quote: {c['sentence_quote']!r}")
            if not a.strip(SEP + " \n").startswith(c["answer_quote"]):
                warnings.append(f"{d}/claims:{i}: answer_quote is not the start of its answer: {c['answer_quote']!r}")
            answers_cov.add((f, ai[0]))
        if c["comparator"] not in ("=", "<", "<=", ">", ">=", "~"):
            err(f"{d}/claims:{i}: comparator {c['comparator']}")
        lo, hi = c["low"], c["high"]
        if lo is None and hi is None:
            err(f"{d}/claims:{i}: both ends open")
        if lo is not None and hi is not None and lo > hi:
            err(f"{d}/claims:{i}: low > high")
        if c["comparator"] in ("<", "<=") and lo is not None:
            err(f"{d}/claims:{i}: upper-bound comparator with a low value")
        if c["comparator"] in (">", ">=") and hi is not None:
            err(f"{d}/claims:{i}: lower-bound comparator with a high value")
        if not isinstance(c["hedged"], bool):
            err(f"{d}/claims:{i}: hedged not bool")
        # every number of the sentence that the surface quotes must be low or high
        nums = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", c["surface"])]
        vals = [v for v in (lo, hi) if v is not None]
        for v in vals:
            if nums and v not in nums and not re.search(r"[a-z]", c["surface"].replace("kg", "").replace("km", "")):
                warnings.append(f"{d}/claims:{i}: value {v} not spelled in surface {c['surface']!r}")
    per_file = Counter(f for f, _ in answers_cov)
    return {"answers": total, "conflicts": nconf, "traps": ntrap, "kinds": dict(kinds),
            "claims": len(claims), "claim_answers": len(answers_cov), "claim_answers_per_file": dict(per_file)}




def main():
    report = {}
    for d in sorted(os.listdir(ROOT)):
        if os.path.isdir(os.path.join(ROOT, d)) and os.path.isdir(os.path.join(ROOT, d, "corpus")):
            if not os.path.exists(os.path.join(ROOT, d, "labels.json")):
                err(f"{d}: no labels.json")
                continue
            report[d] = check_domain(d)
    for k, v in report.items():
        print(k, json.dumps(v, ensure_ascii=False))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
