#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, with no system service: initdb and pg_ctl from Debian's packages, the
# data folder and socket under the given folder, listening on loopback only, trust for local connections.
#   cluster.sh start <folder> <port>   makes the cluster (once), starts it, and makes the database cchc (user cchc)
#                                      anew: every build's tests start from the same data
#   cluster.sh stop <folder>           stops it (the folder stays until mvn clean)
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }
command=$1 folder=$(realpath -m "$2")
# PostgreSQL refuses to run as root: as root, run it as the postgres user the Debian package made
as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
case $command in
start)
    port=$3
    mkdir -p "$folder"
    [ "$(id -u)" = 0 ] && chown postgres "$folder"
    if [ ! -f "$folder/data/PG_VERSION" ]; then
        as "'$bin/initdb' -D '$folder/data' -U cchc --auth=trust --encoding=UTF8 --locale=C.UTF-8 >'$folder/initdb.log'"
    fi
    # a cluster left running by an interrupted build is used as it is
    as "'$bin/pg_ctl' -D '$folder/data' status >/dev/null" || as "'$bin/pg_ctl' -D '$folder/data' -l '$folder/server.log' -w -t 60 \
        -o \"-p $port -k '$folder' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start >/dev/null"
    as "'$bin/dropdb' -h 127.0.0.1 -p $port -U cchc --if-exists cchc"
    as "'$bin/createdb' -h 127.0.0.1 -p $port -U cchc -E UTF8 cchc"
    echo "PostgreSQL on 127.0.0.1:$port, database cchc, user cchc"
    ;;
stop)
    [ -f "$folder/data/postmaster.pid" ] && as "'$bin/pg_ctl' -D '$folder/data' -m fast -w stop >/dev/null" || true
    ;;
*)
    echo "usage: cluster.sh start <folder> <port> | stop <folder>" >&2; exit 2
    ;;
esac
