"""Writes queries.jsonl. Each answer is given as (page key, question prefix) and resolved against the
real FAQ entries (headings.py), so every `question` string is exact; a prefix must match one entry."""
import json, pathlib
from headings import entries

HERE = pathlib.Path(__file__).resolve().parent
P = {"N": "nut-doc/FAQ.html", "D": "docutils-doc/FAQ.html", "X": "doxygen-doc/faq.html"}
QS = {k: [q for _, q in entries(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [q for q in QS[key] if q.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

VARIATION = "the first entry's whole answer is 'Or a variation like…'; the answer is under the next entry"
Q = [  # (kind, query, [(page, question prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "data stale", [("N", "What\u2019s this about data stale")], None),
    ("own", "Driver not connected", [("N", "Why do the client programs say Driver not connected")], None),
    ("own", "two copies of upsmon running", [("N", "Why are there two copies of upsmon running")], None),
    ("own", "make upsmon reload config file", [("N", "How do you make upsmon reload"), ("N", "How do you make upsd reload")],
     VARIATION + " (SIGHUP or -c reload), which also covers the two upsmon processes"),
    ("own", "bogus Vendor ID 0x0001", [("N", "My USB UPS has a bogus Vendor ID")], None),
    ("own", "upsstats temperatures in Fahrenheit", [("N", "upsstats returns temperatures in Celsius")], None),
    ("own", "setup NUT as a proxy", [("N", "How can I setup NUT as a proxy"), ("N", "My UPS is directly connected to an appliance")],
     "the second sets up a separate NUT server with dummy-ups in relay mode, i.e. a proxy for arbitrary clients"),
    ("own", "grey APC serial cable", [("N", "I have an APC Smart-UPS connected with a grey APC serial cable")], None),
    ("own", "facing a power race", [("N", "I\u2019m facing a power race"), ("N", "The power came back during the shutdown")],
     VARIATION),
    ("own", "standard filename extension reStructuredText", [("D", "What's the standard filename extension")], None),
    ("own", "backticks Scandinavian keyboard", [("D", "How can I generate backticks")], None),
    ("own", "nested inline markup", [("D", "Is nested inline markup possible")], None),
    ("own", "URL containing asterisks", [("D", "A URL containing asterisks")], None),
    ("own", "literal block with formatting", [("D", "How can I make a literal block with some formatting")], None),
    ("own", "retrieve body of HTML document", [("D", "How can I retrieve the body of the HTML document")], None),
    ("own", "documents in right-to-left languages", [("D", "Can I produce documents in right-to-left")], None),
    ("own", "garbage characters in the HTML", [("D", "There appear to be garbage characters")], None),
    ("own", "doxygen ignore code fragment", [("X", "How can I make doxygen ignore some code fragment")], None),
    ("own", "exclude all test directories", [("X", "How can I exclude all test directories")], None),
    ("own", "TeX capacity exceeded", [("X", "When running make in the latex directory")], None),
    ("own", "input buffer overflow", [("X", "Help! I get the cryptic message")], None),
    ("own", "prevent interleaved output", [("X", "How to prevent interleaved output")], None),
    # other: the same need in other words
    ("other", "fresh battery installed but UPS still reports it nearly empty",
     [("N", "I replaced the battery in my APC Smart-UPS"), ("N", "My APC UPS keeps reporting OL LB")], VARIATION),
    ("other", "motherboard won't switch back on when electricity returns",
     [("N", "My system has an ATX power supply"), ("N", "Everything works perfectly during the shutdown")],
     "the second (ATX board remembers its last state) says to change the BIOS setting to 'always power on'"),
    ("other", "turn the computer off a set time after the outage begins",
     [("N", "How can I make upsmon shut down my system after some fixed interval"), ("N", "Why doesn\u2019t upsmon shut down my system")],
     "both point to upssched for shutting down early, before low battery"),
    ("other", "typeset formulas in my markup", [("D", "How can I include mathematical equations")], None),
    ("other", "keep verse lines from being joined together", [("D", "How to indicate a line break")], None),
    ("other", "convert existing web pages to rst", [("D", "Are there any tools for HTML/XML-to-reStructuredText")], None),
    ("other", "stop auto-linking a class name in a sentence", [("X", "Doxygen automatically generates a link to the class MyClass")], None),
    ("other", "private methods don't show up in the output", [("X", "Help, some/all of the members")], None),
    # typo: one realistic typo in a key word
    ("typo", "send SIGPWR sgnal to init", [("N", "Why doesn\u2019t upsmon send a SIGPWR signal")], None),
    ("typo", "Mac won't powr back up", [("N", "My Mac won\u2019t power back up by itself into Linux"), ("N", "My Mac won\u2019t power back up by itself into Mac OS X")],
     "two entries, one for Linux and one for Mac OS X"),
    ("typo", "indicate the documnet title", [("D", "How can I indicate the document title")], None),
    ("typo", "enumerated lists roman numerlas", [("D", "Why do enumerated lists only use numbers")], None),
    ("typo", "custom file extention not parsed", [("X", "My file with a custom extension is not parsed")], None),
    # question: a full natural question
    ("question", "Which UPS model would you recommend purchasing?", [("N", "Which UPS should I buy")], None),
    ("question", "Can NUT talk to my UPS over SNMP instead of a serial cable?", [("N", "Do I have to use a serial connection")], None),
    ("question", "What MIME type should a web server send for .rst files?", [("D", "What's the official MIME type")], None),
    ("question", "Which web browsers display Docutils HTML output correctly?", [("D", "What browsers are supported")], None),
    ("question", "How can I override a Doxyfile option without editing the file?", [("X", "Can I configure doxygen from the command line")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
