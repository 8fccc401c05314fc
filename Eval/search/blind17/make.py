"""Writes queries.jsonl. Each answer is given as (page key, question prefix) and resolved against the
real headings and questions (headings.py), so every `question` string is exact; a prefix must match
one of them."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"F": "fish-common/faq.html", "E": "libimage-exiftool-perl/faq.html", "D": "dnsmasq-base/FAQ.txt"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, question prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "clear an environment variable", [("F", "How do I set or clear an environment variable")], None),
    ("own", "check whether variable defined", [("F", "How do I check whether a variable is defined")], None),
    ("own", "run a command every login", [("F", "How do I run a command every login")], None),
    ("own", "change the greeting message", [("F", "How do I change the greeting message")], None),
    ("own", "subcommand backtick doesn't work", [("F", "How do I run a subcommand")], None),
    ("own", "exit status of a command", [("F", "How do I get the exit status")], None),
    ("own", "No matches for wildcard", [("F", "My command prints “No matches for wildcard”")], None),
    ("own", "uninstall fish", [("F", "Uninstalling fish")], None),
    ("own", "determine the tag name", [("E", "\"How do I determine the tag name")], None),
    ("own", "delete all EXIF from TIFF", [("E", "\"I can't delete all EXIF information from a TIFF")], None),
    ("own", "rename my AVI files", [("E", "\"Why doesn't ExifTool rename my AVI files")], None),
    ("own", "values containing newline characters", [("E", "\"How do I read/write values containing newline")], None),
    ("own", "0 image files updated", [("E", "\"Why do I get '0 image files updated'")], None),
    ("own", "doesn't work Windows .BAT file", [("E", "\"My ExifTool command doesn't work from a Windows .BAT")], None),
    ("own", "copy shifted date/time value", [("E", "\"How do I copy a shifted date/time")], None),
    ("own", "extract absolutely all metadata", [("E", "\"How do I extract absolutely all metadata")], None),
    ("own", "DNS queries over TCP", [("D", "Why doesn't dnsmasq support DNS queries over TCP")], None),
    ("own", "reverse queries IP address range", [("D", "OK, I've got queries to a private nameserver")], None),
    ("own", "Cannot assign requested address", [("D", "Dnsmasq fails to start with an error like this")], None),
    ("own", "save cache to disk", [("D", "Can I get dnsmasq to save the contents of its cache")], None),
    ("own", "Verisign bogus-nxdomain option", [("D", "Who are Verisign")], None),
    ("own", "bind-interfaces bind-dynamic options", [("D", "What are these strange \"bind-interfaces\"")], None),
    ("own", "what does dhcp-authoritative do", [("D", "What does the dhcp-authoritative option do")], None),
    ("own", "DHCP on IP-alias interfaces", [("D", "Can dnsmasq do DHCP on IP-alias interfaces")], None),
    ("own", "refused recursive query", [("D", "Dnsmasq sometimes logs \"nameserver")], None),
    # other: the same need in other words
    ("other", "scp stopped working after making fish my default shell", [("F", "Why won’t SSH/SCP/rsync connect")], None),
    ("other", "emoji mess up the line display in my terminal", [("F", "I’m getting weird graphical glitches")], None),
    ("other", "rerun the previous command with sudo", [("F", "Why doesn’t history substitution")], None),
    ("other", "dump metadata of all my photos into a spreadsheet", [("E", "\"How do I export information from exiftool to a database")], None),
    ("other", "keep the original file modified time when editing tags", [("E", "\"When I write a file the date/time gets reset")], None),
    ("other", "what syntax for latitude and longitude when geotagging", [("E", "\"What format do I use for writing GPS coordinates")], None),
    ("other", "does writing tags recompress the JPEG and lose quality", [("E", "\"Why is my file smaller after I use ExifTool")], None),
    ("other", "same IP address for my laptop on wifi and cable", [("D", "My laptop has two network interfaces")], None),
    ("other", "cache dump lists names with the domain repeated twice", [("D", "When I send SIGUSR1 to dump the contents")], None),
    ("other", "PXE boot gets one address and then the OS gets another", [("D", "I'm network booting my machines")], None),
    # typo: one realistic typo in a key word
    ("typo", "syntax higlighting colors", [("F", "How do I customize my syntax highlighting colors")], None),
    ("typo", "set my promt", [("F", "How do I set my prompt")], None),
    ("typo", "MakerNote warnigns when writing", [("E", "\"I get MakerNote warnings or errors")], None),
    ("typo", "nameservers used in the oder given", [("D", "My company's nameserver knows about some names")], None),
    ("typo", "probe adresses before allocating", [("D", "Does the dnsmasq DHCP server probe addresses")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
