# Shared by postgresql-backup.sh and postgresql-restore.sh (sourced, not run): the client programs and the connection.
# The connection is a libpq URL (postgresql://user@host:port/dbname, no password in it) or a database name with
# -h host -p port -U user; what is not given comes from libpq's PGHOST, PGPORT, PGUSER, and the password always from
# PGPASSWORD or ~/.pgpass (the programs run with --no-password: they fail rather than prompt).

# The newest client programs installed (Debian: /usr/lib/postgresql/<version>/bin; a pg_dump must not be older than
# the server), or those on the PATH; PG_BIN chooses a folder.
pg_bin() {
    if [ -n "${PG_BIN:-}" ]; then
        echo "$PG_BIN"
    elif ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
        ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1
    else
        dirname "$(command -v pg_dump || { echo "pg_dump is not installed (Debian: apt-get install postgresql-client)" >&2; exit 1; })"
    fi
}

# Reads -h/-p/-U into connection_options; leaves the remaining arguments in positional (an array).
parse_connection() {
    connection_options=()
    positional=()
    while [ $# -gt 0 ]; do
        case $1 in
            -h|-p|-U) [ $# -ge 2 ] || { usage; exit 2; }; connection_options+=("$1" "$2"); shift 2 ;;
            --create) create=yes; shift ;;
            -*) usage; exit 2 ;;
            *) positional+=("$1"); shift ;;
        esac
    done
}

# Fails when a URL carries a password: it would be seen by every user of the machine in the process list.
refuse_password_in_url() {
    if [[ $1 =~ ^postgres(ql)?://[^/@]*:[^/@]*@ ]]; then
        echo "the URL holds a password: give it in PGPASSWORD or ~/.pgpass instead, never on the command line" >&2
        exit 2
    fi
}

is_url() {
    [[ $1 =~ ^postgres(ql)?:// ]]
}
