"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"R": "r-doc-html/R-FAQ.html", "G": "graphviz-doc/FAQ.html", "A": "apache2-doc/ssl_faq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "convert factors to numeric", [("R", "7.10 ")], None),
    ("own", "rotated axis labels", [("R", "7.27 ")], None),
    ("own", "plot with two y-axes", [("R", "7.39 ")], None),
    ("own", "add-on packages removed", [("R", "5.4 ")], None),
    ("own", "R not releasing memory", [("R", "7.42 ")], None),
    ("own", "powers of negative numbers", [("R", "7.33 ")], None),
    ("own", "pass-phrase dialog at startup", [("A", "How can I get rid of the pass-phrase"), ("A", "Is there a difference on startup")],
     "the first removes the dialog; the second explains why the startup dialog appears and points to the removal steps"),
    ("own", "convert PEM to DER", [("A", "How can I convert a certificate from PEM")], None),
    ("own", "no shared ciphers error", [("A", "Why do I get a 'no shared ciphers'"), ("A", "Why do I get ``no shared cipher''")],
     "two entries about the same error message: a wrong SSLCipherSuite or DSA key, and ADH ciphers"),
    ("own", "self-signed certificate for testing", [("A", "How do I create a self-signed"), ("A", "How do I create and use my own Certificate Authority")],
     "the own-CA entry also shows how to create a self-signed certificate with openssl req -x509"),
    ("own", "SSLMutex permission errors", [("A", "Why do I get permission errors related to SSLMutex")], None),
    ("own", "avoid node overlaps", [("G", "Q30. "), ("G", "Q31. ")],
     "Q31 (node-edge overlaps) also says to use the overlap attribute to leave room among the nodes"),
    ("own", "make duplicate nodes", [("G", "Q. How can I make duplicate nodes")], None),
    ("own", "client-side image maps", [("G", "Q26. ")], None),
    ("own", "edges between cluster boxes", [("G", "Q. How can I create edges between cluster")], None),
    ("own", "big graph multiple pages", [("G", "Q14. ")], None),
    # other: the same need in other words
    ("other", "look up an object from its name as text", [("R", "7.21 ")], None),
    ("other", "floating point comparison returns FALSE", [("R", "7.31 ")], None),
    ("other", "delete all objects from my session", [("R", "7.3 ")], None),
    ("other", "keep loop running when one iteration fails", [("R", "7.32 ")], None),
    ("other", "does my key belong to this cert", [("A", "How do I verify that a private key matches")], None),
    ("other", "secure connections sometimes slow to start", [("A", "Why do HTTPS connections to my server sometimes take up to 30")], None),
    ("other", "browser says site certificate can't be trusted", [("A", "Why do browsers complain")], None),
    ("other", "scale up the whole diagram", [("G", "Q3. ")], None),
    ("other", "smooth jaggy lines in raster images", [("G", "Q8. ")], None),
    ("other", "unicode characters like Chinese in node text", [("G", "Q. More generally, how do I use non-ASCII"), ("G", "Q10. ")],
     "the non-ASCII entry covers charset (Big-5 for Chinese) and fonts; Q10 covers entering symbols as UTF-8 entities"),
    # typo: one realistic typo in a key word
    ("typo", "sort rows of data frmae", [("R", "7.23 ")], None),
    ("typo", "change compilaton flags", [("R", "8.4 ")], None),
    ("typo", "chnage pass-phrase private key", [("A", "How can I change the pass-phrase")], None),
    ("typo", "backtrace for core dupm", [("A", "How do I get a backtrace"), ("A", "I had a core dump")],
     "the core-dump entry says a backtrace is needed and points to the next entry"),
    ("typo", "symetrize tree layouts", [("G", "Q7. ")], None),
    ("typo", "dotty syntax eror", [("G", "Q18. ")], None),
    # question: a full natural question
    ("question", "How do I install a package from a tar.gz file in R?", [("R", "5.2 ")], None),
    ("question", "Why is nothing printed when I run a script with source()?", [("R", "7.16 ")], None),
    ("question", "Is it legal to use R in my company for commercial work?", [("R", "2.11 ")], None),
    ("question", "Where does the name R come from?", [("R", "2.12 ")], None),
    ("question", "Can I host several HTTPS websites with different names on one IP address?",
     [("A", "Is it possible to use Name-Based Virtual Hosting"), ("A", "Why can't I use SSL with name-based")],
     "the first gives the SNI answer; the second explains the limitation and notes wildcard/subjectAltName certificates"),
    ("question", "How can I test an HTTPS server by hand from the command line?", [("A", "How do I speak HTTPS manually")], None),
    ("question", "How do I get a PDF file out of dot?", [("G", "Q. How can I generate graph layouts in PDF")], None),
    ("question", "Why does neato take forever on my graph?", [("G", "Q32. ")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
