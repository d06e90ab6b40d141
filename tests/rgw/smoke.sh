#!/usr/bin/env bash
# Smoke test of the RGW test server: starts start-rgw.sh, runs scenarios.mjs against it, checks
# that every scenario is there with the status and error code RGW is known to answer, stops the
# server and checks that its temporary directory is gone.
#
# Usage: tests/rgw/smoke.sh     (needs the packages of scripts/setup-deps.sh and `npm ci` in tests/)
# Exit status 0 when everything matches, 1 on any mismatch or failure (details on stderr).

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly here
readonly start_timeout_s=60

# name  status  code ("-": a success without error body)
readonly expected='
healthy                 200 -
wrong-secret            403 SignatureDoesNotMatch
unknown-key             403 InvalidAccessKeyId
suspended-user          403 UserSuspended
policy-deny-owner       403 AccessDenied
policy-deny-anonymous   403 AccessDenied
policy-allow-anonymous  200 -
object-acl-other-only   403 AccessDenied
object-acl-other-reads  200 -
cross-account-grant     200 -
cross-account-no-grant  403 AccessDenied
public-acl-ignored      403 AccessDenied
public-acl-readable     200 -
cors-allowed            200 -
cors-refused            403 AccessDenied
cors-not-configured     403 AccessDenied
clock-skew              403 RequestTimeTooSkewed
presigned-valid         200 -
presigned-expired       403 AccessDenied
anonymous-private       403 AccessDenied
'

log() { printf 'smoke.sh: %s\n' "$*" >&2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bucketdoctor-rgw-smoke.XXXXXX")
server_pid=
stop_server() {
    if [[ -n $server_pid ]]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
cleanup() {
    stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

failures=0
problem() {
    log "FAIL: $*"
    failures=$((failures + 1))
}

started=$EPOCHREALTIME
"$here/start-rgw.sh" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=
for ((i = 0; i < start_timeout_s * 20; i++)); do
    if read -r word rest 2>/dev/null <"$work/server.out" && [[ $word == listening ]]; then
        url=$rest
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        break
    fi
    sleep 0.05
done
if [[ -z $url ]]; then
    cat "$work/server.err" >&2
    log "FAIL: start-rgw.sh did not print a listening line"
    exit 1
fi
log "server: $url after $(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }') s"
server_dir=$(sed -n 's/^start-rgw.sh: directory \([^,]*\),.*/\1/p' "$work/server.err" | head -n 1)

scenarios_started=$EPOCHREALTIME
status=0
node "$here/scenarios.mjs" "$url" >"$work/scenarios.json" 2>"$work/scenarios.err" || status=$?
log "scenarios.mjs: exit status $status after $(awk -v a="$scenarios_started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }') s"
if ((status != 0)); then
    grep -v -e 'NodeVersionSupportWarning' -e '^$' "$work/scenarios.err" >&2 || true
    problem "scenarios.mjs exited with status $status"
fi

# The JSON check runs on Node, which the tests need anyway.
if [[ -s $work/scenarios.json ]]; then
    EXPECTED=$expected ENDPOINT=$url node --input-type=module - "$work/scenarios.json" <<'EOF' || problem "scenarios JSON check"
import fs from 'node:fs';

const json = JSON.parse(fs.readFileSync(process.argv.at(-1), 'utf8'));
const errors = [];
const expected = process.env.EXPECTED.trim().split('\n').map(line => line.trim().split(/\s+/));
if (json.endpoint !== process.env.ENDPOINT)
    errors.push(`endpoint ${json.endpoint}, expected ${process.env.ENDPOINT}`);
const names = new Set(Object.keys(json.scenarios ?? {}));
for (const [name, statusText, codeText] of expected) {
    const s = json.scenarios?.[name];
    if (!s) {
        errors.push(`${name}: missing`);
        continue;
    }
    names.delete(name);
    const status = Number(statusText);
    const code = codeText === '-' ? null : codeText;
    for (const field of ['bucket', 'object'])
        if (typeof s[field] !== 'string' || !s[field]) errors.push(`${name}: no ${field}`);
    if (s.expect?.status !== status || s.expect?.code !== code)
        errors.push(`${name}: expect is ${s.expect?.status} ${s.expect?.code}, the table says ${status} ${code}`);
    if (s.observed?.status !== status || s.observed?.code !== code)
        errors.push(`${name}: answered ${s.observed?.status} ${s.observed?.code}, expected ${status} ${code}`);
    const body = s.answers?.body;
    const curl = s.answers?.curl;
    if (typeof body !== 'string' || typeof curl !== 'string') {
        errors.push(`${name}: answers.body or answers.curl missing`);
        continue;
    }
    if (!new RegExp(`^< HTTP/1\\.1 ${status} `, 'm').test(curl))
        errors.push(`${name}: curl transcript has no status line ${status}`);
    if (!/^> (GET|OPTIONS) \//m.test(curl))
        errors.push(`${name}: curl transcript has no request line`);
    if (code) {
        if (!body.includes(`<Code>${code}</Code>`))
            errors.push(`${name}: body has no <Code>${code}</Code>`);
        if (!body.includes('<Message></Message>'))
            errors.push(`${name}: body has a non-empty Message`);
    }
    // Nothing secret in the transcript: no signature, no key id.
    if (/Signature=[0-9a-f]{64}/.test(curl) || (s.accessKeyId && curl.includes(s.accessKeyId)))
        errors.push(`${name}: curl transcript is not redacted`);
}
for (const name of names)
    errors.push(`${name}: not in the smoke table`);
if (errors.length) {
    console.error(errors.map(e => `  ${e}`).join('\n'));
    process.exit(1);
}
console.error(`  ${expected.length} scenarios as expected`);
EOF
else
    problem "scenarios.mjs printed nothing"
fi

stopped=$EPOCHREALTIME
stop_server
log "server stopped in $(awk -v a="$stopped" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }') s"
if [[ -z $server_dir ]]; then
    problem "start-rgw.sh did not name its directory"
elif [[ -e $server_dir ]]; then
    problem "$server_dir is still there after the server stopped"
fi

if ((failures > 0)); then
    log "$failures failure(s)"
    exit 1
fi
log "OK"
