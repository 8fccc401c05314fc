"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"M": "mc/FAQ.txt", "P": "pdl/FAQ.pod", "C": "mcl/mclfaq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "enable mouse support", [("M", "How do I enable mouse support")], None),
    ("own", "function keys F11 to F20", [("M", "How do I use function keys F11 to F20")], None),
    ("own", "ESC key behaves funny", [("M", "Why does the ESC key behave funny")], None),
    ("own", "change mc key bindings", [("M", "How do I change the key bindings")], None),
    ("own", "line drawing characters don't work", [("M", "Why don't line drawing characters work")], None),
    ("own", "stay in the last directory", [("M", "How do I stay in the last directory")], None),
    ("own", "access command line history", [("M", "How can I access command line history")], None),
    ("own", "close an ftp connection", [("M", "How do I close an ftp connection")], None),
    ("own", "see contents of tar archive", [("M", "How can I see the contents of a tar archive")], None),
    ("own", "concatenate ndarrays", [("P", "How do I concatenate ndarrays")], None),
    ("own", "what is a null pdl", [("P", "What is a null pdl")], None),
    ("own", "signature of a PDL function", [("P", "What is the signature of a PDL function")], None),
    ("own", "subclass ndarrays", [("P", "How can I subclass (inherit from) ndarrays")], None),
    ("own", "PGPLOT does not write PNG", [("P", "PGPLOT does not write out PNG files")], None),
    ("own", "install PDL in non-standard location", [("P", "How can I install PDL in a non-standard location")], None),
    ("own", "logical operators and ndarrays", [("P", "Logical operators and ndarrays")], None),
    ("own", "ndarray in conditional expression", [("P", "Can I use an ndarray in a conditional expression")], None),
    ("own", "what is broadcasting in PDL", [("P", "What is broadcasting")], None),
    ("own", "inflation and cluster granularity", [("C", "The effect of inflation on cluster granularity")], None),
    ("own", "maximum RAM needed by mcl", [("C", "How do I compute the maximum amount of RAM needed by mcl")], None),
    ("own", "default settings of mcl", [("C", "How do I find the default settings of mcl")], None),
    ("own", "MCL with weighted graphs", [("C", "Does MCL work for weighted graphs")], None),
    ("own", "check matrix is symmetric", [("C", "How do I check that my graph/matrix is symmetric")], None),
    ("own", "can mcl clusterings overlap", [("C", "Can the clusterings returned by mcl contain overlap")], None),
    ("own", "mcl versioning scheme", [("C", "How does mcl's versioning scheme work")], None),
    # other: the same need in other words
    ("other", "other programs stopped working after I changed TERM to get colours in mc", [("M", "I got colors working with MC but the other programs")], None),
    ("other", "mc hangs for a long time when I launch it", [("M", "When I start Midnight Commander, nothing happens")], None),
    ("other", "pasted text in mcedit gets indented more on every line", [("M", "When I try pasting to the internal editor")], None),
    ("other", "log in to my own ftp account with a user name from mc", [("M", "How do I do non-anonymous ftp with MC")], None),
    ("other", "call a Fortran subroutine from my perl data language script", [("P", "Can I access my C/FORTRAN library routines in PDL")], None),
    ("other", "changing an ndarray inside a sub also changes the caller's variable", [("P", "What happens when I have several references to the same PDL object")], None),
    ("other", "which PDL module can read and write FITS images", [("P", "What I/O formats are supported by PDL")], None),
    ("other", "convert my edge list into the input format mcl reads", [("C", "How can I get my data into the MCL matrix format")], None),
    ("other", "rerunning with more resources gives slightly different clusters, can I trust them", [("C", "At different high resource levels my clusterings are not identical")], None),
    ("other", "get the clustering after each iteration instead of only the final one", [("C", "How do I obtain the clusterings associated with MCL iterands")], None),
    # typo: one realistic typo in a key word
    ("typo", "terminal not powerfull enough for slang", [("M", "Why do I keep getting \"Terminal not powerful enough for SLang\"")], None),
    ("typo", "which ftp proxy servr works with mc", [("M", "What kind of proxy server works with Midnight Commander")], None),
    ("typo", "what is an ndaray", [("P", "What is an ndarray")], None),
    ("typo", "what is the perdl shell", [("P", "What is perldl? What is pdl2?")], None),
    ("typo", "implement mcl algoritm myself", [("C", "How easy is it to implement the MCL algorithm")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
