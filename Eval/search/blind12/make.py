"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"N": "nano/faq.html", "B": "bogofilter-common/bogofilter-faq.html", "D": "dar-docs/FAQ.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "paste from Windows rewraps lines", [("N", "4.7. ")], None),
    ("own", "Alt+Up does nothing Linux console", [("N", "4.1. ")], None),
    ("own", "numeric keypad NumLock off", [("N", "4.3. ")], None),
    ("own", "self-compiled nano /etc/nanorc", [("N", "3.9. ")], None),
    ("own", "nano default editor mutt", [("N", "4.9. ")], None),
    ("own", "verbatim input nano", [("N", "3.7. ")], None),
    ("own", "paste text from clipboard", [("N", "4.4. "), ("N", "4.5. ")],
     "4.4 gives the keystroke (Shift+Insert); 4.5 covers pasting from the clipboard while nano's mouse support is on (hold Shift)"),
    ("own", "compact bogofilter database", [("B", "How can I compact my database")], None),
    ("own", "DB_PAGE_NOTFOUND messages", [("B", "Why am I getting DB_PAGE_NOTFOUND")], None),
    ("own", "share wordlists over NFS", [("B", "Can I share wordlists over NFS")], None),
    ("own", "out of available locks", [("B", "Why does bogofilter die after printing")], None),
    ("own", "bogofilter Asian spam", [("B", "What can I do about Asian spam")], None),
    ("own", "ignore certain tokens", [("B", "Can I tell bogofilter to ignore certain tokens")], None),
    ("own", "use bogofilter with mutt", [("B", "How do I use bogofilter with mutt")], None),
    ("own", "dar hangs with pipes", [("D", "Dar hangs when using it with pipes")], None),
    ("own", "change the size of slices", [("D", "I have a backup I want to change the size of slices"),
                                          ("D", "I have a backup in one slice, how can I split it")],
     "the second (one slice into several) answers only: dar_xform is your friend! see just above"),
    ("own", "SECURITY WARNING SUSPICIOUS FILE", [("D", "Dar reports a SECURITY WARNING")], None),
    ("own", "merge two isolated catalogues", [("D", "Why cannot I merge two isolated catalogues")], None),
    ("own", "backup corruption after FTP", [("D", "Why dar reports corruption of the backup I have transfered with FTP")], None),
    ("own", "change compression algorithm of backup", [("D", "I have a backup, how can I change its compression algorithm")], None),
    ("own", "dar with LTO tapes", [("D", "How to use dar with tapes")], None),
    ("own", "Cannot find size_t type", [("D", "How to solve configure: error: Cannot find size_t type")], None),
    # other: the same need in other words
    ("other", "pasted code gets indented more on each line", [("N", "4.6. ")], None),
    ("other", "leave out features to get a tiny nano binary", [("N", "3.5. ")], None),
    ("other", "syntax highlighting does not show up", [("N", "4.8. ")], None),
    ("other", "borderline mail in a separate folder instead of spam", [("B", "What is Unsure mode")], None),
    ("other", "check whether the token database is damaged", [("B", "How can I tell if my wordlists are corrupted")], None),
    ("other", "wrong exit status when calling bogofilter from Perl", [("B", "Why does bogofilter give return codes")], None),
    ("other", "clone a big folder keeping hard links and ACLs", [("D", "Can dar help copy a large directory tree")], None),
    ("other", "backing up millions of small files eats all RAM", [("D", "Once in action, dar makes all the system slower")], None),
    # typo: one realistic typo in a key word
    ("typo", "mulitbuffer in nano", [("N", "3.6. ")], None),
    ("typo", "submit a bug reprot", [("N", "7.3. How do I submit a bug report")], None),
    ("typo", "training to exhaution", [("B", "What are \"training on error\" and \"training to exhaustion\"")], None),
    ("typo", "dar fuse filesytem", [("D", "Is there a dar fuse filesystem")], None),
    ("typo", "cyrilic filenames truncated", [("D", "Why do dar reports truncated filenames under Windows")], None),
    # question: a full natural question
    ("question", "Where do I put my own nano settings so they load every time?", [("N", "3.8. ")], None),
    ("question", "How do I see how many spam and ham messages are in my database?", [("B", "How do I manually query the database")], None),
    ("question", "Can I run one bogofilter setup for all the users on my mail server?", [("B", "Can bogofilter be used in a multi-user environment")], None),
    ("question", "Why doesn't dar report files I created after the backup when comparing?", [("D", "Why when comparing a backup with filesystem")], None),
    ("question", "Can dar log in to my sftp server with my ssh key instead of a password?",
     [("D", "I have sftp pubkey authentication working"), ("D", "I Cannot get dar to connect to remote server using SFTP")],
     "the first says to add -afile-auth; the second covers key authentication failing and the DAR_SFTP_PUBLIC_KEYFILE / DAR_SFTP_PRIVATE_KEYFILE variables"),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
