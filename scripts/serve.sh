#!/usr/bin/env bash
# Set up, then start the decision API on http://127.0.0.1:8000 (HOST, PORT, WORKERS to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# HTTP hygiene (issue #11, docs/api.md "Limits"): h11 with a 16 KiB limit on the request line and
# headers, idle keep-alive connections closed after 5 s, at most 100 connections per worker (more get
# a 503), a short backlog. The body budget, its slow-client timeout and the deadline are in api/limits.py.
exec .venv/bin/uvicorn api.main:app --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}" --workers "${WORKERS:-1}" \
  --http h11 --h11-max-incomplete-event-size 16384 --timeout-keep-alive 5 --limit-concurrency 100 --backlog 256 \
  --timeout-graceful-shutdown 10 ${UVICORN_ARGS:-}
