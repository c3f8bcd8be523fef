#!/usr/bin/env bash
# The nightly run for cron: one run per warehouse at a time (flock), the job's own exit code (see --help).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INPUT=""
WAREHOUSE=""
EXTRA=()

usage() {
  cat <<USAGE
Usage: jobs/nightly.sh --input DIR --warehouse DIR [JOB OPTIONS...]

Runs the nightly job (jobs/run-local.sh, with jobs/conf/nightly.properties) while holding a lock on
WAREHOUSE/.nightly.lock, so that a run started while another is still going on the same warehouse stops at once
with exit code 75 instead of overlapping it. Otherwise the exit code is the job's: 0 done, 1 failed (rerun it: a
failed run changes nothing readers see), 2 bad option or input. For cron, for example:

  15 2 * * * cd /opt/tonewatch && jobs/nightly.sh --input /data/news/incoming --warehouse /data/news/warehouse >> /var/log/tonewatch.log 2>&1
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) INPUT="$2"; shift 2 ;;
    --warehouse) WAREHOUSE="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) EXTRA+=("$1"); shift ;;
  esac
done
if [[ -z "$INPUT" || -z "$WAREHOUSE" ]]; then
  echo "nightly.sh: --input and --warehouse are required (see --help)" >&2
  exit 2
fi

mkdir -p "$WAREHOUSE"
exec 9>"$WAREHOUSE/.nightly.lock"
if ! flock -n 9; then
  echo "nightly.sh: another run holds $WAREHOUSE/.nightly.lock; not starting a second one" >&2
  exit 75
fi
echo "[nightly] $(date -u +%FT%TZ) starting on $INPUT" >&2
"$ROOT/jobs/run-local.sh" --input "$INPUT" --warehouse "$WAREHOUSE" "${EXTRA[@]}"
