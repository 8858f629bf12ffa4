#!/usr/bin/env bash
# PostGraphile 4.14 with the connection-filter plugin over the CCHC PostgreSQL database, for the side-by-side benchmark
# (BENCHMARKS.md): installs the packages of package-lock.json (npm ci, once), applies dossier-counts.sql (the function
# behind dossierCounts, schema cchc_postgraphile), then serves GraphQL on loopback at http://127.0.0.1:<port>/graphql,
# without authentication, read-only (no mutations), in the foreground.
#   run.sh <postgres-url> [port]      e.g. run.sh postgres://cchc@127.0.0.1:55500/cchc 5580
set -euo pipefail
url=${1:?usage: run.sh <postgres-url> [port]}
port=${2:-5580}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
[ -x node_modules/.bin/postgraphile ] || npm ci --no-audit --no-fund
PGOPTIONS=--client-min-messages=warning psql -q -v ON_ERROR_STOP=1 "$url" -f dossier-counts.sql
# public: the application's tables (relations inferred from their foreign keys); cchc_postgraphile: dossierCounts.
# No query log and no GraphiQL page: each request costs what it costs the API.
exec node_modules/.bin/postgraphile -c "$url" -s public,cchc_postgraphile --host 127.0.0.1 --port "$port" \
    --append-plugins postgraphile-plugin-connection-filter --disable-default-mutations --legacy-relations omit \
    --disable-query-log --no-setof-functions-contain-nulls
