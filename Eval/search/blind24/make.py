"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"N": "nmh/FAQ.txt", "S": "sudo/TROUBLESHOOTING.md", "M": "mhonarc/envs.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "remove duplicate messages", [("N", "How can I remove duplicate messages")], None),
    ("own", "remove holes in numbering", [("N", "How can I remove holes in numbering")], None),
    ("own", "send blind carbon copies", [("N", "How do I send blind carbon copies")], None),
    ("own", "include my signature", [("N", "How can I include my signature")], None),
    ("own", "search through multiple folders", [("N", "How can I search through multiple folders")], None),
    ("own", "automatically delete MH backup files", [("N", "How can I automatically delete MH backup files")], None),
    ("own", "does MH support IMAP", [("N", "Does MH support IMAP")], None),
    ("own", "build MH on Solaris", [("N", "How can I build MH on Solaris 2")], None),
    ("own", "change my From header", [("N", "How can I change my From header")], None),
    ("own", "aliases include aliases", [("N", "Can I have aliases include aliases")], None),
    ("own", "debug .maildelivery file", [("N", "How do I debug my .maildelivery file")], None),
    ("own", "visudo use a different editor", [("S", "How can I make visudo use a different editor")], None),
    ("own", "sudo reset HOME environment variable", [("S", "Why does sudo reset the HOME environment variable")], None),
    ("own", "sudoers file in NIS", [("S", "Can I put the sudoers file in NIS/NIS+")], None),
    ("own", "pronounce sudo", [("S", "How do you pronounce 'sudo'")], None),
    ("own", "cd command not found", [("S", "When I try to use 'cd' with sudo it says")], None),
    ("own", "umask setting has no effect", [("S", "On HP-UX, the umask setting in sudoers has no effect")], None),
    ("own", "account has expired", [("S", "Sudo says my account has expired")], None),
    ("own", "syslog but nothing gets logged", [("S", "Sudo is configured use syslog")], None),
    ("own", "version of Perl required", [("M", "What version of Perl is required")], None),
    ("own", "process ezmlm archives", [("M", "Can MHonArc process ezmlm archives")], None),
    ("own", "Netscape Messenger folders", [("M", "Can MHonArc process Netscape Messenger folders")], None),
    ("own", "create bilingual archives", [("M", "Can I create bilingual archives")], None),
    ("own", "MHonArc support Unicode", [("M", "Does MHonArc support Unicode")], None),
    ("own", "qmail maildir folders", [("M", "Can MHonArc process qmail's maildir style")], None),
    # other: the same need in other words
    ("other", "emails get cut in two when the body has a line starting with From", [("N", "Why is inc splitting messages improperly")], None),
    ("other", "spell check a draft before it goes out", [("N", "Can I run my message through a program (e.g., ispell)")], None),
    ("other", "after quitting vi my draft is thrown away", [("N", "What to do with \"Problems with edit - draft removed\"")], None),
    ("other", "file everything I send into an outbox folder automatically", [("N", "How can I save a copy of all messages I send")], None),
    ("other", "a period in the recipient's real name makes post reject the address", [("N", "What to do with \"bad address 'xxx'")], None),
    ("other", "turn off the password prompt entirely for one user", [("S", "How can I prevent sudo from asking for a password")], None),
    ("other", "remote command fails saying a tty is needed to read the password", [("S", "When I try to run sudo via ssh, I get an error:")], None),
    ("other", "have one person's commands run as a service account by default instead of root", [("S", "How can I run a command via sudo as a user other than root")], None),
    ("other", "can MHonArc be used on Windows or OS/2 machines", [("M", "What platforms can MHonArc run under")], None),
    ("other", "can I use MHonArc on an Apple laptop with OS X", [("M", "What about Mac")], None),
    # typo: one realistic typo in a key word
    ("typo", "recursivly list message attachments", [("N", "How do I recursively list message attachments")], None),
    ("typo", "turn off mhshow promts", [("N", "How do I turn off of all the mhshow (mhn) prompts")], None),
    ("typo", "put sudoers file in a diferent directory", [("S", "I want to place the sudoers file in a directory other than /etc")], None),
    ("typo", "sudo wont acept my password", [("S", "Sudo won't accept my password")], None),
    ("typo", "process majordomo digets", [("M", "Can MHonArc process Majordomo digests")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
