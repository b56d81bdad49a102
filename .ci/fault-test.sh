#!/usr/bin/env bash
# Cluster fault drill on loopback: builds the host and the drill, starts a throwaway PostgreSQL of its own
# (the drill stops and starts it under load), runs tools/Staffing.ClusterDrill `faults` against three real
# host processes, and removes the server again. Prints the drill's figures and checks, ending with
# "N passed, N failed"; exits non-zero when a check failed. About four minutes, most of it building.
#
# Overrides: STAFFING_DRILL_PG_PORT (default 55490), STAFFING_DRILL_SECONDS (load phase, default 60),
# STAFFING_DRILL_ARTIFACTS (build output folder, default a fresh temporary one).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

artifacts="${STAFFING_DRILL_ARTIFACTS:-$(mktemp -d)}"
work="$(mktemp -d)"
pg_root="${TMPDIR:-/tmp}/staffing-drill-postgres"
pg_bin="${STAFFING_PG_BIN:-/usr/lib/postgresql/15/bin}"

echo "fault drill: building the host and the drill (Release) into $artifacts"
dotnet build src/Staffing.Host -c Release --artifacts-path "$artifacts" -nologo -v q -clp:ErrorsOnly
dotnet build tools/Staffing.ClusterDrill -c Release --artifacts-path "$artifacts" -nologo -v q -clp:ErrorsOnly

# A server of its own, so stopping it disturbs nothing else; started fresh, removed at the end.
export STAFFING_PG_DIR="$pg_root" STAFFING_PG_PORT="${STAFFING_DRILL_PG_PORT:-55490}"
bash .ci/start-postgres.sh stop >/dev/null
trap 'bash .ci/start-postgres.sh stop >/dev/null 2>&1 || true' EXIT
connection="$(bash .ci/start-postgres.sh | sed -n 's/^postgres: STAFFING_TEST_POSTGRES=//p')"
if [ -z "$connection" ]; then
  echo "fault drill: PostgreSQL did not start" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

port="$(cat "$pg_root/port")"
owner="$(cat "$pg_root/owner")"
as_owner=""
if [ -n "$owner" ]; then as_owner="runuser -u $owner --"; fi
data="$pg_root/data"
pg_stop="$as_owner $pg_bin/pg_ctl -D $data -m fast -w stop"
pg_start="$as_owner $pg_bin/pg_ctl -D $data -l $pg_root/server.log -w -t 60 -o '-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c full_page_writes=off -c max_connections=200' start"

# Three silos with 20 connections each stay well under max_connections.
dotnet "$artifacts/bin/Staffing.ClusterDrill/release/staffing-drill.dll" faults \
  --host "$artifacts/bin/Staffing.Host/release/Staffing.Host.dll" \
  --connection "$connection;Maximum Pool Size=20" \
  --pg-stop "$pg_stop" --pg-start "$pg_start" \
  --seconds "${STAFFING_DRILL_SECONDS:-60}" --work "$work"
