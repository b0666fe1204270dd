#!/usr/bin/env bash
# Issue 22, item 3: our router against GraphHopper CH and pgr_dijkstra, one run, the same generated OSM file and the
# same queries (see RoutingSideBySide). Starts a throwaway PostgreSQL cluster (.ci/pg-cluster; Debian packages
# postgresql-15 and postgresql-15-pgrouting) and stops it at the end, also on failure.
# Usage: [WORK=dir] bench/routing-side-by-side.sh [queries=1000]
#   WORK: keep the generated file, our import and its persisted graph there and reuse them in the next run
#   (build first: mvn -q -B install -DskipTests && mvn -q -B -f bench/pom.xml package; the first bench build
#    resolves graphhopper-core 10.2 from Maven Central)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
[ -f "$jar" ] || { echo "build $jar first (see bench/README.md)" >&2; exit 2; }
eval "$(.ci/pg-cluster start)"
if [ -n "${WORK:-}" ]; then work=$WORK; mkdir -p "$work"; rm -rf "$work/gh"; keep=1; else work=$(mktemp -d); keep=; fi
trap '.ci/pg-cluster stop "$WHEREABOUTS_TEST_PG_DIR"; [ -n "$keep" ] || rm -rf "$work"' EXIT
java -Xmx3g -cp "${EXTRA_CP:+$EXTRA_CP:}$jar" whereabouts.bench.RoutingSideBySide "$WHEREABOUTS_TEST_PG_URL" "${1:-1000}" "$work"
