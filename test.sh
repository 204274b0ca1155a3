#!/usr/bin/env bash
# Runs every test of the project: the nano gate, the Core tests, the host tests (brokers, ffmpeg, browser).
# On a fresh Debian machine with the .NET SDK it first installs what the tests need (apt, as root or via sudo).
# Ends with one line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-deps.sh

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

echo "== build (host solution; includes the nano gate against nanoFramework mscorlib 1.17.11)"
dotnet build Doorbell.Host.sln -c Release -nologo -v quiet

status=0
for project in tests/Doorbell.Core.Tests/Doorbell.Core.Tests.csproj tests/Doorbell.Host.Tests/Doorbell.Host.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" || status=1
done

scripts/sum-trx.sh "$results"/*.trx
exit $status
