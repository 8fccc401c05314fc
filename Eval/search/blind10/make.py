"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"P": "putty-doc/AppendixA.html", "S": "shorewall-doc/FAQ.htm", "G": "python-psycopg2-doc/faq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "turn off host key prompts", [("P", "A.2.9 ")], None),
    ("own", "PuTTY remember my password", [("P", "A.2.8 ")], None),
    ("own", "PuTTY start up maximised", [("P", "A.6.3 ")], None),
    ("own", "PSCP file name with spaces", [("P", "A.6.9 ")], None),
    ("own", "Expected control record error", [("P", "A.7.1 ")], None),
    ("own", "PuTTYPuTTYPuTTY on command line", [("P", "A.7.10 ")], None),
    ("own", "clean up after PuTTY", [("P", "A.8.2 ")], None),
    ("own", "scrollback stopped working screen", [("P", "A.7.16 ")], None),
    ("own", "problems with port forwarding", [("S", "(FAQ 1b) "), ("S", "(FAQ 1a) ")],
     "FAQ 1a (Okay -- I followed those instructions but it doesn't work) lists the five usual causes of failed port forwarding"),
    ("own", "unused Netfilter modules loaded", [("S", "(FAQ 59) ")], None),
    ("own", "log messages all over console", [("S", "(FAQ 16) ")], None),
    ("own", "routing table gets blown away", [("S", "(FAQ 49) ")], None),
    ("own", "decode Shorewall log messages", [("S", "(FAQ 17) "), ("S", "Why are these packets being Dropped")],
     "the same question appears twice: as FAQ 17 under Logging, with the answer, and without a number under Connection Problems, whose whole answer is: Please see FAQ 17"),
    ("own", "log filling up BANDWIDTH messages", [("S", "(FAQ 36) ")], None),
    ("own", "ps doesn't show shorewall process", [("S", "(FAQ 94) ")], None),
    ("own", "idle in transaction", [("G", "Why does psycopg2 leave database sessions")], None),
    ("own", "current transaction is aborted", [("G", "I receive the error current transaction is aborted"),
                                               ("G", "Why do I get the error current transaction is aborted")],
     "the second is the same error when a connection is shared across forked processes (multiprocessing)"),
    ("own", "pass field/table names to query", [("G", "How can I pass field/table names")], None),
    ("own", "Python.h no such file", [("G", "I can\u2019t compile psycopg2: the compiler says error: Python.h")], None),
    ("own", "undefined symbol lo_truncate", [("G", "psycopg2 raises ImportError with message _psycopg.so")], None),
    ("own", "interrupt long-running query", [("G", "How do I interrupt a long-running query")], None),
    ("own", "arrays not casted to list", [("G", "Arrays of TYPE are not casted")], None),
    # other: the same need in other words
    ("other", "SSH connection dropped after being inactive", [("P", "A.7.8 ")], None),
    ("other", "where are saved sessions and host keys kept", [("P", "A.5.2 ")], None),
    ("other", "nothing shows up when I type my password", [("P", "A.7.12 ")], None),
    ("other", "internal PCs cannot reach the internet through the firewall", [("S", "(FAQ 15) "), ("S", "(FAQ 78) ")],
     "FAQ 78 is hosts behind the firewall blocked from the net after a reboot; its answer (IP_FORWARDING=On) is one of the causes listed in FAQ 15"),
    ("other", "limit ssh access to a whitelist of source IPs", [("S", "(FAQ 24) ")], None),
    ("other", "block a website by its hostname", [("S", "(FAQ 39) ")], None),
    ("other", "use one connection across several worker processes", [("G", "Why do I get the error current transaction is aborted")], None),
    ("other", "get JSON columns back as raw text", [("G", "Psycopg automatically converts PostgreSQL json")], None),
    # typo: one realistic typo in a key word
    ("typo", "putty copy and pste", [("P", "A.6.6 ")], None),
    ("typo", "SSH-2 session lcoks up", [("P", "A.7.20 ")], None),
    ("typo", "hairpining NAT support", [("S", "(FAQ 2d) "), ("S", "(FAQ 2) ")],
     "FAQ 2d answers Yes and points to FAQ 2 for masquerade/SNAT; FAQ 2 gives the configuration and names it hairpinning NAT"),
    ("typo", "traffic shapping upload rate too low", [("S", "(FAQ 97) ")], None),
    ("typo", "execute raises can't adpat", [("G", "Why does cursor.execute() raise the exception")], None),
    # question: a full natural question
    ("question", "Is it safe to use PuTTY on a library computer?", [("P", "A.8.1 ")], None),
    ("question", "Why is all traffic allowed after I stop the shorewall service on Debian?", [("S", "(FAQ 73) ")], None),
    ("question", "Can I put hostnames instead of IP addresses in the rules file?", [("S", "(FAQ 79) "), ("S", "(FAQ 39) ")],
     "FAQ 79 says yes but strongly advises against it; FAQ 39 explains that a domain name in a rule is resolved to its IP addresses when the rule is created"),
    ("question", "Should I open a new cursor for each query or keep reusing one?", [("G", "When should I save and re-use a cursor")], None),
    ("question", "Why does execute fail when I pass a single string as the parameter?", [("G", "I try to execute a query but it fails")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
