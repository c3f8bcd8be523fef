#!/usr/bin/env bash
# Prints the schema, row count and first rows of the warehouse's tables.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
"$ROOT/jobs/build.sh"
exec java ${JAVA_OPTS:--Xmx2g} @jobs/conf/jvm.options -cp "target/classes:$(cat target/classpath.txt)" \
  org.tonewatch.job.ShowTables "$@"
