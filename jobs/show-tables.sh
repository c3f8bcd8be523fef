#!/usr/bin/env bash
# Prints the schema, row count and first rows of the warehouse's tables (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
run_java -Xmx2g org.tonewatch.tools.ShowTables "$@"
