"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"V": "vim/FAQ.txt", "N": "tightvncserver/faq.html", "T": "termshark/FAQ.md"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "remove duplicate lines", [("V", "How do I remove duplicate lines from a buffer")], None),
    ("own", "edit binary files with Vim", [("V", "How do I edit binary files with Vim")], None),
    ("own", "use Vim as a pager", [("V", "How do I use Vim as a pager")], None),
    ("own", "view man pages inside Vim", [("V", "How do I view Unix man pages from inside Vim")], None),
    ("own", "prevent Ctrl-Z from suspending Vim", [("V", "How do I prevent <Ctrl-Z> from suspending Vim")], None),
    ("own", "hit enter to continue prompt", [("V", "How do I avoid the \"hit enter to continue\" prompt")], None),
    ("own", "insert the current date/time stamp", [("V", "How do I insert the current date/time stamp")], None),
    ("own", "auto correct misspelled words", [("V", "How do I auto correct misspelled words")], None),
    ("own", "increment or decrement numbers", [("V", "I have some numbers in a file. How do I increment")], None),
    ("own", "disable the viminfo feature", [("V", "How do I disable the viminfo feature")], None),
    ("own", "print file with line numbers", [("V", "How do I print a file along with line numbers")], None),
    ("own", "map the numeric keypad keys", [("V", "How do I map the numeric keypad keys")], None),
    ("own", "remove the Vim menubar", [("V", "How do I remove the Vim menubar")], None),
    ("own", "could not open default font", [("N", "I started the X server using vncserver, but it dies")], None),
    ("own", "failed to bind listener", [("N", "I get errors like \"failed to bind listener\"")], None),
    ("own", "grey desktop with a cursor", [("N", "I connected to my Unix VNC server and I just see a grey desktop")], None),
    ("own", "VNC cut and paste", [("N", "Can I cut and paste between the viewer and the server")], None),
    ("own", "which ports does VNC use", [("N", "Which TCP/IP ports does VNC use")], None),
    ("own", "dead keys don't work", [("N", "The dead keys don't work")], None),
    ("own", "VNC over a modem", [("N", "Can I use VNC over a modem")], None),
    ("own", "run termshark on Android", [("T", "Can I run termshark on Android")], None),
    ("own", "make termshark run without root", [("T", "How can I make termshark run without root")], None),
    ("own", "traffic on port 5037", [("T", "Why is termshark generating traffic on port 5037")], None),
    ("own", "pass extra arguments to tshark", [("T", "Can I pass extra arguments to tshark")], None),
    ("own", "oldest supported version of tshark", [("T", "What is the oldest supported version of tshark")], None),
    # other: the same need in other words
    ("other", "stop vim leaving ~ copies of every file I save", [("V", "When I edit and save files, Vim creates a file with the same name")], None),
    ("other", "after saving with vim my script loses its executable bit", [("V", "When I save a file with Vim, the file permissions are changed")], None),
    ("other", "how many times does a word appear in the file", [("V", "How do I count the number of times a particular word occurs")], None),
    ("other", "clean up spaces hanging off the end of every line", [("V", "How do I delete all the trailing white space characters")], None),
    ("other", "code pasted from the browser gets staircase indentation", [("V", "When I paste some text into a Vim buffer from another application")], None),
    ("other", "vnc session is sluggish, how can I speed it up", [("N", "How do I make VNC go faster")], None),
    ("other", "send a file from my laptop to the remote desktop over vnc", [("N", "Could you do file transfer")], None),
    ("other", "vnc drops me as soon as I sign in on the windows box", [("N", "When I connect using VNC and then log into my Windows")], None),
    ("other", "view a pcap while tcpdump is still writing it", [("T", "I'm capturing with tcpdump")], None),
    ("other", "where does termshark keep its settings file", [("T", "Where are the config and log files")], None),
    # typo: one realistic typo in a key word
    ("typo", "swap two charcters", [("V", "How do I exchange (swap) two characters")], None),
    ("typo", "export code to html with syntax higlighting", [("V", "How do I convert a source file (.c, .h, etc) with the Vim syntax")], None),
    ("typo", "keybaord keys do strange things over vnc", [("N", "The keyboard doesn't work / keys do strange things")], None),
    ("typo", "vnc through a firewal", [("N", "Will VNC work through a firewall")], None),
    ("typo", "termshark filling up my dsik", [("T", "Termshark is using lots of disk space")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
