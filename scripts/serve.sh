#!/usr/bin/env bash
# Start the decision API on http://127.0.0.1:8000 (HOST, PORT, WORKERS to change).
# Installs only when needed: a .venv installed from this pyproject.toml starts without a network (an
# air-gapped server); a missing or outdated one is set up first (scripts/setup.sh).
# Logs are JSON lines on stderr, without query strings or bodies (api/logboek.py).
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.installed-from
want="$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)"
if [ -x .venv/bin/uvicorn ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] \
   && .venv/bin/python -c 'import inburgering_rules, api.main' >/dev/null 2>&1; then
  echo '{"message": "installed environment found; starting without installing"}' >&2
else
  bash scripts/setup.sh
  echo "$want" > "$stamp"
fi
# HTTP hygiene (issue #11, docs/api.md "Limits"): h11 with a 16 KiB limit on the request line and
# headers, idle keep-alive connections closed after 5 s, at most 100 connections per worker (more get
# a 503), a short backlog. The body budget, its slow-client timeout and the deadline are in api/limits.py.
exec .venv/bin/uvicorn api.main:app --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}" --workers "${WORKERS:-1}" \
  --no-access-log --log-config api/logging.json \
  --http h11 --h11-max-incomplete-event-size 16384 --timeout-keep-alive 5 --limit-concurrency 100 --backlog 256 \
  --timeout-graceful-shutdown 10 ${UVICORN_ARGS:-}
