#!/usr/bin/env bash
# One side-by-side run of BENCHMARKS.md (issue 12), from the repository root, with the three targets already running:
# the API on Derby (default port 9582), the API on PostgreSQL (9580) and PostGraphile over the same PostgreSQL
# (run.sh, 5580), each loaded with the demo province. The three benchmark queries on Derby and on PostgreSQL, then the
# four shapes on the API over PostgreSQL and on PostGraphile; uptime before and after. Bounded: WARMUP + 3 x REQUESTS
# requests per query and target (1, 2 and 4 clients).
#   tools/postgraphile/side-by-side.sh [derby-port] [postgresql-port] [postgraphile-port]   (WARMUP=300 REQUESTS=200)
set -euo pipefail
derby=${1:-9582} pg=${2:-9580} pgl=${3:-5580}
warmup=${WARMUP:-300} requests=${REQUESTS:-200}
CP=webapp/target/test-classes:$(cat webapp/target/bench.classpath)
bench() { java -cp "$CP" -Dbench.warmup="$warmup" -Dbench.requests="$requests" "$@"; }
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
echo "uptime before: $(uptime)"
echo "## API on Derby";       bench vn.cchc.webapp.benchmark.GraphQLBenchmark "http://127.0.0.1:$derby/graphql" dashboard ranking deep
echo "## API on PostgreSQL";  bench vn.cchc.webapp.benchmark.GraphQLBenchmark "http://127.0.0.1:$pg/graphql" dashboard ranking deep
echo "uptime: $(uptime)"
echo "## API on PostgreSQL, the four shapes"
bench vn.cchc.webapp.benchmark.GraphQLBenchmark "http://127.0.0.1:$pg/graphql" list nested reports counts
echo "## PostGraphile on the same PostgreSQL, the four shapes"
bench -Dbench.user=none -Dbench.folder=postgraphile vn.cchc.webapp.benchmark.GraphQLBenchmark "http://127.0.0.1:$pgl/graphql" list nested reports counts
echo "uptime after: $(uptime)"
