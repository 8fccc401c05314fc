#!/usr/bin/env python3
"""Helper for Scripts/bench.sh (standard library only).

Subcommands:
  extract  PKG=DIR ... --out CORPUS   HTML prose -> CORPUS/PKG.txt (one paragraph per line,
           [--layout package|page]    paragraphs separated by a blank line), or with --layout page
                                      CORPUS/PKG/<page>.txt; reuses up-to-date output
  dump-sql KB_DB OUT_SQL              fact texts of a kb index -> a sqlite3-shell script that loads
                                      them into a fresh FTS5 table `f(body)`
  search   --kb BIN --kb-db DB --base-db DB --queries FILE --rounds N --out JSON
                                      per-process search latency, kb vs the sqlite3 shell
  report   METRICS_TXT SEARCH_JSON    the Markdown results table

Run it through bench.sh; the subcommands are only split out to keep bench.sh readable.
"""

import argparse
import html.parser
import json
import os
import re
import sqlite3
import subprocess
import sys
import time

# --------------------------------------------------------------------------------------------
# extract

# Elements whose text becomes one paragraph each.
PARAGRAPH_TAGS = {"p", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
# Elements whose whole subtree is dropped: non-prose, page chrome, code blocks.
SKIP_TAGS = {"script", "style", "nav", "header", "footer", "pre", "head", "noscript", "template", "textarea"}
# Page chrome that these sites mark with a class, role or id instead of nav/header/footer:
# Sphinx's related bar, sidebar, footer, mobile menu and "¶" anchors; DocBook's navheader/navfooter;
# the SQLite site's menu bar (div.nosearch); Django's page header, footer and sidebar (#hd, #ft).
SKIP_CLASSES = {"related", "sphinxsidebar", "footer", "navheader", "navfooter", "headerlink",
                "mobile-nav", "menu-wrapper", "nosearch", "menu"}
SKIP_ROLES = {"navigation", "banner", "contentinfo", "search"}
SKIP_IDS = {"hd", "ft", "sidebar"}
# A start tag of one of these closes an open element of the same kind (HTML's implied end tags).
SELF_CLOSING_SIBLINGS = {"p", "li", "dd", "dt", "td", "th"}

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ProseExtractor(html.parser.HTMLParser):
    """Collects the text of paragraph-like elements, one string per paragraph."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []
        self.buffer = []
        self.open = []           # stack of open paragraph-like tags
        self.skip_tag = None     # the tag that started a skipped subtree
        self.skip_depth = 0      # nesting of skip_tag inside that subtree

    def flush(self):
        if self.buffer:
            text = " ".join(CONTROL.sub(" ", "".join(self.buffer)).split())
            self.buffer = []
            # Drop fragments with no letter or digit ("¶", "|", "»").
            if any(ch.isalnum() for ch in text):
                self.paragraphs.append(text)

    def handle_starttag(self, tag, attrs):
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if (tag in SKIP_TAGS or classes & SKIP_CLASSES or (attributes.get("role") or "") in SKIP_ROLES
                or (attributes.get("id") or "") in SKIP_IDS):
            if tag in ("br", "img", "hr", "input", "meta", "link"):
                return  # void elements have no subtree to skip
            self.flush()
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag == "br":
            self.buffer.append(" ")
        elif tag in PARAGRAPH_TAGS:
            self.flush()
            if tag in SELF_CLOSING_SIBLINGS and self.open and self.open[-1] == tag:
                self.open.pop()
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and self.skip_tag is None:
            self.buffer.append(" ")

    def handle_endtag(self, tag):
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in PARAGRAPH_TAGS:
            self.flush()
            if tag in self.open:
                while self.open.pop() != tag:
                    pass
        elif tag in ("ul", "ol", "dl", "table", "div", "section", "body", "html", "article", "main"):
            # A container closed: nothing inside it can still be open (unclosed <p>/<li>).
            self.flush()
            if tag in ("ul", "ol"):
                while self.open and self.open[-1] == "li":
                    self.open.pop()
            elif tag == "dl":
                while self.open and self.open[-1] in ("dd", "dt"):
                    self.open.pop()
            elif tag == "table":
                while self.open and self.open[-1] in ("td", "th"):
                    self.open.pop()
            else:
                while self.open and self.open[-1] == "p":
                    self.open.pop()

    def handle_data(self, data):
        if self.skip_tag is None and self.open:
            self.buffer.append(data)

    def close(self):
        super().close()
        self.flush()


def html_files(root):
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".html", ".htm", ".xhtml")):
                path = os.path.join(folder, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    yield path


def page_paragraphs(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    parser = ProseExtractor()
    parser.feed(raw.decode("utf-8", errors="replace"))
    parser.close()
    return parser.paragraphs


def write_paragraphs(out, paragraphs):
    for paragraph in paragraphs:
        out.write(paragraph)
        out.write("\n\n")


def extract_package(source_dir, out_path):
    """All pages of a package into one file, out_path. Returns (HTML files, paragraphs)."""
    files = paragraphs = 0
    temporary = out_path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        for path in html_files(source_dir):
            found = page_paragraphs(path)
            write_paragraphs(out, found)
            files += 1
            paragraphs += len(found)
    os.replace(temporary, out_path)
    return files, paragraphs


def extract_pages(source_dir, out_dir):
    """One file per page with prose in it, in the folder out_dir. Returns (HTML files, paragraphs)."""
    import shutil
    temporary = out_dir + ".tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    os.makedirs(temporary)
    files = paragraphs = 0
    for path in html_files(source_dir):
        found = page_paragraphs(path)
        files += 1
        if not found:
            continue
        name = os.path.relpath(path, source_dir).replace(os.sep, "__").rsplit(".", 1)[0] + ".txt"
        with open(os.path.join(temporary, name), "w", encoding="utf-8") as out:
            write_paragraphs(out, found)
        paragraphs += len(found)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.replace(temporary, out_dir)
    return files, paragraphs


def text_files(path):
    if os.path.isfile(path):
        return [path]
    return [os.path.join(path, name) for name in sorted(os.listdir(path)) if name.endswith(".txt")]


def count_paragraphs(path):
    count = 0
    for name in text_files(path):
        with open(name, encoding="utf-8") as handle:
            count += sum(1 for line in handle if line.strip())
    return count


def cmd_extract(args):
    os.makedirs(args.out, exist_ok=True)
    helper_mtime = os.path.getmtime(__file__)
    total_bytes = total_paragraphs = total_files = 0
    for spec in args.packages:
        package, _, source_dir = spec.partition("=")
        out_path = os.path.join(args.out, package + (".txt" if args.layout == "package" else ""))
        stamp = os.path.join(source_dir, ".extracted")
        fresh = (os.path.exists(out_path) and os.path.exists(stamp)
                 and os.path.getmtime(out_path) >= max(os.path.getmtime(stamp), helper_mtime))
        if fresh:
            paragraphs = count_paragraphs(out_path)
            note = "reused"
        else:
            started = time.monotonic()
            extract = extract_package if args.layout == "package" else extract_pages
            files, paragraphs = extract(source_dir, out_path)
            note = f"{files} HTML files, {time.monotonic() - started:.1f} s"
        outputs = text_files(out_path)
        size = sum(os.path.getsize(name) for name in outputs)
        total_bytes += size
        total_paragraphs += paragraphs
        total_files += len(outputs)
        label = os.path.basename(out_path) + ("" if args.layout == "package" else f"/ ({len(outputs)} files)")
        print(f"  {label}: {size / 2**20:.2f} MiB, {paragraphs} paragraphs ({note})")
    print(f"  corpus: {total_bytes / 2**20:.2f} MiB, {total_paragraphs} paragraphs in {total_files} files")
    if args.metrics:
        with open(args.metrics, "a") as metrics:
            metrics.write(f"corpus_bytes={total_bytes}\ncorpus_paragraphs={total_paragraphs}\n"
                          f"corpus_files={total_files}\ncorpus_layout={args.layout}\n")


# --------------------------------------------------------------------------------------------
# dump-sql

def sql_quote(text):
    return "'" + text.replace("'", "''") + "'"


def cmd_dump_sql(args):
    connection = sqlite3.connect(f"file:{args.kb_db}?mode=ro", uri=True)
    rows = text_bytes = 0
    with open(args.out_sql, "w", encoding="utf-8") as out:
        out.write("BEGIN;\nCREATE VIRTUAL TABLE f USING fts5(body);\n")
        for (text,) in connection.execute("SELECT text FROM facts ORDER BY id"):
            out.write(f"INSERT INTO f VALUES({sql_quote(text)});\n")
            rows += 1
            text_bytes += len(text.encode("utf-8"))
        out.write("COMMIT;\n")
    print(f"  {rows} fact texts ({text_bytes / 2**20:.2f} MiB) -> {args.out_sql} "
          f"({os.path.getsize(args.out_sql) / 2**20:.2f} MiB)")
    if args.kb_schema_sql:
        # The floor for kb's own FTS5 layout: the same four columns and tokenizer kb indexes.
        with open(args.kb_schema_sql, "w", encoding="utf-8") as out:
            out.write("BEGIN;\nCREATE VIRTUAL TABLE f USING fts5(topic, question, body, terms, "
                      "tokenize = 'porter unicode61 remove_diacritics 2');\n")
            for row in connection.execute("SELECT topic, question, body, terms FROM fact_search_content ORDER BY id"):
                out.write("INSERT INTO f VALUES(" + ", ".join(sql_quote(value) for value in row) + ");\n")
            out.write("COMMIT;\n")
    connection.close()
    if args.metrics:
        with open(args.metrics, "a") as metrics:
            metrics.write(f"base_rows={rows}\nbase_text_bytes={text_bytes}\n"
                          f"load_sql_bytes={os.path.getsize(args.out_sql)}\n")


# --------------------------------------------------------------------------------------------
# search

def percentile(values, fraction):
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def fts5_match(query):
    """The query's words as FTS5 strings, implicitly ANDed: "python" "list" "comprehension".
    A query written `raw:...` is FTS5 syntax already (a phrase, a prefix) and is passed as it is."""
    if query.startswith("raw:"):
        return query[4:]
    words = re.findall(r"\w+", query)
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def rg_command(rg, corpus, query):
    """ripgrep counting matching lines, case-insensitive, for the same words: a phrase or a single
    term as a literal, a prefix as a word start, several words as lookaheads (all on one line)."""
    text = query[4:] if query.startswith("raw:") else query
    if text.startswith('"') and text.endswith('"'):
        return [rg, "-i", "-c", "-F", "--", text.strip('"'), corpus]
    words = text.split()
    if len(words) == 1:
        word = words[0]
        if word.endswith("*"):
            return [rg, "-i", "-c", "--", r"\b" + re.escape(word[:-1]) + r"\w*", corpus]
        return [rg, "-i", "-c", "-F", "--", word, corpus]
    pattern = "^" + "".join("(?=.*" + re.escape(word) + ")" for word in words)
    return [rg, "-i", "-c", "-P", "--", pattern, corpus]


def cmd_search(args):
    with open(args.queries, encoding="utf-8") as handle:
        queries = [line.strip() for line in handle if line.strip() and not line.startswith("#")]

    def kb_command(query, json_output=False):
        raw = ["--raw"] if query.startswith("raw:") else []
        text = query[4:] if raw else query
        return [args.kb, "search", "--db", args.kb_db, "--limit", "10"] + raw + (["--json"] if json_output else []) + [text]

    def base_command(query):
        sql = ("SELECT snippet(f,0,'[',']','…',10) FROM f WHERE f MATCH "
               + sql_quote(fts5_match(query)) + " ORDER BY rank LIMIT 10")
        return [args.sqlite3, args.base_db, sql]

    def run(command):
        started = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return (time.perf_counter() - started) * 1000, done

    per_query = {query: {"kb_ms": [], "base_ms": [], "rg_ms": [], "kb_exit": set(), "base_exit": set()} for query in queries}
    # Untimed warm-up round (page cache, dynamic loader): also records result counts and stderr.
    for query in queries:
        entry = per_query[query]
        _, done = run(kb_command(query, json_output=True))
        entry["kb_warmup_exit"] = done.returncode
        entry["kb_stderr"] = done.stderr.decode("utf-8", "replace").strip()
        try:
            entry["kb_hits"] = len(json.loads(done.stdout)["results"])
        except (ValueError, KeyError, TypeError):
            entry["kb_hits"] = None
        _, done = run(base_command(query))
        entry["base_hits"] = len([line for line in done.stdout.decode("utf-8", "replace").splitlines() if line])
        entry["base_stderr"] = done.stderr.decode("utf-8", "replace").strip()
        if args.rg:
            _, done = run(rg_command(args.rg, args.corpus, query))
            entry["rg_lines"] = sum(int(line.rsplit(":", 1)[-1]) for line in done.stdout.decode("utf-8", "replace").splitlines()
                                    if line.rsplit(":", 1)[-1].isdigit())
    # Timed rounds, kb and sqlite3 interleaved so both see the same machine state.
    for _ in range(args.rounds):
        for query in queries:
            entry = per_query[query]
            elapsed, done = run(kb_command(query))
            entry["kb_ms"].append(elapsed)
            entry["kb_exit"].add(done.returncode)
            elapsed, done = run(base_command(query))
            entry["base_ms"].append(elapsed)
            entry["base_exit"].add(done.returncode)
            if args.rg:
                elapsed, _ = run(rg_command(args.rg, args.corpus, query))
                entry["rg_ms"].append(elapsed)

    all_kb = [ms for entry in per_query.values() for ms in entry["kb_ms"]]
    all_base = [ms for entry in per_query.values() for ms in entry["base_ms"]]
    result = {
        "rounds": args.rounds,
        "queries": len(queries),
        "kb": {"p50": percentile(all_kb, 0.50), "p99": percentile(all_kb, 0.99),
               "mean": sum(all_kb) / len(all_kb), "max": max(all_kb), "samples": len(all_kb)},
        "base": {"p50": percentile(all_base, 0.50), "p99": percentile(all_base, 0.99),
                 "mean": sum(all_base) / len(all_base), "max": max(all_base), "samples": len(all_base)},
        "per_query": [
            {"query": query,
             "match": fts5_match(query),
             "kb_p50": percentile(entry["kb_ms"], 0.5),
             "kb_min": min(entry["kb_ms"]), "kb_max": max(entry["kb_ms"]),
             "base_p50": percentile(entry["base_ms"], 0.5),
             "base_min": min(entry["base_ms"]), "base_max": max(entry["base_ms"]),
             "rg_p50": percentile(entry["rg_ms"], 0.5) if entry["rg_ms"] else None,
             "rg_min": min(entry["rg_ms"]) if entry["rg_ms"] else None,
             "rg_max": max(entry["rg_ms"]) if entry["rg_ms"] else None,
             "rg_lines": entry.get("rg_lines"),
             "kb_hits": entry["kb_hits"],
             "base_hits": entry["base_hits"],
             "kb_exit": sorted(entry["kb_exit"] | {entry["kb_warmup_exit"]}),
             "base_exit": sorted(entry["base_exit"]),
             "kb_stderr": entry["kb_stderr"],
             "base_stderr": entry["base_stderr"]}
            for query, entry in per_query.items()
        ],
    }
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2, ensure_ascii=False)
    for key, label in (("kb", "kb search"), ("base", "sqlite3 shell")):
        stats = result[key]
        print(f"  {label}: p50 {stats['p50']:.1f} ms, p99 {stats['p99']:.1f} ms, "
              f"mean {stats['mean']:.1f} ms over {stats['samples']} runs")


# --------------------------------------------------------------------------------------------
# report

def cmd_report(args):
    metrics = {}
    with open(args.metrics, encoding="utf-8") as handle:
        for line in handle:
            key, sep, value = line.rstrip("\n").partition("=")
            if sep:
                metrics[key] = value
    with open(args.search_json, encoding="utf-8") as handle:
        search = json.load(handle)

    def number(key):
        value = metrics.get(key, "")
        try:
            return float(value)
        except ValueError:
            return None

    def fmt(value, digits=2, suffix=""):
        return "n/a" if value is None else f"{value:,.{digits}f}{suffix}"

    mib = 2 ** 20

    def in_mib(key):
        value = number(key)
        return None if value is None else value / mib

    corpus_mib = in_mib("corpus_bytes")
    kb_s, base_s = number("kb_seconds"), number("base_seconds")
    kb_facts, base_rows = number("kb_facts"), number("base_rows")
    ratio = kb_s / base_s if kb_s and base_s else None
    goal = "n/a" if ratio is None else ("meets the ≤ 3 goal" if ratio <= 3 else "misses the ≤ 3 goal")

    def rss(key):
        value = number(key)
        return None if value is None else value / 1024  # KiB -> MiB

    def mib_or_na(key):
        value = rss(key)
        return "not measured" if value is None else f"{fmt(value, 1)} MiB"

    lines = [
        f"# kb benchmark — {metrics.get('date', '')}",
        "",
        f"Machine: {metrics.get('cpu', '?')}, nproc {metrics.get('nproc', '?')}, "
        f"{metrics.get('mem', '?')} RAM; {metrics.get('os', '?')}; "
        f"load average before ingest {metrics.get('load_before_ingest', '?')}",
        f"kb: {metrics.get('kb_commit', '?')}; {metrics.get('swift', '?')}; sqlite3 shell {metrics.get('sqlite_version', '?')}",
        f"Corpus: {metrics.get('packages', '?')} → {corpus_mib:.2f} MiB of text, "
        f"{int(number('corpus_paragraphs')):,} paragraphs in {int(number('corpus_files'))} files "
        f"(layout: one .txt per {metrics.get('corpus_layout', '?')})",
        f"Index digest (Scripts/index_digest.sh): `{metrics.get('index_digest', 'not measured')[:16]}`, "
        + ("as recorded in Scripts/bench-digest.txt" if metrics.get('index_digest') == metrics.get('index_digest_expected')
           else f"changed from `{metrics.get('index_digest_expected', '')[:16]}`: {metrics.get('index_digest_change') or 'unexplained'}"),
        "",
        "| Metric | kb | sqlite3 baseline |",
        "|---|---:|---:|",
        f"| What is timed | `kb ingest --db kb.sqlite --json {metrics.get('corpus_dir', 'corpus')}/` "
        f"| `sqlite3 base.sqlite < load.sql` |",
        f"| Input | {corpus_mib:.2f} MiB corpus text | {fmt(in_mib('load_sql_bytes'))} MiB SQL "
        f"({fmt(in_mib('base_text_bytes'))} MiB fact text) |",
        f"| Wall time (s) | {fmt(kb_s, 2)} | {fmt(base_s, 2)} |",
        f"| kb's own `seconds` (JSON) | {fmt(number('kb_reported_seconds'), 2)} | — |",
        f"| Throughput (corpus MiB/s) | {fmt(corpus_mib / kb_s if kb_s else None)} | {fmt(corpus_mib / base_s if base_s else None)} |",
        f"| Facts / rows indexed | {fmt(kb_facts, 0)} | {fmt(base_rows, 0)} |",
        f"| Facts/s | {fmt(kb_facts / kb_s if kb_s else None, 0)} | {fmt(base_rows / base_s if base_s else None, 0)} |",
        f"| Answers (answer records) | {fmt(number('kb_answers'), 0)} ({fmt(number('kb_answer_records'), 0)}) | — |",
        f"| Index size (MiB, db + wal) | {fmt(in_mib('kb_index_bytes'))} | {fmt(in_mib('base_index_bytes'))} |",
        f"| Peak RSS (MiB) | {fmt(rss('kb_rss_kib'), 1)} | {fmt(rss('base_rss_kib'), 1)} |",
        f"| Ingest exit status | {metrics.get('kb_exit', '?')} | {metrics.get('base_exit', '?')} |",
        f"| **Ingest ratio kb / sqlite3** | **{fmt(ratio)}** ({goal}) | 1.00 |",
        f"| sqlite3 loading kb's FTS5 layout (4 columns, porter), s | — | {fmt(number('schema_seconds'), 2)} "
        f"(ratio {fmt(number('schema_seconds') / base_s if number('schema_seconds') and base_s else None)}) |",
        f"| Claims extracted ({fmt(number('kb_claims'), 0)}): ingest without them (`--no-claims`), s; claims' share "
        f"| {fmt(number('noclaims_seconds'), 2)}; {fmt((1 - number('noclaims_seconds') / kb_s) * 100 if kb_s and number('noclaims_seconds') else None, 0)}% of the full ingest (goal ≤ 10%) | — |",
        f"| HTML ingest: {fmt(number('html_pages'), 0)} pages, {fmt(in_mib('html_bytes'))} MiB of HTML → "
        f"{fmt(in_mib('html_text_bytes'))} MiB of answer text ({fmt(number('html_questions'), 0)} questions), s "
        f"| {fmt(number('html_seconds'), 2)} | — |",
        f"| HTML throughput (MiB of extracted text/s) vs plain text (MiB/s) | "
        f"{fmt(in_mib('html_text_bytes') / number('html_seconds') if number('html_seconds') else None)} vs "
        f"{fmt(corpus_mib / kb_s if kb_s else None)} (plain/HTML ratio "
        f"{fmt((corpus_mib / kb_s) / (in_mib('html_text_bytes') / number('html_seconds')) if kb_s and number('html_seconds') and number('html_text_bytes') else None)}, goal ≤ 2) | — |",
        f"| Search p50 (ms, per process) | {fmt(search['kb']['p50'], 1)} | {fmt(search['base']['p50'], 1)} |",
        f"| Search p99 (ms, per process) | {fmt(search['kb']['p99'], 1)} | {fmt(search['base']['p99'], 1)} |",
        f"| Search mean / max (ms) | {fmt(search['kb']['mean'], 1)} / {fmt(search['kb']['max'], 1)} "
        f"| {fmt(search['base']['mean'], 1)} / {fmt(search['base']['max'], 1)} |",
        f"| Search samples | {search['kb']['samples']} ({search['queries']} queries × {search['rounds']} rounds) "
        f"| {search['base']['samples']} |",
        "",
        "Per query, whole processes (median [min–max] ms over the rounds, kb, sqlite3 and rg alternating; hits = "
        "results of `--limit 10`, rg = matching lines; `raw:` = passed as FTS5 syntax, `kb search --raw`):",
        "",
        "| Query | kb | sqlite3 | rg -i -c | kb / sqlite3 | kb / rg | kb hits | sqlite3 hits | rg lines |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    slower_than_rg = 0
    for entry in search["per_query"]:
        rg = entry.get("rg_p50")
        if rg is not None and entry["kb_p50"] >= rg:
            slower_than_rg += 1
        lines.append(
            f"| `{entry['query']}` | {entry['kb_p50']:.1f} [{entry.get('kb_min', 0):.1f}–{entry.get('kb_max', 0):.1f}] "
            f"| {entry['base_p50']:.1f} [{entry.get('base_min', 0):.1f}–{entry.get('base_max', 0):.1f}] "
            f"| {fmt(rg, 1)} [{fmt(entry.get('rg_min'), 1)}–{fmt(entry.get('rg_max'), 1)}] "
            f"| {entry['kb_p50'] / entry['base_p50']:.2f} | {fmt(entry['kb_p50'] / rg if rg else None)} "
            f"| {entry['kb_hits'] if entry['kb_hits'] is not None else '?'} | {entry['base_hits']} | {entry.get('rg_lines', '?')} |")
    lines += ["", f"kb search is slower than rg on {slower_than_rg} of {len(search['per_query'])} queries."]

    def runs(key):
        values = [float(v) for v in metrics.get(key, "").split(",") if v]
        if not values:
            return "n/a", None
        ordered = sorted(values)
        median = ordered[len(ordered) // 2] if len(ordered) % 2 else (ordered[len(ordered) // 2 - 1] + ordered[len(ordered) // 2]) / 2
        return f"{median:.3f} [{min(values):.3f}–{max(values):.3f}]", median

    kb_runs, kb_median = runs("kb_seconds_runs")
    base_runs, base_median = runs("base_seconds_runs")
    unchanged, unchanged_median = runs("reingest_unchanged_runs")
    changed, changed_median = runs("reingest_changed_runs")
    check, _ = runs("check_runs")
    export, _ = runs("export_runs")
    version, _ = runs("version_ms_runs")
    one, _ = runs("bundled_search_ms_runs")
    lines += [
        "",
        "Repeated runs (median [min–max] s; kb and the sqlite3 load alternate):",
        "",
        "| What | Time | Ratio |",
        "|---|---:|---:|",
        f"| kb ingest (full, fresh index) | {kb_runs} | {fmt(kb_median / base_median if kb_median and base_median else None)} × sqlite3 load |",
        f"| sqlite3 shell load into `fts5(body)` | {base_runs} | 1.00 |",
        f"| kb ingest again, nothing changed | {unchanged} | {fmt(unchanged_median / kb_median * 100 if unchanged_median and kb_median else None, 1)}% of a full ingest (goal ≤ 5%) |",
        f"| kb ingest again, one file changed ({metrics.get('changed_file', '?')}) | {changed} | {fmt(changed_median / kb_median * 100 if changed_median and kb_median else None, 1)}% of a full ingest |",
        f"| kb check --format json (same index) | {check} | goal < 2 s; peak RSS {mib_or_na('check_rss_kib')} |",
        f"| kb export --format json (same index) | {export} | peak RSS {mib_or_na('export_rss_kib')} (goal < 200 MiB) |",
        f"| kb --version (ms, whole process) | {version} | |",
        f"| kb search --limit 1 SnapStart on the bundled corpus (ms, whole process) | {one} | |",
    ]
    if metrics.get("scaling_table"):
        lines += ["", "Scaling (`Scripts/bench_scaling.sh`, same corpus cut to 1/16 and 1/4):", ""]
        lines += metrics["scaling_table"].split("\\n")
    problems = [e for e in search["per_query"] if e["kb_stderr"] and e["kb_hits"] != 0 or e["base_stderr"]]
    if problems:
        lines += ["", "stderr seen during search:"]
        for entry in problems:
            for label, text in (("kb", entry["kb_stderr"]), ("sqlite3", entry["base_stderr"])):
                if text:
                    lines.append(f"- {label} `{entry['query']}`: {text[:300]}")
    lines += [
        "",
        "Notes: wall times include process start. kb indexes 4 FTS5 columns (topic, question, body, terms) "
        "with the porter tokenizer plus answers/occurrences/claims tables, and its search ANDs the words, "
        "stems them and prefix-matches the last one; the baseline is one `fts5(body)` column with the default "
        "tokenizer, loaded with one INSERT per fact in one transaction, and searched with the same words "
        "ANDed as exact tokens.",
    ]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(text)
    sys.stdout.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract")
    extract.add_argument("packages", nargs="+", metavar="PKG=DIR")
    extract.add_argument("--out", required=True)
    extract.add_argument("--metrics")
    extract.add_argument("--layout", choices=("package", "page"), default="package",
                         help="one .txt per package (default) or one .txt per HTML page")
    extract.set_defaults(func=cmd_extract)

    dump = commands.add_parser("dump-sql")
    dump.add_argument("kb_db")
    dump.add_argument("out_sql")
    dump.add_argument("--metrics")
    dump.add_argument("--kb-schema-sql", help="also write a load of kb's four FTS5 columns (porter) here")
    dump.set_defaults(func=cmd_dump_sql)

    search = commands.add_parser("search")
    search.add_argument("--kb", required=True)
    search.add_argument("--kb-db", required=True)
    search.add_argument("--rg", default=None)
    search.add_argument("--corpus", default=None)
    search.add_argument("--base-db", required=True)
    search.add_argument("--sqlite3", default="sqlite3")
    search.add_argument("--queries", required=True)
    search.add_argument("--rounds", type=int, default=5)
    search.add_argument("--out", required=True)
    search.set_defaults(func=cmd_search)

    report = commands.add_parser("report")
    report.add_argument("metrics")
    report.add_argument("search_json")
    report.add_argument("--out", required=True)
    report.set_defaults(func=cmd_report)

    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
