#!/usr/bin/env bash
# Durable writes a second through HTTP (issue #22, item 5): starts the jar on a random port with a fresh H2 data
# directory (or on the JDBC URL given), runs bench/load/WriteLoad.java against it and stops it.
# Usage: bench/load/write-load.sh JAR [writers=16] [seconds=20] [warmup=10] [one|own] [jdbcUrl [user]]
# The per-client write limit (WHEREABOUTS_WRITES_PER_MINUTE, 6,000 by default) is raised: all writers share one
# address, and the limit is what a desk's client may do, not what the store can.
set -euo pipefail
jar=$1; writers=${2:-16}; seconds=${3:-20}; warmup=${4:-10}; tracks=${5:-one}; url=${6:-}; user=${7:-sa}
cd "$(dirname "$0")/../.."
port=$((20000 + RANDOM % 20000))
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
WHEREABOUTS_PORT=$port WHEREABOUTS_DATA_DIR=$dir WHEREABOUTS_DEMO=false WHEREABOUTS_WRITES_PER_MINUTE=100000000 \
  WHEREABOUTS_DB_URL=$url WHEREABOUTS_DB_USER=$user java ${JAVA_OPTS:-} -jar "$jar" > "$dir/log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/api/health"; do
  kill -0 $pid 2>/dev/null || { cat "$dir/log"; exit 1; }; sleep 0.1
done
# The server does part of its start-up after the port opens (indexes, labels): wait until it is idle (under
# 0.05 s of CPU in 2 s), so that the writes measured do not pay for it.
ticks() { awk '{print $14+$15}' /proc/$pid/stat; }
prev=$(ticks)
while sleep 2; do now=$(ticks); [ $((now - prev)) -le 5 ] && break; prev=$now; done
echo "server idle after start: $(( $(ticks) / 100 )) s of CPU"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/load/WriteLoad.java "http://127.0.0.1:$port" "$writers" "$seconds" "$warmup" "$tracks" $pid
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
