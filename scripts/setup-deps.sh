#!/usr/bin/env bash
# Installs what building and testing Bucket Doctor needs on Debian 12, and nothing when all of it
# is already there. Safe to run again.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev
    qtkeychain-qt6-dev # the desktop app keeps credentials in the OS keychain when asked to
    openssl # TestHttpProbe makes its TLS certificates with the openssl command
    poppler-utils # TestReportExporter reads the exported PDF back with pdftotext
    clang libclang-rt-14-dev # scripts/fuzz.sh builds the libFuzzer targets (libclang_rt.fuzzer) with clang
    qt6-svg-dev # packaging/ renders the PNG icon sizes from the SVG at build time
    appstream desktop-file-utils # ctest validates the AppStream metainfo and the desktop entry
    dpkg-dev # cpack -G DEB computes the package Depends with dpkg-shlibdeps
    # tests/rgw/start-rgw.sh runs a throw-away Ceph RADOS Gateway (Ceph 16) as a real S3 server; its
    # python3-rados (mon-setup.py) comes in through ceph-common
    radosgw ceph-mon ceph-osd uuid-runtime
    curl # tests/rgw/scenarios.mjs records its transcripts with curl -v
)
# The SDK cross-check test runs on Node.js; Debian's packages are enough when node is missing.
if ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi
# The desktop app shows Chinese and Korean: give it fonts that have those glyphs.
if [[ ${1:-} == --desktop ]]; then
    packages+=(fonts-noto-cjk)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
