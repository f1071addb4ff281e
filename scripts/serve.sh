#!/usr/bin/env bash
# Set up, then start the decision API on http://127.0.0.1:8000 (HOST, PORT, WORKERS to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/uvicorn api.main:app --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}" --workers "${WORKERS:-1}" ${UVICORN_ARGS:-}
