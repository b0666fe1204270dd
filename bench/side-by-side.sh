#!/usr/bin/env bash
# Issue 11, part 5: our router against pgRouting's pgr_dijkstra and our gazetteer against pg_trgm, one run, same
# machine, same data (see SideBySideBenchmark). Starts a throwaway PostgreSQL 15 cluster (.ci/pg-cluster; needs the
# Debian packages postgresql-15 and postgresql-15-pgrouting) and stops it at the end, also on failure.
# Usage: bench/side-by-side.sh [routeQueries=300] [misspellings=500]
#   (build first: mvn -q -B install -DskipTests && mvn -q -B -f bench/pom.xml package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
[ -f "$jar" ] || { echo "build $jar first (see bench/README.md)" >&2; exit 2; }
eval "$(.ci/pg-cluster start)"
work=$(mktemp -d)
trap '.ci/pg-cluster stop "$WHEREABOUTS_TEST_PG_DIR"; rm -rf "$work"' EXIT
java -Xmx2g -cp "$jar" whereabouts.bench.SideBySideBenchmark "$WHEREABOUTS_TEST_PG_URL" "${1:-300}" "${2:-500}" "$work"
