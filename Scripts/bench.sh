#!/usr/bin/env bash
# kb benchmark: ingest throughput and search latency on ~20+ MB of real documentation prose,
# side by side with a plain SQLite FTS5 baseline loaded by the sqlite3 shell.
#
# What it measures (all timing is done here, by wall clock, including process start):
#   1. corpus   apt-get download python3.11-doc postgresql-doc-15 sqlite3-doc python-django-doc,
#               dpkg -x them, and turn their HTML into plain-text prose (Scripts/bench_extract.py):
#               corpus/<package>.txt, one paragraph per line, paragraphs separated by a blank line
#               (KB_BENCH_LAYOUT=page: corpus-page/<package>/<page>.txt, one file per HTML page).
#   2. build    swift build -c release of git HEAD, copied to $DIR/src (working-copy edits do not count).
#   3. ingest   `kb ingest --db $DIR/kb.sqlite --json $DIR/corpus` into a fresh index:
#               seconds, MiB/s, facts, facts/s, index size (db + wal), peak RSS.
#   4. baseline the fact texts of that index, as `BEGIN; CREATE VIRTUAL TABLE f USING fts5(body);
#               INSERT ...; COMMIT;`, loaded by `sqlite3 base.sqlite < load.sql` into a fresh file;
#               the goal is kb ingest seconds / sqlite3 load seconds ≤ 3 (aim 2). Also timed: the same
#               facts loaded into kb's own FTS5 layout (4 columns, porter), SQLite's floor for kb.
#   5. search   a fixed set of queries, KB_BENCH_ROUNDS rounds (after one untimed warm-up round):
#               one `kb search --db kb.sqlite --limit 10 "q"` process vs one sqlite3 shell process
#               running an FTS5 MATCH with the same words; p50 and p99 in ms.
#   5b. more    KB_BENCH_INGEST_ROUNDS (3) alternating kb / sqlite3 ingest rounds; re-ingest with nothing
#               changed and with one file changed; kb check and kb export on the same index; start-up
#               (kb --version, a one-result search on the bundled corpus); ripgrep (`rg -i -c`) on every
#               query beside kb and sqlite3; scaling of ingest, check and export at 1x, 4x and 16x
#               (Scripts/bench_scaling.sh) with the fitted growth exponent.
#   5c. digest  Scripts/index_digest.sh of the index (answers, facts, clusters, claims, statements),
#               compared with Scripts/bench-digest.txt: a changed index fails the run unless
#               KB_BENCH_DIGEST_CHANGE explains it.
#   6. report   a Markdown table on stdout and in $DIR/results.md (raw numbers: metrics.txt,
#               search.json; kb's output: ingest.json, ingest.stderr), also written into
#               docs/benchmarks.md between its `<!-- bench:start -->` and `<!-- bench:end -->` markers.
#
# Rerun:  bash Scripts/bench.sh
#   KB_BENCH_DIR=/tmp/kb-bench   scratch folder (downloads, corpus, indexes, results); never the repo
#   KB_BENCH_ROUNDS=5            timed search rounds
#   KB_BENCH_TIMEOUT=3600        seconds before a kb ingest is considered hung and killed
#   KB_BENCH_LAYOUT=package      corpus files: one per package (4 big files) or one per page
# Downloads, extracted packages and the corpus are reused on reruns; indexes are always rebuilt.
# Needs: apt-get/dpkg (Debian), swift, python3; installs the `sqlite3` and `time` packages if missing.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${KB_BENCH_DIR:-/tmp/kb-bench}
ROUNDS=${KB_BENCH_ROUNDS:-5}
TIMEOUT=${KB_BENCH_TIMEOUT:-3600}
LAYOUT=${KB_BENCH_LAYOUT:-package}
case "$LAYOUT" in
    package) CORPUS="$DIR/corpus" ;;
    page) CORPUS="$DIR/corpus-page" ;;
    *) echo "bench: error: KB_BENCH_LAYOUT must be package or page" >&2; exit 1 ;;
esac
PACKAGES=(python3.11-doc postgresql-doc-15 sqlite3-doc python-django-doc)
MIN_CORPUS_BYTES=20000000   # 20 MB
HELPER="$REPO/Scripts/bench_extract.py"
KB="$DIR/src/.build/release/kb"

