#!/usr/bin/env bash
# Runs every notebook headless against a warehouse and keeps the executed copies and the charts (see --help).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  cat <<USAGE
Usage: notebooks/execute.sh --warehouse DIR --out DIR [NOTEBOOK...]

Sets up notebooks/.venv if needed, then executes the notebooks top to bottom (nbclient) with TONEWATCH_WAREHOUSE=DIR.
The executed notebooks go to OUT/, their charts to OUT/charts/. Exit 1 when a cell fails, 2 for a bad warehouse.
USAGE
  exit 0
fi
"$HERE/setup.sh"
exec "$HERE/.venv/bin/python" "$HERE/run_notebooks.py" "$@"
