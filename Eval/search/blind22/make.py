"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"M": "mdadm/FAQ.txt", "U": "perl-doc/perlunifaq.1", "P": "python-pymongo-doc/faq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "zero the superblock", [("M", "How do I overwrite (\"zero\") the superblock")], None),
    ("own", "cancel running array check", [("M", "Can I cancel a running array check")], None),
    ("own", "array busy cannot be stopped", [("M", "(One of) my RAID arrays is busy")], None),
    ("own", "start dirty degraded array", [("M", "How can I start a dirty degraded array")], None),
    ("own", "convert RAID5 to RAID10", [("M", "How to convert RAID5 to RAID10")], None),
    ("own", "which RAID10 layout scheme", [("M", "Which RAID10 layout scheme should I use")], None),
    ("own", "arrays marked auto-read-only", [("M", "Why are my arrays marked auto-read-only")], None),
    ("own", "replace mdrun", [("M", "What happened to mdrun")], None),
    ("own", "duplicate superblocks warning", [("M", "mdadm warns about duplicate/similar superblocks")], None),
    ("own", "difference RAID1+0 and RAID0+1", [("M", "What's the difference between RAID1+0 and RAID0+1")], None),
    ("own", "character encodings Perl supports", [("U", "What character encodings does Perl support")], None),
    ("own", "Unicode in Perl sources", [("U", "Can I use Unicode in my Perl sources")], None),
    ("own", "Data::Dumper UTF8 flag", [("U", "Data::Dumper doesn't restore the UTF8 flag")], None),
    ("own", "regex character classes ASCII", [("U", "Why do regex character classes sometimes match only")], None),
    ("own", "convert encoding FOO to BAR", [("U", "How do I convert from encoding FOO to encoding BAR")], None),
    ("own", "use bytes pragma", [("U", "What about the \"use bytes\" pragma")], None),
    ("own", "difference between UTF-8 and utf8", [("U", "What's the difference between \"UTF-8\" and \"utf8\"")], None),
    ("own", "text string or binary string", [("U", "How can I determine if a string is a text string")], None),
    ("own", "pymongo connection pool size", [("P", "How does connection pooling work in PyMongo")], None),
    ("own", "pymongo adds _id field", [("P", "Why does PyMongo add an _id field")], None),
    ("own", "change cursor timeout", [("P", "How do I change the timeout value for cursors")], None),
    ("own", "store decimal.Decimal instances", [("P", "How can I store decimal.Decimal instances")], None),
    ("own", "save datetime.date instance", [("P", "How can I save a datetime.date instance")], None),
    ("own", "use PyMongo from Django", [("P", "How can I use PyMongo from Django")], None),
    ("own", "attribute style access for documents", [("P", "Can you add attribute style access for documents")], None),
    # other: the same need in other words
    ("other", "make the raid rebuild go faster", [("M", "How can I influence the speed with which an array is resynchronised")], None),
    ("other", "server hangs at the initramfs prompt because the raid disks show up too late", [("M", "Why doesn't mdadm find arrays specified in the config file")], None),
    ("other", "tell from mdstat which disks mirror each other", [("M", "So how do I find out which other device(s) can fail")], None),
    ("other", "freshly built mirror starts syncing straight away, why", [("M", "When I create a new array, why does it resynchronise at first")], None),
    ("other", "text from a file gets double encoded when I join it with my strings", [("U", "What if I don't decode")], None),
    ("other", "got a file and have no idea what charset it's in", [("U", "What if I don't know which encoding was used")], None),
    ("other", "how old a perl do I need for proper unicode handling", [("U", "Which version of perl should I use")], None),
    ("other", "find_one with the id from the URL returns nothing", [("P", "When I query for a document by ObjectId in my web application")], None),
    ("other", "query on an embedded document matches in the mongo shell but not from python", [("P", "Key order in subdocuments")], None),
    ("other", "number I saved comes back with a long tail of extra digits", [("P", "I\u2019m saving 9.99")], None),
    # typo: one realistic typo in a key word
    ("typo", "sync certain arays before others", [("M", "Can I prioritise the sync process")], None),
    ("typo", "change the preffered minor", [("M", "How do I change the preferred minor")], None),
    ("typo", "use encodnig pragma", [("U", "What about the \"use encoding\" pragma")], None),
    ("typo", "what encoding is the internal fromat", [("U", "I lost track; what encoding is the internal format")], None),
    ("typo", "is pymongo thred-safe", [("P", "Is PyMongo thread-safe")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
