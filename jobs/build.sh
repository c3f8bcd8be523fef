#!/usr/bin/env bash
# Builds the project (mvn package, tests skipped) unless target/ is newer than every source, pom and reference file.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case "${1:-}" in
  -h|--help) echo "Usage: jobs/build.sh   (builds target/ with 'mvn package -DskipTests' when sources changed)"; exit 0 ;;
esac
cd "$ROOT"
# The cluster jar is written by every 'mvn package' (the classpath file only when its content changes).
STAMP=target/tonewatch-0.1.0-cluster.jar
if [[ -f "$STAMP" && -f target/classpath.txt && -f target/classpath-runtime.txt ]] \
   && [[ -z "$(find pom.xml src/main data/reference -newer "$STAMP" -print -quit)" ]]; then
  exit 0
fi
echo "[tonewatch] building (mvn package -DskipTests); the first build downloads Spark and the CoreNLP models (~1.5 GB)" >&2
mvn -q -B -ntp package -DskipTests
touch "$STAMP"
