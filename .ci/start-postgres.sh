#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on loopback for the test suite and exports
# STAFFING_TEST_POSTGRES (an Npgsql connection string to database staffing_test).
#
#   source .ci/start-postgres.sh      # start (or reuse) and export
#   .ci/start-postgres.sh             # start (or reuse) and print the connection string
#   .ci/start-postgres.sh stop        # stop and delete the throwaway cluster
#
# Idempotent: when the cluster is already running it is reused. Meant to be sourced,
# so it never calls `exit` on the caller's shell and does not change its options.
#
# Overrides: STAFFING_PG_PORT (default 55432, the next free port is taken if busy),
# STAFFING_PG_DIR (default $TMPDIR/staffing-ci-postgres), STAFFING_PG_BIN.

_staffing_pg_main() {
    local bin="${STAFFING_PG_BIN:-/usr/lib/postgresql/15/bin}"
    local root="${STAFFING_PG_DIR:-${TMPDIR:-/tmp}/staffing-ci-postgres}"
    local data="$root/data" port_file="$root/port" log="$root/server.log"
    local want_port="${STAFFING_PG_PORT:-55432}"
    local os_user="" port

    # initdb and postgres refuse to run as root: run them as the postgres OS user.
    _as_db_user() {
        if [ -n "$os_user" ]; then runuser -u "$os_user" -- "$@"; else "$@"; fi
    }

    _port_busy() {
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    }

    if [ "${1:-}" = "stop" ]; then
        if [ -f "$root/owner" ]; then os_user="$(cat "$root/owner")"; fi
        if [ -f "$data/PG_VERSION" ]; then
            _as_db_user "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$root"
        echo "postgres: stopped and removed $root"
        return 0
    fi

    if [ ! -x "$bin/initdb" ]; then
        echo "postgres: $bin/initdb missing, installing the postgresql package" >&2
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2; then
            echo "postgres: could not install PostgreSQL" >&2
            return 1
        fi
    fi

    if [ "$(id -u)" = 0 ]; then
        os_user=postgres
        if ! id "$os_user" >/dev/null 2>&1; then
            useradd --system --no-create-home --shell /usr/sbin/nologin "$os_user" || return 1
        fi
    fi

    mkdir -p "$root" || return 1
    if [ -n "$os_user" ]; then
        chown "$os_user" "$root" || return 1
        # The server user must be able to reach the folder (a private TMPDIR may not allow it).
        if ! runuser -u "$os_user" -- test -w "$root"; then
            echo "postgres: $os_user cannot write $root; set STAFFING_PG_DIR to a folder it can reach" >&2
            return 1
        fi
    fi
    echo "$os_user" >"$root/owner"

    if [ -f "$port_file" ] && _as_db_user "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        port="$(cat "$port_file")"
        echo "postgres: reusing the server on port $port"
    else
        if [ ! -f "$data/PG_VERSION" ]; then
            _as_db_user "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >"$root/initdb.log" 2>&1 || {
                echo "postgres: initdb failed, see $root/initdb.log" >&2
                return 1
            }
        fi

        port="$want_port"
        while _port_busy "$port"; do
            port=$((port + 1))
            if [ "$port" -gt $((want_port + 100)) ]; then
                echo "postgres: no free port from $want_port to $port" >&2
                return 1
            fi
        done

        # Loopback only, sockets in the data dir (the system socket dir may not exist), no fsync: throwaway data.
        _as_db_user "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
            -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null || {
            echo "postgres: server did not start, see $log" >&2
            return 1
        }
        echo "$port" >"$port_file"
        echo "postgres: started PostgreSQL on 127.0.0.1:$port (data in $data)"
    fi

    if [ "$(_as_db_user "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'staffing_test'")" != "1" ]; then
        _as_db_user "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q \
            -c "CREATE DATABASE staffing_test" || return 1
    fi

    export STAFFING_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=staffing_test"
    echo "postgres: STAFFING_TEST_POSTGRES=$STAFFING_TEST_POSTGRES"
}

# When sourced, "$@" would be the caller's own arguments: only an executed script takes an action.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    _staffing_pg_main start
    _staffing_pg_status=$?
    unset -f _staffing_pg_main _as_db_user _port_busy
    return "$_staffing_pg_status"
fi

_staffing_pg_main "${1:-start}"
