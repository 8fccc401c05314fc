#!/usr/bin/env bash
# Fuzzes kb's parsers with libFuzzer (Swift's -sanitize=fuzzer, with AddressSanitizer).
#
# Usage: Fuzz/fuzz.sh [TARGET[,TARGET...]|all] [SECONDS]      (default: all, 300 s each)
#   Targets: text markdown html json (the readers), splitter (FactSplitter), claims
#   (QuantityScanner), query (SearchQuery and the highlighter), check (ingest pipeline + Checker).
#   FUZZ_JOBS=2 Fuzz/fuzz.sh all 600   runs two targets at a time.
#   FUZZ_FLAGS=-len_control=0 Fuzz/fuzz.sh claims 900   passes libFuzzer flags through (here: try
#   long inputs from the start instead of growing them slowly).
#
# Builds .build-fuzz/kbfuzz from the sources of the targets KBText, KBModel, KBClaims, KBIngest,
# KBCheck and KBSearch, Fuzz/Fuzzer.swift, Tests/KnowledgeBaseTests/FuzzRegressionTests.swift
# (which defines the targets) and the test helpers it uses (Tests/KnowledgeBaseTests/Support.swift,
# Tests/TestSupport/TestSupport.swift), compiled together as one module, kbfuzz: the files are
# copied to .build-fuzz/src/ with their `import KB...`/`import TestSupport` lines blanked (line
# numbers and, through #sourceLocation, file names in messages and stack traces stay those of the
# originals). One link per target (.build-fuzz/html, ...). Each target starts from the repository corpus
# Fuzz/corpus/<target>/ plus the inputs of earlier runs in .build-fuzz/corpus/<target>/, and
# runs for SECONDS with inputs of at most 4096 bytes. Afterwards the new inputs are merged
# (-merge=1) and those that brought the most new coverage join the repository corpus while it holds
# fewer than 50 files per target, each at most 4 KB (FUZZ_RESELECT=1: rank the whole corpus anew,
# keeping the hand-written seeds; see Fuzz/keep_corpus.py). Crash, timeout and out-of-memory inputs
# land in .build-fuzz/crashes/<target>/.
#
# Rerun one input:  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/<target> FILE
# Exit status: 0 when no target crashed, 1 when one did, 2 on a usage or build error.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=.build-fuzz
ALL_TARGETS=(text markdown html json splitter claims query check)
MAX_LEN=4096          # longest input tried, in bytes
MAX_CORPUS_FILES=50   # repository corpus files kept per target
MAX_CORPUS_BYTES=4096 # largest repository corpus file

targets_arg=${1:-all}
seconds=${2:-300}
jobs=${FUZZ_JOBS:-1}
if [[ $targets_arg == all ]]; then
    targets=("${ALL_TARGETS[@]}")
else
    IFS=, read -r -a targets <<<"$targets_arg"
fi
for target in "${targets[@]}"; do
    if [[ ! " ${ALL_TARGETS[*]} " =~ " $target " ]]; then
        echo "fuzz.sh: unknown target '$target' (targets: ${ALL_TARGETS[*]})" >&2
        exit 2
    fi
