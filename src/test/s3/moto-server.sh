#!/usr/bin/env bash
# Starts an S3-compatible server for the tests: moto's (PyPI), from the pinned requirements.txt next to this script,
# installed into src/test/s3/.venv on first use. Usage: src/test/s3/moto-server.sh PORT (serves on 127.0.0.1:PORT
# until killed). Exit code 3 when the environment could not be built.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../../../jobs/lib/python-venv.sh"

if [[ $# -ne 1 || "$1" == "-h" || "$1" == "--help" ]]; then
  echo "Usage: src/test/s3/moto-server.sh PORT   (an S3-compatible server on 127.0.0.1:PORT, for S3WarehouseTest)"
  [[ $# -eq 1 ]] && exit 0 || exit 2
fi
python_venv "$HERE" s3
exec "$HERE/.venv/bin/moto_server" -H 127.0.0.1 -p "$1"
