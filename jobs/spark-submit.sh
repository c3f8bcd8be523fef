#!/usr/bin/env bash
# Submits the nightly job to a Spark cluster with spark-submit: the shaded job jar, and CoreNLP's two model jars
# beside it (through --jars, or on the class path when every node has them). Spark settings (master, deploy mode,
# memory) are spark-submit's own options.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
  cat <<USAGE
Usage: jobs/spark-submit.sh [--models URIS] [--app URI] [SPARK-SUBMIT OPTIONS...] -- [JOB OPTIONS...]

Builds the cluster jar if needed and runs
  spark-submit --class org.tonewatch.nightly.NightlyJob --jars <CoreNLP models> [SPARK-SUBMIT OPTIONS] \\
    target/tonewatch-0.1.0-cluster.jar [JOB OPTIONS]

  --models URIS   the two CoreNLP model jars, comma-separated. Default: the files in the local Maven
                  repository, which go through --jars: every executor copies them at each run (about 900 MB,
                  twice with Spark's fetch cache). Give hdfs://, s3a:// or https:// URIs of copies put there once
                  (YARN, Kubernetes), or local:/path when every node has them at that path: those go on the
                  driver's and the executors' class path (spark.executor.extraClassPath, --driver-class-path,
                  added to any you give) and nothing is copied.
  --app URI       the cluster jar to submit (default: target/tonewatch-0.1.0-cluster.jar, built here if needed),
                  for example local:///opt/tonewatch/tonewatch-0.1.0-cluster.jar inside a Kubernetes image

spark-submit is taken from \$SPARK_HOME/bin, else from PATH. Defaults added unless you give them:
  --driver-memory 4g --executor-memory 6g --conf spark.executor.memoryOverhead=1g
(CoreNLP's shift-reduce parser, sentiment and NER models take about 3 GB of heap per executor JVM).

Example, a standalone cluster:
  jobs/spark-submit.sh --master spark://host:7077 --total-executor-cores 8 -- \\
    --input /mnt/news/incoming --warehouse /mnt/news/warehouse --config jobs/conf/nightly.properties
(the warehouse: hdfs://..., s3a://... or a folder every node mounts at the same path; see Operations in
the README)
USAGE
}

SUBMIT_ARGS=()
JOB_ARGS=()
MODELS=""
APP=""
seen_separator=false
expecting=""
for arg in "$@"; do
  if [[ "$expecting" == models ]]; then MODELS="$arg"; expecting=""; continue; fi
  if [[ "$expecting" == app ]]; then APP="$arg"; expecting=""; continue; fi
  if [[ "$seen_separator" == false && ( "$arg" == "-h" || "$arg" == "--help" ) ]]; then usage; exit 0; fi
  if [[ "$seen_separator" == false && "$arg" == "--models" ]]; then expecting=models; continue; fi
  if [[ "$seen_separator" == false && "$arg" == "--app" ]]; then expecting=app; continue; fi
  if [[ "$seen_separator" == false && "$arg" == "--" ]]; then seen_separator=true; continue; fi
  if [[ "$seen_separator" == true ]]; then JOB_ARGS+=("$arg"); else SUBMIT_ARGS+=("$arg"); fi
done
if [[ -n "$expecting" ]]; then
  echo "spark-submit.sh: --$expecting needs a value (see --help)" >&2
  exit 2
fi

SUBMIT="${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit"
if ! command -v "$SUBMIT" >/dev/null 2>&1; then
  echo "spark-submit.sh: no spark-submit found (set SPARK_HOME to a Spark ${SPARK_VERSION:-4.1} distribution)" >&2
  exit 2
fi

cd "$ROOT"
if [[ -z "$APP" || -z "$MODELS" ]]; then
  "$ROOT/jobs/build.sh"
fi
if [[ -z "$MODELS" ]]; then
  MODELS=$(tr ':' '\n' < target/classpath.txt | grep -E 'stanford-corenlp-.*-models(-english)?\.jar$' | paste -sd, -)
fi

# local: model jars are on every node already: on the class path, not through --jars (which copies even those).
JARS=()
LOCAL_JARS=()
IFS=',' read -ra uris <<< "$MODELS"
for uri in "${uris[@]}"; do
  if [[ "$uri" == local:* ]]; then
    path="${uri#local:}"
    while [[ "$path" == //* ]]; do path="${path#/}"; done
    LOCAL_JARS+=("$path")
  elif [[ -n "$uri" ]]; then
    JARS+=("$uri")
  fi
done
if (( ${#LOCAL_JARS[@]} > 0 )); then
  local_path=$(IFS=:; echo "${LOCAL_JARS[*]}")
  executor_path_given=false
  driver_path_given=false
  for i in "${!SUBMIT_ARGS[@]}"; do
    case "${SUBMIT_ARGS[$i]}" in
      spark.executor.extraClassPath=*) SUBMIT_ARGS[$i]="${SUBMIT_ARGS[$i]}:$local_path"; executor_path_given=true ;;
      spark.driver.extraClassPath=*) SUBMIT_ARGS[$i]="${SUBMIT_ARGS[$i]}:$local_path"; driver_path_given=true ;;
      --driver-class-path=*) SUBMIT_ARGS[$i]="${SUBMIT_ARGS[$i]}:$local_path"; driver_path_given=true ;;
      --driver-class-path)
        SUBMIT_ARGS[$((i + 1))]="${SUBMIT_ARGS[$((i + 1))]}:$local_path"; driver_path_given=true ;;
    esac
  done
  [[ "$executor_path_given" == true ]] || SUBMIT_ARGS+=(--conf "spark.executor.extraClassPath=$local_path")
  [[ "$driver_path_given" == true ]] || SUBMIT_ARGS+=(--driver-class-path "$local_path")
fi
if (( ${#JARS[@]} > 0 )); then
  SUBMIT_ARGS=(--jars "$(IFS=,; echo "${JARS[*]}")" "${SUBMIT_ARGS[@]}")
fi

defaults=()
[[ " ${SUBMIT_ARGS[*]-} " == *" --driver-memory "* ]] || defaults+=(--driver-memory 4g)
[[ " ${SUBMIT_ARGS[*]-} " == *" --executor-memory "* ]] || defaults+=(--executor-memory 6g)
[[ " ${SUBMIT_ARGS[*]-} " == *"memoryOverhead"* ]] || defaults+=(--conf spark.executor.memoryOverhead=1g)

exec "$SUBMIT" --class org.tonewatch.nightly.NightlyJob "${defaults[@]}" "${SUBMIT_ARGS[@]}" \
  "${APP:-target/tonewatch-0.1.0-cluster.jar}" "${JOB_ARGS[@]}"
