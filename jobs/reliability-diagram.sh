#!/usr/bin/env bash
# Reliability diagram of the tone model's probabilities on a labelled file, as a PNG made by the project's own code.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage() {
  echo "Usage: jobs/reliability-diagram.sh FILE.jsonl OUT.png [evaluate-tone options]"
  echo "Scores the tone model on FILE (jobs/evaluate-tone.sh), then draws its reliability table (10 bins of the"
  echo "top class's probability) with matplotlib from notebooks/.venv (made by notebooks/setup.sh when missing)."
}
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage
  exit 0
fi
if [[ $# -lt 2 ]]; then
  usage >&2
  exit 2
fi
FILE=$1; OUT=$2; shift 2
TABLE=$(mktemp --suffix=.csv)
trap 'rm -f "$TABLE"' EXIT
"$ROOT/jobs/evaluate-tone.sh" "$FILE" --reliability-csv "$TABLE" "$@" | tee /dev/stderr | grep -E '^ece=' > "$TABLE.ece"
ECE=$(cut -d= -f2 < "$TABLE.ece"); rm -f "$TABLE.ece"
[[ -x "$ROOT/notebooks/.venv/bin/python" ]] || "$ROOT/notebooks/setup.sh"
"$ROOT/notebooks/.venv/bin/python" "$ROOT/jobs/lib/reliability_diagram.py" "$TABLE" "$OUT" \
  "Tone model on $(basename "$FILE"): expected calibration error $ECE"
echo "reliability diagram written to $OUT"
