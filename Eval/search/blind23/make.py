"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real FAQ entries (headings.py), so every `question` string is exact; a prefix must match one entry."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"C": "libcurl4-doc/FAQ.txt", "G": "graphicsmagick/FAQ.html", "K": "kakoune/faq.asciidoc"}
ENTRY = {"C": "q", "G": "h1", "K": "q"}  # the level of a page's FAQ entries (see headings.py)
HEADS = {k: [h for l, h in headings(p) if l == ENTRY[k]] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "resume a transfer", [("C", "How do I tell curl to resume a transfer")], None),
    ("own", "follow HTTP redirects", [("C", "How do I tell curl to follow HTTP redirects")], None),
    ("own", "disable the Accept header", [("C", "How can I disable the Accept: */* header")], None),
    ("own", "SFTP from user's home directory", [("C", "How to SFTP from my user's home directory")], None),
    ("own", "keep passwords secret command line", [("C", "How do I keep user names and passwords secret")], None),
    ("own", "range requests return full document", [("C", "Why do my HTTP range requests return the full document")], None),
    ("own", "certificate verify failed", [("C", "Why do I get \"certificate verify failed\"")], None),
    ("own", "receive data into memory chunk", [("C", "How can I receive all data into a large memory chunk")], None),
    ("own", "curl ECCN number", [("C", "curl's ECCN number")], None),
    ("own", "why does curl use C89", [("C", "Why does curl use C89")], None),
    ("own", "process many files at once", [("G", "How can I process many files at once")], None),
    ("own", "set transparency index GIF", [("G", "How do I set the transparency index in a GIF image")], None),
    ("own", "default PostScript page size", [("G", "How do I change the default PostScript page size")], None),
    ("own", "memory allocation error", [("G", "I get a memory allocation error")], None),
    ("own", "concatenate three images left-to-right", [("G", "How do I concatenate three images left-to-right")], None),
    ("own", "JPEG files larger than expected", [("G", "Why are my JPEG files larger than expected")], None),
    ("own", "extract and combine CMYK channels", [("G", "How can I extract and combine CMYK channels")], None),
    ("own", "OpenCL or CUDA GPU", [("G", "Are there any plans to use OpenCL or CUDA")], None),
    ("own", "use Kakoune as a pager", [("K", "Can I use Kakoune as a pager")], None),
    ("own", "colors misrendered in Kakoune clients", [("K", "Why are colors misrendered in my Kakoune clients")], None),
    ("own", "split window different buffers", [("K", "Can I split the window to display different buffers")], None),
    ("own", "get more debug information", [("K", "Something is wrong, how can I get more debug information")], None),
    ("own", "disable syntax highlighting completely", [("K", "Can I disable syntax highlighting completely")], None),
    ("own", "cursor rendered as a beam", [("K", "Can the cursor be rendered as a beam")], None),
    ("own", "shell used to expand scopes", [("K", "What shell is used to expand %sh{} scopes")], None),
    # other: the same need in other words
    ("other", "test a site that isn't in DNS yet by sending the request straight to its IP", [("C", "How do I get HTTP from a host using a specific IP address")], None),
    ("other", "connection dies in the middle of a download but curl just sits there and never fails", [("C", "Why does not curl return an error when the network cable is unplugged")], None),
    ("other", "use a member function of my class as the write callback", [("C", "Using C++ non-static functions for callbacks")], None),
    ("other", "uploads pause for about a second before any data is sent", [("C", "My HTTP POST or PUT requests are slow")], None),
    ("other", "picture comes out as a single flat colour", [("G", "I displayed an image and it appears as one solid color")], None),
    ("other", "grab a window together with its title bar and decorations", [("G", "How can I include the window frame when importing a window")], None),
    ("other", "fonts look jagged after rasterising a ps file", [("G", "How can I make Postscript text look good")], None),
    ("other", "pasting code from the clipboard wrecks the indentation", [("K", "Why is the text I pasted into a buffer completely mangled")], None),
    ("other", "escape key is slow to respond inside tmux", [("K", "Why does leaving insert mode take more than half a second in tmux")], None),
    ("other", "file tree sidebar like in vim", [("K", "How can I explore the filesystem the way Vim's NerdTree does")], None),
    # typo: one realistic typo in a key word
    ("typo", "mutliple URLs with brackets", [("C", "How can I use {, }, [ or ] to specify multiple URLs")], None),
    ("typo", "persistant connections in libcurl", [("C", "What about Keep-Alive or persistent connections")], None),
    ("typo", "anotate an image with really big text", [("G", "How can I annotate an image with text that is 2 to 3 inches tall")], None),
    ("typo", "backgound printed around image in firefox", [("G", "How can I remove the background that prints around my image")], None),
    ("typo", "autocomplete function paramaters", [("K", "Can Kakoune automatically complete the parameters of my functions")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
