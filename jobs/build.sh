#!/usr/bin/env bash
# Builds the project (mvn package, tests skipped) unless target/ is newer than every source, pom and reference file.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case "${1:-}" in
  -h|--help) echo "Usage: jobs/build.sh   (builds target/ with 'mvn package -DskipTests' when sources changed)"; exit 0 ;;
esac
cd "$ROOT"
STAMP=target/classpath.txt
if [[ -f "$STAMP" && -f target/tonewatch-0.1.0-cluster.jar ]] \
   && [[ -z "$(find pom.xml src/main data/reference -newer "$STAMP" -print -quit)" ]]; then
  exit 0
fi
echo "[tonewatch] building (mvn package -DskipTests); the first build downloads Spark and the CoreNLP models (~1.5 GB)" >&2
mvn -q -B -ntp package -DskipTests
touch "$STAMP"