QUERIES=(
    "python list comprehension"
    "postgresql vacuum"
    "django queryset filter"
    "sqlite foreign key"
    "unicode normalization"
    "transaction isolation level"
    "regular expression group"
    "virtual environment"
    "asyncio event loop"
    "json encoder"
    "create index concurrently"
    "window function"
    "django migration"
    "template context processor"
    "write ahead log"
    "datetime timezone"
    "full text search"
    "thread safety"
    "database connection pool"
    "exception traceback"
    "django middleware request"
    "prepared statement"
    # one of each kind the issue names: rare and common single words, a phrase, a prefix, technical terms
    "asyncio"
    "function"
    'raw:"write ahead log"'
    "raw:serializ*"
    "C#"
    "Node.js"
    "python 3.12"
)
INGEST_ROUNDS=${KB_BENCH_INGEST_ROUNDS:-3}

step() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.3f}")' "$1" "$2"; }
file_bytes() { local total=0 f; for f in "$@"; do [ -e "$f" ] && total=$((total + $(stat -c %s "$f"))); done; echo "$total"; }

case "$DIR" in
    "$REPO"|"$REPO"/*) die "KB_BENCH_DIR ($DIR) must be outside the repository" ;;
esac
mkdir -p "$DIR/debs" "$DIR/extract" "$CORPUS"
METRICS="$DIR/metrics.txt"
: > "$METRICS"
metric() { printf '%s=%s\n' "$1" "$2" >> "$METRICS"; }

# --- tools ----------------------------------------------------------------------------------------
apt_updated=false
apt_update_once() {
    if ! $apt_updated; then
        apt-get update -qq >&2 || die "apt-get update failed"
        apt_updated=true
    fi
}
install_if_missing() {  # command package
    command -v "$1" >/dev/null 2>&1 && return 0
    step "installing $2"
    apt_update_once
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2 || return 1
}
install_if_missing sqlite3 sqlite3 || die "the sqlite3 shell is needed for the baseline"
install_if_missing rg ripgrep || die "ripgrep is needed for the search comparison"
TIME_BIN=/usr/bin/time
if [ ! -x "$TIME_BIN" ]; then install_if_missing /usr/bin/time time || true; fi
[ -x "$TIME_BIN" ] || TIME_BIN=""   # no peak RSS then

# --- 1. corpus ------------------------------------------------------------------------------------
step "corpus in $DIR"
extracted=()
for package in "${PACKAGES[@]}"; do
    deb=$(ls "$DIR/debs/${package}"_*.deb 2>/dev/null | head -n 1 || true)
    if [ -z "$deb" ]; then
        # apt-get download needs the package lists; fetch them when apt does not know the package.
        if ! apt-cache show "$package" >/dev/null 2>&1; then apt_update_once; fi
        echo "  downloading $package" >&2
        if ! (cd "$DIR/debs" && apt-get download -q "$package" >&2); then
            echo "  warning: cannot download $package; skipping it" >&2
            continue
        fi
        deb=$(ls "$DIR/debs/${package}"_*.deb 2>/dev/null | head -n 1 || true)
        [ -n "$deb" ] || { echo "  warning: no .deb for $package after download; skipping it" >&2; continue; }
    fi
    target="$DIR/extract/$package"
    if [ ! -e "$target/.extracted" ] || [ "$deb" -nt "$target/.extracted" ]; then
        echo "  dpkg -x $(basename "$deb")" >&2
        rm -rf "$target"
        mkdir -p "$target"
        dpkg -x "$deb" "$target"
        touch "$target/.extracted"
    fi
    extracted+=("$package=$target")
done
[ "${#extracted[@]}" -gt 0 ] || die "no documentation package could be downloaded"
# Corpus files of packages that are no longer part of the run must not be ingested.
for entry in "$CORPUS"/*; do
    [ -e "$entry" ] || continue
    keep=false
    for spec in "${extracted[@]}"; do [ "$(basename "$entry" .txt)" = "${spec%%=*}" ] && keep=true; done
    $keep || rm -rf "$entry"
done
step "extracting prose from HTML (one .txt per $LAYOUT)"
python3 "$HELPER" extract --layout "$LAYOUT" --out "$CORPUS" --metrics "$METRICS" "${extracted[@]}" >&2
corpus_bytes=$(grep '^corpus_bytes=' "$METRICS" | cut -d= -f2)
[ "$corpus_bytes" -ge "$MIN_CORPUS_BYTES" ] \
    || die "the corpus has only $corpus_bytes bytes of text; at least $MIN_CORPUS_BYTES (20 MB) are needed"
metric corpus_dir "$(basename "$CORPUS")"
metric packages "$(printf '%s ' "${extracted[@]%%=*}" | sed 's/ $//')"

# --- 2. build -------------------------------------------------------------------------------------
step "swift build -c release of the committed tree"
# The committed tree (git HEAD), copied to a fixed folder so that edits in the working copy cannot
# break or blur the build, and rebuilds stay incremental (files whose content is unchanged keep
# their modification time).
python3 - "$REPO" "$DIR/src" <<'EOF'
import io, os, subprocess, sys, tarfile
repo, target = sys.argv[1], sys.argv[2]
archive = subprocess.run(["git", "-C", repo, "archive", "HEAD"], check=True, stdout=subprocess.PIPE).stdout
wanted = set()
with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
    for member in tar.getmembers():
        if not member.isfile():
            continue
        wanted.add(member.name)
        data = tar.extractfile(member).read()
        path = os.path.join(target, member.name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if os.path.exists(path) and open(path, "rb").read() == data:
            continue
        with open(path, "wb") as handle:
            handle.write(data)
        os.chmod(path, member.mode)
for folder, dirs, files in os.walk(target):
    dirs[:] = [d for d in dirs if not d.startswith(".build")]
    for name in files:
        relative = os.path.relpath(os.path.join(folder, name), target)
        if relative not in wanted:
            os.remove(os.path.join(folder, name))
EOF
# What users build (README): Scripts/build_release.sh, a fully static executable (nothing loaded or
# relocated at start-up), or --static-swift-stdlib when the static libraries are missing.
(cd "$DIR/src" && bash Scripts/build_release.sh >&2) || die "the release build failed"
[ -x "$KB" ] || die "no kb binary at $KB"

# --- machine --------------------------------------------------------------------------------------
metric date "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
metric nproc "$(nproc)"
metric cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || uname -m)"
metric mem "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
metric os "$(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r)"
metric swift "$(swift --version 2>/dev/null | head -n 1 | sed 's/ (.*//')"
metric sqlite_version "$(sqlite3 --version | cut -d' ' -f1)"
# What is measured is git HEAD (built from a copy, see step 2), whatever the working copy holds.
metric kb_commit "$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown) (git HEAD, Scripts/build_release.sh: $(file -b "$KB" | grep -q 'statically linked' && echo static executable || echo static Swift runtime))"

