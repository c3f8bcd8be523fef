#!/usr/bin/env bash
# Trains the tone model on NewsMTSC and writes it where the pipeline loads it (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
cd "$ROOT"
run_java -Xmx8g org.tonewatch.tonemodel.TrainTone "$@"
