#!/bin/sh
set -e
nc -z "$REDIS_HOST" 6379
exec uvicorn app.main:app --host 0.0.0.0 --port "${PORT:-8000}" --workers 2  # tfl-eval-not: hardcoded-port
