#!/usr/bin/env bash
# Runs a throw-away single-node Ceph cluster with a RADOS Gateway as a real S3 for the tests.
#
# Usage: start-rgw.sh [PORT]
#
# Starts ceph-mon (messenger v2 only), ceph-osd (memstore: objects live in RAM) and radosgw (beast
# on 127.0.0.1:PORT; PORT 0 or absent picks a free port), creates the test users with the fixed
# keys listed in README.md, waits until the S3 endpoint answers and prints exactly one line
# `listening http://127.0.0.1:PORT` on stdout. Everything else goes to stderr. Then it stays in the
# foreground until SIGTERM/SIGINT, until stdin closes (only when stdin is a pipe, as it is under
# tests/servers/ServerProcess), or until one of the daemons dies; on the way out it stops every daemon it
# started (SIGKILL after a short grace) and removes its temporary directory, which holds every file
# the cluster writes (config, data, run files, logs, admin sockets, crash dumps).
#
# Exit status: 0 after SIGTERM/SIGINT or stdin closing, 1 when a daemon died after the start,
# 2 when the cluster could not be started.
#
# Environment:
#   BUCKETDOCTOR_RGW_DEBUG=1  radosgw logs every request with its canonical request and string to
#                             sign (debug rgw = 20), and the temporary directory is kept on exit
#                             (its path goes to stderr) so the logs can be read.
#   TMPDIR                    where the temporary directory is created (default /tmp).

# shellcheck disable=SC2317 # terminate, stop_daemons and cleanup run from the traps
set -euo pipefail

