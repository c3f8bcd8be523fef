#!/usr/bin/env bash
# Runs the nightly job in Spark local mode: builds the project if needed, then annotates a folder of articles into
# a warehouse of Delta Lake tables.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/run-java.sh"
INPUT="$ROOT/data/articles"
WAREHOUSE="$ROOT/warehouse"
MASTER="local[*]"
CONFIG="$ROOT/jobs/conf/nightly.properties"
EXTRA=()

usage() {
  cat <<USAGE
Usage: jobs/run-local.sh [--input DIR] [--warehouse DIR] [--master local[N]] [JOB OPTIONS...]

Builds the project when its sources changed (mvn package, tests skipped), then runs the nightly job in one local
JVM on a folder of articles and writes the Delta Lake tables under the warehouse (a folder, hdfs://... or s3a://...).

  --input DIR        folder of articles: .txt files with an optional manifest.csv, or news-please .json/.jsonl
                     (default: data/articles, the five sample articles)
  --warehouse DIR    where the tables go (default: warehouse/)
  --master MASTER    Spark master (default: local[*])
  --config FILE      job settings (default: jobs/conf/nightly.properties)
  -h, --help         this help

Any other option goes to the job itself, e.g. --set nlp.parser=pcfg; see
'jobs/run-local.sh --job-help' for the job's own options. JAVA_OPTS (default -Xmx6g) sets the JVM's memory.
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) INPUT="$2"; shift 2 ;;
    --warehouse) WAREHOUSE="$2"; shift 2 ;;
    --master) MASTER="$2"; shift 2 ;;
    --config) CONFIG="$2"; shift 2 ;;
    --config=*) CONFIG="${1#--config=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    --job-help) EXTRA+=(--help); shift ;;
    *) EXTRA+=("$1"); shift ;;
  esac
done

# Spark reads spark.* system properties as settings; the job sees the local master and keeps few shuffle partitions.
JAVA_OPTS="${JAVA_OPTS:--Xmx6g} -Dspark.master=$MASTER -Dspark.ui.enabled=false"
run_java -Xmx6g org.tonewatch.nightly.NightlyJob \
  --config "$CONFIG" --input "$INPUT" --warehouse "$WAREHOUSE" "${EXTRA[@]}"
