"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"E": "expect/FAQ.txt", "H": "httrack/faq.html", "J": "javacc/faq.md"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "run expect from cron", [("E", "Can Expect be run from cron")], None),
    ("own", "hide output of send command", [("E", "How do I hide the output of the send command")], None),
    ("own", "invalid spawn id error", [("E", "Why do I get \"invalid spawn id\"")], None),
    ("own", "why does expect dump core", [("E", "Why does Expect dump core")], None),
    ("own", "use expect and TclX together", [("E", "Is it possible to use Expect and TclX together")], None),
    ("own", "expect doesn't kill telnet", [("E", "Why doesn't Expect kill telnet")], None),
    ("own", "configure complains about cross-compiling", [("E", "Why does configure complain about \"cross-compiling\"")], None),
    ("own", "robots.txt do not allow files", [("H", "I got some weird messages telling that robots.txt")], None),
    ("own", "I have duplicate files", [("H", "I have duplicate files")], None),
    ("own", "can I remove hts-cache directory", [("H", "What's this hts-cache directory")], None),
    ("own", "rename dat files to zip", [("H", "How do I rename all \".dat\" files")], None),
    ("own", "grab email addresses from pages", [("H", "How can I grab email addresses")], None),
    ("own", "is there SOCKS support", [("H", "If there any SOCKS support")], None),
    ("own", "start a mirror from bookmarks", [("H", "Can I start a mirror from my bookmarks")], None),
    ("own", "httrack behind a firewall", [("H", "I am behind a firewall")], None),
    ("own", "any spyware or adware", [("H", "Is there any 'spyware' or 'adware'")], None),
    ("own", "read input from a String", [("J", "Can I read from a String instead of a file")], None),
    ("own", "generated classes in a package", [("J", "How do I put the generated classes in a package")], None),
    ("own", "use JavaCC with Ant", [("J", "How do I use JavaCC with Ant")], None),
    ("own", "tokenize nested comments", [("J", "How do I tokenize nested comments")], None),
    ("own", "what is left-recursion", [("J", "What is left-recursion")], None),
    ("own", "choice conflict warning", [("J", "I get a message saying \"Warning: Choice Conflict")], None),
    ("own", "keywords that aren't reserved", [("J", "How do I deal with keywords that aren't reserved")], None),
    ("own", "parser uses so much space", [("J", "Why does my parser use so much space")], None),
    ("own", "compare JavaCC with Bison", [("J", "How does JavaCC compare with other Yacc and Bison")], None),
    # other: the same need in other words
    ("other", "record what I type in a terminal session and turn it into a script automatically", [("E", "Can Expect automatically generate a script from watching a session")], None),
    ("other", "every line I send to a spawned cat comes back two times", [("E", "Why does it send back the same string twice")], None),
    ("other", "password prompt shows what the user types when my script is started by inetd", [("E", "Why does my Expect script not work under inetd")], None),
    ("other", "after refreshing my saved copy of a website all the pages got deleted", [("H", "I wanted to update a site, but after the update the site disappeared")], None),
    ("other", "skip the small preview pictures when copying a site", [("H", "I don't want to download thumbnail images")], None),
    ("other", "download never ends, it keeps fetching thousands of pages with a timestamp in the url", [("H", "The engine turns crazy, getting thousands of files")], None),
    ("other", "get rid of the comment httrack adds to every saved page", [("H", "How can I remove these annoying")], None),
    ("other", "my grammar accepts garbage at the end of the input without any error", [("J", "There's an error in the input, so why doesn't my parser throw a ParseException")], None),
    ("other", "the generated parser runs but produces no output at all", [("J", "I've written a parser, why doesn't it do anything")], None),
    ("other", "which java source files get produced from my .jj grammar", [("J", "What files does JavaCC generate")], None),
    # typo: one realistic typo in a key word
    ("typo", "is there an expect mailing lsit", [("E", "Why isn't there an Expect mailing list")], None),
    ("typo", "does expect run on windwos", [("E", "Does Expect run on MSDOS, Win95, WinNT, MacOS")], None),
    ("typo", "are htps urls supported", [("H", "Are https URL working")], None),
    ("typo", "what are lexical sates", [("J", "What are lexical states")], None),
    ("typo", "semantic lookahed with local variables", [("J", "Can local variables (including parameters) be used in semantic lookahead")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
