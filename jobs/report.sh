#!/usr/bin/env bash
# Renders the trends notebook against a warehouse into a static HTML report with its chart files (see --help).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WAREHOUSE="$ROOT/warehouse"
OUT=""
AS_OF=()

usage() {
  cat <<USAGE
Usage: jobs/report.sh [--warehouse DIR] [--as-of RUN_ID] --out DIR

Executes notebooks/02-trends.ipynb headless against the warehouse (setting up notebooks/.venv from
notebooks/requirements.txt first if needed) and writes:
  OUT/report.html     the notebook as a page, without its code (nbconvert); images embedded, article text escaped
  OUT/charts/         every chart as PNG and SVG, and the numbers behind it as CSV
  OUT/02-trends.ipynb the executed notebook

  --warehouse DIR    the warehouse the nightly job wrote (default: warehouse/)
  --as-of RUN_ID     the tables as that run left them (default: the latest completed run)
  --out DIR          where the report goes (required)
  -h, --help         this help
Exit 1 when the notebook fails, 2 for a bad option or warehouse.
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --warehouse) WAREHOUSE="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --as-of) AS_OF=(--as-of "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "report.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$OUT" ]]; then
  echo "report.sh: --out DIR is required (see --help)" >&2
  exit 2
fi

"$ROOT/notebooks/setup.sh"
PY="$ROOT/notebooks/.venv/bin/python"
"$PY" "$ROOT/notebooks/run_notebooks.py" --warehouse "$WAREHOUSE" "${AS_OF[@]}" --out "$OUT" "$ROOT/notebooks/02-trends.ipynb"
"$PY" -m nbconvert --to html --no-input --log-level WARN --output report --output-dir "$OUT" "$OUT/02-trends.ipynb"
echo "[report] $OUT/report.html and $OUT/charts/" >&2
