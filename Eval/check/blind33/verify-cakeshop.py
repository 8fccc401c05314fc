#!/usr/bin/env python3
"""Self-check for the blind33 check-b contradiction-audit set (one domain, cakeshop),
adapted from the blind32 check-b verify.py that the format folder /work/blind33-formats/check/ holds.

For the <domain>/ directory next to this script that has a corpus/ folder (this set has
exactly one, cakeshop/; a missing or extra domain folder is an error):
  * labels.json and claims.jsonl parse; claims carry the expected fields in order;
  * every label quote is an exact substring of the raw file, occurs exactly once,
    has 5-15 words and (for HTML) does not cross a tag or contain an entity;
    (for JSON) it contains no JSON escape or quote character and no tag or entity
    character (< > &);
  * every quote sits inside exactly one answer block;
  * no answer pair is labelled twice (by two labels of any type), no quote is reused;
  * the set has exactly 16 conflicts (list 3, polarity 3, numeric 4, arithmetic 3,
    stale 3) and 14 traps, and both sides of every stale conflict carry a year;
  * each claim's answer_quote starts an answer, its sentence_quote lies in that answer,
    its surface lies in the sentence_quote, and low/high/comparator agree;
  * the .txt file has no blank lines; the .json file parses and every record has a
    question and an answer (the file is a TinyDB database file as TinyDB's default
    JSONStorage writes it: {"<table>": {"<doc_id>": document, ...}, ...}, one line,
    non-ASCII written as \\u escapes; a document's question is its "question" field and
    its answer its "answer" field, plain text; the KoboToolbox API v2 data response, the
    Optimizely Content Delivery API search response, the microCMS list response, an
    object with "records", a Sanity GROQ "result" list or a bare list of
    {"question", "answer"} records is still accepted);
  * a domain has 55-65 answers and 40-60 claims, and no claim is listed twice;
  * the corpus holds exactly four files: one .txt, one .md, one .html and one .json.
HTML questions are <h1>-<h6>, <dt>, <summary>, <th>, or a paragraph that opens with
<strong>/<b> (the "bold question paragraph" layout); the answer runs to the next question.
The CherryTree single-file HTML export writes every node title as <h1 class='title
level-N'>, so <h1> headings are counted here too (the notebook's top node and its three
group nodes have no question mark and are not counted); a trailing "¶" anchor link,
as nbconvert writes, is still ignored when a heading is tested for a question mark.
The Markdown file is a jrnl journal exported with --format markdown: "# <year>",
"## <month>", then one "### <date> <time> <title>" heading per entry; the entries are
counted as its answers.
Hungarian forint may be written "2 500 Ft", "1 000 forint", "1.450 Ft", "1 650,- Ft" or
"HUF 3 500": a space or a point groups thousands, a comma starts the decimals ("1,5 kg")
and ",-" closes a whole-forint amount.
Exit status 0 when there are no errors.
"""
import html, json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
MARK = "\x01"            # stands in for a tag boundary in visible text
FIELDS = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit",
          "comparator", "subject", "metric", "metric_class", "hedged"]
KINDS = ("list", "polarity", "numeric", "arithmetic", "stale")
QTAG = re.compile(r"<(?:h[1-6]|dt|summary|th)\b|<p\b[^>]*>\s*<(?:strong|b)\b", re.I)
QHEAD = re.compile(r"^(?:<(h[1-6]|dt|summary|th)\b.*?</\1\s*>|<p\b[^>]*>\s*<(?:strong|b)\b.*?</p\s*>)", re.S | re.I)
EXPECT = {"list": 3, "polarity": 3, "numeric": 4, "arithmetic": 3, "stale": 3}
NUM = re.compile(r"(?<![\w.,])[-+\u2212]?\d{1,3}(?:[ .]\d{3})+(?!\d)(?:,\d+)?|(?<![\w.,])[-+\u2212]?\d+(?:,\d+)?")   # "2 500", "1.450", "1 650,-", "18", "1,5"
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
problems, notes = [], []


def visible(raw):
    raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    raw = re.sub(r"<(script|style|template|noscript)\b.*?</\1\s*>", MARK, raw, flags=re.S | re.I)
    return MARK.join(re.sub(r"\s+", " ", html.unescape(t)) for t in re.split(r"<[^>]*>", raw))


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def number(x):
    """Value of a number as written, Hungarian style: "2 500", "1.450", "1,5"."""
    return float(x.replace("\u2212", "-").replace(" ", "").replace(".", "").replace(",", "."))


