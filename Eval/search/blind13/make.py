"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings, SA

HERE = pathlib.Path(__file__).resolve().parent
P = {"S": "python-scrapy-doc/faq.html", "C": "python-cryptography-doc/faq.html",
     "inst": SA + "installation.html", "conn": SA + "connections.html", "meta": SA + "metadata_schema.html",
     "expr": SA + "sqlexpressions.html", "orm": SA + "ormconfiguration.html", "perf": SA + "performance.html",
     "sess": SA + "sessions.html", "third": SA + "thirdparty.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "crawl breadth-first order", [("S", "Does Scrapy crawl in breadth-first")], None),
    ("own", "Filtered offsite request messages", [("S", "I get \u201cFiltered offsite request\u201d")], None),
    ("own", "response status code 999", [("S", "What does the response status code 999")], None),
    ("own", "simulate a user login", [("S", "How can I simulate a user login")], None),
    ("own", "__VIEWSTATE parameter in forms", [("S", "What\u2019s this huge cryptic __VIEWSTATE")], None),
    ("own", "spider stop itself", [("S", "How can I instruct a spider to stop itself")], None),
    ("own", "No spider found in file", [("S", "Running runspider I get error: No spider found")], None),
    ("own", "see cookies sent and received", [("S", "How can I see the cookies being sent")], None),
    ("own", "openssl/opensslv.h file not found", [("C", "Installing cryptography produces a fatal error")], None),
    ("own", "Can not find Rust compiler", [("C", "Installing cryptography fails with error: Can not find Rust")], None),
    ("own", "can't import PEM file", [("C", "Why can\u2019t I import my PEM file")], None),
    ("own", "what happened to backend argument", [("C", "What happened to the backend argument")], None),
    ("own", "suppress deprecation warning on import", [("C", "I cannot suppress the deprecation warning")], None),
    ("own", "MySQL server has gone away", [("conn", "\u201cMySQL Server has gone away"), ("conn", "How Do I \u201cRetry\u201d")],
     "the retry entry covers reconnecting after a dropped connection (pre_ping, retrying the whole transaction) and its example run shows the 'MySQL server has gone away' error"),
    ("own", "Commands out of sync", [("conn", "\u201cCommands out of sync")], None),
    ("own", "why so many ROLLBACKs", [("conn", "Why does SQLAlchemy issue so many ROLLBACKs")], None),
    ("own", "sort Table objects by dependency", [("meta", "How can I sort Table objects")], None),
    ("own", "metadata.drop_all() hanging", [("meta", "My program is hanging when I say table.drop()")], None),
    ("own", "map table without primary key", [("orm", "How do I map a table that has no primary key")], None),
    ("own", "percent signs doubled up", [("expr", "Why are percent signs being doubled up")], None),
    ("own", "greenlet not installed asyncio", [("inst", "I\u2019m getting an error about greenlet")], None),
    ("own", "Implicitly combining column under attribute", [("orm", "I\u2019m getting a warning or error about \u201cImplicitly combining")], None),
    # other: the same need in other words
    ("other", "website returns content in the wrong language", [("S", "Why does Scrapy download pages in English")], None),
    ("other", "avoid getting blocked by websites when scraping", [("S", "How can I prevent my Scrapy bot from getting banned"), ("S", "What does the response status code 999")],
     "the second: 999 is the code Yahoo sites use to throttle requests; it says to slow down with a download delay"),
    ("other", "save scraped results to a csv", [("S", "Simplest way to dump all my scraped items")], None),
    ("other", "cryptography versus PyNaCl", [("C", "How does cryptography compare to NaCl")], None),
    ("other", "no prebuilt binary package for the newest python release", [("C", "Why are there no wheels for my Python3.x")], None),
    ("other", "print SQL query with the actual parameter values filled in", [("expr", "How do I render SQL expressions as strings")], None),
    ("other", "speed up adding a huge number of records with the ORM", [("perf", "I\u2019m inserting 400,000 rows with the ORM")], None),
    ("other", "session does not see rows updated by another process", [("sess", "I\u2019m re-loading data with my Session")], None),
    # typo: one realistic typo in a key word
    ("typo", "scrapy memroy leaks", [("S", "My Scrapy crawler has memory leaks"), ("S", "How can I make Scrapy consume less memory")],
     "the second entry's whole answer is: See previous question (the memory-leaks entry)"),
    ("typo", "pasre big XML data feeds", [("S", "What\u2019s the best way to parse big XML/CSV data feeds")], None),
    ("typo", "install fails with opensll 1.0.2", [("C", "Installing cryptography with OpenSSL 0.9.8")], None),
    ("typo", "on delete cascde with orm", [("sess", "how do I use ON DELETE CASCADE")], None),
    ("typo", "profile sqlalchemy aplication", [("perf", "How can I profile a SQLAlchemy powered application")], None),
    # question: a full natural question
    ("question", "How do I use a proxy server with Scrapy?", [("S", "Does Scrapy work with HTTP proxies")], None),
    ("question", "Can I parse the responses with BeautifulSoup instead of Scrapy selectors?", [("S", "Can I use Scrapy with BeautifulSoup"), ("S", "How does Scrapy compare to BeautifulSoup or lxml")],
     "the second says you can easily use BeautifulSoup (or lxml) instead of Scrapy's selectors"),
    ("question", "Why do I need Rust to build the cryptography package?", [("C", "Why does cryptography require Rust"), ("C", "Installing cryptography fails with error: Can not find Rust")],
     "the second says building from source requires Rust, only during the build phase, and that a newer pip installs a pre-compiled wheel instead"),
    ("question", "Why does query.count() give a bigger number than the list of objects I get back?", [("sess", "My Query does not return the same number of objects as query.count()")], None),
    ("question", "Why do I get can't adapt type numpy.int64 when saving to PostgreSQL?", [("third", "I\u2019m getting errors related to \u201cnumpy.int64\u201d")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
