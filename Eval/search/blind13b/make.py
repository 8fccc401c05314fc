"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"S": "python-scrapy-doc/faq.html", "D": "python-dask-doc/faq.html",
     "AS": "python-sqlalchemy-doc/faq/sessions.html", "AC": "python-sqlalchemy-doc/faq/connections.html",
     "AO": "python-sqlalchemy-doc/faq/ormconfiguration.html", "AM": "python-sqlalchemy-doc/faq/metadata_schema.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "Filtered offsite request messages", [("S", "I get \u201cFiltered offsite request\u201d")], None),
    ("own", "response status code 999", [("S", "What does the response status code 999")], None),
    ("own", "breadth-first or depth-first order", [("S", "Does Scrapy crawl in breadth-first")], None),
    ("own", "simulate a user login", [("S", "How can I simulate a user login")], None),
    ("own", "Scrapy consume less memory", [("S", "How can I make Scrapy consume less memory"), ("S", "My Scrapy crawler has memory leaks")],
     "the less-memory entry only says: See previous question (the memory-leaks entry, which points to Debugging memory leaks)"),
    ("own", "huge cryptic __VIEWSTATE parameter", [("S", "What\u2019s this huge cryptic __VIEWSTATE")], None),
    ("own", "spider arguments or settings", [("S", "Should I use spider arguments or settings")], None),
    ("own", "No spider found in file", [("S", "Running runspider I get error")], None),
    ("own", "Dask compare with Apache Spark", [("D", "How does Dask compare with Apache Spark")], None),
    ("own", "cite Dask in publications", [("D", "How do I cite Dask")], None),
    ("own", "manage software environments", [("D", "How do I manage software environments")], None),
    ("own", "Dask SQL interface", [("D", "Does Dask have a SQL interface")], None),
    ("own", "standardized logos", [("D", "Do you have any standardized logos")], None),
    ("own", "deployments long running or ephemeral", [("D", "Are deployments long running")], None),
    ("own", "MySQL Server has gone away", [("AC", "\u201cMySQL Server has gone away\u201d")], None),
    ("own", "why so many ROLLBACKs", [("AC", "Why does SQLAlchemy issue so many ROLLBACKs")], None),
    ("own", "Query has no __len__", [("AS", "Query has no __len__()")], None),
    ("own", "ON DELETE CASCADE with ORM", [("AS", "how do I use ON DELETE CASCADE")], None),
    ("own", "table has no primary key", [("AO", "How do I map a table that has no primary key")], None),
    ("own", "Implicitly combining column warning", [("AO", "I\u2019m getting a warning or error about \u201cImplicitly combining")], None),
    ("own", "sort Table objects by dependency", [("AM", "How can I sort Table objects")], None),
    ("own", "raw DBAPI connection", [("AC", "How do I get at the raw DBAPI connection")], None),
    # other: the same need in other words
    ("other", "export scraped data to a csv file", [("S", "Simplest way to dump all my scraped items")], None),
    ("other", "avoid getting blocked by websites", [("S", "How can I prevent my Scrapy bot from getting banned")], None),
    ("other", "end the crawl early from my code", [("S", "How can I instruct a spider to stop itself")], None),
    ("other", "dask graphics card acceleration", [("D", "Does Dask work on GPUs")], None),
    ("other", "fault tolerance when a worker node dies", [("D", "Is Dask resilient")], None),
    ("other", "stale data in session after another transaction commits", [("AS", "I\u2019m re-loading data with my Session")], None),
    ("other", "reconnect and rerun query after the database connection drops",
     [("AC", "How Do I \u201cRetry\u201d a Statement"), ("AC", "\u201cMySQL Server has gone away\u201d")],
     "the second covers connections dropped by timeouts and database restarts (pool_recycle, pessimistic pre-ping / Dealing with Disconnects)"),
    ("other", "print the DDL for a table", [("AM", "How can I get the CREATE TABLE/ DROP TABLE output as a string")], None),
    # typo: one realistic typo in a key word
    ("typo", "scrapy with beautifulsop", [("S", "Can I use Scrapy with BeautifulSoup"), ("S", "How does Scrapy compare to BeautifulSoup")],
     "the comparison entry says you can easily use BeautifulSoup (or lxml) instead of Scrapy's selectors"),
    ("typo", "cookies sent and recieved", [("S", "How can I see the cookies being sent and received")], None),
    ("typo", "how well does dask sclae", [("D", "How well does Dask scale")], None),
    ("typo", "sqlalchemy multiprocesing os.fork", [("AC", "How do I use engines / connections / sessions with Python multiprocessing"), ("AC", "\u201cCommands out of sync")],
     "the multiprocessing entry only points to another section; the Commands-out-of-sync entry explains sharing a connection across os.fork()/multiprocessing and says to make a new Engine in the child or call Engine.dispose()"),
    ("typo", "why ORDER BY with LIMTI", [("AO", "Why is ORDER BY recommended with LIMIT")], None),
    # question: a full natural question
    ("question", "How do I run a single spider file without setting up a whole project?", [("S", "Can I run a spider without creating a project")], None),
    ("question", "How do I parse a huge XML feed without loading it all into memory?", [("S", "What\u2019s the best way to parse big XML/CSV data feeds")], None),
    ("question", "Do we need to buy new hardware to start using Dask?", [("D", "Do I need to purchase a new cluster"), ("D", "How would I set up Dask on institutional hardware")],
     "the institutional-hardware entry opens: You already have cluster resources. Dask can run on them today without significant change."),
    ("question", "Why does my query return fewer objects than count() says?", [("AS", "My Query does not return the same number of objects")], None),
    ("question", "Can SQLAlchemy alter an existing table to add a column?", [("AM", "Does SQLAlchemy support ALTER TABLE")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
