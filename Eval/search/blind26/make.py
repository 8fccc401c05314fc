"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"W": "wmaker/FAQ.txt", "R": "rdiff-backup/FAQ.adoc", "S": "sylpheed/sylpheed-faq-2.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "rename workspaces", [("W", "How do I rename workspaces")], None),
    ("own", "sloppy focus mode", [("W", "How do I enable the normal X sloppy focus mode")], None),
    ("own", "undock appicons", [("W", "How do I \"undock\" AppIcons")], None),
    ("own", "install a theme", [("W", "How do I install a Theme")], None),
    ("own", "use getstyle and setstyle", [("W", "How do I use getstyle and setstyle")], None),
    ("own", "libwraster.so.1 cannot open shared object", [("W", "How do I fix an error such as \"libwraster.so.1")], None),
    ("own", "exit vs exit session", [("W", "What is the difference between the 'Exit' and 'Exit Session'")], None),
    ("own", "edit my root menu", [("W", "How do I edit my root menu")], None),
    ("own", "Meta-Tab cycle through windows", [("W", "How do I get my Meta-Tab to cycle")], None),
    ("own", "window maker breaks scilab", [("W", "Window Maker breaks scilab")], None),
    ("own", "limit rdiff-backup bandwidth usage", [("R", "Is there some way to limit rdiff-backup's bandwidth")], None),
    ("own", "rdiff-backup memory leak", [("R", "How much memory should rdiff-backup use")], None),
    ("own", "custom port for SSH access", [("R", "How to use a custom port for SSH access")], None),
    ("own", "rdiff-backup verbosity levels", [("R", "What do the different verbosity levels mean")], None),
    ("own", "backup to a CIFS mount", [("R", "Can I backup files to a CIFS or smbfs mount")], None),
    ("own", "says regressing destination then fails", [("R", "For some reason rdiff-backup failed while backing up")], None),
    ("own", "rdiff-backup timezone UTC", [("R", "How can rdiff-backup use a specific timezone")], None),
    ("own", "integrate rdiff-backup in my program", [("R", "How can I integrate the rdiff-backup functionality")], None),
    ("own", "enable GPG support", [("S", "How do I enable GPG support in Sylpheed")], None),
    ("own", "notify when new mail arrives", [("S", "How can I make Sylpheed notify me when new mail arrives")], None),
    ("own", "spell checker with sylpheed", [("S", "Can I use a spell checker with Sylpheed")], None),
    ("own", "options for threading messages", [("S", "Does Sylpheed have options for threading messages")], None),
    ("own", "make my own compface image", [("S", "How do I make my own compface image")], None),
    ("own", "GIF segmentation fault", [("S", "Viewing a GIF file within Sylpheed causes a segmentation fault")], None),
    ("own", "printing prints off the paper", [("S", "What to do when printing an e-mail prints off the paper")], None),
    # other: the same need in other words
    ("other", "stop window maker grabbing alt+number so my terminal irc client gets them", [("W", "How do I allow Alt+# to work in an rxvt session")], None),
    ("other", "window is bigger than the screen and I can't reach its edge to shrink it", [("W", "How can I resize a window if the window is larger")], None),
    ("other", "gtk programs show up with no window decorations", [("W", "When I run GNOME application they have no title bar")], None),
    ("other", "wallpaper set in the defaults file isn't found but works from the command line", [("W", "When I set the root background with wmsetbg by hand")], None),
    ("other", "start dock programs with one click rather than two", [("W", "How can I set dock/clip to use single click")], None),
    ("other", "undo the last backup run I made by mistake", [("R", "I've done a blunder in my last backup")], None),
    ("other", "backup copy on a Mac drive shows file names full of semicolons and digits", [("R", "Help! Why do all my filenames now look like")], None),
    ("other", "backup over ssh fails with command not found on the remote machine but it is installed", [("R", "Why does rdiff-backup say it's not in my $PATH")], None),
    ("other", "accented letters show up garbled in my emails", [("S", "Special characters (e.g. umlauts) are not displayed correctly")], None),
    ("other", "clicking a mailto link in firefox should open a sylpheed compose window", [("S", "How can I tell my browser/newsclient/other program")], None),
    # typo: one realistic typo in a key word
    ("typo", "how to dock asclok", [("W", "How do you dock asclock")], None),
    ("typo", "appicon for xemcas", [("W", "How do I get an appicon for XEmacs")], None),
    ("typo", "does rdiff-backup run on windwos", [("R", "Does rdiff-backup run under Windows")], None),
    ("typo", "mails not deleted when I press delte", [("S", "Why does Sylpheed not delete my mails")], None),
    ("typo", "folderlist not updated after I moved foldres", [("S", "The folderlist is not updated")], None),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