# runs "$@" with peak RSS written to $1 (KiB) when GNU time is available
measured() {
    local rss_file=$1; shift
    if [ -n "$TIME_BIN" ]; then
        "$TIME_BIN" -f '%M' -o "$rss_file" "$@"
    else
        "$@"
    fi
}
peak_rss() { [ -s "$1" ] && tail -n 1 "$1" | tr -dc '0-9' || echo ""; }

# --- 3. kb ingest ---------------------------------------------------------------------------------
step "kb ingest"
KB_DB="$DIR/kb.sqlite"
rm -f "$KB_DB" "$KB_DB-wal" "$KB_DB-shm" "$KB_DB.rebuild"*
sync
start=$(now)
set +e
metric load_before_ingest "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
measured "$DIR/kb.rss" timeout "$TIMEOUT" "$KB" ingest --db "$KB_DB" --json "$CORPUS" \
    > "$DIR/ingest.json" 2> "$DIR/ingest.stderr"
kb_exit=$?
set -e
end=$(now)
kb_seconds=$(elapsed "$start" "$end")
echo "  exit $kb_exit after $kb_seconds s" >&2
echo "  stdout: $(head -c 2000 "$DIR/ingest.json")" >&2
if [ -s "$DIR/ingest.stderr" ]; then
    echo "  stderr ($(wc -l < "$DIR/ingest.stderr") lines, first 20):" >&2
    head -n 20 "$DIR/ingest.stderr" | sed 's/^/    /' >&2
fi
[ "$kb_exit" -ne 124 ] || die "kb ingest did not finish within $TIMEOUT s (killed by this script); see $DIR/ingest.stderr"
if [ "$kb_exit" -gt 128 ]; then
    die "kb ingest was killed by signal $((kb_exit - 128)) (SIG$(kill -l $((kb_exit - 128)))) after $kb_seconds s, not by this script's timeout; see $DIR/ingest.stderr"
fi
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$DIR/ingest.json" 2>/dev/null \
    || die "kb ingest exited $kb_exit without JSON output; see $DIR/ingest.stderr"
