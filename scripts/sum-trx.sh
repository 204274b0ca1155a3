#!/usr/bin/env bash
# Sums the counters of MSTest .trx result files into the one closing line CI reads.
set -euo pipefail
passed=0; failed=0; skipped=0
for trx in "$@"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o "$1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted) + $(get inconclusive)))
done
if [ "$#" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
