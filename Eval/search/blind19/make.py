"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"C": "chrony/FAQ.txt", "K": "ksh93u+m/faq.html", "I": "irssi/faq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "minimum configuration for NTP client", [("C", "What is the minimum recommended configuration")], None),
    ("own", "make an NTP server", [("C", "How do I make an NTP server")], None),
    ("own", "is the chronyc protocol documented", [("C", "Is the chronyc / chronyd protocol documented")], None),
    ("own", "configure chronyd with gpsd", [("C", "How should chronyd be configuration with gpsd")], None),
    ("own", "does chrony support PTP", [("C", "Does chrony support PTP")], None),
    ("own", "506 Cannot talk to daemon", [("C", "I keep getting the error 506")], None),
    ("own", "513 RTC driver not running", [("C", "I just keep getting the 513 RTC driver")], None),
    ("own", "leap smear NTP server", [("C", "Should be a leap smear enabled")], None),
    ("own", "client log records dropped clientloglimit", [("C", "Why are client log records dropped")], None),
    ("own", "separate history files", [("K", "How do I get separate history files")], None),
    ("own", "time of day in prompt", [("K", "How do I get the time of day in my prompt")], None),
    ("own", "what is the PS4 prompt", [("K", "What is the PS4 prompt")], None),
    ("own", "echo $? getting 267", [("K", "When I do echo $?, I am getting 267")], None),
    ("own", "mv Arg list too long", [("K", "When I run 'mv * ../elsewhere'")], None),
    ("own", "difference between [...] and [[...]]", [("K", "What is the difference between [...] and [[...]]")], None),
    ("own", "substring of a variable", [("K", "How can I access a substring of a variable")], None),
    ("own", "connect to a socket", [("K", "How do I connect to a socket")], None),
    ("own", "seek to location in file", [("K", "How do I seek to a given location in a file")], None),
    ("own", "is there a shell compiler", [("K", "Is there a shell compiler")], None),
    ("own", "pdksh related to ksh", [("K", "What is pdksh")], None),
    ("own", "irssi doesn't display colors", [("I", "Why doesn\u2019t irssi display colors")], None),
    ("own", "add seconds to timestamp", [("I", "How do I add seconds to timestamp")], None),
    ("own", "autorejoin channels after being kicked", [("I", "How do I autorejoin channels")], None),
    ("own", "channel not fully synchronized", [("I", "Why does irssi say \u201cIrssi: Channel not fully synchronized")], None),
    ("own", "edit existing topic", [("I", "How do I easily edit existing topic")], None),
    # other: the same need in other words
    ("other", "set the clock one time from the command line and exit", [("C", "Does chronyd have an ntpdate mode")], None),
    ("other", "run a second chronyd just to serve time to other machines", [("C", "Can NTP server be separated from NTP client")], None),
    ("other", "keep my clock a few seconds ahead on purpose", [("C", "Can chronyd keep the system clock a fixed offset")], None),
    ("other", "run the daemon as an unprivileged user with a syscall filter", [("C", "How can I make chronyd more secure")], None),
    ("other", "check a script for mistakes without running it", [("K", "What is the -n option used for")], None),
    ("other", "stop the shell killing my background jobs when I close the session", [("K", "Is there any way to prevent sending a HUP signal")], None),
    ("other", "only overwrite the output file if the command succeeds", [("K", "What is the >; redirection operator")], None),
    ("other", "recursive glob matching files in all subfolders", [("K", "Is there any way to generate the list of .c files")], None),
    ("other", "leave irssi running on the server and come back to it later", [("I", "Will there be /DETACH-like feature")], None),
    ("other", "send a chat message beginning with a slash", [("I", "How do I easily write text to channel that starts with")], None),
    # typo: one realistic typo in a key word
    ("typo", "error 501 Not authorsied", [("C", "I keep getting the error 501 Not authorised")], None),
    ("typo", "does hwclock have to be disbaled", [("C", "Does hwclock have to be disabled")], None),
    ("typo", "filenames with spcaes", [("K", "How do I handle filenames with spaces")], None),
    ("typo", "check all commands of a pipeline succeded", [("K", "How can I tell if all the commands of a pipeline")], None),
    ("typo", "UTF-8 suport in irssi", [("I", "How to make UTF-8 support work with irssi")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