def surface_numbers(surface):
    """Values written in a claim surface ("1 650,- Ft" is 1650, "HUF 3 500" is 3500)."""
    return {number(x) for x in NUM.findall(surface)}


def pt_text(blocks):
    """Plain text of Portable Text: spans joined as they are, blocks joined with a blank line."""
    out = []
    for b in blocks or []:
        if isinstance(b, dict) and b.get("_type") == "block":
            out.append("".join(c.get("text", "") for c in b.get("children", []) if isinstance(c, dict)))
    return "\n\n".join(out)


def rich_text(value):
    """Plain text of a rich-text HTML string (Optimizely XhtmlString, microCMS rich editor):
    tags removed, entities decoded, paragraphs stripped and joined with a blank line."""
    paras = [p for p in re.split(r"</p\s*>", value or "") if p.strip()]
    return "\n\n".join(html.unescape(re.sub(r"<[^>]*>", "", p)).strip() for p in paras)


def prop(value):
    """Value of an Optimizely Content Delivery API property ({"value", "propertyDataType"})."""
    return value.get("value") if isinstance(value, dict) else value


def kobo_field(rec, name):
    """Value of a KoboToolbox form field, with or without its group prefix ("faq/question")."""
    for k, v in rec.items():
        if k == name or k.endswith("/" + name):
            return v
    return None


def tinydb_tables(data):
    """True for a TinyDB database file: {"<table>": {"<doc_id>": {...}, ...}, ...}."""
    return (isinstance(data, dict) and data and all(
        isinstance(t, dict) and all(k.isdigit() and isinstance(d, dict) for k, d in t.items())
        for t in data.values()))


def json_records(raw):
    data = json.loads(raw)
    if tinydb_tables(data):                                    # TinyDB JSONStorage file
        return [{"question": d.get("question", ""), "answer": d.get("answer", "")}
                for t in data.values() for _, d in sorted(t.items(), key=lambda kv: int(kv[0]))]
    if (isinstance(data, dict) and "results" in data and "count" in data
            and all(isinstance(d, dict) and "_uuid" in d for d in data["results"])):   # KoboToolbox API v2 data response
        return [{"question": kobo_field(d, "question") or "", "answer": kobo_field(d, "answer") or ""} for d in data["results"]]
    if isinstance(data, dict) and "results" in data:          # Optimizely Content Delivery API search response
        return [{"question": prop(d.get("question")) or "", "answer": rich_text(prop(d.get("answer")))} for d in data["results"]]
    if isinstance(data, dict) and "contents" in data:         # microCMS content API list response
        return [{"question": d.get("question", ""), "answer": rich_text(d.get("answer"))} for d in data["contents"]]
    if isinstance(data, dict) and "result" in data:           # Sanity GROQ query response
        return [{"question": d.get("question", ""), "answer": pt_text(d.get("answer"))} for d in data["result"]]
    return data["records"] if isinstance(data, dict) else data


