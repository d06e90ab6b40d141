#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, prints the benchmark figures, and runs
# every test (GUI tests included, on the offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DBUCKETDOCTOR_WARNINGS_AS_ERRORS=ON -DBUCKETDOCTOR_BUILD_TESTS=ON
# Benchmarks measure and print; they never fail the run.
build/bench/bucketdoctor-bench 5 || echo "benchmark did not complete"
build/bench/bucketdoctor-sign-bench 300 || echo "signing benchmark did not complete"
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
