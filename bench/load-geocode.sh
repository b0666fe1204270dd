#!/usr/bin/env bash
# Load test of GET /api/geocode over loopback with wrk (Debian package `wrk`): 32 connections, 2 threads, 30 s,
# a rotating set of queries (exact, prefix, fuzzy; Latin, Cyrillic, Hangul, Han). Loopback only; bounded in time.
# Usage: bench/load-geocode.sh [jar]   (default target/whereabouts.jar; starts it on a free port, stops it after)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/whereabouts.jar}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
WHEREABOUTS_PORT=$port WHEREABOUTS_DATA_DIR=$data WHEREABOUTS_DEMO=false java -jar "$jar" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 1; done
cat >"$data/queries.lua" <<'LUA'
local queries = {"Khasan", "Pyongyang", "Vladiv", "Khabar", "Vladivostock", "Khabarovks",
  "%D0%9F%D1%85%D0%B5%D0%BD%D1%8C%D1%8F%D0%BD", "%ED%8F%89%EC%96%91", "%E5%8C%97%E4%BA%AC", "Hanoi",
  "Ussuriysk", "Tumangang", "Rason", "Dandong", "Sinuiju", "Khas"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/geocode?limit=10&q=" .. queries[(i % #queries) + 1])
end
LUA
# warm-up, then the measured run
wrk -t2 -c32 -d10s -s "$data/queries.lua" "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c32 -d30s --latency -s "$data/queries.lua" "http://127.0.0.1:$port"
