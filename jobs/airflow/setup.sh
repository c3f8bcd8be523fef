#!/usr/bin/env bash
# Creates or updates the Airflow DAG's virtual environment, jobs/airflow/.venv, from the pinned requirements.txt; does
# nothing when it is up to date. Needs python3 with venv and access to PyPI (or a mirror pip is configured for).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV="$HERE/.venv"
STAMP="$VENV/.requirements.sha256"
WANT=$(sha256sum "$HERE/requirements.txt" | cut -d' ' -f1)

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  cat <<USAGE
Usage: jobs/airflow/setup.sh   (creates jobs/airflow/.venv from jobs/airflow/requirements.txt)
then: jobs/airflow/.venv/bin/python jobs/airflow/check_dag.py
Exit code 0 when the environment is ready, 3 when it could not be built (venv or pip failed; see the messages).
USAGE
  exit 0
fi
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" ]]; then
  exit 0
fi
echo "[airflow] setting up $VENV from requirements.txt" >&2
if ! python3 -m venv "$VENV"; then
  echo "setup.sh: python3 -m venv $VENV failed (is python3-venv installed?)" >&2
  exit 3
fi
if ! "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"; then
  echo "setup.sh: pip could not install jobs/airflow/requirements.txt into $VENV (PyPI unreachable, or no wheel" \
    "for $("$VENV/bin/python" --version 2>&1)?); see pip's messages above" >&2
  exit 3
fi
echo "$WANT" > "$STAMP"
