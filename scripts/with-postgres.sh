#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback and OAIG_TEST_POSTGRES set to its
# connection string; the server and its data are removed afterwards.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (scripts/install-test-deps.sh installs it)" >&2; exit 1; }
port=${OAIG_PG_PORT:-55432}
dir=$(mktemp -d /tmp/oaig-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
cleanup() { "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
export OAIG_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
"$@"
