# The decision service: stateless, so scale by running more containers behind a load balancer.
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml setup.py README.md ./
COPY inburgering_rules ./inburgering_rules
COPY api ./api
COPY parameters ./parameters
COPY variables ./variables
RUN pip install --no-cache-dir . && useradd --system --no-create-home inburgering
USER inburgering

ENV WORKERS=2 PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/health', timeout=2)"
# The same HTTP hygiene and JSON logs as scripts/serve.sh: header size limit, keep-alive timeout, connection cap.
CMD ["sh", "-c", "exec uvicorn api.main:app --host 0.0.0.0 --port \"$PORT\" --workers \"$WORKERS\" --no-access-log --log-config api/logging.json --http h11 --h11-max-incomplete-event-size 16384 --timeout-keep-alive 5 --limit-concurrency 100 --backlog 256 --timeout-graceful-shutdown 10"]
