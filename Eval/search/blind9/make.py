"""Writes queries.jsonl. Each answer is given as (page key, question prefix) and resolved against the
real FAQ entries (headings.py), so every `question` string is exact; a prefix must match one entry."""
import json, pathlib
from headings import entries

HERE = pathlib.Path(__file__).resolve().parent
P = {"B": "borgbackup-doc/faq.html", "X": "libxml2-doc/FAQ.html", "H": "harden-doc/ch12.html"}
ENTRIES = {k: entries(p) for k, p in P.items()}


def ans(key, prefix):
    hits = [h for h in ENTRIES[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}


Q = [  # (kind, query, [(page, question prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "append-only mode on and off", [("B", "How can I switch append-only mode")], None),
    ("own", "limit bandwidth with Borg", [("B", "Is there a way to limit bandwidth")], None),
    ("own", "hash collision problem", [("B", "How probable is it to get a hash collision")], None),
    ("own", "borg cache eats disk space", [("B", "The borg cache eats way too much disk space")], None),
    ("own", "backup disk is full", [("B", "My backup disk is full")], None),
    ("own", "rename a repository", [("B", "How do I rename a repository")], None),
    ("own", "Borg on SMR hard drives", [("B", "Can I use Borg on SMR hard drives")], None),
    ("own", "migrate from Attic to Borg", [("B", "How do I migrate from Attic to Borg")], None),
    ("own", "embed libxml2 in proprietary application", [("X", "Can I embed libxml2 in a proprietary")], None),
    ("own", "xmlDocDump output on one line", [("X", "xmlDocDump() generates output on one line")], None),
    ("own", "random crashes in threaded applications", [("X", "Random crashes in threaded applications")], None),
    ("own", "validate a document a posteriori", [("X", "How to validate a document a posteriori")], None),
    ("own", "funky xmlChar", [("X", "So what is this funky")], None),
    ("own", "make check fails", [("X", "Make check fails on some platforms"), ("X", "I have troubles when running make tests with gcc-3.0")],
     "the second is also a failing test run (make tests), caused by a gcc-3.0 optimizer bug"),
    ("own", "SVN version no configure script", [("X", "I use the SVN version and there is no configure script")], None),
    ("own", "remove banners for services", [("H", "How can I remove all the banners")], None),
    ("own", "strange MARK lines in logs", [("H", "I have found strange 'MARK' lines")], None),
    ("own", "port 111 open", [("H", "Why do I have port 111 open")], None),
    ("own", "adm and staff group", [("H", "What is the difference between the adm and the staff group")], None),
    ("own", "possible SYN flooding", [("H", "I have found 'possible SYN flooding'")], None),
    ("own", "hardening programs for Debian", [("H", "Are there any hardening programs for Debian")], None),
    ("own", "lost my password", [("H", "I have lost my password and cannot access the system")], None),
    # other: the same need in other words
    ("other", "delete one file from old archives", [("B", "How do I remove files from an existing backup")], None),
    ("other", "keep logs for fewer days than other data", [("B", "How do I configure different prune policies")], None),
    ("other", "compromised laptop wipes its own backups", [("B", "How can I protect against a hacked backup client")], None),
    ("other", "undefined reference errors building my program with libxml", [("X", "Troubles compiling or linking programs using libxml2")], None),
    ("other", "whitespace text nodes between elements", [("X", "Extra nodes in the document")], None),
    ("other", "audit tool reports patched packages as still insecure", [("H", "Vulnerability assessment scanner X says"), ("H", "The version number for a package indicates")],
     "the first says scanners only check version numbers and Debian backports fixes (false positives); the second explains the backporting and how to check the version against the DSA"),
    ("other", "firewall log spam on the console", [("H", "After installing a grsec/firewall, I started receiving many console messages")], None),
    ("other", "where to report a security hole in a Debian package", [("H", "Program X in Debian is vulnerable")], None),
    # typo: one realistic typo in a key word
    ("typo", "encryption passphrase programatically", [("B", "How can I specify the encryption passphrase programmatically")], None),
    ("typo", "backup root partiton", [("B", "Can I backup my root partition")], None),
    ("typo", "C++ wraper for libxml2", [("X", "What about C++")], None),
    ("typo", "accidentaly removed system user", [("H", "I removed a system user")], None),
    ("typo", "how to trace an attak", [("H", "How can I trace an attack")], None),
    # question: a full natural question
    ("question", "Can I continue a backup that was interrupted halfway?", [("B", "If a backup stops mid-way"), ("B", "How can I backup huge file(s) over a unstable connection")],
     "the second only says: This is not a problem anymore, see If a backup stops mid-way, does the already-backed-up data stay there?"),
    ("question", "Will switching from lz4 to zstd break deduplication of my existing backups?", [("B", "Can I safely change the compression level or algorithm")], None),
    ("question", "How do I use a private libxml2 build in my home directory instead of the system one?", [("X", "I want to install my own copy of libxml2")], None),
    ("question", "Which libraries does libxml2 depend on when building it?", [("X", "What other libraries are needed")], None),
    ("question", "Why does Debian create a separate group for every user I add?", [("H", "Why is there a new group when I add a new user")], None),
]

if __name__ == "__main__":
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
        for i, (kind, query, answers, note) in enumerate(Q, 1):
            row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
            if note:
                row["note"] = note
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(Q), "queries written")
