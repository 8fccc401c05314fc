#!/usr/bin/env python3
"""Chooses the inputs a fuzz target keeps in the repository (called by Fuzz/fuzz.sh).

Usage: keep_corpus.py CONTROL_FILE REPO_DIR MAX_FILES MAX_BYTES

CONTROL_FILE is the -merge_control_file of a `-merge=1` run. libFuzzer's merge runs the inputs
of its first folder, then the others, each smallest first, and credits each input with the
coverage edges (COV) and features (FT) no input before it reached. New inputs are ranked by the
edges they are credited with (then features, then the smaller) and copied in, named by SHA-1, at
most MAX_BYTES each, while the folder holds fewer than MAX_FILES files.

- Incremental (the merge's first folder held a copy of REPO_DIR): every file already in REPO_DIR
  stays, and new inputs only fill the free places. The corpus changes little from run to run.
- Reselect (the merge's first folder was empty, REPO_DIR among the others): hand-written seeds
  (names that are not a 40-digit SHA-1) stay; every other place goes to the best-ranked inputs, and
  found inputs that lose their place are removed.
"""
import hashlib
import os
import re
import shutil
import sys

SHA1_NAME = re.compile(r"^[0-9a-f]{40}$")


def main():
    control, repo, max_files, max_bytes = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(control, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()
    count = int(lines[0])
    initial = int(lines[1])
    paths = lines[2:2 + count]
    edges, features = {}, {}
    for line in lines[2 + count:]:
        fields = line.split()
        if len(fields) >= 2 and fields[0] in ("COV", "FT"):
            (edges if fields[0] == "COV" else features)[int(fields[1])] = len(fields) - 2

    def digest(path):
        with open(path, "rb") as handle:
            return hashlib.sha1(handle.read()).hexdigest()

    present = [name for name in os.listdir(repo) if not name.startswith(".")]
    # The files that stay whatever the ranking.
    seeds = present if initial > 0 else [name for name in present if not SHA1_NAME.match(name)]
    kept = {digest(os.path.join(repo, name)) for name in seeds}
    ranked = sorted(
        (index for index in range(initial, count) if edges.get(index, 0) > 0 and os.path.exists(paths[index])),
        key=lambda index: (-edges[index], -features.get(index, 0), os.path.getsize(paths[index])))
    chosen = {}
    for index in ranked:
        if len(seeds) + len(chosen) >= max_files:
            break
        path = paths[index]
        if os.path.getsize(path) > max_bytes:
            continue
        sha = digest(path)
        if sha in kept or sha in chosen:
            continue
        chosen[sha] = path
    before = {name for name in present if SHA1_NAME.match(name)}
    if initial == 0:
        for name in before - set(chosen):
            os.remove(os.path.join(repo, name))
    for sha, path in chosen.items():
        if sha not in before:
            shutil.copyfile(path, os.path.join(repo, sha))
    added = len(set(chosen) - before)
    if initial > 0:
        print(f"{len(seeds)} files kept, {added} new inputs added")
    else:
        removed = len(before - set(chosen))
        print(f"{len(seeds)} seeds + {len(chosen)} found inputs kept ({added} new, {removed} dropped)")


if __name__ == "__main__":
    main()
