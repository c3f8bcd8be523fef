#!/usr/bin/env bash
# Scores the Russia mention finder on labelled pairs (data/labels/dev.jsonl); the last line is
# mentions_precision=0.xxx mentions_recall=0.xxx (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
run_java -Xmx6g org.tonewatch.tonemodel.MentionEvaluation "$@"
