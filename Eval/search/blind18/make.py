"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"Z": "zlib1g-dev/FAQ.txt", "M": "mksh/FAQ.htm", "S": "snakemake-doc/faq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "compress returns Z_BUF_ERROR", [("Z", "compress() returns Z_BUF_ERROR")], None),
    ("own", "undefined reference to gzputc", [("Z", "Why do I get \"undefined reference to gzputc\"")], None),
    ("own", "is zlib thread-safe", [("Z", "Is zlib thread-safe")], None),
    ("own", "access data randomly compressed stream", [("Z", "Can I access data randomly")], None),
    ("own", "Valgrind uninitialized value deflate", [("Z", "Valgrind (or some similar")], None),
    ("own", "encrypt decrypt zip files", [("Z", "How can I encrypt/decrypt zip files")], None),
    ("own", "Deflate64 format support", [("Z", "Does zlib support the new \"Deflate64\"")], None),
    ("own", "zlib export controls ECCN", [("Z", "Is zlib subject to export controls")], None),
    ("own", "Ctrl-L clear the screen", [("M", "^L (Ctrl-L) does not clear the screen")], None),
    ("own", "Esc+d delete entire word", [("M", "I want Esc+d to delete the entire word")], None),
    ("own", "git branch in prompt", [("M", "Display the current git branch in the prompt")], None),
    ("own", "set window title running command", [("M", "Can mksh set the title of the window")], None),
    ("own", "how to do local arrays", [("M", "How can I do local arrays")], None),
    ("own", "while read loop subshell", [("M", "Something is going wrong with my while...read loop")], None),
    ("own", "cat builtin removed", [("M", "Didn\u2019t there used to be a cat(1) builtin")], None),
    ("own", "how to pronounce mksh", [("M", "How do you spell mksh")], None),
    ("own", "mksh OpenBSD ports tree", [("M", "Why is there no mksh in OpenBSD")], None),
    ("own", "shell command unbound variable", [("S", "My shell command fails with with errors about an \u201cunbound variable\u201d")], None),
    ("own", "PeriodicWildcardError cyclic dependency", [("S", "Snakemake complains about a cyclic dependency")], None),
    ("own", "Vim syntax highlighting Snakefiles", [("S", "How do I enable syntax highlighting in Vim")], None),
    ("own", "rule output as symlink", [("S", "Can the output of a rule be a symlink")], None),
    ("own", "mail upon snakemake exit", [("S", "I would like to receive a mail upon snakemake exit")], None),
    ("own", "conda directive with run block", [("S", "Why can\u2019t I use the conda directive with a run block")], None),
    ("own", "autocompletion for zsh shell", [("S", "How to enable autocompletion for the zsh shell")], None),
    ("own", "NameError braces shell command", [("S", "I get a NameError with my shell command")], None),
    # other: the same need in other words
    ("other", "share compressed files between PowerPC and x86 byte orders", [("Z", "Will zlib work on a big-endian or little-endian")], None),
    ("other", "how do I label the version of my patched copy of the library", [("Z", "The license says that altered source versions")], None),
    ("other", "size limit on how much data I can compress", [("Z", "Can zlib work with greater than 4 GB")], None),
    ("other", "make the up arrow search history for what I already typed", [("M", "Cursor Up behaves differently from zsh")], None),
    ("other", "run the shell on a serial console device", [("M", "How do I start mksh on a specific terminal")], None),
    ("other", "numbers imported from the environment are lost in arithmetic", [("M", "Some integer variables are 0")], None),
    ("other", "stop scheduling new jobs but let the running ones finish", [("S", "How do I exit a running Snakemake workflow")], None),
    ("other", "wipe everything the pipeline generated and start over", [("S", "How do I remove all files created by snakemake")], None),
    ("other", "git checkout resets file timestamps and jobs run again", [("S", "Git is messing up the modification times")], None),
    ("other", "use local scratch disk on the compute nodes", [("S", "How can I make use of node-local storage")], None),
    # typo: one realistic typo in a key word
    ("typo", "Widnows DLL version", [("Z", "Where can I get a Windows DLL version")], None),
    ("typo", "does zlib infringe patnets", [("Z", "Does zlib infringe on any patents")], None),
    ("typo", "programable tab completion", [("M", "What about programmable tab completion")], None),
    ("typo", "regex comparision error", [("M", "I get an error in this regex comparison")], None),
    ("typo", "run rule on all files in a directroy", [("S", "How do I run my rule on all files of a certain directory")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
