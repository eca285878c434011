#!/bin/sh
set -e
# tfl-eval-next-line: startup-migration
alembic upgrade head
python -m app.reminders & # tfl-eval: daemonized-process
exec uvicorn app.main:app --host 0.0.0.0 --port "$PORT" --proxy-headers
