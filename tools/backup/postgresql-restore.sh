#!/usr/bin/env bash
# Restores a backup made by postgresql-backup.sh (pg_dump's custom format) into an empty database, made first with
# --create (encoded in UTF8); the password from PGPASSWORD or ~/.pgpass, never on the command line:
#   tools/backup/postgresql-restore.sh [--create] [-h host] [-p port] [-U user] <file> <database | postgresql://user@host:port/database>
# e.g. tools/backup/postgresql-restore.sh --create -h db.example -U cchc /srv/backups/cchc-20261202-041500.dump cchc
# The objects belong to the user restoring (--no-owner); the first error stops it and nothing is left half restored
# (one transaction). Then point the servers at it (CCHC_DB_URL): the schema's history came along, so they migrate
# nothing the backup's release did not.
set -euo pipefail
here=$(dirname "$0")
source "$here/postgresql-common.sh"
usage() { echo "usage: postgresql-restore.sh [--create] [-h host] [-p port] [-U user] <file> <database | postgresql://...>" >&2; }
create=no
parse_connection "$@"
[ ${#positional[@]} -eq 2 ] || { usage; exit 2; }
file=${positional[0]} database=${positional[1]}
refuse_password_in_url "$database"
[ -f "$file" ] || { echo "$file: no such backup" >&2; exit 1; }
bin=$(pg_bin)
"$bin/pg_restore" --list "$file" >/dev/null
psql() { "$bin/psql" --no-password "${connection_options[@]}" --no-psqlrc --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 "$@"; }

if [ "$create" = yes ]; then
    if is_url "$database"; then
        # the same server and user, connected to its maintenance database to make the new one
        name=$(sed -E 's#^[^/]*//[^/]*/([^?]*).*#\1#' <<<"$database")
        maintenance=$(sed -E 's#^([^/]*//[^/]*)/[^?]*#\1/postgres#' <<<"$database")
    else
        name=$database maintenance=postgres
    fi
    [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "the database name '$name' is not a plain SQL name" >&2; exit 2; }
    psql --dbname="$maintenance" -c "CREATE DATABASE $name ENCODING 'UTF8' TEMPLATE template0"
fi

# into an empty database only: a restore over tables of the application would fail half-way or mix two states
tables=$(psql --dbname="$database" -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")
[ "$tables" = 0 ] || { echo "$database is not empty ($tables tables, views or sequences): restore into an empty database (--create makes one)" >&2; exit 1; }

"$bin/pg_restore" --no-password "${connection_options[@]}" --no-owner --exit-on-error --single-transaction --dbname="$database" "$file"
version=$(psql --dbname="$database" -c 'SELECT "version" FROM "flyway_schema_history" WHERE "success" ORDER BY "installed_rank" DESC LIMIT 1' 2>/dev/null || echo unknown)
echo "$database: restored from $file, schema at version ${version:-unknown}"
