#!/usr/bin/env bash
# Prints the schema, row count and first rows of the warehouse's tables.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
if [[ "${1:-}" != "-h" && "${1:-}" != "--help" ]]; then "$ROOT/jobs/build.sh"; fi
exec java ${JAVA_OPTS:--Xmx2g} @jobs/conf/jvm.options -cp "target/classes:$(cat target/classpath.txt)" \
  org.tonewatch.job.ShowTables "$@"
