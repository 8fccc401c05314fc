"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real FAQ entries (headings.py, level "q"), so every `question` string is exact; a prefix must match
one entry."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"C": "cvs/FAQ.txt", "M": "mojolicious/FAQ.pod", "F": "fontforge/faq.html"}
HEADS = {k: [h for l, h in headings(p) if l == "q"] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "cancel a cvs add", [("C", "How do I cancel an \"add\"")], None),
    ("own", "resurrect a removed file", [("C", "I just removed a file. How do I resurrect it")], None),
    ("own", "move the whole repository", [("C", "How do I move the whole Repository")], None),
    ("own", "split a file into pieces", [("C", "How do I split a file into pieces")], None),
    ("own", "interrupt cvs with Control-C", [("C", "Is it safe to interrupt CVS using Control-C")], None),
    ("own", "generate ChangeLogs from RCS logs", [("C", "How do I generate ChangeLogs from RCS logs")], None),
    ("own", "what is a sticky conflict", [("C", "What's a \"sticky conflict\"")], None),
    ("own", "who has module checked out", [("C", "How can I tell who has a module checked out")], None),
    ("own", "Up-to-date check failed", [("C", "Explain: cvs commit: Up-to-date check failed")], None),
    ("own", "import ignored all the symlinks", [("C", "Why did \"import\" ignore all the symlinks")], None),
    ("own", "history file grows so quickly", [("C", "Why does the history file grow so quickly")], None),
    ("own", "lock files like RCS does", [("C", "How can I lock files while I'm working on them")], None),
    ("own", "set the line spacing", [("F", "How do I set the line spacing on a font")], None),
    ("own", "mark font as monospaced", [("F", "How do I mark a font as monospaced")], None),
    ("own", "fontforge hint substitution", [("F", "How do I make FontForge use hint substitution")], None),
    ("own", "set the default glyph", [("F", "How do I set the default glyph of a font")], None),
    ("own", "non-integral coordinates safe", [("F", "Is it safe to use non-integral coordinates")], None),
    ("own", "import glyphs from Inkscape", [("F", "Importing glyphs from Inkscape")], None),
    ("own", "ttf2afm crashes", [("F", "Why does ttf2afm crash on FontForge ttf files")], None),
    ("own", "set bit in OS/2 table", [("F", "How do I set a particular bit in the OS/2 table")], None),
    ("own", "Maximum header size exceeded", [("M", "What does the error \"Maximum header size exceeded\"")], None),
    ("own", "Premature connection close", [("M", "What does \"Premature connection close\"")], None),
    ("own", "configure hypnotoad from command line", [("M", "Can I configure Hypnotoad from the command line")], None),
    ("own", "perl taint mode support", [("M", "Is Perl's taint mode supported")], None),
    ("own", "Illegal character in prototype", [("M", "What does \"Illegal character in prototype\"")], None),
    # other: the same need in other words
    ("other", "print every rcs command cvs executes behind the scenes", [("C", "How do I see what CVS is trying to do")], None),
    ("other", "ran cvs update and my working copy is suddenly empty", [("C", "Why were all my files deleted when I executed \"update\"")], None),
    ("other", "leftover copies of my source file with a revision number in the name appear after an update merge", [("C", "Where did the .#<file>.1.3 file")], None),
    ("other", "what do the single letters in front of each file name mean in update output", [("C", "What do 'U', 'M' and 'C' mean")], None),
    ("other", "keep the original modification dates of files when loading a vendor tarball into the repository", [("C", "How do I make \"import\" save the timestamps")], None),
    ("other", "fontforge window shrinks to an icon when I alt-click to zoom out of a glyph", [("F", "Why does my window get iconified")], None),
    ("other", "menu and dialog text in fontforge is tiny, how do I make the interface bigger", [("F", "The fonts FontForge uses in its GUI are too small")], None),
    ("other", "how much RAM and which Windows or macOS version do I need for fontforge", [("F", "Minimum requirements")], None),
    ("other", "route placeholder drops the .html part of my url", [("M", "Where did my file extension go")], None),
    ("other", "prefork server keeps restarting a worker while my app runs a long blocking loop", [("M", "What does \"Worker 31842 has no heartbeat")], None),
    # typo: one realistic typo in a key word
    ("typo", "is there a cvs maling list", [("C", "Is there a mailing list devoted to CVS")], None),
    ("typo", "what does cvs stnad for", [("C", "What does CVS stand for")], None),
    ("typo", "does the simplfy command lose accuracy", [("F", "Does the simplify command lose accuracy")], None),
    ("typo", "is it legal to modfy a font", [("F", "Is it legal to modify a font")], None),
    ("typo", "certifcate verify failed error", [("M", "What does the error \"...certificate verify failed\"")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
