#!/usr/bin/env python3
"""The plain baseline kb search is measured against: one FTS5 row per question.

Usage: python3 Eval/search/plain_fts5.py --pages DIR --queries QUERIES.jsonl --out RANKED.json

Reads every .html page under DIR with a simple reading of its own (Python's html.parser, not
kb's readers): a question is the text of an <h2>-<h6> heading, or of a <b>/<strong>/<dt> that
ends with "?"; its body is the text up to the next question. Builds an in-memory
`fts5(question, body, tokenize='porter')` table with one row per question, and for each query
ANDs its words (ORs them when AND finds nothing), ranked by bm25. Writes, for each query id,
the ranked answers as kb-eval reads them: [{"source", "question", "answerKey"}].
"""
import argparse
import html.parser
import json
import os
import re
import sqlite3

SKIP = {"script", "style", "nav", "head", "title"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
INLINE_QUESTIONS = {"b", "strong", "dt"}


class Sections(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections = []  # [question, [body parts]]
        self.stack = []
        self.capture = None  # (tag, [parts]) while inside a candidate question element
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif self.capture is None and (tag in HEADINGS or tag in INLINE_QUESTIONS):
            self.capture = (tag, [])

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        elif self.capture is not None and tag == self.capture[0]:
            name, parts = self.capture
            self.capture = None
            text = " ".join("".join(parts).split()).rstrip("¶").strip()
            if name in HEADINGS or text.endswith("?"):
                self.sections.append([text, []])
            elif self.sections:
                self.sections[-1][1].append(text)

    def handle_data(self, data):
        if self.skip:
            return
        if self.capture is not None:
            self.capture[1].append(data)
        elif self.sections:
            self.sections[-1][1].append(data)


def words(text):
    return re.findall(r"\w+", text.lower())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE qa USING fts5(question, body, page UNINDEXED, tokenize='porter')")
    for root, _, files in os.walk(args.pages):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as handle:
                reader = Sections()
                reader.feed(handle.read())
            page = os.path.relpath(path, args.pages)
            for question, body in reader.sections:
                db.execute("INSERT INTO qa(question, body, page) VALUES (?, ?, ?)",
                           (question, " ".join(" ".join(body).split()), page))
    ranked = {}
    with open(args.queries, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            query = json.loads(line)
            terms = ['"' + w.replace('"', '""') + '"' for w in words(query["query"])]
            rows = []
            for joiner in (" AND ", " OR "):
                if not terms:
                    break
                rows = db.execute("SELECT rowid, question, page FROM qa WHERE qa MATCH ? ORDER BY bm25(qa) LIMIT 30",
                                  (joiner.join(terms),)).fetchall()
                if rows:
                    break
            ranked[query["id"]] = [{"source": page, "question": question, "answerKey": str(rowid)}
                                   for rowid, question, page in rows]
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(ranked, handle)


if __name__ == "__main__":
    main()
