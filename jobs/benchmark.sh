#!/usr/bin/env bash
# Benchmarks the nightly job against a plain loop over the same articles (see --help).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
"$ROOT/jobs/build.sh"
exec java ${JAVA_OPTS:--Xmx8g} @jobs/conf/jvm.options -cp "target/classes:$(cat target/classpath.txt)" \
  org.tonewatch.job.Benchmark "$@"
