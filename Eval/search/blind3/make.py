"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
page's real headings (headings.py), so every `question` string is exact. Run: python3 make.py"""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"F": "ffmpeg-doc/faq.html", "X": "xterm/xterm.faq.html", "P": "privoxy/configuration.html"}
HEADS = {k: [h for _, h in headings(v)] for k, v in P.items()}

def resolve(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

CONCAT = [("F", "3.14 "), ("F", "3.14.1 "), ("F", "3.14.2 "), ("F", "3.14.3 "), ("F", "3.14.4 "), ("F", "3.13 ")]

Q = [
    # own: 2-5 words in the page's own wording
    ("own", "encode single pictures into movies", [("F", "3.2 ")]),
    ("own", "make pkg-config find my libraries", [("F", "2.3 ")]),
    ("own", "Windows DLL loader", [("F", "1.2 ")]),
    ("own", "suspended (tty output)", [("F", "3.20 "), ("F", "3.19 ")],
     "3.20 describes the message; its fix is the one in 3.19, which it links to"),
    ("own", "subtitles in my VOB file", [("F", "3.16 ")]),
    ("own", "sameq option removed", [("F", "3.17 ")]),
    ("own", "devoid of debugging symbols", [("F", "4.6 ")]),
    ("own", "r_frame_rate is wrong", [("F", "4.14 ")]),
    ("own", "fate not running all tests", [("F", "4.15 ")]),
    ("own", "change the font size", [("X", "How do I change the font size")]),
    ("own", "set the title", [("X", "How do I set the title")]),
    ("own", "make the cursor blink", [("X", "How do I make the cursor blink")]),
    ("own", "no available pty's", [("X", "XTerm does not run")]),
    ("own", "LD_LIBRARY_PATH get reset", [("X", "Why does $LD_LIBRARY_PATH")]),
    ("own", "menus are tiny", [("X", "Why are the menus tiny")]),
    ("own", "terminal doesn't show box characters", [("X", "My terminal doesn't show box")]),
    ("own", "pageup/pagedown keys", [("X", "Why can't I use the pageup")]),
    ("own", "bracketed paste problems", [("X", "Can bracketed-paste")]),
    ("own", "what is an actions file", [("P", "3.1. ")]),
    ("own", "updated actions files", [("P", "3.5. ")]),
    ("own", "Cautious Medium Advanced defaults", [("P", "3.9. ")]),
    ("own", "allow permanent cookies trusted sites", [("P", "3.25. ")]),
    ("own", "whitelist of good sites", [("P", "3.27. ")]),
    ("own", "remove Go There Anyway link", [("P", "3.30. ")]),
    ("own", "custom template pages", [("P", "3.29. ")]),
    # other: the same need in other words
    ("other", "turn a video into jpg frames", [("F", "3.3 ")]),
    ("other", "undefined references when linking against libavcodec", [("F", "4.8 "), ("F", "4.9 ")],
     "the query does not say C or C++; the page has one question for each"),
    ("other", "picture looks squashed after resizing", [("F", "3.18 ")]),
    ("other", "append one clip after another", CONCAT,
     "3.14 and its four sub-sections answer it; 3.13 explains that this kind of joining is concatenation"),
    ("other", "configure what backspace sends", [("X", "Well, how can I set my delete key"), ("X", "Why doesn't my delete key work")],
     "both explain the backarrowKey resources that switch between backspace and delete"),
    ("other", "copy text into the browser clipboard", [("X", "Why can't I select/paste to/from other")]),
    ("other", "terminal reports wrong number of rows and columns", [("X", "Why is my screen size not set")]),
    ("other", "arrow keys not working in my shell", [("X", "Why can't I use the cursor keys")]),
    ("other", "share privoxy with other computers on my home network", [("P", "3.12. ")]),
    ("other", "webmail keeps logging me out", [("P", "3.8. "), ("P", "3.25. ")],
     "3.8 explains that session-only cookies log you out and how to turn cookie handling off for such sites; 3.25 shows the same rule for any trusted site"),
    ("other", "forward requests through squid", [("P", "3.17. ")]),
    ("other", "per-user settings for each family member", [("P", "3.26. ")]),
    # typo: one realistic typo in a key word
    ("typo", "mulithreaded MPEG encoding quality", [("F", "3.4 ")]),
    ("typo", "pkg-config when cross-compilng", [("F", "2.4 ")]),
    ("typo", "numeric kepyad not working", [("X", "Why doesn't my keypad work")]),
    ("typo", "xterm itlaics support", [("X", "Why doesn't xterm support italics")]),
    ("typo", "intercepitng proxy", [("P", "3.20. ")]),
    ("typo", "cookies sneeking through", [("P", "3.23. ")]),
    # question: a full natural question
    ("question", "why doesn't configure find a library I installed with apt?", [("F", "2.2 ")]),
    ("question", "how do I give libavformat a file that is already in memory?", [("F", "4.11 ")]),
    ("question", "why doesn't ctrl-L clear the screen in ksh?", [("X", "Why doesn't the screen clear when I type")]),
    ("question", "why can't I copy text with the mouse while vim has mouse mode on?", [("X", "Why can't I select/paste in xterm")]),
    ("question", "why are xterm fonts garbled on ubuntu with compiz?", [("X", "Why is the text in the")]),
    ("question", "are cookies always bad for privacy?", [("P", "3.24. ")]),
    ("question", "can I use different filtering rules for HTML email than for web pages?", [("P", "3.22. ")]),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, spec in enumerate(Q, 1):
        kind, query, answers = spec[:3]
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [resolve(k, p) for k, p in answers]}
        if len(spec) > 3:
            row["note"] = spec[3]
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
