"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"S": "sed/sedfaq.txt", "X": "xboard/FAQ.html", "Y": "sysstat/FAQ.md"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "insert newline into RHS", [("S", "How do I insert a newline into the RHS")], None),
    ("own", "perform a case-insensitive search", [("S", "How do I perform a case-insensitive search")], None),
    ("own", "match only the first occurrence", [("S", "How do I match only the first occurrence")], None),
    ("own", "parse a CSV data file", [("S", "How do I parse a comma-delimited (CSV)")], None),
    ("own", "paragraphs to long lines", [("S", "How do I change all paragraphs to long lines")], None),
    ("own", "handle shell quoting in sed", [("S", "How do I handle Unix shell quoting in sed")], None),
    ("own", "sed exit code", [("S", "Does sed issue an exit code")], None),
    ("own", "event not found error", [("S", "My script aborts with an error message, \"event not found\"")], None),
    ("own", "emulate file-includes using sed", [("S", "How do I emulate file-includes")], None),
    ("own", "tell what version of sed", [("S", "How do I tell what version of sed")], None),
    ("own", "play bughouse with XBoard", [("X", "How do I play bughouse")], None),
    ("own", "print from WinBoard", [("X", "How do I print from WinBoard")], None),
    ("own", "what is cmail", [("X", "What is cmail")], None),
    ("own", "use Crafty with WinBoard", [("X", "How do I use Crafty with WinBoard")], None),
    ("own", "get rid of WinBoard logos", [("X", "How can I get rid of these silly logos")], None),
    ("own", "piece bitmaps in my program", [("X", "May I use the piece bitmaps")], None),
    ("own", "what is Fairy-Max", [("X", "What is Fairy-Max")], None),
    ("own", "FICS timeseal with XBoard", [("X", "How do I use ICC timestamp or FICS timeseal with XBoard")], None),
    ("own", "recompile WinBoard from source", [("X", "How can I recompile WinBoard from source")], None),
    ("own", "load sar data into Oracle", [("Y", "How can I load sar data into an Oracle database")], None),
    ("own", "graphically plot sar data", [("Y", "Do you know a tool which can graphically plot")], None),
    ("own", "units used by sysstat commands", [("Y", "What are the units actually used by sysstat")], None),
    ("own", "sub-second sampling with sar", [("Y", "Why doesn't sar deal with sub-second sampling")], None),
    ("own", "cumulative or instantaneous values", [("Y", "Are the measurements gathered by sadc cumulative")], None),
    ("own", "pidstat doesn't report task I/O", [("Y", "pidstat -d doesn't report task I/O statistics")], None),
    # other: the same need in other words
    ("other", "sed under dos stops halfway through my input file", [("S", "Why does my DOS version of sed process a file part-way")], None),
    ("other", "change one directory path into another when the paths contain slashes", [("S", "How do I replace \"/some/UNIX/path\"")], None),
    ("other", "my regex grabs too much text, I want the shortest match instead of the longest", [("S", "My RE isn't matching/deleting what I want it to")], None),
    ("other", "put commas as thousands separators into big numbers", [("S", "How do I commify a string of numbers")], None),
    ("other", "every matching line shows up twice in the output", [("S", "I'm using 'p' to print, but I have duplicate lines")], None),
    ("other", "the computer opponent is too good, how do I make it play worse", [("X", "The chess engines are too strong")], None),
    ("other", "reach an internet chess server from an office network that blocks direct connections", [("X", "How can I use XBoard or WinBoard to talk to an Internet Chess Server through a firewall")], None),
    ("other", "where do I type startup flags when launching winboard from a desktop shortcut", [("X", "How do I give command-line options to a Windows program")], None),
    ("other", "the first iostat sample looks way off compared with the ones after it", [("Y", "Why values displayed by iostat are so different in the first report")], None),
    ("other", "will running sar slow down my server or fill up the disk", [("Y", "Does sar need a lot of resources to run")], None),
    # typo: one realistic typo in a key word
    ("typo", "convert a string to lowercse", [("S", "How do I convert a string to all lowercase")], None),
    ("typo", "debuging sed scripts", [("S", "Debugging sed scripts")], None),
    ("typo", "ics opponets get extra time after their move", [("X", "Why do my ICS opponents often get extra time")], None),
    ("typo", "xboard hangs after conecting to ics in konsole", [("X", "XBoard hangs shortly after connecting to an ICS")], None),
    ("typo", "keep sar data for more than one moth", [("Y", "How can I keep sar data for more than one month")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
