#!/bin/bash
# Issue 13's side-by-side run: on one running server, the same three queries uncached (a varying unused variable),
# from the response cache, by GET with the persisted hash, by GET with If-None-Match (304), gzip-compressed, and the
# static file of the dashboard's size; then a write and the first reads after it. Prints Markdown tables.
#   tools/bench/cache-side-by-side.sh [endpoint] [warm-up] [requests]
# Needs the harness class path (BENCHMARKS.md, "How to run it") in webapp/target/bench.classpath.
set -euo pipefail
cd "$(dirname "$0")/../.."
URL=${1:-http://localhost:9580/graphql}
WARMUP=${2:-400}
REQUESTS=${3:-300}
CP=webapp/target/test-classes:$(cat webapp/target/bench.classpath)
QUERIES="dashboard ranking deep"
bench() { # label, then JVM options and names
  local label=$1; shift
  echo; echo "#### $label (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  java -cp "$CP" -Dbench.warmup="$WARMUP" -Dbench.requests="$REQUESTS" -Dbench.clients=1 "$@" 2>&1 | grep '^|'
}
echo "Commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), $WARMUP warm-up and $REQUESTS timed requests each, 1 client"
bench "static file" vn.cchc.webapp.benchmark.GraphQLBenchmark "$URL" /static/dashboard.js
bench "uncached (every request a MISS)" -Dbench.unique=true vn.cchc.webapp.benchmark.GraphQLBenchmark "$URL" $QUERIES
bench "cached, POST (HIT)" -Dbench.expect-cache=HIT vn.cchc.webapp.benchmark.GraphQLBenchmark "$URL" $QUERIES
bench "cached, GET by persisted hash (HIT)" -Dbench.method=GET -Dbench.persisted=true -Dbench.expect-cache=HIT \
  vn.cchc.webapp.benchmark.GraphQLBenchmark "$URL" $QUERIES
bench "GET with If-None-Match (304, no body)" -Dbench.method=GET -Dbench.persisted=true -Dbench.revalidate=true \
  vn.cchc.webapp.benchmark.GraphQLBenchmark "$URL" $QUERIES
bench "static file again (drift check)" vn.cchc.webapp.benchmark.GraphQLBenchmark "$URL" /static/dashboard.js
bench "gzip: cached GET and the static file (wire bytes)" -Dbench.gzip=true -Dbench.method=GET -Dbench.persisted=true \
  -Dbench.expect-cache=HIT vn.cchc.webapp.benchmark.GraphQLBenchmark "$URL" $QUERIES /static/dashboard.js
echo; echo "#### a write, then the dashboard twice (load average $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$CP" -Dbench.rounds=40 -Dbench.warmup=20 vn.cchc.webapp.benchmark.WriteThenRead "$URL" dashboard 2>&1 | tail -8
