"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"F": "fetchmail/fetchmail-FAQ.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "remove kept mail after days", [("F", "G5. ")], None),
    ("own", "NOMAIL error messages from cron", [("F", "C8. ")], None),
    ("own", "build failures in intl directory", [("F", "B4. ")], None),
    ("own", "multidrop mail going to root", [("F", "M1. ")], None),
    ("own", "fetchmail with GMail", [("F", "I9. ")], None),
    ("own", "logfile option doesn't work", [("F", "O1. ")], None),
    ("own", "spurious blank lines in headers", [("F", "X1. ")], None),
    ("own", "not use TLS if advertised", [("F", "K6. ")], None),
    # other: the same need in other words
    ("other", "the same emails get downloaded again and again", [("F", "O9. ")], None),
    ("other", "attachments missing from downloaded email", [("F", "X6. ")], None),
    ("other", "fetchmail fails when started at boot but runs fine by hand", [("F", "C6. "), ("F", "R7. ")],
     "C6 (works manually, not from an init script) is the direct answer: startup scripts have another $HOME, "
     "so point fetchmail at its rc file with -f; R7 (running as root stopped working after an OS upgrade) "
     "gives the same cause and fix: the boot-time root environment has HOME=/"),
    # typo: one realistic typo in a key word
    ("typo", "SSL certifcate verification", [("F", "K5. ")], None),
    ("typo", "getting Authoriztion failure", [("F", "R15. ")], None),
    # question: a full natural question
    ("question", "Will I lose mail if I press Ctrl-C while fetchmail is downloading?", [("F", "D3. ")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
