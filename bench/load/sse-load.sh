#!/usr/bin/env bash
# Event-stream load on one machine: STREAMS open event streams (the browsers, niced: on a shared machine they stand
# in for clients elsewhere) while the desk posts WRITES sightings at RATE per second; prints the POST latency, how
# many streams got every change in order, and the server's resident memory per open stream.
#   bench/load/sse-load.sh SERVER_PID [streams=10000] [writes=1000] [rate=100] [base=http://127.0.0.1:7070] [stalled=0]
# With stalled > 0, that many more streams never read (clients gone to sleep); the lag printed at the end is how long
# after the last write the last reading stream had every change.
set -euo pipefail
pid=$1 streams=${2:-10000} writes=${3:-1000} rate=${4:-100} base=${5:-http://127.0.0.1:7070} stalled=${6:-0}
here=$(dirname "$0")
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
out=$(mktemp)
trap 'kill $readers 2>/dev/null || true; rm -f "$out" "$out.writes"' EXIT
before=$(rss)
nice -n 19 java -Xss256k -XX:+UseSerialGC "$here/SseLoad.java" readers "$base" "$streams" $((writes + 1)) "$stalled" \
  >"$out" 2>&1 &
readers=$!
until grep -q '^open' "$out"; do
  kill -0 $readers 2>/dev/null || { cat "$out"; exit 1; }
  sleep 0.5
done
open=$(rss)
java "$here/SseLoad.java" writes "$base" "$writes" "$rate" | tee "$out.writes"
written=$(awk '/answered at/ {print $NF}' "$out.writes")
wait $readers
cat "$out"
received=$(awk '/received at/ {print $NF}' "$out")
[ -n "$received" ] && echo "every reading stream had every change $((received - written)) ms after the last write was answered"
end=$(rss)
echo "server RSS: $((before / 1024)) MB before, $((open / 1024)) MB with $streams streams open, $((end / 1024)) MB at the end;" \
  "$(( (open - before) / (streams > 0 ? streams : 1) )) KB per stream (open - before)"
