"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"A": "awstats/awstats_faq.html", "I": "icewm-common/IceWM-FAQ.html", "C": "courier-doc/FAQ.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "rotate logs without losing data", [("A", "FAQ-COM120 ")], None),
    ("own", "exclude my IP address", [("A", "FAQ-COM140 ")], None),
    ("own", "reset all my statistics", [("A", "FAQ-COM500 ")], None),
    ("own", "process several log files", [("A", "FAQ-COM360 "), ("A", "FAQ-COM400 ")],
     "COM400 (load-balanced split logs) also merges several log files into one run with logresolvemerge.pl"),
    ("own", "log size limit", [("A", "FAQ-COM050 ")], None),
    ("own", "reverse DNS lookup", [("A", "FAQ-COM200 ")], None),
    ("own", "see Perl script's source", [("A", "FAQ-SET100 ")], None),
    ("own", "corrupted or dropped records", [("A", "FAQ-SET270 ")], None),
    ("own", "keep window on top", [("I", "Keep window on top?")], None),
    ("own", "setting the clock format", [("I", "Setting the clock format")], None),
    ("own", "switch desktop by key", [("I", "Switch Desktop by key"), ("I", "Basic keyboard shortcuts")],
     "the shortcut list also gives Alt-Ctrl-arrow left/right to change workspaces"),
    ("own", "programs missing from menus", [("I", "Programs are missing from")], None),
    ("own", "font settings ignored", [("I", "Font settings are ignored")], None),
    ("own", "monitor mailboxes", [("I", "Monitor mailboxes?")], None),
    ("own", "install themes", [("I", "How to install Themes")], None),
    ("own", "enable relaying for address range", [("C", "Q: How do I enable relaying")], None),
    ("own", "virtual domain hosting", [("C", "Q: How do I implement virtual domain hosting?"), ("C", "Q: Using virtual domains")],
     "two entries on the same task: the ESMTP one (userdb, Qmail/Sendmail-style aliases, LDAP/MySQL) and the Miscellaneous one (aliases, hosteddomains, authentication back-ends)"),
    ("own", "backup MX for a domain", [("C", "How to configure the Courier mail server to be a backup MX")], None),
    ("own", "configure script infinite loop", [("C", "Q: The configure script is stuck")], None),
    ("own", "more than 20 recipients rejected", [("C", "Q: Messages with more than 20 recipients")], None),
    ("own", "450 Service unavailable error", [("C", "Q: Server is not accepting any mail")], None),
    ("own", "cannot find the GDBM library", [("C", "Q: Cannot find the GDBM library"), ("C", "Q: Configuration script reports the following error")],
     "the configure error \"Cannot find either the gdbm or the db library\" has its own entry, with the same cause (library not installed or in a non-standard place)"),
    # other: the same need in other words
    ("other", "stats show UTC hour instead of local time", [("A", "FAQ-COM300 ")], None),
    ("other", "filter out virus attack requests from my reports", [("A", "FAQ-SEC200 ")], None),
    ("other", "separate report for every single day", [("A", "FAQ-COM600 ")], None),
    ("other", "change the wallpaper image", [("I", "Setting the background")], None),
    ("other", "open a program always on a particular virtual desktop", [("I", "Map to a workspace?"), ("I", "Control Applications")],
     "Control Applications introduces winoptions for making windows appear on a certain workspace; Map to a workspace? gives the option"),
    ("other", "keyboard shortcut should go to the application not the window manager",
     [("I", "Stop grabbing my keystrokes"), ("I", "Disable the Alt keys?")],
     "the Alt-keys entry sends all Alt+key keys to the application (fullKeys); the other entry is the Scroll Lock workaround"),
    ("other", "sending mail through the server is very slow", [("C", "Why are my e-mails taking so long")], None),
    ("other", "webmail login still uses old password", [("C", "Q: I changed the system password")], None),
    # typo: one realistic typo in a key word
    ("typo", "malformed utf-8 charcter", [("A", "FAQ-SET320 ")], None),
    ("typo", "visits dobuled after migration", [("A", "FAQ-SET700 ")], None),
    ("typo", "bigger icnos", [("I", "Can I have bigger icons?")], None),
    ("typo", "what are focus modles", [("I", "What are focus models?")], None),
    ("typo", "rebuild RPMs with diferent options", [("C", "Q: I want to change the options that the RPMs")], None),
    # question: a full natural question
    ("question", "Why do I get Internal Error 500 when running awstats.pl as a CGI?", [("A", "FAQ-SET200 "), ("A", "FAQ-SET150 ")],
     "SET150 \"INTERNAL ERROR 500 IN MY BROWSER\" is a heading with no text of its own; the answer (Internal Error 500 from the browser, spawn child process) is under SET200, right after it"),
    ("question", "How do I analyze mail server logs from Postfix with AWStats?", [("A", "FAQ-COM100 ")], None),
    ("question", "How do I make IceWM my window manager when I start X with startx?", [("I", "IceWM at X11 startup?"), ("I", "Default window manager?")],
     "the startup entry says startx reads .xinitrc; the default-window-manager entry says to add icewm to the X start-up script"),
    ("question", "Why can I only create folders under INBOX in my IMAP client?", [("C", "Q: Can't create folders")], None),
    ("question", "How do I get rid of the famd maildirwatch errors in syslog?", [("C", "Q: Repeated messages in syslog")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