[ -s "$KB_DB" ] || die "kb ingest exited $kb_exit and left no index at $KB_DB"
metric kb_exit "$kb_exit"
metric kb_seconds "$kb_seconds"
metric kb_rss_kib "$(peak_rss "$DIR/kb.rss")"
metric kb_index_bytes "$(file_bytes "$KB_DB" "$KB_DB-wal")"
# What the index holds, as one digest (Scripts/index_digest.sh): speed work must not change it.
# Scripts/bench-digest.txt holds the expected digest per layout; a different one fails the run at
# the end unless KB_BENCH_DIGEST_CHANGE says why (then it is recorded; update the file with it).
index_digest=$(bash "$REPO/Scripts/index_digest.sh" "$KB_DB")
expected_digest=$(awk -v layout="$LAYOUT" '$1 == layout { print $2 }' "$REPO/Scripts/bench-digest.txt" 2>/dev/null || true)
metric index_digest "$index_digest"
metric index_digest_expected "${expected_digest:-none recorded}"
metric index_digest_change "${KB_BENCH_DIGEST_CHANGE:-}"
python3 - "$DIR/ingest.json" >> "$METRICS" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
for key in ("facts", "answers", "answer_records", "seconds"):
    name = "kb_reported_seconds" if key == "seconds" else "kb_" + key
    print(f"{name}={report.get(key, '')}")
EOF

# Claim extraction's share: the same ingest with --no-claims (goal: claims at most 10% of a full ingest).
step "kb ingest --no-claims"
NOCLAIMS_DB="$DIR/kb-noclaims.sqlite"
rm -f "$NOCLAIMS_DB" "$NOCLAIMS_DB-wal" "$NOCLAIMS_DB-shm"
sync
start=$(now)
"$KB" ingest --no-claims --db "$NOCLAIMS_DB" "$CORPUS" > /dev/null 2>&1 || true
end=$(now)
metric noclaims_seconds "$(elapsed "$start" "$end")"
metric kb_claims "$(sqlite3 "$KB_DB" "SELECT COUNT(*) FROM claims")"

# --- 3b. HTML ingest ------------------------------------------------------------------------------
# The same packages' HTML pages read by kb's HTML reader: throughput per MiB of text kb extracts,
# against the plain-text ingest above (goal: HTML within 2x of plain text).
step "kb ingest of the HTML pages"
HTML_DIR="$DIR/html-pages"
rm -rf "$HTML_DIR"
mkdir -p "$HTML_DIR"
find "$DIR/extract" -name '*.html' -type f | sort | while read -r page; do
    ln -s "$page" "$HTML_DIR/$(printf '%s' "$page" | md5sum | cut -c1-12)-$(basename "$page")"
done
HTML_DB="$DIR/kb-html.sqlite"
rm -f "$HTML_DB" "$HTML_DB-wal" "$HTML_DB-shm"
sync
start=$(now)
html_exit=0
"$KB" ingest --db "$HTML_DB" --json "$HTML_DIR" > "$DIR/ingest-html.json" 2> "$DIR/ingest-html.stderr" || html_exit=$?
end=$(now)
# Exit 2 is "some files could not be read" (the rest is indexed); anything else is a failure, and
# a crash must not pass as a fast ingest of nothing.
[ "$html_exit" -le 2 ] || die "kb ingest of the HTML pages exited $html_exit$([ "$html_exit" -gt 128 ] && echo " (signal $((html_exit - 128)))"); see $DIR/ingest-html.stderr"
metric html_seconds "$(elapsed "$start" "$end")"
metric html_pages "$(find "$HTML_DIR" -name '*.html' | wc -l)"
metric html_bytes "$(find -L "$HTML_DIR" -name '*.html' -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')"
metric html_text_bytes "$(sqlite3 "$HTML_DB" "SELECT COALESCE(SUM(LENGTH(CAST(text AS BLOB))), 0) FROM answers")"
metric html_questions "$(sqlite3 "$HTML_DB" "SELECT COUNT(*) FROM answers WHERE question IS NOT NULL")"
metric html_answers "$(sqlite3 "$HTML_DB" "SELECT COUNT(*) FROM answers")"
echo "  $(grep -c 'warning: no question' "$DIR/ingest-html.stderr" || true) pages without FAQ structure" >&2

