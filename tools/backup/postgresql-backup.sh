#!/usr/bin/env bash
# Backs up the application's PostgreSQL database with pg_dump, in its custom format (compressed, restored with
# postgresql-restore.sh); the password from PGPASSWORD or ~/.pgpass, never on the command line:
#   tools/backup/postgresql-backup.sh [-h host] [-p port] [-U user] <database | postgresql://user@host:port/database> <file>
# e.g. tools/backup/postgresql-backup.sh -h db.example -U cchc cchc /srv/backups/cchc-$(date -u +%Y%m%d-%H%M%S).dump
# Servers keep running: the dump is one consistent snapshot. The file must not exist; it appears only once complete.
set -euo pipefail
here=$(dirname "$0")
source "$here/postgresql-common.sh"
usage() { echo "usage: postgresql-backup.sh [-h host] [-p port] [-U user] <database | postgresql://...> <file>" >&2; }
create=no
parse_connection "$@"
[ ${#positional[@]} -eq 2 ] && [ "$create" = no ] || { usage; exit 2; }
database=${positional[0]} file=${positional[1]}
refuse_password_in_url "$database"
[ ! -e "$file" ] || { echo "$file exists: a backup never overwrites another" >&2; exit 1; }
bin=$(pg_bin)
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
"$bin/pg_dump" --no-password "${connection_options[@]}" --format=custom --file="$partial" --dbname="$database"
# the archive reads back whole before it takes its name
"$bin/pg_restore" --list "$partial" >/dev/null
mv "$partial" "$file"
trap - EXIT
echo "$file: $(wc -c <"$file") bytes, $("$bin/pg_restore" --list "$file" | grep -c ' TABLE DATA ') tables of data"
