"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading
text (allegro's "out of environment space" entry is printed twice, in the DOS and the Windows
group, with the same text: the same string names both)."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"A": "allegro4-doc/faq.html", "F": "proftpd-doc/faq.html"}
# FAQ entries only: allegro's bold al-api blocks (b), proftpd's DocBook QUESTION paragraphs (q)
HEADS = {k: sorted({h for level, h in headings(p) if level in ("b", "q")}) for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "Allegro public domain", [("A", "Does the licence mean that Allegro is public domain")], None),
    ("own", "modification time in the future", [("A", "When I run make, it says \"makefile has modification time")], None),
    ("own", "conflicting types for va_list", [("A", "When I run make, it says \"conflicting types for va_list")], None),
    ("own", "make says missing separator", [("A", "When I run make, it says \"missing separator")], None),
    ("own", "undefined reference to allegro_init", [("A", "When I try to compile a program using Allegro, I get lots of errors like")],
     "the heading stops at 'errors like:'; the error text (undefined reference to `allegro_init') is only in the answer, which says to link with -lalleg"),
    ("own", "error while loading shared libraries", [("A", "When I try to run Allegro programs, I get \"error while loading")], None),
    ("own", "256k limit Mode-X video memory", [("A", "How can I extend the 256k limit on Mode-X")], None),
    ("own", "out of environment space", [("A", "I get an \"out of environment space\" error")],
     "this entry is printed twice with the same heading and answer, under DOS problems and under Windows problems; either copy is a right answer"),
    ("own", "compile errors scroll off screen", [("A", "Compile errors scroll off the screen too quickly"), ("A", "Compile errors scroll off the screen way too quickly")],
     "two near-identical entries: the DJGPP one (redir -eo) and the Unix one (make 2> logfile.txt)"),
    ("own", "funny color border", [("A", "Why do I have a funny color border")], None),
    ("own", "can't get rotate_sprite to work", [("A", "I can't get the rotate_sprite() function to work")], None),
    ("own", "Invalid shell login failed", [("F", "\"(Login failed): Invalid shell\""), ("F", "Why doesn't Anonymous ftp work (550 login incorrect)")],
     "the second's checklist says the anonymous ftp user needs a valid shell in /etc/shells or RequireValidShell off, the same fix"),
    ("own", "Socket operation on non-socket", [("F", "\"Fatal: Socket operation on non-socket\"")], None),
    ("own", "unable to bind to port", [("F", "Unable to bind to port/Address already in use")], None),
    ("own", "limit size of uploaded files", [("F", "How can I limit the size of uploaded files")], None),
    ("own", "connections per loginID", [("F", "Limiting the connections per loginID")], None),
    ("own", "prevent server version being displayed", [("F", "How can I prevent the server version from being displayed")], None),
    ("own", "No such group nogroup", [("F", "No such group \"nogroup\"")], None),
    ("own", "unable to set groups", [("F", "Why do I see \"unable to set groups: Invalid argument\"")], None),
    ("own", "one time passwords", [("F", "One time passwords")], None),
    ("own", "upload download ratios", [("F", "Can control upload/download ratios")], None),
    ("own", "FTP session closed messages", [("F", "Lots of \"FTP session closed\" messages")], None),
    # other: the same need in other words
    ("other", "game loop runs too fast on newer machines", [("A", "How can I make my game run at the same speed on any computer")], None),
    ("other", "which colour is see-through when drawing sprites", [("A", "How can I make parts of my sprite transparent in truecolor modes")],
     "the answer: the mask colour is magic pink (magenta, red and blue at full, green at zero)"),
    ("other", "play tracker music files", [("A", "Why not add a MOD playing function")],
     "the answer points to the JGMOD and DUMB add-on packages"),
    ("other", "save what is on screen to an image file", [("A", "How can I take a screenshot of my Allegro program")],
     "the answer: call save_bitmap()"),
    ("other", "jail users in their home directory", [("F", "How can I limit users to a particular directory tree")],
     "the answer: DefaultRoot ~"),
    ("other", "clients behind NAT cannot list directories", [("F", "I'm having problems with FTP clients behind firewalls")],
     "the data connection (passive vs non-passive mode) is what breaks behind a firewall"),
    ("other", "throttle download speed", [("F", "Bandwidth control")],
     "the answer: the TransferRate directive gives per-connection bandwidth limits"),
    ("other", "temporarily refuse new connections for maintenance", [("F", "How do I shutdown the server without killing proftpd"), ("F", "Can I upgrade ProFTPD without terminating the current sessions")],
     "both use ftpshut to block new connections; the second does it to upgrade the server"),
    # typo: one realistic typo in a key word
    ("typo", "busy wating on key array", [("A", "Why doesn't busy waiting on the key array work")], None),
    ("typo", "generate a randon number", [("A", "How can I generate a random number")], None),
    ("typo", "tcp-wrapers with ProFTPD", [("F", "Can I use tcp-wrappers with ProFTPD")], None),
    ("typo", "hide a directroy from anonymous users", [("F", "How can I hide a directory from anonymous clients"), ("F", "I want to prevent users from accessing a hidden directory")],
     "the first hides it from listings (HideUser/HideGroup); the second makes a hidden directory look absent (IgnoreHidden)"),
    ("typo", "authentification taking too long", [("F", "Authentication is taking too long"), ("F", "Slow logins")],
     "'authentification' is a common misspelling; both answers say to turn off reverse DNS and ident lookups"),
    # question: a full natural question
    ("question", "Can I sell a game I made with Allegro?", [("A", "Can I use Allegro for commercial purposes"), ("A", "Can I use Allegro in my <whatever> commercial application")],
     "the first is in the giftware licence group (answer: Yes.), the second in General problems"),
    ("question", "Why won't my C++ program compile with Allegro?", [("A", "I get lots of errors when I try to compile my C++ Allegro program")],
     "the answer: a using namespace declaration placed before #include <allegro.h>"),
    ("question", "How do I fix the linker saying WinMain is missing?", [("A", "I get an error about a missing WinMain() or main() function")],
     "the answer: write END_OF_MAIN() after main()"),
    ("question", "Can I host several FTP sites on one IP address like name-based virtual hosts in Apache?", [("F", "Can I run more that one VirtualHost on a single IP")],
     "the heading has the page's own typo 'more that one'"),
    ("question", "How do I let users log in with accounts stored in a MySQL database?", [("F", "SQL"), ("F", "Authentication methods supported")],
     "the first is the one-word entry 'SQL' (mod_sql); the second lists SQL databases among the supported methods"),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
