#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
BUCKETDOCTOR_DESKTOP=1 bash scripts/build.sh
exec build/app/gui/bucketdoctor "$@"