def blocks(path):
    """Answer blocks of a corpus file, as searchable text."""
    raw = read(path)
    if path.endswith(".json"):
        return [r["answer"] for r in json_records(raw)]
    if path.endswith(".txt"):
        return [l for l in raw.split("\n") if l.strip()]
    if path.endswith(".md"):
        return [b for b in re.split(r"^#{1,6} .*$", raw, flags=re.M) if b.strip()]
    raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    starts = [m.start() for m in QTAG.finditer(raw)]
    cuts = [0] + starts + [len(raw)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        chunk = raw[a:b]
        chunk = QHEAD.sub(" ", chunk, count=1)
        out.append(visible(chunk))
    return out


def html_questions(raw):
    """Number of HTML question elements whose text ends with a question mark (CherryTree
    writes every node title as <h1>; a trailing anchor-link pilcrow is ignored)."""
    raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    n = 0
    for m in QTAG.finditer(raw):
        head = QHEAD.match(raw[m.start():])
        if head and clean(visible(head.group(0))).rstrip("\u00b6 ").endswith("?"):
            n += 1
    return n


def clean(block):
    return block.replace(MARK, " ").strip()


def check(domain):
    base = os.path.join(ROOT, domain)
    cdir = os.path.join(base, "corpus")
    files = sorted(os.listdir(cdir))
    raw = {f: read(os.path.join(cdir, f)) for f in files}
    vis = {f: (visible(raw[f]) if f.endswith(".html") else raw[f]) for f in files}
    blk = {f: blocks(os.path.join(cdir, f)) for f in files}
    exts = sorted(f.rsplit(".", 1)[-1] for f in files)
    if exts != ["html", "json", "md", "txt"]:
        problems.append(f"{domain}: corpus files {files}; expected a .txt, a .md, a .html and a .json file")
    for f in files:
        if f.endswith(".txt"):
            body = raw[f][:-1] if raw[f].endswith("\n") else raw[f]
            if any(not l.strip() for l in body.split("\n")):
                problems.append(f"{domain}/{f}: blank line")
        if f.endswith(".json"):
            for n, r in enumerate(json_records(raw[f]), 1):
                if not (isinstance(r, dict) and r.get("question", "").strip() and r.get("answer", "").strip()):
                    problems.append(f"{domain}/{f}: record {n} lacks a question or an answer")
    try:
        labels = json.loads(raw_lbl := read(os.path.join(base, "labels.json")))
    except Exception as e:
        problems.append(f"{domain}/labels.json does not parse: {e}")
        return {}
    kinds, used_quotes, pair_use, ids = Counter(), {}, {}, set()
    for group in ("conflicts", "traps"):
        for item in labels.get(group, []):
            iid = item.get("id")
            if iid in ids:
                problems.append(f"{domain}: id {iid} used twice")
            ids.add(iid)
            need = ("kind", "what", "subject", "sides") if group == "conflicts" else ("why_not", "sides")
            for k in need:
                if k not in item:
                    problems.append(f"{domain}/{iid}: missing {k}")
            if group == "conflicts":
                if item.get("kind") not in KINDS:
                    problems.append(f"{domain}/{iid}: unknown kind {item.get('kind')}")
                kinds[item.get("kind")] += 1
            sides = item.get("sides", [])
            if len(sides) != 2:
                problems.append(f"{domain}/{iid}: {len(sides)} sides")
            where = []
            for s in sides:
                f, q = s["file"], s["quote"]
                if f not in raw:
                    problems.append(f"{domain}/{iid}: unknown file {f}")
                    continue
                if q in used_quotes:
                    problems.append(f"{domain}/{iid}: quote also used by {used_quotes[q]}: {q!r}")
                used_quotes[q] = iid
                n_raw = raw[f].count(q)
                if n_raw != 1:
                    problems.append(f"{domain}/{iid}: quote occurs {n_raw} times in raw {f}: {q!r}")
                if f.endswith(".html"):
                    if vis[f].count(q) != 1:
                        problems.append(f"{domain}/{iid}: quote not exactly once in visible text of {f}: {q!r}")
                    if "<" in q or ">" in q or "&" in q:
                        problems.append(f"{domain}/{iid}: quote contains markup or an entity: {q!r}")
                if f.endswith(".json") and any(ch in q for ch in '"\\<>&'):
                    problems.append(f"{domain}/{iid}: quote contains a JSON quote or escape, or a tag or entity character: {q!r}")
                if not 5 <= len(q.split()) <= 15:
                    problems.append(f"{domain}/{iid}: quote has {len(q.split())} words: {q!r}")
                hits = [i for i, b in enumerate(blk[f]) if q in b]
                if len(hits) != 1:
                    problems.append(f"{domain}/{iid}: quote in {len(hits)} answers of {f}: {q!r}")
                else:
                    where.append((f, hits[0]))
            if len(where) == 2:
                if group == "conflicts" and item.get("kind") == "arithmetic" and where[0] != where[1]:
                    problems.append(f"{domain}/{iid}: arithmetic conflict spans two answers")
                if where[0] != where[1]:
                    key = tuple(sorted(where))
                    pair_use.setdefault(key, []).append(iid)
    for key, users in pair_use.items():
        if len(users) > 1:
            problems.append(f"{domain}: answer pair {key} labelled more than once: {users}")
    for k in KINDS:
        if not kinds[k]:
            problems.append(f"{domain}: no {k} conflict")
        elif kinds[k] != EXPECT[k]:
            problems.append(f"{domain}: {kinds[k]} {k} conflicts, expected {EXPECT[k]}")
    if len(labels.get("traps", [])) != 14:
        problems.append(f"{domain}: {len(labels.get('traps', []))} traps, expected 14")
    for item in labels.get("conflicts", []):
        if item.get("kind") == "stale":
            for s in item.get("sides", []):
                if not YEAR.search(s.get("quote", "")):
                    problems.append(f"{domain}/{item.get('id')}: stale side without a year: {s.get('quote')!r}")

    # claims
    claims = []
    for n, line in enumerate(read(os.path.join(base, "claims.jsonl")).splitlines(), 1):
        if not line.strip():
            continue
        try:
            claims.append((n, json.loads(line)))
        except Exception as e:
            problems.append(f"{domain}/claims.jsonl:{n} does not parse: {e}")
    covered = set()
    for n, c in claims:
        tag = f"{domain}/claims:{n}"
        if list(c) != FIELDS:
            problems.append(f"{tag}: fields {list(c)}")
            continue
        f = c["file"]
        if f not in raw:
            problems.append(f"{tag}: unknown file {f}")
            continue
        for k in ("answer_quote", "sentence_quote"):
            if c[k] not in raw[f]:
                problems.append(f"{tag}: {k} not a raw substring of {f}: {c[k]!r}")
        if c["surface"] not in c["sentence_quote"]:
            problems.append(f"{tag}: surface {c['surface']!r} not in sentence_quote")
        hits = [i for i, b in enumerate(blk[f]) if c["answer_quote"] in b]
        if len(hits) != 1:
            problems.append(f"{tag}: answer_quote in {len(hits)} answers: {c['answer_quote']!r}")
        else:
            b = blk[f][hits[0]]
            if c["sentence_quote"] not in b:
                problems.append(f"{tag}: sentence_quote outside the answer: {c['sentence_quote']!r}")
            if not clean(b).startswith(c["answer_quote"]):
                problems.append(f"{tag}: answer_quote does not start its answer: {c['answer_quote']!r}")
            covered.add((f, hits[0]))
        lo, hi, cmp_ = c["low"], c["high"], c["comparator"]
        if cmp_ not in ("=", "<", "<=", ">", ">=", "~"):
            problems.append(f"{tag}: comparator {cmp_!r}")
        if lo is None and hi is None:
            problems.append(f"{tag}: both ends open")
        if cmp_ in ("=", "~") and (lo is None or hi is None):
            problems.append(f"{tag}: '{cmp_}' needs both ends")
        if cmp_ in ("<", "<=") and (lo is not None or hi is None):
            problems.append(f"{tag}: upper bound needs only high")
        if cmp_ in (">", ">=") and (hi is not None or lo is None):
            problems.append(f"{tag}: lower bound needs only low")
        if lo is not None and hi is not None and lo > hi:
            problems.append(f"{tag}: low > high")
        if not isinstance(c["hedged"], bool):
            problems.append(f"{tag}: hedged is not a bool")
        nums = surface_numbers(c["surface"])
        for v in (lo, hi):
            if v is not None and nums and float(v) not in nums:
                notes.append(f"{tag}: value {v} not written in surface {c['surface']!r}")
    seen = Counter(json.dumps(c, sort_keys=True) for _, c in claims)
    for k, v in seen.items():
        if v > 1:
            problems.append(f"{domain}/claims: claim listed {v} times: {k}")
    if not 40 <= len(claims) <= 60:
        problems.append(f"{domain}: {len(claims)} claims, expected 40-60")
    n_answers = sum(len(json_records(raw[f])) if f.endswith(".json") else
                    len(re.findall(r"^### ", raw[f], flags=re.M)) if f.endswith(".md") else
                    len([l for l in raw[f].split("\n") if l.strip()]) - 2 if f.endswith(".txt") else
                    html_questions(raw[f])
                    for f in files)
    if not 55 <= n_answers <= 65:
        problems.append(f"{domain}: {n_answers} answers, expected 55-65")
    answers = sum(1 for f in files for b in blk[f] if clean(b))
    return {"answers": n_answers, "blocks": answers, "conflicts": len(labels["conflicts"]), "traps": len(labels["traps"]),
            "kinds": dict(kinds), "claims": len(claims), "claim_answers": len(covered),
            "claim_answers_per_file": dict(sorted(Counter(f for f, _ in covered).items()))}


DOMAINS = ["cakeshop"]


def main():
    found = sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d, "corpus")))
    if found != DOMAINS:
        problems.append(f"domain folders {found}, expected {DOMAINS}")
    for d in found:
        if os.path.isdir(os.path.join(ROOT, d, "corpus")):
            print(d, json.dumps(check(d), ensure_ascii=False))
    for n in notes:
        print("NOTE", n)
    for p in problems:
        print("ERROR", p)
    print(f"{len(problems)} errors, {len(notes)} notes")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
