#!/usr/bin/env bash
# Creates or updates the notebooks' virtual environment, notebooks/.venv, from the pinned requirements.txt; does
# nothing when it is up to date. Needs python3 with venv and access to PyPI (or a mirror pip is configured for).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV="$HERE/.venv"
STAMP="$VENV/.requirements.sha256"
WANT=$(sha256sum "$HERE/requirements.txt" | cut -d' ' -f1)

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  echo "Usage: notebooks/setup.sh   (creates notebooks/.venv from notebooks/requirements.txt; then: notebooks/.venv/bin/jupyter lab)"
  exit 0
fi
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" ]]; then
  exit 0
fi
echo "[notebooks] setting up $VENV from requirements.txt" >&2
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
echo "$WANT" > "$STAMP"
