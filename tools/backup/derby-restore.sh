#!/usr/bin/env bash
# Restores an embedded Derby database from an online backup the server made (POST /admin/backup answers the folder),
# with the server stopped: Derby's restoreFrom, then a clean shutdown, ready for the server to start on it:
#   tools/backup/derby-restore.sh [--replace] <backup-folder> <database-path>
# e.g. tools/backup/derby-restore.sh /srv/cchc/backups/20261202-041500-123Z /srv/cchc/data/cchc (the server's CCHC_DB_PATH);
# a database already at the path is replaced only with --replace.
set -euo pipefail
replace=()
if [ "${1:-}" = --replace ]; then replace=(--replace); shift; fi
[ $# -eq 2 ] || { echo "usage: derby-restore.sh [--replace] <backup-folder> <database-path>" >&2; exit 2; }
backup=$(realpath -m "$1") database=$(realpath -m "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# the persistence module with the Derby driver of its test class path, as tools/migrate/migrate.sh runs it
mvn -q -pl persistence -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/restore-classpath.txt
# Derby writes derby.log into the working directory: next to the database, not into the project
mkdir -p "$(dirname "$database")"
cd "$(dirname "$database")"
exec java -cp "$root/persistence/target/classes:$(cat "$root/persistence/target/restore-classpath.txt")" \
    vn.cchc.persistence.backup.DerbyRestore "${replace[@]}" "$backup" "$database"
