#!/usr/bin/env bash
# Creates or updates the Airflow DAG's virtual environment, jobs/airflow/.venv, from the pinned requirements.txt; does
# nothing when it is up to date. Needs python3 with venv and access to PyPI (or a mirror pip is configured for).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../lib/python-venv.sh"

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  cat <<USAGE
Usage: jobs/airflow/setup.sh   (creates jobs/airflow/.venv from jobs/airflow/requirements.txt)
then: jobs/airflow/.venv/bin/python jobs/airflow/check_dag.py
Exit code 0 when the environment is ready, 3 when it could not be built (venv or pip failed; see the messages).
USAGE
  exit 0
fi
python_venv "$HERE" airflow
