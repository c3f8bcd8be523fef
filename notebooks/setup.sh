#!/usr/bin/env bash
# Creates or updates the notebooks' virtual environment, notebooks/.venv, from the pinned requirements.txt; does
# nothing when it is up to date. Needs python3 with venv and access to PyPI (or a mirror pip is configured for).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../jobs/lib/python-venv.sh"

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  echo "Usage: notebooks/setup.sh   (creates notebooks/.venv from notebooks/requirements.txt; then: notebooks/.venv/bin/jupyter lab)"
  echo "Exit code 0 when the environment is ready, 3 when it could not be built (venv or pip failed; see the messages)."
  exit 0
fi
python_venv "$HERE" notebooks