done
if ! [[ $seconds =~ ^[0-9]+$ && $jobs =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: Fuzz/fuzz.sh [TARGET[,TARGET...]|all] [SECONDS]   (FUZZ_JOBS=N for N at a time)" >&2
    exit 2
fi

# MARK: Build (only when a source changed since the last build).

# The library targets the fuzz targets reach, compiled into the fuzzer as one module.
MODULES=(KBText KBModel KBClaims KBIngest KBCheck KBSearch)
# FuzzRegressionTests.swift defines the targets; the test target's Support.swift (the scanner's
# `claims(in:)`) and TestSupport (repositoryRoot) are what it uses besides kb's own code.
sources=("$ROOT"/Fuzz/Fuzzer.swift "$ROOT"/Tests/KnowledgeBaseTests/FuzzRegressionTests.swift
         "$ROOT"/Tests/KnowledgeBaseTests/Support.swift "$ROOT"/Tests/TestSupport/TestSupport.swift)
for module in "${MODULES[@]}"; do
    [[ -d Sources/$module ]] || { echo "fuzz.sh: Sources/$module is missing" >&2; exit 2; }
    while IFS= read -r -d '' file; do sources+=("$file"); done < <(find "$ROOT/Sources/$module" -name '*.swift' -print0 | sort -z)
done
mkdir -p "$OUT"
binary="$OUT/kbfuzz"
exec 9> "$OUT/build.lock"
flock 9   # two fuzz.sh started together build once
if [[ ! -x $binary ]] || [[ -n $(find "${sources[@]}" Sources/CLibXML2 "$0" -newer "$binary" -print -quit) ]]; then
    echo "building $binary (${#sources[@]} Swift files as one module; a few minutes)"
    # One module: the imports of kb's own targets go (blank lines keep the line numbers), and
    # #sourceLocation names the original file in diagnostics and stack traces.
    rm -rf "$OUT/src" && mkdir -p "$OUT/src"
    copies=()
    for file in "${sources[@]}"; do
        relative=${file#"$ROOT"/}
        copy="$OUT/src/$relative"
        mkdir -p "$(dirname "$copy")"
        {
            printf '#sourceLocation(file: "%s", line: 1)\n' "$file"
            sed -E 's/^[[:space:]]*(@testable[[:space:]]+)?import[[:space:]]+(KB[A-Za-z0-9_]*|TestSupport)[[:space:]]*$//' "$file"
        } > "$copy"
        copies+=("$copy")
    done
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -module-name kbfuzz -D KB_FUZZ \
        -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2 \
        "${copies[@]}" -o "$binary.tmp" 2> "$OUT/build.log"; then
        grep -v "Cannot export local symbol" "$OUT/build.log" | grep -E "error|warning: unre" | head -40 >&2
        echo "fuzz.sh: build failed (full log: $OUT/build.log)" >&2
        exit 2
    fi
    mv "$binary.tmp" "$binary"
fi
for target in "${ALL_TARGETS[@]}"; do ln -sf kbfuzz "$OUT/$target"; done
flock -u 9

# MARK: Run

# AddressSanitizer's options for the runs: the caller's, with the exit-time leak check off (see run_target).
ASAN_NO_LEAKS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

# Prunes what the run found into the repository corpus: a -merge=1, then keep_corpus.py adds the
# inputs that brought the most new coverage, each at most MAX_CORPUS_BYTES, while the folder holds
# fewer than MAX_CORPUS_FILES. By default the files already there stay (the merge starts from a copy
# of them); FUZZ_RESELECT=1 ranks them with the new inputs and keeps only the hand-written seeds
# and the best (see Fuzz/keep_corpus.py).
keep_new_inputs() {
    local target=$1 repo="Fuzz/corpus/$1" work="$OUT/corpus/$1"
    local merged="$OUT/merge/$target"
    rm -rf "$merged" "$merged.control" && mkdir -p "$merged" "$repo"   # an old control file would resume
    local inputs=("$repo" "$work")
    if [[ ${FUZZ_RESELECT:-0} != 1 ]]; then
        cp "$repo"/* "$merged"/ 2>/dev/null || true
        inputs=("$work")
    fi
    if ! ASAN_OPTIONS=$ASAN_NO_LEAKS "$OUT/$target" -merge=1 -merge_control_file="$merged.control" -max_len=$MAX_LEN -timeout=10 \
        -detect_leaks=0 "$merged" "${inputs[@]}" > "$OUT/logs/$target.merge.log" 2>&1; then
        echo "  merge failed: $OUT/logs/$target.merge.log"
        return 0
    fi
    echo "  corpus: $(find "$merged" -type f | wc -l) inputs cover the features found;" \
        "$(python3 Fuzz/keep_corpus.py "$merged.control" "$repo" $MAX_CORPUS_FILES $MAX_CORPUS_BYTES) in $repo"
}

run_target() {
    local target=$1
    # The HTML reader's test pages seed its fuzzer from where they live (no copies in the corpus).
    local seeds=()
    [[ $target == html ]] && seeds=(Tests/KnowledgeBaseTests/Fixtures/Readers)
    local log="$OUT/logs/$target.log" crashes="$OUT/crashes/$target/"
    mkdir -p "$OUT/corpus/$target" "$crashes" "$OUT/logs" "Fuzz/corpus/$target"
    local before
    before=$(find "$crashes" -type f | wc -l)
    # -timeout: an input that takes 10 s (at most 4 KB) is a hang. Leak checks are off, during the
    # run (-detect_leaks=0) and at exit (ASAN_OPTIONS detect_leaks=0): LeakSanitizer reads objects
    # that static lets hold (Units.standard's indirect-enum boxes, Attribute.none) as leaked,
    # likely because Swift keeps tag bits in those pointers, and the exit report would save the
    # empty input as a crash. Swift's own crash backtracer is off: it reads the stack in a way
    # AddressSanitizer reports as a stack-buffer-underflow, hiding the real trap.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=$ASAN_NO_LEAKS "$OUT/$target" -max_total_time="$seconds" -max_len=$MAX_LEN \
        -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$crashes" ${FUZZ_FLAGS:-} \
        "$OUT/corpus/$target" "Fuzz/corpus/$target" "${seeds[@]}" > "$log" 2>&1 || true
    {
        echo "== $target ($seconds s): $log"
        grep -E '^Done [0-9]+ runs|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" | sed 's/^/  /' || true
        grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -1 | sed 's/^/  last: /' || true
        local found
        found=$(find "$crashes" -type f -newer "$log.start" 2>/dev/null || true)
        if [[ -n $found ]]; then
            grep -m1 -E 'Fatal error|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|==ERROR' "$log" | sed 's/^/  /' || true
            # The innermost kb frame of the stack trace after the error (not the NEW_FUNC lines before it).
            awk '/Fatal error|==ERROR|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)/ { on = 1 }
                 on && /#[0-9]+ 0x[0-9a-f]+ in \$s6kbfuzz/ { sub(/^ *#[0-9]+ 0x[0-9a-f]+ in /, ""); print; exit }' "$log" |
                swift demangle --simplified | sed 's/^/  in: /' || true
            echo "$found" | sed "s|^|  CRASH: |; s|\$|   (rerun: SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $OUT/$target FILE)|"
        fi
        keep_new_inputs "$target"
    } > "$OUT/logs/$target.summary"
    cat "$OUT/logs/$target.summary"
    [[ $(find "$crashes" -type f | wc -l) -eq $before ]]
}

mkdir -p "$OUT/logs"
status=0
pids=()
for target in "${targets[@]}"; do
    touch "$OUT/logs/$target.log.start"
    run_target "$target" & pids+=($!)
    if (( ${#pids[@]} >= jobs )); then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
