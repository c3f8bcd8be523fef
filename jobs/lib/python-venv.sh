# Sourced by the setup scripts. python_venv DIR LABEL: creates or updates DIR/.venv from the pinned DIR/requirements.txt,
# and does nothing when it is up to date (a stamp keeps the requirements' hash). Returns 3 when venv or pip fails.
python_venv() {
  local dir=$1 label=$2
  local venv="$dir/.venv"
  local stamp="$venv/.requirements.sha256"
  local want
  want=$(sha256sum "$dir/requirements.txt" | cut -d' ' -f1)
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  echo "[$label] setting up $venv from requirements.txt" >&2
  if ! python3 -m venv "$venv"; then
    echo "setup.sh: python3 -m venv $venv failed (is python3-venv installed?)" >&2
    return 3
  fi
  if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$dir/requirements.txt"; then
    echo "setup.sh: pip could not install $dir/requirements.txt into $venv (PyPI unreachable, or no wheel" \
      "for $("$venv/bin/python" --version 2>&1)?); see pip's messages above" >&2
    return 3
  fi
  echo "$want" > "$stamp"
}
