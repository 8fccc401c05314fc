#!/usr/bin/env python3
"""Checks the blind33 pages set against expected.json.

- 7 pages, 5-10 questions per page, every question visible;
- every answer phrase has 4-10 words and occurs exactly once in the visible text (case-insensitive, after
  decoding with the declared charset and dropping head, script, style, template and noscript content; a <body>
  start tag closes an unclosed <head>) and
  exactly once in the raw HTML;
- each answer phrase follows an occurrence of its own question with no other question of the page, and no
  chrome phrase, in between (so the phrase really sits in that question's answer);
- no answer phrase overlaps a chrome or TOC text, and the chrome and TOC texts are visible;
- questions are unique per page and no question is itself a chrome phrase;
- expected.json is exactly what make_expected.py writes.
Exit status 0 when everything passes."""
import html.parser, json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))

SKIP = {"head", "script", "style", "template", "noscript"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "button", "dd", "details", "dialog", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
         "label", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td",
         "tfoot", "th", "thead", "tr", "ul", "select", "textarea", "title"}

class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], []
    def handle_starttag(self, tag, attrs):
        if tag == "body" and "head" in self.skip:
            # a <body> start tag ends an unclosed <head> (HTML parsing rules; RDoc's Darkfish omits </head>)
            while self.skip:
                if self.skip.pop() == "head":
                    break
        if tag in BLOCK:
            self.parts.append(" ")
        if tag in SKIP and tag not in VOID:
            self.skip.append(tag)
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")
    def handle_endtag(self, tag):
        if self.skip and tag == self.skip[-1]:
            self.skip.pop()
        if tag in BLOCK:
            self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def decode(raw):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4096])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    return raw.decode(enc)

def visible(src):
    p = Text(); p.feed(src); p.close()
    return norm("".join(p.parts))

def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i); i = hay.find(needle, i + 1)
    return out

def main():
    errors = []
    def err(msg):
        errors.append(msg)
    exp_path = os.path.join(HERE, "expected.json")
    with open(exp_path, encoding="utf-8") as fh:
        exp_text = fh.read()
    exp = json.loads(exp_text)
    spec = importlib.util.spec_from_file_location("make_expected", os.path.join(HERE, "make_expected.py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    if mod.render() != exp_text:
        err("expected.json differs from make_expected.py output")
    pages = exp["pages"]
    if len(pages) != 7:
        err(f"expected 7 pages, got {len(pages)}")
    nq = 0
    for page in pages:
        f = page["file"]
        with open(os.path.join(HERE, f), "rb") as fh:
            raw_b = fh.read()
        src = decode(raw_b)
        vis = visible(src)
        low, rawl = vis.lower(), src.lower()
        qs = page["questions"]; nq += len(qs)
        if not 5 <= len(qs) <= 10:
            err(f"{f}: {len(qs)} questions (want 5-10)")
        qtexts = [norm(q["question"]) for q in qs]
        if len(set(qtexts)) != len(qtexts):
            err(f"{f}: duplicate questions")
        chrome = [norm(c) for c in page["chrome_phrases"]]
        toc = [norm(t) for t in page["toc_entries"]]
        if len(chrome) != 5:
            err(f"{f}: {len(chrome)} chrome phrases (want 5)")
        for c in chrome:
            if c.lower() not in low:
                err(f"{f}: chrome phrase not visible: {c!r}")
            if c in qtexts:
                err(f"{f}: chrome phrase is a question: {c!r}")
        for t in toc:
            if t.lower() not in low:
                err(f"{f}: toc entry not visible: {t!r}")
        qpos = {q: positions(low, q.lower()) for q in qtexts}
        for q, ps in qpos.items():
            if not ps:
                err(f"{f}: question not visible: {q!r}")
        for item in qs:
            q, a = norm(item["question"]), norm(item["answer_phrase"])
            words = a.split()
            if not 4 <= len(words) <= 10:
                err(f"{f}: answer phrase has {len(words)} words: {a!r}")
            if "'" in a or "\u2019" in a or "&" in a:
                err(f"{f}: answer phrase has an apostrophe or entity: {a!r}")
            nv = low.count(a.lower())
            nr = rawl.count(a.lower())
            if nv != 1:
                err(f"{f}: answer phrase occurs {nv}x in visible text: {a!r}")
            if nr != 1:
                err(f"{f}: answer phrase occurs {nr}x in raw HTML: {a!r}")
            for other in chrome + toc:
                o = other.lower()
                if a.lower() in o or o in a.lower():
                    err(f"{f}: answer phrase {a!r} overlaps chrome/toc text {other!r}")
            if nv == 1 and qpos.get(q):
                pa = low.find(a.lower())
                before = [p for p in qpos[q] if p + len(q) <= pa]
                if not before:
                    err(f"{f}: answer phrase comes before its question: {a!r}")
                    continue
                start = max(before) + len(q)
                span = low[start:pa]
                for other in qtexts:
                    if other != q and other.lower() in span:
                        err(f"{f}: question {other!r} sits between {q!r} and its answer phrase")
                for c in chrome:
                    if c.lower() in span:
                        err(f"{f}: chrome phrase {c!r} sits between {q!r} and its answer phrase")
                if len(span) > 1500:
                    err(f"{f}: answer phrase for {q!r} is {len(span)} characters after the question")
        print(f"{f}: {len(qs)} questions, {len(chrome)} chrome, {len(toc)} toc, {len(vis)} visible chars")
    print(f"total: {len(pages)} pages, {nq} questions")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
