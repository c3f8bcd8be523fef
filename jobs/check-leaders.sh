#!/usr/bin/env bash
# Scores the leaders found in a warehouse against the hand labels of the sample sentences (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
cd "$ROOT"
run_java -Xmx2g org.tonewatch.tools.LeadersCheck "$@"
