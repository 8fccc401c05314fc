"""Writes queries.jsonl. Each answer is given as (page key, question prefix) and resolved against the
real FAQ entries (headings.py), so every `question` string is exact; a prefix must match one entry.
Usage: python3 make.py [OUT]   (default: $KB_FAQ_PAGES or /tmp/kb-faq-pages-8)"""
import json, pathlib, sys
import headings

HERE = pathlib.Path(__file__).resolve().parent
if len(sys.argv) > 1:
    headings.ROOT = pathlib.Path(sys.argv[1])
P = {"W": "weechat-doc/weechat_faq.en.html", "M": "mplayer-doc/faq.html", "A": "avr-libc/FAQ.html"}
QS = {k: [q for _, q in headings.entries(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [q for q in QS[key] if q.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, question prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "change the timezone", [("W", "How can I change the timezone")], None),
    ("own", "buffers list on left side", [("W", "How to display the buffers list on the left side")], None),
    ("own", "use 256 colors", [("W", "How can I use 256 colors")], None),
    ("own", "filter join/part/quit messages", [("W", "How can I filter join/part/quit messages")], None),
    ("own", "difference between /ignore and /filter", [("W", "What is the difference between the /ignore and /filter")], None),
    ("own", "WeeChat consume less memory", [("W", "How can I tweak WeeChat to consume less memory")], None),
    ("own", "meta keys not working", [("W", "Some meta keys (alt + key) are not working")], None),
    ("own", "TLS handshake failed", [("W", "When connecting to server with SSL, I only see the error \"TLS handshake failed\""),
                                     ("W", "I have some problems when connecting to a server using SSL")],
     "the second (SSL connection problems) covers errors about the gnutls handshake (smaller Diffie-Hellman key) and certificate errors"),
    ("own", "make a screenshot", [("M", "How can I make a screenshot")], None),
    ("own", "run MPlayer in the background", [("M", "How can I run MPlayer in the background")], None),
    ("own", "join two video files", [("M", "How can I join two video files")], None),
    ("own", "fix aspect ratio of AVI", [("M", "How can I fix the aspect ratio of an AVI file")], None),
    ("own", "set DVD region code", [("M", "How can I set the region code of my DVD-drive")], None),
    ("own", "Badly interleaved AVI file", [("M", "While playing a movie it suddenly gets jerky"),
                                           ("M", "How can I fix AVI files with a broken index or bad interleaving")],
     "the second rewrites a badly interleaved AVI with mencoder -idx so it plays without -ni"),
    ("own", "DVD playback is sluggish", [("M", "My DVD playback is sluggish")], None),
    ("own", "use dmix with MPlayer", [("M", "How can I use dmix with")], None),
    ("own", "undefined reference to sin", [("A", "I get \"undefined reference to...\"")], None),
    ("own", "software reset of the AVR", [("A", "How do I perform a software reset of the AVR")], None),
    ("own", "clock skew detected message", [("A", "What is this \"clock skew detected\" message")], None),
    ("own", "array of strings in ROM", [("A", "How do I put an array of strings completely in ROM")], None),
    ("own", "baud rate wrong", [("A", "Why is my baud rate wrong")], None),
    ("own", "relocate code to fixed address", [("A", "How do I relocate code to a fixed address")], None),
    # other: the same need in other words
    ("other", "get notified when my nick is mentioned", [("W", "How can I be warned when someone highlights me")], None),
    ("other", "authenticate with NickServ before entering rooms", [("W", "How can I be identified before joining channels")], None),
    ("other", "look for a word in earlier chat messages", [("W", "How can I search text in buffer")], None),
    ("other", "picture stays small with black bars when maximized", [("M", "When I go into fullscreen mode I just get black borders")], None),
    ("other", "extract the soundtrack of a music clip to mp3", [("M", "How do I encode only sound from a music video")], None),
    ("other", "store playback options for a single video", [("M", "How can I make MPlayer remember the options")], None),
    ("other", "variable changed in ISR never seen by main loop", [("A", "My program doesn't recognize a variable updated within an interrupt routine")], None),
    ("other", "string literals use up all my RAM", [("A", "Why do all my \"foo...bar\" strings eat up the SRAM"),
                                                    ("A", "How do I put an array of strings completely in ROM")],
     "the second shows how to keep a table of constant strings in flash instead of RAM"),
    # typo: one realistic typo in a key word
    ("typo", "autojoin channles", [("W", "How can I add/remove channels from autojoin option")], None),
    ("typo", "mouse not wroking", [("W", "Mouse is not working at all")], None),
    ("typo", "subtitels on black margins", [("M", "How can I get subtitles to appear on the black margins")], None),
    ("typo", "audio out of snyc AVI", [("M", "Audio goes out of sync playing an AVI file"),
                                       ("M", "I have A/V sync problems. Some of my AVIs"),
                                       ("M", "When I play this movie I get video-audio desync")],
     "the second is AVIs playing at double speed (sound card fixed at 44100Hz); the third lists desync causes, among them badly interleaved AVIs and bad headers (-ni, -nobps)"),
    ("typo", "EEPROM corupted address zero", [("A", "Why are some addresses of the EEPROM corrupted")], None),
    # question: a full natural question
    ("question", "How do I stop WeeChat from replying to CTCP version requests?", [("W", "I am paranoid about security")], None),
    ("question", "Can I edit weechat.conf in a text editor?", [("W", "Can I edit configuration files (*.conf) by hand")], None),
    ("question", "How do I play a DVD I copied to my hard drive?", [("M", "I copied a DVD using vobcopy")], None),
    ("question", "Which optimization level should I compile with?", [("A", "Which -O flag to use")], None),
    ("question", "Why does using floating point make my program so big?", [("A", "I am using floating point math"),
                                                                            ("A", "I get \"undefined reference to...\"")],
     "the floating-point entry says to link the AVR-LibC math library and points to the sin() entry, which explains -lm"),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
