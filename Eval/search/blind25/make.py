"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real FAQ entries (headings.py), so every `question` string is exact; a prefix must match one entry."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"L": "lsof/00FAQ.txt", "G": "gettext/FAQ.html", "M": "lmod/040_FAQ.rst.txt"}
ENTRY_LEVEL = {"L": "q", "G": "h4", "M": "q"}
HEADS = {k: [h for l, h in headings(p) if l == ENTRY_LEVEL[k]] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "why is lsof so slow", [("L", "Why is lsof so slow?")], None),
    ("own", "lsof and netstat don't match", [("L", "Why don't lsof and netstat output match")], None),
    ("own", "find a process ps finds", [("L", "Why doesn't lsof find a process that ps finds")], None),
    ("own", "ps lsof disagree on owner", [("L", "Why don't ps(1) and lsof agree on the owner")], None),
    ("own", "disable the device cache file", [("L", "How do I disable the device cache file feature")], None),
    ("own", "shared memory segments", [("L", "Why doesn't lsof report on shared memory segments")], None),
    ("own", "two instances of itself", [("L", "Why does lsof report two instances of itself")], None),
    ("own", "report an lsof bug", [("L", "How do I report an lsof bug")], None),
    ("own", "disable the kernel identity check", [("L", "How can I disable the kernel identity check")], None),
    ("own", "lsof column sizes change", [("L", "Why do the lsof column sizes change")], None),
    ("own", "slash in command regular expression", [("L", "Why can't I put a slash in a command regular expression")], None),
    ("own", "list the Solaris zone", [("L", "How can I make lsof list the Solaris zone")], None),
    ("own", "DEL reported as file type", [("L", "Why is ``DEL'' reported as a Linux file type")], None),
    ("own", "undefined reference to libintl_gettext", [("G", "I get a linker error “undefined reference to libintl_gettext”")], None),
    ("own", "make install fails", [("G", "“make install” fails")], None),
    ("own", "doesn't output translated strings", [("G", "My program compiles and links fine")], None),
    ("own", "LANGUAGE environment variable ignored", [("G", "The LANGUAGE environment variable is ignored")], None),
    ("own", "msgid msgstr end with newline", [("G", "What does this mean: “'msgid' and 'msgstr'")], None),
    ("own", "disable the pager output", [("M", "Can I disable the pager output")], None),
    ("own", "debug a modulefile", [("M", "How does one debug a modulefile")], None),
    ("own", "edit a modulefile", [("M", "How to edit a modulefile")], None),
    ("own", "ignore the spider cache files", [("M", "Can I ignore the spider cache files")], None),
    ("own", "LD_LIBRARY_PATH cleared in screen", [("M", "Why does LD_LIBRARY_PATH get cleared")], None),
    ("own", "static location of lua", [("M", "Why does Lmod require a static location of lua")], None),
    ("own", "module avail output width", [("M", "Why is the output of module avail not filling the width")], None),
    # other: the same need in other words
    ("other", "a file I have open in vim doesn't show up in lsof", [("L", "I am editing a file with vi")], None),
    ("other", "lsof returns exit status 1 even though it printed some files", [("L", "Why does the lsof exit code report")], None),
    ("other", "long program names are cut short in the COMMAND column", [("L", "Why doesn't lsof print all the characters of a command name")], None),
    ("other", "lsof shows nothing for a filesystem that has another one mounted on top of it", [("L", "Why won't lsof find open files on over-mounted file systems")], None),
    ("other", "more lines in lsof output than the maximum number of open files the kernel allows", [("L", "Why is `lsof | wc` bigger than my system's open file limit")], None),
    ("other", "translated messages show special letters replaced by plain ASCII approximations", [("G", "German umlauts are displayed like")], None),
    ("other", "how do I add translation support to my C program that uses autoconf", [("G", "How do I make use of gettext() in my package")], None),
    ("other", "after starting a screen session the module command no longer exists", [("M", "Why isn't the module defined when using the screen program")], None),
    ("other", "zsh completion breaks when I launch zsh from my bash login", [("M", "If my startup shell is bash or tcsh and I start zsh")], None),
    ("other", "turn a vendor's environment setup script into a modulefile", [("M", "How do I use the initializing shell script")], None),
    # typo: one realistic typo in a key word
    ("typo", "locks held on NSF files", [("L", "Why doesn't lsof report locks held on NFS files")], None),
    ("typo", "report state for UPD sockets", [("L", "Why doesn't lsof report state for UDP socket files")], None),
    ("typo", "IPv4 adresses displayed in IPv6 notation", [("L", "Why does lsof's -n option cause IPv4 addresses")], None),
    ("typo", "accented charaters in source code", [("G", "I use accented characters in my source code")], None),
    ("typo", "module commands inside a Makfile", [("M", "How to use module commands inside a Makefile")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
