#!/usr/bin/env python3
"""Scores kb check findings on real documentation against the verdicts of a reviewer who did not
see the code (verdicts.json and the other *verdicts.json files). Findings without a verdict are listed: judge them before quoting a
figure.

    python3 Eval/realtext/score.py Eval/realtext/docs-findings.json Eval/realtext/faq-findings.json
"""
import json
import sys
from pathlib import Path

# Every verdicts file of the folder (verdicts.json, stop24-verdicts.json, ...).
verdicts = {v["id"]: v for path in sorted(Path(__file__).parent.glob("*verdicts.json")) if not path.name.startswith("neardup")
            for v in json.loads(path.read_text())["verdicts"] if "id" in v}
for name in sys.argv[1:]:
    findings = json.loads(Path(name).read_text())["findings"]
    real = sum(1 for f in findings if verdicts.get(f["id"], {}).get("verdict") == "real")
    unjudged = [f["id"] for f in findings if f["id"] not in verdicts]
    print(f"{name}: {len(findings)} findings, {real} real, {len(findings) - real - len(unjudged)} false, {len(unjudged)} unjudged")
    for finding_id in unjudged:
        print(f"   unjudged: {finding_id}")
