#!/usr/bin/env bash
# Issue 22, item 3: our router against GraphHopper CH and pgr_dijkstra, one run, the same generated OSM file and the
# same queries (see RoutingSideBySide). Starts a throwaway PostgreSQL cluster (.ci/pg-cluster; Debian packages
# postgresql-15 and postgresql-15-pgrouting) and stops it at the end, also on failure.
# Usage: bench/routing-side-by-side.sh [queries=1000]
#   (build first: mvn -q -B install -DskipTests && mvn -q -B -f bench/pom.xml package; the first bench build
#    resolves graphhopper-core 10.2 from Maven Central)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
[ -f "$jar" ] || { echo "build $jar first (see bench/README.md)" >&2; exit 2; }
eval "$(.ci/pg-cluster start)"
work=$(mktemp -d)
trap '.ci/pg-cluster stop "$WHEREABOUTS_TEST_PG_DIR"; rm -rf "$work"' EXIT
java -Xmx3g -cp "$jar" whereabouts.bench.RoutingSideBySide "$WHEREABOUTS_TEST_PG_URL" "${1:-1000}" "$work"
