#!/usr/bin/env bash
# Runs a Spark SQL query over the warehouse tables; prints the result or writes CSV (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
run_java -Xmx2g org.tonewatch.tools.SqlQuery "$@"
