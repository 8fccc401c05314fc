"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"X": "xfig-doc/faq.html", "G": "getmail6/faq.html", "S": "swish-e/swish-faq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "edit PostScript files with xfig", [("X", "Can I edit PostScript files")], None),
    ("own", "install xfig in personal directory", [("X", "How can I install xfig in a personal")], None),
    ("own", "xfig crashes pull up menu", [("X", "When I pull up a menu")], None),
    ("own", "LaTeX fonts end up PostScript", [("X", "When using LaTeX fonts")], None),
    ("own", "pulldown menus under CDE", [("X", "My pulldown menus don't work under CDE")], None),
    ("own", "digits entered in reverse order", [("X", "When I enter values in the \"spinner\"")], None),
    ("own", "grafbase.mf file MetaFont export", [("X", "I am exporting to the MetaFont format")], None),
    ("own", "Actions not found StartScroll", [("X", "When I start xfig I get the message")], None),
    ("own", "oldmail files delete", [("G", "What are these oldmail* files")], None),
    ("own", "retrieve mail from multiple accounts", [("G", "How do I retrieve mail from multiple accounts")], None),
    ("own", "getmail daemon mode", [("G", "How do I run getmail in \"daemon\" mode")], None),
    ("own", "stop adding Delivered-To header", [("G", "How do I stop getmail adding a Delivered-To")], None),
    ("own", "use procmail with getmail", [("G", "How do I use procmail")], None),
    ("own", "getmail Gmail labels", [("G", "How can I get Gmail labels")], None),
    ("own", "MemoryError on OS X", [("G", "MemoryError on OS X")], None),
    ("own", "getmail deliver mail as root", [("G", "Will getmail deliver mail as root")], None),
    ("own", "run Swish-e as root", [("S", "Should I run Swish-e as the superuser")], None),
    ("own", "reindex and search same time", [("S", "Can I reindex and search at the same time")], None),
    ("own", "phrases matching across sentences", [("S", "How can I prevent phrases from matching")], None),
    ("own", "keep Swish-e from indexing numbers", [("S", "How do I keep Swish-e from indexing numbers")], None),
    ("own", "swishspider not found", [("S", "Why does swish report \"./swishspider: not found\"")], None),
    ("own", "spidering Javascript links", [("S", "Swish is not spidering Javascript links")], None),
    ("own", "MetaNames and PropertyNames difference", [("S", "What's the difference between MetaNames")], None),
    ("own", "run out of memory indexing", [("S", "I run out of memory trying to index")], None),
    ("own", "how is ranking calculated", [("S", "How is ranking calculated")], None),
    # other: the same need in other words
    ("other", "choose which overlapping object is drawn on top", [("X", "I can't seem to control the drawing order")], None),
    ("other", "typing accented letters with a compose key", [("X", "I can't enter special characters")], None),
    ("other", "text lands in a different place after export", [("X", "Text is positioned differently when exported")], None),
    ("other", "pause the cron job while the mail server is down", [("G", "I'm running getmail from cron. How do I temporarily stop it")], None),
    ("other", "sort incoming mail into folders by sender", [("G", "How do I get getmail to deliver messages to different mailboxes")], None),
    ("other", "some messages never arrive from my Google mail account", [("G", "getmail doesn't download all my mail from Gmail")], None),
    ("other", "add new files without rebuilding the whole index", [("S", "Can I add/remove files from an index")], None),
    ("other", "indexing hogs the processor on the server", [("S", "My system admin says Swish-e uses too much of the CPU")], None),
    # typo: one realistic typo in a key word
    ("typo", "spilnes changed from version 3.1", [("X", "My splines are being changed")], None),
    ("typo", "SpamAsassin with getmail", [("G", "How do I use SpamAssassin with getmail")], None),
    ("typo", "create a mialdir", [("G", "How do I create a maildir")], None),
    ("typo", "highlight words in serach results", [("S", "How do I make Swish-e highlight words")], None),
    # question: a full natural question
    ("question", "Can xfig open drawings saved by an older version?", [("X", "Do I need to convert old Fig files")], None),
    ("question", "Do I need a local mail server like Postfix to use getmail?", [("G", "Do I have to run sendmail or another MTA")], None),
    ("question", "Why does my browser show the Perl code of swish.cgi instead of running it?", [("S", "When I try to view the swish.cgi page")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
