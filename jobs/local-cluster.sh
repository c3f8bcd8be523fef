#!/usr/bin/env bash
# Starts and stops a Spark standalone cluster on this machine's loopback: one master and N workers, each a JVM of its
# own, from a Spark distribution of the version the job is built against (see --help).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SPARK_VERSION=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$ROOT/pom.xml")
DIR="$ROOT/target/local-cluster"
WORKERS=2
CORES=1
MEMORY=5g

usage() {
  cat <<USAGE
Usage: jobs/local-cluster.sh start [--workers N] [--cores C] [--memory M] [--dir DIR]
       jobs/local-cluster.sh stop [--dir DIR]
       jobs/local-cluster.sh spark-home

start       starts a Spark standalone master on 127.0.0.1 and N workers (default $WORKERS), each with C cores (default
            $CORES) and M memory for executors (default $MEMORY), every one a separate JVM; waits until all workers
            have registered and prints the master URL (spark://127.0.0.1:PORT) as its last line. Then submit to it:
              jobs/spark-submit.sh --master \$(cat $DIR/master-url) --executor-memory 4g -- --input ... --warehouse ...
stop        stops the workers, their executors and the master (SIGTERM, then SIGKILL after 20 s)
spark-home  prints the Spark distribution's folder, installing it first if needed

The distribution is \$SPARK_HOME when set, else the pyspark $SPARK_VERSION package from PyPI (Spark's jars and
launch scripts), installed once into jobs/.spark/ (about 490 MB). DIR (default target/local-cluster) holds the
process ids (master.pid, worker-N.pid), the master URL and web UI (master-url, master-ui), the logs and the workers'
folders, where each executor's stdout and stderr are kept and its scratch space is (worker-N/local, the workers'
SPARK_LOCAL_DIRS). Exit codes: 0 done, 1 the cluster did not come up, 2 bad
option.
USAGE
}

spark_home() {
  if [[ -n "${SPARK_HOME:-}" ]]; then
    echo "$SPARK_HOME"
    return
  fi
  local target="$ROOT/jobs/.spark/pyspark-$SPARK_VERSION"
  if [[ ! -x "$target/pyspark/bin/spark-class" ]]; then
    echo "[local-cluster] installing the Spark $SPARK_VERSION distribution (pyspark from PyPI) into $target" >&2
    rm -rf "$target"
    python3 -m pip install --quiet --disable-pip-version-check --no-deps --target "$target" "pyspark==$SPARK_VERSION" >&2
  fi
  echo "$target/pyspark"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

registered_workers() {
  local alive
  alive=$(curl -fsS "http://127.0.0.1:$1/json/" 2>/dev/null | python3 -c \
    'import json, sys; print(sum(w["state"] == "ALIVE" for w in json.load(sys.stdin)["workers"]))' 2>/dev/null || echo 0)
  # The web UI moves to the next port when its own was taken in the meantime; the master's log says it either way.
  local logged
  logged=$(grep -c "Registering worker" "$DIR/logs/master.log" 2>/dev/null || true)
  echo $(( alive > ${logged:-0} ? alive : ${logged:-0} ))
}

stop_cluster() {
  local pids=()
  for file in "$DIR"/worker-*.pid "$DIR"/master.pid; do
    [[ -f "$file" ]] || continue
    local pid
    pid=$(cat "$file")
    # A worker's executors are its children; they go with it.
    pids+=($(pgrep -P "$pid" 2>/dev/null || true) "$pid")
    rm -f "$file"
  done
  [[ ${#pids[@]} -gt 0 ]] || return 0
  kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 1 20); do
    kill -0 "${pids[@]}" 2>/dev/null || return 0
    sleep 1
  done
  kill -9 "${pids[@]}" 2>/dev/null || true
}

start_cluster() {
  local home
  home=$(spark_home)
  stop_cluster
  mkdir -p "$DIR/logs"
  export SPARK_HOME="$home" SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$DIR/logs"
  local port ui
  port=$(free_port)
  ui=$(free_port)
  "$home/bin/spark-class" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui" \
    > "$DIR/logs/master.log" 2>&1 &
  echo $! > "$DIR/master.pid"
  echo "spark://127.0.0.1:$port" > "$DIR/master-url"
  echo "http://127.0.0.1:$ui" > "$DIR/master-ui"
  for i in $(seq 1 "$WORKERS"); do
    mkdir -p "$DIR/worker-$i/local"
    # The executors' scratch space (fetched jars, shuffle and spill files) in the worker's folder, not /tmp, so that
    # it goes with the cluster's folder, also after a worker was killed.
    SPARK_LOCAL_DIRS="$DIR/worker-$i/local" "$home/bin/spark-class" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$CORES" --memory "$MEMORY" \
      --webui-port "$(free_port)" --work-dir "$DIR/worker-$i" "spark://127.0.0.1:$port" > "$DIR/logs/worker-$i.log" 2>&1 &
    echo $! > "$DIR/worker-$i.pid"
  done
  for _ in $(seq 1 180); do
    if [[ "$(registered_workers "$ui")" -ge "$WORKERS" ]]; then
      echo "[local-cluster] master and $WORKERS workers up (web UI http://127.0.0.1:$ui), Spark in $home" >&2
      echo "spark://127.0.0.1:$port"
      return 0
    fi
    sleep 1
  done
  echo "local-cluster.sh: the workers did not register with the master within 180 s; see $DIR/logs" >&2
  for log in "$DIR"/logs/*.log; do
    # The logs' last lines, here too: a caller's temporary folder may be gone before anyone reads them.
    echo "--- the last lines of $log:" >&2
    tail -n 15 "$log" >&2
  done
  stop_cluster
  return 1
}

COMMAND="${1:-}"
[[ $# -gt 0 ]] && shift
while [[ $# -gt 0 ]]; do
  case "$1" in
    --workers) WORKERS="$2"; shift 2 ;;
    --cores) CORES="$2"; shift 2 ;;
    --memory) MEMORY="$2"; shift 2 ;;
    --dir) DIR=$(realpath -m "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "local-cluster.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$COMMAND" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  spark-home) spark_home ;;
  -h|--help) usage ;;
  *) echo "local-cluster.sh: say start, stop or spark-home (see --help)" >&2; exit 2 ;;
esac