readonly self=${0##*/}
now_us() { echo $((10#${EPOCHREALTIME/[.,]/})); }
start_us=$(now_us)
readonly start_us
# Sleeps without starting a process (the polling loops would start hundreds): a read that times
# out on a pipe nobody writes to, on fd 4.
exec 4<> <(:)
nap() { read -r -t "$1" -u 4 _ || true; }
readonly startup_timeout_s=60
readonly stop_grace_us=1500000

# The fixed test users. tests/rgw/README.md and tests/rgw/scenarios.mjs use the same constants.
readonly users=(
    # uid       access key             secret key                                display name
    "owner     BDOWNERKEY0000000000   bdownersecret000000000000000000000000000   Bucket Doctor owner"
    "other     BDOTHERKEY0000000000   bdothersecret000000000000000000000000000   Bucket Doctor other"
    "suspended BDSUSPENDEDKEY000000   bdsuspendedsecret00000000000000000000000   Bucket Doctor suspended"
)

log() { printf '%s: %s\n' "$self" "$*" >&2; }
fail() {
    log "$*"
    exit 2
}
elapsed() { elapsed_since "$start_us"; }
elapsed_since() {
    local us=$(($(now_us) - $1))
    printf '%d.%02d' $((us / 1000000)) $((us % 1000000 / 10000))
}

if (($# > 1)) || [[ ${1:-0} == -* ]] || ! [[ ${1:-0} =~ ^[0-9]+$ ]] || ((${1:-0} > 65535)); then
    printf 'usage: %s [PORT]   (PORT 0 or absent: pick a free port)\n' "$self" >&2
    exit 2
fi
rgw_port=$((10#${1:-0}))

for tool in ceph-mon ceph-osd radosgw radosgw-admin monmaptool ceph uuidgen setpriv; do
    command -v "$tool" >/dev/null 2>&1 \
        || fail "$tool not found; install radosgw ceph-mon ceph-osd uuid-runtime (scripts/setup-deps.sh)"
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# mon-setup.py needs the librados binding: run it with the interpreter of the `ceph` command.
ceph_python=$(sed -n '1s/^#![[:space:]]*//p' "$(command -v ceph)")
ceph_python=${ceph_python%% *}
if ! [[ -x $ceph_python ]] || ! "$ceph_python" -c 'import rados' 2>/dev/null; then
    fail "no Python with the rados module (python3-rados, a dependency of ceph-common)"
fi

# Background jobs get /dev/null as stdin; keep the real one for the stdin watcher.
exec 3<&0
dir=$(mktemp -d "${TMPDIR:-/tmp}/bucketdoctor-rgw.XXXXXX")
readonly dir
debug=${BUCKETDOCTOR_RGW_DEBUG:-0}
pids=()    # every daemon this script started, in order
names=()   # daemon or helper name by pid
helpers=() # helper jobs (mon-setup.py, radosgw-admin) that may still run
stdin_watcher=

# SIGTERM to the given daemons, SIGKILL to those still running after the grace period.
terminate() {
    local pid alive deadline
    (($# == 0)) && return 0
    kill -TERM "$@" 2>/dev/null || true
    deadline=$(($(now_us) + stop_grace_us))
    while :; do
        alive=()
        for pid in "$@"; do
            kill -0 "$pid" 2>/dev/null && alive+=("$pid")
        done
        ((${#alive[@]} == 0)) && break
        if ((${EPOCHREALTIME/[.,]/} >= deadline)); then
            log "still running after SIGTERM: $(for pid in "${alive[@]}"; do printf '%s ' "${names[$pid]}"; done)- SIGKILL"
            kill -KILL "${alive[@]}" 2>/dev/null || true
            break
        fi
        nap 0.02
    done
    for pid in "$@"; do
        wait "$pid" 2>/dev/null || true
    done
}

# In reverse order of start: radosgw drops its watches on the OSD, the OSD tells the monitor it is
# going down and waits for the answer; each would only stop on SIGKILL with the layer below gone.
stop_daemons() {
    local stop_start i
    ((${#pids[@]} == 0)) && return 0
    stop_start=$(now_us)
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        terminate "${pids[i]}"
    done
    pids=()
    log "daemons stopped in $(elapsed_since "$stop_start") s"
}

cleanup() {
    # A second signal (timeout(1) signals the whole process group too) must not cut this short.
    trap '' INT TERM
    trap - EXIT
    local pid
    for pid in ${stdin_watcher:+"$stdin_watcher"} "${helpers[@]}"; do
        disown "$pid" 2>/dev/null || true # no "Killed" notice from bash
        kill -KILL "$pid" 2>/dev/null || true
    done
    stop_daemons
    if [[ $debug == 1 ]]; then
        log "kept $dir (BUCKETDOCTOR_RGW_DEBUG=1)"
    else
        rm -rf "$dir"
    fi
}
trap cleanup EXIT
trap 'exit 0' INT TERM

# Prints the last lines of a daemon's log to stderr (for start-up failures).
show_log() {
    local file=$dir/log/$1.log
    [[ -s $file ]] && { log "last lines of $1.log:"; tail -n 20 "$file" >&2; }
    file=$dir/log/$1.out
    [[ -s $file ]] && { log "$1 stdout/stderr:"; tail -n 20 "$file" >&2; }
    return 0
}

# Ports some socket on this machine already uses (any state), from /proc/net/tcp{,6}.
used_ports() {
    local file sl local_address rest
    for file in /proc/net/tcp /proc/net/tcp6; do
        [[ -r $file ]] || continue
        while read -r sl local_address rest; do
            [[ $sl == sl ]] && continue
            echo $((16#${local_address##*:}))
        done <"$file"
    done
}

# A port that is free right now, below the usual ephemeral range (32768+) so that outgoing
# connections do not take it before the daemon binds it.
free_port() {
    local port used
    used=" $(used_ports | tr '\n' ' ') "
    for _ in {1..200}; do
        port=$((20000 + RANDOM % 12000))
        [[ $used != *" $port "* ]] && { echo "$port"; return 0; }
    done
    return 1
}

# Runs a command in the background with its output in log/NAME.out, apart from our stdio; it gets
# SIGKILL should this script die without running its traps.
spawn() {
    local name=$1
    shift
    setpriv --pdeathsig KILL -- "$@" </dev/null >>"$dir/log/$name.out" 2>&1 3<&- 4<&- &
    last_pid=$!
    names[last_pid]=$name
}
start_daemon() {
    spawn "$@"
    pids+=("$last_pid")
}
start_helper() {
    spawn "$@"
    helpers+=("$last_pid")
}

# Fails when a daemon has exited during the start.
check_daemons() {
    local pid
    for pid in "${pids[@]}"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            show_log "${names[$pid]}"
            fail "${names[$pid]} exited during start-up"
        fi
    done
}

# Waits for a helper job, failing early when a daemon exits or the start takes too long.
wait_helper() {
    local pid=$1
    while kill -0 "$pid" 2>/dev/null; do
        check_daemons
        ((SECONDS < startup_deadline)) || fail "${names[$pid]} did not finish within ${startup_timeout_s} s"
        nap 0.02
    done
    wait "$pid" || { show_log "${names[$pid]}"; fail "${names[$pid]} failed"; }
}

# Sends `GET /` and succeeds when an HTTP status line comes back.
endpoint_answers() {
    (
        exec 5<>"/dev/tcp/127.0.0.1/$rgw_port" || exit 1
        printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$rgw_port" >&5
        IFS= read -r -t 2 status <&5 || exit 1
        # Read the rest so that radosgw does not see the connection reset.
        while IFS= read -r -t 2 _ <&5; do :; done
        [[ $status == HTTP/1.1\ * ]]
    ) 2>/dev/null
}

mkdir -p "$dir"/{mon,osd,rgw,run,log,crash,tmp}
startup_deadline=$((SECONDS + startup_timeout_s))
mon_port=$(free_port) || fail "no free port for ceph-mon"
while ((rgw_port == 0 || rgw_port == mon_port)); do
    rgw_port=$(free_port) || fail "no free port for radosgw"
done
fsid=$(uuidgen)
osd_uuid=$(uuidgen)
conf=$dir/ceph.conf
if [[ $debug == 1 ]]; then
    debug_rgw=20
else
    debug_rgw=1
fi

# `$name` and `$cluster` are Ceph's own metavariables, expanded by each daemon.
cat >"$conf" <<EOF
[global]
fsid = $fsid
mon host = v2:127.0.0.1:$mon_port
mon initial members = a
public addr = 127.0.0.1
ms bind msgr1 = false
ms bind msgr2 = true

# No cephx between the daemons. With auth none every messenger mode must be crc, or radosgw
# hangs at start (get_initial_auth_request returned -13).
auth cluster required = none
auth service required = none
auth client required = none
auth supported = none
ms mon client mode = crc
ms client mode = crc
ms mon service mode = crc
ms service mode = crc
ms cluster mode = crc
ms mon cluster mode = crc

# Every path inside $dir.
keyring = $dir/keyring
run dir = $dir/run
admin socket = $dir/run/\$name.\$pid.asok
log file = $dir/log/\$name.log
mon cluster log file = $dir/log/mon-cluster.log
crash dir = $dir/crash
tmp dir = $dir/tmp
pid file =
mon data = $dir/mon/\$name
osd data = $dir/osd/\$name
rgw data = $dir/rgw/\$name
log to stderr = false
err to stderr = false
log to syslog = false
err to syslog = false
mon cluster log to syslog = false
mon cluster log to file = true
log max recent = 100

# One OSD: pools of size 1 with a few PGs each, no autoscaler (no ceph-mgr runs at all).
osd pool default size = 1
osd pool default min size = 1
mon allow pool size one = true
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon max pg per osd = 1000
osd crush chooseleaf type = 0
mon data avail warn = 1
mon data avail crit = 0
# The monitor's RocksDB preallocates its write-ahead log by the write buffer size (32 MB by default).
mon rocksdb options = write_buffer_size=4194304,compression=kNoCompression,level_compaction_dynamic_level_bytes=true

# Faster elections and map commits: start-up takes seconds instead of a quarter of a minute.
paxos propose interval = 0.05
paxos min wait = 0.01
# A client whose first operation went to a PG without an OSD (the OSD was still booting) only asks
# for newer maps on its next tick; the default 5 s tick would add 5 s to the start.
objecter tick interval = 0.1

[osd]
osd objectstore = memstore
memstore device bytes = 1073741824
osd op num shards = 1
osd op num threads per shard = 2

[client.rgw]
rgw frontends = beast endpoint=127.0.0.1:$rgw_port
rgw thread pool size = 32
debug rgw = $debug_rgw
rgw enable gc threads = false
rgw enable lc threads = false
rgw enable quota threads = false
rgw enable usage log = false
rgw enable ops log = false
EOF
: >"$dir/keyring"

log "directory $dir, mon port $mon_port"

# Monitor.
monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" "$dir/monmap" >"$dir/log/monmaptool.out" 2>&1 \
    || { cat "$dir/log/monmaptool.out" >&2; fail "monmaptool failed"; }
ceph-mon -c "$conf" -i a --mkfs --monmap "$dir/monmap" >"$dir/log/mon-mkfs.out" 2>&1 3<&- 4<&- \
    || { show_log mon-mkfs; show_log mon.a; fail "ceph-mon --mkfs failed"; }
start_daemon mon.a ceph-mon -c "$conf" -i a -f
log "$(elapsed) s: ceph-mon started (pid $last_pid)"

# OSD 0 and radosgw's pools are registered with the monitor (mon-setup.py waits for it to answer)
# while the OSD's memstore is formatted; then the OSD starts.
start_helper mon-setup "$ceph_python" "$here/mon-setup.py" "$conf" "$osd_uuid"
mon_setup_pid=$last_pid
mkdir -p "$dir/osd/osd.0"
ceph-osd -c "$conf" --no-mon-config -i 0 --mkfs --osd-uuid "$osd_uuid" >"$dir/log/osd-mkfs.out" 2>&1 3<&- 4<&- \
    || { show_log osd-mkfs; show_log osd.0; fail "ceph-osd --mkfs failed"; }
log "$(elapsed) s: osd.0 formatted"
wait_helper "$mon_setup_pid"
log "$(elapsed) s: osd.0 and pools registered"
start_daemon osd.0 ceph-osd -c "$conf" -i 0 -f
log "$(elapsed) s: ceph-osd started (pid $last_pid)"

start_daemon client.rgw radosgw -c "$conf" -n client.rgw -f
log "$(elapsed) s: radosgw started (pid $last_pid)"

# The users, in parallel (radosgw and radosgw-admin wait for the OSD to boot by themselves).
declare -A user_jobs=()
for user in "${users[@]}"; do
    read -r uid access secret display <<<"$user"
    start_helper "user-$uid" radosgw-admin -c "$conf" user create --uid "$uid" --display-name "$display" \
        --access-key "$access" --secret-key "$secret"
    user_jobs[$uid]=$last_pid
done
wait_helper "${user_jobs[suspended]}"
unset 'user_jobs[suspended]'
start_helper user-suspended radosgw-admin -c "$conf" user suspend --uid suspended
user_jobs[suspend]=$last_pid
for pid in "${user_jobs[@]}"; do
    wait_helper "$pid"
done
helpers=()
log "$(elapsed) s: users created"

until endpoint_answers; do
    check_daemons
    ((SECONDS < startup_deadline)) || { show_log client.rgw; fail "radosgw did not answer within ${startup_timeout_s} s"; }
    nap 0.02
done
log "$(elapsed) s: http://127.0.0.1:$rgw_port answers"

printf 'listening http://127.0.0.1:%s\n' "$rgw_port"

# Stay until a signal, stdin closing (when it is a pipe), or a daemon dying.
if [[ -p /dev/stdin ]]; then
    cat <&3 >/dev/null &
    stdin_watcher=$!
fi
status=0
wait -n "${pids[@]}" ${stdin_watcher:+"$stdin_watcher"} || status=$?
if [[ -n $stdin_watcher ]] && ! kill -0 "$stdin_watcher" 2>/dev/null; then
    log "stdin closed, stopping"
    exit 0
fi
log "a daemon exited (status $status), stopping"
exit 1
