#!/usr/bin/env python3
"""Precision and recall of `kb check` against hand-labelled conflicts.

Usage: python3 Scripts/eval_check.py [--kb PATH] [--verbose] [--dir DIR]

For every corpus file in Tests/kbTests/Fixtures/CheckEval/ (all files except labels.json) it
ingests the file alone into a temporary index (`kb ingest --db TMP/NAME.sqlite FILE`), runs
`kb check --db TMP/NAME.sqlite --format json` (exit status 1 only means there are findings) and
matches the findings to the conflicts in labels.json.

A finding matches a conflict of the same file when every labelled line of the conflict is among
the lines of the finding's facts (facts[].line, for facts whose source ends with the file name),
or, failing that, when every evidence substring of the conflict occurs in the text of one of the
finding's facts. A finding matching no conflict is a false positive; a conflict matched by no
finding is a miss. Precision = true-positive findings / findings; recall = conflicts found /
conflicts. The labels' decoys (statements that look like conflicts but are not) are reported when
a false positive touches their lines. The script always exits 0: it is a report.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(REPO, "Tests/kbTests/Fixtures/CheckEval")
DEFAULT_KB = os.path.join(REPO, ".build/debug/kb")


def run_check(kb, path, tmp):
    """Ingests one file into its own index and returns the parsed findings (or None on failure)."""
    name = os.path.basename(path)
    db = os.path.join(tmp, name + ".sqlite")
    ingest = subprocess.run([kb, "ingest", "--db", db, path], capture_output=True, text=True)
    if ingest.returncode != 0:
        print(f"  ingest failed ({ingest.returncode}): {ingest.stderr.strip()[:500]}")
        return None
    check = subprocess.run([kb, "check", "--db", db, "--format", "json"], capture_output=True, text=True)
    if check.returncode not in (0, 1):
        print(f"  check failed ({check.returncode}): {check.stderr.strip()[:500]}")
        return None
    try:
        return json.loads(check.stdout).get("findings", [])
    except json.JSONDecodeError as error:
        print(f"  check printed invalid JSON: {error}")
        return None


def fact_lines(finding, name):
    lines = set()
    for fact in finding.get("facts", []):
        source = fact.get("source") or ""
        if source.endswith(name) and fact.get("line") is not None:
            lines.add(int(fact["line"]))
    return lines


def matches(finding, conflict, name):
    lines = fact_lines(finding, name)
    if conflict["lines"] and all(line in lines for line in conflict["lines"]):
        return "lines"
    texts = [fact.get("text") or "" for fact in finding.get("facts", [])
             if (fact.get("source") or "").endswith(name)]
    if conflict.get("evidence") and all(any(e in t for t in texts) for e in conflict["evidence"]):
        return "evidence"
    return None


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def describe(conflict):
    return f"[{conflict['kind']}] {conflict['subject']}: {conflict['what']} (lines {', '.join(map(str, conflict['lines']))})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", default=DEFAULT_KB, help="path of the kb executable (default .build/debug/kb)")
    parser.add_argument("--dir", default=DEFAULT_DIR, help="folder with the corpora and labels.json")
    parser.add_argument("--verbose", action="store_true", help="print every finding with its match")
    args = parser.parse_args()

    labels = json.load(open(os.path.join(args.dir, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(args.dir)
                   if f != "labels.json" and not f.startswith(".") and os.path.isfile(os.path.join(args.dir, f)))
    if not os.path.exists(args.kb):
        print(f"kb not found at {args.kb}; build it with `swift build` or pass --kb PATH")
        return 0

    total = {"findings": 0, "tp": 0, "fp": 0, "conflicts": 0, "found": 0}
    all_fps, all_misses = [], []
    with tempfile.TemporaryDirectory(prefix="kb-check-eval-") as tmp:
        for name in files:
            conflicts = [c for c in labels["conflicts"] if c["file"] == name]
            decoys = [d for d in labels.get("decoys", []) if d["file"] == name]
            print(f"== {name}")
            findings = run_check(args.kb, os.path.join(args.dir, name), tmp)
            if findings is None:
                findings = []
            found = [False] * len(conflicts)
            tp = fp = 0
            for finding in findings:
                hits = []
                for index, conflict in enumerate(conflicts):
                    how = matches(finding, conflict, name)
                    if how:
                        hits.append((index, how))
                        found[index] = True
                lines = sorted(fact_lines(finding, name))
                if hits:
                    tp += 1
                else:
                    fp += 1
                    touched = [d["what"] for d in decoys if set(d["lines"]) & set(lines)]
                    all_fps.append((name, finding, lines, touched))
                if args.verbose:
                    head = f"  {finding.get('severity', '?'):7} [{finding.get('kind', '?')}] {finding.get('message', '')}"
                    print(head)
                    print(f"      lines {lines}")
                    for index, how in hits:
                        print(f"      TP ({how}) -> {describe(conflicts[index])}")
                    if not hits:
                        print("      FP")
            misses = [c for c, f in zip(conflicts, found) if not f]
            all_misses.extend((name, c) for c in misses)
            n_found = sum(found)
            print(f"  findings {len(findings)}  true positives {tp}  false positives {fp}  "
                  f"precision {ratio(tp, len(findings))}  conflicts found {n_found}/{len(conflicts)}  "
                  f"recall {ratio(n_found, len(conflicts))}")
            total["findings"] += len(findings)
            total["tp"] += tp
            total["fp"] += fp
            total["conflicts"] += len(conflicts)
            total["found"] += n_found

    print("== overall")
    print(f"  findings {total['findings']}  true positives {total['tp']}  false positives {total['fp']}  "
          f"precision {ratio(total['tp'], total['findings'])}  conflicts found {total['found']}/{total['conflicts']}  "
          f"recall {ratio(total['found'], total['conflicts'])}")
    print(f"\nFalse positives ({len(all_fps)}):")
    for name, finding, lines, touched in all_fps:
        print(f"  {name}:{','.join(map(str, lines))} [{finding.get('kind')}/{finding.get('severity')}] {finding.get('message')}")
        for what in touched:
            print(f"      decoy: {what}")
    print(f"\nMisses ({len(all_misses)}):")
    for name, conflict in all_misses:
        print(f"  {name}: {describe(conflict)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
