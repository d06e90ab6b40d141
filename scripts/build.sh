#!/usr/bin/env bash
# Configures and builds into ./build (or $BUCKETDOCTOR_BUILD_DIR). Extra arguments go to the CMake
# configure step and win over the defaults here.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-deps.sh ${BUCKETDOCTOR_DESKTOP:+--desktop}
source scripts/ccache-launcher.sh
dir=${BUCKETDOCTOR_BUILD_DIR:-build}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
cmake --build "$dir" --parallel
