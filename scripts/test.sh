#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, prints the benchmark figures, and runs
# every test (GUI tests included, on the offscreen platform); then the whole suite once more under
# AddressSanitizer and UndefinedBehaviorSanitizer, and every fuzz target for a short while.
# BUCKETDOCTOR_QUICK=1 stops after the first test run.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase prints its wall time, so a CI log shows where the run's minutes go.
phase_start=$SECONDS
phase() {
    echo "== phase done in $((SECONDS - phase_start)) s (total $SECONDS s): $1"
    phase_start=$SECONDS
}
bash scripts/setup-deps.sh ${BUCKETDOCTOR_DESKTOP:+--desktop}
# The Node.js tests (SDK cross-check, store emulator against the SDKs, s3rver) are registered at
# configure time only when tests/node_modules exists, so install it before the build configures.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    if ! (cd tests && npm ci --no-audit --no-fund); then
        # In CI the cross-check must run; on a developer's offline machine it may be skipped.
        [[ ${CI:-} == true ]] && { echo "npm ci failed: the Node.js tests cannot run" >&2; exit 1; }
        echo "npm ci failed: the Node.js tests are not registered"
    fi
fi
phase "dependencies"
bash scripts/build.sh -DBUCKETDOCTOR_WARNINGS_AS_ERRORS=ON -DBUCKETDOCTOR_BUILD_TESTS=ON
phase "build"
# Benchmarks measure and print; they never fail the run.
build/bench/bucketdoctor-bench 5 || echo "benchmark did not complete"
build/bench/bucketdoctor-sign-bench 300 || echo "signing benchmark did not complete"
phase "benchmarks"
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
phase "tests"
[[ -n ${BUCKETDOCTOR_QUICK:-} ]] && exit 0

# The same suite in a Debug build with ASan and UBSan (UBSan stops at its first finding), and with
# LeakSanitizer: scripts/lsan.supp names each allocation outside our code that lives as long as the
# process (or its thread), and why; any other leak fails the run. Left out: the packages, and the
# label "slow" (the corpus cross-validation and the check of the committed weights: six fits, about
# four minutes under ASan, of arithmetic the main build has checked).
# Line tables (-g1) are all a sanitizer report needs, and compile a tenth faster than -g.
BUCKETDOCTOR_BUILD_DIR=build-asan bash scripts/build.sh -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DBUCKETDOCTOR_SANITIZE=ON \
    -DBUCKETDOCTOR_WARNINGS_AS_ERRORS=ON -DBUCKETDOCTOR_BUILD_TESTS=ON
phase "sanitizer build"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0" UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" --label-exclude "packaging|slow"
phase "sanitizer tests"

# Every libFuzzer target, 20 seconds each, from the fixtures' seeds; a crash fails the run.
bash scripts/fuzz.sh 20
phase "fuzzing"
