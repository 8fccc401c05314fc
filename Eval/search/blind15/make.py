"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"A": "awstats/awstats_faq.html", "V": "valgrind/faq.html", "W": "w3m/FAQ.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

SPAWN = "FAQ-SET150 and FAQ-SET200 are two bold headings over one answer (Internal Error 500 when run as a CGI; couldn't create/spawn child process); either names the entry"

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "rotate logs without losing data", [("A", "FAQ-COM120 ")], None),
    ("own", "exclude my IP address", [("A", "FAQ-COM140 ")], None),
    ("own", "reset all my statistics", [("A", "FAQ-COM500 ")], None),
    ("own", "process an old log file", [("A", "FAQ-COM350 ")], None),
    ("own", "log size limit", [("A", "FAQ-COM050 ")], None),
    ("own", "couldn't open file permission denied", [("A", "FAQ-SET300 ")], None),
    ("own", "malformed UTF-8 character", [("A", "FAQ-SET320 ")], None),
    ("own", "Perl source instead of execution", [("A", "FAQ-SET100 ")], None),
    ("own", "screen size report", [("A", "FAQ-COM142 ")], None),
    ("own", "cross site scripting attacks", [("A", "FAQ-SEC100 ")], None),
    ("own", "pronounce Valgrind", [("V", "How do you pronounce")], None),
    ("own", "C++ STL still reachable", [("V", "My program uses the C++ STL")], None),
    ("own", "attach Valgrind to running program", [("V", "Is it possible to attach Valgrind")], None),
    ("own", "writing a suppression", [("V", "I tried writing a suppression")], None),
    ("own", "Memcheck array overruns", [("V", "Why doesn't Memcheck find the array overruns")], None),
    ("own", "__libc_freeres segmentation fault", [("V", "Programs run OK on Valgrind, but at exit")], None),
    ("own", "cannot find -lc", [("V", "When building Valgrind, 'make' fails with this")],
     "the words are in the question cell, in the <pre> under the bold heading ('/usr/bin/ld: cannot find -lc'), not in the heading itself"),
    ("own", "quits if started without parameters", [("W", "w3m quits if started without parameters")], None),
    ("own", "black characters on black background", [("W", "w3m starts with black characters")], None),
    ("own", "move between hyperlinks", [("W", "How do I move between hyperlinks")], None),
    ("own", "download a linked file", [("W", "How do I download a linked file")], None),
    ("own", "specify a proxy server", [("W", "How do I specify a proxy server")], None),
    ("own", "change the default image viewer", [("W", "How do I change the default image viewer")], None),
    ("own", "fill in forms", [("W", "How do I fill in forms")], None),
    ("own", "w3m configuration file", [("W", "What is w3m's configuration file")], None),
    # other: the same need in other words
    ("other", "reported visit times are a few hours off", [("A", "FAQ-COM300 ")], None),
    ("other", "numbers don't match Webalizer", [("A", "FAQ-COM250 ")], None),
    ("other", "works from command line but browser shows server error", [("A", "FAQ-SET150 "), ("A", "FAQ-SET200 ")], SPAWN),
    ("other", "run the JVM under valgrind", [("V", "I tried running a Java program")], None),
    ("other", "find where an undefined value came from", [("V", "Memcheck's uninitialised value errors")], None),
    ("other", "bug disappears when run under valgrind", [("V", "My program crashes normally, but doesn't under Valgrind")], None),
    ("other", "scroll the page sideways", [("W", "How do I shift the display")], None),
    ("other", "revisiting a page takes just as long to load", [("W", "Loading time doesn't decrease")], None),
    # typo: one realistic typo in a key word
    ("typo", "empty statisitcs reported", [("A", "FAQ-SET350 ")], None),
    ("typo", "stack traces wrong fucntion name", [("V", "The stack traces given by Memcheck (or another tool) seem to have the wrong")], None),
    ("typo", "definately lost vs possibly lost", [("V", "With Memcheck's memory leak detector")], None),
    ("typo", "change hyperlnik colors", [("W", "How do I change the colors for hyperlinks")], None),
    # question: a full natural question
    ("question", "How do I get AWStats to analyze my vsftpd transfer logs?", [("A", "FAQ-COM090 ")], None),
    ("question", "How can I see source file and line numbers in valgrind's error messages?",
     [("V", "The stack traces given by Memcheck (or another tool) aren't helpful")], None),
    ("question", "Why doesn't w3m show the font colors a web page sets?", [("W", "Graphical browsers display a word red")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
