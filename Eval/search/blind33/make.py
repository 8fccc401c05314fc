"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"A": "asymptote/asy-faq.txt", "M": "mesa/faq.rst.txt", "S": "sqlledger/faq.html"}
HEADS = {k: [h for l, h in headings(p) if l == "q"] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "install on Mac OS X", [("A", "Is it possible to install Asymptote on Mac OS X")], None),
    ("own", "Greek letters in labels", [("A", "How do I get Greek letters like omega")], None),
    ("own", "reverse direction of an arrowhead", [("A", "How do I reverse the direction of an arrowhead")], None),
    ("own", "size of all arrows", [("A", "How do I change the size of all arrows")], None),
    ("own", "define customized palettes", [("A", "Is it possible to define customized palettes")], None),
    ("own", "difference between path and guide", [("A", "What is the difference between a path and a guide")], None),
    ("own", "is there a debugger", [("A", "Is there a debugger for asy")], None),
    ("own", "output jpeg images", [("A", "How do I output jpeg images")], None),
    ("own", "produce multi-page documents", [("A", "Is it possible to produce multi-page documents")], None),
    ("own", "embed bitmaps into my drawings", [("A", "Can I embed bitmaps (photos) into my drawings")], None),
    ("own", "string not terminated error", [("A", "Why do I get the error \"string not terminated\"")], None),
    ("own", "static variables in for loops", [("A", "Where are static variables in for loops allocated")], None),
    ("own", "spool and template directory missing", [("S", "spool and template directory missing")], None),
    ("own", "session timeouts", [("S", "session timeouts")], None),
    ("own", "lineitems not printing", [("S", "lineitems not printing")], None),
    ("own", "Dataset newer than version", [("S", "Dataset newer than version")], None),
    ("own", "PDF option disappeared", [("S", "PDF option disappeared")], None),
    ("own", "establish a beginning inventory", [("S", "establish a beginning inventory")], None),
    ("own", "script shows in browser instead", [("S", "script not executing, shows in browser instead")], None),
    ("own", "cannot create function", [("S", "cannot create function")], None),
    ("own", "where is the GLUT library", [("M", "Where is the GLUT library")], None),
    ("own", "undefined symbols such as bgnpolygon", [("M", "I get undefined symbols such as bgnpolygon")], None),
    ("own", "upgrade my DRI installation", [("M", "How do I upgrade my DRI installation")], None),
    ("own", "glGetString always returns NULL", [("M", "Why does glGetString() always return NULL")], None),
    ("own", "write a new device driver", [("M", "How do I write a new device driver")], None),
    # other: the same need in other words
    ("other", "stop the postscript viewer from opening automatically after every run", [("A", "How can I disable automatic invocation of the PS viewer")], None),
    ("other", "tick numbers on my axis overlap each other", [("A", "How can I prevent axes tick labels from rendering on top of each other")], None),
    ("other", "write decimals with a comma rather than a point", [("A", "Is there any way to change the default appearance of the decimal separator")], None),
    ("other", "plot a curve defined implicitly by an equation in x and y", [("A", "Is there a way to draw a function that is not explicitly given")], None),
    ("other", "creating a new dataset fails because the tables already exist", [("S", "PostgreSQL template1")], None),
    ("other", "some labels stay in English after I choose another language", [("S", "Text shows in English when I use a foreign language")], None),
    ("other", "enter opening balances when switching from my old bookkeeping system", [("S", "beginning balances")], None),
    ("other", "404 error when I open the admin page in the browser", [("S", "The requested URL /sql-ledger/admin.pl was not found")], None),
    ("other", "OpenGL apps crawl and the video card doesn't seem to be doing anything", [("M", "Rendering is slow / why isn't my graphics hardware being used")], None),
    ("other", "free alternatives to Mesa that also implement OpenGL", [("M", "Are there other open-source implementations of OpenGL")], None),
    # typo: one realistic typo in a key word
    ("typo", "align x axes of two grpahs", [("A", "How can I align the x axes of two graphs")], None),
    ("typo", "equivalent of MetaPost pikcup command", [("A", "What is the equivalent of the MetaPost pickup command")], None),
    ("typo", "IDENT authentcation failed", [("S", "IDENT Authentication failed")], None),
    ("typo", "entering Japenese characters", [("S", "Japanese characters")], None),
    ("typo", "where do the libaries and headers go", [("M", "What's the proper place for the libraries and headers")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