# --- 4. sqlite3 baseline --------------------------------------------------------------------------
step "sqlite3 baseline"
python3 "$HELPER" dump-sql "$KB_DB" "$DIR/load.sql" --metrics "$METRICS" --kb-schema-sql "$DIR/load-kb-schema.sql" >&2
BASE_DB="$DIR/base.sqlite"
rm -f "$BASE_DB" "$BASE_DB-wal" "$BASE_DB-shm" "$BASE_DB-journal"
sync
start=$(now)
set +e
measured "$DIR/base.rss" sqlite3 "$BASE_DB" < "$DIR/load.sql" > "$DIR/load.stdout" 2> "$DIR/load.stderr"
base_exit=$?
set -e
end=$(now)
base_seconds=$(elapsed "$start" "$end")
echo "  exit $base_exit after $base_seconds s" >&2
[ "$base_exit" -eq 0 ] || { head -n 20 "$DIR/load.stderr" >&2; die "the sqlite3 load failed"; }
metric base_exit "$base_exit"
metric base_seconds "$base_seconds"
metric base_rss_kib "$(peak_rss "$DIR/base.rss")"
metric base_index_bytes "$(file_bytes "$BASE_DB" "$BASE_DB-wal")"

# The same facts loaded by the sqlite3 shell into kb's own FTS5 layout (topic, question, body,
# terms; porter stemming): what SQLite alone needs for the index kb must build.
SCHEMA_DB="$DIR/base-kb-schema.sqlite"
rm -f "$SCHEMA_DB" "$SCHEMA_DB-wal" "$SCHEMA_DB-shm" "$SCHEMA_DB-journal"
sync
start=$(now)
sqlite3 "$SCHEMA_DB" < "$DIR/load-kb-schema.sql" > /dev/null 2> "$DIR/load-kb-schema.stderr" \
    || die "the sqlite3 load of kb's FTS5 layout failed; see $DIR/load-kb-schema.stderr"
end=$(now)
metric schema_seconds "$(elapsed "$start" "$end")"

# --- 4b. repeated, alternating ingest rounds -----------------------------------------------------------
step "ingest: $INGEST_ROUNDS rounds, kb and the sqlite3 load alternating"
kb_runs="$kb_seconds"
base_runs="$base_seconds"
for round in $(seq 2 "$INGEST_ROUNDS"); do
    for side in base kb; do
        db="$DIR/round-$side.sqlite"
        rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
        sync
        start=$(now)
        if [ "$side" = kb ]; then
            "$KB" ingest --db "$db" "$CORPUS" > /dev/null 2>&1 || die "kb ingest failed in round $round"
            kb_runs="$kb_runs,$(elapsed "$start" "$(now)")"
        else
            sqlite3 "$db" < "$DIR/load.sql" > /dev/null 2>&1 || die "the sqlite3 load failed in round $round"
            base_runs="$base_runs,$(elapsed "$start" "$(now)")"
        fi
    done
    echo "  round $round: kb $(echo "$kb_runs" | tr ',' '\n' | tail -n 1) s, sqlite3 $(echo "$base_runs" | tr ',' '\n' | tail -n 1) s" >&2
done
metric kb_seconds_runs "$kb_runs"
metric base_seconds_runs "$base_runs"

# --- 4c. incremental re-ingest ---------------------------------------------------------------------
step "re-ingest: nothing changed, then one file changed"
runs=""
for _ in 1 2 3; do
    start=$(now)
    "$KB" ingest --db "$KB_DB" "$CORPUS" > /dev/null 2>&1 || die "kb re-ingest failed"
    runs="$runs${runs:+,}$(elapsed "$start" "$(now)")"
done
metric reingest_unchanged_runs "$runs"
changed_file=$(ls -S "$CORPUS" | tail -n 1)
metric changed_file "$changed_file"
cp "$CORPUS/$changed_file" "$DIR/changed-file.orig"
runs=""
for round in 1 2 3; do
    printf '\n\nA paragraph the benchmark adds to change this file (%s).\n' "$round" >> "$CORPUS/$changed_file"
    start=$(now)
    "$KB" ingest --db "$KB_DB" "$CORPUS" > /dev/null 2>&1 || die "kb ingest of a changed file failed"
    runs="$runs${runs:+,}$(elapsed "$start" "$(now)")"
done
metric reingest_changed_runs "$runs"
cp "$DIR/changed-file.orig" "$CORPUS/$changed_file"
"$KB" ingest --db "$KB_DB" "$CORPUS" > /dev/null 2>&1 || die "kb ingest of the restored file failed"

