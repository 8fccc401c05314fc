#!/usr/bin/env python3
"""Precision and recall of kb's claim extraction against hand-labelled claims.

Usage: python3 Scripts/eval_claims.py [--corpus PATH] [LABELS.jsonl ...]
Defaults to Tests/KnowledgeBaseTests/Fixtures/Claims/claims-labelled.jsonl (answers 4-12 of the
bundled corpus, labelled for this project). Builds kb, ingests Corpus/ into a temporary index,
runs `kb claims --json`, and matches claims to labels on the same corpus line by surface.

A claim counts as correct when its surface matches a label (equal, or one containing the other)
and its low, high, unit and comparator agree. Subject and metric are scored on the correct ones:
the subject matches when one contains the other (case-insensitive); the metric must be equal.
"""
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(REPO, "Tests/KnowledgeBaseTests/Fixtures/Claims/claims-labelled.jsonl")
UNITS = {"min": "min", "minute": "min", "minutes": "min", "s": "s", "sec": "s", "hour": "hour", "hours": "hour",
         "day": "day", "days": "day", "year": "year", "years": "year"}


def norm_unit(unit):
    """Units compared loosely: spelling of time units, case, spaces and a plural "s" do not matter."""
    unit = (unit or "").strip().replace("¢", "cents")
    unit = UNITS.get(unit, unit).lower().replace(" ", "").replace("-second", "-s").replace("-hour", "-h")
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def main():
    arguments = sys.argv[1:]
    corpus = "Corpus"
    if "--corpus" in arguments:
        position = arguments.index("--corpus")
        corpus = arguments[position + 1]
        del arguments[position:position + 2]
    labels_paths = arguments or [DEFAULT]
    labels = [json.loads(line) for path in labels_paths for line in open(path, encoding="utf-8") if line.strip()]
    for label in labels:
        # The dev set names answers, not lines: unique answer 1 is line 1, answer N is line N + 3.
        if "line" not in label:
            label["line"] = 1 if label["answer"] == 1 else label["answer"] + 3
    subprocess.run(["swift", "build"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    kb = os.path.join(REPO, ".build/debug/kb")
    with tempfile.TemporaryDirectory() as scratch:
        db = os.path.join(scratch, "kb.sqlite")
        subprocess.run([kb, "ingest", "--db", db, corpus], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        output = subprocess.run([kb, "claims", "--db", db, "--json"], cwd=REPO, check=True, capture_output=True, text=True)
    claims = json.loads(output.stdout)["claims"]
    lines = {label["line"] for label in labels}
    predicted = [claim for claim in claims if claim["line"] in lines]
    used = set()
    correct = []
    verbose = os.environ.get("KB_EVAL_VERBOSE")
    matches = {}

    def same(a, b):
        return " ".join(a.split()) == " ".join(b.split())

    def overlaps(a, b):
        a, b = " ".join(a.split()), " ".join(b.split())
        return a in b or b in a

    def in_context(label, claim):
        context = " ".join(label["context"].split())
        return context in " ".join(claim["fact"].split())

    # Exact surfaces in the label's context first, then anywhere on the line, then one surface
    # inside the other; in reading order on each line.
    for test, needs_context in ((same, True), (same, False), (overlaps, True), (overlaps, False)):
        for number, label in enumerate(labels):
            if number in matches:
                continue
            for index, claim in enumerate(predicted):
                if (index not in used and claim["line"] == label["line"] and test(label["surface"], claim["surface"])
                        and (not needs_context or in_context(label, claim))):
                    used.add(index)
                    matches[number] = index
                    break
    for number, label in enumerate(labels):
        if number not in matches:
            if verbose:
                print("MISSED", label["line"], label["surface"], "|", label["context"])
            continue
        claim = predicted[matches[number]]
        ok = (close(label["low"], claim["low"]) and close(label["high"], claim["high"])
              and norm_unit(label["unit"]) == norm_unit(claim["unit"]) and label["comparator"] == claim["comparator"])
        if ok:
            correct.append((label, claim))
        elif verbose:
            print("WRONG", label["surface"], (label["low"], label["high"], label["unit"], label["comparator"]), "|",
                  claim["surface"], (claim["low"], claim["high"], claim["unit"], claim["comparator"]), "|", label["context"])
    if verbose:
        for index, claim in enumerate(predicted):
            if index not in used:
                print("EXTRA", claim["line"], claim["surface"], "|", claim["fact"][:100])
    precision = len(correct) / len(predicted) if predicted else 0.0
    recall = len(correct) / len(labels) if labels else 0.0
    subject_ok = sum(1 for label, claim in correct
                     if claim.get("subject") and label.get("subject")
                     and (label["subject"].lower() in claim["subject"].lower() or claim["subject"].lower() in label["subject"].lower()))
    if verbose:
        for label, claim in correct:
            if not (claim.get("subject") and label.get("subject") and (label["subject"].lower() in claim["subject"].lower()
                                                                         or claim["subject"].lower() in label["subject"].lower())):
                print("SUBJECT", label["surface"], "| label:", label.get("subject"), "| kb:", claim.get("subject"))
    metric_ok = sum(1 for label, claim in correct if label.get("metric") and claim.get("metric") == label.get("metric"))
    if verbose:
        for label, claim in correct:
            if not (label.get("metric") and claim.get("metric") == label.get("metric")):
                print("METRIC", label["surface"], "| label:", label.get("metric"), "| kb:", claim.get("metric"), "|", label["context"])
    print(f"labels {len(labels)}, kb claims on those lines {len(predicted)}, correct (value, unit, comparator) {len(correct)}")
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    if correct:
        print(f"subject right {subject_ok / len(correct):.3f}  metric right {metric_ok / len(correct):.3f}  (of correct claims)")


if __name__ == "__main__":
    main()
