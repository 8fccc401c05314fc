#!/usr/bin/env python3
"""Random corpora through `kb ingest` and `kb search`: no crash, only exit codes 0, 1 or 2.

Usage: python3 Scripts/fuzz_ingest.py [FIRST_SEED] [LAST_SEED]   (default 0 40)
Each seed writes 20 files of random bytes, text with numbers and units, and HTML fragments, with
.txt/.md/.json/.html names, into a scratch folder; kb ingests them and searches the result.
Prints the crash (Swift's fatal error and the kb frames of its backtrace) for any seed that fails,
and exits 1 when one did.
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALPHABETS = [
    b'<>/"=abc123 \n\t.-:;{}[](),$%#&*',
    "0123456789 .,-\u2192$~<>+%xmsGBKMk/()\n:".encode(),
    b"<html><body><h2>Q?</h2><p>A 5ms</p><details><summary>x</summary></details><dl><dt>a?</dt><dd>b</dd></dl>\n",
]


def corpus(folder, rng):
    for index in range(20):
        kind = rng.choice(["txt", "md", "json", "html"])
        length = rng.randint(0, 4000)
        alphabet = rng.choice(ALPHABETS)
        if alphabet is ALPHABETS[2]:
            data = b"".join(alphabet[k:k + rng.randint(1, 20)] for k in (rng.randrange(len(alphabet)) for _ in range(length // 10)))
        else:
            data = bytes(rng.choice(alphabet) for _ in range(length))
        with open(os.path.join(folder, f"f{index}.{kind}"), "wb") as handle:
            handle.write(data)


def main():
    first, last = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (0, 40)
    subprocess.run(["swift", "build"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    kb = os.path.join(REPO, ".build/debug/kb")
    failures = 0
    for seed in range(first, last):
        scratch = tempfile.mkdtemp(prefix="kb-fuzz-")
        try:
            os.makedirs(os.path.join(scratch, "c"))
            corpus(os.path.join(scratch, "c"), random.Random(seed))
            db = os.path.join(scratch, "kb.sqlite")
            for command in ([kb, "ingest", "--db", db, os.path.join(scratch, "c")], [kb, "search", "--db", db, "a 5ms $ x"]):
                result = subprocess.run(command, capture_output=True, text=True)
                if result.returncode not in (0, 1, 2):
                    failures += 1
                    fatal = re.search(r"Fatal error[^\n]*", result.stderr)
                    print(f"seed {seed}: {command[1]} exited {result.returncode}: {fatal.group(0) if fatal else result.stderr[:200]}")
                    for frame in re.findall(r"at \S*/Sources/[^\n]+", result.stderr):
                        print("   ", frame)
                    break
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"{last - first} seeds, {failures} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
