#!/usr/bin/env bash
# How often the raw and the adjusted 95% tone intervals cover the true mean of simulated corpora (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
run_java -Xmx2g org.tonewatch.tools.SimulateAggregates "$@"
