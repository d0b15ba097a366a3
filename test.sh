#!/usr/bin/env bash
# Runs every test suite of the solution and prints a closing "N passed, N failed" line.
# PostgreSQL provider tests use OA_TEST_POSTGRES (a connection string); when it is unset and the
# PostgreSQL server binaries are installed, a throwaway cluster is started on 127.0.0.1 for the run.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

pg_dir=""
cleanup() { if [ -n "$pg_dir" ]; then su postgres -c "$(ls -d /usr/lib/postgresql/*/bin | tail -1)/pg_ctl -D $pg_dir/data -m immediate stop" >/dev/null 2>&1; rm -rf "$pg_dir"; fi; }
trap cleanup EXIT
if [ -z "${OA_TEST_POSTGRES:-}" ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
  pg_dir=$(mktemp -d /tmp/oa-pg.XXXXXX); chmod 755 "$pg_dir"; chown postgres "$pg_dir" 2>/dev/null || true
  port=55432
  if su postgres -c "$pg_bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 >/dev/null" \
     && su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -o '-c listen_addresses=127.0.0.1 -p $port -k $pg_dir' -l $pg_dir/log -w start >/dev/null"; then
    export OA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "test.sh: PostgreSQL started on 127.0.0.1:$port"
  else
    echo "test.sh: could not start PostgreSQL; provider tests will report it" >&2
  fi
fi

log=$(mktemp)
dotnet test Oa.sln -c Release --logger "console;verbosity=minimal" --blame-hang-timeout 15m --blame-hang-dump-type none "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
# The browser islands' own unit tests (Node's test runner); node_modules exists once the host has been built.
if [ -d Host/Oa.Host/ClientApp/node_modules ]; then
  npm test --prefix Host/Oa.Host/ClientApp 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
fi
passed=$(( $(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}') + $(grep -oE '^(#|ℹ) pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ))
failed=$(( $(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}') + $(grep -oE '^(#|ℹ) fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ))
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "test.sh: dotnet test exited $rc (build or runner failure)"; fi
rm -f "$log"
echo "$passed passed, $failed failed"
exit $rc
