"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"N": "nano/faq.html", "P": "privoxy/trouble.html", "W": "w3m/FAQ.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "run strip when installing", [("N", "3.4. nano should automatically run strip")], None),
    ("own", "everything goes into /usr/local", [("N", "3.3. Why does everything go into /usr/local")], None),
    ("own", "self-compiled nano /etc/nanorc", [("N", "3.9. Why does my self-compiled nano")], None),
    ("own", "Alt+Up on Linux console", [("N", "4.1. Alt+Up does nothing")], None),
    ("own", "numeric keypad NumLock off", [("N", "4.3. Ack! My numeric keypad")], None),
    ("own", "keystroke to paste clipboard", [("N", "4.4. With what keystroke can I paste")], None),
    ("own", "pasted text indented further", [("N", "4.6. When I paste text into a document")], None),
    ("own", "write access to git tree", [("N", "7.5. Can I have write access"), ("N", "7.4. How do I join the development team")],
     "7.5's whole answer is: Re-read section 7.4 (consistently send good patches, then ask to be added and given write access)"),
    ("own", "name change from TIP", [("N", "1.3. Why the name change from TIP")], None),
    ("own", "connection refused message", [("P", "5.1. I cannot connect to any websites")], None),
    ("own", "503 error on every page", [("P", "5.2. Why am I getting a 503 Error")], None),
    ("own", "ad still getting through", [("P", "5.3. I just added a new rule")], None),
    ("own", "port 8118 already in use", [("P", "5.12. When I try to launch Privoxy")], None),
    ("own", "unable to get hostname", [("P", "5.11. My logs show many")], None),
    ("own", "PrivoxyWindowOpen in source code", [("P", "5.16. Why do I keep seeing")], None),
    ("own", "404 No Such Domain", [("P", "5.17. I am getting too many DNS errors")], None),
    ("own", "UTF-8 pages garbled", [("P", "5.13. Pages with UTF-8 fonts are garbled"), ("P", "5.15. What is the \"demoronizer\"")],
     "5.13 says the demoronizer filter is the likely cause; 5.15 says the demoronizer corrupts pages with UTF-8 characters and should then be off"),
    ("own", "pronounce w3m", [("W", "How do I pronounce")], None),
    ("own", "quits without parameters", [("W", "w3m quits if started without parameters")], None),
    ("own", "black characters on black background", [("W", "w3m starts with black characters")], None),
    ("own", "move between hyperlinks", [("W", "How do I move between hyperlinks")], None),
    ("own", "specify a proxy server", [("W", "How do I specify a proxy server")], None),
    ("own", "change default image viewer", [("W", "How do I change the default image viewer")], None),
    ("own", "w3mxxxx files in ~/.w3m", [("W", "What are these w3mxxxx files")], None),
    ("own", "variable EDITOR not used", [("W", "w3m doesn't seem to use the variable EDITOR")], None),
    # other: the same need in other words
    ("other", "type a raw control code into the file", [("N", "3.7. Tell me more about this verbatim input")], None),
    ("other", "shrink the size of the compiled program", [("N", "3.5. How can I make the executable smaller"), ("N", "3.4. nano should automatically run strip")],
     "3.5 lists configure options that leave features out (and ends with strip); 3.4 says make install-strip strips the binary"),
    ("other", "lines get reformatted when pasting into nano on a remote server", [("N", "4.7. When I paste from Windows")], None),
    ("other", "all pages load very slowly since I set up the proxy", [("P", "5.19. I just installed Privoxy")], None),
    ("other", "Internet Explorer asks for the dial-up password every time", [("P", "5.5. After installing Privoxy, I have to log in")], None),
    ("other", "not allowed to save changes to config.txt on Windows", [("P", "5.26. What to do if editing the config file")], None),
    ("other", "scroll the page sideways", [("W", "How do I shift the display")], None),
    ("other", "going back to a page I already visited is just as slow", [("W", "Loading time doesn't decrease")], None),
    # typo: one realistic typo in a key word
    ("typo", "Unicode suport", [("N", "5.3. What is the status of Unicode support")], None),
    ("typo", "slect words on urxvt", [("N", "4.2. How can I make Ctrl+Shift+Left/Right select words")], None),
    ("typo", "tainted sokets", [("P", "5.24. What are tainted sockets")], None),
    ("typo", "chnage colors for hyperlinks", [("W", "How do I change the colors for hyperlinks")], None),
    # question: a full natural question
    ("question", "How can I make nano the editor that opens when I write mail in mutt?", [("N", "4.9. How do I make nano my default editor")], None),
    ("question", "Can Privoxy be used as a proxy for ftp:// downloads?", [("P", "5.6. I cannot connect to any FTP sites")], None),
    ("question", "Why does w3m tack the new address onto the old one when I type a URL?", [("W", "w3m appends a URL to the former one")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
