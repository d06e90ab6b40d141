#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang in build-fuzz/ and runs each for SECONDS (default
# 20) on a fresh copy of its seed corpus, as many at once as there are cores. Prints one line per
# target; exits 1 when any target crashes, times out or runs out of memory, keeping the input under
# build-fuzz/crashes/<target>/ (reproduce: build-fuzz/fuzz/<target> <input>).
#
# Usage: bash scripts/fuzz.sh [seconds per target]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
bash scripts/setup-deps.sh

source scripts/ccache-launcher.sh
# A tree of its own: everything linked into a fuzzer, core included, must be built by clang.
# Line tables only (-g1), as scripts/build.sh: crash reports need file and line, not variables.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DBUCKETDOCTOR_FUZZ=ON -DBUCKETDOCTOR_BUILD_GUI=OFF -DBUCKETDOCTOR_BUILD_TESTS=OFF -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON \
    -DBUCKETDOCTOR_WARNINGS_AS_ERRORS=ON "${launcher[@]}" >/dev/null
cmake --build build-fuzz --target bucketdoctor_fuzzers --parallel

bash fuzz/make-corpus.sh build-fuzz/corpus >/dev/null
rm -rf build-fuzz/crashes build-fuzz/logs
mkdir -p build-fuzz/logs

declare -A dicts=(
    [FuzzPasteParser]=paste [FuzzDiagnosis]=paste [FuzzErrorXmlReader]=xml [FuzzUrlInspector]=url
    [FuzzCorsEvaluator]=cors [FuzzRefererEvaluator]=referer [FuzzPolicyEvaluator]=policy
)
targets=(FuzzPasteParser FuzzDiagnosis FuzzErrorXmlReader FuzzUrlInspector FuzzCorsEvaluator FuzzRefererEvaluator FuzzPolicyEvaluator)
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run() {
    local target=$1
    mkdir -p "build-fuzz/crashes/$target"
    local rc=0
    "build-fuzz/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -dict="fuzz/dicts/${dicts[$target]}.dict" \
        -artifact_prefix="build-fuzz/crashes/$target/" "build-fuzz/corpus/$target" \
        >"build-fuzz/logs/$target.log" 2>&1 || rc=$?
    echo "$rc" >"build-fuzz/logs/$target.rc"
}

# One target per core: each libFuzzer process is single-threaded.
jobs_max=$(nproc)
for target in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs_max)); do
        wait -n || true
    done
    run "$target" &
done
wait

failed=0
for target in "${targets[@]}"; do
    log=build-fuzz/logs/$target.log
    rc=$(cat "build-fuzz/logs/$target.rc")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    # The last status line holds the final edge coverage (cov) and features (ft).
    coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
    crashes=$(find "build-fuzz/crashes/$target" -type f | wc -l)
    printf '%-22s executions %-10s exec/s %-7s %-22s crashes %s\n' \
        "$target" "${execs:-?}" "${rate:-?}" "${coverage:-cov: ?}" "$crashes"
    if [[ $rc != 0 || $crashes != 0 ]]; then
        failed=1
        echo "  $target failed (exit $rc); log: $log; inputs: build-fuzz/crashes/$target/" >&2
        grep -m 1 -A 30 -E '^==[0-9]+==ERROR|runtime error|deadly signal|ERROR: libFuzzer' "$log" >&2 || true
    fi
done
exit "$failed"
