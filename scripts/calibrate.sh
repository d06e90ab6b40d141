#!/usr/bin/env bash
# Fits the calibrated ranking to the corpus of real reports and writes resources/calibration/weights.json.
#
#   bash scripts/calibrate.sh            builds bucketdoctor-calibrate in ./build (or $BUCKETDOCTOR_BUILD_DIR),
#                                        checks the corpus, fits, writes the weights, prints the 5-fold table
#
# The fit is deterministic (core/diagnosis/Calibration.cpp: multinomial logistic regression with L2,
# full-batch gradient descent from zero for a fixed number of iterations), so the same corpus, trees
# and vocabulary give the same file byte for byte; the CalibrationUpToDate test re-runs it and fails
# when the committed file differs. Commit weights.json together with the change that moved it.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BUCKETDOCTOR_BUILD_DIR:-build}
python3 scripts/check-corpus.py tests/fixtures/realworld/cases.json
if [[ ! -f $dir/build.ninja ]]; then
    bash scripts/build.sh >/dev/null
fi
cmake --build "$dir" --target bucketdoctor-calibrate
"$dir"/tools/bucketdoctor-calibrate --source-dir . --out resources/calibration/weights.json
# The cross-validated figures (each fold fitted apart; the file just written plays no part).
"$dir"/tools/bucketdoctor-calibrate --source-dir . --cross-validate 5
