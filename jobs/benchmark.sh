#!/usr/bin/env bash
# Benchmarks the nightly job against a plain loop over the same articles (see --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
cd "$ROOT"   # the defaults (data/articles, data/newsmtsc, target/benchmark) are relative to the project
run_java -Xmx8g org.tonewatch.tools.Benchmark "$@"
