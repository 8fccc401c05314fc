"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"E": "emacs/efaq.txt", "S": "libsvm/FAQ.html", "A": "aflplusplus/FAQ.md"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "disable backup files", [("E", "How do I disable backup files")], None),
    ("own", "stop Emacs from beeping", [("E", "How do I stop Emacs from beeping")], None),
    ("own", "go to a certain line", [("E", "How can I go to a certain line")], None),
    ("own", "swap two keys", [("E", "How do I swap two keys")], None),
    ("own", "print a Texinfo file", [("E", "How do I print a Texinfo file")], None),
    ("own", "view Info files without Emacs", [("E", "Can I view Info files without using Emacs")], None),
    ("own", "save copy of outgoing mail", [("E", "How do I save a copy of outgoing mail")], None),
    ("own", "make Gnus faster", [("E", "How do I make Gnus faster")], None),
    ("own", "problems with large files", [("E", "Does Emacs have problems with large files")], None),
    ("own", "unsubscribe from a mailing list", [("E", "How do I unsubscribe from a mailing list")], None),
    ("own", "Meta key in xterm window", [("E", "Why doesn\u2019t my <Meta> key work in an \u2018xterm\u2019")], None),
    ("own", "edit MS-DOS files", [("E", "How can I edit MS-DOS files")], None),
    ("own", "security risks in Emacs", [("E", "Are there any security risks in Emacs")], None),
    ("own", "how to cite LIBSVM", [("S", "How to cite LIBSVM")], None),
    ("own", "error in loading shared libraries", [("S", "On unix machines, I got \"error in loading shared libraries\"")], None),
    ("own", "disable screen output of svm-train", [("S", "How do I disable screen output of svm-train")], None),
    ("own", "use my own kernel", [("S", "I would like to use my own kernel")], None),
    ("own", "my data are unbalanced", [("S", "My data are unbalanced")], None),
    ("own", "difference between nu-SVC and C-SVC", [("S", "What is the difference between nu-SVC and C-SVC")], None),
    ("own", "put comments in data files", [("S", "May I put comments in data files")], None),
    ("own", "Invalid MEX-file error message", [("S", "On Windows I got an error message \"Invalid MEX-file")], None),
    ("own", "fuzz a network service", [("A", "How can I fuzz a network service")], None),
    ("own", "stability below 100%", [("A", "Why is my stability below 100%")], None),
    ("own", "what are power schedules", [("A", "What are power schedules")], None),
    ("own", "fuzz a binary-only target", [("A", "How can I fuzz a binary-only target")], None),
    # other: the same need in other words
    ("other", "emacs shell buffer gets confused about which folder I cd'd into", [("E", "Why does shell mode lose track of the shell\u2019s current directory")], None),
    ("other", "keep the cursor from drifting left when moving past short lines", [("E", "How do I make Emacs behave like this: when I go up or down")], None),
    ("other", "show the name of the file I'm editing in the window title", [("E", "How can I modify the titlebar to contain the current file name")], None),
    ("other", "search and replace in lots of files at once", [("E", "How do I perform a replace operation across more than one file")], None),
    ("other", "my features are words like red or blue instead of numbers", [("S", "What if my data are non-numerical")], None),
    ("other", "svm predicts poorly on my test set, how can I do better", [("S", "The prediction rate is low")], None),
    ("other", "how far is each sample from the separating boundary", [("S", "How do I get the distance between a point and the hyperplane")], None),
    ("other", "test data has no labels yet, what do I write as the label", [("S", "I don't know class labels of test data")], None),
    ("other", "fuzzing an app that only has a graphical interface", [("A", "How can I fuzz a GUI program")], None),
    ("other", "afl-clang-fast fails with undefined symbol after an llvm update", [("A", "I got a weird compile error from clang")], None),
    # typo: one realistic typo in a key word
    ("typo", "turn on sytnax highlighting", [("E", "How do I turn on syntax highlighting")], None),
    ("typo", "change the tab charcter length", [("E", "How do I change Emacs\u2019s idea of the <TAB> character\u2019s length")], None),
    ("typo", "paralellize libsvm on a multicore machine", [("S", "How can I use OpenMP to parallelize LIBSVM")], None),
    ("typo", "how do I choose the kernal", [("S", "How do I choose the kernel")], None),
    ("typo", "differnce between AFL and AFL++", [("A", "What is the difference between AFL and AFL++")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
