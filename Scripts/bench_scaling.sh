#!/usr/bin/env bash
# kb scaling benchmark: `kb ingest`, `kb check` and `kb export` on 1x, 4x and 16x slices of
# the benchmark corpus, with the fitted growth exponent (time ∝ size^k; k = 1 is linear).
#
# The 16x slice is the whole corpus that Scripts/bench.sh builds (Debian's documentation for
# Python 3.11, PostgreSQL 15, SQLite and Django as plain text); 4x and 1x are the first quarter and
# sixteenth of every file's paragraphs. Each slice is ingested into its own index, then each
# command is timed KB_BENCH_ROUNDS times (median, min-max), by wall clock including process start.
#
# Rerun:  bash Scripts/bench_scaling.sh      (after bash Scripts/bench.sh has built the corpus)
#   KB_BENCH_DIR=/tmp/kb-bench   scratch folder shared with bench.sh; never the repo
#   KB_BENCH_ROUNDS=3            timed runs per command and size
#   KB_BENCH_BIN=PATH            a kb binary to measure (bench.sh passes its own); default: build one
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${KB_BENCH_DIR:-/tmp/kb-bench}
ROUNDS=${KB_BENCH_ROUNDS:-3}
KB=${KB_BENCH_BIN:-$REPO/.build-bench/release/kb}
CORPUS="$DIR/corpus"

if [ ! -d "$CORPUS" ] || [ -z "$(ls -A "$CORPUS" 2>/dev/null)" ]; then
    echo "bench_scaling: no corpus in $CORPUS; run bash Scripts/bench.sh first (it downloads and extracts it)" >&2
    exit 1
fi
if [ -z "${KB_BENCH_BIN:-}" ]; then
    echo "bench_scaling: building kb (release)" >&2
    (cd "$REPO" && swift build -c release --scratch-path .build-bench --product kb >/dev/null)
fi

python3 - "$CORPUS" "$DIR/scaling" <<'PY'
import os, sys
source, target = sys.argv[1], sys.argv[2]
for name, share in (("1x", 16), ("4x", 4), ("16x", 1)):
    folder = os.path.join(target, name, "corpus")
    os.makedirs(folder, exist_ok=True)
    for file in sorted(os.listdir(source)):
        with open(os.path.join(source, file), encoding="utf-8") as handle:
            paragraphs = handle.read().split("\n\n")
        keep = paragraphs[: max(1, len(paragraphs) // share)]
        with open(os.path.join(folder, file), "w", encoding="utf-8") as handle:
            handle.write("\n\n".join(keep) + "\n")
PY

median_of() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.3f} {min(v):.3f} {max(v):.3f}")' "$@"; }
time_run() {  # prints seconds of one run of the command, output discarded; exit status 0 or 1 is fine
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
    end=$(date +%s.%N)
    python3 -c "print($end - $start)"
}

declare -A SECONDS_FOR
declare -A BYTES_FOR
COMMANDS=(ingest check)
if "$KB" --help | grep -qE "^  export "; then COMMANDS+=(export); fi
for size in 1x 4x 16x; do
    folder="$DIR/scaling/$size"
    runs=()
    for _ in $(seq "$ROUNDS"); do
        rm -f "$folder/kb.sqlite" "$folder/kb.sqlite-wal" "$folder/kb.sqlite-shm"
        runs+=("$(time_run "$KB" ingest --db "$folder/kb.sqlite" "$folder/corpus")")
    done
    SECONDS_FOR[ingest,$size]=$(median_of "${runs[@]}")
    echo "bench_scaling: ingest $size: ${SECONDS_FOR[ingest,$size]} (median min max s)" >&2
    BYTES_FOR[$size]=$(du -cb "$folder/corpus" | tail -1 | cut -f1)
    facts=$(sqlite3 "$folder/kb.sqlite" "SELECT COUNT(*) FROM facts")
    claims=$(sqlite3 "$folder/kb.sqlite" "SELECT COUNT(*) FROM claims")
    echo "bench_scaling: $size: ${BYTES_FOR[$size]} bytes, $facts facts, $claims claims" >&2
    for command in "${COMMANDS[@]}"; do
        [ "$command" = ingest ] && continue
        runs=()
        for _ in $(seq "$ROUNDS"); do
            case $command in
                check) runs+=("$(time_run "$KB" check --db "$folder/kb.sqlite" --format json)") ;;
                export) runs+=("$(time_run "$KB" export --db "$folder/kb.sqlite" --format json --output "$folder/export.json")") ;;
            esac
        done
        SECONDS_FOR[$command,$size]=$(median_of "${runs[@]}")
        echo "bench_scaling: $command $size: ${SECONDS_FOR[$command,$size]} (median min max s)" >&2
    done
done

echo
echo "Scaling on $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%d) (\`bash Scripts/bench_scaling.sh\`):"
echo
echo "| command | 1x (s) | 4x (s) | 16x (s) | growth exponent 1x→16x |"
echo "|---|---|---|---|---|"
for command in "${COMMANDS[@]}"; do
    read -r m1 _ _ <<<"${SECONDS_FOR[$command,1x]}"
    read -r m4 _ _ <<<"${SECONDS_FOR[$command,4x]}"
    read -r m16 _ _ <<<"${SECONDS_FOR[$command,16x]}"
    exponent=$(python3 -c "import math; print(f'{math.log($m16/$m1)/math.log(${BYTES_FOR[16x]}/${BYTES_FOR[1x]}):.2f}')")
    echo "| kb $command | $m1 | $m4 | $m16 | $exponent |"
done
echo
echo "Corpus sizes: 1x ${BYTES_FOR[1x]} B, 4x ${BYTES_FOR[4x]} B, 16x ${BYTES_FOR[16x]} B."