# --- 4d. check and export on the same index ----------------------------------------------------------
step "kb check and kb export on the same index"
for command in check export; do
    runs=""
    for _ in 1 2 3; do
        start=$(now)
        if [ "$command" = check ]; then
            measured "$DIR/check.rss" "$KB" check --db "$KB_DB" --format json > "$DIR/check.json" 2>/dev/null || [ $? -eq 1 ] || die "kb check failed"
        else
            measured "$DIR/export.rss" "$KB" export --db "$KB_DB" --format json --output "$DIR/export.json" 2>/dev/null || die "kb export failed"
        fi
        runs="$runs${runs:+,}$(elapsed "$start" "$(now)")"
    done
    metric "${command}_runs" "$runs"
    metric "${command}_rss_kib" "$(peak_rss "$DIR/$command.rss")"
done

# --- 4e. start-up ------------------------------------------------------------------------------------
step "start-up: kb --version, one-result search on the bundled corpus"
(cd "$DIR/src" && "$KB" search --limit 1 SnapStart > /dev/null 2>&1) || true   # builds the default index once
for what in version bundled_search; do
    runs=""
    for _ in $(seq 10); do
        start=$(now)
        if [ "$what" = version ]; then "$KB" --version > /dev/null; else (cd "$DIR/src" && "$KB" search --limit 1 SnapStart > /dev/null); fi
        runs="$runs${runs:+,}$(python3 -c "print(($(now) - $start) * 1000)")"
    done
    metric "${what}_ms_runs" "$runs"
done

# --- 5. search latency ----------------------------------------------------------------------------
step "search latency: ${#QUERIES[@]} queries × $ROUNDS rounds"
printf '%s\n' "${QUERIES[@]}" > "$DIR/queries.txt"
python3 "$HELPER" search --kb "$KB" --kb-db "$KB_DB" --base-db "$BASE_DB" --sqlite3 "$(command -v sqlite3)" \
    --queries "$DIR/queries.txt" --rounds "$ROUNDS" --out "$DIR/search.json" --rg "$(command -v rg)" --corpus "$CORPUS" >&2

# --- 5b. scaling -----------------------------------------------------------------------------------
step "scaling: ingest, check and export at 1x, 4x, 16x"
KB_BENCH_DIR="$DIR" KB_BENCH_BIN="$KB" bash "$REPO/Scripts/bench_scaling.sh" > "$DIR/scaling.md" 2>&2 || die "the scaling benchmark failed"
metric scaling_table "$(grep '^|' "$DIR/scaling.md" | awk 'BEGIN { ORS = "\\n" } { print }')"

# --- 6. report ------------------------------------------------------------------------------------
step "results ($DIR/results.md)"
python3 "$HELPER" report "$METRICS" "$DIR/search.json" --out "$DIR/results.md"

if [ -n "$expected_digest" ] && [ "$index_digest" != "$expected_digest" ] && [ -z "${KB_BENCH_DIGEST_CHANGE:-}" ]; then
    die "the index digest changed ($index_digest, expected $expected_digest for layout $LAYOUT in Scripts/bench-digest.txt): what kb indexes or finds differs; explain it with KB_BENCH_DIGEST_CHANGE=... and record the new digest"
fi

# --- 7. docs/benchmarks.md ---------------------------------------------------------------------------
# The table replaces what stands between the bench markers of docs/benchmarks.md (nothing else is
# touched). Missing file or markers: say so and go on; the results stay in $DIR/results.md.
python3 - "$REPO/docs/benchmarks.md" "$DIR/results.md" <<'EOF'
import os, sys
doc_path, results_path = sys.argv[1], sys.argv[2]
start, end = "<!-- bench:start -->", "<!-- bench:end -->"
if not os.path.exists(doc_path):
    print(f"bench: {doc_path} not found; results left in {results_path} only", file=sys.stderr)
    sys.exit(0)
doc = open(doc_path, encoding="utf-8").read()
if start in doc and end in doc:
    results = open(results_path, encoding="utf-8").read().replace("# kb benchmark", "### Latest run", 1)
    head, rest = doc.split(start, 1)
    _, tail = rest.split(end, 1)
    open(doc_path, "w", encoding="utf-8").write(head + start + "\n" + results + "\n" + end + tail)
    print("bench: docs/benchmarks.md updated between the bench markers", file=sys.stderr)
else:
    print(f"bench: docs/benchmarks.md has no {start} / {end} markers; results left in {results_path} only",
          file=sys.stderr)
EOF
