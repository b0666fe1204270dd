#!/usr/bin/env bash
# Start-up time and RSS of the jar (issue #22): bench/start-rss.sh JAR IDLE_SECONDS [java options...]
# Prints wall and CPU ms to the first answer of /api/health, RSS 3 s later and after IDLE_SECONDS; see docs/performance.md.
jar=$1; idle=$2; shift 2
port=$((20000 + RANDOM % 20000))
dir=$(mktemp -d)
t0=$(date +%s%N)
WHEREABOUTS_PORT=$port WHEREABOUTS_DATA_DIR=$dir java "$@" -jar "$jar" > $dir/log 2>&1 &
pid=$!
while ! curl -sf -o /dev/null http://127.0.0.1:$port/api/health; do sleep 0.02; done
t1=$(date +%s%N)
cpu() { local tot=0; for p in $pid $(pgrep -P $pid); do c=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null); tot=$((tot + ${c:-0})); done; echo $((tot*10)); }
cpums=$(cpu)
ms=$(( (t1 - t0) / 1000000 ))
sleep 3
# RSS of the whole process tree (a relaunching launcher has a child)
rss() { local tot=0; for p in $pid $(pgrep -P $pid); do r=$(awk '/VmRSS/{print $2}' /proc/$p/status 2>/dev/null); tot=$((tot + ${r:-0})); done; echo $((tot/1024)); }
r3=$(rss)
sleep $idle
ri=$(rss)
echo "wall_ms=$ms cpu_ms=$cpums rss3s_MB=$r3 rss_idle_MB=$ri load=$(cut -d" " -f1 /proc/loadavg)"
kill $pid; wait $pid 2>/dev/null
cp $dir/log "${LOG_COPY:-/dev/null}"
rm -rf $dir
