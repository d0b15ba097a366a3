#!/usr/bin/env bash
# Adds an EF Core migration named $1 for both providers (SQLite and PostgreSQL), each into its own folder.
# Usage: scripts/add-migration.sh AttendancePunches
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 MigrationName" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet build Host/Oa.Host -p:OaSkipClientBuild=true -v q -nologo >/dev/null
for p in Sqlite Postgres; do
  dotnet ef migrations add "$1" --no-build -p Host/Oa.Host -s Host/Oa.Host \
    --context "${p}OaDbContext" -o "Data/Migrations/$p"
done
