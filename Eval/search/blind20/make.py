"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"U": "rxvt-unicode/README.FAQ.txt", "S": "slrn/FAQ.txt", "P": "python-pexpect-doc/FAQ.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "tabbed rxvt-unicode", [("U", "Does it support tabs")], None),
    ("own", "start urxvtd race-free", [("U", "How can I start urxvtd in a race-free way")], None),
    ("own", "urxvt transparency not working", [("U", "I can't get transparency working")], None),
    ("own", "urxvt leaves pixel droppings", [("U", "Why does rxvt-unicode sometimes leave pixel droppings")], None),
    ("own", "italic characters look clipped", [("U", "Why do italic characters look as if clipped")], None),
    ("own", "speed up Xft rendering", [("U", "Can I speed up Xft rendering")], None),
    ("own", "mplayer display video correctly", [("U", "How can I make mplayer display video correctly")], None),
    ("own", "cursor blinking in emacs", [("U", "Why is the cursor now blinking in emacs")], None),
    ("own", "Compose key no longer working", [("U", "My Compose (Multi_key) key is no longer working")], None),
    ("own", "switch locales at runtime", [("U", "Can I switch locales at runtime")], None),
    ("own", "tic error compiling terminfo", [("U", "\"tic\" outputs some error")], None),
    ("own", "set From header for postings", [("S", "Is it possible to set my ``From:'' header line")], None),
    ("own", "size of the article pager", [("S", "How can I set the size of the article pager")], None),
    ("own", "thread tree not drawn properly", [("S", "The thread tree is not drawn properly")], None),
    ("own", "rotate signatures in slrn", [("S", "How can I rotate signatures")], None),
    ("own", "never mark articles as read", [("S", "How can I never mark articles as read")], None),
    ("own", "slrn yEnc support", [("S", "What about yEnc")], None),
    ("own", "killfile with slrn", [("S", "How can I killfile with slrn")], None),
    ("own", "remove expired scorefile entries", [("S", "Do I need to remove expired entries")], None),
    ("own", "score followups to own postings", [("S", "Is it possible to score followups to my own postings")], None),
    ("own", "kill cross-posts from specific group", [("S", "How do I kill cross-posts from a specific group")], None),
    ("own", "cannot post with slrnpull", [("S", "Why can't I post when using slrnpull")], None),
    ("own", "shell pipe redirect spawn", [("P", "Why don\u2019t shell pipe and redirect")], None),
    ("own", "screen scraping with pexpect", [("P", "Can I do screen scraping")], None),
    ("own", "pexpect gevent strange behavior", [("P", "I get strange behavior with pexect and gevent")], None),
    # other: the same need in other words
    ("other", "detect from a script that the terminal is urxvt and not xterm", [("U", "How do I distinguish whether I'm running rxvt-unicode")], None),
    ("other", "remote host doesn't know my terminal type when I ssh in", [("U", "When I log-in to another system")], None),
    ("other", "make the 16 colours look like an old VGA screen", [("U", "I don't like the screen colours")], None),
    ("other", "chinese text drawn with japanese-looking glyphs", [("U", "Why do some chinese characters look so different")], None),
    ("other", "double click grabs too much text, I only want one word", [("U", "The new selection selects pieces that are too big")], None),
    ("other", "hide posts whose subject is written in all caps", [("S", "How do I score subjects that contain only uppercase")], None),
    ("other", "jump to the parent of the article I'm reading", [("S", "How can I retrieve read articles from the same thread")], None),
    ("other", "put my subscribed groups in alphabetical order", [("S", "How can I sort the list of newsgroups")], None),
    ("other", "send one post to several newsgroups at once", [("S", "How do I cross-post an article")], None),
    ("other", "program's output stays stuck in a buffer when I read it through popen", [("P", "Why not just use a pipe")], None),
    # typo: one realistic typo in a key word
    ("typo", "start urxvtd automaticaly with urxvtc", [("U", "How can I start urxvtd automatically")], None),
    ("typo", "numeric keypad acts wierd", [("U", "My numeric keypad acts weird")], None),
    ("typo", "enable mouse suport in slrn", [("S", "Can I use the mouse with slrn")], None),
    ("typo", "test my regular expresions", [("S", "How can I test whether my regular expressions")], None),
    ("typo", "pexpect maling list", [("P", "Where can I get help with pexpect")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
