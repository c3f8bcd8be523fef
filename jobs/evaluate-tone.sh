#!/usr/bin/env bash
# Scores the tone model on a labelled NewsMTSC-format file; the last line is macro_f1=0.xxx (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
run_java -Xmx6g org.tonewatch.tonemodel.ToneEvaluation "$@"
