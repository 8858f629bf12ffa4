#!/usr/bin/env bash
# Migrates a database to the newest schema on its own, before servers start on it (they also migrate at start-up):
#   tools/migrate/migrate.sh <jdbc-url> [<user> <password>]
# e.g. tools/migrate/migrate.sh jdbc:postgresql://db.example:5432/cchc cchc secret, or jdbc:derby:/srv/cchc/data/cchc
set -euo pipefail
cd "$(dirname "$0")/../.."
# the persistence module with the Derby and PostgreSQL drivers of its test class path
mvn -q -pl persistence -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/migrate-classpath.txt
exec java -cp "persistence/target/classes:$(cat persistence/target/migrate-classpath.txt)" \
    vn.cchc.persistence.migration.SchemaMigrations "$@"
