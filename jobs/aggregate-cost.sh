#!/usr/bin/env bash
# What the adjusted columns cost the aggregate stage, on a published warehouse (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
run_java -Xmx8g org.tonewatch.tools.AggregateCost "$@"
