#!/usr/bin/env bash
set -euo pipefail
alembic upgrade head  # tfl-eval: startup-migration
exec uvicorn app.main:app --host 0.0.0.0 --port "${PORT:-8000}"
