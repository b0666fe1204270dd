#!/usr/bin/env bash
# Export against GDAL on the same machine: the same N sightings written as GeoJSON by our server
# (GET /api/tracks/{id}/export?format=geojson, streamed from the store for a track this large) and by
# `ogr2ogr -f GeoJSON` converting them from a GeoPackage. Best of three runs each; prints both and the ratio.
# The rows come in through the import API (a generated CSV); the GeoPackage is made from our CSV export of them,
# so both sides write the same rows with the same fields.
# Usage: bench/export-vs-ogr2ogr.sh [rows] [jar]   (default 100000 rows, target/whereabouts.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
jar=${2:-target/whereabouts.jar}
command -v ogr2ogr >/dev/null || { echo "needs ogr2ogr: apt-get install -y gdal-bin" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
WHEREABOUTS_PORT=$port WHEREABOUTS_DATA_DIR=$data WHEREABOUTS_DEMO=false java -jar "$jar" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/api/health" >/dev/null && break; sleep 1; done

python3 - "$rows" >"$data/rows.csv" <<'PY'
import sys, datetime
n = int(sys.argv[1])
t0 = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
print("time,lat,lon,source,confidence,notes")
for i in range(n):  # one report a minute
    t = (t0 + datetime.timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    print(f"{t},{40 + (i % 1000) / 100:.2f},{120 + (i % 997) / 100:.2f},generated row {i},reported,bench")
PY
track=$(curl -sf -H 'Content-Type: application/json' -d '{"name":"export benchmark","mode":"road"}' \
  "$base/api/tracks" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "importing $rows rows into track $track ..."
curl -sf -F "file=@$data/rows.csv" "$base/api/tracks/$track/imports" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); print("accepted", r["accepted"], "rejected", len(r["rejected"]))'
curl -sf -o "$data/export.csv" "$base/api/tracks/$track/export?format=csv"
ogr2ogr -f GPKG "$data/rows.gpkg" "$data/export.csv" -nln sightings -a_srs EPSG:4326 \
  -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo GEOM_POSSIBLE_NAMES=none -oo AUTODETECT_TYPE=YES
echo "GeoPackage: $(ogrinfo -ro -so "$data/rows.gpkg" sightings | grep 'Feature Count')"

best() { sort -n | head -1; }
ours=$(for _ in 1 2 3; do
  curl -s -o "$data/ours.geojson" -w '%{time_total}\n' "$base/api/tracks/$track/export?format=geojson"
done | best)
gdal=$(for _ in 1 2 3; do
  rm -f "$data/gdal.geojson"
  s=$(date +%s.%N); ogr2ogr -f GeoJSON "$data/gdal.geojson" "$data/rows.gpkg" sightings; e=$(date +%s.%N)
  python3 -c "print($e - $s)"
done | best)
python3 - "$ours" "$gdal" "$data/ours.geojson" "$data/gdal.geojson" "$rows" <<'PY'
import os, sys
ours, gdal = float(sys.argv[1]), float(sys.argv[2])
a, b = os.path.getsize(sys.argv[3]), os.path.getsize(sys.argv[4])
print(f"rows {sys.argv[5]}")
print(f"whereabouts export over HTTP:       {ours:.2f} s, {a / 1e6:.1f} MB, {int(sys.argv[5]) / ours:,.0f} rows/s")
print(f"ogr2ogr GPKG -> GeoJSON:            {gdal:.2f} s, {b / 1e6:.1f} MB, {int(sys.argv[5]) / gdal:,.0f} rows/s")
print(f"ratio (ours / ogr2ogr time): {ours / gdal:.2f}")
PY
