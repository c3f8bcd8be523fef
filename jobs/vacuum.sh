#!/usr/bin/env bash
# Retention of the warehouse's Delta tables: deletes files of versions older than --retain-days (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
WAREHOUSE=""
for ((i = 1; i <= $#; i++)); do
  if [[ "${!i}" == "--warehouse" ]]; then
    j=$((i + 1))
    WAREHOUSE="${!j:-}"
  fi
done
if [[ -n "$WAREHOUSE" && "$WAREHOUSE" != *://* && -d "$WAREHOUSE" ]]; then
  # A local warehouse: the nightly lock (jobs/nightly.sh), so that no night commits while old files go.
  exec 9>"$WAREHOUSE/.nightly.lock"
  if ! flock -n 9; then
    echo "vacuum.sh: a nightly run holds $WAREHOUSE/.nightly.lock; try again when it has ended" >&2
    exit 75
  fi
fi
run_java -Xmx2g org.tonewatch.tools.Vacuum "$@"
