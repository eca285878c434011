#!/usr/bin/env bash
set -euo pipefail

if [ "${1:-}" = "shell" ]; then
  exec python -m IPython
fi

# tfl-eval-next-line: startup-migration
python -m alembic -c /app/alembic.ini upgrade head
exec uvicorn ledger.main:app --host 0.0.0.0 --port "${PORT:-8080}" --proxy-headers
